import { describe, expect, it } from 'vitest';
import { pg15CopiedTypeError } from './pg15-plpgsql-errors.js';

const error = (code: string, message: string) => ({ severity: 'ERROR', code, message });
const create = (declaration: string) =>
  `CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ DECLARE ${declaration} BEGIN RETURN 1; END $$`;

describe('pg15CopiedTypeError', () => {
  it("gives 15's syntax error for a %TYPE naming a missing column, relation or schema", () => {
    const syntax = { severity: 'ERROR', code: '42601', message: 'syntax error at or near "%"' };
    expect(
      pg15CopiedTypeError(
        error('42703', 'column "nope" of relation "item" does not exist'),
        create('n item.nope%TYPE;'),
      ),
    ).toEqual(syntax);
    expect(
      pg15CopiedTypeError(error('42P01', 'relation "x" does not exist'), create('x int; n x . y %type;')),
    ).toEqual(syntax);
    expect(
      pg15CopiedTypeError(error('3F000', 'schema "nope" does not exist'), create('n nope.item.id%TYPE;')),
    ).toEqual(syntax);
    expect(
      pg15CopiedTypeError(error('42P01', 'relation "My T" does not exist'), create('n "My T".c%TYPE;')),
    ).toEqual(syntax);
  });

  it('refuses a single word that is no variable, which 15 may read as a type name', () => {
    expect(
      pg15CopiedTypeError(error('42704', 'variable "int4" does not exist'), create('n int4%TYPE;'))?.code,
    ).toBe('0A000');
  });

  it('leaves errors that do not come from a %TYPE reference', () => {
    expect(
      pg15CopiedTypeError(error('42P01', 'relation "nope" does not exist'), create('n nope%ROWTYPE;')),
    ).toBe(undefined);
    expect(pg15CopiedTypeError(error('42P01', 'relation "t" does not exist'), 'SELECT * FROM t')).toBe(
      undefined,
    );
    expect(
      pg15CopiedTypeError(
        error('42703', 'column "other" of relation "item" does not exist'),
        create('n item.id%TYPE;'),
      ),
    ).toBe(undefined);
  });
});
