import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';
import type { PostgresErrorFields } from '../postgres-engine.js';
import { tokenize } from '../sql-tokens.js';
import {
  pg15RoleAdminError,
  ROLE_ADMIN_GUARD,
  ROLE_INHERIT_GUARD,
  roleAdminGuard,
} from './pg15-role-admin.js';

const error = (
  code: string,
  message: string,
  more: Partial<PostgresErrorFields> = {},
): PostgresErrorFields => ({
  severity: 'ERROR',
  code,
  message,
  ...more,
});
const guardOf = (text: string): string | undefined => roleAdminGuard({ tokens: tokenize(text) });
/** Starting PGlite takes seconds on a busy machine; it happens once per worker and schema. */
const PGLITE_START_MS = 60_000;

describe('role administration as PostgreSQL 15 reports it', () => {
  it("gives 15's message without 16's detail", () => {
    expect(
      pg15RoleAdminError(
        error('42501', 'permission denied to grant role "r"', {
          detail: 'Only roles with the ADMIN option on role "r" may grant this role.',
        }),
        'GRANT r TO s',
      ),
    ).toEqual(error('42501', 'must have admin option on role "r"'));
    expect(
      pg15RoleAdminError(
        error('42501', 'permission denied to create role', {
          detail: 'Only roles with the CREATEROLE attribute may create roles.',
        }),
        'CREATE ROLE x',
      ),
    ).toEqual(error('42501', 'permission denied to create role'));
    expect(
      pg15RoleAdminError(
        error('42501', 'permission denied to alter role', {
          detail:
            'Only roles with the CREATEROLE attribute and the ADMIN option on role "x" may alter this role.',
        }),
        'ALTER ROLE x CREATEDB',
      ),
    ).toEqual(error('42501', 'permission denied'));
    expect(
      pg15RoleAdminError(error('42501', 'permission denied for table t'), 'SELECT 1 FROM t'),
    ).toBeUndefined();
  });

  it('refuses what 16 decides by its grantor bookkeeping, and a later name missing in DROP ROLE', () => {
    expect(pg15RoleAdminError(error('2BP01', 'dependent privileges exist'), 'REVOKE a FROM b')?.code).toBe(
      '0A000',
    );
    expect(
      pg15RoleAdminError(error('2BP01', 'dependent privileges exist'), 'REVOKE SELECT ON t FROM b'),
    ).toBeUndefined();
    expect(pg15RoleAdminError(error('42704', 'role "nope" does not exist'), 'DROP ROLE a, nope')?.code).toBe(
      '0A000',
    );
    expect(
      pg15RoleAdminError(error('42704', 'role "nope" does not exist'), 'DROP ROLE nope, a'),
    ).toBeUndefined();
    expect(
      pg15RoleAdminError(error('42704', 'role "nope" does not exist'), 'DROP ROLE nope'),
    ).toBeUndefined();
    expect(
      pg15RoleAdminError(
        error('0A000', 'role "pg_database_owner" cannot have explicit members'),
        'GRANT x TO y',
      )?.code,
    ).toBe('XX000');
  });

  it('guards role statements only, writing INHERIT into the grants', () => {
    expect(guardOf('CREATE ROLE x')).toBe(`SELECT ${ROLE_ADMIN_GUARD}(false)`);
    expect(guardOf('REVOKE a FROM b CASCADE')).toBe(`SELECT ${ROLE_ADMIN_GUARD}(true)`);
    expect(guardOf('ALTER ROLE "X" WITH NOINHERIT')).toBe(
      `SELECT ${ROLE_ADMIN_GUARD}(false), ${ROLE_INHERIT_GUARD}('X', false)`,
    );
    expect(guardOf('ALTER USER current_user INHERIT')).toBe(
      `SELECT ${ROLE_ADMIN_GUARD}(false), ${ROLE_INHERIT_GUARD}(current_user::text, true)`,
    );
    expect(guardOf('GRANT SELECT ON t TO x')).toBeUndefined();
    expect(guardOf('CREATE USER MAPPING FOR x SERVER s')).toBeUndefined();
    expect(guardOf('CREATE TABLE role (a int)')).toBeUndefined();
  });

  it(
    'answers on PGlite as 15: INHERIT read when checked, CREATEROLE refused, 15 messages',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: [] });
      const client = await pool.connect();
      await client.query('CREATE ROLE ra; CREATE ROLE rb; CREATE ROLE rc CREATEROLE');
      await client.query('ALTER ROLE rb NOINHERIT; GRANT ra TO rb; ALTER ROLE rb INHERIT');
      const inherited = await client.query("SELECT pg_has_role('rb', 'ra', 'USAGE') AS u");
      expect(inherited.rows).toEqual([{ u: true }]);
      await expect(client.query('SET ROLE rc; ALTER ROLE ra LOGIN')).rejects.toMatchObject({ code: '0A000' });
      await client.query('RESET ROLE');
      await expect(client.query('SET ROLE ra; CREATE ROLE rd')).rejects.toMatchObject({
        code: '42501',
        detail: undefined,
      });
      await client.query('RESET ROLE');
      await expect(client.query('GRANT pg_database_owner TO ra')).rejects.toMatchObject({ code: 'XX000' });
      client.release();
    },
    PGLITE_START_MS,
  );
});
