/**
 * Medians of repeated timings for the benchmark. The cases of one page run interleaved (a run of
 * each, then the next round), so a slow moment of a busy machine falls on all of them alike and
 * a ratio between them stays fair.
 */

/** One thing to time: `prepare` runs before each timed `run` and is not counted (a fresh clone). */
export interface TimedCase {
  prepare?: () => unknown;
  run: (input: unknown) => unknown;
}

/** A case whose timed call gets something made fresh before each run, untimed. */
export function withFresh<T>(prepare: () => T, run: (input: T) => unknown): TimedCase {
  return { prepare, run: run as (input: unknown) => unknown };
}

export interface TimingOptions {
  /** Timed rounds; the median is reported. */
  runs: number;
  /** Untimed rounds first, so the JIT has compiled the code being measured. */
  warmup: number;
}

/** The median milliseconds of each case, timed interleaved. */
export function medians<K extends string>(cases: Record<K, TimedCase>, options: TimingOptions): Record<K, number> {
  const names = Object.keys(cases) as K[];
  const samples = new Map<K, number[]>(names.map((name) => [name, []]));
  for (let round = 0; round < options.warmup + options.runs; round++) {
    for (const name of names) {
      const c = cases[name];
      const input = c.prepare?.();
      const start = performance.now();
      c.run(input);
      const elapsed = performance.now() - start;
      if (round >= options.warmup) samples.get(name)!.push(elapsed);
    }
  }
  return Object.fromEntries(names.map((name) => [name, median(samples.get(name)!)])) as Record<K, number>;
}

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
