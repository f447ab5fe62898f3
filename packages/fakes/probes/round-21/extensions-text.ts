// Round 21 probe, contrib extensions on text (PostgreSQL 15 docs F.11 citext, F.33 pg_trgm,
// F.17 fuzzystrmatch, F.46 unaccent): comparisons and uniqueness of citext, trigram similarity,
// show_trgm, word_similarity, the % operators and pg_trgm.similarity_threshold, trgm indexes in DDL,
// levenshtein (with costs, less_equal), soundex/difference, metaphone, dmetaphone, unaccent.
import { ProbeCases, type ProbeStep } from '../probe-kit.js';

const list = new ProbeCases('r21 extensions: text: ');
const CITEXT = 'CREATE EXTENSION citext';
const TRGM = 'CREATE EXTENSION pg_trgm';
const FUZZY = 'CREATE EXTENSION fuzzystrmatch';
const UNACCENT = 'CREATE EXTENSION unaccent';
const add = (name: string, steps: ProbeStep[], setup: string) => list.add(name, steps, setup);
const sel = (name: string, expr: string, setup: string) => add(name, [`SELECT ${expr} AS v`], setup);

// ---------------------------------------------------------------- citext
for (const [name, expr] of [
  ['equal case', "'Hello'::citext = 'hELLO'::citext"],
  ['equal text rhs', "'Hello'::citext = 'hello'"],
  ['not equal', "'a'::citext <> 'B'::citext"],
  ['less than', "'a'::citext < 'B'::citext"],
  ['text less than', "'a'::text < 'B'::text"],
  ['greater', "'Z'::citext > 'a'::citext"],
  ['like', "'Hello'::citext LIKE 'h%'"],
  ['ilike', "'Hello'::citext ILIKE 'H%'"],
  ['not like', "'Hello'::citext NOT LIKE 'H%'"],
  ['regex', "'Hello'::citext ~ '^h'"],
  ['regex case', "'Hello'::citext ~ '^H'"],
  ['strpos', "strpos('HeLLo'::citext, 'll')"],
  ['replace', "replace('HeLLo'::citext, 'l', 'x')"],
  ['split_part', "split_part('aXbxc'::citext, 'x', 2)"],
  ['translate', "translate('Hello'::citext, 'L', 'z')"],
  ['regexp_replace', "regexp_replace('Hello'::citext, 'L', 'z', 'g')"],
  ['regexp_match', "regexp_match('Hello'::citext, 'L+')::text"],
  ['output', "'MiXeD'::citext"],
  ['type', "pg_typeof('a'::citext)::text"],
  ['length', "length('abc'::citext)"],
  ['upper', "upper('abc'::citext)"],
  ['lower type', "pg_typeof(lower('ABC'::citext))::text"],
  ['concat type', "pg_typeof('a'::citext || 'b'::citext)::text"],
  ['max', "(SELECT max(x) FROM (VALUES ('a'::citext), ('B'::citext)) t(x))"],
  ['min', "(SELECT min(x) FROM (VALUES ('a'::citext), ('B'::citext)) t(x))"],
  ['cmp', "citext_cmp('a', 'A')"],
  ['distinct', "(SELECT count(DISTINCT x) FROM (VALUES ('a'::citext), ('A'::citext), ('b'::citext)) t(x))"],
  ['in list', "'FOO'::citext IN ('foo', 'bar')"],
  ['unicode', "'ÄBC'::citext = 'äbc'::citext"],
  ['german sharp s', "'STRASSE'::citext = 'straße'::citext"],
  ['turkish i', "'İ'::citext = 'i'::citext"],
  ['greek sigma', "'ΣΑΣ'::citext = 'σας'::citext"],
  ['cast to text', "'AbC'::citext::text"],
  ['cast to varchar', "'AbC'::citext::varchar(2)"],
  ['cast bool', "'TRUE'::citext::text::bool"],
  ['array eq', "ARRAY['A'::citext] = ARRAY['a'::citext]"],
  ['hash eq', "(SELECT count(*) FROM (VALUES ('A'::citext)) a(x) JOIN (VALUES ('a'::citext)) b(y) ON x = y)"],
  ['citext_hash', "citext_hash('ABC') = citext_hash('abc')"],
  ['pattern lt', "'a'::citext ~<~ 'B'::citext"],
] as const) {
  sel(`citext ${name}`, expr, CITEXT);
}
add(
  'citext unique violation',
  ["INSERT INTO r21_t VALUES ('Alice')", "INSERT INTO r21_t VALUES ('ALICE')"],
  `${CITEXT}; CREATE TABLE r21_t (email citext PRIMARY KEY)`,
);
add(
  'citext unique index lookup',
  ["INSERT INTO r21_t VALUES ('Alice'), ('Bob')", "SELECT email FROM r21_t WHERE email = 'alice'"],
  `${CITEXT}; CREATE TABLE r21_t (email citext UNIQUE)`,
);
add(
  'citext order by',
  ["INSERT INTO r21_t VALUES ('b'), ('A'), ('C'), ('a2')", 'SELECT email FROM r21_t ORDER BY email'],
  `${CITEXT}; CREATE TABLE r21_t (email citext)`,
);
add(
  'citext group by',
  [
    "INSERT INTO r21_t VALUES ('b'), ('B'), ('a')",
    'SELECT lower(email::text) AS k, count(*) FROM r21_t GROUP BY email ORDER BY 1',
  ],
  `${CITEXT}; CREATE TABLE r21_t (email citext)`,
);
add(
  'citext domain',
  ["SELECT 'X@Y.COM'::email = 'x@y.com'::email AS v", "SELECT 'nope'::email"],
  `${CITEXT}; CREATE DOMAIN email AS citext CHECK (value ~ '@')`,
);
add(
  'citext column type info',
  ["SELECT data_type, udt_name FROM information_schema.columns WHERE table_name = 'r21_t'"],
  `${CITEXT}; CREATE TABLE r21_t (email citext)`,
);
add('citext typmod refused', ['CREATE TABLE r21_t (c citext(10))'], CITEXT);
add('citext before create', ["SELECT 'a'::citext"], '');

