// Round 20 probe, bit strings and ranges, edges only (round 19's numbers-bits.ts and
// composites-ranges.ts cover the rest): PostgreSQL 15 docs 9.6 (bit string functions past the
// ends, casts at widths) and 9.20 (range constructors at the subtype's limits, infinite and NaN
// bounds, canonical forms past the integer range, range input errors).
import { ProbeCases, withParams } from '../probe-kit.js';

const list = new ProbeCases('r20 geonet: bits-ranges: ');
const each = (exprs: readonly string[]) => {
  for (const expr of exprs) list.select(expr, expr);
};

each([
  "B'1'::bit(64)::bigint",
  "B'1'::varbit::bit(3)",
  "X'F'::bit(3)",
  "B'1010'::bit(4)::varbit(2)",
  "(B'1010' & B'1100')::text",
  "B'1' << 2147483647",
  "B'1010' >> -2147483648",
  "get_bit(B'1', 2147483647)",
  "set_bit(B'1', 0, 1)::text",
  "substring(B'1010' from 2147483647)",
  "substring(B'1010' from 2 for 2147483647)",
  "overlay(B'1010' placing B'' from 2)",
  "bit_length(X'ABC')",
  "'0'::bit(1) = '0'::bit varying",
  "bit_and(b) FROM (VALUES (B'101'), (B'110')) t(b)",
  "bit_or(b) FROM (VALUES (B'101'), (B'11')) t(b)",
  "bit_xor(b) FROM (VALUES (B'101'), (B'110'), (B'011')) t(b)",
  "'x'::bit(4)",
  "'x0'::bit(4)",
  "'X'::varbit",
  '(2147483647)::bit(32)',
  '(-2147483648)::bit(32)',
  '(-2147483648)::bit(33)',
]);

each([
  'int4range(2147483647, NULL)',
  "int4range(2147483646, 2147483647, '[]')",
  "int4range(-2147483648, 0, '(]')",
  "int8range(9223372036854775806, 9223372036854775807, '[]')",
  "int8range(1, 2, '[x')",
  "int8range(1, 2, '')",
  'int4range(5, 1)',
  "numrange('NaN'::numeric, 1)",
  "numrange(1, 'NaN'::numeric)",
  "numrange(1, 'Infinity'::numeric)",
  "numrange('-Infinity'::numeric, 1, '[]')",
  "'[NaN,NaN]'::numrange",
  "daterange('2020-01-01', 'infinity', '[]')",
  "daterange('-infinity', '2020-01-01', '[]')",
  "daterange('infinity', 'infinity', '[]')",
  "tsrange('-infinity', 'infinity')",
  "'[1,)'::int4range @> 2147483647",
  "upper('[1,2147483646]'::int4range)",
  "'[2147483647,2147483647]'::int4range",
  "'[a,b]'::textrange",
  "'( 1 , 2 )'::int4range",
  '\'("1","2")\'::int4range',
  "'[1 ,2]'::numrange",
  "'[1.0,1.00]'::numrange",
  "'(1.0,1.00)'::numrange",
  "'[2020-01-01,2020-01-01)'::daterange",
  "'(2020-01-01,2020-01-02)'::daterange",
  "'[1,3)'::int4range -|- '[3,5)'::int4range",
  "'[1,3]'::numrange -|- '(3,5)'::numrange",
  "'[1,5)'::int4range - '[2,3)'::int4range",
  "'empty'::int4range < '[1,2)'::int4range",
  "'(,1)'::int4range < '[0,1)'::int4range",
  "lower('(,1)'::int4range) IS NULL",
  "range_merge('empty'::int4range, 'empty'::int4range)",
  'int4range(1, 5) @> NULL::int',
  "'[1,5)'::int4range = '[1,4]'::int4range",
  "'[1,5)'::numrange = '[1,4]'::numrange",
  "'{[1,3), [2,6)}'::int4multirange",
  "'{[1,3), empty}'::int4multirange",
  "'{}'::int4multirange = 'empty'::int4range::int4multirange",
  "'{[1,3)'::int4multirange",
]);

list.add('range parameter at limit', [withParams('SELECT $1::int4range AS v', '[2147483647,2147483647]')]);
list.add('range parameter infinite date', [withParams('SELECT $1::daterange AS v', '[2020-01-01,infinity]')]);
list.add('range column canonical insert', [
  'CREATE TABLE rr (r int4range)',
  "INSERT INTO rr VALUES ('(0,5]'), ('[1,1)'), ('(,3)') RETURNING r",
]);
list.add('range column overflow canonical', [
  'CREATE TABLE rr (r int4range)',
  "INSERT INTO rr VALUES ('[0,2147483647]')",
]);

export default list.cases;
