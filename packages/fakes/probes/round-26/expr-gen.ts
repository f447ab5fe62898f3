// Round 26 probe (helper a): a seeded generator of scalar expressions and predicates over one table
// whose columns cover the types application code stores, with NULLs and edge values in its rows.
// Type-directed: each expression is built for a wanted type from chapter 9's operators and functions,
// so most are well typed; a small share is ill typed or overflows on purpose, so that error outcomes
// (SQLSTATE and fields) are compared too. Deterministic from its seed: a case's name carries its seed
// and index, and the same seed always builds the same cases. PostgreSQL's answer is the oracle.

import { SeededRandom } from '@seams/contracts';
import { type ProbeCase, type ProbeStep, withParams } from '../probe-kit.js';

/** The table's columns: name, SQL type, and the value of each of rows 1 to 7 (row 1 all NULL). */
const TABLE_COLUMNS: readonly (readonly [string, string, readonly string[]])[] = [
  ['si', 'smallint', ['7', '32767', '-32768', '0', '-1', '1']],
  ['i', 'integer', ['42', '2147483647', '-2147483648', '0', '-7', '1']],
  ['bi', 'bigint', ['10000000000', '9223372036854775807', '-9223372036854775808', '0', '-3', '1']],
  ['n', 'numeric', ['12.345', '123456789.123456789', '-0.5', '0', "'1e20'", '2.5']],
  ['n2', 'numeric(10,2)', ['3.50', '-99999999.99', '0.01', '0.00', '12345678.90', '-2.50']],
  ['d', 'double precision', ['1.5', "'NaN'", "'-Infinity'", "'-0'", "'Infinity'", "'1e-300'"]],
  ['tx', 'text', ["'Hello World'", "''", "'trailing  '", "'Straße Ünïcödé'", "'a%b_c\\d'", "'a,b,,c'"]],
  ['vc', 'varchar(5)', ["'ab'", "''", "'x y '", "'ÄÖü'", "'A,B'", "'  '"]],
  ['b', 'boolean', ['true', 'false', 'NULL', 'true', 'false', 'true']],
  [
    'dt',
    'date',
    ["'2024-02-29'", "'1999-12-31'", "'0001-01-01'", "'2023-12-31'", "'2000-01-01'", "'2024-12-31'"],
  ],
  [
    'ts',
    'timestamp',
    [
      "'2024-01-31 23:59:59.5'",
      "'2000-02-29 12:00:00'",
      "'1970-01-01 00:00:00'",
      "'2023-06-15 08:30:00'",
      "'2038-01-19 03:14:07'",
      "'2024-12-31 23:59:59'",
    ],
  ],
  [
    'tz',
    'timestamptz',
    [
      "'2024-03-10 02:30:00+00'",
      "'1999-12-31 23:59:59.999999+00'",
      "'1970-01-01 00:00:00+00'",
      "'2023-06-15 08:30:00+02'",
      "'2021-11-07 01:30:00-05'",
      "'2024-12-31 23:59:59+00'",
    ],
  ],
  [
    'iv',
    'interval',
    [
      "'1 mon 2 days 03:04:05'",
      "'-1 years -2 mons'",
      "'90 minutes'",
      "'0'",
      "'1 day -01:00:00'",
      "'2 years 3 days'",
    ],
  ],
  [
    'u',
    'uuid',
    [
      "'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'",
      "'00000000-0000-0000-0000-000000000000'",
      "'ffffffff-ffff-ffff-ffff-ffffffffffff'",
      "'12345678-1234-5678-1234-567812345678'",
      "'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11'",
      "'c0ffee00-0000-4000-8000-000000000001'",
    ],
  ],
  ['by', 'bytea', ["'\\xdeadbeef'", "'\\x'", "'\\x00ff'", "'\\x41'", "'\\x616263'", "'\\x5c'"]],
  [
    'j',
    'jsonb',
    [
      `'{"a": 1, "b": [1, 2, {"c": null}], "s": "x"}'`,
      `'[1, "x", null, [2]]'`,
      `'"str"'`,
      "'null'",
      `'{"a": {"b": {"c": [10, 20]}}, "k": true}'`,
      `'[{"a": 1}, {"a": 2}]'`,
    ],
  ],
  ['ia', 'integer[]', ["'{1,NULL,3}'", "'{}'", "'{2,2,5}'", "'{0}'", "'{NULL}'", "'{-1,0,1}'"]],
  ['ta', 'text[]', [`'{a,NULL,"b c"}'`, "'{}'", `'{"",x,NULL}'`, "'{Ü}'", "'{NULL,NULL}'", "'{A,b,a,B}'"]],
];

/** The columns pg-mem refuses to create (0A000): a `core` table leaves them out. */
const NOT_IN_CORE = new Set<string>(['iv']);

