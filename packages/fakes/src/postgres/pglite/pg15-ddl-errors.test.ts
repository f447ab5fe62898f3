import { describe, expect, it } from 'vitest';
import type { PostgresErrorFields } from '../postgres-engine.js';
import { pg15DdlError } from './pg15-ddl-errors.js';

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

/** The position PGlite gives the error: the offset of `token` in `text`, 1-based. */
const at = (text: string, token: string): string => String(text.indexOf(token) + 1);

describe('DDL errors 17 locates, as 15 reports them (no position)', () => {
  it('drops the position of a constraint attribute its kind cannot take', () => {
    const text = 'CREATE TABLE t (a int, UNIQUE (a) NOT VALID)';
    const got = pg15DdlError(
      error('0A000', 'UNIQUE constraints cannot be marked NOT VALID', { position: '35' }),
      text,
    );
    expect(got).toEqual(error('0A000', 'UNIQUE constraints cannot be marked NOT VALID'));
  });

  it('drops the position of a hash partition bound lacking its modulus or remainder', () => {
    const text = 'CREATE TABLE h0 PARTITION OF h FOR VALUES WITH (REMAINDER 0)';
    for (const message of [
      'modulus for hash partition must be specified',
      'remainder for hash partition must be specified',
    ]) {
      expect(pg15DdlError(error('42601', message, { position: at(text, 'VALUES') }), text)).toEqual(
        error('42601', message),
      );
    }
  });

  it("words VALIDATE CONSTRAINT's refusal of a unique constraint as 15 does", () => {
    const text = 'ALTER TABLE t VALIDATE CONSTRAINT u';
    const refused = error('42809', 'cannot validate constraint "u" of relation "t"', {
      detail: 'This operation is not supported for this type of constraint.',
    });
    expect(pg15DdlError(refused, text)).toEqual(
      error('42809', 'constraint "u" of relation "t" is not a foreign key or check constraint'),
    );
  });

  it("names the first storage parameter a partitioned table is given, as 15's refusal does", () => {
    const refused = error('42809', 'cannot specify storage parameters for a partitioned table', {
      hint: 'Specify storage parameters for its leaf partitions instead.',
    });
    const unrecognized = (name: string) => error('22023', `unrecognized parameter "${name}"`);
    expect(
      pg15DdlError(refused, 'ALTER TABLE lp SET (toast.autovacuum_enabled = false, fillfactor = 1)'),
    ).toEqual(unrecognized('fillfactor'));
    expect(
      pg15DdlError(refused, 'CREATE TABLE w (a int) PARTITION BY LIST (a) WITH ("FillFactor" = 10)'),
    ).toEqual(unrecognized('FillFactor'));
    expect(pg15DdlError(refused, 'ALTER TABLE a SET (foo = 1); ALTER TABLE b SET (bar = 1)')).toMatchObject({
      code: '0A000',
    });
  });

  it('drops the position of an unknown partitioning strategy', () => {
    const text = 'CREATE TABLE x (a int) PARTITION BY FOO (a)';
    const message = 'unrecognized partitioning strategy "foo"';
    expect(pg15DdlError(error('22023', message, { position: at(text, 'FOO') }), text)).toEqual(
      error('22023', message),
    );
  });

  it('drops the position of ALTER COLUMN ... TYPE on a system, inherited or partition key column', () => {
    for (const [code, column, message] of [
      ['0A000', 'xmin', 'cannot alter system column "xmin"'],
      ['42P16', 'b', 'cannot alter inherited column "b"'],
      ['42P16', 'b', 'cannot alter column "b" because it is part of the partition key of relation "x"'],
    ] as const) {
      const text = `ALTER TABLE x ALTER COLUMN ${column} TYPE bigint`;
      expect(pg15DdlError(error(code, message, { position: at(text, `${column} TYPE`) }), text)).toEqual(
        error(code, message),
      );
    }
  });

  it('drops the position of ALTER COLUMN ... TYPE ... USING on a generated column', () => {
    const text = 'ALTER TABLE t ALTER COLUMN g TYPE text USING g::text';
    const message = 'cannot specify USING when altering type of generated column';
    const detail = { detail: 'Column "g" is a generated column.' };
    expect(pg15DdlError(error('42611', message, { ...detail, position: at(text, 'g TYPE') }), text)).toEqual(
      error('42611', message, detail),
    );
  });

  it("drops the position of a routine's argument type not found (named unquoted)", () => {
    const text = 'CREATE FUNCTION f(x nope) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$';
    expect(
      pg15DdlError(error('42704', 'type nope does not exist', { position: at(text, 'nope') }), text),
    ).toEqual(error('42704', 'type nope does not exist'));
  });

  it("drops every CREATE DOMAIN error's position but a syntax error's, in the statement the error is in", () => {
    const text = 'SELECT 1::nope; CREATE DOMAIN d AS nope';
    const missing = error('42704', 'type "nope" does not exist');
    // The cast in the SELECT is located on 15 too.
    expect(pg15DdlError({ ...missing, position: '11' }, text)).toBeUndefined();
    expect(pg15DdlError({ ...missing, position: String(text.lastIndexOf('nope') + 1) }, text)).toEqual(
      error('42704', 'type "nope" does not exist'),
    );
    const syntax = 'CREATE DOMAIN d AS int CHECK VALUE > 0';
    expect(
      pg15DdlError(
        error('42601', 'syntax error at or near "VALUE"', { position: at(syntax, 'VALUE') }),
        syntax,
      ),
    ).toBeUndefined();
  });

  it("drops the position of ALTER COLUMN ... TYPE's type and collation, not of its USING expression", () => {
    const text = 'ALTER TABLE t ALTER COLUMN a TYPE int COLLATE "C"';
    const collation = error('42804', 'collations are not supported by type integer', {
      position: at(text, 'COLLATE'),
    });
    expect(pg15DdlError(collation, text)).toEqual(
      error('42804', 'collations are not supported by type integer'),
    );
    const using = 'ALTER TABLE t ALTER COLUMN a TYPE int USING a::nope';
    const cast = error('42704', 'type "nope" does not exist', { position: at(using, 'nope') });
    expect(pg15DdlError(cast, using)).toBeUndefined();
  });

  it('drops the position of CREATE TABLE ... OF a missing type', () => {
    const text = 'CREATE TABLE t OF nope';
    expect(
      pg15DdlError(error('42704', 'type "nope" does not exist', { position: at(text, 'nope') }), text),
    ).toEqual(error('42704', 'type "nope" does not exist'));
  });

  it("drops 17's SET EXPRESSION hint of SET DEFAULT on a generated column", () => {
    const hint = 'Use ALTER TABLE ... ALTER COLUMN ... SET EXPRESSION instead.';
    const message = 'column "s" of relation "t" is a generated column';
    expect(pg15DdlError(error('42601', message, { hint }), '')).toEqual(error('42601', message));
  });

  it('reports an exclusion constraint on a partitioned table as one 15 does not support', () => {
    const lacking = error(
      '0A000',
      'unique constraint on partitioned table must include all partitioning columns',
      {
        detail: 'EXCLUDE constraint on table "m" lacks column "k" which is part of the partition key.',
      },
    );
    expect(pg15DdlError(lacking, 'ALTER TABLE m ADD EXCLUDE USING gist (r WITH &&)')).toEqual(
      error('0A000', 'exclusion constraints are not supported on partitioned tables'),
    );
  });

  it('reports a key added to a domain as 15 refused it, and one 15 could not parse where it stopped', () => {
    const text = 'ALTER DOMAIN d ADD CONSTRAINT u UNIQUE (VALUE)';
    const syntax = error('42601', 'syntax error at or near "UNIQUE"', { position: at(text, 'UNIQUE') });
    expect(pg15DdlError(syntax, text)).toEqual(error('42601', 'unique constraints not possible for domains'));
    const bare = 'ALTER DOMAIN d ADD PRIMARY KEY';
    const atKey = error('42601', 'syntax error at or near "PRIMARY"', { position: at(bare, 'PRIMARY') });
    // 15's grammar took any table constraint there: a key without columns ends the input early.
    expect(pg15DdlError(atKey, bare)).toEqual(
      error('42601', 'syntax error at end of input', { position: String(bare.length + 1) }),
    );
  });

  it('refuses loudly to attach a table with an identity column, which 15 attached', () => {
    const got = pg15DdlError(
      error('55000', 'table "pt2" being attached contains an identity column "id"', {
        detail: 'The new partition may not contain an identity column.',
      }),
      'ALTER TABLE pt ATTACH PARTITION pt2 FOR VALUES FROM (10) TO (20)',
    );
    expect(got?.code).toBe('0A000');
    expect(got?.message).toMatch(/ATTACH PARTITION of a table with an identity column.*PGlite/);
    expect(got?.detail).toBeUndefined();
  });

  it('leaves other errors alone', () => {
    const text = 'CREATE TABLE t (a nope)';
    expect(
      pg15DdlError(error('42704', 'type "nope" does not exist', { position: at(text, 'nope') }), text),
    ).toBeUndefined();
  });
});

