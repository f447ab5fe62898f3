import { describe, expect, it } from 'vitest';
import { selectTailSyntaxError } from './select-tail-syntax.js';

describe('selectTailSyntaxError', () => {
  // Each refusal below is PostgreSQL 15's: syntax error at or near the word, at its position.
  it.each([
    ['SELECT 1 LIMIT 1 UNION SELECT 2', 'UNION', 18],
    ['SELECT n FROM t ORDER BY n union all SELECT 2', 'union', 28],
    ['SELECT 1 OFFSET 0 INTERSECT SELECT 2', 'INTERSECT', 19],
    ['SELECT 1 FOR UPDATE EXCEPT SELECT 2', 'EXCEPT', 21],
    ['SELECT 1 LIMIT 1 FETCH FIRST 1 ROW ONLY', 'FETCH', 18],
    ['SELECT 1 FETCH FIRST 1 ROW ONLY LIMIT 1', 'LIMIT', 33],
    ['SELECT 1 LIMIT 1 LIMIT 2', 'LIMIT', 18],
    ['SELECT 1 OFFSET 1 OFFSET 1', 'OFFSET', 19],
    ['SELECT 1 LIMIT 1 ORDER BY 1', 'ORDER', 18],
    ['SELECT 1 LIMIT 1 FOR UPDATE OFFSET 1', 'OFFSET', 29],
    ['INSERT INTO t SELECT 1 LIMIT 1 UNION SELECT 2', 'UNION', 32],
    ['SELECT 1 WHERE 1 IN (SELECT 1 LIMIT 1 UNION SELECT 2)', 'UNION', 39],
    ['SELECT 1; SELECT 2 LIMIT 1 UNION SELECT 3', 'UNION', 28],
    ['SELECT 1 AS v UNION ALL WITH c AS (SELECT 2) SELECT * FROM c', 'WITH', 25],
    ['SELECT 1 EXCEPT with c AS (SELECT 2) SELECT * FROM c', 'with', 17],
  ])('refuses %s at "%s"', (text, near, position) => {
    expect(selectTailSyntaxError(text)).toEqual({ near, position });
  });

  it.each([
    'SELECT 1 UNION SELECT 2 ORDER BY 1 LIMIT 1 OFFSET 1',
    '(SELECT 1 LIMIT 1) UNION (SELECT 2 ORDER BY 1)',
    'SELECT * FROM (SELECT 1 LIMIT 1) s UNION SELECT 2',
    'SELECT 1 OFFSET 1 ROWS FETCH NEXT 1 ROWS ONLY FOR UPDATE',
    'SELECT 1 FOR UPDATE LIMIT 1 OFFSET 1',
    'SELECT 1 FOR UPDATE FOR SHARE',
    "SELECT sum(a) OVER (ORDER BY b), string_agg(c, ',' ORDER BY c) FROM t ORDER BY 1 LIMIT 2",
    'SELECT fetch, "limit" FROM t ORDER BY 1 LIMIT 1',
    "SELECT 'LIMIT 1 UNION' AS s ORDER BY 1 -- LIMIT 2 UNION",
    'CREATE POLICY p ON t FOR UPDATE USING (true)',
    'DECLARE c CURSOR FOR SELECT 1 ORDER BY 1',
    'FETCH FIRST FROM c',
    'WITH a AS (SELECT 1 LIMIT 1) SELECT * FROM a UNION SELECT 2 LIMIT 1',
    'SELECT 1 UNION ALL (WITH c AS (SELECT 2) SELECT * FROM c)',
  ])('leaves %s', (text) => {
    expect(selectTailSyntaxError(text)).toBeUndefined();
  });
});
