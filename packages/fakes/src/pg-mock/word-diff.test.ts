import { describe, expect, it } from 'vitest';
import { diffSize, sqlTokens, wordDiff } from './word-diff.js';

describe('wordDiff', () => {
  it('is empty for equal token lists and groups runs of changes', () => {
    expect(wordDiff('SELECT a FROM t', 'SELECT a FROM t')).toBe('');
    expect(wordDiff('SELECT a, b FROM t', 'SELECT a FROM t LIMIT 1')).toBe(
      'SELECT a [-, b-] FROM t {+LIMIT 1+}',
    );
    expect(diffSize('SELECT a FROM t', 'SELECT b FROM t')).toBe(2);
  });

  it('splits punctuation from words', () => {
    expect(sqlTokens('VALUES ($1,$2)')).toEqual(['VALUES', '(', '$1', ',', '$2', ')']);
  });
});
