'use client';
import type { ReactNode } from 'react';
import { type Control, type FieldPath, type FieldValues, useController } from 'react-hook-form';
import { SendCodeButtonView } from './SendCodeButtonView.js';
import type { SendCodeButtonProps } from './send-code-button-props.js';

/** @internal `<SendCodeButton control name>`: the phone lives in a react-hook-form form. */
export function SendCodeButtonField<TFieldValues extends FieldValues>(
  props: SendCodeButtonProps<TFieldValues> & {
    control: Control<TFieldValues>;
    name: FieldPath<TFieldValues>;
  },
): ReactNode {
  const { control, name, ...rest } = props;
  const { field, fieldState } = useController({ control, name });
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
