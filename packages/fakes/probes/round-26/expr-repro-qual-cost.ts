// Round 26 probe (helper a): reproductions of the qual-order cause the generator found on PGlite.
// 15 evaluates a WHERE's ANDed conditions cheapest first, in their written order among equals; a
// condition the fake rewrites into costlier SQL moves behind the others, so a guarded cast (the
// regex checks the text, the cast reads it) fails in the fake where 15 answers.
import { ProbeCases } from '../probe-kit.js';

const setup = `CREATE TABLE t (id int PRIMARY KEY, tx text, j jsonb);
INSERT INTO t VALUES (1, '12', '{"a": 1}'), (2, 'abc', '[1]'), (3, NULL, NULL), (4, 'Ünï', '"s"')`;
const list = new ProbeCases('qual cost: ');
const where = (name: string, cond: string) =>
  list.add(name, [`SELECT id FROM t WHERE ${cond} ORDER BY id`], setup);
where('regex guards an integer cast', `tx ~ '^[0-9]+$' AND tx::int > 5`);
where('regex guards an integer cast, cast written first', `tx::int > 5 AND tx ~ '^[0-9]+$'`);
where('negated regex guards an integer cast', `tx !~ '[^0-9]' AND tx::int > 5`);
where('case-insensitive regex guards a cast', `tx ~* '^[0-9]+$' AND tx::int > 5`);
where('ILIKE guards a cast', `tx ILIKE '1%' AND tx::int > 5`);
where('LIKE guards a cast', `tx LIKE '1%' AND tx::int > 5`);
where('SIMILAR TO guards a cast', `tx SIMILAR TO '[0-9]+' AND tx::int > 5`);
where('lower() guards a cast', `lower(tx) = '12' AND tx::int > 5`);
where('upper() guards a cast', `upper(tx) = '12' AND tx::int > 5`);
where('regex on an expression guards a jsonb cast', `j::text ~ '^\\{' AND (j->>'a')::int = 1`);
// Left SILENT on PGlite (this and 'a numeric cast after lower()'): an inlined wrapper counts an
// argument that is itself an expression once per use (j::text three times in the regex's check).
where('regex guard on jsonb text', `(j::text ~ '^\\s*$') AND (tx::jsonb)::boolean`);
where('regexp_like guards a cast', `regexp_like(tx, '^[0-9]+$') AND tx::int > 5`);
where('starts_with guards a cast', `starts_with(tx, '1') AND tx::int > 5`);
where(
  'to_tsvector match guards a cast',
  `to_tsvector('simple', tx) @@ to_tsquery('simple', '12') AND tx::int > 5`,
);
where('jsonb path exists guards a cast', `j @? '$.a' AND (j->>'a')::int = 1`);
where('a regex against an equality among equals keeps order', `tx ~ '^1' AND tx = '12'`);
where('a date cast after a guard', `tx ~ '^[0-9]{4}-' AND tx::date > '2000-01-01'`);
where('a timestamptz cast after a guard', `tx ~ '^[0-9]' AND tx::timestamptz > '2000-01-01'`);
where('a numeric cast after lower()', `lower(tx) ~ '^[0-9.]+$' AND tx::numeric > 5`);
where('a jsonb number cast after a type check', `jsonb_typeof(j -> 'a') = 'number' AND (j -> 'a')::int = 1`);
where('a jsonb text cast after ILIKE', `j ->> 'a' ILIKE '1%' AND (j ->> 'a')::int = 1`);
where(
  'date_trunc beside a guarded cast',
  `date_trunc('day', '2024-01-01'::timestamp + id * interval '1 day') > '2024-01-02' AND tx::int > 5`,
);
where(
  'an integer cast before a text search',
  `to_tsvector('simple', tx) @@ to_tsquery('simple', '12') AND tx::int > 5`,
);
list.add(
  'words in a date cast fail as 15 does',
  [`SELECT id, tx::date FROM t WHERE id = 2`],
  `CREATE TABLE t (id int, tx text); INSERT INTO t VALUES (2, 'Jan 35 2024')`,
);
list.add(
  'words in a timestamptz cast read as 15 does',
  [`SELECT id, tx::timestamptz::text FROM t ORDER BY id`],
  `CREATE TABLE t (id int, tx text); INSERT INTO t VALUES (1, 'Jan 5 2024 10:00 UTC'), (2, 'epoch'), (3, 'infinity')`,
);
list.add(
  'a bad integer in a cast fails as 15 does',
  [`SELECT tx::int FROM t`],
  `CREATE TABLE t (tx text); INSERT INTO t VALUES ('0x1F')`,
);
export default list.cases;
