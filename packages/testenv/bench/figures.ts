// Medians and printed lines in the layout the root bench parses: `label  median <n> ms` and `label  <n> x`.

export const median = (samples: readonly number[]): number => {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

const p95 = (samples: readonly number[]) =>
  [...samples].sort((a, b) => a - b)[Math.floor(samples.length * 0.95)] ?? 0;

/** Milliseconds since `start` (a `process.hrtime.bigint()`). */
export const since = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;

/** Times `work` once, in ms. */
export async function timed(work: () => Promise<unknown>): Promise<number> {
  return (await timedResult(work))[0];
}

/** Times `work` once, in ms, and hands back what it made (for the clean-up outside the timing). */
export async function timedResult<T>(work: () => Promise<T>): Promise<[number, T]> {
  const start = process.hrtime.bigint();
  const result = await work();
  return [since(start), result];
}

export function show(label: string, samples: readonly number[], target?: number): void {
  const verdict =
    target === undefined ? '' : `  target < ${target} ms: ${median(samples) < target ? 'met' : 'MISSED'}`;
  console.log(
    `${label.padEnd(58)} median ${median(samples).toFixed(2).padStart(8)} ms  p95 ${p95(samples).toFixed(2).padStart(8)} ms  (${samples.length} runs)${verdict}`,
  );
}

export function ratio(label: string, numerator: readonly number[], denominator: readonly number[]): void {
  console.log(`${label.padEnd(58)} ${(median(numerator) / median(denominator)).toFixed(1).padStart(8)} x`);
}
