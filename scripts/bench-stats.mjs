// Pure helpers of the timing benchmarks (scripts/interactive-bench.mjs): the run order and the
// figures printed for a set of runs.

/**
 * The order of the runs: one page after the other, round after round (`['kit', 'peer', 'kit',
 * 'peer', …]`), so a slow spell of the shared machine falls on every page alike, not on one.
 * @template T
 * @param {readonly T[]} pages - The pages, in the order each round visits them.
 * @param {number} rounds - How many times each page runs.
 * @returns {T[]}
 */
export function interleave(pages, rounds) {
  const order = [];
  for (let round = 0; round < rounds; round += 1) order.push(...pages);
  return order;
}

/**
 * The median of `values` (the mean of the two middle ones for an even count); NaN when empty.
 * @param {readonly number[]} values
 */
export function median(values) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? Number.NaN) + upper) / 2;
}

/**
 * Median, smallest and largest of a set of runs.
 * @param {readonly number[]} values
 * @returns {{ median: number, min: number, max: number, runs: number }}
 */
export function summarize(values) {
  return {
    median: median(values),
    min: values.length ? Math.min(...values) : Number.NaN,
    max: values.length ? Math.max(...values) : Number.NaN,
    runs: values.length,
  };
}
