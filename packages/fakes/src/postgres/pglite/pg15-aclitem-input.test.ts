import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';
import { pg15AclitemText } from './pg15-aclitem-input.js';
import { toPg15 } from './pg15-dialect.js';

/** Starting PGlite takes seconds on a busy machine; it happens once per worker and schema. */
const PGLITE_START_MS = 60_000;

describe("aclitem text with 17's MAINTAIN letter", () => {
  it('writes the letter so that 18 refuses it as 15 does, names left alone', () => {
    expect(pg15AclitemText('postgres=m/postgres')).toBe('postgres=q/postgres');
    expect(pg15AclitemText('{=rm*/postgres,"m=m"=m/mary}')).toBe('{=rq*/postgres,"m=m"=q/mary}');
    expect(pg15AclitemText('mary=r/mary')).toBeUndefined();
  });

  it('rewrites a constant cast to aclitem or aclitem[] only', () => {
    expect(toPg15("SELECT 'postgres=m/postgres'::aclitem")?.text).toBe(
      "SELECT 'postgres=q/postgres'::aclitem",
    );
    expect(toPg15("SELECT '{=m/postgres}'::aclitem[]")?.text).toBe("SELECT '{=q/postgres}'::aclitem[]");
    expect(toPg15("SELECT 'postgres=m/postgres'::text")?.text ?? 'unchanged').toBe('unchanged');
  });

  it(
    'refuses the letter on PGlite as 15 does, and reads default privileges without it',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: [] });
      await expect(pool.query("SELECT 'postgres=m/postgres'::aclitem")).rejects.toMatchObject({
        code: '22P02',
        message: 'invalid mode character: must be one of "arwdDxtXUCTcsA"',
        position: '8',
      });
      await pool.query('ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO PUBLIC');
      const defaults = await pool.query('SELECT defaclobjtype, defaclacl::text AS acl FROM pg_default_acl');
      expect(defaults.rows).toEqual([{ defaclobjtype: 'r', acl: '{=r/postgres,postgres=arwdDxt/postgres}' }]);
      await pool.query('ALTER DEFAULT PRIVILEGES REVOKE SELECT ON TABLES FROM PUBLIC');
    },
    PGLITE_START_MS,
  );
});
