'use client';
import type { FieldPath, FieldValues } from 'react-hook-form';
import { useMergedRef } from '../components/merge-refs.js';
import { PhoneInput, type PhoneInputProps } from '../components/PhoneInput.js';
import { type PhoneControllerProps, usePhoneController } from './usePhoneController.js';

/**
 * Props of {@link PhoneField}: react-hook-form's controller props plus {@link PhoneInputProps}
 * (`name` also names the hidden input that carries the E.164 value for native posts).
 */
export type PhoneFieldProps<
  TFieldValues extends FieldValues = FieldValues,
  TName extends FieldPath<TFieldValues> = FieldPath<TFieldValues>,
> = Omit<PhoneInputProps, 'value' | 'defaultValue' | 'name' | 'invalid'> &
  PhoneControllerProps<TFieldValues, TName>;

/**
 * A {@link PhoneInput} bound to react-hook-form through `useController`. The value is E.164 or
 * `''` (never `undefined`), errors come from `rules` and show as the field's error, and
 * `field.ref` reaches the number input so `shouldFocusError` focuses it.
 * @example
 * const { control, handleSubmit } = useForm({ defaultValues: { phone: '' } });
 * <PhoneField control={control} name="phone" rules={phoneRules({ required: true })} />
 */
export function PhoneField<
  TFieldValues extends FieldValues = FieldValues,
  TName extends FieldPath<TFieldValues> = FieldPath<TFieldValues>,
>(props: PhoneFieldProps<TFieldValues, TName>) {
  const { control, name, rules, shouldUnregister, ...inputProps } = props;
  const { field, fieldState, value } = usePhoneController({
    control,
    name,
    rules,
    shouldUnregister,
  });
  const { ref: userRef, onChange, onBlur } = inputProps;
  const ref = useMergedRef(field.ref, userRef);
  const errorMessage = inputProps.errorMessage ?? fieldState.error?.message;

  return (
    <PhoneInput
      validateOnBlur={false}
      {...inputProps}
      ref={ref}
      name={field.name}
      value={value}
      disabled={inputProps.disabled || field.disabled}
      invalid={fieldState.invalid}
      errorMessage={errorMessage}
      onChange={(value, details) => {
        field.onChange(value);
        onChange?.(value, details);
      }}
      onBlur={(event) => {
        field.onBlur();
        onBlur?.(event);
      }}
    />
  );
}
