import { describe, expect, it } from 'vitest';
import { interleave, median, summarize } from '../../../scripts/bench-stats.mjs';

describe('the timing benchmark helpers', () => {
  it('runs the pages one after the other, round after round', () => {
    expect(interleave(['kit', 'peer'], 3)).toEqual(['kit', 'peer', 'kit', 'peer', 'kit', 'peer']);
    expect(interleave(['kit', 'peer'], 0)).toEqual([]);
  });

  it('takes the middle value of an odd count and the mean of the middle two of an even one', () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('does not reorder the runs it is given', () => {
    const runs = [30, 10, 20];
    median(runs);
    expect(runs).toEqual([30, 10, 20]);
  });

  it('reports median, range and count', () => {
    expect(summarize([120, 80, 100, 300])).toEqual({ median: 110, min: 80, max: 300, runs: 4 });
  });
});
