'use client';
import type { ReactNode } from 'react';
import type { FieldPath, FieldValues } from 'react-hook-form';
import { SendCodeButtonView } from '../components/SendCodeButtonView.js';
import type { SendCodeButtonProps } from '../components/send-code-button-props.js';
import { type PhoneControllerProps, usePhoneController } from './usePhoneController.js';

/**
 * Props of {@link SendCodeButtonField}: `<SendCodeButton>`'s props, with the phone held by a
 * react-hook-form form under `name` instead of `phone`/`defaultPhone`.
 */
export type SendCodeButtonFieldProps<
  TFieldValues extends FieldValues = FieldValues,
  TName extends FieldPath<TFieldValues> = FieldPath<TFieldValues>,
> = Omit<SendCodeButtonProps, 'phone' | 'defaultPhone'> & PhoneControllerProps<TFieldValues, TName>;

/**
 * `<SendCodeButton>` whose phone lives in a react-hook-form form: the number is the field's
 * value, `rules` errors show on the phone input, and `field.ref` reaches that input so
 * `shouldFocusError` focuses it. From `genauth-sms-react/form`, so pages without a form never
 * bundle react-hook-form.
 *
 * @example
 * const { control } = useForm({ defaultValues: { phone: '' } });
 * <SendCodeButtonField control={control} name="phone" channel="CHANNEL_REGISTER" />
 */
export function SendCodeButtonField<
  TFieldValues extends FieldValues = FieldValues,
  TName extends FieldPath<TFieldValues> = FieldPath<TFieldValues>,
>(props: SendCodeButtonFieldProps<TFieldValues, TName>): ReactNode {
  const { control, name, rules, shouldUnregister, ...rest } = props;
  const { field, fieldState, value } = usePhoneController({
    control,
    name,
    rules,
    shouldUnregister,
  });
  return (
    <SendCodeButtonView
      {...rest}
      phone={value}
      onPhoneChange={(value, details) => {
        field.onChange(value);
        rest.onPhoneChange?.(value, details);
      }}
      onPhoneBlur={field.onBlur}
      phoneRef={field.ref}
      fieldError={fieldState.error?.message}
      disabled={rest.disabled || field.disabled}
    />
  );
}
