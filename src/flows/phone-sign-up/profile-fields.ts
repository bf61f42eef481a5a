import type { GenAuthFlowMessages } from '../../i18n/flow-messages.js';

/**
 * One field of the sign-up's profile step: a text input whose value goes into GenAuth's
 * `profile` under `name` (trimmed; an empty optional field is not sent).
 */
export type SignUpProfileField = {
  /** The key in GenAuth's `profile` (`nickname`, `givenName`, `company`...). */
  name: string;
  /** The field's label, in the page's language. */
  label: string;
  /** The input's `autocomplete` token (`nickname`, `given-name`...). */
  autoComplete?: string | undefined;
} & (
  | {
      /** An empty field is sent as nothing. @default false */
      required?: false | undefined;
      requiredMessage?: undefined;
    }
  | {
      /** An empty field is refused before any request. */
      required: true;
      /** What the field says when it is empty ("Choose a nickname."). */
      requiredMessage: string;
    }
);

/** @internal The default profile step: a required nickname, in the active locale. */
export function defaultProfileFields(
  messages: GenAuthFlowMessages['signUp'],
): readonly SignUpProfileField[] {
  return [
    {
      name: 'nickname',
      label: messages.nickname,
      autoComplete: 'nickname',
      required: true,
      requiredMessage: messages.nicknameRequired,
    },
  ];
}

/** @internal The refusal of each required field left empty, by name (empty when none is). */
export function missingProfileFields(
  fields: readonly SignUpProfileField[],
  values: Readonly<Record<string, string>>,
): Record<string, string> {
  const missing: Record<string, string> = {};
  for (const field of fields) {
    if (field.required && (values[field.name] ?? '').trim() === '') {
      missing[field.name] = field.requiredMessage;
    }
  }
  return missing;
}

/** @internal GenAuth's `profile`: each field's trimmed value, empty ones left out. */
export function profileOf(
  fields: readonly SignUpProfileField[],
  values: Readonly<Record<string, string>>,
): Record<string, string> {
  const profile: Record<string, string> = {};
  for (const field of fields) {
    const value = (values[field.name] ?? '').trim();
    if (value !== '') profile[field.name] = value;
  }
  return profile;
}
