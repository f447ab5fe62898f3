import { parse } from 'pgsql-ast-parser';
import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';
import { otherSchemaTable } from './other-schema-tables.js';

const statement = (text: string) => {
  const [first] = parse(text);
  if (!first) throw new Error(`no statement in ${text}`);
  return first;
};

describe('otherSchemaTable', () => {
  it.each([
    ['ALTER TABLE nos.t ADD x int', 'nos.t'],
    ['ALTER TABLE nos.t RENAME TO u', 'nos.t'],
    ['TRUNCATE public.a, nos.t', 'nos.t'],
    ['CREATE INDEX ON nos.t (x)', 'nos.t'],
    ['CREATE TABLE x (a int REFERENCES nos.t (id))', 'nos.t'],
    ['ALTER TABLE x ADD CONSTRAINT f FOREIGN KEY (a) REFERENCES nos.t (id)', 'nos.t'],
    ['ALTER TABLE pg_catalog.pg_class ADD x int', 'pg_catalog.pg_class'],
  ])('finds the table of another schema in %s', (text, found) => {
    expect(otherSchemaTable(statement(text))).toBe(found);
  });

  it.each([
    'ALTER TABLE public.t ADD x int',
    'ALTER TABLE t ADD x int',
    'TRUNCATE t',
    'CREATE TABLE x (a int REFERENCES t (id))',
    'SELECT * FROM nos.t',
  ])('finds none in %s', (text) => {
    expect(otherSchemaTable(statement(text))).toBeUndefined();
  });

  it('makes the pg-mem engine refuse such DDL, where PostgreSQL 15 reports the schema missing (3F000)', async () => {
    const { pool } = await createFakePostgres({ engine: 'pg-mem' });
    await pool.query('CREATE TABLE t (id int PRIMARY KEY)');
    for (const text of ['ALTER TABLE nos.t ADD x int', 'TRUNCATE nos.t', 'CREATE INDEX ON nos.t (id)'])
      await expect(pool.query(text)).rejects.toMatchObject({ code: '0A000' });
    await expect(pool.query('CREATE TABLE c (a int REFERENCES nos.t)')).rejects.toMatchObject({
      code: '0A000',
    });
    await expect(pool.query('ALTER TABLE public.t ADD x int')).resolves.toBeDefined();
  });
});
