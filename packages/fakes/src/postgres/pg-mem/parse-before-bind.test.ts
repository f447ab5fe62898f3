import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

const SCHEMA = `CREATE TABLE users (id int PRIMARY KEY, tenant_id int NOT NULL, email text NOT NULL, active boolean NOT NULL DEFAULT true);
CREATE TABLE tags (id int PRIMARY KEY, name text);`;

async function pool() {
  const fake = await createFakePostgres({ engine: 'pg-mem', migrations: [{ name: 'schema', sql: SCHEMA }] });
  return fake.pool;
}

// PostgreSQL handles Parse before Bind: a statement of a failed transaction is refused (25P02),
// then analysed (42xxx, a placeholder without a value met where it stands), and only then does
// Bind compare the values sent with the placeholders (08P01).
describe('pg-mem engine: Parse errors come before the Bind count of values', () => {
  it.each<[string, unknown[], string, string]>([
    ['SELECT min(active) AS a FROM users', [1, 2, 3], '0A000', 'min over bool'],
    ['SELECT nope FROM users', [1], '42703', 'column "nope" does not exist'],
    ['SELECT id FROM nowhere WHERE id = $1', [1, 2], '42P01', 'relation "nowhere" does not exist'],
    [
      'UPDATE users SET nope = $1 WHERE id = $2',
      [1],
      '42703',
      'column "nope" of relation "users" does not exist',
    ],
    ['SELECT id FROM users WHERE id = $1', [1, 2], '08P01', 'bind message supplies 2 parameters'],
  ])('%s with %j: %s', async (text, values, code, message) => {
    await expect((await pool()).query(text, values)).rejects.toMatchObject({
      code,
      message: expect.stringContaining(message),
    });
  });

  it('names the placeholder analysis meets first when the simple protocol sends none', async () => {
    const db = await pool();
    await expect(db.query('SELECT id FROM users WHERE id = $1 AND tenant_id = $2')).rejects.toMatchObject({
      code: '42P02',
      message: 'there is no parameter $1',
      position: '33',
    });
    await expect(db.query('SELECT id FROM nowhere WHERE id = $1')).rejects.toMatchObject({ code: '42P01' });
  });

  it("refuses a failed transaction's statement before counting its values", async () => {
    const client = await (await pool()).connect();
    try {
      await client.query('BEGIN');
      await expect(client.query('SELECT 1/0')).rejects.toMatchObject({ code: '22012' });
      await expect(client.query('SELECT id FROM users WHERE id = $2', [1, 2, 3])).rejects.toMatchObject({
        code: '25P02',
      });
      await expect(client.query('SELECT id FROM users WHERE id = $1', [1, 2])).rejects.toMatchObject({
        code: '25P02',
      });
      await client.query('ROLLBACK');
    } finally {
      client.release();
    }
  });
});

// A written constant compared with or assigned to a column is read by the column type's input
// during parse analysis, at Parse: its error comes before Bind's reading and counting of values.
describe("pg-mem engine: a constant's input error comes before the values' Bind", () => {
  it.each<[string, unknown[], string, string]>([
    ["SELECT id FROM users WHERE id = $1 AND tenant_id > 'abc'", ['x'], '22P02', 'integer: "abc"'],
    ["SELECT id FROM users WHERE id = $1 AND tenant_id > 'abc'", [1, 2], '22P02', 'integer: "abc"'],
    [
      "INSERT INTO users (id, tenant_id, email) VALUES ($1, '99999999999', 'e')",
      ['x'],
      '22003',
      'out of range',
    ],
    ["UPDATE users SET email = $1 WHERE active = 'maybe'", [1, 2], '22P02', 'boolean: "maybe"'],
  ])('%s with %j: %s', async (text, values, code, message) => {
    await expect((await pool()).query(text, values)).rejects.toMatchObject({
      code,
      message: expect.stringContaining(message),
    });
  });

  it("still reports a value's own input error when the constants are sound, and no error planning raises", async () => {
    const db = await pool();
    await expect(
      db.query("SELECT id FROM users WHERE id = $1 AND tenant_id > '1'", ['x']),
    ).rejects.toMatchObject({
      code: '22P02',
      where: "unnamed portal parameter $1 = '...'",
    });
    // Division by zero is folded by the planner, after Bind has read the values.
    await expect(
      db.query('SELECT id FROM users WHERE id = $1 AND tenant_id > 1/0', ['x']),
    ).rejects.toMatchObject({
      code: '22P02',
      where: "unnamed portal parameter $1 = '...'",
    });
  });
});

// Which stage raises an error decides whether a bad or miscounted value (Bind) wins over it:
// aggregates in WHERE (analysis) and a column assigned twice (the rewriter) come before Bind,
// the ON CONFLICT arbiter (the planner) after it.
describe('pg-mem engine: analysis and rewriter errors before Bind, planner errors after it', () => {
  it.each<[string, unknown[], string, string]>([
    ['SELECT count(*) FROM users WHERE id = $1 AND count(*) > 1', ['x'], '42803', 'not allowed in WHERE'],
    ['SELECT count(*) FROM users WHERE id = $1 AND count(*) > 1', [1, 2], '42803', 'not allowed in WHERE'],
    [
      'SELECT count(*) FROM users u JOIN tags t ON count(*) > t.id WHERE u.id = $1',
      [1, 2],
      '42803',
      'not allowed in JOIN conditions',
    ],
    [
      'UPDATE users SET email = $1, email = $2 WHERE id = 1',
      ['a'],
      '42601',
      'multiple assignments to same column',
    ],
    ['UPDATE users SET active = true, active = false WHERE id = $1', ['x'], '42601', 'multiple assignments'],
    [
      "INSERT INTO users (id, tenant_id, email) VALUES ($1, 1, 'e') ON CONFLICT (email) DO NOTHING",
      ['x'],
      '22P02',
      'integer: "x"',
    ],
    [
      "INSERT INTO users (id, tenant_id, email) VALUES ($1, 1, 'e') ON CONFLICT (email) DO NOTHING",
      [1, 2],
      '08P01',
      'bind message supplies 2 parameters',
    ],
  ])('%s with %j: %s', async (text, values, code, message) => {
    await expect((await pool()).query(text, values)).rejects.toMatchObject({
      code,
      message: expect.stringContaining(message),
    });
  });

  it('points at the aggregate in WHERE, as parse analysis does', async () => {
    await expect(
      (await pool()).query('SELECT count(*) FROM users WHERE id = $1 AND count(*) > 1', [1]),
    ).rejects.toMatchObject({ code: '42803', position: '46' });
  });

  it('still raises the arbiter error once the values are sound, and allows aggregates in HAVING', async () => {
    const db = await pool();
    await expect(
      db.query(
        "INSERT INTO users (id, tenant_id, email) VALUES ($1, 1, 'e') ON CONFLICT (email) DO NOTHING",
        [1],
      ),
    ).rejects.toMatchObject({ code: '42P10' });
    const { rows } = await db.query(
      'SELECT tenant_id FROM users WHERE id > $1 GROUP BY tenant_id HAVING count(*) > 0',
      [0],
    );
    expect(rows).toEqual([]);
  });
});