// ---------------------------------------------------------------- pg_trgm
for (const [name, expr] of [
  ['show_trgm word', "show_trgm('word')::text"],
  ['show_trgm two words', "show_trgm('two words')::text"],
  ['show_trgm punctuation', "show_trgm('a-b, c!')::text"],
  ['show_trgm case', "show_trgm('ABC')::text"],
  ['show_trgm empty', "show_trgm('')::text"],
  ['show_trgm digits', "show_trgm('abc123')::text"],
  ['show_trgm unicode', "show_trgm('héllo')::text"],
  ['show_trgm type', "pg_typeof(show_trgm('a'))::text"],
  ['similarity equal', "similarity('word', 'word')"],
  ['similarity', "similarity('word', 'two words')"],
  ['similarity none', "similarity('abc', 'xyz')"],
  ['similarity empty', "similarity('', '')"],
  ['similarity case', "similarity('ABC', 'abc')"],
  ['similarity type', "pg_typeof(similarity('a', 'b'))::text"],
  ['similarity typo', "similarity('postgresql', 'postgersql')"],
  ['similarity unicode', "similarity('café', 'cafe')"],
  ['word_similarity', "word_similarity('word', 'two words')"],
  ['word_similarity reversed', "word_similarity('two words', 'word')"],
  ['strict_word_similarity', "strict_word_similarity('word', 'two words')"],
  ['word_similarity partial', "word_similarity('wor', 'two words')"],
  ['strict_word_similarity partial', "strict_word_similarity('wor', 'two words')"],
  ['similarity operator', "'word' % 'two words'"],
  ['similarity operator true', "'postgresql' % 'postgresq'"],
  ['word similarity operator', "'word' <% 'two words'"],
  ['word similarity commutator', "'two words' %> 'word'"],
  ['strict word similarity operator', "'word' <<% 'two words'"],
  ['distance operator', "'word' <-> 'two words'"],
  ['word distance operator', "'word' <<-> 'two words'"],
  ['strict word distance operator', "'word' <<<-> 'two words'"],
  ['show_limit', 'show_limit()'],
  ['similarity_threshold default', "current_setting('pg_trgm.similarity_threshold')"],
  ['word_similarity_threshold default', "current_setting('pg_trgm.word_similarity_threshold')"],
  ['strict_word_similarity_threshold default', "current_setting('pg_trgm.strict_word_similarity_threshold')"],
  ['similarity null', "similarity(NULL, 'a')"],
  ['similarity long', "similarity(repeat('ab', 500), repeat('ab', 499))"],
  ['similarity numbers', "similarity('12345', '12354')"],
] as const) {
  sel(`trgm ${name}`, expr, TRGM);
}
add(
  'trgm threshold set',
  [
    'SET pg_trgm.similarity_threshold = 0.1',
    "SELECT 'word' % 'two words' AS a, 'abc' % 'abd' AS b",
    'SHOW pg_trgm.similarity_threshold',
  ],
  TRGM,
);
add(
  'trgm threshold set_limit',
  ['SELECT set_limit(0.5) AS v', 'SELECT show_limit() AS v', 'SHOW pg_trgm.similarity_threshold'],
  TRGM,
);
add('trgm threshold out of range', ['SET pg_trgm.similarity_threshold = 1.5'], TRGM);
add('trgm threshold negative', ['SET pg_trgm.similarity_threshold = -0.1'], TRGM);
add('trgm threshold not a number', ["SET pg_trgm.similarity_threshold = 'x'"], TRGM);
add(
  'trgm word threshold set',
  ['SET pg_trgm.word_similarity_threshold = 0.9', "SELECT 'word' <% 'two words' AS v"],
  TRGM,
);
add(
  'trgm threshold before create',
  ['SET pg_trgm.similarity_threshold = 0.1', 'SHOW pg_trgm.similarity_threshold'],
  '',
);
add(
  'trgm threshold local',
  [
    'BEGIN',
    'SET LOCAL pg_trgm.similarity_threshold = 0.9',
    "SELECT 'postgresql' % 'postgresq' AS v",
    'COMMIT',
    "SELECT 'postgresql' % 'postgresq' AS v",
  ],
  TRGM,
);
const WORDS =
  "INSERT INTO r21_t (t) VALUES ('apple'), ('apply'), ('ample'), ('maple'), ('banana'), ('bandana'), ('cherry'), ('chair')";
