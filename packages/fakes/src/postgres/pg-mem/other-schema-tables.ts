import type { Statement } from 'pgsql-ast-parser';

/** A table name as pgsql-ast-parser reads it. */
interface TableName {
  readonly name: string;
  readonly schema?: string;
}

const isTableName = (value: unknown): value is TableName =>
  typeof value === 'object' && value !== null && typeof Reflect.get(value, 'name') === 'string';

/** The statements whose table names pg-mem looks up without their schema. */
const DDL_TABLE_KEYS: Partial<Record<Statement['type'], readonly string[]>> = {
  'alter table': ['table'],
  'create index': ['table'],
  'truncate table': ['tables'],
  'create table': [],
};

/**
 * The first table a DDL statement names in a schema other than public (`ALTER TABLE app.t ...`,
 * `TRUNCATE app.t`, `CREATE INDEX ON app.t`, `REFERENCES app.t`), as `schema.name`; undefined when
 * there is none. pg-mem keeps one schema and looks the bare name up, so it would report the table
 * of public (or its absence, 42P01) where PostgreSQL reports the schema missing (3F000) or uses
 * that schema's table: the engine refuses such a name, as it refuses one in a query.
 */
export function otherSchemaTable(statement: Statement): string | undefined {
  const keys = DDL_TABLE_KEYS[statement.type];
  if (keys === undefined) return undefined;
  const named: TableName[] = [];
  for (const key of keys) {
    const value: unknown = Reflect.get(statement, key);
    for (const item of Array.isArray(value) ? value : [value]) if (isTableName(item)) named.push(item);
  }
  // A foreign key's referenced table, wherever the statement declares one.
  JSON.stringify(statement, (key, value: unknown) => {
    if (key === 'foreignTable' && isTableName(value)) named.push(value);
    return value;
  });
  const other = named.find(({ schema }) => schema !== undefined && schema !== 'public');
  return other && `${other.schema}.${other.name}`;
}
