// Round 21 probe, contrib extensions: intarray (PostgreSQL 15 docs F.20) and ltree (F.23):
// intarray's functions (icount, sort, sort_asc/desc, uniq, idx, subarray, intset), its operators
// (&&, @>, <@, #, +, -, |, &, @@ query_int) and their shadowing of the core array operators, gist /
// gin opclasses; ltree's labels, functions (subltree, subpath, nlevel, index, text2ltree, lca),
// operators (@>, <@, ~ lquery, @ ltxtquery, ||), lquery patterns, indexes, bad input.
import { ProbeCases, type ProbeStep } from '../probe-kit.js';

const list = new ProbeCases('r21 extensions: arrays: ');
const INTARRAY = 'CREATE EXTENSION intarray';
const LTREE = 'CREATE EXTENSION ltree';
const add = (name: string, steps: ProbeStep[], setup: string) => list.add(name, steps, setup);
const sel = (name: string, expr: string, setup: string) => add(name, [`SELECT ${expr} AS v`], setup);

for (const [name, expr] of [
  ['icount', "icount('{1,2,3}'::int[])"],
  ['icount empty', "icount('{}'::int[])"],
  ['sort', "sort('{3,1,2}'::int[])"],
  ['sort desc', "sort('{3,1,2}'::int[], 'desc')"],
  ['sort bad direction', "sort('{3,1,2}'::int[], 'sideways')"],
  ['sort_asc', "sort_asc('{3,1,2,1}'::int[])"],
  ['sort_desc', "sort_desc('{3,1,2,1}'::int[])"],
  ['uniq', "uniq('{1,1,2,2,1}'::int[])"],
  ['uniq sorted', "uniq(sort('{1,1,2,2,1}'::int[]))"],
  ['idx', "idx('{11,22,33}'::int[], 22)"],
  ['idx missing', "idx('{11,22,33}'::int[], 44)"],
  ['subarray', "subarray('{1,2,3,2,1}'::int[], 2, 3)"],
  ['subarray open', "subarray('{1,2,3,2,1}'::int[], 2)"],
  ['subarray negative', "subarray('{1,2,3,2,1}'::int[], -2)"],
  ['intset', 'intset(42)'],
  ['overlap', "'{1,2}'::int[] && '{2,3}'::int[]"],
  ['contains', "'{1,2,3}'::int[] @> '{3,1}'::int[]"],
  ['contained', "'{1}'::int[] <@ '{1,2}'::int[]"],
  ['contains empty', "'{1,2,3}'::int[] @> '{}'::int[]"],
  ['length operator', "# '{1,2,3}'::int[]"],
  ['index operator', "'{11,22,33}'::int[] # 33"],
  ['plus element', "'{1,2}'::int[] + 3"],
  ['plus array', "'{1,2}'::int[] + '{3,4}'::int[]"],
  ['minus element', "'{1,2,1}'::int[] - 1"],
  ['minus array', "'{1,2,3,4}'::int[] - '{2,4}'::int[]"],
  ['union element', "'{1,2}'::int[] | 3"],
  ['union array', "'{3,1}'::int[] | '{2,1}'::int[]"],
  ['intersection', "'{1,2,3}'::int[] & '{3,2,5}'::int[]"],
  ['query match', "'{1,2,3}'::int[] @@ '1&(2|4)'::query_int"],
  ['query no match', "'{1,2,3}'::int[] @@ '1&!2'::query_int"],
  ['query commutator', "'1|9'::query_int ~~ '{9}'::int[]"],
  ['query text', "'1&(2|!3)'::query_int::text"],
  ['query bad', "'1&&2'::query_int"],
  ['querytree', "querytree('1&!2'::query_int)"],
  ['null element refused', "'{1,NULL}'::int[] @> '{1}'::int[]"],
  ['null element sort', "sort('{1,NULL}'::int[])"],
  ['2d refused', "icount('{{1,2},{3,4}}'::int[])"],
  ['bigint not matched', "icount('{1,2}'::bigint[])"],
  ['overlap shadows core empty', "'{}'::int[] && '{}'::int[]"],
  ['contains result type', "pg_typeof('{1}'::int[] @> '{1}'::int[])::text"],
  ['plus type', "pg_typeof('{1}'::int[] + 2)::text"],
  ['core anyarray still for text', "ARRAY['a','b'] @> ARRAY['a']"],
  ['int_array_aggregate absent', 'int_array_aggregate(1)'],
] as const) {
  sel(`intarray ${name}`, expr, INTARRAY);
}
const TAGS = `${INTARRAY}; CREATE TABLE r21_t (id int, tags int[]); INSERT INTO r21_t VALUES (1, '{1,2}'), (2, '{2,3}'), (3, '{4}'), (4, '{}')`;
add(
  'intarray gist index',
  [
    'CREATE INDEX r21_i ON r21_t USING gist (tags gist__int_ops)',
    "SELECT id FROM r21_t WHERE tags && '{2}' ORDER BY id",
    "SELECT id FROM r21_t WHERE tags @@ '2&!1' ORDER BY id",
  ],
  TAGS,
);
add(
  'intarray gist bigint ops',
  [
    'CREATE INDEX r21_i ON r21_t USING gist (tags gist__intbig_ops(siglen=16))',
    "SELECT pg_get_indexdef('r21_i'::regclass) AS v",
  ],
  TAGS,
);
add(
  'intarray gin index',
  [
    'CREATE INDEX r21_i ON r21_t USING gin (tags gin__int_ops)',
    "SELECT id FROM r21_t WHERE tags @> '{2}' ORDER BY id",
  ],
  TAGS,
);
add(
  'intarray gist default opclass',
  ['CREATE INDEX r21_i ON r21_t USING gist (tags)', "SELECT pg_get_indexdef('r21_i'::regclass) AS v"],
  TAGS,
);
add('intarray query over table', ['SELECT id, tags | 9 AS v FROM r21_t ORDER BY id'], TAGS);
add(
  'intarray drop restores core',
  ['DROP EXTENSION intarray', "SELECT '{1,2}'::int[] && '{2}'::int[] AS v", "SELECT '{1,2}'::int[] - 1"],
  INTARRAY,
);

