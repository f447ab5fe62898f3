import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';
import { jsonbConcat, jsonbSet } from './jsonb-functions.js';

describe('jsonb_set as PostgreSQL 15 runs it', () => {
  const doc = { a: 1, b: { c: [1, 2] } };

  it('replaces, creates only the last step, and leaves a path through a scalar alone', () => {
    expect(jsonbSet(doc, ['b', 'c', '0'], 9, true)).toEqual({ a: 1, b: { c: [9, 2] } });
    expect(jsonbSet(doc, ['q'], 1, true)).toEqual({ ...doc, q: 1 });
    expect(jsonbSet(doc, ['q'], 1, false)).toEqual(doc);
    expect(jsonbSet(doc, ['q', 'r'], 1, true)).toEqual(doc);
    expect(jsonbSet(doc, ['a', 'b'], 1, true)).toEqual(doc);
  });

  it('counts negative indexes from the end and puts an index past either end before or after', () => {
    expect(jsonbSet([1, 2, 3], ['-1'], 9, true)).toEqual([1, 2, 9]);
    expect(jsonbSet([1, 2, 3], ['-5'], 9, true)).toEqual([9, 1, 2, 3]);
    expect(jsonbSet([1, 2, 3], ['7'], 9, true)).toEqual([1, 2, 3, 9]);
  });

  it('never changes its input (it may be a stored row)', () => {
    const input = { a: { b: 1 } };
    jsonbSet(input, ['a', 'b'], 2, true);
    expect(input).toEqual({ a: { b: 1 } });
  });

  it('raises PostgreSQL errors for a scalar, a NULL step and a non-integer array step', () => {
    expect(() => jsonbSet('x', ['a'], 1, true)).toThrow(expect.objectContaining({ code: '22023' }));
    expect(() => jsonbSet({}, [null], 1, true)).toThrow(expect.objectContaining({ code: '22004' }));
    expect(() => jsonbSet([1], ['1.0'], 1, true)).toThrow(
      expect.objectContaining({
        code: '22P02',
        message: 'path element at position 1 is not an integer: "1.0"',
      }),
    );
  });

  it('reads an index over the whole int4 range, -2147483648 included, and refuses one past it', () => {
    expect(jsonbSet([1], ['-2147483648'], 2, true)).toEqual([2, 1]);
    expect(jsonbSet([1], [' +0'], 2, true)).toEqual([2]);
    expect(() => jsonbSet([1], ['-2147483649'], 2, true)).toThrow(expect.objectContaining({ code: '22P02' }));
    expect(() => jsonbSet([1], ['2147483648'], 2, true)).toThrow(expect.objectContaining({ code: '22P02' }));
  });

  it('hands back an empty root without create_missing before it reads the path', () => {
    expect(jsonbSet([], ['x'], 1, false)).toEqual([]);
    expect(jsonbSet({}, [null], 1, false)).toEqual({});
    expect(() => jsonbSet([], ['x'], 1, true)).toThrow(expect.objectContaining({ code: '22P02' }));
  });
});

describe('jsonb ||', () => {
  it('merges two objects and concatenates anything else as arrays', () => {
    expect(jsonbConcat({ a: 1, b: 2 }, { a: 3 })).toEqual({ a: 3, b: 2 });
    expect(jsonbConcat({ a: 1 }, 1)).toEqual([{ a: 1 }, 1]);
    expect(jsonbConcat([1], [2, [3]])).toEqual([1, 2, [3]]);
    expect(jsonbConcat(null, null)).toEqual([null, null]);
  });

  it('runs on the engine, typing an untyped side as jsonb', async () => {
    const { pool } = await createFakePostgres({ engine: 'pg-mem' });
    const { rows } = await pool.query(
      `SELECT '{"b": 1}'::jsonb || '{"a": 2}' AS merged, jsonb_set('{"a": [1]}', '{a,0}', '"x"') AS set`,
    );
    expect(rows[0]).toEqual({ merged: { a: 2, b: 1 }, set: { a: ['x'] } });
  });
});
