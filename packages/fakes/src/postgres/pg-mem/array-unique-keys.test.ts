import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

async function fakeWith(sql: string) {
  const fake = await createFakePostgres({ engine: 'pg-mem', migrations: [{ name: 'schema', sql }] });
  return fake.pool;
}

const code = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (error: unknown) => (error as { code?: string }).code,
  );

describe('a unique key holding an array with a NULL element', () => {
  it('is refused: PostgreSQL finds {a,NULL} a duplicate of {a,NULL}, pg-mem writes both', async () => {
    const pool = await fakeWith(
      "CREATE TABLE cu (id int, a text[] UNIQUE); INSERT INTO cu VALUES (1, ARRAY['a', 'b'])",
    );
    expect(await code(pool.query("INSERT INTO cu VALUES (2, ARRAY['a', NULL])"))).toBe('0A000');
    expect(await code(pool.query("INSERT INTO cu VALUES (3, '{{1,NULL}}')"))).toBe('0A000');
    expect(await code(pool.query('UPDATE cu SET a = ARRAY[NULL]::text[] WHERE id = 1'))).toBe('0A000');
  });

  it('leaves arrays without NULL elements, and NULL elements outside a unique key', async () => {
    const pool = await fakeWith('CREATE TABLE cu (id int, a int[] UNIQUE, b int[])');
    expect(await code(pool.query("INSERT INTO cu VALUES (1, '{1,2}', '{NULL}')"))).toBe('ok');
    expect(await code(pool.query("INSERT INTO cu VALUES (2, '{1,2}')"))).toBe('23505');
    expect(await code(pool.query('INSERT INTO cu VALUES (3, NULL)'))).toBe('ok');
  });
});
