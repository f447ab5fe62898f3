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

  it('fails as PostgreSQL does on an odd argument list and a NULL key, and refuses a NULL value', async () => {
    expect(await outcome(`SELECT jsonb_build_object('a')`)).toBe('22023');
    expect(await outcome('SELECT jsonb_build_object(NULL, 1)')).toBe('22023');
    // A NULL value is a JSON null, which pg-mem holds as a symbol of its own the engine cannot make.
    expect(await outcome(`SELECT jsonb_build_object('e', email) FROM u WHERE id = 2`)).toBe('0A000');
    expect(await outcome(`SELECT jsonb_build_object('n', 1.50)`)).toBe('0A000');
  });
});
