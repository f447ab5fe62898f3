import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';
import { informationSchemaDataType } from './information-schema-rows.js';

async function fake() {
  return createFakePostgres({
    engine: 'pg-mem',
    migrations: [
      {
        name: 'acct',
        sql: `CREATE TYPE mood AS ENUM ('ok', 'sad');
          CREATE TABLE acct (id serial PRIMARY KEY, email varchar(255) NOT NULL, name text, age smallint, ok boolean NOT NULL DEFAULT false, at timestamptz, tags text[], m mood)`,
      },
    ],
  });
}

const exists = (where: string): string =>
  `SELECT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'acct' AND ${where}) AS e`;

// Each answer is PostgreSQL 15's (checked against a 15 server); pg-mem 3.0.14 said NO and its own type names.
describe('pg-mem engine: information_schema.columns describes a column as PostgreSQL does', () => {
  it.each([
    [`column_name = 'name' AND is_nullable = 'YES'`, true],
    [`column_name = 'name' AND is_nullable = 'NO'`, false],
    [`column_name = 'id' AND is_nullable = 'NO'`, true],
    [`column_name = 'email' AND data_type = 'character varying'`, true],
    [`column_name = 'email' AND data_type = 'varchar'`, false],
    [`column_name = 'age' AND data_type = 'smallint'`, true],
    [`column_name = 'ok' AND data_type = 'boolean'`, true],
    [`column_name = 'at' AND data_type = 'timestamp with time zone'`, true],
    [`column_name = 'tags' AND data_type = 'ARRAY'`, true],
    [`column_name = 'm' AND data_type = 'USER-DEFINED'`, true],
  ])('%s', async (where, expected) => {
    const { pool } = await fake();
    expect((await pool.query(exists(where))).rows).toEqual([{ e: expected }]);
  });

  it('counts the columns of a table, as knex hasColumn does (pg-mem 3.0.14 threw inside its view)', async () => {
    const { pool } = await fake();
    const text =
      'select count(*) as n from information_schema.columns where table_name = $1 and column_name = $2 and table_schema = current_schema()';
    expect((await pool.query(text, ['acct', 'email'])).rows).toEqual([{ n: '1' }]);
    expect((await pool.query(text, ['acct', 'nope'])).rows).toEqual([{ n: '0' }]);
    const all =
      "SELECT count(*) AS n FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'acct'";
    expect((await pool.query(all)).rows).toEqual([{ n: '8' }]);
  });

  it("refuses table_catalog, which pg-mem gives as 'pgmem'", async () => {
    const { pool } = await fake();
    await expect(pool.query(exists(`table_catalog = 'pgmem'`))).rejects.toMatchObject({ code: '0A000' });
  });

  it('names the types as information_schema does', () => {
    expect(informationSchemaDataType({ name: 'float8' })).toBe('double precision');
    expect(informationSchemaDataType({ name: 'timestamp' })).toBe('timestamp without time zone');
    expect(informationSchemaDataType({ name: 'int4', array: true })).toBe('ARRAY');
  });
});
