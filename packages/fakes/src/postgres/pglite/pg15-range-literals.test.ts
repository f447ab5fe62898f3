import { describe, expect, it } from 'vitest';
import { toPg15 } from './pg15-dialect.js';

/** The error PostgreSQL 15 raises for `text`, or undefined when the fake sends something it runs. */
const refusalOf = (text: string) => toPg15(text, { extended: false })?.refusal;

describe('range and multirange constants whose bounds only 16+ reads', () => {
  it.each([
    ["SELECT '[0x10,0x20)'::int4range", 'integer', '0x10', 8],
    ["SELECT '[1,2_000)'::int4range", 'integer', '2_000', 8],
    ["SELECT CAST('(0o10,)' AS int8range)", 'bigint', '0o10', 13],
    ["SELECT int4range '[ 0b1 ,3]'", 'integer', ' 0b1 ', 18],
    ["SELECT '[1_0.5,20)'::pg_catalog.numrange", 'numeric', '1_0.5', 8],
    ['SELECT \'["0x1",2)\'::int4range', 'integer', '0x1', 8],
    ["SELECT '{[1,2), empty, [1_0,2_0)}'::int4multirange", 'integer', '1_0', 8],
    ["SELECT int4range('0x1', '5')", 'integer', '0x1', 18],
    ["SELECT numrange(1, '1_0.5', '[]')", 'numeric', '1_0.5', 20],
  ])("leaves %s to the subtype's input stand-in, which refuses the bound as 15 does", (text) => {
    // range_in hands each bound to the subtype's input function (pg15-type-input.ts), as the
    // server analyses the statement: 15's error, position and order.
    expect(refusalOf(text)).toBeUndefined();
  });

  it.each([
    ["SELECT ARRAY['1', '0x1F']::int[]", 'integer', '0x1F', 19],
    ["SELECT ARRAY['1_0.5']::numeric[]", 'numeric', '1_0.5', 14],
    ["SELECT ARRAY[1, '1_0']", 'integer', '1_0', 17],
    ["SELECT ARRAY['0b1', 3000000000]", 'bigint', '0b1', 14],
  ])("leaves %s to the element type's input stand-in", (text) => {
    expect(refusalOf(text)).toBeUndefined();
  });

  it.each([
    "SELECT ARRAY['0x1F']::text[], ARRAY['0x1F'], ARRAY['1_0', 'a']",
    "SELECT ARRAY[1, '2'], ARRAY[1.5, '2']::int[], ARRAY[ARRAY['0x1']]",
    "SELECT ARRAY[x, '0x1'] FROM t",
  ])('leaves constructor elements 15 reads alike: %s', (text) => {
    expect(refusalOf(text)).toBeUndefined();
  });

  it.each([
    "SELECT '[10,20)'::int4range, '{[1,2)}'::int4multirange, int4range('1', '5')",
    "SELECT '[1_0,2)'::text, '{[0x1,2)}'::int4range[]",
    "SELECT '[a,0x1)'::int4range",
    "SELECT '(,)'::int4range, 'empty'::numrange, '[\"1\",\"2\"]'::int8range",
    "SELECT myschema.int4range('0x1', '2'), format('0x1', '2')",
  ])('leaves constants 15 reads alike (or fails alike): %s', (text) => {
    expect(refusalOf(text)).toBeUndefined();
  });
});
