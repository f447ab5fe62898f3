import type { Expr } from 'pgsql-ast-parser';
import type { PgType } from './pg-type.js';
import { sequenceName } from './sequences.js';

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
  /**
   * The key columns of those of its plain indexes a comparison can scan by (btree or hash, on
   * columns): what tells the planner it may start a scan from a value (see scanKeyColumns).
   */
  readonly indexKeys: Map<string, readonly string[]>;
}

/**
 * What the pg-mem engine knows about the schema beyond pg-mem itself: PostgreSQL's own column types
 * (pg-mem folds int2 into int4, numeric into a float, loses varchar lengths in results), constraint
 * names as PostgreSQL chooses them, column order. Built from the DDL statements the engine ran.
 */
export class Catalog {
  readonly #tables = new Map<string, CatalogTable>();
  readonly #enums = new Map<string, string[]>();
  /**
   * Tables ANALYZE gave statistics: the planner's choices on them follow their rows, not its
   * defaults. Shared by every copy: ANALYZE writes a table's size into pg_class in place, which no
   * rollback undoes.
   */
  #analyzed = new Set<string>();

  /** Records ANALYZE of these tables (every table when none is named). */
  analyzed(names: readonly string[]): void {
    for (const name of names.length > 0 ? names : this.#tables.keys()) this.#analyzed.add(name);
  }

  /** Whether ANALYZE ran on the table since it was made. */
  hasStatistics(name: string): boolean {
    return this.#analyzed.has(name);
  }

  /**
   * Columns of the table an index can start a scan from: every key column of its primary key,
   * unique constraints and plain btree or hash indexes. On a table without statistics PostgreSQL's
   * planner scans such an index for `column = value` (or <, >) and computes the value first.
   */
  scanKeyColumns(name: string): ReadonlySet<string> {
    const table = this.#tables.get(name);
    const columns = new Set<string>();
    if (!table) return columns;
    for (const constraint of table.constraints) {
      if ((constraint.kind === 'primary key' || constraint.kind === 'unique') && !constraint.partial)
        for (const column of constraint.columns) columns.add(column);
    }
    for (const keys of table.indexKeys.values()) for (const column of keys) columns.add(column);
    return columns;
  }

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

  /** The sequences a table's serial and identity columns own: PostgreSQL drops them with the table. */
  ownedSequences(name: string): string[] {
    const table = this.#tables.get(name);
    if (!table) return [];
    return table.columns.flatMap((column) => {
      const written = column.default;
      const [argument] = written?.type === 'call' ? written.args : [];
      return (column.serial || column.identity) && argument?.type === 'string'
        ? [sequenceName(argument.value)]
        : [];
    });
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
        indexKeys: new Map(table.indexKeys),
      });
    }
    for (const [name, labels] of this.#enums) copy.#enums.set(name, [...labels]);
    copy.#analyzed = this.#analyzed;
    return copy;
  }
}

const MAX_IDENTIFIER = 63;

/**
 * PostgreSQL's ChooseConstraintName / ChooseRelationName: makeObjectName's `name1_name2_label`
 * (no name2 for a primary key or a CHECK over several columns), a number added to the label until
 * the name is free. Columns are joined as ChooseIndexNameAddition joins them.
 */
export function chooseName(
  table: string,
  columns: readonly string[],
  suffix: string,
  taken: Set<string>,
): string {
  const addition = columns.length > 0 ? columnAddition(columns) : undefined;
  for (let n = 0; ; n += 1) {
    const name = makeObjectName(table, addition, `${suffix}${n === 0 ? '' : n}`);
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}

/** ChooseIndexNameAddition: the names joined by `_`, stopping once the text reaches 64 bytes. */
function columnAddition(columns: readonly string[]): string {
  let text = '';
  for (const column of columns) {
    if (text.length > 0) text += '_';
    text += clipBytes(column, MAX_IDENTIFIER);
    if (Buffer.byteLength(text) > MAX_IDENTIFIER) break;
  }
  return text;
}

/**
 * makeObjectName: the longer of the two names loses a byte at a time until name1, name2, the
 * label and their underscores fit in 63 bytes, so a long table name and a long column name are
 * both cut (`a_very_long_table_name_that__a_very_long_column_name_that_check`).
 */
export function makeObjectName(name1: string, name2: string | undefined, label: string): string {
  const overhead = label.length + 1 + (name2 === undefined ? 0 : 1);
  const available = MAX_IDENTIFIER - overhead;
  let name1Bytes = Buffer.byteLength(name1);
  let name2Bytes = name2 === undefined ? 0 : Buffer.byteLength(name2);
  while (name1Bytes + name2Bytes > available) {
    if (name1Bytes > name2Bytes) name1Bytes -= 1;
    else name2Bytes -= 1;
  }
  const first = clipBytes(name1, name1Bytes);
  return name2 === undefined ? `${first}_${label}` : `${first}_${clipBytes(name2, name2Bytes)}_${label}`;
}

/** An identifier as PostgreSQL's scanner keeps it: cut to 63 bytes on a character boundary. */
export function clipIdentifier(name: string): string {
  return Buffer.byteLength(name) > MAX_IDENTIFIER ? clipBytes(name, MAX_IDENTIFIER) : name;
}

/** The longest prefix of `text` within `bytes` UTF-8 bytes that ends on a character (pg_mbcliplen). */
function clipBytes(text: string, bytes: number): string {
  let result = '';
  let used = 0;
  for (const char of text) {
    const size = Buffer.byteLength(char);
    if (used + size > bytes) break;
    result += char;
    used += size;
  }
  return result;
}
