import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

async function fakeWith(sql: string) {
  const fake = await createFakePostgres({ engine: 'pg-mem', migrations: [{ name: 'schema', sql }] });
  return fake.pool;
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => {
      const { code, message, constraint, detail } = error as Record<string, unknown>;
      return { code, message, constraint, detail };
    },
  );

const PARENT_CHILD = (action: string) => `
  CREATE TABLE parent (id int PRIMARY KEY, code text);
  CREATE TABLE child (id int PRIMARY KEY, parent_id int REFERENCES parent (id) ${action});
  INSERT INTO parent VALUES (1, 'a'), (2, 'b'), (3, 'c');
  INSERT INTO child VALUES (1, 1), (2, 1), (3, 2);`;

describe('foreign keys checked as PostgreSQL checks them', () => {
  it('keeps a cascade of a failed statement out of the referencing rows', async () => {
    const pool = await fakeWith(PARENT_CHILD('ON UPDATE CASCADE ON DELETE SET NULL'));
    // 1 -> 2 meets the existing 2 (23505) after 1's children were cascaded to 2.
    expect(await failure(pool.query('UPDATE parent SET id = id + 1'))).toMatchObject({
      code: '23505',
      constraint: 'parent_pkey',
    });
    const { rows } = await pool.query('SELECT id, parent_id FROM child ORDER BY id');
    expect(rows).toEqual([
      { id: 1, parent_id: 1 },
      { id: 2, parent_id: 1 },
      { id: 3, parent_id: 2 },
    ]);
    await pool.query('UPDATE parent SET id = 7 WHERE id = 1');
    await pool.query('DELETE FROM parent WHERE id = 7');
    const after = await pool.query('SELECT id, parent_id FROM child ORDER BY id');
    expect(after.rows).toEqual([
      { id: 1, parent_id: null },
      { id: 2, parent_id: null },
      { id: 3, parent_id: 2 },
    ]);
  });

  it('reports a unique violation before a NO ACTION one, and lets NO ACTION pass when the key is back', async () => {
    const pool = await fakeWith(PARENT_CHILD(''));
    expect(await failure(pool.query('UPDATE parent SET id = id + 1'))).toMatchObject({
      code: '23505',
      detail: 'Key (id)=(2) already exists.',
    });
    const shifted = await pool.query('UPDATE parent SET id = id - 1 RETURNING id');
    expect(shifted.rows.map((row) => row.id)).toEqual([0, 1, 2]);
    expect(await failure(pool.query('DELETE FROM parent WHERE id = 2'))).toMatchObject({
      code: '23503',
      constraint: 'child_parent_id_fkey',
      detail: 'Key (id)=(2) is still referenced from table "child".',
    });
  });

  it('fails RESTRICT even when the statement writes the old key again', async () => {
    const pool = await fakeWith(PARENT_CHILD('ON UPDATE RESTRICT'));
    expect(await failure(pool.query('UPDATE parent SET id = id - 1'))).toMatchObject({
      code: '23503',
      detail: 'Key (id)=(1) is still referenced from table "child".',
    });
  });
});

describe('ON CONFLICT DO UPDATE row by row', () => {
  const TABLE =
    "CREATE TABLE t (id int PRIMARY KEY, code text NOT NULL, n int CHECK (n >= 0)); INSERT INTO t VALUES (1, 'a', 1)";
  const upsert = 'ON CONFLICT (id) DO UPDATE SET n = t.n + EXCLUDED.n';

  it('reports an earlier row error before 21000, and 21000 without pg-mem tips', async () => {
    const pool = await fakeWith(TABLE);
    expect(
      await failure(pool.query(`INSERT INTO t VALUES (3, 'x', 1), (3, NULL, 1) ${upsert}`)),
    ).toMatchObject({
      code: '23502',
    });
    expect(await failure(pool.query(`INSERT INTO t VALUES (1, 'x', 1), (1, 'y', 1) ${upsert}`))).toEqual({
      code: '21000',
      message: 'ON CONFLICT DO UPDATE command cannot affect row a second time',
      constraint: undefined,
      detail: undefined,
    });
    expect(
      await failure(pool.query(`INSERT INTO t SELECT 2, 'q', 1 UNION ALL SELECT 2, 'r', 1 ${upsert}`)),
    ).toMatchObject({ code: '21000' });
    expect((await pool.query('SELECT * FROM t')).rows).toEqual([{ id: 1, code: 'a', n: 1 }]);
  });

  it('leaves the row as it was when its update fails', async () => {
    const pool = await fakeWith(TABLE);
    expect(
      await failure(pool.query("INSERT INTO t VALUES (1, 'x', 0) ON CONFLICT (id) DO UPDATE SET n = -5")),
    ).toMatchObject({ code: '23514' });
    expect((await pool.query('SELECT * FROM t WHERE id = 1')).rows).toEqual([{ id: 1, code: 'a', n: 1 }]);
  });
});

