import type { ReactNode } from 'react';
import { VerificationCodeInput } from '../../src/index.js';

/** A six-digit code input for the account pages: no auto-submit, errors tied to the input. */
export function CodeField(props: {
  label?: ReactNode;
  value: string;
  onChange: (code: string) => void;
  error?: string | null | undefined;
}) {
  return (
    <VerificationCodeInput
      length={6}
      label={props.label}
      value={props.value}
      onChange={props.onChange}
      errorMessage={props.error ?? undefined}
    />
  );
}
