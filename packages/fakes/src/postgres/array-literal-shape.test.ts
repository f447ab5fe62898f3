import { describe, expect, it } from 'vitest';
import {
  MAYBE_MALFORMED_ARRAY_LITERAL,
  mayBeMalformedArray,
  pg15MalformedArray,
} from './array-literal-shape.js';

describe('pg15MalformedArray', () => {
  it("gives 15's error for braces ArrayCount refuses, whatever the elements", () => {
    expect(pg15MalformedArray('{1.5,}')).toEqual({
      code: '22P02',
      message: 'malformed array literal: "{1.5,}"',
      detail: 'Unexpected "}" character.',
    });
    expect(pg15MalformedArray('{1.000,{}}')?.detail).toBe('Unexpected "{" character.');
    expect(pg15MalformedArray(' {{}}')).toMatchObject({
      message: 'malformed array literal: "{{}}"',
      detail: 'Unexpected "}" character.',
    });
    expect(pg15MalformedArray('[0:1]={1,,2}')).toMatchObject({
      message: 'malformed array literal: "{1,,2}"',
      detail: 'Unexpected "," character.',
    });
  });

  it('leaves well-formed arrays, and text that does not open as an array, to the element type', () => {
    expect(pg15MalformedArray('{1.5,abc}')).toBeUndefined();
    expect(pg15MalformedArray('{{1,2},{3,4}}')).toBeUndefined();
    expect(pg15MalformedArray('x{1,}')).toBeUndefined();
    expect(pg15MalformedArray('[1,10)')).toBeUndefined();
  });
});

describe('mayBeMalformedArray and MAYBE_MALFORMED_ARRAY_LITERAL', () => {
  it('pass malformed arrays on and let JSON objects through unchecked', () => {
    expect(mayBeMalformedArray('{abc,}')).toBe(true);
    expect(mayBeMalformedArray('{"a": 1, "b": [1,]}')).toBe(false);
    expect(mayBeMalformedArray('{a,b}')).toBe(false);
  });

  it('match a literal in SQL text that is not a well-formed one-dimensional array', () => {
    const matches = (sql: string) => MAYBE_MALFORMED_ARRAY_LITERAL.test(sql);
    expect(matches("SELECT '{1.5,}'::int2[]")).toBe(true);
    expect(matches("INSERT INTO c VALUES (' { x, } ')")).toBe(true);
    expect(matches("SELECT '{1,{2}}'::date[]")).toBe(true);
    expect(matches("SELECT '{1, \"a b\", NULL}'::text[], '{}'::int[]")).toBe(false);
    expect(matches(`SELECT '{"a": {"b": 1}}'::jsonb`)).toBe(false);
  });
});
