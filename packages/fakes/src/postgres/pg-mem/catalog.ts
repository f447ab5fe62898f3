import type { Expr } from 'pgsql-ast-parser';
import type { PgType } from './pg-type.js';

/** A column as the engine knows it from the DDL it ran. */
export interface CatalogColumn {
  readonly name: string;
  readonly type: PgType;
  notNull: boolean;
  hasDefault: boolean;
  /** The DEFAULT as written (a serial's or identity's is its nextval() call), to put where DEFAULT is written. */
  default?: Expr;
  readonly identity?: 'always' | 'by default';
  /** A serial column: its default is the nextval() of a sequence bounded by its type. */
  readonly serial?: true;
  readonly generated?: true;
}

export type ConstraintKind = 'primary key' | 'unique' | 'foreign key' | 'check';

/** A named constraint (or unique index): what PostgreSQL reports in an error's `constraint`. */
export interface CatalogConstraint {
  readonly name: string;
  readonly kind: ConstraintKind;
  readonly columns: readonly string[];
  /** How PostgreSQL prints the key of a unique index on expressions: `lower(email)`. */
  readonly keyText?: string;
  readonly foreignTable?: string;
  readonly foreignColumns?: readonly string[];
  /** A partial unique index: pg-mem's own index enforces it; the predicate only matters for naming. */
  readonly partial?: Expr;
  /**
   * A unique index made by CREATE UNIQUE INDEX: it reports violations like a constraint, but it is
   * no constraint (ON CONFLICT ON CONSTRAINT cannot name it).
   */
  readonly indexOnly?: true;
}

export interface CatalogTable {
  readonly name: string;
  readonly columns: CatalogColumn[];
  readonly constraints: CatalogConstraint[];
  /** Names of its indexes that are not constraints (they share the namespace). */
  readonly indexes: string[];
}

/**
 * What the pg-mem engine knows about the schema beyond pg-mem itself: PostgreSQL's own column types
 * (pg-mem folds int2 into int4, numeric into a float, loses varchar lengths in results), constraint
 * names as PostgreSQL chooses them, column order. Built from the DDL statements the engine ran.
 */
export class Catalog {
  readonly #tables = new Map<string, CatalogTable>();
  readonly #enums = new Map<string, string[]>();

  table(name: string): CatalogTable | undefined {
    return this.#tables.get(name);
  }

  get tables(): Iterable<CatalogTable> {
    return this.#tables.values();
  }

  addTable(table: CatalogTable): void {
    this.#tables.set(table.name, table);
  }

  dropTable(name: string): void {
    this.#tables.delete(name);
  }

  renameTable(from: string, to: string): void {
    const table = this.#tables.get(from);
    if (!table) return;
    this.#tables.delete(from);
    this.#tables.set(to, { ...table, name: to });
  }

  get enums(): ReadonlySet<string> {
    return new Set(this.#enums.keys());
  }

  addEnum(name: string, labels: string[]): void {
    this.#enums.set(name, labels);
  }

  enumLabels(name: string): readonly string[] | undefined {
    return this.#enums.get(name);
  }

  /** Every constraint name in use, for choosing a new one as PostgreSQL does (t_a_key, t_a_key1, ...). */
  constraintNames(): Set<string> {
    const names = new Set<string>();
    for (const table of this.#tables.values()) {
      names.add(table.name);
      for (const c of table.constraints) names.add(c.name);
      for (const index of table.indexes) names.add(index);
    }
    return names;
  }

  /** The constraint whose name pg-mem reported, on any table. */
  constraint(name: string): { table: CatalogTable; constraint: CatalogConstraint } | undefined {
    for (const table of this.#tables.values()) {
      const constraint = table.constraints.find((c) => c.name === name);
      if (constraint) return { table, constraint };
    }
    return undefined;
  }

  /** A copy for a transaction or savepoint to return to: pg-mem's backup restores its data, this restores ours. */
  clone(): Catalog {
    const copy = new Catalog();
    for (const [name, table] of this.#tables) {
      copy.#tables.set(name, {
        name: table.name,
        columns: table.columns.map((column) => ({ ...column })),
        constraints: [...table.constraints],
        indexes: [...table.indexes],
      });
    }
    for (const [name, labels] of this.#enums) copy.#enums.set(name, [...labels]);
    return copy;
  }
}

const MAX_IDENTIFIER = 63;

/** PostgreSQL's ChooseConstraintName: `table_cols_suffix`, truncated to 63 bytes, a number added until unique. */
export function chooseName(
  table: string,
  columns: readonly string[],
  suffix: string,
  taken: Set<string>,
): string {
  const base = [table, ...columns].join('_');
  for (let n = 0; ; n += 1) {
    const tail = `_${suffix}${n === 0 ? '' : n}`;
    const name = `${base.slice(0, MAX_IDENTIFIER - tail.length)}${tail}`;
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}
