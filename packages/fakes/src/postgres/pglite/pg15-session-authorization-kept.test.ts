import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';
import { resetsSessionAuthorization } from './pg15-session-authorization.js';

/** Starting PGlite takes seconds on a busy machine; it happens once per worker and schema. */
const PGLITE_START_MS = 60_000;

describe('statements that leave session_authorization unset on PGlite', () => {
  it.each([
    ['DISCARD ALL', true],
    ['reset session authorization', true],
    ['RESET session_authorization;', true],
    ['SET SESSION AUTHORIZATION DEFAULT', true],
    ['SELECT 1; SET session_authorization TO DEFAULT', true],
    ['SET LOCAL SESSION AUTHORIZATION DEFAULT', false],
    ['RESET ALL', false],
    ["SELECT 'DISCARD ALL'", false],
    ['SET SESSION AUTHORIZATION r', false],
  ])('%s: %s', (text, resets) => {
    expect(resetsSessionAuthorization(text)).toBe(resets);
  });
});

// Every expected answer below is PostgreSQL 15's (checked against a 15 server).
describe('session_authorization in transactions on the PGlite engine', () => {
  it(
    'goes back to the session user when a transaction that set it rolls back, or a SET LOCAL ends',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite' });
      const client = await pool.connect();
      const sessionUser = async () => (await client.query('SELECT session_user AS u')).rows[0]?.u;
      try {
        await client.query('DROP ROLE IF EXISTS r21_h121_kept; CREATE ROLE r21_h121_kept');
        await client.query('BEGIN');
        await client.query('SET SESSION AUTHORIZATION r21_h121_kept');
        expect(await sessionUser()).toBe('r21_h121_kept');
        await client.query('ROLLBACK');
        expect(await sessionUser()).toBe('postgres');

        await client.query('BEGIN');
        await client.query('SET LOCAL SESSION AUTHORIZATION r21_h121_kept');
        await client.query('COMMIT');
        expect(await sessionUser()).toBe('postgres');

        // DISCARD ALL leaves it unset on PGlite: set again, so a later rollback still goes back.
        await client.query('SET SESSION AUTHORIZATION r21_h121_kept');
        await client.query('DISCARD ALL');
        expect(await sessionUser()).toBe('postgres');
        await client.query('BEGIN');
        await client.query('SET SESSION AUTHORIZATION r21_h121_kept');
        await client.query('ROLLBACK');
        expect(await sessionUser()).toBe('postgres');

        // Committed, it stays; RESET goes back.
        await client.query('BEGIN');
        await client.query('SET SESSION AUTHORIZATION r21_h121_kept');
        await client.query('COMMIT');
        expect(await sessionUser()).toBe('r21_h121_kept');
        await client.query('RESET SESSION AUTHORIZATION');
        expect(await sessionUser()).toBe('postgres');
      } finally {
        await client.query('ROLLBACK').catch(() => undefined);
        await client.query('RESET SESSION AUTHORIZATION').catch(() => undefined);
        await client.query('DROP ROLE IF EXISTS r21_h121_kept').catch(() => undefined);
        client.release();
      }
    },
    PGLITE_START_MS,
  );
});
