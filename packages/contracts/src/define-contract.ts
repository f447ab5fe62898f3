import { describe, it, onTestFinished } from 'vitest';
import { recordCaseOutcome, recordRegistration } from './fidelity-record.js';

/** What a target's `setup` returns: the context the cases use, plus an optional teardown. */
export type SetupResult<TContext> = TContext & {
  /** Called after the case, whether it passed or failed. */
  teardown?: () => Promise<void> | void;
};

/** One contract case: throws (usually through `expect`) when the implementation breaks the contract. */
export type ContractCase<TContext> = (context: TContext) => Promise<void> | void;

/** Case name → the reason an implementation cannot honour it. */
export type Divergences<TCase extends string> = { readonly [K in TCase]?: string };

/** An implementation registering a contract suite. */
export interface ContractTarget<TContext, TCase extends string> {
  /** Names the implementation in test titles and the fidelity table, e.g. `pg-mem (@seams/fakes)`. */
  readonly name: string;
  /** Builds a fresh implementation for one case; runs inside the test, so hooks like `onTestFinished` work. */
  readonly setup: () => Promise<SetupResult<TContext>> | SetupResult<TContext>;
  /**
   * Cases this implementation is known not to honour, with the reason. Such a case still runs
   * and must still fail: when it starts passing, the test fails so the divergence gets removed.
   */
  readonly divergences?: Divergences<TCase>;
  /** Per-case timeout in ms (vitest's default otherwise). */
  readonly timeout?: number;
}

/** Registers cleanup to run when the current test ends: vitest's `onTestFinished`, node:test's `t.after`. */
export type OnTestFinished = (cleanup: () => Promise<void> | void) => void;

/** One case of a contract on one implementation, for any test runner: its title, budget and body. */
export interface ContractTest {
  /** The case name, with the declared divergence and its reason when there is one. */
  readonly title: string;
  /** Per-test timeout in ms, or `undefined` for the runner's default. */
  readonly timeout: number | undefined;
  /** Runs the case (setup, body, outcome record); hands the target's `teardown` to `onFinished`. */
  run(onFinished: OnTestFinished): Promise<void>;
}

/** A registered-for-many suite of cases for one port. */
export interface Contract<TContext, TCase extends string> {
  readonly port: string;
  readonly caseNames: readonly TCase[];
  /** Registers the suite (a vitest `describe`) for one implementation. */
  register(target: ContractTarget<TContext, TCase>): void;
  /**
   * The suite for one implementation as plain tests, for runners other than vitest; checks and
   * records the registration as `register` does. The title of their group is `${port} contract: ${name}`.
   *
   * @example
   * // node:test
   * describe(`${contract.port} contract: ${target.name}`, () => {
   *   for (const test of contract.tests(target)) {
   *     it(test.title, { timeout: test.timeout }, (t) => test.run((cleanup) => t.after(cleanup)));
   *   }
   * });
   */
  tests(target: ContractTarget<TContext, TCase>): readonly ContractTest[];
}

/** Thrown when a declared divergence no longer diverges. */
export class DivergenceResolvedError extends Error {
  readonly code = 'DIVERGENCE_RESOLVED';
  constructor(port: string, target: string, caseName: string) {
    super(
      `${target} now passes "${caseName}" of the ${port} contract: remove its declared divergence ` +
        'so the case runs normally and the fidelity table tells the truth',
    );
    this.name = 'DivergenceResolvedError';
  }
}

async function runCase<TContext, TCase extends string>(
  target: ContractTarget<TContext, TCase>,
  body: ContractCase<TContext>,
  onFinished: OnTestFinished,
): Promise<void> {
  const context = await target.setup();
  if (context.teardown) onFinished(context.teardown);
  await body(context);
}

/** Runs a case declared divergent: resolves when it fails as declared, throws when it now passes. */
export async function settleDivergentCase(
  labels: { port: string; target: string; caseName: string },
  run: () => Promise<void>,
  budgetMs: number,
): Promise<void> {
  if (await passesWithin(run, budgetMs)) {
    throw new DivergenceResolvedError(labels.port, labels.target, labels.caseName);
  }
}

async function passesWithin(run: () => Promise<void>, budgetMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  // A divergent case may hang (e.g. a fake that serialises what the real server overlaps):
  // treat running out of budget as the expected failure instead of a test timeout.
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), budgetMs);
  });
  try {
    const outcome = await Promise.race([run().then(() => 'passed' as const), timedOut]);
    return outcome === 'passed';
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/** Case `name` of `port` on `target`: a plain case must pass, a declared divergence must still fail. */
function contractTest<TContext, TCase extends string>(
  port: string,
  target: ContractTarget<TContext, TCase>,
  name: TCase,
  body: ContractCase<TContext>,
): ContractTest {
  const reason = target.divergences?.[name];
  if (reason === undefined) {
    return {
      title: name,
      timeout: target.timeout,
      async run(onFinished) {
        await runCase(target, body, onFinished);
        recordCaseOutcome(port, target.name, name, 'passed');
      },
    };
  }
  const budget = target.timeout ?? 5_000;
  return {
    title: `${name} [declared divergence: ${reason}]`,
    timeout: budget,
    async run(onFinished) {
      await settleDivergentCase(
        { port, target: target.name, caseName: name },
        () => runCase(target, body, onFinished),
        budget - 500,
      );
      recordCaseOutcome(port, target.name, name, 'diverged');
    },
  };
}

/**
 * Defines a contract: a port name and its cases. Each port's `describeXContract` is its
 * `register`.
 *
 * @example
 * const clockContract = defineContract<{ clock: Clock }>()('Clock', {
 *   'now() returns a Date': ({ clock }) => expect(clock.now()).toBeInstanceOf(Date),
 * });
 * clockContract.register({ name: 'SystemClock', setup: () => ({ clock: new SystemClock() }) });
 */
export function defineContract<TContext>() {
  return <TCase extends string>(
    port: string,
    cases: Readonly<Record<TCase, ContractCase<TContext>>>,
  ): Contract<TContext, TCase> => {
    const caseNames = Object.keys(cases) as TCase[];
    const tests = (target: ContractTarget<TContext, TCase>): ContractTest[] => {
      const divergences: Divergences<TCase> = target.divergences ?? {};
      for (const name of Object.keys(divergences)) {
        if (!caseNames.includes(name as TCase)) {
          throw new Error(`${target.name} declares a divergence from unknown ${port} case "${name}"`);
        }
      }
      recordRegistration({ port, target: target.name, cases: caseNames, divergences });
      return caseNames.map((name) => contractTest(port, target, name, cases[name]));
    };
    return {
      port,
      caseNames,
      tests,
      register(target) {
        const suite = tests(target);
        describe(`${port} contract: ${target.name}`, () => {
          for (const test of suite) it(test.title, () => test.run(onTestFinished), test.timeout);
        });
      },
    };
  };
}
