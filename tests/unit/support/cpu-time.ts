/**
 * Work measured as the CPU time this process spends, not as time on the wall clock: while
 * other processes hold the CPUs, a test waits longer, but the time it is given to run its code
 * stays about the same. For the few tests that check how work grows (a linear pass, not a
 * quadratic or catastrophic one); how fast the analysis is belongs to `npm run bench`.
 * The figure counts every thread of the process (the garbage collector's too) and is coarse
 * below a millisecond: compare large amounts of work, or bound with a wide margin.
 */

/** Milliseconds of CPU time (user and system) the process spent running `fn`. */
export function cpuTime(fn: () => void): number {
  const before = process.cpuUsage();
  fn();
  const spent = process.cpuUsage(before);
  return (spent.user + spent.system) / 1000;
}

/**
 * How many times the CPU time of `big` is that of `small`: the least of each over `rounds`
 * rounds taken in turn, after one of each to warm up (a round the collector or the compiler
 * interrupts only reads higher).
 */
export function growth(small: () => void, big: () => void, rounds = 3): number {
  small();
  big();
  let least = { small: Infinity, big: Infinity };
  for (let i = 0; i < rounds; i++) {
    least = { small: Math.min(least.small, cpuTime(small)), big: Math.min(least.big, cpuTime(big)) };
  }
  return least.big / least.small;
}
