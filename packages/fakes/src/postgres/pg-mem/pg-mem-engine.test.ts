import pg from 'pg';
import { DataType } from 'pg-mem';
import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';
import { roundDecimal } from './input-text.js';
import { floatOut, jsonbOut } from './output-text.js';

describe('the pg-mem engine', () => {
  it('runs beforeMigrations first, and trusts the functions it registers (in DEFAULTs too)', async () => {
    const fake = await createFakePostgres({
      beforeMigrations: (db) => {
        db.public.registerFunction({
          name: 'slugify',
          args: [DataType.text],
          returns: DataType.text,
          implementation: (text: string) => text.toLowerCase().replace(/\W+/g, '-'),
        });
      },
      migrations: [
        {
          name: 'posts',
          sql: "CREATE TABLE posts (id int PRIMARY KEY, slug text DEFAULT slugify('Draft Post'))",
        },
      ],
    });
    await fake.pool.query('INSERT INTO posts (id) VALUES (1)');
    const { rows, fields } = await fake.pool.query('SELECT slug, slugify($1) AS other FROM posts', [
      'Hello World',
    ]);
    expect(rows).toEqual([{ slug: 'draft-post', other: 'hello-world' }]);
    expect(fields.map((f) => f.dataTypeID)).toEqual([25, 25]);
  });

  it('has gen_random_uuid() without any set-up', async () => {
    const fake = await createFakePostgres();
    const { rows } = await fake.pool.query('SELECT gen_random_uuid() AS id');
    expect(rows[0]?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('refuses what it cannot run as PostgreSQL does with 0A000, naming the construct and the PGlite engine', async () => {
    const fake = await createFakePostgres({
      migrations: [{ name: 't', sql: 'CREATE TABLE t (id int PRIMARY KEY)' }],
    });
    await expect(fake.pool.query('SELECT id, row_number() OVER (ORDER BY id) FROM t')).rejects.toMatchObject({
      code: '0A000',
      message: expect.stringMatching(/window function row_number\(\).*engine: 'pglite'/),
    });
    await expect(
      fake.pool.query('UPDATE t SET id = (SELECT count(*) FROM t AS other WHERE other.id < t.id)'),
    ).rejects.toMatchObject({
      code: '0A000',
      message: expect.stringContaining('a correlated subquery (it reads t.id of its outer query)'),
    });
  });

  it('reports a constraint violation with PostgreSQL fields, as a pg DatabaseError', async () => {
    const fake = await createFakePostgres({
      migrations: [{ name: 'u', sql: 'CREATE TABLE u (id int PRIMARY KEY, email text NOT NULL UNIQUE)' }],
    });
    await fake.pool.query("INSERT INTO u VALUES (1, 'a@x.io')");
    const error = await fake.pool.query("INSERT INTO u VALUES (2, 'a@x.io')").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(pg.DatabaseError);
    expect(error).toMatchObject({
      code: '23505',
      constraint: 'u_email_key',
      table: 'u',
      schema: 'public',
      detail: 'Key (email)=(a@x.io) already exists.',
    });
  });

  it('names the cause of a failed migration in the message', async () => {
    await expect(
      createFakePostgres({
        migrations: [{ name: '0001_bad', sql: 'CREATE TABLE t (id int REFERENCES nowhere (id))' }],
      }),
    ).rejects.toThrow(/migration 0001_bad failed: relation "nowhere" does not exist/);
  });

  it('keeps sequences moving past failed inserts and rolled-back transactions, as PostgreSQL does', async () => {
    const fake = await createFakePostgres({
      migrations: [{ name: 't', sql: 'CREATE TABLE t (id serial PRIMARY KEY, k text UNIQUE)' }],
    });
    await fake.pool.query("INSERT INTO t (k) VALUES ('a')");
    await expect(fake.pool.query("INSERT INTO t (k) VALUES ('a')")).rejects.toMatchObject({ code: '23505' });
    const client = await fake.pool.connect();
    await client.query('BEGIN');
    await client.query("INSERT INTO t (k) VALUES ('b')");
    await client.query('ROLLBACK');
    client.release();
    const { rows } = await fake.pool.query("INSERT INTO t (k) VALUES ('c') RETURNING id");
    expect(rows).toEqual([{ id: 4 }]);
    await fake.reset();
    expect((await fake.pool.query("INSERT INTO t (k) VALUES ('d') RETURNING id")).rows).toEqual([{ id: 1 }]);
  });

  it('refuses an error after a schema change in a multi-statement query, which it cannot undo', async () => {
    const fake = await createFakePostgres();
    await expect(fake.pool.query('CREATE TABLE z (a int); SELECT 1/0')).rejects.toMatchObject({
      code: '0A000',
      message: expect.stringContaining('an error after a schema change in a multi-statement query'),
    });
    await fake.pool.query('CREATE TABLE y (a int)');
    await expect(fake.pool.query('INSERT INTO y VALUES (1); SELECT 1/0')).rejects.toMatchObject({
      code: '22012',
    });
    expect((await fake.pool.query('SELECT count(*)::int AS n FROM y')).rows).toEqual([{ n: 0 }]);
  });

  it('refuses, coded, to roll back past a DDL pg-mem failed partway (its backup cannot be restored)', async () => {
    const fake = await createFakePostgres();
    // pg-mem counts the failed CREATE TABLE as a schema change: the implicit transaction cannot be
    // undone, and the refusal saying why the statement failed stays the answer.
    await expect(
      fake.pool.query("CREATE TABLE u (e text CHECK (position('@' IN e) > 1)); SELECT 1"),
    ).rejects.toMatchObject({ code: '0A000', message: expect.stringContaining('position(bool)') });
    const client = await fake.pool.connect();
    await client.query('BEGIN');
    await expect(client.query('CREATE TABLE v (a int CHECK (nosuch(a) > 1))')).rejects.toMatchObject({
      code: '0A000',
    });
    await expect(client.query('ROLLBACK')).rejects.toMatchObject({
      code: '0A000',
      message: expect.stringContaining('rolling back a schema change'),
    });
    client.release();
    expect((await fake.pool.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
  });

  it('refuses reset() after a schema change since the migrations, coded, as on PGlite', async () => {
    const fake = await createFakePostgres({ migrations: [{ name: 't', sql: 'CREATE TABLE t (a int)' }] });
    await fake.pool.query('INSERT INTO t VALUES (1)');
    await fake.reset();
    await fake.pool.query('CREATE TABLE extra (a int)');
    await expect(fake.reset()).rejects.toMatchObject({ code: 'FAKE_PG_RESET_REFUSED' });
  });

  it('drops a sequence a failed multi-statement query created, keeping nextval() taken', async () => {
    const fake = await createFakePostgres();
    await expect(fake.pool.query('CREATE SEQUENCE q; SELECT 1/0')).rejects.toMatchObject({ code: '22012' });
    await expect(fake.pool.query("SELECT nextval('q')")).rejects.toMatchObject({ code: '42P01' });
    await fake.pool.query('CREATE SEQUENCE p');
    await expect(fake.pool.query("SELECT nextval('p'); SELECT 1/0")).rejects.toMatchObject({ code: '22012' });
    expect((await fake.pool.query("SELECT nextval('p')::int AS n")).rows).toEqual([{ n: 2 }]);
  });
});

describe('PostgreSQL text forms', () => {
  it.each([
    ['2.345', 2, '2.35'],
    ['-2.5', 0, '-3'],
    ['1.005', 2, '1.01'],
    ['0.3', 0, '0'],
    ['-0.004', 2, '0.00'],
    ['1e3', 1, '1000.0'],
    ['1234567.5', 2, '1234567.50'],
  ])('roundDecimal(%s, %i) is %s (half away from zero)', (text, scale, expected) => {
    expect(roundDecimal(text, scale)).toBe(expected);
  });

  it.each([
    [0.30000000000000004, '0.30000000000000004'],
    [1e21, '1e+21'],
    [1e15, '1e+15'],
    [123456789012345, '123456789012345'],
    [0.00001, '1e-05'],
    [Number.NaN, 'NaN'],
    [Number.NEGATIVE_INFINITY, '-Infinity'],
  ])('float8 %d prints as %s', (value, expected) => {
    expect(floatOut(value)).toBe(expected);
  });

  it('prints jsonb keys shortest first, then by bytes, with PostgreSQL spacing', () => {
    expect(jsonbOut({ bb: 1, a: [true, null], c: { z: 'x', y: 1.5 } })).toBe(
      '{"a": [true, null], "c": {"y": 1.5, "z": "x"}, "bb": 1}',
    );
  });
});
