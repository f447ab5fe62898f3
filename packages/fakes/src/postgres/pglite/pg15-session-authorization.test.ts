import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

/** Starting PGlite takes seconds on a busy machine; it happens once per worker and schema. */
const PGLITE_START_MS = 60_000;

describe('session_authorization on a fresh PGlite session', () => {
  it(
    'names the connecting user in SHOW and current_setting, as a server sets it at connection start',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite' });
      const client = await pool.connect();
      try {
        const shown = await client.query('SHOW session_authorization');
        expect(shown.command).toBe('SHOW');
        expect(shown.fields.map(({ name }) => name)).toEqual(['session_authorization']);
        expect(shown.rows).toEqual([{ session_authorization: 'postgres' }]);
        const spelled = await client.query('SHOW SESSION AUTHORIZATION');
        expect(spelled.rows).toEqual([{ session_authorization: 'postgres' }]);
        const quoted = await client.query('SHOW "Session_Authorization"');
        expect(quoted.rows).toEqual([{ session_authorization: 'postgres' }]);
        const read = await client.query("SELECT current_setting('session_authorization') AS v");
        expect(read.rows).toEqual([{ v: 'postgres' }]);
      } finally {
        client.release();
      }
    },
    PGLITE_START_MS,
  );
});
