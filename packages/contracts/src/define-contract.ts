import { describe, it, onTestFinished } from 'vitest';
import type { ContractCase, ContractTarget, Divergence, Divergences } from './contract-target.js';
import { type ContractTest, contractTest } from './contract-test.js';
import { describeExpectedFailure, isExpectedFailure } from './expected-failure.js';
import { type FidelityRecord, recordRegistration } from './fidelity-record.js';

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

/** What the fidelity records keep of a registration: its cases, and each declared failure in words. */
export function registrationRecord(
  port: string,
  target: string,
  cases: readonly string[],
  divergences: Divergences<string>,
): FidelityRecord {
  const declared = Object.entries<Divergence | undefined>(divergences).flatMap(([name, divergence]) =>
    divergence
      ? [[name, { reason: divergence.reason, fails: describeExpectedFailure(divergence.fails) }]]
      : [],
  );
  return { port, target, cases, divergences: Object.fromEntries(declared) };
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
      checkDivergences(port, target.name, caseNames, divergences);
      recordRegistration(registrationRecord(port, target.name, caseNames, divergences));
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