/** pg-mem takes bytea only as UTF-8 text: a `core` table's bytea values are such bytes. */
const CORE_VALUES: Readonly<Record<string, readonly string[]>> = {
  // pg-mem refuses integer literals beyond 2^53.
  bi: ['10000000000', '9007199254740991', '-9007199254740991', '0', '-3', '1'],
  // ... and numeric literals of more than 15 digits.
  n: ['12.345', '123456789.12345', '-0.5', '0', "'1e20'", '2.5'],
  // ... and NaN in double precision.
  d: ['1.5', "'1e300'", "'-2.5'", "'-0'", '0.1', "'1e-300'"],
  // ... and microseconds.
  tz: [
    "'2024-03-10 02:30:00+00'",
    "'1999-12-31 23:59:59.999+00'",
    "'1970-01-01 00:00:00+00'",
    "'2023-06-15 08:30:00+02'",
    "'2021-11-07 01:30:00-05'",
    "'2024-12-31 23:59:59+00'",
  ],
  by: ["'\\x6869'", "'\\x'", "'\\x4142'", "'\\x41'", "'\\x616263'", "'\\x5c'"],
};

/** The set-up of the table every case reads: seven rows, one all NULL, others at the types' edges. */
export function tableSetup(core: boolean): string {
  const columns = TABLE_COLUMNS.filter(([name]) => !core || !NOT_IN_CORE.has(name));
  const rows = [1, 2, 3, 4, 5, 6, 7].map((id) => {
    const values = columns.map(([name, , values]) => {
      const chosen = (core ? CORE_VALUES[name] : undefined) ?? values;
      return id === 1 ? 'NULL' : (chosen[id - 2] ?? 'NULL');
    });
    return `(${id}, ${values.join(', ')})`;
  });
  return (
    `CREATE TABLE t (id int PRIMARY KEY, ${columns.map(([name, type]) => `${name} ${type}`).join(', ')});\n` +
    // One INSERT a row: pg-mem refuses a multi-row VALUES whose numeric literals differ in scale.
    rows.map((row) => `INSERT INTO t VALUES ${row};`).join('\n')
  );
}

export const TABLE_SETUP = tableSetup(false);

export const TYPES = [
  'int2',
  'int4',
  'int8',
  'numeric',
  'float8',
  'text',
  'bool',
  'date',
  'timestamp',
  'timestamptz',
  'interval',
  'uuid',
  'bytea',
  'jsonb',
  'int4[]',
  'text[]',
] as const;
export type Ty = (typeof TYPES)[number];

/** The SQL spelling of each type in a cast. */
const SQL_TYPE: Record<Ty, string> = {
  int2: 'smallint',
  int4: 'integer',
  int8: 'bigint',
  numeric: 'numeric',
  float8: 'double precision',
  text: 'text',
  bool: 'boolean',
  date: 'date',
  timestamp: 'timestamp',
  timestamptz: 'timestamptz',
  interval: 'interval',
  uuid: 'uuid',
  bytea: 'bytea',
  jsonb: 'jsonb',
  'int4[]': 'integer[]',
  'text[]': 'text[]',
};

const COLUMNS: Record<Ty, readonly string[]> = {
  int2: ['si'],
  int4: ['i', 'id'],
  int8: ['bi'],
  numeric: ['n', 'n2'],
  float8: ['d'],
  text: ['tx', 'vc', 'tx'],
  bool: ['b'],
  date: ['dt'],
  timestamp: ['ts'],
  timestamptz: ['tz'],
  interval: ['iv'],
  uuid: ['u'],
  bytea: ['by'],
  jsonb: ['j'],
  'int4[]': ['ia'],
  'text[]': ['ta'],
};

/** Literals as SQL, each of its type. */
const LITERALS: Record<Ty, readonly string[]> = {
  int2: [
    '0::smallint',
    '1::smallint',
    '(-1)::smallint',
    '32767::smallint',
    '(-32768)::smallint',
    '7::smallint',
  ],
  int4: ['0', '1', '-1', '2', '3', '10', '42', '2147483647', '-2147483648', '100'],
  int8: ['9223372036854775807', '(-9223372036854775807)', '10000000000', '2::bigint', '0::bigint'],
  numeric: ['0.5', '1.005', '-2.50', '123456789.123456789', '1e-10', "'NaN'::numeric", '0.0', '10.00', '3'],
  float8: [
    '1.5::float8',
    "'NaN'::float8",
    "'Infinity'::float8",
    "'-Infinity'::float8",
    "'-0'::float8",
    '1e308::float8',
    '0.1::float8',
    '2::float8',
  ],
  text: [
    "''",
    "'abc'",
    "'a b '",
    "'Ünïcödé'",
    "'x%y_z'",
    "'A,B,,C'",
    "'hello'",
    "' pad '",
    "'ab'",
    "'%'",
    "'b'",
    "'ab  '::char(4)",
  ],
  bool: ['true', 'false', 'NULL::boolean'],
  date: ["DATE '2024-02-29'", "'1999-12-31'::date", "'infinity'::date", "DATE '2024-01-31'"],
  timestamp: ["TIMESTAMP '2024-01-31 23:59:59.5'", "'2000-02-29'::timestamp", "TIMESTAMP '2024-03-10 12:00'"],
  timestamptz: ["TIMESTAMPTZ '2024-03-10 02:30:00+00'", "'2020-02-29 12:00:00-08'::timestamptz"],
  interval: [
    "INTERVAL '1 month'",
    "INTERVAL '1 day 02:03:04'",
    "'-1 year 2 mons'::interval",
    "INTERVAL '90 minutes'",
    "INTERVAL '1.5 days'",
    "INTERVAL '0'",
  ],
  uuid: ["'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid", "'00000000-0000-0000-0000-000000000000'::uuid"],
  bytea: ["'\\xdeadbeef'::bytea", "''::bytea", "'\\x00'::bytea", "'abc'::bytea"],
  jsonb: [
    `'{"a": 1, "b": [1, 2]}'::jsonb`,
    `'[1, "x", null]'::jsonb`,
    `'"s"'::jsonb`,
    `'3.10'::jsonb`,
    `'null'::jsonb`,
    `'true'::jsonb`,
    `'{}'::jsonb`,
    `'[]'::jsonb`,
    `'{"a": {"b": 2}, "s": "x"}'::jsonb`,
  ],
  'int4[]': ['ARRAY[1, NULL, 3]', "'{}'::int[]", "'{2,2,5}'::int[]", 'ARRAY[1, 2]', 'ARRAY[0]'],
  'text[]': ["ARRAY['a', NULL, 'b c']", "'{}'::text[]", "ARRAY['x', '']", "'{A,b}'::text[]"],
};