describe('ATTACH/DETACH PARTITION on a plain table, as 15 reports it', () => {
  const notForTables = (action: string) =>
    error('42809', `ALTER action ${action} cannot be performed on relation "x"`, {
      detail: 'This operation is not supported for tables.',
    });

  it('reports ATTACH and DETACH PARTITION as the table not being partitioned (42P17)', () => {
    for (const action of ['ATTACH PARTITION', 'DETACH PARTITION']) {
      expect(pg15DdlError(notForTables(action), 'ALTER TABLE x ATTACH PARTITION y DEFAULT')).toEqual(
        error('42P17', 'table "x" is not partitioned'),
      );
    }
  });

  it('refuses DETACH ... FINALIZE loudly, whose 15 report names the partition', () => {
    const got = pg15DdlError(
      notForTables('DETACH PARTITION ... FINALIZE'),
      'ALTER TABLE x DETACH PARTITION y FINALIZE',
    );
    expect(got?.code).toBe('0A000');
    expect(got?.message).toMatch(/PGlite/);
  });

  it('leaves the report on a view or an index, which 15 gives alike', () => {
    const onView = error('42809', 'ALTER action ATTACH PARTITION cannot be performed on relation "v"', {
      detail: 'This operation is not supported for views.',
    });
    expect(pg15DdlError(onView, 'ALTER TABLE v ATTACH PARTITION y DEFAULT')).toBeUndefined();
  });
});