describe('rows in heap order', () => {
  it('puts an updated row after the others, as the first of several failing rows is the one reported', async () => {
    const pool = await fakeWith(
      'CREATE TABLE t (id int PRIMARY KEY, n int CHECK (n <= 5)); INSERT INTO t VALUES (1, 0), (2, 1), (3, 2)',
    );
    await pool.query('UPDATE t SET n = n + 3');
    expect((await pool.query('SELECT id FROM t')).rows.map((row) => row.id)).toEqual([1, 2, 3]);
    await pool.query('UPDATE t SET n = 0 WHERE id = 1');
    expect((await pool.query('SELECT id FROM t')).rows.map((row) => row.id)).toEqual([2, 3, 1]);
    expect(await failure(pool.query('UPDATE t SET n = n + 9'))).toMatchObject({
      code: '23514',
      detail: 'Failing row contains (2, 13).',
    });
  });
});

describe('rows found through an index, in the order their index entries point into the heap', () => {
  const SCHEMA =
    "CREATE TABLE t (id int PRIMARY KEY, v int CHECK (v < 10), w text, u int UNIQUE); CREATE INDEX t_w ON t (w); INSERT INTO t VALUES (1, 1, 'a', 1), (2, 2, 'b', 2), (3, 3, 'c', 3), (5, 5, 'b', 5)";

  it('reports the first row in the heap, not the first of the IN list', async () => {
    const pool = await fakeWith(SCHEMA);
    expect(await failure(pool.query('UPDATE t SET v = 50 WHERE id IN (3, 1)'))).toMatchObject({
      code: '23514',
      detail: 'Failing row contains (1, 50, a, 1).',
    });
  });

  it('keeps a row updated without changing an indexed column where its index entries point (HOT)', async () => {
    const pool = await fakeWith(SCHEMA);
    await pool.query('UPDATE t SET v = 0 WHERE id = 2');
    expect(await failure(pool.query("UPDATE t SET v = 20 WHERE w = 'b'"))).toMatchObject({
      detail: 'Failing row contains (2, 20, b, 2).',
    });
  });

  it('moves a row whose indexed column changed to the end, as its new index entries point there', async () => {
    const pool = await fakeWith(SCHEMA);
    await pool.query('UPDATE t SET u = 22 WHERE id = 2');
    expect(await failure(pool.query("UPDATE t SET v = 20 WHERE w = 'b'"))).toMatchObject({
      detail: 'Failing row contains (5, 20, b, 5).',
    });
  });
});

describe('REFERENCES without a column list', () => {
  it('references the primary key, and fails as PostgreSQL does without one', async () => {
    const pool = await fakeWith(
      "CREATE TABLE p (id int PRIMARY KEY, s text DEFAULT 'x'); CREATE TABLE c (pid int REFERENCES p ON DELETE CASCADE); INSERT INTO p VALUES (1); INSERT INTO c VALUES (1)",
    );
    expect(await failure(pool.query('INSERT INTO c VALUES (2)'))).toMatchObject({
      code: '23503',
      detail: 'Key (pid)=(2) is not present in table "p".',
    });
    await pool.query('DELETE FROM p');
    expect((await pool.query('SELECT count(*)::int AS n FROM c')).rows).toEqual([{ n: 0 }]);
    await pool.query('CREATE TABLE u (a int UNIQUE)');
    expect(await failure(pool.query('CREATE TABLE d (a int REFERENCES u)'))).toMatchObject({ code: '42704' });
    expect(
      await failure(pool.query('CREATE TABLE e (a int, b int, FOREIGN KEY (a, b) REFERENCES p)')),
    ).toMatchObject({ code: '42830' });
  });
});

describe('a foreign key onto a partial unique index', () => {
  it('is refused as PostgreSQL refuses it (42830), and taken when a whole key is there too', async () => {
    const pool = await fakeWith(
      'CREATE TABLE u (a int, b int); CREATE UNIQUE INDEX u_live ON u (a) WHERE a > 0',
    );
    expect(await failure(pool.query('CREATE TABLE c (a int REFERENCES u (a))'))).toMatchObject({
      code: '42830',
      message: 'there is no unique constraint matching given keys for referenced table "u"',
    });
    expect(
      await failure(pool.query('ALTER TABLE u ADD COLUMN z int, ADD CONSTRAINT zk UNIQUE (a, b)')),
    ).toBeUndefined();
    expect(
      await failure(pool.query('CREATE TABLE d (a int, b int, FOREIGN KEY (b, a) REFERENCES u (b, a))')),
    ).toBeUndefined();
  });
});

describe('a computed integer assigned to a narrower column', () => {
  it('is narrowed when the row is written (22003 past the range)', async () => {
    const pool = await fakeWith(
      'CREATE TABLE t (id int, n smallint, b bigint); INSERT INTO t VALUES (1, 5, 40000)',
    );
    expect((await pool.query('UPDATE t SET n = n + 1 RETURNING n')).rows).toEqual([{ n: 6 }]);
    expect(await failure(pool.query('UPDATE t SET n = b'))).toMatchObject({
      code: '22003',
      message: 'smallint out of range',
    });
    expect((await pool.query('SELECT n FROM t')).rows).toEqual([{ n: 6 }]);
  });
});
