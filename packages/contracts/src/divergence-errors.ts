import { SeamsError } from '@seams/ports';
/** Which case of which contract, on which implementation. */
export interface CaseLabels {
  readonly port: string;
  readonly target: string;
  readonly caseName: string;
}

/** Thrown when a declared divergence no longer diverges: the case passed. */
export class DivergenceResolvedError extends SeamsError {
  readonly code = 'DIVERGENCE_RESOLVED';
  constructor(port: string, target: string, caseName: string) {
    super(
      `${target} now passes "${caseName}" of the ${port} contract: remove its declared divergence ` +
        'so the case runs normally and the fidelity table tells the truth',
    );
    this.name = 'DivergenceResolvedError';
  }
}

/**
 * Thrown when a divergent case fails, but not the way its declaration says (or its `setup()`
 * fails before the case runs): a different failure is a different problem, never the declared one.
 */
export class DivergenceMismatchError extends SeamsError {
  readonly code = 'DIVERGENCE_MISMATCH';
  constructor(
    labels: CaseLabels,
    /** The declared failure, in words. */
    readonly expected: string,
    /** What happened instead, in words. */
    readonly actual: string,
    options?: { cause?: unknown },
  ) {
    super(
      `${labels.target} fails "${labels.caseName}" of the ${labels.port} contract, but not as declared\n` +
        `  expected: ${expected}\n` +
        `  actual:   ${actual}`,
      options,
    );
    this.name = 'DivergenceMismatchError';
  }
}

/** Thrown when a divergent case that hung is still running after its target's teardown and a grace period. */
export class DivergentCaseStillRunningError extends SeamsError {
  readonly code = 'DIVERGENT_CASE_STILL_RUNNING';
  constructor(labels: CaseLabels, budgetMs: number, graceMs: number) {
    super(
      `"${labels.caseName}" of the ${labels.port} contract on ${labels.target} hung past its ${budgetMs} ms ` +
        `budget as declared, but was still running ${graceMs} ms after teardown: give setup() a teardown ` +
        'that ends what the case waits on (close the pool, end the transaction), so no case outlives its test',
    );
    this.name = 'DivergentCaseStillRunningError';
  }
}
