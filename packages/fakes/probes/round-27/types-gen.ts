// Round 27 probe (helper types27): a seeded generator of values of types, from PostgreSQL 15's chapter 8
// (data types) and chapter 10 (type conversion): literal input and text output, casts between
// sensible pairs, assignment into typmod columns, parameters on the extended protocol, ordering,
// aggregates, session output settings, arrays, composites, enums and domains. Each case selects the
// value and its `::text` (node-pg parses dates and bytea, so the text is what shows the output form).
// Deterministic from its seed; PostgreSQL's answer is the oracle.

import { SeededRandom } from '@seams/contracts';
import { type ProbeCase, type ProbeStep, withParams } from '../probe-kit.js';

/** A type of chapter 8: its SQL spelling, input texts (valid and not), and typmod variants. */
interface TypeSpec {
  readonly sql: string;
  readonly inputs: readonly string[];
  /** Column types of the same family with a typmod, for assignment and round trips. */
  readonly typmods?: readonly string[];
  /** Whether sum/avg apply. */
  readonly additive?: boolean;
  /** Whether min/max apply. */
  readonly ordered?: boolean;
}

export const SPECS: Readonly<Record<string, TypeSpec>> = {
  int2: {
    sql: 'smallint',
    inputs: ['0', '-32768', '32767', '32768', ' 12 ', '+5', '-0', '1.5', '1_000', '0x1F', '', '007'],
    additive: true,
    ordered: true,
  },
  int4: {
    sql: 'integer',
    inputs: ['42', '2147483647', '-2147483648', '2147483648', '  -42  ', '1e3', '00012', '-1', 'abc'],
    additive: true,
    ordered: true,
  },
  int8: {
    sql: 'bigint',
    inputs: ['9223372036854775807', '-9223372036854775808', '9223372036854775808', '12345678901', '-7', '0'],
    additive: true,
    ordered: true,
  },
  numeric: {
    sql: 'numeric',
    inputs: [
      '0',
      '-0',
      '1.50',
      '123.456789',
      '1e-5',
      '1E+3',
      'NaN',
      'nan',
      'Infinity',
      '-Infinity',
      '.5',
      '5.',
      '0.0000000000000000001',
      '99999999999999999999.99',
      '  3.14  ',
      '-2.5',
      '0.5',
      'abc',
      '1.005',
      '999.995',
      '-999.994',
    ],
    typmods: ['numeric(5,2)', 'numeric(3)', 'numeric(3,-1)', 'numeric(2,3)', 'numeric(10,4)', 'numeric(1,0)'],
    additive: true,
    ordered: true,
  },
  float4: {
    sql: 'real',
    inputs: [
      '1.5',
      '3.4028235e38',
      '3.5e38',
      '1e-46',
      'NaN',
      'Infinity',
      '-Infinity',
      '-0',
      '0.1',
      'inf',
      '-inf',
      '16777217',
      '1.17549435e-38',
      '123456.789',
      '2.5',
    ],
    additive: true,
    ordered: true,
  },
  float8: {
    sql: 'double precision',
    inputs: [
      '0.1',
      '1e308',
      '1e309',
      'NaN',
      '-0',
      'Infinity',
      '-Infinity',
      '4.9e-324',
      '3.141592653589793',
      '0.30000000000000004',
      '100',
      '1.0e+16',
      '123456789012345678',
      '2.5',
      '-1.5',
      '1e-5',
      'infinity',
    ],
    additive: true,
    ordered: true,
  },
  bool: {
    sql: 'boolean',
    inputs: [
      'true',
      'false',
      't',
      'f',
      'yes',
      'no',
      'on',
      'off',
      '1',
      '0',
      'y',
      'n',
      'TRUE',
      ' True ',
      'tr',
      'o',
      'maybe',
      'of',
    ],
    ordered: true,
  },
  text: {
    sql: 'text',
    inputs: ['hello', '', '  padded  ', 'Ünïcode', 'a"b', 'a\\b', '{x}', 'NULL', 'a,b', 'B', 'a', 'ab '],
    typmods: ['varchar(3)', 'char(3)', 'character(1)', 'varchar', 'char'],
    ordered: true,
  },
  varchar3: {
    sql: 'varchar(3)',
    inputs: ['ab', 'abc', 'abcd', 'abc  ', 'a  ', '', ' ', 'éèê', 'éèêë'],
    ordered: true,
  },
  char3: {
    sql: 'char(3)',
    inputs: ['ab', 'abc', 'abcd', 'abc  ', 'a  ', '', ' ', 'a', 'A'],
    ordered: true,
  },
  bytea: {
    sql: 'bytea',
    inputs: [
      '\\xdeadbeef',
      '\\x',
      '\\xDEADBEEF',
      'abc',
      'a\\\\b',
      '\\001\\002',
      '\\x0',
      '\\xzz',
      '\\x41 42',
      'é',
    ],
    ordered: true,
  },
  date: {
    sql: 'date',
    inputs: [
      '2024-02-29',
      '2023-02-29',
      '1999-01-08',
      'January 8, 1999',
      '1/8/1999',
      '08-Jan-1999',
      '19990108',
      '1999.008',
      'J2451187',
      'infinity',
      '-infinity',
      'epoch',
      '2024-01-01 BC',
      '0001-01-01',
      '5874897-12-31',
      '5874898-01-01',
      '99-01-08',
      '2024-13-01',
    ],
    ordered: true,
  },
  time: {
    sql: 'time',
    inputs: [
      '04:05:06.789',
      '04:05',
      '040506',
      '04:05 PM',
      '24:00:00',
      '23:59:59.9999999',
      'allballs',
      '04:05:06.123456789',
      '25:00',
      '12:00:00.5',
    ],
    typmods: ['time(0)', 'time(2)'],
    ordered: true,
  },
  timetz: {
    sql: 'timetz',
    inputs: ['04:05:06-08:00', '04:05:06+5', '04:05-0830', '04:05:06.5+00', '23:59:59.999999+14', '00:00+00'],
    typmods: ['timetz(0)'],
    ordered: true,
  },
  timestamp: {
    sql: 'timestamp',
    inputs: [
      '2024-01-31 23:59:59.5',
      '1999-01-08 04:05:06',
      '1999-01-08T04:05:06',
      'January 8 04:05:06 1999 PST',
      'infinity',
      '-infinity',
      'epoch',
      '2000-01-01 00:00:00.1234567',
      '0044-03-15 12:00 BC',
      '2024-02-30',
      '2024-12-31 23:59:59.999999',
      '1999-12-31 23:59:59.5',
      '2000-01-01 00:00:00.005',
    ],
    typmods: ['timestamp(0)', 'timestamp(2)', 'timestamp(6)'],
    ordered: true,
  },
  timestamptz: {
    sql: 'timestamptz',
    inputs: [
      '2024-03-10 02:30:00+00',
      '1999-01-08 04:05:06 -8:00',
      '2024-06-01 12:00 America/New_York',
      'infinity',
      '2000-01-01 00:00:00.9999995+00',
      '2024-01-01 00:00:00+05:30',
      '1999-01-08 04:05:06 PST',
      '2024-07-01T12:00:00Z',
      '0001-01-01 00:00:00+00 BC',
    ],
    typmods: ['timestamptz(0)', 'timestamptz(3)'],
    ordered: true,
  },
  interval: {
    sql: 'interval',
    inputs: [
      '1 day',
      '1 year 2 months 3 days 04:05:06',
      'P1Y2M3DT4H5M6S',
      'P0001-02-03T04:05:06',
      '@ 1 minute ago',
      '-1 day +02:03',
      '1.5 years',
      '0.5 months',
      '1 week',
      '100000 hours',
      '-00:00:01.5',
      '1 mon -1 day',
      '90 minutes',
      '1 day 25:00:00',
      '1 millennium',
      '3 centuries',
      '1-2',
      '1 2:03:04.5678',
      'PT1.5S',
      '10 seconds 500 milliseconds',
    ],
    typmods: [
      'interval(0)',
      'interval year to month',
      'interval day to second(1)',
      'interval hour',
      'interval minute to second',
    ],
    additive: true,
    ordered: true,
  },
  uuid: {
    sql: 'uuid',
    inputs: [
      'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11',
      'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11',
      '{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}',
      'a0eebc999c0b4ef8bb6d6bb9bd380a11',
      'a0ee-bc99-9c0b-4ef8-bb6d-6bb9-bd38-0a11',
      '{a0eebc99-9c0b4ef8-bb6d6bb9-bd380a11}',
      'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a1',
      'g0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11',
      '00000000-0000-0000-0000-000000000000',
    ],
    ordered: true,
  },
  json: {
    sql: 'json',
    inputs: [
      '{"b":1, "a":2, "a":3}',
      '[1, 2.50, 1e2]',
      '{"x": {"y":[true,false,null]}}',
      '  "s"  ',
      '1.000',
      '"\\u0041"',
      '{}',
      '[]',
      'null',
      '{"a":1,}',
      '-0',
      '{"k" : "v" , "n":null}',
    ],
  },
  jsonb: {
    sql: 'jsonb',
    inputs: [
      '{"b":1, "a":2, "a":3}',
      '[1, 2.50, 1e2]',
      '{"x": {"y":[true,false,null]}}',
      '  "s"  ',
      '1.000',
      '"\\u0041"',
      '{}',
      '[]',
      'null',
      '{"a":1,}',
      '-0',
      '{"aa":1,"b":2,"a":3}',
      '1e-3',
      '"\\u0000"',
    ],
    ordered: true,
  },
  money: {
    sql: 'money',
    inputs: ['12.34', '$1,234.56', '-1.5', '1.005', '0', '-$3.00', '(5.00)', 'abc'],
    additive: true,
    ordered: true,
  },
  bit: {
    sql: 'bit(4)',
    inputs: ['1010', '101', '10101', '0000', 'x'],
    typmods: ['varbit', 'bit varying(3)'],
    ordered: true,
  },
  inet: {
    sql: 'inet',
    inputs: [
      '192.168.1.5',
      '192.168.1.5/24',
      '10.0.0.0/8',
      '::1',
      '2001:db8::/32',
      '256.1.1.1',
      '192.168.1.5/32',
    ],
    typmods: ['cidr'],
    ordered: true,
  },
};

