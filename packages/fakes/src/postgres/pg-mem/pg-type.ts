import type { DataTypeDef } from 'pgsql-ast-parser';
import { pgError } from './refusal.js';

/** The scalar types the pg-mem engine can store, compute and print as PostgreSQL does. */
export type ScalarName =
  | 'bool'
  | 'int2'
  | 'int4'
  | 'int8'
  | 'numeric'
  | 'float8'
  | 'text'
  | 'varchar'
  | 'uuid'
  | 'json'
  | 'jsonb'
  | 'timestamptz'
  | 'timestamp'
  | 'date'
  | 'bytea'
  | 'name'
  | 'unknown'
  | 'void';

/**
 * The names format_type prints (pg_typeof's text) by the engine's type: also what
 * information_schema.columns.data_type says of a scalar column.
 */
export const FORMAT_TYPE_NAMES: Readonly<Record<ScalarName, string>> = {
  bool: 'boolean',
  int2: 'smallint',
  int4: 'integer',
  int8: 'bigint',
  numeric: 'numeric',
  float8: 'double precision',
  text: 'text',
  varchar: 'character varying',
  uuid: 'uuid',
  json: 'json',
  jsonb: 'jsonb',
  timestamptz: 'timestamp with time zone',
  timestamp: 'timestamp without time zone',
  date: 'date',
  bytea: 'bytea',
  name: 'name',
  unknown: 'unknown',
  void: 'void',
};

/**
 * A PostgreSQL type as the engine tracks it: the type, its modifier (varchar length, numeric
 * precision and scale) and, for numeric values, the display scale PostgreSQL would print.
 */
export interface PgType {
  readonly name: ScalarName;
  readonly array?: true;
  /** varchar(n): n. */
  readonly length?: number;
  /** numeric(p, s): p; timestamp(p) and timestamptz(p): the fractional digits kept, 0 to 6. */
  readonly precision?: number;
  /** numeric: the digits after the point PostgreSQL prints; undefined when the engine cannot know it. */
  readonly scale?: number;
  /** A user enum: its labels in declaration order (stored as text in pg-mem). */
  readonly enumName?: string;
  /** A value the engine can compare but not print as PostgreSQL types it (information_schema's domains). */
  readonly opaque?: true;
}

const OIDS: Readonly<Record<ScalarName, readonly [scalar: number, array: number]>> = {
  bool: [16, 1000],
  int2: [21, 1005],
  int4: [23, 1007],
  int8: [20, 1016],
  numeric: [1700, 1231],
  float8: [701, 1022],
  text: [25, 1009],
  varchar: [1043, 1015],
  uuid: [2950, 2951],
  json: [114, 199],
  jsonb: [3802, 3807],
  timestamptz: [1184, 1185],
  timestamp: [1114, 1115],
  date: [1082, 1182],
  bytea: [17, 1001],
  name: [19, 1003],
  unknown: [25, 1009],
  void: [2278, 0],
};

const SIZES: Partial<Record<ScalarName, number>> = {
  bool: 1,
  int2: 2,
  int4: 4,
  int8: 8,
  float8: 8,
  uuid: 16,
  timestamptz: 8,
  timestamp: 8,
  date: 4,
  void: 4,
};

// Enums get OIDs from here on, like any type a database creates (FirstNormalObjectId).
const ENUM_OID_BASE = 16_384;

/** The type's OID as PostgreSQL describes it in RowDescription. */
export function typeOid(type: PgType, enumOid?: (name: string) => number): number {
  if (type.enumName !== undefined) {
    const oid = enumOid?.(type.enumName) ?? ENUM_OID_BASE;
    return type.array ? oid + 1 : oid;
  }
  const [scalar, array] = OIDS[type.name];
  return type.array ? array : scalar;
}

/** `pg_type.typlen`: fixed sizes, -1 for variable length. */
export function typeSize(type: PgType): number {
  return type.array ? -1 : (SIZES[type.name] ?? -1);
}

/**
 * The type modifier on the wire: varchar(n) is n + 4, numeric(p, s) is ((p << 16) | s) + 4,
 * timestamp(p) is p itself (PostgreSQL adds VARHDRSZ only for the variable-length types).
 */
