import { describe, expect, it } from 'vitest';
import { createFakePostgres, type FakePostgresEngine } from '../create-fake-postgres.js';

const SCHEMA = [{ name: 'notes', sql: 'CREATE TABLE notes (id int PRIMARY KEY, body text, blob bytea)' }];
const PGLITE_START_MS = 60_000;

// pg sends a Buffer in binary format: PostgreSQL reads it with the binary input of the parameter's
// type, so it is bytes in a bytea and the raw UTF-8 in a text (never bytea's hex text).
describe.each<FakePostgresEngine>(['pg-mem', 'pglite'])('binary (Buffer) parameters on %s', (engine) => {
  it(
    'are bytes in a bytea and their UTF-8 in a text',
    async () => {
      const db = await createFakePostgres({ engine, migrations: SCHEMA });
      try {
        await db.pool.query('INSERT INTO notes (id, body, blob) VALUES (1, $1, $2)', [
          Buffer.from('hé'),
          Buffer.from('ok'),
        ]);
        const { rows } = await db.pool.query('SELECT body AS b, blob AS x FROM notes ORDER BY id');
        expect(rows).toEqual([{ b: 'hé', x: Buffer.from('ok') }]);
        const { rows: untyped } = await db.pool.query('SELECT $1 AS v', [Buffer.from('abc')]);
        expect(untyped).toEqual([{ v: 'abc' }]);
      } finally {
        await db.close();
      }
    },
    PGLITE_START_MS,
  );

  it(
    'refuse a NUL or a bad UTF-8 sequence in a text, as text input does (22021)',
    async () => {
      const db = await createFakePostgres({ engine, migrations: SCHEMA });
      try {
        await expect(db.pool.query('SELECT $1::text AS v', [Buffer.from([0, 1])])).rejects.toMatchObject({
          code: '22021',
        });
        await expect(db.pool.query('SELECT $1::text AS v', [Buffer.from([0xff])])).rejects.toMatchObject({
          code: '22021',
        });
      } finally {
        await db.close();
      }
    },
    PGLITE_START_MS,
  );
});

describe('a parameter $0', () => {
  it('is 42P02 at parse, before the values are counted', async () => {
    const db = await createFakePostgres({ engine: 'pg-mem' });
    try {
      await expect(db.pool.query('SELECT $0 AS v', [1])).rejects.toMatchObject({ code: '42P02' });
    } finally {
      await db.close();
    }
  });
});
