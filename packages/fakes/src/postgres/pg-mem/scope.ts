import type { Expr } from 'pgsql-ast-parser';
import type { PgType } from './pg-type.js';
import { pgError, refuse } from './refusal.js';

// Every PostgreSQL table has these hidden columns; pg-mem has none of them.
const SYSTEM_COLUMNS = new Set(['xmin', 'xmax', 'cmin', 'cmax', 'ctid', 'tableoid', 'oid']);

/** A column visible in a query: from a table, a subquery, a CTE. */
export interface ScopeColumn {
  readonly name: string;
  readonly type: PgType;
  /**
   * The constant a subquery PostgreSQL pulls up into its query gives this column (`(VALUES (1/0))
   * v(x)`): a reference reads the constant itself, folded where it is read, and only there.
   */
  readonly constant?: Expr;
}

/** A table-like source in FROM, under its alias. */
export interface ScopeSource {
  readonly alias: string;
  readonly columns: readonly ScopeColumn[];
  /** The catalog table behind it, when it is one (for constraint errors and `SELECT *`). */
  readonly table?: string;
  /** An information_schema view the engine models only in part: its other columns exist in PostgreSQL. */
  readonly partialView?: string;
}

/** A resolved column reference: its type, and whether it came from an enclosing query. */
export interface Resolved {
  readonly type: PgType;
  readonly constant?: Expr;
  readonly source: ScopeSource;
  readonly outer: boolean;
}

/**
 * The names a query level sees: its FROM sources, then its enclosing levels' (a correlated
 * reference, which the engine notes: pg-mem cannot run correlated subqueries).
 */
export class Scope {
  readonly sources: ScopeSource[] = [];

  constructor(readonly parent?: Scope) {}

  add(source: ScopeSource): void {
    if (this.sources.some((s) => s.alias === source.alias)) {
      throw pgError('42712', `table name "${source.alias}" specified more than once`);
    }
    this.sources.push(source);
  }

  resolve(name: string, table?: string): Resolved {
    if (SYSTEM_COLUMNS.has(name)) throw refuse(`the system column ${name}`);
    const found = this.#find(name, table);
    if (found) return { ...found, outer: false };
    const outer = this.parent?.resolveOrUndefined(name, table);
    if (outer) return { ...outer, outer: true };
    if (table !== undefined && !this.hasSource(table)) {
      throw pgError('42P01', `missing FROM-clause entry for table "${table}"`);
    }
    const view = this.sources.find((s) => s.partialView && (table === undefined || s.alias === table));
    if (view) throw refuse(`the column ${name} of information_schema.${view.partialView}`);
    // A table's name alone is its whole row, a composite value (`SELECT t FROM t`, `t IS NULL`).
    if (table === undefined && this.hasSource(name)) throw refuse(`the whole-row reference ${name}`);
    throw pgError(
      '42703',
      table ? `column ${table}.${name} does not exist` : `column "${name}" does not exist`,
    );
  }

  resolveOrUndefined(name: string, table?: string): Omit<Resolved, 'outer'> | undefined {
    return this.#find(name, table) ?? this.parent?.resolveOrUndefined(name, table);
  }

  hasSource(alias: string): boolean {
    return this.sources.some((s) => s.alias === alias) || (this.parent?.hasSource(alias) ?? false);
  }

  #find(name: string, table?: string): Omit<Resolved, 'outer'> | undefined {
    const matches: Omit<Resolved, 'outer'>[] = [];
    for (const source of this.sources) {
      if (table !== undefined && source.alias !== table) continue;
      const column = source.columns.find((c) => c.name === name);
      // A subquery may name two outputs alike (`SELECT 1 AS v, 2 AS v`): reading one is ambiguous.
      if (column && source.columns.filter((c) => c.name === name).length > 1)
        throw pgError('42702', `column reference "${name}" is ambiguous`);
      if (column)
        matches.push({ type: column.type, source, ...(column.constant && { constant: column.constant }) });
    }
    if (matches.length > 1) throw pgError('42702', `column reference "${name}" is ambiguous`);
    return matches[0];
  }
}
