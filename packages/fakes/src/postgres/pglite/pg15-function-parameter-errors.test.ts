import { describe, expect, it } from 'vitest';
import type { PostgresErrorFields } from '../postgres-engine.js';
import { pg15DdlError } from './pg15-ddl-errors.js';
import { isParameterListError } from './pg15-function-parameter-errors.js';

const error = (code: string, message: string, position?: string): PostgresErrorFields => ({
  severity: 'ERROR',
  code,
  message,
  ...(position === undefined ? {} : { position }),
});

describe('CREATE FUNCTION parameter-list errors, unlocated as 15 reports them', () => {
  const cases: [string, string, string, string][] = [
    [
      'CREATE FUNCTION f(a int DEFAULT 1, b int) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
      '42P13',
      'input parameters after one with a default value must also have defaults',
      '36',
    ],
    [
      'CREATE FUNCTION f(VARIADIC a int) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
      '42P13',
      'VARIADIC parameter must be an array',
      '19',
    ],
    [
      'CREATE FUNCTION f(VARIADIC a int[], b int) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
      '42P13',
      'VARIADIC parameter must be the last input parameter',
      '37',
    ],
    [
      'CREATE FUNCTION f(a int, a int) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
      '42P13',
      'parameter name "a" used more than once',
      '26',
    ],
    [
      'CREATE FUNCTION f(OUT a int DEFAULT 1) LANGUAGE sql AS $$ SELECT 1 $$',
      '42P13',
      'only input parameters can have default values',
      '19',
    ],
    [
      'CREATE FUNCTION f(a SETOF int) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
      '42P13',
      'functions cannot accept set arguments',
      '19',
    ],
    [
      'CREATE FUNCTION f(a sh) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
      '42P13',
      'SQL function cannot accept shell type sh',
      '21',
    ],
    [
      'CREATE PROCEDURE p(a int DEFAULT 1, OUT b int) LANGUAGE sql AS $$ SELECT 1 $$',
      '42P13',
      'procedure OUT parameters cannot appear after one with a default value',
      '37',
    ],
    [
      'CREATE FUNCTION f(OUT a int) RETURNS TABLE(b int) AS $$ SELECT 1 $$ LANGUAGE sql',
      '42601',
      "OUT and INOUT arguments aren't allowed in TABLE functions",
      '19',
    ],
  ];
  for (const [text, code, message, position] of cases) {
    it(`drops the position of "${message}"`, () => {
      expect(pg15DdlError(error(code, message, position), text)).toEqual(error(code, message));
    });
  }

  it('leaves other errors of CREATE FUNCTION located', () => {
    const text = 'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT a FROM nope $$';
    expect(isParameterListError(error('42P01', 'relation "nope" does not exist', '66'))).toBe(false);
    expect(pg15DdlError(error('42P01', 'relation "nope" does not exist', '66'), text)).toBeUndefined();
  });

  it('keys on the SQLSTATE as well as the text', () => {
    expect(isParameterListError(error('XX000', 'VARIADIC parameter must be an array'))).toBe(false);
  });
});
