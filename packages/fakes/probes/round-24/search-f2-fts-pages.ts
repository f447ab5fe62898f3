import { ProbeCases, withParams as p } from '../probe-kit.js';
import { addPaging } from './search-f3-pages-plain.js';

const DOCS = `
  CREATE TABLE posts (id int PRIMARY KEY, title text NOT NULL, body text, created_at timestamptz, views int,
    search tsvector GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce(title,'')), 'A') || setweight(to_tsvector('english', coalesce(body,'')), 'B')) STORED);
  CREATE INDEX posts_search ON posts USING gin (search);
  INSERT INTO posts (id, title, body, created_at, views) VALUES
    (1, 'Running with Postgres', 'The quick brown fox jumps over the lazy dog', '2024-01-01 10:00:00+00', 10),
    (2, 'Cats and dogs', 'Dogs are running in the park; cats are sleeping', '2024-01-01 10:00:00+00', 5),
    (3, 'Full text search', 'Searching documents with tsvector and tsquery in PostgreSQL', '2024-01-02 09:00:00+00', NULL),
    (4, 'The fat rats', 'A fat cat sat on a mat and ate a fat rat', NULL, 7),
    (5, 'Postgres tips', 'Indexes, vacuum and search tips for postgres users', '2024-01-03 00:00:00+00', 10),
    (6, 'Ünïcödé títle', 'Café naïve résumé', '2024-01-03 00:00:00+00', 1);`;