export type TypeName = keyof typeof SPECS;

/** Casts chapter 10 and the catalog allow, by target, from the source types worth trying. */
const CASTS: readonly (readonly [string, readonly string[]])[] = [
  ['int2', ['smallint', 'bigint', 'numeric', 'real', 'double precision', 'boolean', 'text', 'money']],
  [
    'int4',
    [
      'smallint',
      'bigint',
      'numeric',
      'real',
      'double precision',
      'boolean',
      'text',
      'bit(4)',
      'money',
      'char(3)',
    ],
  ],
  ['int8', ['integer', 'numeric', 'real', 'double precision', 'text', 'money', 'bit(4)']],
  [
    'numeric',
    ['smallint', 'integer', 'bigint', 'real', 'double precision', 'text', 'money', 'numeric(5,2)', 'jsonb'],
  ],
  ['float4', ['double precision', 'numeric', 'integer', 'bigint', 'text', 'jsonb']],
  ['float8', ['real', 'numeric', 'integer', 'bigint', 'text', 'jsonb']],
  ['bool', ['integer', 'text', 'jsonb', 'varchar(3)', 'char(3)']],
  [
    'text',
    [
      'integer',
      'numeric',
      'real',
      'double precision',
      'boolean',
      'date',
      'timestamp',
      'timestamptz',
      'interval',
      'uuid',
      'bytea',
      'jsonb',
      'json',
      'varchar(3)',
      'char(3)',
      'money',
      'inet',
      'bit(4)',
      'time',
    ],
  ],
  ['varchar3', ['text', 'char(3)', 'varchar(2)', 'char(2)', 'char(5)', 'integer', 'boolean', 'name']],
  ['char3', ['text', 'varchar(3)', 'varchar(2)', 'char(2)', 'char(5)', 'char', 'bpchar']],
  ['date', ['timestamp', 'timestamptz', 'text']],
  ['time', ['interval', 'text', 'time(0)', 'timetz']],
  ['timetz', ['time', 'text']],
  ['timestamp', ['date', 'time', 'timestamptz', 'text', 'timestamp(0)', 'timestamp(1)']],
  ['timestamptz', ['date', 'time', 'timetz', 'timestamp', 'text', 'timestamptz(0)']],
  [
    'interval',
    ['time', 'text', 'interval(0)', 'interval year to month', 'interval hour to minute', 'interval day'],
  ],
  ['uuid', ['text', 'bytea', 'varchar(3)']],
  ['json', ['jsonb', 'text']],
  [
    'jsonb',
    ['json', 'text', 'numeric', 'integer', 'boolean', 'double precision', 'bigint', 'smallint', 'real'],
  ],
  ['money', ['numeric', 'text']],
  ['bit', ['integer', 'bigint', 'varbit', 'bit(2)', 'bit(6)', 'text']],
  ['inet', ['cidr', 'text']],
  ['bytea', ['text']],
];

