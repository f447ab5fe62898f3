/** How long `eventually` waits, and how often it looks. */
export interface EventuallyOptions {
  /** Give up after this long. Default 5 s. */
  readonly timeoutMs?: number;
  /** Pause between two looks. Default 5 ms. */
  readonly intervalMs?: number;
}

/**
 * Resolves once `check` holds, looking again every `intervalMs` on real time; rejects, naming
 * `what`, once `timeoutMs` has passed. The one polling helper of the Seams test suites, for the
 * conditions that have no event to await (a connection state, a row, a message on a real queue);
 * under vitest, `vi.waitFor` with a `timeout` does the same for assertions. `check` may be async:
 * it is awaited before the next look, so looks never overlap.
 *
 * @example
 * await eventually(() => connection.state === 'connected', 'the consumer to reconnect', { timeoutMs: 10_000 });
 */
export async function eventually(
  check: () => boolean | Promise<boolean>,
  what: string,
  options: EventuallyOptions | number = {},
): Promise<void> {
  const { timeoutMs = 5_000, intervalMs = 5 } =
    typeof options === 'number' ? { timeoutMs: options } : options;
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
