import { describe, expect, it } from 'vitest';
import { pg15ArrayShapeDetail } from '../array-literal-shape.js';
import type { FakePostgresError } from '../fake-postgres-error.js';
import { arrayElements } from './array-input.js';

function failure(text: string): { code: string; message: string; detail?: string } {
  try {
    arrayElements(text);
  } catch (error) {
    const { code, message, details } = error as FakePostgresError;
    return { code, message, ...(details.detail === undefined ? {} : { detail: details.detail }) };
  }
  throw new Error(`${text} was read`);
}

describe('array text input, as PostgreSQL 15 array_in reads it', () => {
  it.each([
    ['{}', []],
    [' { } ', []],
    ['{a,b}', ['a', 'b']],
    ['{ a b , c }', ['a b', 'c']],
    ['{ "a" , "b" }', ['a', 'b']],
    ['{" a ",""}', [' a ', '']],
    ['{NULL,null,Null,"NULL",\\NULL,NULLx}', [null, null, null, 'NULL', 'NULL', 'NULLx']],
    ['{ null , x }', [null, 'x']],
    ['{a\\,b,c\\"d,"e\\"f"}', ['a,b', 'c"d', 'e"f']],
    ['{a\\ ,\\\\}', ['a ', '\\']],
    ['{"a{b}c"}', ['a{b}c']],
    ['{[,a]=b:c}', ['[', 'a]=b:c']],
    ['{\ta\n}', ['a']],
  ])('reads %s', (text, elements) => {
    expect(arrayElements(text)).toEqual(elements);
  });

  it.each([
    ['{a,}', 'Unexpected "}" character.'],
    ['{a,,b}', 'Unexpected "," character.'],
    ['{,a}', 'Unexpected "," character.'],
    ['{1,2}x', 'Junk after closing right brace.'],
    ['{a}}', 'Junk after closing right brace.'],
    ['1,2', 'Array value must start with "{" or dimension information.'],
    ['', 'Array value must start with "{" or dimension information.'],
    ['{a', 'Unexpected end of input.'],
    ['{"a}', 'Unexpected end of input.'],
    ['{a\\', 'Unexpected end of input.'],
    ['{"a"b}', 'Unexpected array element.'],
    ['{a"b"}', 'Unexpected array element.'],
    ['{a{b}', 'Unexpected "{" character.'],
    ['{a,{b}}', 'Unexpected "{" character.'],
    // Malformed at any depth: PostgreSQL 15's detail, before a second level would be refused.
    ['{{}}', 'Unexpected "}" character.'],
    ['{{1,2},{3}}', 'Multidimensional arrays must have sub-arrays with matching dimensions.'],
    ['{{1},{2}}x', 'Junk after closing right brace.'],
  ])('rejects %s with 22P02 and its detail', (text, detail) => {
    expect(failure(text)).toEqual({ code: '22P02', message: `malformed array literal: "${text}"`, detail });
  });

  it.each(['{{1,2},{3,4}}', '{ {a} }', '{{"}"}}', '[1:2]={1,2}', ' [1:1]={a}'])('refuses %s', (text) => {
    expect(failure(text).code).toBe('0A000');
  });
});

describe("PostgreSQL 15's ArrayCount detail for a literal of any dimensions", () => {
  // Each as PostgreSQL 15.20 reports it (17+ words several of them otherwise).
  it.each([
    ['{a,"b"c}', 'Unexpected array element.'],
    ['{ab"c"}', 'Unexpected array element.'],
    ['{"a""b"}', 'Unexpected array element.'],
    ['{"a" "b"}', 'Unexpected array element.'],
    ['{a"}', 'Unexpected array element.'],
    ['{{a},b}', 'Unexpected array element.'],
    ['{{a},"b"}', 'Unexpected array element.'],
    ['{a,{b}}', 'Unexpected "{" character.'],
    ['{{}}', 'Unexpected "}" character.'],
    ['{{},{}}', 'Unexpected "}" character.'],
    ['{{a},{}}', 'Unexpected "}" character.'],
    ['{{a},{b,c}}', 'Multidimensional arrays must have sub-arrays with matching dimensions.'],
    ['{{a,b},{c}}', 'Multidimensional arrays must have sub-arrays with matching dimensions.'],
    ['{{a}}x', 'Junk after closing right brace.'],
    ['{{a}', 'Unexpected end of input.'],
    ['{a\\', 'Unexpected end of input.'],
    ['{a,,b}', 'Unexpected "," character.'],
    ['[1:2]={"a"b}', 'Unexpected array element.'],
  ])('%s: %s', (text, detail) => {
    expect(pg15ArrayShapeDetail(text)).toBe(detail);
  });

  it.each(['{}', ' {a} ', '{{a,b},{c,d}}', '{ {a} , {b} }', '{{{a}}}', '{"a",NULL,\\"}', '[0:1]={a,b}'])(
    'accepts %s',
    (text) => {
      expect(pg15ArrayShapeDetail(text)).toBeUndefined();
    },
  );
});
