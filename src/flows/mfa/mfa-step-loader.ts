'use client';

/**
 * The seam of the second factor: its step (the hook's logic, the V2 calls, its texts and the
 * ready step's markup) is a chunk of its own, fetched with `import()` only when GenAuth answers
 * a sign-in with "second factor needed". A sign-in page whose users never meet MFA never
 * downloads it (the sign-in flows' size budgets count on that). A failed load (offline, a
 * missing chunk after a deploy) is tried again by the next sign-in that needs it.
 */

/** What the chunk exports. */
export type MfaStepModule = typeof import('./mfa-step-chunk.js');

let loaded: MfaStepModule | undefined;

/** Loads the chunk (once per page); resolves `undefined` when it could not be loaded. */
export function loadMfaStep(): Promise<MfaStepModule | undefined> {
  if (loaded) return Promise.resolve(loaded);
  return import('./mfa-step-chunk.js').then(
    (module) => {
      loaded = module;
      return module;
    },
    () => undefined,
  );
}

/** @internal The chunk once loaded, for the ready flows' render. */
export function loadedMfaStep(): MfaStepModule | undefined {
  return loaded;
}
