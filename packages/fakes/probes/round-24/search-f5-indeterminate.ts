import { ProbeCases } from '../probe-kit.js';

const T = `CREATE TABLE t1 (a text COLLATE "C", b text COLLATE "POSIX", c char(3) COLLATE "C", d char(3) COLLATE "POSIX", n name);
  INSERT INTO t1 VALUES ('Xy', 'xY', 'Ab', 'aB', 'nm');`;
const l = new ProbeCases('f5 ');
const exprs: Record<string, string> = {
  ILIKE: 'a ILIKE b',
  'NOT ILIKE': 'a NOT ILIKE b',
  'ILIKE char': 'c ILIKE d',
  'ILIKE name text': 'n::text COLLATE "C" ILIKE b',
  LIKE: 'a LIKE b',
  'NOT LIKE': 'a NOT LIKE b',
  'LIKE char': 'c LIKE d',
  '~': 'a ~ b',
  '~*': 'a ~* b',
  '!~*': 'a !~* b',
  'SIMILAR TO': 'a SIMILAR TO b',
  regexp_replace: "regexp_replace(a, b, 'z')",
  regexp_match: 'regexp_match(a, b)',
  regexp_like: "regexp_like(a, b, 'i')",
  regexp_count: 'regexp_count(a, b)',
  'lower concat': 'lower(a || b)',
  'upper concat': 'upper(a || b)',
  'initcap concat': 'initcap(a || b)',
  strpos: 'strpos(a, b)',
  position: 'position(b in a)',
  replace: "replace(a, b, 'z')",
  split_part: 'split_part(a, b, 1)',
  starts_with: 'starts_with(a, b)',
  '^@': 'a ^@ b',
  'concat equal': 'a || b = a || b',
  'texteq fn': 'texteq(a, b)',
  'text_lt fn': 'text_lt(a, b)',
  bttextcmp: 'bttextcmp(a, b)',
  'max concat': 'max(a || b)',
  'min concat': 'min(a || b)',
  'string_agg distinct': "string_agg(DISTINCT a || b, ',')",
  'count distinct concat': 'count(DISTINCT a || b)',
  'array_agg order concat': 'array_agg(a ORDER BY a || b)',
  greatest: 'greatest(a, b)',
  coalesce: 'coalesce(a, b)',
  'coalesce then lower': 'lower(coalesce(a, b))',
  nullif: 'nullif(a, b)',
  'case result order': "CASE WHEN a > '' THEN a ELSE b END",
  'in list': 'a IN (b)',
  'any array': 'a = ANY(ARRAY[b])',
  'array compare': 'ARRAY[a] < ARRAY[b]',
  'row compare': '(a, 1) < (b, 2)',
  'to_tsvector concat': "to_tsvector('simple', a || b)::text",
  'length concat': 'length(a || b)',
  'md5 concat': 'md5(a || b)',
  'ILIKE with explicit': 'a ILIKE b COLLATE "C"',
  '~* with explicit': 'a ~* b COLLATE "C"',
  'lower explicit': 'lower((a || b) COLLATE "C")',
  translate: "translate(a || b, 'x', 'y')",
  quote_ident: 'quote_ident(a || b)',
  format: "format('%s', a || b)",
  'reverse concat': 'reverse(a || b)',
  'left concat': 'left(a || b, 2)',
  'char lower': 'lower(c || d)',
  'like escape': "a LIKE b ESCAPE '!'",
  'ilike to text param': "a ILIKE (b || '')",
  'text lt via between': 'a BETWEEN b AND b',
};
for (const [name, expr] of Object.entries(exprs)) {
  l.add(`indeterminate ${name}`, [`SELECT ${expr} AS v FROM t1`], T);
  l.add(`indeterminate ${name} empty table`, [`SELECT ${expr} AS v FROM t1 WHERE false`], T);
}
l.add('indeterminate order by concat', ['SELECT a || b AS v FROM t1 ORDER BY 1'], T);
l.add('indeterminate group by concat', ['SELECT a || b AS v FROM t1 GROUP BY 1'], T);
l.add('indeterminate distinct concat', ['SELECT DISTINCT a || b AS v FROM t1'], T);
l.add('indeterminate union', ['SELECT a FROM t1 UNION SELECT b FROM t1'], T);
l.add('indeterminate union all', ['SELECT a FROM t1 UNION ALL SELECT b FROM t1'], T);
l.add(
  'indeterminate view lower',
  ['CREATE VIEW v AS SELECT a || b AS x FROM t1', 'SELECT lower(x) FROM v', "SELECT x ILIKE 'x%' FROM v"],
  T,
);
l.add('indeterminate in where ilike param', ["SELECT count(*) FROM t1 WHERE a || b ILIKE 'x%'"], T);
l.add('indeterminate in where lower', ["SELECT count(*) FROM t1 WHERE lower(a || b) = 'xyxy'"], T);
l.add('indeterminate where like', ["SELECT count(*) FROM t1 WHERE a || b LIKE 'X%'"], T);
l.add('indeterminate where regex', ["SELECT count(*) FROM t1 WHERE a || b ~ '^X'"], T);
l.add('indeterminate where regex ci', ["SELECT count(*) FROM t1 WHERE a || b ~* '^x'"], T);
l.add(
  'indeterminate plpgsql lower',
  ["CREATE FUNCTION f(x text) RETURNS text LANGUAGE sql AS 'SELECT lower(x)'", 'SELECT f(a || b) FROM t1'],
  T,
);
export default l.cases;
