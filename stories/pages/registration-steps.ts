/** The steps of {@link RegistrationFlow}, in order. */
export const REGISTRATION_STEPS = ['phone', 'code', 'profile', 'done'] as const;

/** One step of the registration flow. */
export type RegistrationStep = (typeof REGISTRATION_STEPS)[number];

/** The values the whole flow collects in one react-hook-form form. */
export interface RegistrationValues {
  /** E.164 number, from `<SendCodeButtonField control name="phone">`. */
  phone: string;
  /** The texted code. */
  code: string;
  /** Shown name of the new user. */
  nickname: string;
}
