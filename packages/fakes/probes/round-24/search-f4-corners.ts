import { ProbeCases, withParams as p } from '../probe-kit.js';

const WORDS = `CREATE TABLE w (s text);
  INSERT INTO w VALUES ('a10'),('a9'),('A1'),('côte'),('cote'),('coté'),('côté'),('a-b'),('ab'),('a b'),('Ab'),('aB'),('ß'),('ss'),('ſ'),('æ'),('ae'),('Ä'),('z'),('ö'),('o'),('Ø'),('ı'),('i'),('İ'),('I'),(''),(' '),('_x'),('1'),('①'),('١'),('ａ'),('😀'),(NULL);`;
const ORD = (coll: string) =>
  `SELECT array_agg(s ORDER BY s COLLATE "${coll}", s COLLATE "C")::text AS v FROM w`;
const l = new ProbeCases('f4 ');
for (const c of ['default', 'C', 'POSIX', 'C.utf8', 'und-x-icu', 'ucs_basic']) {
  l.add(`sort many words ${c}`, [ORD(c)], WORDS);
}
const ICU = [
  'und-u-ks-level2',
  'und-u-ks-level1',
  'und-u-kn-true',
  'und-u-kf-upper',
  'und-u-kf-lower',
  'und-u-ka-shifted',
  'und-u-kb-true',
  'und-u-kc-true-ks-level1',
  'und-u-kn',
  'und-u-co-emoji',
  'sv',
  'de',
  'tr',
  'da-u-kf-upper',
  'de-u-co-phonebk',
  'und',
  'en-US',
  'en',
  'root',
  'und@colStrength=primary',
  'fr-CA',
  'ja',
  'und-u-kr-digit-latn',
  'und-u-vt-0061',
  'xx-bogus',
];
for (const loc of ICU) {
  l.add(
    `icu collation ${loc} sort`,
    [`CREATE COLLATION c1 (provider = icu, locale = '${loc}')`, ORD('c1')],
    WORDS,
  );
}
for (const loc of [
  'und-u-ks-level2',
  'und-u-ks-level1',
  'und-u-kn-true',
  'tr-u-ks-level2',
  'und-u-ka-shifted-ks-level1',
]) {
  l.add(
    `nondeterministic ${loc} distinct`,
    [
      `CREATE COLLATION c1 (provider = icu, locale = '${loc}', deterministic = false)`,
      `SELECT count(DISTINCT s COLLATE c1) AS n FROM w`,
    ],
    WORDS,
  );
  l.add(
    `nondeterministic ${loc} group`,
    [
      `CREATE COLLATION c1 (provider = icu, locale = '${loc}', deterministic = false)`,
      `SELECT min(s COLLATE "C") AS k, count(*) AS n FROM w GROUP BY s COLLATE c1 ORDER BY 1`,
    ],
    WORDS,
  );
  l.add(
    `nondeterministic ${loc} equal pairs`,
    [
      `CREATE COLLATION c1 (provider = icu, locale = '${loc}', deterministic = false)`,
      `SELECT a.s AS a, b.s AS b FROM w a JOIN w b ON a.s COLLATE c1 = b.s AND a.s COLLATE "C" < b.s COLLATE "C" ORDER BY 1 COLLATE "C", 2 COLLATE "C"`,
    ],
    WORDS,
  );
}
l.add('nondeterministic strpos error', [
  "CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false)",
  "SELECT strpos('ABC' COLLATE ci, 'b')",
]);
l.add('nondeterministic regex error', [
  "CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false)",
  "SELECT 'ABC' COLLATE ci ~ 'b'",
]);
l.add('nondeterministic primary key', [
  "CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false)",
  'CREATE TABLE k (name text COLLATE ci PRIMARY KEY)',
  "INSERT INTO k VALUES ('Straße')",
  "INSERT INTO k VALUES ('STRASSE')",
  "INSERT INTO k VALUES ('straße')",
]);
l.add('nondeterministic on conflict', [
  "CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false)",
  'CREATE TABLE k (name text COLLATE ci PRIMARY KEY, n int)',
  "INSERT INTO k VALUES ('Abc', 1)",
  "INSERT INTO k VALUES ('aBC', 1) ON CONFLICT (name) DO UPDATE SET n = k.n + 1 RETURNING name, n",
]);
l.add('nondeterministic in list', [
  "CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false)",
  "SELECT 'abc' COLLATE ci IN ('ABC', 'x') AS a, 'abc' COLLATE ci <> 'ABC' AS b",
]);
l.add('nondeterministic order stable', [
  "CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false)",
  "SELECT array_agg(s ORDER BY s COLLATE ci, s COLLATE \"C\")::text FROM (VALUES ('b'),('B'),('a'),('A')) v(s)",
]);
l.add('nondeterministic hash join', [
  "CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false)",
  'CREATE TABLE a1 (s text COLLATE ci)',
  'CREATE TABLE a2 (s text COLLATE ci)',
  "INSERT INTO a1 VALUES ('X'),('y')",
  "INSERT INTO a2 VALUES ('x'),('Y'),('z')",
  'SELECT count(*) FROM a1 JOIN a2 USING (s)',
]);
l.add('collation catalog after create', [
  "CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false)",
  "SELECT collname, collprovider, collisdeterministic, colliculocale FROM pg_collation WHERE collname = 'ci'",
]);
l.add('create collation libc locale', ["CREATE COLLATION fr (provider = libc, locale = 'fr_FR.utf8')"]);
l.add('create collation duplicate', [
  "CREATE COLLATION c1 (provider = icu, locale = 'und')",
  "CREATE COLLATION c1 (provider = icu, locale = 'und')",
]);
l.add('create collation if not exists', [
  "CREATE COLLATION c1 (provider = icu, locale = 'und')",
  "CREATE COLLATION IF NOT EXISTS c1 (provider = icu, locale = 'und')",
]);
l.add('create collation no locale', ['CREATE COLLATION c1 (provider = icu)']);
l.add('create collation libc nondeterministic', [
  "CREATE COLLATION c1 (provider = libc, locale = 'C', deterministic = false)",
]);
l.add('alter column collation', [
  'CREATE TABLE t (s text)',
  "INSERT INTO t VALUES ('b'),('B'),('a')",
  'ALTER TABLE t ALTER COLUMN s TYPE text COLLATE "C"',
  'SELECT array_agg(s ORDER BY s)::text FROM t',
]);
l.add('domain with collation', [
  'CREATE DOMAIN cs AS text COLLATE "C"',
  "SELECT array_agg(s ORDER BY s)::text FROM (VALUES ('b'::cs),('B'),('a')) v(s)",
]);
l.add('collate in index expression unique', [
  'CREATE TABLE t (s text)',
  'CREATE UNIQUE INDEX ON t (s COLLATE "C")',
  "INSERT INTO t VALUES ('a'),('A')",
  'SELECT count(*) FROM t',
]);
l.add('collate on array', ["SELECT ARRAY['b','A'] COLLATE \"C\" < ARRAY['a'] AS v"]);
l.add('collate on varchar column', [
  'CREATE TABLE t (s varchar(10) COLLATE "C")',
  "INSERT INTO t VALUES ('b'),('B')",
  'SELECT array_agg(s ORDER BY s)::text FROM t',
]);
l.add('max with collate icu over column', [
  "SELECT max(s COLLATE \"und-x-icu\") AS a, max(s COLLATE \"C\") AS b FROM (VALUES ('a'),('B'),('é')) v(s)",
]);
l.add('window order collate', [
  "SELECT s, rank() OVER (ORDER BY s COLLATE \"C\") FROM (VALUES ('a'),('B'),('b')) v(s) ORDER BY 2, 1 COLLATE \"C\"",
]);
l.add('union collation conflict', ['SELECT \'a\' COLLATE "C" UNION SELECT \'b\' COLLATE "POSIX"']);
l.add('union implicit conflict order', [
  'CREATE TABLE t1 (s text COLLATE "C")',
  'CREATE TABLE t2 (s text COLLATE "POSIX")',
  'SELECT s FROM t1 UNION SELECT s FROM t2 ORDER BY 1',
]);
l.add('case conflict implicit', [
  'CREATE TABLE t1 (a text COLLATE "C", b text COLLATE "POSIX")',
  "INSERT INTO t1 VALUES ('x','y')",
  'SELECT CASE WHEN true THEN a ELSE b END AS v FROM t1',
]);
l.add('in list conflict implicit', [
  'CREATE TABLE t1 (a text COLLATE "C", b text COLLATE "POSIX")',
  "INSERT INTO t1 VALUES ('x','y')",
  'SELECT a IN (b) FROM t1',
]);
l.add('greatest conflict implicit', [
  'CREATE TABLE t1 (a text COLLATE "C", b text COLLATE "POSIX")',
  "INSERT INTO t1 VALUES ('x','y')",
  'SELECT greatest(a, b) FROM t1',
]);
l.add('min on text conflict implicit', [
  'CREATE TABLE t1 (a text COLLATE "C", b text COLLATE "POSIX")',
  "INSERT INTO t1 VALUES ('x','y')",
  'SELECT max(a || b) FROM t1',
]);
l.add('like with conflict implicit', [
  'CREATE TABLE t1 (a text COLLATE "C", b text COLLATE "POSIX")',
  "INSERT INTO t1 VALUES ('x','y')",
  'SELECT a LIKE b FROM t1',
]);
l.add('lower conflict implicit fine', [
  'CREATE TABLE t1 (a text COLLATE "C", b text COLLATE "POSIX")',
  "INSERT INTO t1 VALUES ('X','y')",
  'SELECT lower(a) || b AS v FROM t1',
]);
l.add('ilike conflict implicit', [
  'CREATE TABLE t1 (a text COLLATE "C", b text COLLATE "POSIX")',
  "INSERT INTO t1 VALUES ('x','y')",
  'SELECT a ILIKE b FROM t1',
]);
l.add('equality conflict implicit', [
  'CREATE TABLE t1 (a text COLLATE "C", b text COLLATE "POSIX")',
  "INSERT INTO t1 VALUES ('x','y')",
  'SELECT a = b FROM t1',
]);
// FTS corners
l.select('ts long word', "to_tsvector('simple', repeat('a', 2048))::text");
l.select(
  'ts position cap',
  "length(to_tsvector('simple', repeat('x ', 16390) || 'y')) AS n, (to_tsvector('simple', repeat('x ', 16390) || 'y'))::text LIKE '%16383%' AS capped",
);
l.select(
  'ts numbers emails urls',
  "to_tsvector('english', 'Email foo@bar.com visit https://example.com/path?q=1 version 1.2.3 -42 3.14')::text",
);
l.select(
  'ts_debug tokens',
  "array_agg(alias || ':' || token ORDER BY ordinality)::text FROM ts_debug('english', 'foo-bar 12 Ünï') WITH ORDINALITY",
);
l.select('ts hyphenated', "to_tsvector('english', 'state-of-the-art')::text");
l.select('ts query hyphenated', "to_tsquery('english', 'state-of-the-art')::text");
l.select('ts plainto hyphenated', "plainto_tsquery('english', 'state-of-the-art e-mail')::text");
l.select('ts websearch quoted', "websearch_to_tsquery('english', 'signal -\"segmentation fault\"')::text");
l.select('ts websearch trailing or', "websearch_to_tsquery('english', 'cat or')::text");
l.select('ts websearch prefix star ignored', "websearch_to_tsquery('english', 'postgr*')::text");
l.select('ts to_tsquery quoted', "to_tsquery('english', '''supernovae stars'' & !crab')::text");
l.select(
  'ts query weights match',
  "to_tsvector('english', 'fat cat') @@ 'fat:A'::tsquery AS a, setweight(to_tsvector('english', 'fat cat'), 'A') @@ 'fat:A'::tsquery AS b",
);
l.select('ts query negation only', "to_tsvector('english', 'fat cat') @@ '!rat'::tsquery AS a");
l.select(
  'ts phrase with stopwords',
  "to_tsvector('english', 'the cat of the house') @@ phraseto_tsquery('english', 'cat of the house')",
);
l.select(
  'ts rank weights array',
  "round(ts_rank('{0.1, 0.2, 0.4, 1.0}', setweight(to_tsvector('english', 'fat cats'), 'A'), to_tsquery('english', 'fat'))::numeric, 5)",
);
l.select('ts rank bad weights', "ts_rank('{0.1, 0.2}', to_tsvector('fat'), to_tsquery('fat'))");
l.select(
  'ts rank_cd norm',
  "round(ts_rank_cd(to_tsvector('english', 'fat cats ate fat rats'), to_tsquery('english', 'fat & rat'), 2|4)::numeric, 5)",
);
l.select('ts rank no match', "ts_rank(to_tsvector('english', 'fat cats'), to_tsquery('english', 'dog'))");
l.select(
  'ts headline default',
  "ts_headline('The fat cat ate the rat. The dog barked at the cat.', to_tsquery('cat'))",
);
l.select(
  'ts headline highlightall',
  "ts_headline('english', 'The fat cat ate the rat.', to_tsquery('english', 'cat'), 'HighlightAll=true')",
);
l.select(
  'ts headline fragments',
  "ts_headline('english', 'one two three four five six seven eight nine ten cat eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen cat nineteen', to_tsquery('english', 'cat'), 'MaxFragments=2, MaxWords=4, MinWords=2, FragmentDelimiter=\" ... \"')",
);
l.select('ts headline bad option', "ts_headline('english', 'x', to_tsquery('x'), 'MaxWords=1, MinWords=5')");
l.select(
  'ts headline no match',
  "ts_headline('english', 'The fat cat ate the rat', to_tsquery('english', 'dog'), 'MaxWords=3, MinWords=1')",
);
l.select(
  'ts tsvector cmp order',
  "array_agg(v ORDER BY v)::text FROM (VALUES ('b'::tsvector), ('a b'), ('a')) x(v)",
);
l.select('ts tsquery cmp', "'a & b'::tsquery = 'b & a'::tsquery AS a, 'a'::tsquery < 'b'::tsquery AS b");
l.select('ts bad tsvector input', "'a:0'::tsvector");
l.select('ts bad tsquery input', "'a &'::tsquery");
l.select('ts empty tsquery', "''::tsquery::text AS a, to_tsvector('x') @@ ''::tsquery AS b");
l.select('ts setweight filter', "ts_filter('fat:2,4 cat:3b rat:5A'::tsvector, '{a,b}')::text");
l.select('ts setweight lexemes', "setweight('fat:2,4 cat:3b rat:5A'::tsvector, 'A', '{cat,rat}')::text");
l.select(
  'ts unnest',
  "array_agg(lexeme || coalesce(positions::text,'') || coalesce(weights::text,'') ORDER BY lexeme)::text FROM unnest('cat:3 fat:2,4 rat:5A'::tsvector)",
);
l.select('ts config simple stopwords', "to_tsvector('simple', 'the and of')::text");
l.select('ts english stemming', "to_tsvector('english', 'running runs ran runner ponies caresses')::text");
l.select('ts german config', "to_tsvector('german', 'Häuser laufen schneller')::text");
l.select('ts french config', "to_tsvector('french', 'les chevaux mangeaient')::text");
l.select('ts regconfig cast', "'english'::regconfig::text AS a, 'english'::regconfig::oid = 13373 AS b");
l.add('ts default_text_search_config set', [
  "SET default_text_search_config = 'simple'",
  "SELECT to_tsvector('The running')::text AS v",
]);
l.add('ts default config bad', ["SET default_text_search_config = 'nope'"]);
l.add('ts generated column update', [
  "CREATE TABLE d (id int PRIMARY KEY, body text, tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', body)) STORED)",
  "INSERT INTO d VALUES (1, 'cats')",
  "UPDATE d SET body = 'dogs' WHERE id = 1",
  'SELECT tsv::text FROM d',
]);
l.add('ts generated column insert error', [
  "CREATE TABLE d (id int PRIMARY KEY, body text, tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', body)) STORED)",
  "INSERT INTO d VALUES (1, 'cats', 'x')",
]);
l.add('ts generated non immutable', [
  'CREATE TABLE d (id int PRIMARY KEY, body text, tsv tsvector GENERATED ALWAYS AS (to_tsvector(body)) STORED)',
]);
l.add('ts gist index', [
  'CREATE TABLE d (id int, tsv tsvector)',
  'CREATE INDEX ON d USING gist (tsv)',
  "INSERT INTO d VALUES (1, to_tsvector('english','fat cat'))",
  "SELECT id FROM d WHERE tsv @@ 'cat'",
]);
l.add('ts param tsquery text', [p('SELECT to_tsvector($1) @@ $2::tsquery AS v', 'fat cats', 'cat')]);
l.add('ts param query bad', [p("SELECT to_tsquery('english', $1)", 'fat cats')]);
l.add('ts param websearch empty', [
  p(
    "SELECT websearch_to_tsquery('english', $1)::text AS q, to_tsvector('english','x') @@ websearch_to_tsquery('english', $1) AS m",
    '',
  ),
]);
// more pagination
l.add('limit with union parenthesised', [
  'SELECT x FROM (VALUES (3),(1),(2)) v(x) UNION ALL (SELECT 5 LIMIT 1) ORDER BY 1 LIMIT 2',
]);
l.add('limit twice error', ['SELECT 1 LIMIT 1 LIMIT 2']);
l.add('limit and fetch error', ['SELECT 1 LIMIT 1 FETCH FIRST 1 ROW ONLY']);
l.add('offset fetch order', [
  'SELECT x FROM generate_series(1, 10) x ORDER BY x DESC OFFSET 2 ROWS FETCH FIRST 3 ROWS ONLY',
]);
l.add('fetch first negative', ['SELECT x FROM generate_series(1, 10) x ORDER BY x FETCH FIRST -1 ROWS ONLY']);
l.add('fetch first zero with ties', [
  'SELECT x FROM generate_series(1, 10) x ORDER BY x FETCH FIRST 0 ROWS WITH TIES',
]);
l.add('with ties for update error', [
  'CREATE TABLE t (x int)',
  'SELECT x FROM t ORDER BY x FETCH FIRST 1 ROW WITH TIES FOR UPDATE',
]);
l.add('with ties skip locked error', [
  'CREATE TABLE t (x int)',
  'SELECT x FROM t ORDER BY x FETCH FIRST 1 ROW WITH TIES FOR UPDATE SKIP LOCKED',
]);
l.add('with ties nulls', [
  'SELECT x FROM (VALUES (NULL::int),(NULL),(1)) v(x) ORDER BY x NULLS FIRST FETCH FIRST 1 ROW WITH TIES',
]);
l.add('with ties text collation', [
  "SELECT s FROM (VALUES ('a'),('a'),('b')) v(s) ORDER BY s FETCH FIRST 1 ROW WITH TIES",
]);
l.add('with ties nondeterministic', [
  "CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false)",
  "SELECT s FROM (VALUES ('a'),('A'),('b')) v(s) ORDER BY s COLLATE ci FETCH FIRST 1 ROW WITH TIES",
]);
l.add('limit param int8 large offset', [
  p('SELECT x FROM generate_series(1,3) x ORDER BY x OFFSET $1', '9223372036854775807'),
]);
l.add('limit bigint expr', ['SELECT x FROM generate_series(1,3) x ORDER BY x LIMIT 2::bigint * 1']);
l.add('limit numeric param typed', [
  p('SELECT x FROM generate_series(1,5) x ORDER BY x LIMIT $1::numeric', '2.5'),
]);
l.add('limit float param typed', [
  p('SELECT x FROM generate_series(1,5) x ORDER BY x LIMIT $1::float8', '2.5'),
]);
l.add('limit half rounding', ['SELECT x FROM generate_series(1,5) x ORDER BY x LIMIT 3.5::float8']);
l.add('limit numeric half rounding', [
  'SELECT x FROM generate_series(1,5) x ORDER BY x LIMIT 2.5 OFFSET 1.5',
]);
l.add('limit boolean error', ['SELECT 1 LIMIT true']);
l.add('limit volatile', ["SELECT x FROM generate_series(1,5) x ORDER BY x LIMIT length('abc')"]);
l.add('order by nulls in row compare keyset', [
  'SELECT k, id FROM (VALUES (1, 1), (NULL, 2), (2, 3), (NULL, 4)) v(k, id) WHERE (k, id) > (1, 1) ORDER BY k NULLS LAST, id',
]);
l.add('row compare with ROW keyword', [
  'SELECT ROW(1, 2) < ROW(1, 3) AS a, ROW(1, 2) <= ROW(1, 2) AS b, (1, 2, 3) > (1, 2, NULL) AS c, (1, 3, NULL) > (1, 2, 5) AS d',
]);
l.add('row compare text collation', [
  "SELECT ('a', 1) < ('B', 1) AS a, ('a' COLLATE \"C\", 1) < ('B', 1) AS b",
]);
l.add('row compare subquery', ['SELECT (1, 2) < (SELECT 1, 3) AS a, (1, 2) = ANY (SELECT 1, 2) AS b']);
l.add('row compare subquery many rows', ['SELECT (1, 2) < (SELECT x, x FROM generate_series(1, 2) x)']);
l.add('row compare composite', [
  'CREATE TYPE pair AS (a int, b text)',
  "SELECT ROW(1, 'a')::pair < ROW(1, 'b')::pair AS a, ROW(1, NULL)::pair = ROW(1, NULL)::pair AS b, ROW(1, NULL)::pair < ROW(1, 'a')::pair AS c",
]);
l.add('record order with nulls', [
  'SELECT array_agg(r ORDER BY r)::text FROM (VALUES (ROW(1, NULL::int)), (ROW(1, 2)), (ROW(NULL::int, 1))) v(r)',
]);
l.add('row compare unsupported op', ['SELECT (1, 2) ~ (1, 2)']);
l.add('order by mixed case text keyset param', [
  p("SELECT s FROM (VALUES ('a'),('B'),('b'),('C')) v(s) WHERE s > $1 ORDER BY s", 'B'),
]);
l.add('order by text keyset param collate C', [
  p(
    "SELECT s FROM (VALUES ('a'),('B'),('b'),('C')) v(s) WHERE s COLLATE \"C\" > $1 ORDER BY s COLLATE \"C\"",
    'B',
  ),
]);
export default l.cases;
