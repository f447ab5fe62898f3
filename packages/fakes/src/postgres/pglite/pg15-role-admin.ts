import type { PostgresErrorFields } from '../postgres-engine.js';
import type { SqlToken } from '../sql-tokens.js';
import type { CatalogStatement } from './pg15-catalog.js';

/**
 * Role administration as PostgreSQL 15 does it where PGlite (18) follows 16's rules:
 * - A CREATEROLE role (not a superuser) may, on 15, create, alter, drop, grant and revoke any role
 *   but a superuser; 16 lets it touch only the roles it holds ADMIN on, grants it ADMIN on each role
 *   it creates (a membership 15 does not make, which pg_has_role then sees), and needs CREATEDB to
 *   make a CREATEDB role. No answer of 18 is 15's there: such a statement is refused (0A000).
 * - A role's INHERIT attribute decides, on 15, whether each of its memberships passes privileges,
 *   read when the privileges are checked; 16 copies it into each grant when the grant is made, so a
 *   later `ALTER ROLE ... [NO]INHERIT` changes nothing. The guard writes the new value into the
 *   role's grants just before the ALTER runs (in its transaction: undone if the ALTER fails).
 * - 16 records who granted a role and refuses to revoke a grantor's membership while its grants
 *   stand (2BP01), or with CASCADE revokes them too; 15 keeps such grants and revokes alone.
 * - The 42501 errors of role administration: 16 rewrote their messages and added a detail
 *   ("Only roles with ... may ..."); 15 gives its own message and no detail.
 */

// A literal, not pg15-catalog's constant: that module imports this one (as pg15-ctype.ts does).
const PREFIX = 'pglite18_';
export const ROLE_ADMIN_GUARD = `pg_catalog.${PREFIX}role_admin_guard`;
export const ROLE_INHERIT_GUARD = `pg_catalog.${PREFIX}role_inherit_guard`;

const refusalMessage = (what: string): string =>
  `${what}: PGlite (PostgreSQL 18) follows 16's rules for it, not 15's, so the fake refuses it: run this test on the real server`;
const REFUSAL = (what: string): string => `'${refusalMessage(what).replaceAll("'", "''")}'`;

export const ROLE_ADMIN_STATEMENTS: readonly CatalogStatement[] = [
  {
    // `cascade`: a REVOKE of roles with CASCADE, which 16 carries to the grants its revokees made.
    text: `CREATE OR REPLACE FUNCTION ${ROLE_ADMIN_GUARD}(cascade boolean) RETURNS void
      LANGUAGE plpgsql STABLE AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles
                   WHERE rolname OPERATOR(pg_catalog.=) current_user AND rolcreaterole AND NOT rolsuper) THEN
          RAISE EXCEPTION USING ERRCODE = 'feature_not_supported',
            MESSAGE = ${REFUSAL('role administration by a CREATEROLE role that is not a superuser')};
        END IF;
        IF cascade AND EXISTS (SELECT 1 FROM pg_catalog.pg_auth_members m JOIN pg_catalog.pg_roles g ON g.oid OPERATOR(pg_catalog.=) m.grantor
                               WHERE NOT g.rolsuper) THEN
          RAISE EXCEPTION USING ERRCODE = 'feature_not_supported',
            MESSAGE = ${REFUSAL('REVOKE of a role with CASCADE where roles other than superusers granted memberships')};
        END IF;
      END $$`,
    params: [],
  },
  {
    // SECURITY DEFINER: the catalog is the superuser's to write. Anyone may call it: the ALTER right
    // after it checks the caller, and its failure undoes this write with it (one transaction).
    text: `CREATE OR REPLACE FUNCTION ${ROLE_INHERIT_GUARD}(role_name text, inherit boolean) RETURNS void
      LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog AS $$
        UPDATE pg_catalog.pg_auth_members SET inherit_option = inherit
        WHERE member OPERATOR(pg_catalog.=) (SELECT oid FROM pg_catalog.pg_roles WHERE rolname OPERATOR(pg_catalog.=) role_name)
      $$`,
    params: [],
  },
];

