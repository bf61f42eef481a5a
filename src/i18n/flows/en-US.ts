import type { GenAuthFlowMessages } from '../flow-messages.js';

/** Built-in English of the flows' `common` group. */
export const enUSFlowCommon: GenAuthFlowMessages['common'] = {
  enterCodeSentTo: (to) => `Enter the code we sent to ${to}.`,
  codeIncomplete: (length) => `Enter the ${length}-digit code.`,
  continue: 'Continue',
  back: 'Back',
  useAnotherNumber: 'Use another number',
  haveCode: 'I have a code',
  codeStepTitle: 'Enter the code',
  sentHeading: 'Check your phone',
};

/** Built-in English of the flows' `errors` group. */
export const enUSFlowErrors: GenAuthFlowMessages['errors'] = {
  generic: 'Something went wrong. Try again.',
  checkInput: 'Check the number and the code, then try again.',
  wrongCode: "That code isn't right. Check the text message and try again.",
  expiredCode: 'That code has expired. Request a new one.',
  userNotFound: 'No account uses this number yet.',
  userExists: 'An account with this number already exists. Sign in instead.',
  signInAgain: 'Your session has ended. Sign in again.',
  phoneTaken: 'This phone number is used by another account.',
  requestExpired: 'This request has expired. Request a new code and try again.',
};

/** Built-in English of the flows' `signIn` group. */
export const enUSFlowSignIn: GenAuthFlowMessages['signIn'] = {
  title: 'Sign in',
  lead: 'We text you a code: no password needed.',
  submit: 'Sign in',
  checking: 'Checking the code…',
  signedIn: 'Signed in',
};

/** Built-in English of the flows' `signUp` group. */
export const enUSFlowSignUp: GenAuthFlowMessages['signUp'] = {
  title: 'Create your account',
  progress: 'Progress',
  stepTitles: {
    phone: 'Your phone number',
    code: 'Enter the code',
    profile: 'Your profile',
    done: 'Account created',
  },
  stepLabels: { phone: 'Phone', code: 'Code', profile: 'Profile', done: 'Done' },
  phoneLead: 'We text you a code to check that the number is yours.',
  nickname: 'Nickname',
  nicknameRequired: 'Choose a nickname.',
  checking: 'Checking the code…',
  codeRefused: "That code didn't work. Check the text message, or request a new code.",
  createAccount: 'Create account',
  creating: 'Creating your account…',
  welcome: (nickname) =>
    nickname
      ? `Welcome, ${nickname}! You can sign in with your number now.`
      : 'Welcome! You can sign in with your number now.',
  userId: 'User id',
  phone: 'Phone',
};

/** Built-in English of the flows' `emailPasswordSignUp` group. */
export const enUSFlowEmailPasswordSignUp: GenAuthFlowMessages['emailPasswordSignUp'] = {
  title: 'Create your account',
  lead: 'Sign up with your email address and a password.',
  progress: 'Progress',
  stepTitles: {
    account: 'Create your account',
    phone: 'Your phone number',
    code: 'Enter the code',
    done: 'Account created',
  },
  stepLabels: { account: 'Account', phone: 'Phone', code: 'Code', done: 'Done' },
  emailLabel: 'Email address',
  emailRequired: 'Enter your email address.',
  emailInvalid: 'Enter an email address like name@example.com.',
  emailTaken: 'An account with this email address already exists. Sign in instead.',
  phoneLead: 'Add your phone number. We text you a code to check that it is yours.',
  phoneLeadOptional: 'Add a phone number to sign in by text message too, or skip this step.',
  skipPhone: 'Skip for now',
  resumeHint: (to) =>
    `The code we sent to ${to} can still be used. Enter your email address and password again to continue.`,
  createAccount: 'Create account',
  creating: 'Creating your account…',
  welcome: (email) => `Welcome! You can sign in with ${email} now.`,
  userId: 'User id',
  email: 'Email',
  phone: 'Phone',
};

/** Built-in English of the flows' `resetPassword` group. */
export const enUSFlowResetPassword: GenAuthFlowMessages['resetPassword'] = {
  title: 'Reset your password',
  lead: 'We send a code to the phone number or email address of your account.',
  methodLabel: 'Send the code to',
  byPhone: 'My phone',
  byEmail: 'My email',
  stepTitles: {
    request: 'Where should we send the code?',
    code: 'Enter the code',
    password: 'Choose a new password',
    done: 'Password changed',
  },
  codeSentTo: (to) =>
    `We sent a code to ${to}. It is valid for a few minutes; use it to choose your new password.`,
  checking: 'Checking the code…',
  submit: 'Reset password',
  saving: 'Saving…',
  done: 'Your password has been changed. Sign in with your new password.',
  backToSignIn: 'Back to sign-in',
  useAnotherEmail: 'Use another address',
  wrongEmailCode: "That code isn't right. Check the email and try again.",
  noAccountEmail: 'No account uses this email address.',
  notChanged: "Your password wasn't changed. Try again.",
};

