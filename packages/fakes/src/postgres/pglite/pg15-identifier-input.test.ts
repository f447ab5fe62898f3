import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';
import { toPg15 } from './pg15-dialect.js';
import {
  pg15ArrayDimensions,
  pg15IdentifierArrayInput,
  pg15IdentifierInput,
  pg15OidVectorInput,
} from './pg15-identifier-input.js';
import { pg15ParamText, pg15RefusedParam } from './pglite-engine.js';

const outOfRange = (text: string, type: string) => ({
  error: { code: '22003', message: `value "${text}" is out of range for type ${type}` },
});

describe('oid, xid, cid and xid8 input as 15 reads it beside PGlite', () => {
  it('refuses a negative oid past 31 bits and wraps what 15 sign-extends', () => {
    expect(pg15IdentifierInput('oid', '-2147483649')).toEqual(outOfRange('-2147483649', 'oid'));
    expect(pg15IdentifierInput('oid', '-4294967295')).toEqual(outOfRange('-4294967295', 'oid'));
    expect(pg15IdentifierInput('oid', '18446744073709551615')).toEqual({ text: '4294967295' });
    expect(pg15IdentifierInput('oid', '-18446744073709551615')).toEqual({ text: '1' });
    expect(pg15IdentifierInput('oid', '012')).toEqual({ text: '12' });
    expect(pg15IdentifierInput('oid', '0x10')).toEqual({
      error: { code: '22P02', message: 'invalid input syntax for type oid: "0x10"' },
    });
  });

  it('leaves alone what both read alike', () => {
    for (const text of ['-1', '-2147483648', '4294967295', '4294967296', '12', ' 7 ', 'abc', '', '1 2']) {
      expect(pg15IdentifierInput('oid', text)).toBeUndefined();
    }
    expect(pg15IdentifierInput('xid', '010')).toBeUndefined();
    expect(pg15IdentifierInput('xid', '0x10')).toBeUndefined();
    expect(pg15IdentifierInput('xid8', '-1')).toBeUndefined();
  });

  it('reads xid, cid and xid8 as 15’s unchecked strtoul does', () => {
    expect(pg15IdentifierInput('xid', '4294967296')).toEqual({ text: '0' });
    expect(pg15IdentifierInput('xid', '18446744073709551615')).toEqual({ text: '4294967295' });
    expect(pg15IdentifierInput('xid', '1.5')).toEqual({ text: '1' });
    expect(pg15IdentifierInput('xid', '')).toEqual({ text: '0' });
    expect(pg15IdentifierInput('cid', 'abc')).toEqual({ text: '0' });
    expect(pg15IdentifierInput('xid8', '18446744073709551616')).toEqual({ text: '18446744073709551615' });
  });

  it('reads oidvectors and arrays element by element', () => {
    expect(pg15OidVectorInput('1 2 -2147483649')).toEqual(outOfRange('-2147483649', 'oid'));
    expect(pg15OidVectorInput('1 -2147483649 3')).toEqual(outOfRange('-2147483649 3', 'oid'));
    expect(pg15OidVectorInput('010 2')).toEqual({ text: '10 2' });
    expect(pg15OidVectorInput('1 2 3')).toBeUndefined();
    expect(pg15IdentifierArrayInput('oid', '{1,-2147483649}')).toEqual(outOfRange('-2147483649', 'oid'));
    expect(pg15IdentifierArrayInput('xid', '{4294967296,NULL}')).toEqual({ text: '{0,NULL}' });
    expect(pg15IdentifierArrayInput('oid', '{1,2}')).toBeUndefined();
  });

  it('reads array dimension decorations with 15’s atoi and its bound check', () => {
    const below = { error: { code: '2202E', message: 'upper bound cannot be less than lower bound' } };
    expect(pg15ArrayDimensions('[1:1][1:0]={{}}')).toEqual(below);
    expect(pg15ArrayDimensions('[1:2147483648]={1}')).toEqual(below);
    expect(pg15ArrayDimensions('[4294967297:4294967297]={1}')).toEqual({ text: '[1:1]={1}' });
    expect(pg15ArrayDimensions('[1:2]={1,2}')).toBeUndefined();
    expect(pg15ArrayDimensions('[a:1]={1}')).toBeUndefined();
    expect(pg15ArrayDimensions('{1}')).toBeUndefined();
  });

  it('applies to constant casts, parameters and column values', () => {
    expect(toPg15("SELECT '-2147483649'::oid::text")?.refusal).toMatchObject({ code: '22003' });
    expect(toPg15("SELECT '[1:1][1:0]={{}}'::int[]")?.refusal).toMatchObject({ code: '2202E' });
    expect(toPg15("SELECT '4294967296'::xid, cid 'abc', '18446744073709551615'::oid")?.text).toBe(
      "SELECT '0'::xid, cid '0', '4294967295'::oid",
    );
    expect(pg15RefusedParam('-2147483649', 26)).toMatchObject({ code: '22003' });
    expect(pg15RefusedParam('[1:0]={}', 1007)).toMatchObject({ code: '2202E' });
    expect(pg15ParamText('18446744073709551615', 26)).toBe('4294967295');
    expect(pg15ParamText('4294967296', 28)).toBe('0');
    expect(pg15ParamText('[4294967297:4294967297]={1}', 1007)).toBe('[1:1]={1}');
    expect(toPg15("INSERT INTO t VALUES ('-2147483649')")?.text).toContain('literal_guard');
  });
});

/** Starting PGlite takes seconds on a busy machine; it happens once per worker and schema. */
const PGLITE_START_MS = 60_000;

// Every expected answer below is PostgreSQL 15's (checked against a 15 server).
describe('PgliteEngine reads the oid family as PostgreSQL 15', () => {
  it(
    'in constant casts, parameters, column values and text cast at run time',
    async () => {
      const { pool } = await createFakePostgres({
        engine: 'pglite',
        migrations: [{ name: 'ids', sql: 'CREATE TABLE ids (o oid, x xid)' }],
      });
      const outOfRange = { code: '22003', message: 'value "-2147483649" is out of range for type oid' };
      await expect(pool.query("SELECT '-2147483649'::oid")).rejects.toMatchObject(outOfRange);
      await expect(pool.query('SELECT $1::oid', ['-2147483649'])).rejects.toMatchObject(outOfRange);
      await expect(pool.query("INSERT INTO ids (o) VALUES ('-2147483649')")).rejects.toMatchObject(
        outOfRange,
      );
      await expect(pool.query("SELECT ('-21474836' || '49')::oid")).rejects.toMatchObject(outOfRange);
      expect(
        (
          await pool.query(
            `SELECT '18446744073709551615'::oid::text AS o, ('18446744073709551' || '615')::oid::text AS t,
               '4294967296'::xid::text AS x, xid '12abc' AS j, ''::cid::text AS c`,
          )
        ).rows,
      ).toEqual([{ o: '4294967295', t: '4294967295', x: '0', j: '12', c: '0' }]);
      await expect(pool.query("SELECT '[1:1][1:0]={{}}'::int[]")).rejects.toMatchObject({ code: '2202E' });
      await expect(pool.query("INSERT INTO ids (x) VALUES ('4294967296')")).rejects.toMatchObject({
        code: '0A000',
      });
      await pool.end();
    },
    PGLITE_START_MS,
  );
});