const isWord = (token: SqlToken | undefined, ...words: string[]): boolean =>
  token?.kind === 'word' && (words.length === 0 || words.includes(token.value));

/** The words naming a role in CREATE / ALTER / DROP: `ROLE`, `USER` (not `USER MAPPING`), `GROUP`. */
function namesRoleKind(tokens: readonly SqlToken[], at: number): boolean {
  return (
    isWord(tokens[at], 'role', 'group') || (isWord(tokens[at], 'user') && !isWord(tokens[at + 1], 'mapping'))
  );
}

/** `GRANT a, b TO c` / `REVOKE a FROM c`: a role's grant, which has no `ON` before its TO / FROM. */
function grantsRoles(tokens: readonly SqlToken[]): boolean {
  if (!isWord(tokens[0], 'grant', 'revoke')) return false;
  for (const token of tokens.slice(1)) {
    if (isWord(token, 'on')) return false;
    if (isWord(token, 'to', 'from')) return true;
  }
  return false;
}

/** The SQL expression of the role an ALTER ROLE names (its name, or the caller's for CURRENT_USER...). */
function roleExpression(token: SqlToken | undefined): string | undefined {
  if (token?.kind === 'quoted') return `'${token.value.replaceAll("'", "''")}'`;
  if (token?.kind !== 'word' || token.value === 'all') return undefined;
  if (token.value === 'current_user' || token.value === 'current_role') return 'current_user::text';
  if (token.value === 'session_user') return 'session_user::text';
  return `'${token.value}'`;
}

/**
 * The guard to run just before a role-administration statement (see above), or undefined for any
 * other statement: CREATE / ALTER / DROP ROLE (USER, GROUP), GRANT and REVOKE of roles.
 */
export function roleAdminGuard({ tokens }: { readonly tokens: readonly SqlToken[] }): string | undefined {
  const head = tokens[0];
  const administers =
    (isWord(head, 'create', 'alter', 'drop') && namesRoleKind(tokens, 1)) || grantsRoles(tokens);
  if (!administers) return undefined;
  const cascade = isWord(head, 'revoke') && tokens.some((token) => isWord(token, 'cascade'));
  const guard = `SELECT ${ROLE_ADMIN_GUARD}(${cascade})`;
  if (!isWord(head, 'alter') || isWord(tokens[2], 'all')) return guard;
  // ALTER ROLE name [WITH] option...: INHERIT / NOINHERIT among its options (not a RENAME or SET).
  const options = tokens.slice(3);
  const inherit = options.find((token) => isWord(token, 'inherit', 'noinherit'));
  const role = roleExpression(tokens[2]);
  if (
    inherit === undefined ||
    role === undefined ||
    options.some((token) => isWord(token, 'set', 'reset', 'rename'))
  )
    return guard;
  return `${guard}, ${ROLE_INHERIT_GUARD}(${role}, ${inherit.value === 'inherit'})`;
}