/** Types a value of each type compares with after chapter 10's resolution. */
const CROSS: Readonly<Record<string, readonly string[]>> = {
  int2: ['integer', 'bigint', 'numeric', 'double precision', 'real'],
  int4: ['smallint', 'bigint', 'numeric', 'double precision'],
  int8: ['integer', 'numeric', 'double precision'],
  numeric: ['integer', 'bigint', 'double precision', 'real'],
  float4: ['double precision', 'numeric', 'integer'],
  float8: ['real', 'numeric', 'bigint'],
  text: ['varchar(3)', 'char(3)', 'name'],
  varchar3: ['text', 'char(3)', 'char(5)'],
  char3: ['text', 'varchar(3)', 'char(5)', 'char(1)'],
  date: ['timestamp', 'timestamptz'],
  timestamp: ['date', 'timestamptz'],
  timestamptz: ['date', 'timestamp'],
  time: ['time(0)', 'timetz'],
  interval: ['interval(0)', 'interval year to month'],
  jsonb: ['jsonb'],
};

/** A quoted SQL literal of this text. */
export function lit(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** SET commands that change how values print, with the types each one touches. */
const SETTINGS: readonly (readonly [string, readonly TypeName[]])[] = [
  ["SET DateStyle = 'SQL, DMY'", ['date', 'timestamp', 'timestamptz']],
  ["SET DateStyle = 'SQL, MDY'", ['date', 'timestamp', 'timestamptz']],
  ["SET DateStyle = 'German'", ['date', 'timestamp', 'timestamptz']],
  ["SET DateStyle = 'Postgres, DMY'", ['date', 'timestamp', 'timestamptz']],
  ["SET DateStyle = 'ISO, DMY'", ['date', 'timestamp']],
  ["SET DateStyle = 'Postgres, YMD'", ['date', 'timestamp', 'timestamptz']],
  ["SET IntervalStyle = 'postgres_verbose'", ['interval']],
  ["SET IntervalStyle = 'sql_standard'", ['interval']],
  ["SET IntervalStyle = 'iso_8601'", ['interval']],
  ['SET extra_float_digits = 0', ['float4', 'float8']],
  ['SET extra_float_digits = 3', ['float4', 'float8']],
  ['SET extra_float_digits = -15', ['float8', 'float4']],
  ['SET extra_float_digits = 1', ['float8']],
  ["SET bytea_output = 'escape'", ['bytea']],
  ["SET TimeZone = 'America/New_York'", ['timestamptz', 'timetz', 'date']],
  ["SET TimeZone = '+05:30'", ['timestamptz']],
];

/** Enum and domain set-ups, with the values to try on each. */
const USER_TYPES: readonly (readonly [string, string, readonly string[]])[] = [
  ["CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');", 'mood', ['sad', 'ok', 'happy', 'HAPPY', 'meh', '']],
  [
    'CREATE DOMAIN posint AS integer CHECK (VALUE > 0);',
    'posint',
    ['1', '0', '-5', '2147483647', 'x', '  7 '],
  ],
  [
    "CREATE DOMAIN code3 AS varchar(3) NOT NULL CHECK (VALUE ~ '^[A-Z]+$');",
    'code3',
    ['ABC', 'AB', 'abcd', 'ABCD', 'A1', ''],
  ],
  [
    'CREATE DOMAIN price AS numeric(6,2) CHECK (VALUE >= 0);',
    'price',
    ['1.005', '9999.995', '-0.001', '-0.01', '12', 'NaN'],
  ],
  [
    "CREATE DOMAIN day_d AS date CHECK (VALUE > '2000-01-01');",
    'day_d',
    ['2024-02-29', '1999-01-01', 'infinity'],
  ],
];

/** A short, readable form for a case's name. */
function short(sql: string): string {
  const flat = sql.replace(/\s+/g, ' ');
  return flat.length > 90 ? `${flat.slice(0, 87)}...` : flat;
}

export type Shape =
  | 'literal'
  | 'cast'
  | 'assign'
  | 'params'
  | 'order'
  | 'aggregate'
  | 'settings'
  | 'arrays'
  | 'composite'
  | 'user'
  | 'compare';

/** Draws cases of one shape. */
class TypesGen {
  constructor(
    private readonly r: SeededRandom,
    private readonly types: readonly TypeName[],
  ) {}

  private spec(t: TypeName): TypeSpec {
    const spec = SPECS[t];
    if (spec === undefined) throw new Error(`no spec for ${t}`);
    return spec;
  }

  /** One input of type t, sometimes NULL-free by request. */
  input(t: TypeName): string {
    return this.r.pick(this.spec(t).inputs);
  }

  literal(): [string, ProbeStep[], string?] {
    const t = this.r.pick(this.types);
    const spec = this.spec(t);
    const value = this.input(t);
    const typ = spec.typmods && this.r.chance(0.3) ? this.r.pick(spec.typmods) : spec.sql;
    const form = this.r.below(3);
    const expr =
      form === 0
        ? `${lit(value)}::${typ}`
        : form === 1
          ? `CAST(${lit(value)} AS ${typ})`
          : `${typ} ${lit(value)}`;
    // `type 'literal'` syntax only takes a plain type name with a typmod in some spellings.
    const safe =
      form === 2 && /\(|\s/.test(typ) && !/^(double precision|bit varying)/.test(typ)
        ? `${lit(value)}::${typ}`
        : expr;
    return [
      `${t} ${short(safe)}`,
      [`SELECT ${safe} AS v, (${safe})::text AS t, pg_typeof(${safe})::text AS ty`],
    ];
  }

  cast(): [string, ProbeStep[], string?] {
    const entry = this.r.pick(CASTS.filter(([to]) => this.types.includes(to)));
    const [toName, froms] = entry;
    const to = this.spec(toName);
    const from = this.r.pick(froms);
    const fromName = Object.entries(SPECS).find(([, s]) => s.sql === from)?.[0];
    const value = fromName ? this.input(fromName) : this.input(toName);
    const target = to.typmods && this.r.chance(0.25) ? this.r.pick(to.typmods) : to.sql;
    const source = `${lit(value)}::${from}`;
    const implicit = this.r.chance(0.15);
    const expr = implicit ? `(${source})::${target}` : `CAST(${source} AS ${target})`;
    return [`${from} -> ${target} ${short(value)}`, [`SELECT ${expr} AS v, (${expr})::text AS t`]];
  }

  assign(): [string, ProbeStep[], string?] {
    const t = this.r.pick(this.types);
    const spec = this.spec(t);
    const column = spec.typmods && this.r.chance(0.6) ? this.r.pick(spec.typmods) : spec.sql;
    const values = [this.input(t), this.input(t), this.input(t)];
    const mode = this.r.below(4);
    const setup = `CREATE TABLE c (id int, v ${column});`;
    let insert: string;
    if (mode === 0) {
      insert = `INSERT INTO c VALUES ${values.map((v, i) => `(${i + 1}, ${lit(v)})`).join(', ')}`;
    } else if (mode === 1) {
      // A typed source of another type: the assignment cast (or its absence) decides.
      const source = this.r.pick(['text', 'numeric', 'integer', 'double precision', 'varchar(10)', spec.sql]);
      insert = `INSERT INTO c VALUES ${values.map((v, i) => `(${i + 1}, ${lit(v)}::${source})`).join(', ')}`;
    } else if (mode === 2) {
      insert = `INSERT INTO c SELECT 1, ${lit(values[0] ?? '')}::${spec.sql}`;
    } else {
      return [
        `${column} update ${short(values.join(' | '))}`,
        [
          `INSERT INTO c VALUES (1, NULL)`,
          `UPDATE c SET v = ${lit(values[0] ?? '')} RETURNING v, v::text AS t`,
          `SELECT v, v::text AS t FROM c`,
        ],
        setup,
      ];
    }
    return [
      `${column} ${short(values.join(' | '))} mode ${mode}`,
      [`${insert} RETURNING id, v, v::text AS t`, 'SELECT id, v::text AS t FROM c ORDER BY id'],
      setup,
    ];
  }

  params(): [string, ProbeStep[], string?] {
    const t = this.r.pick(this.types);
    const spec = this.spec(t);
    const column = spec.typmods && this.r.chance(0.4) ? this.r.pick(spec.typmods) : spec.sql;
    const value = this.input(t);
    const other = this.input(t);
    const mode = this.r.below(5);
    const setup = `CREATE TABLE c (id int, v ${column}); INSERT INTO c VALUES (1, ${lit(other)}), (2, NULL);`;
    switch (mode) {
      case 0:
        return [
          `${column} insert $1 ${short(value)}`,
          [withParams('INSERT INTO c VALUES (3, $1) RETURNING v, v::text AS t', value)],
          `CREATE TABLE c (id int, v ${column});`,
        ];
      case 1:
        return [
          `$1::${column} ${short(value)}`,
          [withParams(`SELECT $1::${column} AS v, $1::${column}::text AS t`, value)],
        ];
      case 2:
        return [
          `${column} where v = $1 ${short(value)} / ${short(other)}`,
          [withParams('SELECT id, v::text AS t FROM c WHERE v = $1 ORDER BY id', value)],
          setup,
        ];
      case 3:
        return [
          `${column} where v < $1 ${short(value)} / ${short(other)}`,
          [withParams('SELECT id FROM c WHERE v < $1 OR v > $1 ORDER BY id', value)],
          setup,
        ];
      default:
        return [
          `${column} update = $1 ${short(value)}`,
          [
            withParams('UPDATE c SET v = $1 WHERE id = 2 RETURNING v::text AS t', value),
            'SELECT id, v::text FROM c ORDER BY id',
          ],
          setup,
        ];
    }
  }

  /** Valid inputs of t, found by keeping those PostgreSQL's documentation says parse (heuristically: a sample). */
  private valueList(t: TypeName, count: number): string[] {
    const out: string[] = [];
    for (let i = 0; i < count; i++) out.push(this.input(t));
    return out;
  }

  order(): [string, ProbeStep[], string?] {
    const t = this.r.pick(this.types.filter((name) => this.spec(name).ordered));
    const spec = this.spec(t);
    const values = this.valueList(t, 5);
    const dir = this.r.pick(['', ' ASC', ' DESC']);
    const nulls = this.r.pick(['', ' NULLS FIRST', ' NULLS LAST']);
    // Each row on its own INSERT so an input error drops that row and not the others.
    const steps: ProbeStep[] = values.map((v, i) => `INSERT INTO c VALUES (${i + 1}, ${lit(v)})`);
    steps.push('INSERT INTO c VALUES (9, NULL)');
    steps.push(`SELECT id, v::text AS t FROM c ORDER BY v${dir}${nulls}, id`);
    if (this.r.chance(0.5)) steps.push(`SELECT array_agg(v::text ORDER BY v${dir}${nulls}, id) AS a FROM c`);
    if (this.r.chance(0.3))
      steps.push(`SELECT a.id, b.id FROM c a JOIN c b ON a.v = b.v AND a.id < b.id ORDER BY 1, 2`);
    return [
      `${spec.sql} ORDER BY v${dir}${nulls} ${short(values.join(' | '))}`,
      steps,
      `CREATE TABLE c (id int, v ${spec.sql});`,
    ];
  }

  aggregate(): [string, ProbeStep[], string?] {
    const t = this.r.pick(this.types.filter((name) => this.spec(name).ordered || this.spec(name).additive));
    const spec = this.spec(t);
    const values = this.valueList(t, 4);
    const steps: ProbeStep[] = values.map((v, i) => `INSERT INTO c VALUES (${i + 1}, ${lit(v)})`);
    steps.push('INSERT INTO c VALUES (9, NULL)');
    const aggs: string[] = ['count(v) AS n'];
    if (spec.ordered) aggs.push('min(v)::text AS lo', 'max(v)::text AS hi');
    if (spec.additive) aggs.push('sum(v)::text AS s', 'avg(v)::text AS a');
    steps.push(`SELECT ${aggs.join(', ')} FROM c`);
    if (spec.additive && this.r.chance(0.5))
      steps.push('SELECT pg_typeof(sum(v))::text AS s, pg_typeof(avg(v))::text AS a FROM c');
    if (this.r.chance(0.4)) steps.push('SELECT count(DISTINCT v) AS d FROM c');
    return [
      `${spec.sql} aggregates ${short(values.join(' | '))}`,
      steps,
      `CREATE TABLE c (id int, v ${spec.sql});`,
    ];
  }

  settings(): [string, ProbeStep[], string?] {
    const [set, touched] = this.r.pick(SETTINGS.filter(([, ts]) => ts.some((x) => this.types.includes(x))));
    const t = this.r.pick(touched.filter((x) => this.types.includes(x)));
    const spec = this.spec(t);
    const values = [this.input(t), this.input(t)];
    const steps: ProbeStep[] = [set];
    for (const v of values) steps.push(`SELECT (${lit(v)}::${spec.sql})::text AS t`);
    // Input under the setting too: DateStyle's field order decides how 1/8/1999 reads.
    if (this.r.chance(0.5))
      steps.push(`SELECT ARRAY[${values.map((v) => `${lit(v)}::${spec.sql}`).join(', ')}]::text AS a`);
    if (this.r.chance(0.3)) steps.push(withParams(`SELECT $1::${spec.sql}::text AS p`, values[0]));
    return [`${set} ${spec.sql} ${short(values.join(' | '))}`, steps];
  }

  arrays(): [string, ProbeStep[], string?] {
    const t = this.r.pick(this.types);
    const spec = this.spec(t);
    const a = this.input(t);
    const b = this.input(t);
    const form = this.r.below(7);
    const arr = `${spec.sql}[]`;
    // Elements written in array syntax need double quotes around anything but plain words.
    const quote = (v: string): string => `"${v.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
    let expr: string;
    switch (form) {
      case 0:
        expr = `ARRAY[${lit(a)}::${spec.sql}, NULL, ${lit(b)}::${spec.sql}]`;
        break;
      case 1:
        expr = `${lit(`{${quote(a)},NULL,${quote(b)}}`)}::${arr}`;
        break;
      case 2:
        expr = `${lit(`{{${quote(a)},${quote(b)}},{NULL,${quote(a)}}}`)}::${arr}`;
        break;
      case 3:
        expr = `${lit(`[0:1]={${quote(a)},${quote(b)}}`)}::${arr}`;
        break;
      case 4:
        expr = `${lit(`{${a},${b}}`)}::${arr}`;
        break;
      case 5:
        expr = `ARRAY[ARRAY[${lit(a)}::${spec.sql}], ARRAY[${lit(b)}::${spec.sql}]]`;
        break;
      default:
        expr = `${lit(`{"${a === 'NULL' ? 'null' : 'NULL'}", "NULL", NULL}`)}::${arr}`;
        break;
    }
    const extra = this.r.pick([
      `array_lower(${expr}, 1) AS lo, array_upper(${expr}, 1) AS hi, array_ndims(${expr}) AS nd`,
      `(${expr})[1]::text AS first`,
      `array_length(${expr}, 1) AS len, cardinality(${expr}) AS card`,
      `(SELECT string_agg(coalesce(x::text, '<null>'), '|') FROM unnest(${expr}) AS x) AS els`,
    ]);
    return [
      `${arr} form ${form} ${short(`${a} | ${b}`)}`,
      [`SELECT (${expr})::text AS t, ${extra}`, `SELECT ${expr} AS v`],
    ];
  }

  composite(): [string, ProbeStep[], string?] {
    const t = this.r.pick(this.types);
    const spec = this.spec(t);
    const a = this.input(t);
    const txt = this.r.pick(['x', 'a b', '', 'q"uote', 'back\\slash', 'comma,', '(paren)', 'NULL']);
    const setup = `CREATE TYPE pair AS (a ${spec.sql}, b text); CREATE TABLE c (id int, p pair);`;
    const form = this.r.below(5);
    const steps: ProbeStep[] = [];
    switch (form) {
      case 0:
        steps.push(`SELECT ROW(${lit(a)}::${spec.sql}, ${lit(txt)})::pair::text AS t`);
        break;
      case 1:
        steps.push(`SELECT ROW(${lit(a)}::${spec.sql}, ${lit(txt)})::text AS t`);
        break;
      case 2:
        steps.push(
          `INSERT INTO c VALUES (1, ROW(${lit(a)}, ${lit(txt)})), (2, ROW(NULL, NULL)), (3, NULL)`,
          'SELECT id, p::text AS t, (p).a::text AS a, (p).b AS b, p IS NULL AS isnull FROM c ORDER BY id',
        );
        break;
      case 3: {
        const q = (v: string): string => `"${v.replaceAll('\\', '\\\\').replaceAll('"', '""')}"`;
        steps.push(
          `SELECT (${lit(`(${q(a)},${q(txt)})`)}::pair)::text AS t, (${lit(`(${q(a)},${q(txt)})`)}::pair).a::text AS a`,
        );
        break;
      }
      default:
        steps.push(
          withParams('INSERT INTO c VALUES (1, $1) RETURNING p::text AS t', `(${a},${txt})`),
          'SELECT (p).a::text AS a, (p).b FROM c',
        );
        break;
    }
    return [`pair(${spec.sql}) form ${form} ${short(`${a} | ${txt}`)}`, steps, setup];
  }

  /** Comparisons within a type and across the pairs chapter 10 resolves (char(n) with text, int with numeric). */
  compare(): [string, ProbeStep[], string?] {
    const t = this.r.pick(this.types.filter((name) => this.spec(name).ordered));
    const spec = this.spec(t);
    const others = CROSS[t] ?? [];
    const a = this.input(t);
    const b = this.input(t);
    const right = others.length > 0 && this.r.chance(0.4) ? this.r.pick(others) : spec.sql;
    const op = this.r.pick(['=', '<>', '<', '>', '<=', '>=', 'IS DISTINCT FROM', 'IS NOT DISTINCT FROM']);
    const left = `${lit(a)}::${spec.sql}`;
    const rightExpr = this.r.chance(0.2) ? lit(b) : `${lit(b)}::${right}`;
    const extra = this.r.pick([
      '',
      `, GREATEST(${left}, ${rightExpr}) AS g`,
      `, LEAST(${left}, ${rightExpr}) AS l`,
      `, CASE WHEN ${left} ${op} ${rightExpr} THEN 1 ELSE 0 END AS c`,
      `, ${left} IN (${rightExpr}, NULL) AS i`,
    ]);
    return [
      `${spec.sql} ${op} ${right} ${short(`${a} | ${b}`)}`,
      [`SELECT ${left} ${op} ${rightExpr} AS v${extra}`],
    ];
  }

  user(): [string, ProbeStep[], string?] {
    const [setup, name, inputs] = this.r.pick(USER_TYPES);
    const a = this.r.pick(inputs);
    const b = this.r.pick(inputs);
    const form = this.r.below(6);
    const table = `${setup} CREATE TABLE c (id int, v ${name});`;
    switch (form) {
      case 0:
        return [`${name} literal ${a}`, [`SELECT ${lit(a)}::${name}::text AS t`], setup];
      case 1:
        return [
          `${name} insert ${a} | ${b}`,
          [
            `INSERT INTO c VALUES (1, ${lit(a)})`,
            `INSERT INTO c VALUES (2, ${lit(b)})`,
            'SELECT id, v::text FROM c ORDER BY v, id',
          ],
          table,
        ];
      case 2:
        return [
          `${name} param ${a}`,
          [withParams('INSERT INTO c VALUES (1, $1) RETURNING v::text AS t', a)],
          table,
        ];
      case 3:
        return [
          `${name} order ${a} | ${b}`,
          [
            `INSERT INTO c VALUES (1, ${lit(a)})`,
            `INSERT INTO c VALUES (2, ${lit(b)})`,
            'INSERT INTO c VALUES (3, NULL)',
            'SELECT min(v)::text AS lo, max(v)::text AS hi, count(*) AS n FROM c',
            'SELECT id FROM c ORDER BY v DESC NULLS LAST, id',
          ],
          table,
        ];
      case 4:
        return [
          `${name} array ${a} | ${b}`,
          [`SELECT ARRAY[${lit(a)}, ${lit(b)}]::${name}[]::text AS t`],
          setup,
        ];
      default:
        return [
          `${name} cast from text ${a}`,
          [
            `SELECT CAST(${lit(a)}::text AS ${name})::text AS t, pg_typeof(CAST(${lit(a)}::text AS ${name}))::text AS ty`,
          ],
          setup,
        ];
    }
  }
}

