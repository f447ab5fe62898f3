import { describe, it, onTestFinished } from 'vitest';
import { DivergenceMismatchError } from './divergence-errors.js';
import {
  describeExpectedFailure,
  describeThrown,
  type ExpectedFailure,
  isExpectedFailure,
} from './expected-failure.js';
import { implementationsIn, recordCaseOutcome, recordRegistration } from './fidelity-record.js';
import { settleDivergentCase } from './settle-divergent-case.js';

/** What a target's `setup` returns: the context the cases use, plus an optional teardown. */
export type SetupResult<TContext> = TContext & {
  /** Called after the case, whether it passed or failed (and when a case declared `'timeout'` hangs). */
  teardown?: () => Promise<void> | void;
};

/** One contract case: throws (usually through `expect`) when the implementation breaks the contract. */
export type ContractCase<TContext> = (context: TContext) => Promise<void> | void;

/** Why an implementation cannot honour a case, and how the case fails on it. */
export interface Divergence {
  /** Why: shown in the test title and the fidelity table. */
  readonly reason: string;
  /** How the case fails there; the kit fails the run on any other failure, and when the case passes. */
  readonly fails: ExpectedFailure;
}

/** Case name → its declared divergence. */
export type Divergences<TCase extends string> = { readonly [K in TCase]?: Divergence };

/** An implementation registering a contract suite. */
export interface ContractTarget<TContext, TCase extends string> {
  /** Names the implementation in test titles and the fidelity table, e.g. `pg-mem (@seams/fakes)`. */
  readonly name: string;
  /** Builds a fresh implementation for one case; runs inside the test, so hooks like `onTestFinished` work. */
  readonly setup: () => Promise<SetupResult<TContext>> | SetupResult<TContext>;
  /**
   * Cases this implementation is known not to honour: why, and how each fails. Such a case still
   * runs and must fail exactly as declared: when it passes or fails any other way, the test fails.
   */
  readonly divergences?: Divergences<TCase>;
  /**
   * Per-case timeout in ms (vitest's default otherwise). For a divergent case it is the budget to
   * fail in (default 5,000); past it the case counts as hanging.
   */
  readonly timeout?: number;
}

/** A registered-for-many suite of cases for one port. */
export interface Contract<TContext, TCase extends string> {
  readonly port: string;
  readonly caseNames: readonly TCase[];
  /** Registers the suite (a vitest `describe`) for one implementation. */
  register(target: ContractTarget<TContext, TCase>): void;
}

const DIVERGENT_BUDGET_MS = 5_000;
/** Time a hanging divergent case gets to stop once its teardown has run. */
const STOP_GRACE_MS = 1_000;

/** The teardown as a function that runs it once, however often it is called. */
function once(teardown: (() => Promise<void> | void) | undefined): () => Promise<void> {
  let done: Promise<void> | undefined;
  return () => {
    done ??= Promise.resolve().then(teardown);
    return done;
  };
}

/** Checks each declaration names a real case and has a reason and a valid `fails`. */
function checkDivergences(
  port: string,
  target: string,
  caseNames: readonly string[],
  declared: object,
): void {
  for (const [name, divergence] of Object.entries(declared)) {
    const where = `${target} declares a divergence from`;
    if (!caseNames.includes(name)) throw new Error(`${where} unknown ${port} case "${name}"`);
    const shape = typeof divergence === 'object' && divergence !== null ? divergence : {};
    if (!('reason' in shape) || typeof shape.reason !== 'string' || shape.reason.trim() === '') {
      throw new TypeError(`${where} ${port} case "${name}" without a reason: declare { reason, fails }`);
    }
    if (!('fails' in shape) || !isExpectedFailure(shape.fails)) {
      throw new TypeError(
        `${where} ${port} case "${name}" without a valid \`fails\`: 'timeout', { code }, an error class, ` +
          'or { description, test }',
      );
    }
  }
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
    return {
      port,
      caseNames,
      register(target) {
        const divergences: Divergences<TCase> = target.divergences ?? {};
        checkDivergences(port, target.name, caseNames, divergences);
        recordRegistration({
          port,
          target: target.name,
          cases: caseNames,
          divergences: Object.fromEntries(
            Object.entries<Divergence | undefined>(divergences).flatMap(([name, divergence]) =>
              divergence
                ? [[name, { reason: divergence.reason, fails: describeExpectedFailure(divergence.fails) }]]
                : [],
            ),
          ),
        });
        const record = (caseName: string, outcome: 'passed' | 'diverged', context: object) =>
          recordCaseOutcome({
            port,
            target: target.name,
            case: caseName,
            outcome,
            implementations: implementationsIn(context),
          });
        describe(`${port} contract: ${target.name}`, () => {
          for (const name of caseNames) {
            const body = cases[name];
            const divergence = divergences[name];
            if (divergence === undefined) {
              it(
                name,
                async () => {
                  const context = await target.setup();
                  if (context.teardown) onTestFinished(context.teardown);
                  await body(context);
                  record(name, 'passed', context);
                },
                target.timeout,
              );
              continue;
            }
            const labels = { port, target: target.name, caseName: name };
            const budgetMs = target.timeout ?? DIVERGENT_BUDGET_MS;
            const declared = describeExpectedFailure(divergence.fails);
            it(
              `${name} [declared divergence, fails with ${declared}: ${divergence.reason}]`,
              async () => {
                let context: SetupResult<TContext>;
                try {
                  context = await target.setup();
                } catch (error) {
                  // A broken setup is never the declared failure: the case did not even run.
                  const actual = `setup() threw before the case ran: ${describeThrown(error)}`;
                  throw new DivergenceMismatchError(labels, declared, actual, { cause: error });
                }
                const teardown = once(context.teardown);
                onTestFinished(teardown);
                await settleDivergentCase(labels, divergence.fails, () => body(context), {
                  budgetMs,
                  graceMs: STOP_GRACE_MS,
                  stop: teardown,
                });
                record(name, 'diverged', context);
              },
              // Room for the budget, the teardown and the grace period after it.
              budgetMs + 3 * STOP_GRACE_MS,
            );
          }
        });
      },
    };
  };
}
