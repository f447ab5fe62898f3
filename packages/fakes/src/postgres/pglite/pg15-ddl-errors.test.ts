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

  it('reports a key added to a domain as 15 refused it, and leaves another shape alone', () => {
    const text = 'ALTER DOMAIN d ADD CONSTRAINT u UNIQUE (VALUE)';
    const syntax = error('42601', 'syntax error at or near "UNIQUE"', { position: at(text, 'UNIQUE') });
    expect(pg15DdlError(syntax, text)).toEqual(error('42601', 'unique constraints not possible for domains'));
    const bare = 'ALTER DOMAIN d ADD PRIMARY KEY';
    const atKey = error('42601', 'syntax error at or near "PRIMARY"', { position: at(bare, 'PRIMARY') });
    expect(pg15DdlError(atKey, bare)).toBeUndefined();
  });

  it('leaves other errors alone', () => {
    const text = 'CREATE TABLE t (a nope)';
    expect(
      pg15DdlError(error('42704', 'type "nope" does not exist', { position: at(text, 'nope') }), text),
    ).toBeUndefined();
  });
});
