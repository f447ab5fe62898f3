/** The corpus's groups: one file of cases each, and one row each in the fidelity counts. */
export const CORPUS_GROUPS = [
  'errors',
  'inserts-upserts',
  'updates-deletes',
  'transactions',
  'locking-claims',
  'types',
  'json',
  'arrays',
  'queries',
  'query-builders',
  'ctes-windows',
  'grouping',
  'ordering-limits',
  'result-metadata',
  'parameters',
  'text-encoding',
  'ddl',
  'functions',
] as const;

export type CorpusGroup = (typeof CORPUS_GROUPS)[number];

/** One statement sent through node-pg, as `client.query({ text, values, rowMode })`. */
export interface StatementStep {
  readonly sql: string;
  /** Omitted: pg's simple protocol (several statements allowed); given (even empty): the extended one. */
  readonly params?: readonly unknown[];
  readonly rowMode?: 'array';
  /**
   * A named prepared statement (pg's `name`): parsed once per connection, then bound and run again,
   * so PostgreSQL may switch it to a generic plan from its sixth execution on.
   */
  readonly name?: string;
  /** Sent on a second connection of the same database instead of the case's first one. */
  readonly client?: 'second';
}

/** A wall-clock pause between statements, for cases about what `now()` does over time. */
export interface PauseStep {
  readonly pauseMs: number;
}

export type SqlStep = string | StatementStep | PauseStep;

/** One case of the differential corpus: a fresh database, its set-up, then its steps in order. */
export interface SqlCase {
  /** Its identity in the snapshot and in test titles: a sentence about PostgreSQL's behaviour. */
  readonly name: string;
  readonly group: CorpusGroup;
  /** Run first as one simple-protocol query; PostgreSQL must accept it. */
  readonly setup?: string;
  readonly steps: readonly SqlStep[];
}

/** The cases of one group, each tagged with it. */
export function defineGroup(
  group: CorpusGroup,
  cases: ReadonlyArray<Omit<SqlCase, 'group'>>,
): readonly SqlCase[] {
  return cases.map((sqlCase) => ({ ...sqlCase, group }));
}