export function typeModifier(type: PgType): number {
  if (type.length !== undefined) return type.length + 4;
  if (type.name === 'timestamp' || type.name === 'timestamptz') return type.precision ?? -1;
  if (type.precision !== undefined) return ((type.precision << 16) | (type.scale ?? 0)) + 4;
  return -1;
}

const NAMES: Readonly<Record<string, ScalarName>> = {
  bool: 'bool',
  boolean: 'bool',
  int2: 'int2',
  smallint: 'int2',
  int: 'int4',
  int4: 'int4',
  integer: 'int4',
  serial: 'int4',
  serial4: 'int4',
  int8: 'int8',
  bigint: 'int8',
  bigserial: 'int8',
  serial8: 'int8',
  numeric: 'numeric',
  decimal: 'numeric',
  float8: 'float8',
  'double precision': 'float8',
  text: 'text',
  varchar: 'varchar',
  'character varying': 'varchar',
  uuid: 'uuid',
  json: 'json',
  jsonb: 'jsonb',
  timestamptz: 'timestamptz',
  'timestamp with time zone': 'timestamptz',
  timestamp: 'timestamp',
  'timestamp without time zone': 'timestamp',
  date: 'date',
  bytea: 'bytea',
};

/** The serial spellings: CREATE TABLE's shorthand for an integer column with a sequence, no pg_type entry. */
const SERIAL_NAMES = new Set(['smallserial', 'serial2', 'serial', 'serial4', 'bigserial', 'serial8']);

/**
 * The 42704 PostgreSQL raises for a serial spelling anywhere but a column's type (a cast, an ALTER
 * COLUMN ... TYPE): the type as written, `serial[]` or `pg_catalog.serial` included. Undefined
 * for any other type.
 */
export function serialTypeError(def: DataTypeDef): Error | undefined {
  let element = def;
  let brackets = '';
  while (element.kind === 'array') {
    element = element.arrayOf;
    brackets += '[]';
  }
  if (!SERIAL_NAMES.has(element.name.toLowerCase())) return undefined;
  const name = element.schema === undefined ? element.name : `${element.schema}.${element.name}`;
  return pgError('42704', `type "${name}${brackets}" does not exist`);
}

/** A column declared as an array of a serial spelling (`serial[]`), which PostgreSQL does not implement. */
export function isSerialArray(def: DataTypeDef): boolean {
  return def.kind === 'array' && serialTypeError(def) !== undefined;
}

/** Type names PostgreSQL's grammar turns into pg_type's own names (int8, float8, ...): no type when quoted. */
const GRAMMAR_TYPE_NAMES = new Set([
  'boolean',
  'smallint',
  'int',
  'integer',
  'bigint',
  'decimal',
  'dec',
  'real',
  'float',
  'double precision',
  'character varying',
  'character',
  'timestamp with time zone',
  'timestamp without time zone',
]);

/** The declared type as the engine supports it, or undefined (the caller refuses it by name). */
export function fromDataType(def: DataTypeDef, enums: ReadonlySet<string>): PgType | undefined {
  if (def.kind === 'array') {
    const element = fromDataType(def.arrayOf, enums);
    // An array of timestamp(0..2) would need each element of a computed value rounded: refused.
    if (element && isTimestamp(element) && (element.precision ?? MAX_TIMESTAMP_PRECISION) < 3)
      return undefined;
    return element && !element.array ? { ...element, array: true } : undefined;
  }
  const name = def.name.toLowerCase();
  if (def.schema !== undefined && def.schema !== 'pg_catalog') return undefined;
  // A quoted type name is looked up as written, among pg_type's names: `"INT4"`, and `"bigint"`
  // or `"double precision"` (names only the grammar knows, for int8 and float8), are no type.
  if (Reflect.get(def, 'doubleQuoted') === true && (name !== def.name || GRAMMAR_TYPE_NAMES.has(name)))
    return undefined;
  if (enums.has(name)) return { name: 'text', enumName: name };
  const scalar = NAMES[name];
  if (scalar === undefined) return undefined;
  const [first, second] = def.config ?? [];
  if (scalar === 'varchar') {
    if (first !== undefined && first < 1)
      throw pgError('22023', 'length for type varchar must be at least 1');
    // varchar_typmodin's bound (MaxAttrSize): above it pg-mem would take any length.
    if (first !== undefined && first > MAX_VARCHAR_LENGTH)
      throw pgError('22023', `length for type varchar cannot exceed ${MAX_VARCHAR_LENGTH}`);
    return first === undefined ? { name: 'varchar' } : { name: 'varchar', length: first };
  }
  if (scalar === 'numeric') {
    // numerictypmodin takes a precision and a scale at most.
    if ((def.config?.length ?? 0) > 2) throw pgError('22023', 'invalid NUMERIC type modifier');
    if (first === undefined) return { name: 'numeric' };
    // PostgreSQL 15 also takes a scale below zero or above the precision (numeric(5,-2) rounds to
    // hundreds), and checks the precision's range itself: neither is computed here.
    const scale = second ?? 0;
    if (scale < 0 || scale > first || first < 1 || first > 1000) return undefined;
    return { name: 'numeric', precision: first, scale };
  }
  if (scalar === 'timestamp' || scalar === 'timestamptz') return timestampType(scalar, def.config, name);
  if (def.config !== undefined && def.config.length > 0) return undefined;
  return { name: scalar };
}

