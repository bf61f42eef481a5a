'use client';
import type { ReactNode } from 'react';
import type { Control, FieldPath, FieldValues } from 'react-hook-form';
import { usePhoneController } from '../hooks/usePhoneController.js';
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
  const { field, fieldState, value } = usePhoneController({ control, name, rules });
  return (
    <SendCodeButtonView
      {...(rest as SendCodeButtonProps)}
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
