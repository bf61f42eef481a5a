/** The order of the runs: every page once per round, `rounds` rounds. */
export function interleave<T>(pages: readonly T[], rounds: number): T[];

/** The median of `values` (the mean of the two middle ones for an even count); NaN when empty. */
export function median(values: readonly number[]): number;

/** Median, smallest and largest of a set of runs. */
export function summarize(values: readonly number[]): {
  median: number;
  min: number;
  max: number;
  runs: number;
};
