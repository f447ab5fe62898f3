import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

const setup = `CREATE TABLE d (id int PRIMARY KEY, doc jsonb); INSERT INTO d VALUES (1, '{"a": {"b": [1, {"c": null}]}, "t": ["x"]}'), (2, '[1, [2]]')`;

describe('pg-mem engine: the jsonb #> operator', () => {
  // pg-mem's parser has no #> (it refused every statement with one); PostgreSQL gives the jsonb at the path.
  it('gives the jsonb at the path, a JSON null as jsonb null and a missing path as SQL NULL', async () => {
    const { pool } = await createFakePostgres({ migrations: [{ name: 'd', sql: setup }] });
    const { rows, fields } = await pool.query(
      `SELECT doc #> '{a,b,1}' AS obj, doc #> '{a,b,1,c}' IS NULL AS json_null_is_null, doc #> '{zz}' IS NULL AS missing,
              doc#>'{t}' || '["y"]' AS joined, doc #> '{a}' -> 'b' ->> 0 AS chained FROM d WHERE id = 1`,
    );
    expect(rows).toEqual([
      { obj: { c: null }, json_null_is_null: false, missing: true, joined: ['x', 'y'], chained: '1' },
    ]);
    expect(fields.map((f) => f.dataTypeID)).toEqual([3802, 16, 16, 3802, 25]);
  });

  it('reads a parameter path, as Prisma filters on a JSON path', async () => {
    const { pool } = await createFakePostgres({ migrations: [{ name: 'd', sql: setup }] });
    const { rows } = await pool.query('SELECT id FROM d WHERE (doc#>ARRAY[$1]::text[])::jsonb::jsonb = $2', [
      't',
      '["x"]',
    ]);
    expect(rows).toEqual([{ id: 1 }]);
  });

  it('deletes at a path with #- as PostgreSQL does, and fails on a scalar, a NULL step and a non-integer array step', async () => {
    const { pool } = await createFakePostgres({ migrations: [{ name: 'd', sql: setup }] });
    const { rows } = await pool.query(
      `SELECT doc #- '{a,b,0}' AS first, doc #- '{a,b,-1}' AS last, doc #- '{t}' AS key, doc #- '{zz,x}' AS missing FROM d WHERE id = 1`,
    );
    expect(rows).toEqual([
      {
        first: { a: { b: [{ c: null }] }, t: ['x'] },
        last: { a: { b: [1] }, t: ['x'] },
        key: { a: { b: [1, { c: null }] } },
        missing: { a: { b: [1, { c: null }] }, t: ['x'] },
      },
    ]);
    const code = (sql: string) =>
      pool.query(sql).then(
        () => 'ok',
        (error: { code?: string }) => error.code,
      );
    expect(await code(`SELECT '5'::jsonb #- '{a}'`)).toBe('22023');
    expect(await code(`SELECT doc #- '{a,NULL}' FROM d WHERE id = 1`)).toBe('22004');
    expect(await code(`SELECT doc #- '{a,b,x}' FROM d WHERE id = 1`)).toBe('22P02');
  });

  it('reads jsonb_extract_path and jsonb_extract_path_text as #> and #>> with a VARIADIC path', async () => {
    const { pool } = await createFakePostgres({ migrations: [{ name: 'd', sql: setup }] });
    const { rows } = await pool.query(
      `SELECT jsonb_extract_path(doc, 'a', 'b', '1') AS j, jsonb_extract_path_text(doc, 't', '0') AS t FROM d WHERE id = 1`,
    );
    expect(rows).toEqual([{ j: { c: null }, t: 'x' }]);
  });
});
