import { expect } from 'vitest';
import type { ContractCase, ContractTarget, SetupResult } from './contract-target.js';
import { DivergenceMismatchError } from './divergence-errors.js';
import { describeExpectedFailure, describeThrown, matchesFailure } from './expected-failure.js';
import { implementationsIn, recordCaseOutcome } from './fidelity-record.js';
import { settleDivergentCase } from './settle-divergent-case.js';

/** Budget of a divergent case when the target sets no `timeout`. */
export const DIVERGENT_BUDGET_MS = 5_000;
/** Time a hanging divergent case gets to stop once its teardown has run. */
export const STOP_GRACE_MS = 1_000;

/** Registers cleanup for the end of the current test: vitest's `onTestFinished`. */
export type OnFinished = (cleanup: () => Promise<void> | void) => void;

/** One contract case on one implementation, as a vitest test: title, body, timeout. */
export interface ContractTest {
  readonly title: string;
  readonly timeout: number | undefined;
  run(onFinished: OnFinished): Promise<void>;
}

/** The teardown as a function that runs it once, however often it is called. */
function once(teardown: (() => Promise<void> | void) | undefined): () => Promise<void> {
  let done: Promise<void> | undefined;
  return () => {
    done ??= Promise.resolve().then(teardown);
    return done;
  };
}

/**
 * The test for case `name` of `port` on `target`: a plain case must pass; a case the target
 * declares divergent must fail exactly as declared (see `settleDivergentCase`). Either way the
 * outcome is recorded for the fidelity table with the classes the context held.
 */
export function contractTest<TContext>(
  port: string,
  target: ContractTarget<TContext, string>,
  name: string,
  body: ContractCase<TContext>,
): ContractTest {
  const record = (outcome: 'passed' | 'diverged', context: object) =>
    recordCaseOutcome({
      port,
      target: target.name,
      case: name,
      outcome,
      implementations: implementationsIn(context),
    });
  const divergence = target.divergences?.[name];
  if (divergence === undefined) {
    return {
      title: name,
      timeout: target.timeout,
      async run(onFinished) {
        const context = await target.setup();
        if (context.teardown) onFinished(context.teardown);
        await body(context);
        record('passed', context);
      },
    };
  }
  const labels = { port, target: target.name, caseName: name };
  const budgetMs = target.timeout ?? DIVERGENT_BUDGET_MS;
  const declared = describeExpectedFailure(divergence.fails);
  return {
    title: `${name} [declared divergence, fails with ${declared}: ${divergence.reason}]`,
    // Room for the budget, the teardown and the grace period after it.
    timeout: budgetMs + 3 * STOP_GRACE_MS,
    async run(onFinished) {
      let context: SetupResult<TContext>;
      try {
        context = await target.setup();
      } catch (error) {
        // A broken setup is never the declared failure: the case did not even run.
        const actual = `setup() threw before the case ran: ${describeThrown(error)}`;
        throw new DivergenceMismatchError(labels, declared, actual, { cause: error });
      }
      const teardown = once(context.teardown);
      onFinished(teardown);
      const failure = await settleDivergentCase(labels, divergence.fails, () => body(context), {
        budgetMs,
        graceMs: STOP_GRACE_MS,
        stop: teardown,
      });
      // settleDivergentCase has checked the failure; saying it again through expect makes vitest count
      // an assertion (requireAssertions), since the case may have failed before its first expect.
      const asDeclared =
        divergence.fails === 'timeout' ? failure === 'timeout' : matchesFailure(divergence.fails, failure);
      expect(asDeclared, `fails with ${declared}`).toBe(true);
      record('diverged', context);
    },
  };
}
