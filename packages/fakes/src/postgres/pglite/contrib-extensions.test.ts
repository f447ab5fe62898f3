import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';
import {
  isLaterVersion,
  isPg15File,
  scriptTarget,
  untar,
  withDefaultVersion,
  withPg15ArrayMembership,
} from './contrib-extensions.js';

/** A one-file ustar archive, as `tar` writes it (header, data padded to 512, two empty blocks). */
function archiveOf(path: string, text: string): Uint8Array {
  const data = new TextEncoder().encode(text);
  const header = new Uint8Array(512);
  header.set(new TextEncoder().encode(path), 0);
  header.set(new TextEncoder().encode(`${data.length.toString(8).padStart(11, '0')}\0`), 124);
  header.set(new TextEncoder().encode('0'), 156);
  const body = new Uint8Array(Math.ceil(data.length / 512) * 512);
  body.set(data);
  return new Uint8Array([...header, ...body, ...new Uint8Array(1024)]);
}

describe('contrib extension files', () => {
  it('reads the regular files of a tar archive', () => {
    const text = 'x'.repeat(700);
    expect(untar(archiveOf('share/a.control', text))).toEqual([
      { path: 'share/a.control', data: new TextEncoder().encode(text) },
    ]);
  });

  it("installs the server's version by default, keeping the rest of the control file", () => {
    const control = "comment = 'crypto'\ndefault_version = '1.4'\nrelocatable = true\n";
    expect(withDefaultVersion(control, '1.3')).toBe(
      "comment = 'crypto'\ndefault_version = '1.3'\nrelocatable = true\n",
    );
  });
});

describe("the server's versions only", () => {
  it('reads the version a script installs', () => {
    expect(scriptTarget('share/postgresql/extension/hstore--1.4.sql')).toEqual({
      name: 'hstore',
      version: '1.4',
    });
    expect(scriptTarget('share/postgresql/extension/uuid-ossp--1.0--1.1.sql')).toEqual({
      name: 'uuid-ossp',
      version: '1.1',
    });
    expect(scriptTarget('share/postgresql/extension/hstore.control')).toBeUndefined();
  });

  it('compares dotted versions by number', () => {
    expect(isLaterVersion('1.10', '1.9')).toBe(true);
    expect(isLaterVersion('1.3', '1.3')).toBe(false);
    expect(isLaterVersion('1.2', '1.3')).toBe(false);
  });

  it("leaves out the scripts of versions later than a 15 server's (pgcrypto 1.4, btree_gist 1.8)", () => {
    expect(isPg15File('share/postgresql/extension/pgcrypto--1.3--1.4.sql')).toBe(false);
    expect(isPg15File('share/postgresql/extension/btree_gist--1.7--1.8.sql')).toBe(false);
    expect(isPg15File('share/postgresql/extension/pgcrypto--1.2--1.3.sql')).toBe(true);
    expect(isPg15File('share/postgresql/extension/pgcrypto--1.3.sql')).toBe(true);
    expect(isPg15File('lib/postgresql/pgcrypto.so')).toBe(true);
  });
});

describe('array types of an extension', () => {
  it("appends the removal of the array types' own membership to a script, for that extension", () => {
    const script = withPg15ArrayMembership('CREATE TYPE x;\n', "it's");
    expect(script.startsWith('CREATE TYPE x;\n')).toBe(true);
    expect(script).toContain("x.extname = 'it''s'");
    expect(script).toMatch(/DELETE FROM pg_catalog\.pg_depend/);
  });
});

const PGLITE_START_MS = 60_000;

// Each answer is PostgreSQL 15's (Debian's postgresql-15 with its contrib modules).
describe('PgliteEngine CREATE EXTENSION', () => {
  it(
    "installs the contrib extensions PGlite ships at the server's version, refuses the rest loudly",
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite' });
      await pool.query('CREATE EXTENSION IF NOT EXISTS "uuid-ossp"');
      await pool.query('CREATE EXTENSION pgcrypto');
      const { rows } = await pool.query(
        `SELECT extversion, uuid_generate_v5(uuid_ns_url(), 'http://x') AS u,
           encode(digest('abc', 'sha256'), 'hex') AS d, crypt('pw', '$1$saltsalt') AS c
         FROM pg_extension WHERE extname = 'pgcrypto'`,
      );
      expect(rows).toEqual([
        {
          extversion: '1.3',
          u: 'c059942f-567e-54eb-aeb5-5fd9830bce43',
          d: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
          c: '$1$saltsalt$6SNdNaZLKst2LlSm7oPPL1',
        },
      ]);
      await expect(pool.query("CREATE EXTENSION btree_gist VERSION '1.8'")).rejects.toMatchObject({
        code: '22023',
        message: 'extension "btree_gist" has no installation script nor update path for version "1.8"',
      });
      const { rows: versions } = await pool.query(
        "SELECT version FROM pg_available_extension_versions WHERE name = 'pgcrypto'",
      );
      expect(versions).toEqual([{ version: '1.3' }]);
      await pool.query('CREATE EXTENSION hstore');
      const { rows: members } = await pool.query(
        `SELECT t.typname FROM pg_depend d JOIN pg_type t ON t.oid = d.objid
         WHERE d.classid = 'pg_type'::regclass AND d.deptype = 'e'
           AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'hstore') ORDER BY 1`,
      );
      expect(members).toEqual([{ typname: 'ghstore' }, { typname: 'hstore' }]);
      await pool.query('DROP EXTENSION hstore');
      const { rows: left } = await pool.query(
        "SELECT count(*)::int AS n FROM pg_type WHERE typname LIKE '%hstore'",
      );
      expect(left).toEqual([{ n: 0 }]);
      await expect(pool.query('CREATE EXTENSION citext')).rejects.toMatchObject({
        code: '0A000',
        message: expect.stringMatching(
          /^extension "citext" is installed with a PostgreSQL 15 server, but .*musl/,
        ),
      });
      await expect(pool.query('CREATE EXTENSION nosuch')).rejects.toMatchObject({
        code: '0A000',
        message: 'extension "nosuch" is not available',
        detail:
          'Could not open extension control file "/usr/share/postgresql/15/extension/nosuch.control": No such file or directory.',
      });
    },
    PGLITE_START_MS,
  );
});
