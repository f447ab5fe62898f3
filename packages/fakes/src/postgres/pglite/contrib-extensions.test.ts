import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';
import { untar, withDefaultVersion } from './contrib-extensions.js';

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
