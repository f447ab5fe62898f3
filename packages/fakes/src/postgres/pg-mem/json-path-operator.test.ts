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
});