add(
  'trgm gin index',
  [
    'CREATE INDEX r21_i ON r21_t USING gin (t gin_trgm_ops)',
    "SELECT t FROM r21_t WHERE t % 'appel' ORDER BY t",
    "SELECT t FROM r21_t WHERE t LIKE '%an%' ORDER BY t",
    "SELECT t FROM r21_t WHERE t ILIKE '%AN%' ORDER BY t",
    "SELECT t FROM r21_t WHERE t ~ 'an+a$' ORDER BY t",
  ],
  `${TRGM}; CREATE TABLE r21_t (id serial, t text); ${WORDS}`,
);
add(
  'trgm gist index',
  [
    'CREATE INDEX r21_i ON r21_t USING gist (t gist_trgm_ops)',
    "SELECT t, round((t <-> 'aple')::numeric, 4) AS d FROM r21_t ORDER BY t <-> 'aple', t LIMIT 3",
  ],
  `${TRGM}; CREATE TABLE r21_t (id serial, t text); ${WORDS}`,
);
add(
  'trgm gist siglen',
  [
    'CREATE INDEX r21_i ON r21_t USING gist (t gist_trgm_ops(siglen=32))',
    "SELECT pg_get_indexdef('r21_i'::regclass) AS v",
  ],
  `${TRGM}; CREATE TABLE r21_t (t text)`,
);
add(
  'trgm gist siglen too big',
  ['CREATE INDEX r21_i ON r21_t USING gist (t gist_trgm_ops(siglen=3000))'],
  `${TRGM}; CREATE TABLE r21_t (t text)`,
);
add(
  'trgm gin indexdef',
  [
    'CREATE INDEX r21_i ON r21_t USING gin (t gin_trgm_ops)',
    "SELECT pg_get_indexdef('r21_i'::regclass) AS v",
  ],
  `${TRGM}; CREATE TABLE r21_t (t text)`,
);
add(
  'trgm gin on varchar',
  ['CREATE INDEX r21_i ON r21_t USING gin (t gin_trgm_ops)'],
  `${TRGM}; CREATE TABLE r21_t (t varchar(20))`,
);
add(
  'trgm gin on int refused',
  ['CREATE INDEX r21_i ON r21_t USING gin (n gin_trgm_ops)'],
  `${TRGM}; CREATE TABLE r21_t (n int)`,
);
add(
  'trgm gin expression',
  ['CREATE INDEX r21_i ON r21_t USING gin (lower(t) gin_trgm_ops)'],
  `${TRGM}; CREATE TABLE r21_t (t text)`,
);
add(
  'trgm similarity order',
  [`SELECT t, round(similarity(t, 'aple')::numeric, 4) AS s FROM r21_t ORDER BY s DESC, t`],
  `${TRGM}; CREATE TABLE r21_t (id serial, t text); ${WORDS}`,
);
add(
  'trgm word_similarity order',
  [`SELECT t, round(word_similarity('ban', t)::numeric, 4) AS s FROM r21_t ORDER BY s DESC, t LIMIT 4`],
  `${TRGM}; CREATE TABLE r21_t (id serial, t text); ${WORDS}`,
);
add(
  'trgm opclasses',
  [
    "SELECT opcname, (SELECT amname FROM pg_am WHERE oid = opcmethod) AS am FROM pg_opclass WHERE opcname LIKE '%trgm%' ORDER BY 1",
  ],
  TRGM,
);
add(
  'trgm operators',
  [
    "SELECT oprname, oprresult::regtype::text AS r FROM pg_operator WHERE oprcode::text LIKE '%sim%' OR oprcode::text LIKE '%dist%' AND oprleft = 'text'::regtype ORDER BY 1, 2",
  ],
  TRGM,
);

