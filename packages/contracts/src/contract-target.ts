import type { ExpectedFailure } from './expected-failure.js';

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