/** 15's message for a 42501 of role administration, by 16's detail; undefined when 15's is 16's. */
const PG15_MESSAGES: readonly [detail: RegExp, message: (name: string) => string | undefined][] = [
  [
    /^Only roles with the SUPERUSER attribute may create roles with the SUPERUSER attribute\.$/,
    () => 'must be superuser to create superusers',
  ],
  [
    /^Only roles with the REPLICATION attribute may create roles with the REPLICATION attribute\.$/,
    () => 'must be superuser to create replication users',
  ],
  [
    /^Only roles with the BYPASSRLS attribute may create roles with the BYPASSRLS attribute\.$/,
    () => 'must be superuser to create bypassrls users',
  ],
  [
    /^Only roles with the ADMIN option on role "(.*)" may (?:grant|revoke) this role\.$/s,
    (name) => `must have admin option on role "${name}"`,
  ],
  [
    /^Only roles with the SUPERUSER attribute may (?:grant|revoke) roles with the SUPERUSER attribute\.$/,
    () => 'must be superuser to alter superusers',
  ],
  [
    /^Only roles with the SUPERUSER attribute may alter roles with the SUPERUSER attribute\.$/,
    () => 'must be superuser to alter superuser roles or change superuser attribute',
  ],
  [
    /^Only roles with the SUPERUSER attribute may drop roles with the SUPERUSER attribute\.$/,
    () => 'must be superuser to drop superusers',
  ],
  [
    /^Only roles with the SUPERUSER attribute may rename roles with the SUPERUSER attribute\.$/,
    () => 'must be superuser to rename superusers',
  ],
  [
    /^Only roles with the CREATEROLE attribute and the ADMIN option on role "(.*)" may alter this role\.$/s,
    () => 'permission denied',
  ],
  [
    /^To change another role's password, the current user must have the CREATEROLE attribute and the ADMIN option on the role\.$/,
    () => 'permission denied',
  ],
  [
    /^Only roles with the CREATEROLE attribute and the ADMIN option on role "(.*)" may rename this role\.$/s,
    () => 'permission denied to rename role',
  ],
  [
    /^Only roles with privileges of the "pg_checkpoint" role may execute this command\.$/,
    () => 'must be superuser or have privileges of pg_checkpoint to do CHECKPOINT',
  ],
];

/** A REVOKE of roles (no ON before its FROM) in the text, the statement 16's 2BP01 came from. */
const REVOKES_ROLES = /\brevoke\b(?:(?!\bon\b)[^;])*\bfrom\b/i;
/** `DROP ROLE a, b`: more than one name (16 looks them all up before dropping any). */
const DROPS_ROLES = /\bdrop\s+(?:role|user|group)\s+(?:if\s+exists\s+)?("(?:[^"]|"")*"|[^\s,;"]+)\s*,/i;
const MISSING_ROLE = /^role "(.*)" does not exist$/s;

/**
 * 15's report of a role-administration error 16-18 report otherwise (see the head of this file);
 * undefined for any other error.
 */
export function pg15RoleAdminError(
  error: PostgresErrorFields,
  text: string,
): PostgresErrorFields | undefined {
  if (error.code === '42501' && error.detail !== undefined) {
    const detail = error.detail;
    const found = PG15_MESSAGES.map(([pattern, message]) => {
      const match = pattern.exec(detail);
      return match ? message(match[1] ?? '') : undefined;
    }).find((message) => message !== undefined);
    // 16 added an "Only roles with ..." detail to the permission errors 15 reports without one.
    if (found === undefined && !detail.startsWith('Only roles with ')) return undefined;
    const { detail: _dropped, ...rest } = error;
    return { ...rest, message: found ?? error.message };
  }
  if (error.code === '0A000' && /^role ".*" cannot have explicit members$/s.test(error.message)) {
    // 15 raised it as an internal error (elog); 16 gave it a SQLSTATE.
    return { ...error, code: 'XX000' };
  }
  if (error.code === '2BP01' && error.message === 'dependent privileges exist' && REVOKES_ROLES.test(text)) {
    return {
      severity: error.severity,
      code: '0A000',
      message: refusalMessage('REVOKE of a role whose member granted it on'),
    };
  }
  const missing = error.code === '42704' ? MISSING_ROLE.exec(error.message)?.[1] : undefined;
  const written = missing === undefined ? undefined : DROPS_ROLES.exec(text)?.[1];
  const first = written?.startsWith('"')
    ? written.slice(1, -1).replaceAll('""', '"')
    : written?.toLowerCase();
  if (missing !== undefined && first !== undefined && first !== missing) {
    // 15 drops the names in order, checking each one's dependencies before looking up the next.
    return {
      severity: error.severity,
      code: '0A000',
      message: refusalMessage('DROP ROLE of several names, one missing after the first'),
    };
  }
  return undefined;
}