const l = new ProbeCases('f2 ');
// full text search
l.select(
  'to_tsvector english',
  "to_tsvector('english', 'The quick brown foxes jumped over the lazy dogs')::text",
);
l.select('to_tsvector simple', "to_tsvector('simple', 'The quick brown Foxes jumped')::text");
l.select('to_tsquery english', "to_tsquery('english', 'running & dogs')::text");
l.select('to_tsquery or not', "to_tsquery('english', '(cat | dog) & !rat')::text");
l.select('to_tsquery prefix', "to_tsquery('english', 'postgr:*')::text");
l.select('to_tsquery weight', "to_tsquery('english', 'fat:AB & rat')::text");
l.select('to_tsquery phrase', "to_tsquery('english', 'fat <-> rat')::text");
l.select('to_tsquery distance', "to_tsquery('english', 'fat <2> rat')::text");
l.select('plainto_tsquery', "plainto_tsquery('english', 'The Fat & Rats!')::text");
l.select('phraseto_tsquery', "phraseto_tsquery('english', 'The fat rats')::text");
l.select('phraseto_tsquery stopwords', "phraseto_tsquery('english', 'cat of the year')::text");
l.select('websearch_to_tsquery', "websearch_to_tsquery('english', '\"fat rat\" or cat -dog')::text");
l.select('websearch_to_tsquery garbage', "websearch_to_tsquery('english', '\"\" or or - ( ) :*')::text");
l.select('websearch simple', "websearch_to_tsquery('simple', 'The Fat')::text");
l.select('to_tsquery syntax error', "to_tsquery('english', 'fat & & rat')");
l.select('to_tsquery syntax error space', "to_tsquery('english', 'fat rat')");
l.select('to_tsquery only stopwords', "to_tsquery('english', 'the')::text");
l.select('match only stopwords notice', "to_tsvector('english', 'a cat') @@ to_tsquery('english', 'the')");
l.select('tsquery cast', "'fat & rat'::tsquery::text");
l.select('tsvector cast', "'a fat cat sat on a mat'::tsvector::text");
l.select('tsvector cast positions', "'a:1 fat:2,4 cat:3A'::tsvector::text");
l.select('match basic', "to_tsvector('english', 'fat cats ate rats') @@ to_tsquery('english', 'rat & cat')");
l.select('match text @@ text', "'fat cats ate rats' @@ 'cat'");
l.select('match text @@ tsquery', "'fat cats ate rats' @@ to_tsquery('cat')");
l.select(
  'match phrase fails',
  "to_tsvector('english', 'fat cats ate rats') @@ phraseto_tsquery('english', 'cat rat')",
);
l.select('match prefix', "to_tsvector('english', 'postgresql rocks') @@ to_tsquery('english', 'postg:*')");
l.select('default text search config', 'get_current_ts_config()::text');
l.select('to_tsvector no config', "to_tsvector('Running dogs')::text");
l.select(
  'numnode querytree',
  "numnode(to_tsquery('english', 'fat & rat | cat')) AS n, querytree(to_tsquery('english', '!fat'))::text",
);
l.select(
  'strip length',
  "strip('fat:1A cat:2'::tsvector)::text AS s, length('fat:1 cat:2 rat:3'::tsvector) AS n",
);
l.select('setweight', "setweight(to_tsvector('english', 'fat cats'), 'A')::text");
l.select('tsvector concat', "(to_tsvector('english', 'fat cat') || to_tsvector('english', 'rat'))::text");
l.select(
  'tsquery and or ops',
  "(to_tsquery('fat') && to_tsquery('rat'))::text AS a, (to_tsquery('fat') || to_tsquery('rat'))::text AS b, (!! to_tsquery('fat'))::text AS c",
);
l.select('tsquery_phrase', "tsquery_phrase(to_tsquery('fat'), to_tsquery('cat'), 2)::text");
l.select(
  'ts_rank value',
  "round(ts_rank(to_tsvector('english', 'fat cats ate fat rats'), to_tsquery('english', 'fat'))::numeric, 5)",
);
l.select(
  'ts_rank_cd value',
  "round(ts_rank_cd(to_tsvector('english', 'fat cats ate fat rats'), to_tsquery('english', 'fat & rat'))::numeric, 5)",
);
l.select(
  'ts_rank normalization',
  "round(ts_rank(to_tsvector('english', 'fat cats ate fat rats'), to_tsquery('english', 'fat'), 32)::numeric, 5)",
);
l.select(
  'ts_headline',
  "ts_headline('english', 'The quick brown fox jumps over the lazy dog', to_tsquery('english', 'fox & dog'))",
);
l.select(
  'ts_headline options',
  "ts_headline('english', 'The quick brown fox jumps over the lazy dog', to_tsquery('english', 'fox'), 'StartSel=<b>, StopSel=</b>, MaxWords=5, MinWords=2')",
);
l.select('ts_lexize', "ts_lexize('english_stem', 'stars')::text");
l.select('tsvector_to_array', "tsvector_to_array(to_tsvector('english', 'fat cats'))::text");
l.select('array_to_tsvector', "array_to_tsvector('{fat,cat,rat}'::text[])::text");
l.select('ts_delete filter', "ts_delete(to_tsvector('english', 'fat cats rats'), 'cat')::text");
l.select('unknown config', "to_tsvector('klingon', 'fat')");
l.select('tsquery rewrite', "ts_rewrite('a & b'::tsquery, 'a'::tsquery, 'c'::tsquery)::text");
l.add(
  'search generated column',
  ["SELECT id FROM posts WHERE search @@ websearch_to_tsquery('english', 'postgres') ORDER BY id"],
  DOCS,
);
l.add(
  'search rank order',
  [
    "SELECT id, round(ts_rank(search, q)::numeric, 5) AS r FROM posts, to_tsquery('english', 'postgres | run') q WHERE search @@ q ORDER BY ts_rank(search, q) DESC, id",
  ],
  DOCS,
);
l.add(
  'search rank_cd order',
  [
    "SELECT id FROM posts, plainto_tsquery('english', 'fat rat') q WHERE search @@ q ORDER BY ts_rank_cd(search, q) DESC, id",
  ],
  DOCS,
);
l.add(
  'search param plainto',
  [p("SELECT id FROM posts WHERE search @@ plainto_tsquery('english', $1) ORDER BY id", 'dogs running')],
  DOCS,
);
l.add(
  'search param prefix',
  [p("SELECT id FROM posts WHERE search @@ to_tsquery('english', $1 || ':*') ORDER BY id", 'sear')],
  DOCS,
);
l.add(
  'search param websearch',
  [p("SELECT id FROM posts WHERE search @@ websearch_to_tsquery('english', $1) ORDER BY id", 'cat -rat')],
  DOCS,
);
l.add(
  'search weights filter',
  ["SELECT id FROM posts WHERE search @@ to_tsquery('english', 'search:A') ORDER BY id"],
  DOCS,
);
l.add(
  'search headline rows',
  [
    "SELECT id, ts_headline('english', body, to_tsquery('english', 'fat')) AS h FROM posts WHERE search @@ to_tsquery('english', 'fat') ORDER BY id",
  ],
  DOCS,
);
l.add(
  'search tsvector column text',
  ['SELECT id, search::text FROM posts WHERE id IN (4, 6) ORDER BY id'],
  DOCS,
);
l.add(
  'search simple unaccented',
  ["SELECT id FROM posts WHERE to_tsvector('simple', body) @@ to_tsquery('simple', 'café') ORDER BY id"],
  DOCS,
);
l.add(
  'search with count total',
  [
    "SELECT id, count(*) OVER () AS total FROM posts WHERE search @@ to_tsquery('english', 'postgres | cat') ORDER BY id LIMIT 2",
  ],
  DOCS,
);
l.add(
  'search expression index',
  [
    "CREATE INDEX ON posts USING gin (to_tsvector('english', title))",
    "SELECT id FROM posts WHERE to_tsvector('english', title) @@ to_tsquery('english', 'tip') ORDER BY id",
  ],
  DOCS,
);
l.add('tsvector update trigger', [
  'CREATE TABLE d (id int, body text, tsv tsvector)',
  "CREATE TRIGGER tsvupd BEFORE INSERT OR UPDATE ON d FOR EACH ROW EXECUTE FUNCTION tsvector_update_trigger(tsv, 'pg_catalog.english', body)",
  "INSERT INTO d VALUES (1, 'Running dogs', NULL)",
  'SELECT tsv::text FROM d',
]);
// pagination
addPaging(l, DOCS);
export default l.cases;
