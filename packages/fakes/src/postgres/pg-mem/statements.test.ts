import { type CommentStatement, type DropStatement, parse, type Statement } from 'pgsql-ast-parser';
import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';
import { Catalog, chooseName, makeObjectName } from './catalog.js';
import { checkCommentTarget, createIndex, createTable, dropIndexes, dropTables } from './ddl-analyzer.js';
import { Sequences, sequenceName } from './sequences.js';

describe('constraint names as PostgreSQL chooses them', () => {
  it('cuts the longer of table and column names until the name fits 63 bytes (makeObjectName)', () => {
    expect(
      makeObjectName(
        'a_very_long_table_name_that_goes_on_and_on_and_on_forever',
        'a_very_long_column_name_that_also_goes_on_and_on',
        'check',
      ),
    ).toBe('a_very_long_table_name_that__a_very_long_column_name_that_check');
    expect(makeObjectName('t', undefined, 'pkey')).toBe('t_pkey');
  });

  it('adds a number to the label, not to the cut name, when the name is taken', () => {
    const taken = new Set(['t_a_key']);
    expect(chooseName('t', ['a'], 'key', taken)).toBe('t_a_key1');
    expect(chooseName('t', ['a', 'b'], 'key', taken)).toBe('t_a_b_key');
  });
});

describe('writes to a sequence', () => {
  it('refuses INSERT, UPDATE and DELETE on a sequence as PostgreSQL does (42809), not as a missing relation', async () => {
    const { pool } = await createFakePostgres({ engine: 'pg-mem' });
    await pool.query('CREATE SEQUENCE s');
    for (const sql of ['INSERT INTO s VALUES (1, 1, true)', 'UPDATE s SET last_value = 5', 'DELETE FROM s'])
      await expect(pool.query(sql), sql).rejects.toMatchObject({
        code: expect.stringMatching(/^(42809|0A000)$/),
      });
    await expect(pool.query('INSERT INTO s VALUES (1, 1, true)')).rejects.toMatchObject({
      code: '42809',
      message: 'cannot change sequence "s"',
    });
  });

  it('refuses ALTER TABLE on a sequence, which pg-mem would report missing', async () => {
    const { pool } = await createFakePostgres({ engine: 'pg-mem' });
    await pool.query('CREATE SEQUENCE s');
    await expect(pool.query('ALTER TABLE s RENAME TO s2')).rejects.toMatchObject({ code: '0A000' });
  });

  it('refuses an identity column of an array or non-integer type as PostgreSQL does (22023)', async () => {
    const { pool } = await createFakePostgres({ engine: 'pg-mem' });
    for (const type of ['int[]', 'text', 'numeric'])
      await expect(
        pool.query(`CREATE TABLE t (id ${type} GENERATED ALWAYS AS IDENTITY)`),
        type,
      ).rejects.toMatchObject({
        code: '22023',
        message: 'identity column type must be smallint, integer, or bigint',
      });
  });
});

describe('the engine sequences', () => {
  it('keeps currval() per connection', () => {
    const sequences = new Sequences();
    sequences.create('s');
    sequences.session = 1;
    expect(sequences.nextval('s')).toBe(1);
    sequences.session = 2;
    expect(() => sequences.currval('s')).toThrow(/not yet defined in this session/);
    sequences.session = 1;
    expect(sequences.currval('s')).toBe(1);
  });

  it('drops a sequence, and refuses a serial whose sequence name is taken', () => {
    const sequences = new Sequences();
    sequences.create('t_id_seq', { type: 'int4' });
    expect(() => sequences.create('t_id_seq', { type: 'int4' })).toThrow(/not supported/);
    sequences.drop('t_id_seq');
    expect(sequences.has('t_id_seq')).toBe(false);
  });

  it('names the sequences a table owns', () => {
    const catalog = new Catalog();
    catalog.addTable({
      name: 't',
      columns: [
        {
          name: 'id',
          type: { name: 'int4' },
          notNull: true,
          hasDefault: true,
          serial: true,
          default: {
            type: 'call',
            function: { name: 'nextval' },
            args: [{ type: 'string', value: 't_id_seq' }],
          },
        },
      ],
      constraints: [],
      indexes: [],
      indexKeys: new Map(),
    });
    expect(catalog.ownedSequences('t')).toEqual(['t_id_seq']);
  });
});

