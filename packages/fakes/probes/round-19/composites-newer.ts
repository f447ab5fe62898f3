// Round 19 probe, composites part G: what PostgreSQL 16-18 changed in the theme's types, which a
// PostgreSQL 15 server answers otherwise: integer input with underscores and 0x/0o/0b prefixes
// inside arrays, ranges, composites and domains, temporal constraints (WITHOUT OVERLAPS, PERIOD),
// the newer array functions, min/max over records, and domain NOT NULL in the catalog.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r19 composites: newer: ');
const C = `CREATE TYPE pair AS (a int, b bigint); CREATE DOMAIN posint AS int CHECK (VALUE > 0);`;

const EXPRS: Array<[string, string]> = [
  ['int underscore', `'1_000'::int`],
  ['int hex', `'0x10'::int`],
  ['int8 octal', `'0o17'::int8`],
  ['int2 binary', `'0b101'::int2`],
  ['numeric underscore', `'1_000.5'::numeric`],
  ['array int underscore', `'{1_000,2}'::int[]`],
  ['array int hex', `'{0x10}'::int[]`],
  ['array int8 octal', `'{0o17}'::int8[]`],
  ['array int2 binary', `'{0b11}'::int2[]`],
  ['array numeric underscore', `'{1_0.5}'::numeric[]`],
  ['array text keeps underscore', `'{1_000}'::text[]`],
  ['array ctor cast underscore', `ARRAY['1_000']::int[]`],
  ['array ctor cast hex', `ARRAY['0x1F', '2']::int[]`],
  ['int4range underscore', `'[1_000,2_000)'::int4range`],
  ['int4range hex', `'[0x10,0x20)'::int4range`],
  ['int8range octal', `'[0o10,0o20]'::int8range`],
  ['numrange underscore', `'[1_0.5,2_0)'::numrange`],
  ['int4multirange underscore', `'{[1_0,2_0)}'::int4multirange`],
  ['int4multirange hex', `'{[0x1,0x5)}'::int4multirange`],
  ['int4range ctor text hex', `int4range('0x1', '0x5')`],
  ['composite underscore', `'(1_000,2)'::pair`],
  ['composite hex', `'(0x10,0b1)'::pair`],
  ['composite field underscore', `('(1,2_000)'::pair).b`],
  ['domain underscore', `'1_000'::posint`],
  ['domain hex', `'0x10'::posint`],
  ['domain array hex', `'{0x10}'::posint[]`],
  ['int literal underscore', `1_000`],
  ['int literal hex', `0x10`],
  ['array ctor int literal underscore', `ARRAY[1_000, 0x10]`],
  ['array in any hex', `16 = ANY('{0x10}'::int[])`],
  ['array in any untyped hex', `16 = ANY('{0x10}')`],
  ['in list untyped hex', `16 IN ('0x10')`],
  ['compare untyped underscore', `1000 = '1_000'`],
  ['greatest untyped hex', `GREATEST(1, '0x10')`],
  ['coalesce untyped underscore', `COALESCE(NULL, 1, '1_0')`],
  ['case untyped hex', `CASE WHEN true THEN 1 ELSE '0x10' END`],
  ['array_sample', `array_sample(ARRAY[1,2,3], 1)`],
  ['array_shuffle', `array_shuffle(ARRAY[1])`],
  ['array_sort', `array_sort(ARRAY[3,1,2])`],
  ['array_reverse', `array_reverse(ARRAY[1,2,3])`],
  ['max record', `max(r) FROM (VALUES (ROW(1,2)), (ROW(2,1))) t(r)`],
  ['min record', `min(ROW(x, 1)) FROM (VALUES (1), (2)) t(x)`],
  ['pg_input_is_valid', `pg_input_is_valid('{1,x}', 'int[]')`],
  ['pg_input_error_info', `* FROM pg_input_error_info('[2,1]', 'int4range')`],
  ['any_value', `any_value(x) FROM (VALUES (1)) t(x)`],
  ['random range', `random(1, 1)`],
  ['pg_basetype', `pg_basetype('posint'::regtype)`],
  ['system_user', `SYSTEM_USER`],
  ['array subscript on jsonb string', `('{"a":[1,2]}'::jsonb)['a'][0]`],
  ['range_agg of multiranges', `range_agg(m) FROM (VALUES ('{[1,2)}'::int4multirange), ('{[3,4)}')) t(m)`],
  [
    'range_intersect_agg of multiranges',
    `range_intersect_agg(m) FROM (VALUES ('{[1,5)}'::int4multirange), ('{[3,8)}')) t(m)`,
  ],
  ['multirange unnest order', `unnest('{[5,6), [1,2)}'::int4multirange)`],
  ['row compare record max', `GREATEST(ROW(1,2), ROW(1,3))`],
  [
    'domain not null catalog',
    `conname, contype FROM pg_constraint WHERE contypid = 'nn'::regtype ORDER BY 1`,
  ],
  [
    'domain named not null catalog',
    `conname, contype FROM pg_constraint WHERE contypid = 'nn2'::regtype ORDER BY 1`,
  ],
  [
    'domain not null information schema',
    `constraint_name FROM information_schema.domain_constraints WHERE domain_name = 'nn' ORDER BY 1`,
  ],
  ['domain not null typnotnull', `typnotnull FROM pg_type WHERE typname = 'nn'`],
];
const D = `${C} CREATE DOMAIN nn AS int NOT NULL CHECK (VALUE > 0); CREATE DOMAIN nn2 AS text CONSTRAINT must NOT NULL;`;
for (const [name, expr] of EXPRS) list.select(name, expr, D);

