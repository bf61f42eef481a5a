import { isCodeError } from './describe-flow-error.js';
import type { FlowField } from './use-phone-code-step.js';

/** A code step's error as the flows keep it: the words shown and what was refused. */
export interface CodeStepError {
  /** The message, in the active locale. */
  text: string;
  /** The refusal behind it (`null` when the page itself refused). */
  cause: unknown;
}

/**
 * @internal The code boxes' field of a step: typing clears the step's error, and the error
 * shows under the boxes only when it is about the code (or has no cause); a failure of
 * anything else (the network, a spent session) stays the step's own message.
 */
export function codeField(
  code: string,
  setCode: (code: string) => void,
  error: CodeStepError | null,
  setError: (error: null) => void,
): FlowField {
  return {
    value: code,
    onChange: (next) => {
      setCode(next);
      setError(null);
    },
    error: error !== null && (error.cause === null || isCodeError(error.cause)) ? error.text : null,
  };
}