describe('the pg-mem engine on statements', () => {
  async function fake(sql: string) {
    return createFakePostgres({ migrations: [{ name: 'schema', sql }] });
  }

  it('reports the primary key first when a row violates it and an earlier unique column', async () => {
    const { pool } = await fake(
      'CREATE TABLE n (b int UNIQUE, a int PRIMARY KEY); INSERT INTO n VALUES (1, 1)',
    );
    await expect(pool.query('INSERT INTO n VALUES (1, 1)')).rejects.toMatchObject({
      code: '23505',
      constraint: 'n_pkey',
    });
    await expect(pool.query('INSERT INTO n VALUES (1, 2)')).rejects.toMatchObject({ constraint: 'n_b_key' });
  });

  it("types an UPDATE's WHERE and RETURNING before its SET list, as PostgreSQL reads them", async () => {
    const { pool } = await fake(
      "CREATE TABLE t (id int PRIMARY KEY, label text, flag boolean, v varchar(3)); INSERT INTO t VALUES (5, 'a', true, 'abc')",
    );
    // $1 is an integer (id = $1), assigned to label through its text output.
    const labelled = await pool.query("UPDATE t SET label = $1 || 'x' WHERE id = $1 RETURNING label", ['5']);
    expect(labelled.rows).toEqual([{ label: '5x' }]);
    await expect(pool.query('UPDATE t SET flag = $1 WHERE id = $1', ['5'])).rejects.toMatchObject({
      code: '42804',
      message: 'column "flag" is of type boolean but expression is of type integer',
    });
    await expect(pool.query('UPDATE t SET id = $1 WHERE label = $1', ['5x'])).rejects.toMatchObject({
      code: '42804',
    });
    await expect(pool.query('UPDATE t SET v = $1 WHERE id = $1 - 12340', ['12345'])).rejects.toMatchObject({
      code: '22001',
    });
    // RETURNING comes before SET too: $1 + 1 makes $1 an integer.
    const returned = await pool.query('UPDATE t SET label = $1 WHERE id = 5 RETURNING $1 + 1 AS r, label', [
      '5',
    ]);
    expect(returned.rows).toEqual([{ r: 6, label: '5' }]);
  });

  it('refuses DROP NOT NULL on a primary key or identity column', async () => {
    const { pool } = await fake(
      'CREATE TABLE p (a int, b int, PRIMARY KEY (a, b)); CREATE TABLE i (id int GENERATED ALWAYS AS IDENTITY)',
    );
    await expect(pool.query('ALTER TABLE p ALTER COLUMN b DROP NOT NULL')).rejects.toMatchObject({
      code: '42P16',
      message: 'column "b" is in a primary key',
    });
    await expect(pool.query('ALTER TABLE i ALTER COLUMN id DROP NOT NULL')).rejects.toMatchObject({
      code: '42601',
      message: 'column "id" of relation "i" is an identity column',
    });
  });

  it('checks a DEFAULT against its column when the DDL runs, and stores the value its type reads', async () => {
    const { pool } = await fake('CREATE TABLE x (id int)');
    await expect(pool.query("CREATE TABLE y (a int DEFAULT 'abc')")).rejects.toMatchObject({ code: '22P02' });
    await expect(pool.query('CREATE TABLE y (a int DEFAULT true)')).rejects.toMatchObject({
      code: '42804',
      message: 'column "a" is of type integer but default expression is of type boolean',
    });
    await pool.query("CREATE TABLE z (id int, ok bool DEFAULT 'yes', d jsonb DEFAULT '{}')");
    const { rows } = await pool.query('INSERT INTO z (id) VALUES (1) RETURNING ok, d');
    expect(rows).toEqual([{ ok: true, d: {} }]);
  });

  it('refuses a DEFAULT cast to a type no assignment cast takes to its column (42804)', async () => {
    const { pool } = await fake('CREATE TABLE x (id int)');
    await expect(pool.query("CREATE TABLE y (a int DEFAULT 'abc'::text)")).rejects.toMatchObject({
      code: '42804',
      message: 'column "a" is of type integer but default expression is of type text',
    });
    await expect(pool.query("CREATE TABLE y (a bool DEFAULT '1'::varchar)")).rejects.toMatchObject({
      code: '42804',
      message: 'column "a" is of type boolean but default expression is of type character varying',
    });
    await expect(pool.query('CREATE TABLE y (a jsonb DEFAULT 1::int)')).rejects.toMatchObject({
      code: '42804',
      message: 'column "a" is of type jsonb but default expression is of type integer',
    });
    await pool.query(
      "CREATE TABLE z (a int DEFAULT '7'::text::int, b text DEFAULT 1::int, c bigint DEFAULT 2::smallint)",
    );
    const { rows } = await pool.query('INSERT INTO z DEFAULT VALUES RETURNING a, b, c');
    expect(rows).toEqual([{ a: 7, b: '1', c: '2' }]);
  });

  it('refuses ALTER COLUMN on a system column as PostgreSQL does (0A000), not as a missing column', async () => {
    const { pool } = await fake('CREATE TABLE t (a int)');
    for (const action of ['TYPE bigint', 'SET DEFAULT 1', 'SET NOT NULL']) {
      await expect(pool.query(`ALTER TABLE t ALTER COLUMN xmin ${action}`)).rejects.toMatchObject({
        code: '0A000',
        message: 'cannot alter system column "xmin"',
      });
    }
  });

  it('runs no CTE that nothing reads, and finds ambiguous ORDER BY and GROUP BY names', async () => {
    const { pool } = await fake('CREATE TABLE t (id int, v int); INSERT INTO t VALUES (1, 2)');
    const { rows } = await pool.query('WITH a AS (SELECT 1 / 0 AS z) SELECT 1 AS one');
    expect(rows).toEqual([{ one: 1 }]);
    await expect(pool.query('SELECT id, v AS id FROM t ORDER BY id')).rejects.toMatchObject({
      code: '42702',
      message: 'ORDER BY "id" is ambiguous',
    });
    await expect(pool.query('SELECT id AS x, v AS x FROM t GROUP BY x')).rejects.toMatchObject({
      code: '42702',
    });
  });

  it('fails row locks where PostgreSQL does', async () => {
    const { pool } = await fake('CREATE TABLE t (id int, v int)');
    await expect(pool.query('SELECT DISTINCT v FROM t FOR UPDATE')).rejects.toMatchObject({
      code: '0A000',
      message: 'FOR UPDATE is not allowed with DISTINCT clause',
    });
    await expect(pool.query('SELECT v FROM t GROUP BY v FOR SHARE')).rejects.toMatchObject({
      message: 'FOR SHARE is not allowed with GROUP BY clause',
    });
    await expect(pool.query('SELECT id FROM t UNION SELECT id FROM t FOR UPDATE')).rejects.toMatchObject({
      message: 'FOR UPDATE is not allowed with UNION/INTERSECT/EXCEPT',
    });
    await expect(
      pool.query('SELECT a.id FROM t a LEFT JOIN t b ON b.id = a.v FOR UPDATE'),
    ).rejects.toMatchObject({
      message: 'FOR UPDATE cannot be applied to the nullable side of an outer join',
    });
  });

  it('pushes a row lock without OF down into subqueries in FROM, as PostgreSQL does', async () => {
    const { pool } = await fake('CREATE TABLE t (id int, v int); INSERT INTO t VALUES (1, 2)');
    await expect(
      pool.query('SELECT s.n FROM (SELECT count(*) AS n FROM t) s FOR UPDATE'),
    ).rejects.toMatchObject({ code: '0A000', message: 'FOR UPDATE is not allowed with aggregate functions' });
    await expect(
      pool.query('SELECT s.id FROM (SELECT id FROM t UNION SELECT v FROM t) s FOR KEY SHARE'),
    ).rejects.toMatchObject({ message: 'FOR KEY SHARE is not allowed with UNION/INTERSECT/EXCEPT' });
    // A lock inside an EXISTS stays out: PostgreSQL does not lock a sublink's rows.
    const { rows } = await pool.query(
      'SELECT s.id FROM (SELECT id FROM t) s WHERE EXISTS (SELECT count(*) FROM t) FOR UPDATE',
    );
    expect(rows).toEqual([{ id: 1 }]);
  });
});

