import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';
import { withPg15KeywordCategories } from './pg15-keywords.js';

/** Starting PGlite takes seconds on a busy machine; it happens once per worker and schema. */
const PGLITE_START_MS = 60_000;

async function installedWasm(): Promise<Buffer> {
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  return readFile(join(dirname(entry), 'pglite.wasm'));
}

describe('withPg15KeywordCategories', () => {
  it('changes only the category bytes of the 13 keywords 16-18 added that are not unreserved', async () => {
    const original = await installedWasm();
    const patched = Buffer.from(original);
    expect(withPg15KeywordCategories(patched)).toBe(true);
    const changed = [...patched.keys()].filter((at) => patched[at] !== original[at]);
    expect(changed).toHaveLength(13);
    // json ... json_value are consecutive keywords, so their bytes are neighbours.
    expect(changed.every((at) => patched[at] === 0 && (original[at] === 1 || original[at] === 3))).toBe(true);
  });

  it('leaves a module without the table as it was, and says so', () => {
    const empty = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]);
    expect(withPg15KeywordCategories(empty)).toBe(false);
    expect([...empty]).toEqual([0, 97, 115, 109, 1, 0, 0, 0]);
  });
});

// Each answer below is PostgreSQL 15's (checked against a 15 server); PGlite (18) quotes these words.
describe('PgliteEngine quotes identifiers as PostgreSQL 15', () => {
  it(
    'leaves the words 16-18 made keywords unquoted in quote_ident, format, reg* output and printed definitions',
    async () => {
      const { pool } = await createFakePostgres({
        engine: 'pglite',
        migrations: [
          {
            name: 'docs',
            sql: `CREATE TABLE merge_action (json jsonb CONSTRAINT has_json CHECK (json IS NOT NULL), "select" int);
              CREATE INDEX merge_action_json ON merge_action (json);`,
          },
        ],
      });
      const quoted = await pool.query(
        "SELECT quote_ident('json') AS a, quote_ident('system_user') AS b, quote_ident('select') AS c, format('%I.%I', 'json_value', 'between') AS d",
      );
      expect(quoted.rows).toEqual([
        { a: 'json', b: 'system_user', c: '"select"', d: 'json_value."between"' },
      ]);
      const printed = await pool.query(
        "SELECT 'merge_action'::regclass::text AS t, pg_get_indexdef('merge_action_json'::regclass) AS i, pg_get_constraintdef(oid) AS c FROM pg_constraint WHERE conname = 'has_json'",
      );
      expect(printed.rows).toEqual([
        {
          t: 'merge_action',
          i: 'CREATE INDEX merge_action_json ON public.merge_action USING btree (json)',
          c: 'CHECK ((json IS NOT NULL))',
        },
      ]);
    },
    PGLITE_START_MS,
  );
});