/** The types pg-mem creates and answers: its `plain` cases draw from these only. */
export const PG_MEM_TYPES: readonly TypeName[] = [
  'int2',
  'int4',
  'int8',
  'numeric',
  'float8',
  'bool',
  'text',
  'varchar3',
  'bytea',
  'date',
  'timestamp',
  'timestamptz',
  'uuid',
  'json',
  'jsonb',
];

/**
 * A step without its `::text` views and `pg_typeof` columns: pg-mem refuses most casts to text
 * (it cannot print as PostgreSQL does), so a plain case lets the value itself be compared.
 */
function plainStep(step: ProbeStep): ProbeStep {
  const strip = (sql: string): string =>
    sql
      .replace(/, pg_typeof\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\)::text AS \w+/g, '')
      .replace(/::text(?!\[)/g, '');
  if (typeof step === 'string') return strip(step);
  if ('sql' in step) return { ...step, sql: strip(step.sql) };
  return step;
}

/** `count` cases of one shape from one seed over the given types (all by default). */
export function generate(
  prefix: string,
  seed: number,
  count: number,
  shapes: readonly Shape[],
  types: readonly TypeName[] = Object.keys(SPECS),
  options: { plain?: boolean } = {},
): ProbeCase[] {
  const rng = new SeededRandom(seed);
  const gen = new TypesGen(rng, types);
  const cases: ProbeCase[] = [];
  const seen = new Set<string>();
  for (let index = 0; cases.length < count && index < count * 4; index++) {
    const shape = rng.pick(shapes);
    const [label, drawn, setup] = gen[shape]();
    const steps = options.plain ? drawn.map(plainStep) : drawn;
    const key = JSON.stringify([setup, steps]);
    if (seen.has(key)) continue;
    seen.add(key);
    const name = `${prefix} ${seed}#${String(index).padStart(4, '0')} ${shape}: ${label}`;
    cases.push(setup === undefined ? { name, steps } : { name, setup, steps });
  }
  return cases;
}
