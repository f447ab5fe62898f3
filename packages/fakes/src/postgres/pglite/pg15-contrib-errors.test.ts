import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';
import type { PostgresErrorFields } from '../postgres-engine.js';
import { pg15ContribError, withoutExtensionScriptFrame } from './pg15-contrib-errors.js';

const error = (fields: Partial<PostgresErrorFields>): PostgresErrorFields => ({
  severity: 'ERROR',
  code: 'XX000',
  message: '',
  ...fields,
});

// Each expected report is PostgreSQL 15's (Debian's postgresql-15 with its contrib modules).
describe('pg15ContribError', () => {
  it("gives hstore's malformed-literal errors 15's SQLSTATE and text", () => {
    expect(
      pg15ContribError(
        error({ code: '42601', message: 'syntax error in hstore: unexpected end of string', position: '8' }),
      ),
    ).toEqual(error({ code: 'XX000', message: 'Unexpected end of string', position: '8' }));
    expect(
      pg15ContribError(error({ code: '42601', message: 'syntax error in hstore, near "1" at position 2' })),
    ).toEqual(error({ code: 'XX000', message: 'Syntax error near "1" at position 2' }));
  });

  it("puts back 15's crosstab and connectby reports", () => {
    expect(
      pg15ContribError(
        error({
          code: '42804',
          message: 'invalid crosstab return type',
          detail: 'Source value datatype text does not match return value datatype integer in column 2.',
        }),
      ),
    ).toEqual(error({ code: '42601', message: 'return and sql tuple descriptions are incompatible' }));
    expect(
      pg15ContribError(
        error({
          code: '42804',
          message: 'invalid crosstab return type',
          detail: 'Return row must have 4 columns, not 2.',
        }),
      ),
    ).toMatchObject({
      code: '42601',
      detail: 'Query-specified return tuple has 2 columns but crosstab returns 4.',
    });
    expect(
      pg15ContribError(
        error({
          code: '42804',
          message: 'invalid connectby return type',
          detail: 'Source key type text does not match return key type character varying.',
        }),
      ),
    ).toMatchObject({
      code: '42804',
      detail: 'SQL key field type character varying does not match return key field type text.',
    });
    expect(
      pg15ContribError(
        error({
          code: '42804',
          message: 'invalid connectby return type',
          detail: 'Fifth return column (serial) must be type integer.',
        }),
      ),
    ).toEqual(
      error({
        code: '42804',
        message: 'query-specified return tuple not valid for Connectby: fifth column must be type integer',
      }),
    );
    expect(
      pg15ContribError(
        error({ code: '21000', message: 'crosstab categories query must return at least one row' }),
      ),
    ).toEqual(
      error({ code: '42601', message: 'provided "categories" SQL must return 1 column of at least one row' }),
    );
  });

  it("refuses loudly a report whose 15 answer it cannot tell, and refint's AFTER-only check", () => {
    expect(
      pg15ContribError(
        error({
          code: '42804',
          message: 'invalid connectby return type',
          detail: 'Source parent key type text does not match return parent key type integer.',
        }),
      ),
    ).toMatchObject({ code: '0A000', message: expect.stringMatching(/PGlite/) });
    expect(
      pg15ContribError(error({ message: 'check_primary_key: must be fired by AFTER trigger' })),
    ).toMatchObject({
      code: '0A000',
      message: expect.stringMatching(/^refint's check_primary_key\(\).*PGlite/),
    });
  });

  it('leaves every other error alone', () => {
    expect(
      pg15ContribError(error({ code: '42601', message: 'syntax error at or near "x"' })),
    ).toBeUndefined();
    expect(pg15ContribError(error({ code: '42804', message: 'invalid return type' }))).toBeUndefined();
  });
});

describe('withoutExtensionScriptFrame', () => {
  it("drops the script's statement and file frame 16 added, keeping inner frames", () => {
    expect(
      withoutExtensionScriptFrame(
        'SQL statement "CREATE TYPE cube (\n\tINPUT = cube_in\n)"\nextension script file "cube--1.2.sql", near line 26',
      ),
    ).toBeUndefined();
    expect(
      withoutExtensionScriptFrame(
        'PL/pgSQL function inline_code_block line 1 at RAISE\nSQL statement "DO $$ BEGIN RAISE \'x\'; END $$"\nextension script file "x--1.0.sql", near line 3',
      ),
    ).toBe('PL/pgSQL function inline_code_block line 1 at RAISE');
    expect(withoutExtensionScriptFrame('SQL statement "SELECT 1"')).toBe('SQL statement "SELECT 1"');
  });
});

const PGLITE_START_MS = 60_000;

describe('PgliteEngine contrib errors', () => {
  it(
    "answers hstore's, tablefunc's and an extension script's errors as 15 does",
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite' });
      await pool.query('CREATE EXTENSION hstore');
      await pool.query('CREATE EXTENSION tablefunc');
      await expect(pool.query("SELECT 'a=>'::hstore")).rejects.toMatchObject({
        code: 'XX000',
        message: 'Unexpected end of string',
      });
      await expect(
        pool.query("SELECT * FROM crosstab('SELECT 1, 2') AS t(a int, b int)"),
      ).rejects.toMatchObject({
        code: '22023',
        detail: 'The provided SQL must return 3 columns: rowid, category, and values.',
      });
      await pool.query('CREATE TYPE cube AS (a int)');
      const failure: unknown = await pool.query('CREATE EXTENSION cube').catch((e: unknown) => e);
      expect(failure).toMatchObject({ code: '42710', message: 'type "cube" already exists' });
      expect((failure as { where?: string }).where).toBeUndefined();
    },
    PGLITE_START_MS,
  );
});
