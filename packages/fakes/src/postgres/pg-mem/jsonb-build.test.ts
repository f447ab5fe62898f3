import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

const setup = `CREATE TABLE u (id int PRIMARY KEY, name text, active bool, email text); INSERT INTO u VALUES (1, 'Ann', true, 'a@x.io'), (2, 'Bob', false, NULL)`;

async function outcome(sql: string): Promise<unknown> {
  const { pool } = await createFakePostgres({ migrations: [{ name: 'u', sql: setup }] });
  try {
    return (await pool.query(sql)).rows;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

describe('pg-mem engine: jsonb_build_object and jsonb_build_array', () => {
  // pg-mem lacks both (the engine refused them); PostgreSQL makes each argument jsonb as to_jsonb does.
  it('builds objects and arrays of text, integers, booleans and jsonb, the last duplicate key winning', async () => {
    expect(
      await outcome(
        `SELECT jsonb_build_object('id', id, 'name', name, 'on', active, 'id', id * 10, 'j', '{"k": [1]}'::jsonb) AS o, jsonb_build_array(id, name, jsonb_build_array()) AS a FROM u WHERE id = 1`,
      ),
    ).toEqual([{ o: { id: 10, name: 'Ann', on: true, j: { k: [1] } }, a: [1, 'Ann', []] }]);
  });

  it('makes a NULL value a JSON null, not SQL NULL', async () => {
    expect(
      await outcome(
        `SELECT jsonb_build_object('e', email) AS o, jsonb_build_array(email) -> 0 IS NULL AS sql_null FROM u WHERE id = 2`,
      ),
    ).toEqual([{ o: { e: null }, sql_null: false }]);
  });

  it('fails as PostgreSQL does on an odd argument list and a NULL key, and refuses a numeric value', async () => {
    expect(await outcome(`SELECT jsonb_build_object('a')`)).toBe('22023');
    expect(await outcome('SELECT jsonb_build_object(NULL, 1)')).toBe('22023');
    expect(await outcome(`SELECT jsonb_build_object('n', 1.50)`)).toBe('0A000');
  });

  it('reads to_jsonb of text, integers, booleans and jsonb, SQL NULL staying SQL NULL', async () => {
    expect(
      await outcome(
        `SELECT to_jsonb(id) AS i, to_jsonb(name) AS n, to_jsonb(active) AS a, to_jsonb(email) IS NULL AS e FROM u WHERE id = 2`,
      ),
    ).toEqual([{ i: 2, n: 'Bob', a: false, e: true }]);
  });

  it('strips the object fields holding a JSON null at every depth with jsonb_strip_nulls, keeping array nulls', async () => {
    expect(
      await outcome(
        `SELECT jsonb_strip_nulls('{"a": null, "b": {"c": null, "d": 1}, "e": [null, {"f": null}]}'::jsonb) AS v`,
      ),
    ).toEqual([{ v: { b: { d: 1 }, e: [null, {}] } }]);
  });
});
