import { describe, expect, it } from 'vitest';
import { createFakePostgres, type FakePostgresEngine } from '../create-fake-postgres.js';

const SCHEMA = [
  {
    name: 'notes',
    sql: "CREATE TABLE notes (id int PRIMARY KEY, body text); INSERT INTO notes VALUES (1, 'a')",
  },
];
const PGLITE_START_MS = 60_000;

// A named statement (pg's `name`) is planned once per connection: PostgreSQL fails it when DDL
// changed the columns it returns, and DISCARD ALL / DEALLOCATE drop it for the next Bind.
describe.each<FakePostgresEngine>(['pg-mem', 'pglite'])('named prepared statements on %s', (engine) => {
  it(
    'fail with 0A000 once DDL changed the columns a read returns',
    async () => {
      const db = await createFakePostgres({ engine, migrations: SCHEMA });
      try {
        const client = await db.pool.connect();
        const read = { name: 'read_note', text: 'SELECT * FROM notes WHERE id = $1', values: [1] };
        expect((await client.query(read)).rows).toEqual([{ id: 1, body: 'a' }]);
        await client.query('ALTER TABLE notes ADD COLUMN extra int DEFAULT 5');
        await expect(client.query(read)).rejects.toMatchObject({
          code: '0A000',
          message: 'cached plan must not change result type',
        });
        // Unnamed, the same text is planned afresh and answers the new columns.
        expect((await client.query('SELECT * FROM notes WHERE id = $1', [1])).rows).toEqual([
          { id: 1, body: 'a', extra: 5 },
        ]);
        client.release();
      } finally {
        await db.close();
      }
    },
    PGLITE_START_MS,
  );

  // pg-mem cannot drop a protocol's named statements: it refuses DEALLOCATE itself, loudly, and the
  // statement stays usable, as no DEALLOCATE ran.
  it(
    engine === 'pglite'
      ? 'are dropped by DEALLOCATE ALL, so a later Bind of one fails with 26000'
      : 'outlive a DEALLOCATE ALL the engine refuses with 0A000',
    async () => {
      const db = await createFakePostgres({ engine, migrations: SCHEMA });
      try {
        const client = await db.pool.connect();
        const read = { name: 'read_body', text: 'SELECT body FROM notes WHERE id = $1', values: [1] };
        expect((await client.query(read)).rows).toEqual([{ body: 'a' }]);
        if (engine === 'pglite') {
          await client.query('DEALLOCATE ALL');
          await expect(client.query(read)).rejects.toMatchObject({ code: '26000' });
        } else {
          await expect(client.query('DEALLOCATE ALL')).rejects.toMatchObject({
            code: '0A000',
            message: expect.stringContaining('DEALLOCATE is not supported'),
          });
          expect((await client.query(read)).rows).toEqual([{ body: 'a' }]);
        }
        client.release(true);
      } finally {
        await db.close();
      }
    },
    PGLITE_START_MS,
  );
});
