import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';
import { PG15_HIDDEN_PREFIX } from './pg15-catalog.js';
import { HIDDEN_PREFIX, withPg15Crypt } from './pg15-pgcrypto.js';

const INSTALL = `CREATE FUNCTION crypt(text, text)
RETURNS text
AS 'MODULE_PATHNAME', 'pg_crypt'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION gen_salt(text)
RETURNS text
AS 'MODULE_PATHNAME', 'pg_gen_salt'
LANGUAGE C VOLATILE STRICT PARALLEL SAFE;

CREATE FUNCTION gen_salt(text, int4)
RETURNS text
AS 'MODULE_PATHNAME', 'pg_gen_salt_rounds'
LANGUAGE C VOLATILE STRICT PARALLEL SAFE;
`;

describe('withPg15Crypt', () => {
  it("hides under pg15-catalog's prefix", () => {
    expect(HIDDEN_PREFIX).toBe(PG15_HIDDEN_PREFIX);
  });

  it('makes crypt and gen_salt SQL calls of hidden functions, keeping volatility and strictness', () => {
    const script = withPg15Crypt(INSTALL);
    expect(script).toContain(
      'CREATE FUNCTION crypt(text, text)\nRETURNS text\nLANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE\nAS $$ SELECT pg_catalog.pglite18_crypt($1, $2) $$;',
    );
    expect(script).toContain(
      'LANGUAGE sql VOLATILE STRICT PARALLEL SAFE\nAS $$ SELECT pg_catalog.pglite18_gen_salt($1) $$;',
    );
    expect(script).not.toMatch(
      /CREATE FUNCTION gen_salt\(text, int4\)\s+RETURNS text\s+AS 'MODULE_PATHNAME'/,
    );
  });

  it('leaves a script without those definitions (an update script) as it is', () => {
    const update = 'ALTER FUNCTION digest(text, text) PARALLEL SAFE;\n';
    expect(withPg15Crypt(update)).toBe(update);
  });
});

const PGLITE_START_MS = 60_000;

// Each expected answer is PostgreSQL 15's (Debian's postgresql-15 with its contrib modules).
describe('PgliteEngine pgcrypto crypt and gen_salt', () => {
  it(
    'has no SHA-crypt: a $5$/$6$ salt is a DES one and gen_salt refuses sha256crypt with 22023',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite' });
      await pool.query('CREATE EXTENSION pgcrypto');
      const { rows } = await pool.query(
        "SELECT crypt('password', '$5$saltstring') AS a, crypt('password', '$6$rounds=5000$saltstring') AS b, crypt('password', '$1$saltsalt') AS c",
      );
      expect(rows).toEqual([
        { a: '$5vvFjbkJCcrk', b: '$6FMi11BJFsAc', c: '$1$saltsalt$qjXMvbEw8oaL.CzflDtaK/' },
      ]);
      for (const sql of ["SELECT gen_salt('sha256crypt')", "SELECT gen_salt('SHA512CRYPT', 5000)"]) {
        await expect(pool.query(sql)).rejects.toMatchObject({
          code: '22023',
          message: 'gen_salt: Unknown salt algorithm',
        });
      }
      const failure: unknown = await pool
        .query("SELECT crypt('password', '$2a$99$abcdefghijklmnopqrstuu')")
        .catch((error: unknown) => error);
      expect(failure).toMatchObject({ code: '22023', message: 'invalid salt' });
      expect((failure as { where?: string }).where).toBeUndefined();
      const { rows: members } = await pool.query(
        `SELECT count(*)::int AS n FROM pg_depend d JOIN pg_proc p ON p.oid = d.objid
         WHERE d.deptype = 'e' AND p.proname LIKE 'pglite18%'`,
      );
      expect(members).toEqual([{ n: 0 }]);
      await pool.query('DROP EXTENSION pgcrypto');
      await pool.query('CREATE EXTENSION pgcrypto');
      const { rows: again } = await pool.query("SELECT length(gen_salt('bf')) AS n");
      expect(again).toEqual([{ n: 29 }]);
    },
    PGLITE_START_MS,
  );
});