describe('the DDL helpers the statement analysis calls', () => {
  function catalogOf(sql: string): Catalog {
    const catalog = new Catalog();
    for (const statement of parse(sql)) {
      if (statement.type === 'create table') createTable(statement, catalog, new Set()).apply(catalog);
      if (statement.type === 'create index') createIndex(statement, catalog).apply(catalog);
    }
    return catalog;
  }
  function one<T extends Statement['type']>(sql: string, type: T): Extract<Statement, { type: T }> {
    const [statement] = parse(sql);
    if (statement?.type !== type) throw new Error(`not a ${type}: ${sql}`);
    return statement as Extract<Statement, { type: T }>;
  }
  const schema =
    'CREATE TABLE a (id serial PRIMARY KEY); CREATE TABLE b (aid int REFERENCES a (id), k int); CREATE INDEX b_k ON b (k)';

  it('drops tables that reference each other together, with the sequences they own', () => {
    const catalog = catalogOf(schema);
    const drop = (sql: string) => dropTables(one(sql, 'drop table') as DropStatement, catalog);
    expect(() => drop('DROP TABLE a')).toThrow(expect.objectContaining({ code: '2BP01' }));
    expect(drop('DROP TABLE b, a').sequences).toEqual(['a_id_seq']);
    expect(() => drop('DROP TABLE b_k')).toThrow(expect.objectContaining({ code: '42809' }));
    expect(() => drop('DROP TABLE nope')).toThrow(expect.objectContaining({ code: '42P01' }));
  });

  it("keeps a constraint's index, and frees a dropped index's name", () => {
    const catalog = catalogOf(schema);
    const drop = (sql: string) => dropIndexes(one(sql, 'drop index') as DropStatement, catalog);
    expect(() => drop('DROP INDEX a_pkey')).toThrow(expect.objectContaining({ code: '2BP01' }));
    expect(() => drop('DROP INDEX a')).toThrow(expect.objectContaining({ code: '42809' }));
    expect(() => drop('DROP INDEX nope')).toThrow(expect.objectContaining({ code: '42704' }));
    drop('DROP INDEX b_k').apply(catalog);
    expect(catalog.constraintNames().has('b_k')).toBe(false);
  });

  it('checks what COMMENT ON names', () => {
    const catalog = catalogOf(schema);
    const sequences = { has: (name: string) => name === 'a_id_seq' };
    const check = (sql: string) => () =>
      checkCommentTarget(one(sql, 'comment') as CommentStatement, catalog, sequences);
    expect(check("COMMENT ON TABLE a IS 'x'")).not.toThrow();
    expect(check("COMMENT ON TABLE nope IS 'x'")).toThrow(expect.objectContaining({ code: '42P01' }));
    expect(check("COMMENT ON TABLE a_id_seq IS 'x'")).toThrow(expect.objectContaining({ code: '42809' }));
    expect(check("COMMENT ON COLUMN b.nope IS 'x'")).toThrow(expect.objectContaining({ code: '42703' }));
    expect(check("COMMENT ON INDEX b_k IS 'x'")).not.toThrow();
  });

  it('reads a sequence name as regclass does', () => {
    expect(sequenceName('SQ')).toBe('sq');
    expect(sequenceName('public."Sq"')).toBe('Sq');
    expect(() => sequenceName('other.sq')).toThrow(/not supported/);
  });
});

