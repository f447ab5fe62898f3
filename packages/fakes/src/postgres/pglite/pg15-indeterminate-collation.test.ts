import { describe, expect, it } from 'vitest';
import { tokenize } from '../sql-tokens.js';
import { ILIKE, indeterminateCollationEdits, REGULAR_EXPRESSION } from './pg15-indeterminate-collation.js';

const rewrite = (sql: string): { text: string; collationFor?: string } => {
  const { edits, collationFor } = indeterminateCollationEdits(tokenize(sql), sql);
  const text = [...edits]
    .sort((a, b) => b.start - a.start)
    .reduce((out, edit) => out.slice(0, edit.start) + edit.text + out.slice(edit.end), sql);
  return collationFor === undefined ? { text } : { text, collationFor };
};
const checked = (a: string, b: string): string =>
  `(CASE WHEN pg_catalog.text_lt(${a}, ${b}) THEN ${a} ELSE ${a} END)`;

describe('indeterminateCollationEdits', () => {
  it('compares two column operands of ILIKE and the regular expression operators first', () => {
    expect(rewrite('SELECT a ILIKE b FROM t')).toEqual({
      text: `SELECT ${checked('a', 'b')} ILIKE b FROM t`,
      collationFor: ILIKE,
    });
    expect(rewrite('SELECT * FROM t WHERE t.a NOT ILIKE u."B" AND x !~* y')).toEqual({
      text: `SELECT * FROM t WHERE ${checked('t.a', 'u."B"')} NOT ILIKE u."B" AND ${checked('x', 'y')} !~* y`,
    });
    expect(rewrite('SELECT a SIMILAR TO b, regexp_replace(a, b, $1) FROM t')).toEqual({
      text: `SELECT ${checked('a', 'b')} SIMILAR TO b, regexp_replace(${checked('a', 'b')}, b, $1) FROM t`,
      collationFor: REGULAR_EXPRESSION,
    });
    expect(rewrite('SELECT lower(a || b) FROM t')).toEqual({
      text: `SELECT lower(${checked('a', 'b')} || b) FROM t`,
      collationFor: 'lower() function',
    });
  });

  it('compares the two columns of a concatenation matched against a pattern', () => {
    expect(rewrite("SELECT count(*) FROM t WHERE a || b ~* '^x'")).toEqual({
      text: `SELECT count(*) FROM t WHERE ${checked('a', 'b')} || b ~* '^x'`,
      collationFor: REGULAR_EXPRESSION,
    });
    expect(rewrite('SELECT c ILIKE a || b FROM t').text).toBe(
      `SELECT c ILIKE ${checked('a', 'b')} || b FROM t`,
    );
  });

  it('leaves constants, expressions and ESCAPE clauses as written', () => {
    for (const sql of [
      "SELECT a ILIKE 'x%' FROM t",
      "SELECT a || 'x' ILIKE b FROM t",
      "SELECT a ILIKE b || 'c' FROM t",
      'SELECT x || a || b ILIKE c FROM t',
      "SELECT a ILIKE b ESCAPE '#' FROM t",
      "SELECT regexp_replace(a, 'x', b) FROM t",
      'SELECT lower(a) || upper(b), lower(a || b || c) FROM t',
      'SELECT jsonb_path_query(j, \'$.a ? (@ like_regex "x")\') FROM t',
    ])
      expect(rewrite(sql), sql).toEqual({ text: sql });
  });
});