/** Parameter values as node-pg sends them (text, or what node-pg turns into text), by type. */
const PARAM_VALUES: Record<Ty, readonly unknown[]> = {
  int2: ['1', '-32768', '0', 5, null],
  int4: ['42', '-1', 0, 2147483647, '2', null, ' 7 '],
  int8: ['10000000000', '-9223372036854775808', 3, null],
  numeric: ['1.50', '-0.005', 'NaN', '1e3', 2.5, null],
  float8: ['1.5', 'NaN', '-Infinity', '-0', 0.1, null],
  text: ['', 'abc', 'a b ', 'Ünï', 'x%y', null, 'A,B'],
  bool: [true, false, 't', 'yes', null],
  date: ['2024-02-29', '1999-12-31', 'infinity', null],
  timestamp: ['2024-01-31 23:59:59.5', '2000-02-29T12:00:00', null],
  timestamptz: ['2024-03-10 02:30:00+00', '2020-02-29 12:00:00-08', null],
  interval: ['1 month', '1 day 02:03:04', 'PT90M', '-1 year', null],
  uuid: ['a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 'A0EEBC999C0B4EF8BB6D6BB9BD380A11', null],
  bytea: [Buffer.from([0xde, 0xad]), Buffer.alloc(0), '\\x41', null],
  jsonb: ['{"a": 1, "b": [1, 2]}', '[1, "x", null]', '"s"', '3.10', 'null', null],
  'int4[]': [[1, null, 3], [], '{2,2,5}', null],
  'text[]': [['a', null, 'b c'], [], '{"",x}', null],
};

type Gen = (d: number) => string;

/** The generator of one case's expressions; collects the case's parameters as it goes. */
export class ExprGen {
  readonly params: unknown[] = [];
  constructor(
    private readonly rng: SeededRandom,
    /** Whether leaves may be parameters ($n). */
    private readonly withParams = false,
    /** The share of subexpressions drawn at a random other type (ill typed on purpose). */
    private readonly illTyped = 0.025,
    /** Whether the table is the `core` one (no columns pg-mem refuses to create). */
    private readonly core = false,
  ) {}

  /** An expression of type `t`, at most `depth` operators deep. */
  expr(t: Ty, depth: number): string {
    const r = this.rng;
    if (depth > 0 && r.chance(this.illTyped)) t = r.pick(TYPES);
    if (depth <= 0 || r.chance(0.25)) return this.leaf(t);
    const productions = this.productions(t);
    return r.pick(productions)(depth - 1);
  }

  /** A bare parameter, its type taken from its context. */
  bareParam(t: Ty): string {
    this.params.push(this.rng.pick(PARAM_VALUES[t]));
    return `$${this.params.length}`;
  }

  leaf(t: Ty): string {
    const r = this.rng;
    const roll = r.next();
    if (this.withParams && roll < 0.2) {
      this.params.push(r.pick(PARAM_VALUES[t]));
      const n = this.params.length;
      return r.chance(0.5) ? `$${n}::${SQL_TYPE[t]}` : `CAST($${n} AS ${SQL_TYPE[t]})`;
    }
    const columns = COLUMNS[t].filter((name) => !this.core || !NOT_IN_CORE.has(name));
    if (roll < 0.62 && columns.length > 0) return r.pick(columns);
    if (roll < 0.66) return `NULL::${SQL_TYPE[t]}`;
    return r.pick(LITERALS[t]);
  }

  /** `a op b`, where with parameters the right side is sometimes a bare $n typed by the left. */
  private bin(op: string, lt: Ty, rt: Ty, d: number): string {
    const left = this.expr(lt, d);
    const right = this.withParams && this.rng.chance(0.3) ? this.bareParam(rt) : this.expr(rt, d);
    return `(${left} ${op} ${right})`;
  }

  private common(t: Ty): Gen[] {
    const e = (d: number) => this.expr(t, d);
    return [
      (d) => `CASE WHEN ${this.expr('bool', d)} THEN ${e(d)} ELSE ${e(d)} END`,
      (d) => `CASE ${this.expr('int4', d)} WHEN 1 THEN ${e(d)} WHEN 42 THEN ${e(d)} END`,
      (d) => `COALESCE(${e(d)}, ${e(d)})`,
      (d) => `NULLIF(${e(d)}, ${e(d)})`,
      ...(t === 'jsonb' || t === 'bytea' ? [] : [(d: number) => `GREATEST(${e(d)}, ${e(d)})`]),
      ...(t === 'jsonb' || t === 'bytea' ? [] : [(d: number) => `LEAST(${e(d)}, ${e(d)}, ${e(d)})`]),
      (d) => `(SELECT ${e(d)})`,
    ];
  }

  private castFrom(t: Ty, from: readonly Ty[]): Gen[] {
    return from.map((f) => (d: number) => {
      const inner = this.expr(f, d);
      return this.rng.chance(0.5) ? `(${inner})::${SQL_TYPE[t]}` : `CAST(${inner} AS ${SQL_TYPE[t]})`;
    });
  }

  private productions(t: Ty): Gen[] {
    const r = this.rng;
    const e = (u: Ty) => (d: number) => this.expr(u, d);
    const common = this.common(t);
    const arith = (u: Ty): Gen[] => [
      (d) => this.bin('+', u, u, d),
      (d) => this.bin('-', u, u, d),
      (d) => this.bin('*', u, u, d),
      (d) => this.bin('/', u, u, d),
      (d) => `abs(${e(u)(d)})`,
      (d) => `(- ${e(u)(d)})`,
    ];
    switch (t) {
      case 'int2':
        return [
          ...common,
          ...arith('int2'),
          (d) => this.bin('%', 'int2', 'int2', d),
          ...this.castFrom(t, ['int4', 'text', 'numeric']),
        ];
      case 'int4':
        return [
          ...common,
          ...arith('int4'),
          (d) => this.bin('%', 'int4', 'int4', d),
          (d) => `mod(${e('int4')(d)}, ${e('int4')(d)})`,
          (d) => `length(${e('text')(d)})`,
          (d) => `char_length(${e('text')(d)})`,
          (d) => `octet_length(${e(r.pick(['text', 'bytea'] as const))(d)})`,
          (d) => `position(${e('text')(d)} in ${e('text')(d)})`,
          (d) => `strpos(${e('text')(d)}, ${e('text')(d)})`,
          (d) => `array_length(${e('int4[]')(d)}, 1)`,
          (d) => `array_length(${e('text[]')(d)}, ${r.pick(['1', '2', '0'])})`,
          (d) => `cardinality(${e(r.pick(['int4[]', 'text[]'] as const))(d)})`,
          (d) => `array_position(${e('int4[]')(d)}, ${e('int4')(d)})`,
          (d) => `array_position(${e('text[]')(d)}, ${e('text')(d)})`,
          (d) => `jsonb_array_length(${e('jsonb')(d)})`,
          (d) => this.bin('-', 'date', 'date', d),
          (d) => `sign(${e('int4')(d)})::int`,
          (d) => `(${e('int4[]')(d)})[${e('int4')(d)}]`,
          (d) => `(SELECT count(*)::int FROM unnest(${e('int4[]')(d)}) AS x WHERE x > ${e('int4')(d)})`,
          (d) => `(SELECT max(x) FROM unnest(${e('int4[]')(d)}) AS x)`,
          (d) => `length(${e('bytea')(d)})`,
          (d) => `extract(${r.pick(['year', 'month', 'day', 'dow', 'doy'])} from ${e('date')(d)})::int`,
          ...this.castFrom(t, ['int2', 'int8', 'numeric', 'float8', 'text', 'bool']),
        ];
      case 'int8':
        return [
          ...common,
          ...arith('int8'),
          (d) => this.bin('%', 'int8', 'int8', d),
          (d) => this.bin('+', 'int8', 'int4', d),
          (d) => this.bin('*', 'int4', 'int8', d),
          (d) => `(SELECT count(*) FROM unnest(${e('text[]')(d)}) AS x WHERE x IS NOT NULL)`,
          ...this.castFrom(t, ['int4', 'numeric', 'float8', 'text']),
        ];
      case 'numeric':
        return [
          ...common,
          ...arith('numeric'),
          (d) => this.bin('%', 'numeric', 'numeric', d),
          (d) => this.bin('+', 'numeric', 'int4', d),
          (d) => this.bin('/', 'int4', 'numeric', d),
          (d) => `round(${e('numeric')(d)}, ${r.pick(['0', '1', '2', '-1', '-2', '5'])})`,
          (d) => `round(${e('numeric')(d)})`,
          (d) => `trunc(${e('numeric')(d)}, ${r.pick(['0', '1', '-1', '3'])})`,
          (d) => `ceil(${e('numeric')(d)})`,
          (d) => `floor(${e('numeric')(d)})`,
          (d) => `mod(${e('numeric')(d)}, ${e('numeric')(d)})`,
          (d) => `div(${e('numeric')(d)}, ${e('numeric')(d)})`,
          (d) => `power(${e('numeric')(d)}, ${r.pick(['2', '0.5', '-1', '0', '3'])})`,
          (d) => `sign(${e('numeric')(d)})`,
          (d) =>
            `extract(${r.pick(['epoch', 'year', 'month', 'day', 'hour', 'minute', 'second', 'dow', 'quarter', 'week', 'milliseconds'])} from ${e(r.pick(['timestamp', 'timestamptz', 'date'] as const))(d)})`,
          (d) => `extract(${r.pick(['epoch', 'day', 'hour', 'month', 'year'])} from ${e('interval')(d)})`,
          (d) => this.bin('+', 'int8', 'numeric', d),
          (d) => `(${e('jsonb')(d)} ->> ${r.pick(["'a'", '0', "'s'"])})::numeric`,
          ...this.castFrom(t, ['int4', 'int8', 'float8', 'text']),
        ];
      case 'float8':
        return [
          ...common,
          ...arith('float8'),
          (d) => `power(${e('float8')(d)}, ${e('float8')(d)})`,
          (d) => this.bin('^', 'float8', 'float8', d),
          (d) => `round(${e('float8')(d)})`,
          (d) => `trunc(${e('float8')(d)})`,
          (d) => `ceil(${e('float8')(d)})`,
          (d) => `floor(${e('float8')(d)})`,
          (d) => `sign(${e('float8')(d)})`,
          (d) => `sqrt(${e('float8')(d)})`,
          (d) =>
            `date_part('${r.pick(['epoch', 'year', 'month', 'day', 'hour', 'dow', 'second'])}', ${e(r.pick(['timestamp', 'timestamptz', 'interval'] as const))(d)})`,
          (d) => this.bin('*', 'float8', 'int4', d),
          ...this.castFrom(t, ['int4', 'int8', 'numeric', 'text']),
        ];
      case 'text':
        return [
          ...common,
          (d) => this.bin('||', 'text', 'text', d),
          (d) => this.bin('||', 'text', r.pick(['int4', 'numeric', 'date', 'bool'] as const), d),
          (d) => `lower(${e('text')(d)})`,
          (d) => `upper(${e('text')(d)})`,
          (d) => `substring(${e('text')(d)} from ${e('int4')(d)} for ${r.pick(['2', '0', '5', '-1'])})`,
          (d) => `substring(${e('text')(d)} from ${e('int4')(d)})`,
          (d) => `substr(${e('text')(d)}, ${e('int4')(d)}, ${r.pick(['1', '3'])})`,
          (d) =>
            `trim(${r.pick(['', 'both ', 'leading ', 'trailing '])}${r.pick(['', "'a' ", "' ' "])}from ${e('text')(d)})`,
          (d) => `btrim(${e('text')(d)})`,
          (d) => `rtrim(${e('text')(d)}, ${r.pick(["' '", "'c'"])})`,
          (d) => `replace(${e('text')(d)}, ${e('text')(d)}, ${e('text')(d)})`,
          (d) =>
            `split_part(${e('text')(d)}, ${r.pick(["','", "' '", "''", "',,'"])}, ${r.pick(['1', '2', '-1', '0', '3'])})`,
          (d) => `left(${e('text')(d)}, ${e('int4')(d)})`,
          (d) => `right(${e('text')(d)}, ${r.pick(['2', '-2', '0', '10'])})`,
          (d) =>
            `lpad(${e('text')(d)}, ${r.pick(['5', '0', '8', '-1'])}${r.chance(0.5) ? `, ${e('text')(d)}` : ''})`,
          (d) =>
            `rpad(${e('text')(d)}, ${r.pick(['5', '1', '8'])}${r.chance(0.5) ? `, ${e('text')(d)}` : ''})`,
          (d) => `concat(${e('text')(d)}, ${e(r.pick(TYPES))(d)}, ${e('text')(d)})`,
          (d) => `concat_ws(${r.pick(["','", 'NULL', "'-'"])}, ${e('text')(d)}, ${e(r.pick(TYPES))(d)})`,
          (d) =>
            `format(${r.pick(["'%s-%s'", "'%I.%L'", "'[%5s|%-5s]'", "'%L %s'"])}, ${e('text')(d)}, ${e(r.pick(TYPES))(d)})`,
          (d) =>
            `to_char(${e(r.pick(['timestamp', 'timestamptz'] as const))(d)}, ${r.pick(["'YYYY-MM-DD HH24:MI:SS'", "'Dy DD Mon YYYY'", "'HH12:MI AM'", "'IYYY-IW'", '\'YYYY-MM-DD"T"HH24:MI:SS.MS\'', "'FMMonth FMDD'"])})`,
          (d) =>
            `to_char(${e(r.pick(['numeric', 'int4', 'float8'] as const))(d)}, ${r.pick(["'999D99'", "'FM999,999.00'", "'0000'", "'S999'"])})`,
          (d) => `to_char(${e('interval')(d)}, 'HH24:MI:SS')`,
          (d) => `(${e('jsonb')(d)} ->> ${r.pick(["'a'", "'s'", '0', '1', '-1', "'k'"])})`,
          (d) => `(${e('jsonb')(d)} #>> ${r.pick(["'{a,b}'", "'{b,2,c}'", "'{}'", "'{0}'", "'{a,b,c,1}'"])})`,
          (d) => `jsonb_typeof(${e('jsonb')(d)})`,
          (d) => `(${e('text[]')(d)})[${e('int4')(d)}]`,
          (d) => `array_to_string(${e('text[]')(d)}, ',' ${r.chance(0.5) ? ", '*'" : ''})`,
          (d) => `md5(${e('text')(d)})`,
          (d) => `initcap(${e('text')(d)})`,
          (d) => `repeat(${e('text')(d)}, ${r.pick(['0', '2', '-1'])})`,
          (d) => `reverse(${e('text')(d)})`,
          (d) => `encode(${e('bytea')(d)}, ${r.pick(["'hex'", "'base64'", "'escape'"])})`,
          ...this.castFrom(t, [
            'int4',
            'numeric',
            'float8',
            'bool',
            'date',
            'timestamp',
            'timestamptz',
            'interval',
            'uuid',
            'jsonb',
            'int4[]',
            'text[]',
            'bytea',
          ]),
        ];
      case 'bool':
        return [
          (d) => `(${e('bool')(d)} AND ${e('bool')(d)})`,
          (d) => `(${e('bool')(d)} OR ${e('bool')(d)})`,
          (d) => `(NOT ${e('bool')(d)})`,
          (d) => {
            const u = r.pick(TYPES.filter((x) => x !== 'bool'));
            return this.bin(r.pick(['=', '<>', '<', '<=', '>', '>=']), u, u, d);
          },
          (d) => {
            const u = r.pick(['int4', 'numeric', 'text', 'date', 'float8', 'int8', 'timestamp'] as const);
            return `(${e(u)(d)} ${r.pick(['BETWEEN', 'NOT BETWEEN', 'BETWEEN SYMMETRIC'])} ${e(u)(d)} AND ${e(u)(d)})`;
          },
          (d) => {
            const u = r.pick(TYPES);
            return this.bin(r.pick(['IS DISTINCT FROM', 'IS NOT DISTINCT FROM']), u, u, d);
          },
          (d) => {
            const u = r.pick(['int4', 'text', 'numeric', 'date', 'uuid', 'int8', 'bool'] as const);
            const n = 1 + r.below(3);
            const items = Array.from({ length: n }, () =>
              this.withParams && r.chance(0.3) ? this.bareParam(u) : e(u)(d),
            );
            return `(${e(u)(d)} ${r.pick(['IN', 'NOT IN'])} (${items.join(', ')}))`;
          },
          (d) => `(${e(r.pick(TYPES))(d)} ${r.pick(['IS NULL', 'IS NOT NULL'])})`,
          (d) =>
            `(${e('bool')(d)} ${r.pick(['IS TRUE', 'IS NOT TRUE', 'IS FALSE', 'IS NOT FALSE', 'IS UNKNOWN', 'IS NOT UNKNOWN'])})`,
          (d) =>
            `(${e('text')(d)} ${r.pick(['LIKE', 'NOT LIKE', 'ILIKE', 'NOT ILIKE'])} ${r.pick(["'%b%'", "'a_'", "'%'", "''", "'H%'", "'%\\%%'", "'s%'", "'x%y\\_z'"])})`,
          (d) => this.bin(r.pick(['LIKE', 'ILIKE']), 'text', 'text', d),
          (d) =>
            `(${e('text')(d)} ${r.pick(['~', '~*', '!~', '!~*'])} ${r.pick(["'^a'", "'b$'", "'[[:digit:]]'", "'^\\s*$'", "'(a|b)+'", "'\\d{2}'", "'['"])})`,
          (d) =>
            `(${e('text')(d)} ${r.pick(['SIMILAR TO', 'NOT SIMILAR TO'])} ${r.pick(["'%(b|c)%'", "'[a-z]*'", "'a%'", "'%'", "'_b%'"])})`,
          (d) => `starts_with(${e('text')(d)}, ${e('text')(d)})`,
          (d) => this.bin(r.pick(['@>', '<@']), 'jsonb', 'jsonb', d),
          (d) => `(${e('jsonb')(d)} ? ${r.pick(["'a'", "'x'", "'s'", "''"])})`,
          (d) =>
            `(${e('jsonb')(d)} ${r.pick(['?|', '?&'])} ${r.pick(["ARRAY['a','x']", "'{}'::text[]", "ARRAY['a','b']", "'{s}'"])})`,
          (d) => {
            const u = r.pick(['int4[]', 'text[]'] as const);
            return this.bin(r.pick(['@>', '<@', '&&', '=', '<>']), u, u, d);
          },
          (d) =>
            `(${e('int4')(d)} ${r.pick(['=', '<>', '<', '>'])} ${r.pick(['ANY', 'ALL', 'SOME'])} (${e('int4[]')(d)}))`,
          (d) => `(${e('text')(d)} ${r.pick(['=', '<>'])} ${r.pick(['ANY', 'ALL'])} (${e('text[]')(d)}))`,
          (d) =>
            `EXISTS (SELECT 1 FROM unnest(${e('int4[]')(d)}) AS x WHERE x ${r.pick(['>', '=', 'IS NULL AND x IS DISTINCT FROM'])} ${e('int4')(d)})`,
          (d) => `(${e('int4')(d)} IN (SELECT x FROM unnest(${e('int4[]')(d)}) AS x))`,
          (d) => `(${e('int4')(d)} NOT IN (SELECT x FROM unnest(${e('int4[]')(d)}) AS x))`,
          (d) => `isfinite(${e(r.pick(['date', 'timestamp', 'interval'] as const))(d)})`,
          ...common,
          ...this.castFrom(t, ['text', 'int4', 'jsonb']),
        ];
      case 'date':
        return [
          ...common,
          (d) => this.bin('+', 'date', 'int4', d),
          (d) => this.bin('-', 'date', 'int4', d),
          (d) =>
            `make_date(${r.pick(['2024', '2023', '-44', '0', '10000'])}, ${e('int4')(d)}, ${r.pick(['1', '29', '31', '0'])})`,
          (d) => `(${e('timestamp')(d)})::date`,
          (d) => `(${e('timestamptz')(d)})::date`,
          (d) =>
            `CAST(date_trunc('${r.pick(['month', 'year', 'week', 'quarter'])}', ${e('date')(d)}) AS date)`,
          () =>
            `to_date(${r.pick(["'2024-02-30'", "'05 Dec 2000'", "'2024-13-01'"])}, ${r.pick(["'YYYY-MM-DD'", "'DD Mon YYYY'"])})`,
          ...this.castFrom(t, ['text', 'timestamp']),
        ];
      case 'timestamp':
        return [
          ...common,
          (d) => this.bin('+', 'timestamp', 'interval', d),
          (d) => this.bin('-', 'timestamp', 'interval', d),
          (d) => this.bin('+', 'date', 'interval', d),
          (d) => `(${e('date')(d)} + TIME '${r.pick(['12:00', '23:59:59.999', '00:00'])}')`,
          (d) =>
            `date_trunc('${r.pick(['year', 'month', 'day', 'hour', 'minute', 'week', 'quarter', 'second', 'decade', 'millennium'])}', ${e('timestamp')(d)})`,
          (d) =>
            `make_timestamp(${r.pick(['2024', '1999'])}, ${e('int4')(d)}, 1, 12, 30, ${r.pick(['0', '59.5', '60'])})`,
          (d) => `(${e('timestamptz')(d)})::timestamp`,
          (d) =>
            `(${e('timestamptz')(d)} AT TIME ZONE '${r.pick(['UTC', 'America/New_York', '+02', 'Europe/Berlin'])}')`,
          ...this.castFrom(t, ['text', 'date']),
        ];
      case 'timestamptz':
        return [
          ...common,
          (d) => this.bin('+', 'timestamptz', 'interval', d),
          (d) => this.bin('-', 'timestamptz', 'interval', d),
          (d) => `date_trunc('${r.pick(['day', 'month', 'hour', 'year'])}', ${e('timestamptz')(d)})`,
          (d) => `(${e('timestamp')(d)} AT TIME ZONE '${r.pick(['UTC', 'America/New_York', 'Asia/Tokyo'])}')`,
          (d) => `to_timestamp(${e('float8')(d)})`,
          ...this.castFrom(t, ['text', 'timestamp', 'date']),
        ];
      case 'interval':
        return [
          ...common,
          (d) => this.bin('+', 'interval', 'interval', d),
          (d) => this.bin('-', 'interval', 'interval', d),
          (d) => this.bin('*', 'interval', r.pick(['int4', 'float8', 'numeric'] as const), d),
          (d) => this.bin('/', 'interval', 'int4', d),
          (d) => this.bin('-', 'timestamp', 'timestamp', d),
          (d) => this.bin('-', 'timestamptz', 'timestamptz', d),
          (d) => `age(${e('timestamp')(d)}, ${e('timestamp')(d)})`,
          (d) => `age(${e('timestamptz')(d)}, ${e('timestamptz')(d)})`,
          (d) => `justify_hours(${e('interval')(d)})`,
          (d) => `justify_days(${e('interval')(d)})`,
          (d) => `make_interval(days => ${e('int4')(d)})`,
          (d) => `(- ${e('interval')(d)})`,
          ...this.castFrom(t, ['text']),
        ];
      case 'uuid':
        return [...common, ...this.castFrom(t, ['text'])];
      case 'bytea':
        return [
          ...common,
          (d) => this.bin('||', 'bytea', 'bytea', d),
          (d) => `substring(${e('bytea')(d)} from ${e('int4')(d)} for 2)`,
          () =>
            `decode(${r.pick(["'deadbeef'", "'41'", "'4'", "'AAE='"])}, ${r.pick(["'hex'", "'base64'"])})`,
          (d) => `convert_to(${e('text')(d)}, 'UTF8')`,
          ...this.castFrom(t, ['text']),
        ];
      case 'jsonb':
        return [
          ...common,
          (d) => `(${e('jsonb')(d)} -> ${r.pick(["'a'", "'b'", '0', '1', '-1', "'k'"])})`,
          (d) => `(${e('jsonb')(d)} #> ${r.pick(["'{a,b}'", "'{b,2}'", "'{}'", "'{a,b,c}'"])})`,
          (d) => this.bin('||', 'jsonb', 'jsonb', d),
          (d) => `(${e('jsonb')(d)} - ${r.pick(["'a'", '0', '-1', "'{a,s}'::text[]", "'x'"])})`,
          (d) => `(${e('jsonb')(d)} #- ${r.pick(["'{a}'", "'{b,0}'", "'{0}'"])})`,
          (d) => `jsonb_build_object('k', ${e(r.pick(TYPES))(d)}, 'n', ${e(r.pick(TYPES))(d)})`,
          (d) => `jsonb_build_array(${e(r.pick(TYPES))(d)}, ${e(r.pick(TYPES))(d)})`,
          (d) => `to_jsonb(${e(r.pick(TYPES))(d)})`,
          (d) => `jsonb_strip_nulls(${e('jsonb')(d)})`,
          (d) => `jsonb_set(${e('jsonb')(d)}, '{a}', ${e('jsonb')(d)})`,
          ...this.castFrom(t, ['text']),
        ];
      case 'int4[]':
        return [
          ...common,
          (d) => `array_append(${e('int4[]')(d)}, ${e('int4')(d)})`,
          (d) => `array_prepend(${e('int4')(d)}, ${e('int4[]')(d)})`,
          (d) => `array_remove(${e('int4[]')(d)}, ${e('int4')(d)})`,
          (d) => `array_cat(${e('int4[]')(d)}, ${e('int4[]')(d)})`,
          (d) => this.bin('||', 'int4[]', 'int4[]', d),
          (d) => this.bin('||', 'int4[]', 'int4', d),
          (d) => `ARRAY[${e('int4')(d)}, ${e('int4')(d)}]`,
          (d) => `ARRAY(SELECT x FROM unnest(${e('int4[]')(d)}) AS x WHERE x IS NOT NULL ORDER BY x DESC)`,
          (d) => `(${e('int4[]')(d)})[${r.pick(['1:2', '2:', ':1', '0:0'])}]`,
          ...this.castFrom(t, ['text', 'text[]']),
        ];
      case 'text[]':
        return [
          ...common,
          (d) => `array_append(${e('text[]')(d)}, ${e('text')(d)})`,
          (d) => `array_remove(${e('text[]')(d)}, ${e('text')(d)})`,
          (d) => this.bin('||', 'text[]', 'text[]', d),
          (d) => `string_to_array(${e('text')(d)}, ${r.pick(["','", "' '", "''", 'NULL'])})`,
          (d) => `regexp_split_to_array(${e('text')(d)}, ${r.pick(["','", "'\\s+'"])})`,
          (d) => `ARRAY[${e('text')(d)}, ${e('text')(d)}]`,
          ...this.castFrom(t, ['text', 'int4[]']),
        ];
    }
  }
}

/** What a generated case looks like. */
export type Shape = 'value' | 'where' | 'partition' | 'guard';

/**
 * Conditions that fail on some rows of the table (a cast of text, a division by a zero): beside a
 * generated predicate, which one 15 tests first (its cheapest, by the planner's estimate) decides
 * whether the statement fails, so a fake that orders conditions otherwise answers otherwise.
 */
const RISKY: readonly string[] = [
  'tx::int > 0',
  '10 / i > 0',
  "(j ->> 'a')::int > 0",
  'vc::numeric > 0',
  '1 / si > 0',
  "tx::date > DATE '2000-01-01'",
  "(j -> 'a')::int > 0",
];

/** A short, readable form of an expression for a case's name. */
function short(sql: string): string {
  const flat = sql.replace(/\s+/g, ' ');
  return flat.length > 90 ? `${flat.slice(0, 87)}...` : flat;
}

/**
 * `count` cases of one shape from one seed: `value` selects an expression of a random type per row,
 * `where` filters the rows by a predicate, `partition` checks that WHERE p, WHERE NOT p and
 * WHERE (p) IS NULL together give the table (a cheap way to find suspects; PostgreSQL is the oracle).
 */
export function generate(
  prefix: string,
  seed: number,
  count: number,
  shape: Shape,
  options: { params?: boolean; maxDepth?: number; types?: readonly Ty[]; core?: boolean } = {},
): ProbeCase[] {
  const rng = new SeededRandom(seed);
  const cases: ProbeCase[] = [];
  const maxDepth = options.maxDepth ?? 4;
  for (let index = 0; index < count; index++) {
    const gen = new ExprGen(rng, options.params ?? false, 0.025, options.core ?? false);
    const setup = tableSetup(options.core ?? false);
    const depth = 1 + rng.below(maxDepth);
    const name = `${prefix} ${seed}#${String(index).padStart(3, '0')}`;
    const step = (sql: string): ProbeStep =>
      gen.params.length > 0 || options.params ? withParams(sql, ...gen.params) : sql;
    if (shape === 'value') {
      const t = rng.pick(options.types ?? TYPES);
      const expr = gen.expr(t, depth);
      cases.push({
        name: `${name}: ${short(expr)}`,
        setup,
        steps: [step(`SELECT id, ${expr} AS v FROM t ORDER BY id`)],
      });
    } else if (shape === 'where') {
      const expr = gen.expr('bool', depth);
      cases.push({
        name: `${name}: ${short(expr)}`,
        setup,
        steps: [step(`SELECT id FROM t WHERE ${expr} ORDER BY id`)],
      });
    } else if (shape === 'guard') {
      const expr = gen.expr('bool', depth);
      const risky = rng.pick(RISKY);
      const where = rng.chance(0.5) ? `${expr} AND ${risky}` : `${risky} AND ${expr}`;
      cases.push({
        name: `${name}: ${short(where)}`,
        setup,
        steps: [step(`SELECT id FROM t WHERE ${where} ORDER BY id`)],
      });
    } else {
      const expr = gen.expr('bool', depth);
      const steps = [
        `SELECT id FROM t WHERE ${expr} ORDER BY id`,
        `SELECT id FROM t WHERE NOT (${expr}) ORDER BY id`,
        `SELECT id FROM t WHERE (${expr}) IS NULL ORDER BY id`,
      ].map(step);
      cases.push({ name: `${name}: ${short(expr)}`, setup, steps });
    }
  }
  return cases;
}
