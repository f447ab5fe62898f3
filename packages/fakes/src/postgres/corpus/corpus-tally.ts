import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Classification, Verdict } from './classify.js';
import { CORPUS_GROUPS, type CorpusGroup, type SqlCase } from './sql-case.js';

export type VerdictCounts = Record<Verdict, number>;

/** What `scripts/fidelity.mjs` reads for the corpus table: one engine's counts in one run. */
export interface CorpusRecord {
  readonly kind: 'sql-corpus';
  readonly engine: string;
  /** What the engine was compared with: the recorded snapshot (fast) or the live server (real). */
  readonly against: string;
  readonly cases: number;
  readonly counts: VerdictCounts;
  readonly groups: Readonly<Record<string, VerdictCounts>>;
  /** The constructs the engine refused, with how many cases each refusal stopped. */
  readonly refused: Readonly<Record<string, number>>;
  /** The SILENT cases by name (the run fails when there are any). */
  readonly silent: readonly string[];
  /** Per informational error field (hint, position, ...), the SAME cases whose engine left it out. */
  readonly omitted: Readonly<Record<string, number>>;
}

const empty = (): VerdictCounts => ({ same: 0, clear: 0, silent: 0 });

// "pg-mem engine: <construct> is not supported (pg-mem would not answer ...": the construct,
// without a trailing remark in parentheses.
const REFUSED = /^pg-mem engine: (.*) is not supported \(pg-mem would not answer/;
const REMARK = /\s\([^()]*(\([^()]*\)[^()]*)*\)$/;
// The corpus targets wait less for the database lock than a fake made by createFakePostgres() (2 s
// by default), to spend less time idle; the table reports the refusal a user's fake gives.
const LOCK_WAIT = /^(fake postgres: connection #\d+ waited )\d+( ms for the database lock)/;
const USER_LOCK_TIMEOUT_MS = 2_000;

/** Counts one engine's verdicts per group and, when `SEAMS_FIDELITY_DIR` is set, records them for the README. */
export class CorpusTally {
  readonly #counts = empty();
  readonly #groups = new Map<CorpusGroup, VerdictCounts>(CORPUS_GROUPS.map((group) => [group, empty()]));
  readonly #refused = new Map<string, number>();
  readonly #silent: string[] = [];
  readonly #omitted = new Map<string, number>();
  #cases = 0;

  /** `part` names one shard's share of a run; scripts/fidelity.mjs adds the shares up. */
  constructor(
    readonly engine: string,
    readonly against: string,
    readonly part?: string,
  ) {}

  add(sqlCase: SqlCase, classification: Classification): void {
    this.#cases += 1;
    this.#counts[classification.verdict] += 1;
    const group = this.#groups.get(sqlCase.group);
    if (group) group[classification.verdict] += 1;
    if (classification.verdict === 'silent') this.#silent.push(sqlCase.name);
    for (const field of classification.omitted ?? [])
      this.#omitted.set(field, (this.#omitted.get(field) ?? 0) + 1);
    const { refusal } = classification;
    const construct = refusal === undefined ? undefined : (REFUSED.exec(refusal)?.[1] ?? refusal);
    if (classification.verdict === 'clear' && construct) {
      const key = construct.replace(REMARK, '').replace(LOCK_WAIT, `$1${USER_LOCK_TIMEOUT_MS}$2`);
      this.#refused.set(key, (this.#refused.get(key) ?? 0) + 1);
    }
  }

  get record(): CorpusRecord {
    return {
      kind: 'sql-corpus',
      engine: this.engine,
      against: this.against,
      cases: this.#cases,
      counts: { ...this.#counts },
      groups: Object.fromEntries(this.#groups),
      refused: Object.fromEntries([...this.#refused].sort(([a], [b]) => a.localeCompare(b))),
      silent: [...this.#silent],
      omitted: Object.fromEntries([...this.#omitted].sort(([a], [b]) => a.localeCompare(b))),
    };
  }

  /** Writes `sql-corpus--<engine>[--<part>].corpus.json` into `SEAMS_FIDELITY_DIR`, when it is set. */
  save(): void {
    const dir = process.env.SEAMS_FIDELITY_DIR;
    if (!dir || this.#cases === 0) return;
    mkdirSync(resolve(dir), { recursive: true });
    const name = [this.engine, this.part].filter(Boolean).join('--');
    const file = `sql-corpus--${name.replace(/[^A-Za-z0-9._-]+/g, '_')}.corpus.json`;
    writeFileSync(join(resolve(dir), file), `${JSON.stringify(this.record, null, 2)}\n`);
  }
}
