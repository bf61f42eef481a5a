/**
 * Controls for the page stories' text props. Storybook's docgen sees `ReactNode` (title,
 * header, footer, links) as an object and offers "Set object"; a text box is what a person
 * wants to try there, and any string is a valid `ReactNode`.
 */
export const flowArgTypes = {
  title: { control: 'text' },
  header: { control: 'text' },
  footer: { control: 'text' },
  className: { control: 'text' },
} as const;

/** {@link flowArgTypes} plus the phone step's starting values. */
export const phoneFlowArgTypes = {
  ...flowArgTypes,
  defaultPhone: { control: 'text' },
  defaultCountry: { control: 'text' },
} as const;