const STEPS: Array<[string, string[]]> = [
  [
    'without overlaps primary key',
    [`CREATE TABLE booking (room int, during tsrange, PRIMARY KEY (room, during WITHOUT OVERLAPS))`],
  ],
  [
    'without overlaps unique',
    [`CREATE TABLE booking (room int, during int4range, UNIQUE (room, during WITHOUT OVERLAPS))`],
  ],
  [
    'period foreign key',
    [
      `CREATE TABLE p (id int, valid int4range)`,
      `CREATE TABLE c (pid int, valid int4range, FOREIGN KEY (pid, PERIOD valid) REFERENCES p (id, PERIOD valid))`,
    ],
  ],
  [
    'insert underscore into int column',
    [`CREATE TABLE n (a int, b int[], c int4range)`, `INSERT INTO n VALUES ('1_0', '{2_0}', '[3_0,4_0)')`],
  ],
  ['copy-like hex into array column', [`CREATE TABLE n (b int[])`, `INSERT INTO n VALUES ('{0x1}')`]],
  ['alter domain add not null named', [`ALTER DOMAIN posint ADD CONSTRAINT pnn NOT NULL`]],
  [
    'create domain constraint not null then catalog',
    [
      `CREATE DOMAIN nn3 AS int CONSTRAINT nn3_nn NOT NULL`,
      `SELECT count(*) AS n FROM pg_constraint WHERE contypid = 'nn3'::regtype`,
    ],
  ],
  ['alter domain drop not null constraint by name', [`ALTER DOMAIN nn DROP CONSTRAINT nn_not_null`]],
  [
    'alter domain set not null catalog',
    [
      `CREATE DOMAIN nn4 AS int`,
      `ALTER DOMAIN nn4 SET NOT NULL`,
      `SELECT count(*) AS n FROM pg_constraint WHERE contypid = 'nn4'::regtype`,
    ],
  ],
  ['domain not null violation', [`SELECT NULL::nn AS v`]],
  ['domain not null column insert', [`CREATE TABLE dn (a nn)`, `INSERT INTO dn VALUES (NULL)`]],
  [
    'enum add value catalog sortorder',
    [
      `CREATE TYPE e AS ENUM ('a', 'c')`,
      `ALTER TYPE e ADD VALUE 'b' BEFORE 'c'`,
      `SELECT enumlabel, enumsortorder FROM pg_enum WHERE enumtypid = 'e'::regtype ORDER BY enumsortorder`,
    ],
  ],
  [
    'max of composite column',
    [`CREATE TABLE pc (p pair)`, `INSERT INTO pc VALUES ('(1,2)'), ('(2,1)')`, `SELECT max(p) AS m FROM pc`],
  ],
  ['subquery in from without alias', [`SELECT * FROM (SELECT 1 AS x)`]],
  ['subquery in from values without alias', [`SELECT * FROM (VALUES (1))`]],
];
for (const [name, steps] of STEPS) list.add(name, steps, D);

export default list.cases;
