'use client';
import type { ReactNode } from 'react';
import {
  type Control,
  type FieldPath,
  type FieldValues,
  type PathValue,
  useController,
} from 'react-hook-form';
import { SendCodeButtonView } from './SendCodeButtonView.js';
import type { SendCodeButtonProps } from './send-code-button-props.js';

/** @internal `<SendCodeButton control name>`: the phone lives in a react-hook-form form. */
export function SendCodeButtonField<TFieldValues extends FieldValues>(
  props: SendCodeButtonProps<TFieldValues> & {
    control: Control<TFieldValues>;
    name: FieldPath<TFieldValues>;
  },
): ReactNode {
  const { control, name, rules, ...rest } = props;
  const { field, fieldState } = useController({
    control,
    name,
    rules,
    // Without defaultValues the form would hold `undefined` until the first keystroke.
    defaultValue: '' as PathValue<TFieldValues, FieldPath<TFieldValues>>,
  });
  return (
    <SendCodeButtonView
      {...(rest as SendCodeButtonProps)}
      // react-hook-form may hold undefined before a default: the input wants ''.
      phone={typeof field.value === 'string' ? field.value : ''}
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