// ---------------------------------------------------------------- fuzzystrmatch
for (const [name, expr] of [
  ['levenshtein', "levenshtein('kitten', 'sitting')"],
  ['levenshtein equal', "levenshtein('abc', 'abc')"],
  ['levenshtein empty', "levenshtein('', 'abc')"],
  ['levenshtein case', "levenshtein('ABC', 'abc')"],
  ['levenshtein unicode', "levenshtein('café', 'cafe')"],
  ['levenshtein multibyte both', "levenshtein('日本語', '日本人')"],
  ['levenshtein costs', "levenshtein('GUMBO', 'GAMBOL', 2, 1, 1)"],
  ['levenshtein costs insert', "levenshtein('abc', 'abcd', 5, 1, 1)"],
  ['levenshtein costs delete', "levenshtein('abcd', 'abc', 1, 5, 1)"],
  ['levenshtein costs zero', "levenshtein('abc', 'xyz', 0, 0, 0)"],
  ['levenshtein long 255', "levenshtein(repeat('a', 255), repeat('b', 255))"],
  ['levenshtein too long', "levenshtein(repeat('a', 256), 'b')"],
  ['levenshtein null', "levenshtein(NULL, 'b')"],
  ['levenshtein type', "pg_typeof(levenshtein('a', 'b'))::text"],
  ['levenshtein_less_equal', "levenshtein_less_equal('extensive', 'exhaustive', 2)"],
  ['levenshtein_less_equal enough', "levenshtein_less_equal('extensive', 'exhaustive', 4)"],
  ['levenshtein_less_equal costs', "levenshtein_less_equal('extensive', 'exhaustive', 1, 1, 1, 3)"],
  ['levenshtein_less_equal zero', "levenshtein_less_equal('abc', 'abd', 0)"],
  ['soundex', "soundex('Robert')"],
  ['soundex rupert', "soundex('Rupert')"],
  ['soundex tymczak', "soundex('Tymczak')"],
  ['soundex pfister', "soundex('Pfister')"],
  ['soundex ashcraft', "soundex('Ashcraft')"],
  ['soundex empty', "soundex('')"],
  ['soundex digits', "soundex('123')"],
  ['soundex leading space', "soundex('  anne')"],
  ['soundex lower', "soundex('anne')"],
  ['soundex unicode', "soundex('Ångström')"],
  ['soundex type', "pg_typeof(soundex('a'))::text"],
  ['text_soundex', "text_soundex('Washington')"],
  ['difference', "difference('Anne', 'Ann')"],
  ['difference far', "difference('Anne', 'Margaret')"],
  ['difference partial', "difference('Robert', 'Rupert')"],
  ['metaphone', "metaphone('Thompson', 10)"],
  ['metaphone short', "metaphone('Thompson', 2)"],
  ['metaphone knight', "metaphone('Knight', 10)"],
  ['metaphone xavier', "metaphone('Xavier', 10)"],
  ['metaphone schmidt', "metaphone('Schmidt', 10)"],
  ['metaphone empty', "metaphone('', 10)"],
  ['metaphone zero length', "metaphone('abc', 0)"],
  ['metaphone too long', "metaphone(repeat('a', 256), 10)"],
  ['metaphone lowercase', "metaphone('philosophy', 20)"],
  ['metaphone digits', "metaphone('a1b2', 10)"],
  ['dmetaphone', "dmetaphone('Thompson')"],
  ['dmetaphone_alt', "dmetaphone_alt('Thompson')"],
  ['dmetaphone smith', "dmetaphone('Smith') || '/' || dmetaphone_alt('Smith')"],
  ['dmetaphone schmidt', "dmetaphone('Schmidt') || '/' || dmetaphone_alt('Schmidt')"],
  ['dmetaphone jose', "dmetaphone('Jose') || '/' || dmetaphone_alt('Jose')"],
  ['dmetaphone caesar', "dmetaphone('Caesar') || '/' || dmetaphone_alt('Caesar')"],
  ['dmetaphone empty', "dmetaphone('')"],
  ['dmetaphone unicode', "dmetaphone('Müller')"],
  ['dmetaphone type', "pg_typeof(dmetaphone('a'))::text"],
  ['daitch_mokotoff absent in 15', "daitch_mokotoff('Peters')"],
] as const) {
  sel(`fuzzy ${name}`, expr, FUZZY);
}
add(
  'fuzzy levenshtein over table',
  ["SELECT name, levenshtein(name, 'jon') AS d FROM r21_t ORDER BY d, name"],
  `${FUZZY}; CREATE TABLE r21_t (name text); INSERT INTO r21_t VALUES ('john'), ('jon'), ('joan'), ('jane'), ('jonathan')`,
);
add(
  'fuzzy soundex match',
  ["SELECT name FROM r21_t WHERE soundex(name) = soundex('Smyth') ORDER BY name"],
  `${FUZZY}; CREATE TABLE r21_t (name text); INSERT INTO r21_t VALUES ('Smith'), ('Smythe'), ('Schmidt'), ('Jones')`,
);
add(
  'fuzzy soundex index',
  [
    'CREATE INDEX r21_i ON r21_t (soundex(name))',
    "SELECT name FROM r21_t WHERE soundex(name) = 'S530' ORDER BY 1",
  ],
  `${FUZZY}; CREATE TABLE r21_t (name text); INSERT INTO r21_t VALUES ('Smith'), ('Smythe'), ('Jones')`,
);

