import { describe, expect, it } from 'vitest';
import { deepParam, nestingDepth, PGLITE_SAFE_DEPTH, validJsonOpening } from './deep-nesting.js';

describe('deep parameters', () => {
  it('measures nesting outside json strings', () => {
    expect(nestingDepth('[[{"a": "[[[["}]]]')).toBe(3);
    expect(nestingDepth('"\\"[[["')).toBe(0);
    expect(validJsonOpening(' [ {"a\\"b": [ 1')).toBe(3);
    expect(validJsonOpening('[1, [[[')).toBe(1);
  });

  it('finds json nested past PGlite, and which depth 15 answers with 54001', () => {
    const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);
    expect(deepParam('SELECT $1::jsonb', [deep(PGLITE_SAFE_DEPTH)])).toBeUndefined();
    expect(deepParam('SELECT $1::jsonb', ['x', deep(10_000)])).toEqual({ index: 2, overflowsPg15: false });
    expect(deepParam('INSERT INTO t VALUES ($1)', ['{"a":'.repeat(40_000)])).toEqual({
      index: 1,
      overflowsPg15: true,
    });
    // A text value nested as deep, for a statement that names no json, is left to PGlite.
    expect(deepParam('INSERT INTO t VALUES ($1)', ['('.repeat(10_000)])).toBeUndefined();
    expect(deepParam('SELECT $1::json', [`[1 2${'['.repeat(10_000)}`])).toEqual({
      index: 1,
      overflowsPg15: false,
    });
  });
});