describe('data definition pg-mem would take where PostgreSQL refuses it, or read otherwise', () => {
  it('fails as PostgreSQL does: a CHECK with a subquery, a system column name, an unknown index method', async () => {
    const { pool } = await createFakePostgres({ engine: 'pg-mem' });
    await expect(pool.query('CREATE TABLE t (v int CHECK (v > (SELECT 1)))')).rejects.toMatchObject({
      code: '0A000',
      message: 'cannot use subquery in check constraint',
    });
    await expect(pool.query('CREATE TABLE t (v int, CHECK (v IN (SELECT 1)))')).rejects.toMatchObject({
      code: '0A000',
    });
    await expect(pool.query('CREATE TABLE t (xmin int)')).rejects.toMatchObject({
      code: '42701',
      message: 'column name "xmin" conflicts with a system column name',
    });
    await pool.query('CREATE TABLE t (id int, v int CHECK (v > 0))');
    await expect(pool.query('ALTER TABLE t ADD COLUMN ctid int')).rejects.toMatchObject({ code: '42701' });
    await expect(pool.query('CREATE INDEX t_v ON t USING nope (v)')).rejects.toMatchObject({
      code: '42704',
      message: 'access method "nope" does not exist',
    });
    await pool.query('CREATE INDEX t_v ON t USING btree (v)');
  });

  it('fails CREATE and DROP INDEX CONCURRENTLY inside a transaction block (25001), and runs them outside', async () => {
    const { pool } = await createFakePostgres({ engine: 'pg-mem' });
    await pool.query('CREATE TABLE t (id int, v int)');
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await expect(client.query('CREATE INDEX CONCURRENTLY t_v ON t (v)')).rejects.toMatchObject({
        code: '25001',
        message: 'CREATE INDEX CONCURRENTLY cannot run inside a transaction block',
      });
      await client.query('ROLLBACK');
      await client.query('CREATE INDEX CONCURRENTLY t_v ON t (v)');
      await client.query('BEGIN');
      await expect(client.query('DROP INDEX CONCURRENTLY t_v')).rejects.toMatchObject({ code: '25001' });
      await client.query('ROLLBACK');
      await client.query('DROP INDEX CONCURRENTLY t_v');
    } finally {
      client.release();
    }
  });

  it('treats a simple query of several statements as a transaction block for INDEX CONCURRENTLY, and refuses DROP INDEX CONCURRENTLY of several', async () => {
    const { pool } = await createFakePostgres({ engine: 'pg-mem' });
    await pool.query('CREATE TABLE t (id int, v int)');
    await expect(pool.query('CREATE INDEX CONCURRENTLY t_v ON t (v); SELECT 1')).rejects.toMatchObject({
      code: '25001',
    });
    await pool.query('CREATE INDEX t_v ON t (v); CREATE INDEX t_id ON t (id)');
    await expect(pool.query('DROP INDEX CONCURRENTLY t_v, t_id')).rejects.toMatchObject({
      code: '0A000',
      message: 'DROP INDEX CONCURRENTLY does not support dropping multiple objects',
    });
    await pool.query('DROP INDEX CONCURRENTLY t_v');
  });

  it('runs ALTER COLUMN ... SET NOT NULL, failing with 23502 and its fields while a row holds a NULL', async () => {
    const { pool } = await createFakePostgres({ engine: 'pg-mem' });
    await pool.query(
      "CREATE TABLE a (id int PRIMARY KEY, name text); INSERT INTO a VALUES (1, 'x'), (2, NULL)",
    );
    await expect(pool.query('ALTER TABLE a ALTER COLUMN name SET NOT NULL')).rejects.toMatchObject({
      code: '23502',
      message: 'column "name" of relation "a" contains null values',
      schema: 'public',
      table: 'a',
      column: 'name',
    });
    await pool.query("UPDATE a SET name = '' WHERE name IS NULL");
    await pool.query('ALTER TABLE a ALTER COLUMN name SET NOT NULL');
    await expect(pool.query('INSERT INTO a (id) VALUES (3)')).rejects.toMatchObject({
      code: '23502',
      column: 'name',
    });
    await pool.query('ALTER TABLE a ALTER COLUMN name DROP NOT NULL');
    await pool.query('INSERT INTO a (id) VALUES (3)');
  });

  it('drops a CHECK or FOREIGN KEY constraint (42704 when missing, skipped with IF EXISTS), and refuses a key', async () => {
    const { pool } = await createFakePostgres({ engine: 'pg-mem' });
    await pool.query(
      'CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (id int CHECK (id > 0), p_id int REFERENCES p(id))',
    );
    await pool.query('ALTER TABLE c DROP CONSTRAINT c_id_check');
    await pool.query('ALTER TABLE c DROP CONSTRAINT c_p_id_fkey');
    await pool.query('INSERT INTO c VALUES (-1, 99)');
    await expect(pool.query('ALTER TABLE c DROP CONSTRAINT c_id_check')).rejects.toMatchObject({
      code: '42704',
      message: 'constraint "c_id_check" of relation "c" does not exist',
    });
    await pool.query('ALTER TABLE c DROP CONSTRAINT IF EXISTS c_id_check');
    await expect(pool.query('ALTER TABLE c DROP CONSTRAINT c_id_not_null')).rejects.toMatchObject({
      code: '42704',
    });
    await expect(pool.query('ALTER TABLE p DROP CONSTRAINT p_pkey')).rejects.toMatchObject({ code: '0A000' });
    await pool.query('DROP TABLE p');
  });

  it('answers as PostgreSQL for an identity column default, TRUNCATE of a sequence and an index on a system column', async () => {
    const { pool } = await createFakePostgres({ engine: 'pg-mem' });
    await pool.query('CREATE TABLE i (id int GENERATED ALWAYS AS IDENTITY, v int)');
    for (const change of ['SET DEFAULT 1', 'DROP DEFAULT'])
      await expect(pool.query(`ALTER TABLE i ALTER COLUMN id ${change}`)).rejects.toMatchObject({
        code: '42601',
        message: 'column "id" of relation "i" is an identity column',
      });
    await pool.query('ALTER TABLE i ALTER COLUMN v SET DEFAULT 1');
    await pool.query('CREATE SEQUENCE s');
    await expect(pool.query('TRUNCATE s')).rejects.toMatchObject({
      code: '42809',
      message: '"s" is not a table',
    });
    await expect(pool.query('TRUNCATE nope')).rejects.toMatchObject({ code: '42P01' });
    await expect(pool.query('CREATE INDEX i_x ON i (ctid)')).rejects.toMatchObject({ code: '0A000' });
  });

  it('refuses what it would answer otherwise: a pg_ table, a sequence read as a relation, a DEFAULT too long for its varchar', async () => {
    const { pool } = await createFakePostgres({ engine: 'pg-mem' });
    await expect(pool.query('CREATE TABLE pg_class (a int)')).rejects.toMatchObject({ code: '0A000' });
    await pool.query('CREATE SEQUENCE s');
    await expect(pool.query('SELECT last_value FROM s')).rejects.toMatchObject({
      code: '0A000',
      message: expect.stringContaining('the sequence s'),
    });
    await expect(pool.query("CREATE TABLE p (id int, v varchar(2) DEFAULT 'abc')")).rejects.toMatchObject({
      code: '0A000',
    });
    // Trailing spaces beyond the length are cut without an error, as on a server.
    await pool.query("CREATE TABLE q (id int, v varchar(2) DEFAULT 'ab  ')");
  });
});
