'use client';
// genauth-sms-react/form: the react-hook-form bindings, in their own entry so that a page
// without a form never bundles react-hook-form (an optional peer: install it to use these).
export { PhoneField, type PhoneFieldProps } from './PhoneField.js';
export { SendCodeButtonField, type SendCodeButtonFieldProps } from './SendCodeButtonField.js';
export type { PhoneControllerProps } from './usePhoneController.js';
