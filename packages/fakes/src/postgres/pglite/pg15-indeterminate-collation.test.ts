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
      'SELECT lower(a) || upper(b) FROM t',
      'SELECT lower(COALESCE(a, $1)), upper((SELECT COALESCE(a, b))), lower(f(a, b)) FROM t',
      'SELECT lower(COALESCE(a COLLATE "C", b)), substring(a from 2 for 3), substring(a from 2) FROM t',
      'CREATE INDEX ON t (lower(COALESCE(a, b)))',
      'EXPLAIN SELECT * FROM t WHERE lower(COALESCE(a, b)) = $1',
      "SELECT regexp_count(string => a, pattern => b), regexp_replace(string => 'abc', pattern => 'b', replacement => 'x')",
      'SELECT jsonb_path_query(j, \'$.a ? (@ like_regex "x")\') FROM t',
    ])
      expect(rewrite(sql), sql).toEqual({ text: sql });
  });

  const repeated = (a: string, b: string): string =>
    `(CASE WHEN pg_catalog.text_lt((${a})::pg_catalog.text, (${b})::pg_catalog.text) THEN (${a}) ELSE (${a}) END)`;

  it('compares an expression over two columns or more with itself or the pattern, as 15 raises 42P22 there', () => {
    expect(rewrite('SELECT lower(COALESCE(a, b)) FROM t')).toEqual({
      text: `SELECT lower(${repeated('COALESCE(a, b)', 'COALESCE(a, b)')}) FROM t`,
      collationFor: 'lower() function',
    });
    expect(rewrite("SELECT upper(a || '-' || t.b) FROM t").text).toBe(
      `SELECT upper(${repeated("a || '-' || t.b", "a || '-' || t.b")}) FROM t`,
    );
    expect(rewrite('SELECT substring(a from b) FROM t')).toEqual({
      text: `SELECT substring(${repeated('a', 'b')} from b) FROM t`,
      collationFor: REGULAR_EXPRESSION,
    });
    expect(rewrite("SELECT regexp_replace(COALESCE(a, b), 'x', 'y') FROM t").text).toBe(
      `SELECT regexp_replace(${repeated('COALESCE(a, b)', "'x'")}, 'x', 'y') FROM t`,
    );
    expect(rewrite('SELECT COALESCE(a, b) ILIKE c FROM t')).toEqual({
      text: `SELECT ${repeated('COALESCE(a, b)', 'c')} ILIKE c FROM t`,
      collationFor: ILIKE,
    });
    expect(rewrite("SELECT (CASE WHEN n > 1 THEN a ELSE b END) ~ 'x' FROM t").text).toBe(
      `SELECT ${repeated('(CASE WHEN n > 1 THEN a ELSE b END)', "'x'")} ~ 'x' FROM t`,
    );
  });

  it('compares the subject with ANY or ALL of an array of columns', () => {
    expect(rewrite('SELECT a NOT ILIKE ALL (ARRAY[b, c]) FROM t')).toEqual({
      text: 'SELECT (CASE WHEN (a)::pg_catalog.text OPERATOR(pg_catalog.<) ANY (((ARRAY[b, c]))::pg_catalog.text[]) THEN (a) ELSE (a) END) NOT ILIKE ALL (ARRAY[b, c]) FROM t',
      collationFor: ILIKE,
    });
    expect(rewrite("SELECT a ~ ANY (ARRAY[a, 'x']) FROM t")).toEqual({
      text: "SELECT a ~ ANY (ARRAY[a, 'x']) FROM t",
    });
  });
});