for (const [name, expr] of [
  ['input', "'Top.Science.Astronomy'::ltree"],
  ['input empty', "''::ltree"],
  ['input bad dot', "'a..b'::ltree"],
  ['input bad char', "'a.b-c d'::ltree"],
  ['input hyphen', "'a.b-c'::ltree"],
  ['input unicode', "'Topß.наука'::ltree"],
  ['label too long', "repeat('a', 1001)::ltree"],
  ['nlevel', "nlevel('a.b.c'::ltree)"],
  ['subltree', "subltree('Top.Child1.Child2', 1, 2)"],
  ['subltree bad', "subltree('Top.Child1.Child2', 2, 5)"],
  ['subpath', "subpath('Top.Child1.Child2', 0, 2)"],
  ['subpath from', "subpath('Top.Child1.Child2', 1)"],
  ['subpath negative', "subpath('Top.Child1.Child2', -1)"],
  ['index', "index('0.1.2.3.5.4.5.6.8.5.6.8', '5.6')"],
  ['index offset', "index('0.1.2.3.5.4.5.6.8.5.6.8', '5.6', -4)"],
  ['text2ltree', "text2ltree('a.b')"],
  ['ltree2text', "ltree2text('a.b'::ltree)"],
  ['lca', "lca('1.2.3', '1.2.3.4.5.6')"],
  ['lca array', "lca(ARRAY['1.2.3'::ltree, '1.2.3.4'])"],
  ['lca root', "lca('1', '1.2')"],
  ['ancestor', "'Top.Science'::ltree @> 'Top.Science.Astronomy'"],
  ['descendant', "'Top.Science.Astronomy'::ltree <@ 'Top'"],
  ['concat', "'Top'::ltree || 'Science'::ltree"],
  ['concat text', "'Top'::ltree || 'Science'::text"],
  ['lquery star', "'Top.Science.Astronomy'::ltree ~ '*.Astronomy'"],
  ['lquery bounded', "'Top.Science.Astronomy'::ltree ~ 'Top.*{1}.Astronomy'"],
  ['lquery alternatives', "'Top.Science.Astronomy'::ltree ~ 'Top.Science|Art.*'"],
  ['lquery case insensitive', "'Top.Science'::ltree ~ 'top@.science@'"],
  ['lquery prefix', "'Top.Science'::ltree ~ 'Top.Sci*'"],
  ['lquery not', "'Top.Science'::ltree ~ 'Top.!Art'"],
  ['lquery array', "'Top.Science'::ltree ? ARRAY['Art.*', 'Top.*']::lquery[]"],
  ['lquery bad', "'a.b'::ltree ~ 'a.{'"],
  ['ltxtquery', "'Top.Science.Astronomy'::ltree @ 'Astro* & !Art'"],
  ['ltxtquery case', "'Top.Science'::ltree @ 'science@'"],
  ['compare', "'a.b'::ltree < 'a.c'::ltree"],
  ['compare prefix', "'a'::ltree < 'a.b'::ltree"],
  ['equal', "'a.b'::ltree = 'a.b'::ltree"],
  ['type', "pg_typeof('a'::ltree)::text"],
  ['cast to text', "'a.b'::ltree::text"],
  ['array ancestor', "ARRAY['a.b'::ltree, 'c'] @> 'a.b.c'::ltree"],
  ['array first ancestor', "ARRAY['x'::ltree, 'a', 'a.b'] ?@> 'a.b.c'::ltree"],
  ['ltree hash', "hash_ltree('a.b') = hash_ltree('a.b')"],
] as const) {
  sel(`ltree ${name}`, expr, LTREE);
}
const TREE = `${LTREE}; CREATE TABLE r21_t (path ltree); INSERT INTO r21_t VALUES ('Top'), ('Top.Science'), ('Top.Science.Astronomy'), ('Top.Science.Astronomy.Cosmology'), ('Top.Hobbies'), ('Top.Hobbies.Amateurs_Astronomy'), ('Top.Collections.Pictures.Astronomy')`;
add('ltree descendants', ["SELECT path FROM r21_t WHERE path <@ 'Top.Science' ORDER BY path"], TREE);
add('ltree lquery table', ["SELECT path FROM r21_t WHERE path ~ '*.Astronomy.*' ORDER BY path"], TREE);
add(
  'ltree ltxtquery table',
  ["SELECT path FROM r21_t WHERE path @ 'Astro*% & !pictures@' ORDER BY path"],
  TREE,
);
add('ltree order', ['SELECT path FROM r21_t ORDER BY path'], TREE);
add(
  'ltree gist index',
  [
    'CREATE INDEX r21_i ON r21_t USING gist (path)',
    "SELECT path FROM r21_t WHERE path <@ 'Top.Hobbies' ORDER BY path",
  ],
  TREE,
);
add(
  'ltree gist siglen',
  [
    'CREATE INDEX r21_i ON r21_t USING gist (path gist_ltree_ops(siglen=100))',
    "SELECT pg_get_indexdef('r21_i'::regclass) AS v",
  ],
  TREE,
);
add(
  'ltree btree index',
  ['CREATE INDEX r21_i ON r21_t (path)', "SELECT count(*) AS v FROM r21_t WHERE path = 'Top'"],
  TREE,
);
add('ltree hash index', ['CREATE INDEX r21_i ON r21_t USING hash (path)'], TREE);
add('ltree nlevel group', ['SELECT nlevel(path) AS n, count(*) FROM r21_t GROUP BY 1 ORDER BY 1'], TREE);
add(
  'ltree move subtree',
  [
    "UPDATE r21_t SET path = 'Top.Sciences' || subpath(path, 2) WHERE path <@ 'Top.Science' AND nlevel(path) > 2",
    "SELECT path FROM r21_t WHERE path <@ 'Top.Sciences' ORDER BY path",
  ],
  TREE,
);
add('ltree before create', ["SELECT 'a.b'::ltree"], '');

export default list.cases;
