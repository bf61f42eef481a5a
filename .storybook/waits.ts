/**
 * How long a story test waits for a state it needs (a mock's answer, a lazy chunk from Vite's
 * dev server, a short cooldown's end). A cap, not a pause: the wait ends as soon as the state
 * is there. Sized for CI's two cores running a second copy of the suite beside this one, where
 * a first compile can take seconds; a real failure still fails.
 */
export const STATE_WAIT = { timeout: 20_000 } as const;
