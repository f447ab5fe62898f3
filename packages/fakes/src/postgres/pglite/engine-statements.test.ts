import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';
import { engineStatementName } from './engine-statements.js';

/** Starting PGlite takes seconds on a busy machine; it happens once per worker and schema. */
const PGLITE_START_MS = 60_000;

describe('the engine statements PGlite keeps for itself', () => {
  it(
    'are left out of pg_prepared_statements, which lists what PREPARE made, as a server lists it to a node-pg client',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite' });
      const client = await pool.connect();
      try {
        await client.query('SELECT $1::int AS a', [1]);
        await client.query('PREPARE mine(int) AS SELECT $1 AS a');
        const listed = await client.query('SELECT name, from_sql FROM pg_prepared_statements ORDER BY name');
        expect(listed.rows).toEqual([{ name: 'mine', from_sql: true }]);
        const kept = await client.query(
          'SELECT count(*)::int AS n FROM pg_prepared_statement() p WHERE NOT p.from_sql',
        );
        expect(kept.rows[0]?.n).toBeGreaterThan(0);
      } finally {
        client.release();
      }
    },
    PGLITE_START_MS,
  );

  it('are named under one prefix', () => {
    expect(engineStatementName(3)).toBe('seams_3');
  });
});
