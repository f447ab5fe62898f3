// The few builders every probe file needs, so that a file is its cases and nothing else.
// A probe file's default export is `list.cases`; `pnpm probe <file>` runs them.
import type { ProbeCase } from '../src/postgres/corpus/probe.js';

export type { ProbeCase };

/** One step of a probe case: SQL on the simple protocol, a statement with parameters, or a pause. */
export type ProbeStep = ProbeCase['steps'][number];

/** A statement sent on the extended protocol with these parameters. */
export function withParams(sql: string, ...params: unknown[]): ProbeStep {
  return { sql, params };
}

/** The cases of one probe file, built in order; every name gets the list's prefix. */
export class ProbeCases {
  readonly cases: ProbeCase[] = [];

  constructor(private readonly prefix = '') {}

  /** A case of these steps, after `setup` when given. */
  add(name: string, steps: readonly ProbeStep[], setup?: string): this {
    const fullName = `${this.prefix}${name}`;
    this.cases.push(setup === undefined ? { name: fullName, steps } : { name: fullName, setup, steps });
    return this;
  }

  /** A case of one expression: `SELECT <expr> AS v`. */
  select(name: string, expr: string, setup?: string): this {
    return this.add(name, [`SELECT ${expr} AS v`], setup);
  }

  /** A case of one statement with parameters. */
  params(name: string, sql: string, params: readonly unknown[], setup?: string): this {
    return this.add(name, [withParams(sql, ...params)], setup);
  }
}
