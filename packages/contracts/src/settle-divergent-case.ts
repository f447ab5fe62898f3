import {
  type CaseLabels,
  DivergenceMismatchError,
  DivergenceResolvedError,
  DivergentCaseStillRunningError,
} from './divergence-errors.js';
import {
  describeExpectedFailure,
  describeThrown,
  type ExpectedFailure,
  matchesFailure,
} from './expected-failure.js';

/** How long a divergent case gets, and what ends it when it hangs. */
export interface DivergentCaseLimits {
  /** Time the case gets to fail; past it, the case counts as hanging. */
  readonly budgetMs: number;
  /** Time a hanging case gets to stop once `stop` has run. */
  readonly graceMs: number;
  /** Ends what a hanging case waits on (the target's teardown). */
  readonly stop: () => Promise<void> | void;
}

type Settled = { readonly kind: 'passed' } | { readonly kind: 'failed'; readonly error: unknown };

/** How `running` settles within `ms`, or `'timeout'`; the timer never outlives the race. */
async function within(running: Promise<Settled>, ms: number): Promise<Settled | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), ms);
  });
  try {
    return await Promise.race([running, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Runs a case declared divergent and resolves with its failure (the error, or `'timeout'`) only
 * when it fails as declared. Throws `DivergenceResolvedError` when it passes and
 * `DivergenceMismatchError` (expected vs actual) when it fails any other way. A case that hangs
 * past its budget is stopped (`limits.stop`) and must then settle within the grace period, else
 * `DivergentCaseStillRunningError`.
 */
export async function settleDivergentCase(
  labels: CaseLabels,
  fails: ExpectedFailure,
  run: () => Promise<void> | void,
  limits: DivergentCaseLimits,
): Promise<unknown> {
  const expected =
    fails === 'timeout'
      ? `timeout (a hang past its ${limits.budgetMs} ms budget)`
      : describeExpectedFailure(fails);
  const running: Promise<Settled> = Promise.resolve()
    .then(run)
    .then(
      (): Settled => ({ kind: 'passed' }),
      (error: unknown): Settled => ({ kind: 'failed', error }),
    );
  const outcome = await within(running, limits.budgetMs);
  if (outcome === 'timeout') {
    await limits.stop();
    const stopped = (await within(running, limits.graceMs)) !== 'timeout';
    if (fails === 'timeout' && stopped) return 'timeout';
    if (fails === 'timeout')
      throw new DivergentCaseStillRunningError(labels, limits.budgetMs, limits.graceMs);
    const after = stopped ? 'then stopped at teardown' : 'and was still running after teardown';
    throw new DivergenceMismatchError(
      labels,
      expected,
      `hung past its ${limits.budgetMs} ms budget, ${after}`,
    );
  }
  if (outcome.kind === 'passed')
    throw new DivergenceResolvedError(labels.port, labels.target, labels.caseName);
  if (matchesFailure(fails, outcome.error)) return outcome.error;
  throw new DivergenceMismatchError(labels, expected, describeThrown(outcome.error), {
    cause: outcome.error,
  });
}