// ---------------------------------------------------------------- unaccent
for (const [name, expr] of [
  ['basic', "unaccent('Hôtel')"],
  ['many', "unaccent('àáâãäåèéêëìíîïòóôõöùúûüýÿñç')"],
  ['upper', "unaccent('ÀÉÎÕÜ')"],
  ['ligature', "unaccent('Æsop Œuvre')"],
  ['german', "unaccent('Straße')"],
  ['nordic', "unaccent('Øresund Ångström')"],
  ['polish', "unaccent('Łódź')"],
  ['none', "unaccent('plain')"],
  ['empty', "unaccent('')"],
  ['dictionary form', "unaccent('unaccent', 'Hôtel')"],
  ['regdictionary form', "unaccent('unaccent'::regdictionary, 'Hôtel')"],
  ['ts_lexize', "ts_lexize('unaccent', 'Hôtel')"],
  ['ts_lexize none', "ts_lexize('unaccent', 'Hotel')"],
  ['type', "pg_typeof(unaccent('a'))::text"],
  ['volatility', "(SELECT provolatile FROM pg_proc WHERE proname = 'unaccent' LIMIT 1)"],
  ['bad dictionary', "unaccent('nosuch', 'x')"],
] as const) {
  sel(`unaccent ${name}`, expr, UNACCENT);
}
add(
  'unaccent in index refused immutable',
  ['CREATE INDEX r21_i ON r21_t (unaccent(t))'],
  `${UNACCENT}; CREATE TABLE r21_t (t text)`,
);
add(
  'unaccent in text search config',
  [
    'CREATE TEXT SEARCH CONFIGURATION r21_fr (COPY = simple)',
    'ALTER TEXT SEARCH CONFIGURATION r21_fr ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple',
    "SELECT to_tsvector('r21_fr', 'Hôtels élégants')::text AS v",
  ],
  UNACCENT,
);
add(
  'unaccent with pg_trgm',
  ["SELECT similarity(unaccent('Crème brûlée'), 'creme brulee') AS v"],
  `${UNACCENT}; ${TRGM}`,
);

export default list.cases;
