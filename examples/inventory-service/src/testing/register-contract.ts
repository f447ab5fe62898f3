import { describe, it } from 'node:test';
import type { Contract, ContractTarget } from '@seams/contracts';

/**
 * Runs a contract for one implementation under node:test: a `describe` named as the kit names it
 * under vitest, one `it` per case with the case's timeout, the target's teardown in `t.after`.
 * (Under vitest, `contract.register(target)` does the same.)
 */
export function registerContract<TContext, TCase extends string>(
  contract: Contract<TContext, TCase>,
  target: ContractTarget<TContext, TCase>,
): void {
  describe(`${contract.port} contract: ${target.name}`, () => {
    for (const test of contract.tests(target)) {
      it(test.title, { timeout: test.timeout }, (t) => test.run((cleanup) => t.after(cleanup)));
    }
  });
}
