/**
 * How long a browser test waits for a state it needs (a lazy chunk from Vite's dev server, a
 * mock's answer, a storage event from another document). A cap, not a pause: the wait ends as
 * soon as the state is there. Vitest's default (1 s for `vi.waitFor`, `expect.poll` and
 * `expect.element`) is a speed test in disguise: beside a second copy of the suite, a first
 * compile of a chunk took several seconds. The same cap as the stories' `STATE_WAIT`.
 */
export const STATE_WAIT = { timeout: 20_000 } as const;