/** The longest varchar(n) PostgreSQL declares (MaxAttrSize, 10 MB). */
const MAX_VARCHAR_LENGTH = 10485760;

/** The most fractional digits PostgreSQL keeps (MAX_TIMESTAMP_PRECISION). */
export const MAX_TIMESTAMP_PRECISION = 6;

/**
 * timestamp(p) as PostgreSQL reads it, above 6 reduced to 6 (PostgreSQL warns about that; the
 * engine sends no warning). `timestamp(p) [with[out] time zone]` is grammar, which takes one
 * unsigned integer (a sign or a second modifier is a syntax error, 42601); `timestamptz(p)` is a
 * generic type name whose modifiers anytimestamp_typmodin checks (22023).
 */
function timestampType(
  name: 'timestamp' | 'timestamptz',
  config: readonly number[] | undefined,
  written: string,
): PgType {
  if (config === undefined || config.length === 0) return { name };
  const [precision = 0, second] = config;
  const grammar = written !== 'timestamptz';
  if (second !== undefined) {
    throw grammar
      ? pgError('42601', 'syntax error at or near ","')
      : pgError('22023', 'invalid type modifier');
  }
  if (precision < 0) {
    throw grammar
      ? pgError('42601', 'syntax error at or near "-"')
      : pgError('22023', `TIMESTAMP(${precision}) WITH TIME ZONE precision must not be negative`);
  }
  return { name, precision: Math.min(precision, MAX_TIMESTAMP_PRECISION) };
}

/** timestamp or timestamptz, with or without a precision (not an array). */
export const isTimestamp = (type: PgType): boolean =>
  !type.array && (type.name === 'timestamp' || type.name === 'timestamptz');

/** The name PostgreSQL shows for a type (`pg_typeof`, casts). */
export function displayName(def: DataTypeDef): string {
  if (def.kind === 'array') return `${displayName(def.arrayOf)}[]`;
  const config = def.config && def.config.length > 0 ? `(${def.config.join(',')})` : '';
  return `${def.name}${config}`;
}

export const T = {
  bool: { name: 'bool' },
  int2: { name: 'int2' },
  int4: { name: 'int4' },
  int8: { name: 'int8' },
  float8: { name: 'float8' },
  text: { name: 'text' },
  uuid: { name: 'uuid' },
  json: { name: 'json' },
  jsonb: { name: 'jsonb' },
  timestamptz: { name: 'timestamptz' },
  timestamp: { name: 'timestamp' },
  date: { name: 'date' },
  bytea: { name: 'bytea' },
  unknown: { name: 'unknown' },
  void: { name: 'void' },
} as const satisfies Record<string, PgType>;

export const isInteger = (type: PgType): boolean =>
  !type.array && (type.name === 'int2' || type.name === 'int4' || type.name === 'int8');
export const isNumber = (type: PgType): boolean =>
  isInteger(type) || (!type.array && (type.name === 'numeric' || type.name === 'float8'));
export const isText = (type: PgType): boolean =>
  !type.array &&
  type.enumName === undefined &&
  (type.name === 'text' || type.name === 'varchar' || type.name === 'name');
