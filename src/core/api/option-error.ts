import { GenAuthInputError, type GenAuthInputIssue } from './errors.js';

/** Where every option of the client and the provider is explained. */
const OPTIONS_DOC =
  'https://www.npmjs.com/package/genauth-sms-react#the-client-genauth-sms-reactcore';

/**
 * @internal The error for a wrong option or input from the page's code: in development, the message that says what is wrong
 * with it; in production, the option's name and a link, so the long messages do not ship to
 * every visitor. Call it with the message written inline behind the build's check:
 * `optionError('appId', process.env.NODE_ENV === 'production' ? undefined : '…')`, which the
 * consumer's minifier folds to `undefined`, dropping the text. The check throws either way.
 * (The check is not guarded by `typeof process`: a guard would keep the text in production.
 * Every bundler, Node and Vite's dev server define `process.env.NODE_ENV`.)
 */
export function optionError(field: GenAuthInputIssue, message: string | undefined) {
  return new GenAuthInputError(field, message ?? `Invalid ${field}: see ${OPTIONS_DOC}`);
}