/** Built-in English of the flows' `phoneSecurity` group. */
export const enUSFlowPhoneSecurity: GenAuthFlowMessages['phoneSecurity'] = {
  title: 'Phone number',
  noPhone: 'No phone number yet.',
  currentPhone: (phone) => `Your number: ${phone}`,
  bindLead: 'Add a phone number to sign in with a texted code.',
  bind: 'Add number',
  change: 'Change number',
  remove: 'Remove number',
  cancel: 'Cancel',
  bindTitle: 'Add a phone number',
  changeTitle: 'Change your number',
  changeLead: (phone) =>
    `First, confirm it's you: we text a code to your current number, ${phone}.`,
  newPhoneTitle: 'Your new number',
  newPhoneLead: "We text a code to the new number to check that it's yours.",
  newPhoneLabel: 'New phone number',
  removeTitle: 'Remove your number',
  removeLead: (phone) =>
    `To confirm, we text a code to ${phone}. You won't be able to sign in with it any more.`,
  bound: 'Phone number added.',
  changed: 'Phone number changed.',
  removed: 'Phone number removed.',
  working: 'Saving…',
};

/** Built-in English of the flows' `smsMfa` group. */
export const enUSFlowSmsMfa: GenAuthFlowMessages['smsMfa'] = {
  title: 'Two-step verification by SMS',
  on: (phone) => `On. When you sign in, we also text a code to ${phone}.`,
  off: 'Off. Turn it on and signing in will also ask for a code texted to your phone.',
  turnOn: 'Turn on',
  turnOff: 'Turn off',
  cancel: 'Cancel',
  phoneTitle: 'Turn on two-step verification',
  phoneLead:
    "Which number should get your sign-in codes? We text it a code now to check that it's yours.",
  confirmTitle: 'Turn off two-step verification?',
  confirmLead: (phone) => `Signing in will no longer ask for a code texted to ${phone}.`,
  turnedOn: 'Two-step verification is on.',
  turnedOff: 'Two-step verification is off.',
  codeExpired:
    'That code has expired: codes for turning this on last one minute. Send a new code and enter it.',
  loading: 'Loading your settings…',
  loadFailed: "We couldn't load your two-step verification settings.",
  retry: 'Try again',
  working: 'Saving…',
};

/** Built-in English of the flows' `deleteAccount` group. */
export const enUSFlowDeleteAccount: GenAuthFlowMessages['deleteAccount'] = {
  title: 'Delete account',
  lead: 'This deletes your account and everything in it for good. You cannot undo it.',
  start: 'Delete my account…',
  codeTitle: 'Confirm with a code',
  codeTo: (to) => `To confirm, we send a code to ${to}.`,
  confirm: 'Delete my account',
  deleting: 'Deleting your account…',
  doneTitle: 'Account deleted',
  done: 'Your account has been deleted and you are signed out.',
  cancel: 'Cancel',
  noRecipient: 'Your account has no phone number or email address to send a code to.',
};

/** Built-in English of the flows' `passwordSignIn` group. */
export const enUSFlowPasswordSignIn: GenAuthFlowMessages['passwordSignIn'] = {
  title: 'Sign in',
  lead: 'Use your username, email address or phone number and your password.',
  accountLabel: 'Username, email or phone',
  passwordLabel: 'Password',
  submit: 'Sign in',
  checking: 'Signing in…',
  signedIn: 'Signed in',
  forgotPassword: 'Forgot your password?',
  accountRequired: 'Enter your username, email address or phone number.',
  passwordRequired: 'Enter your password.',
  accountInvalid: 'Check your username, email address or phone number.',
  passwordTooLong: 'That password is too long. Check it and try again.',
  wrongPassword: "That password isn't right. Try again, or reset your password.",
  unknownAccount: 'No account uses this username, email address or phone number.',
  locked: 'This account is locked for now. Try again later, or reset your password.',
};

/** Built-in English of the flows' `mfa` group. */
export const enUSFlowMfa: GenAuthFlowMessages['mfa'] = {
  title: "Verify it's you",
  lead: (phone) => `To finish signing in, we text a code to your phone ${phone}.`,
  bindTitle: 'Add a phone for verification',
  bindLead:
    'This account needs a second check by text message. Enter the phone number that should receive the codes.',
  bindPhoneLabel: 'Phone number for verification',
  bindRefused: "This number can't be used for verification. Enter another one.",
  unsupportedTitle: 'Another kind of verification is needed',
  unsupported:
    "This account signs in with a second check that this page doesn't offer. Use an app or page that offers it, or ask your administrator.",
  startOver: 'Back to sign-in',
  submit: 'Verify',
  checking: 'Checking the code…',
  expired: 'Verification took too long, so you need to sign in again.',
};

/**
 * The flows' texts in English (United States): `genauth-sms-react/flows/locales/en-US`. Each flow
 * falls back on its own groups of it, so a page bundles only the English its flow shows.
 */
export const enUSFlows: GenAuthFlowMessages = /* @__PURE__ */ Object.assign(
  {},
  {
    locale: 'en-US',
    common: enUSFlowCommon,
    errors: enUSFlowErrors,
    signIn: enUSFlowSignIn,
    signUp: enUSFlowSignUp,
    emailPasswordSignUp: enUSFlowEmailPasswordSignUp,
    resetPassword: enUSFlowResetPassword,
    phoneSecurity: enUSFlowPhoneSecurity,
    deleteAccount: enUSFlowDeleteAccount,
    smsMfa: enUSFlowSmsMfa,
    passwordSignIn: enUSFlowPasswordSignIn,
    mfa: enUSFlowMfa,
  },
);
