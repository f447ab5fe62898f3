// Round 19 probe, sysfuncs: PostgreSQL 15 docs 12.6-12.10, text search dictionaries and
// configurations: CREATE / ALTER / DROP TEXT SEARCH CONFIGURATION and DICTIONARY, mappings,
// stop word files, the catalogs and psql-style listings, and their errors.
import { ProbeCases, type ProbeStep } from '../probe-kit.js';

const list = new ProbeCases('r19 sysfuncs: fts config: ');
const add = (name: string, steps: ProbeStep[], setup?: string) => list.add(name, steps, setup);
const MY = 'CREATE TEXT SEARCH CONFIGURATION my (COPY = pg_catalog.english);';

add('copy config to_tsvector', [`SELECT to_tsvector('my', 'The Fat Rats') AS v`], MY);
add(
  'copy config default via setting',
  [
    `SET default_text_search_config = 'public.my'`,
    `SELECT to_tsvector('The Rats') AS v, get_current_ts_config() AS c`,
  ],
  MY,
);
add(
  'drop mapping email',
  [
    `ALTER TEXT SEARCH CONFIGURATION my DROP MAPPING FOR email`,
    `SELECT to_tsvector('my', 'mail foo@example.com now') AS v`,
  ],
  MY,
);
add(
  'drop mapping missing error',
  [
    `ALTER TEXT SEARCH CONFIGURATION my DROP MAPPING FOR email`,
    `ALTER TEXT SEARCH CONFIGURATION my DROP MAPPING FOR email`,
  ],
  MY,
);
add(
  'drop mapping if exists notice',
  [
    `ALTER TEXT SEARCH CONFIGURATION my DROP MAPPING FOR email`,
    `ALTER TEXT SEARCH CONFIGURATION my DROP MAPPING IF EXISTS FOR email`,
  ],
  MY,
);
add(
  'alter mapping simple',
  [
    `ALTER TEXT SEARCH CONFIGURATION my ALTER MAPPING FOR asciiword, word WITH simple`,
    `SELECT to_tsvector('my', 'The Running Cats') AS v`,
  ],
  MY,
);
add(
  'alter mapping replace',
  [
    `ALTER TEXT SEARCH CONFIGURATION my ALTER MAPPING REPLACE english_stem WITH simple`,
    `SELECT to_tsvector('my', 'Running Cats') AS v`,
  ],
  MY,
);
add(
  'alter mapping bad token error',
  [`ALTER TEXT SEARCH CONFIGURATION my ALTER MAPPING FOR nosuchtoken WITH simple`],
  MY,
);
add(
  'alter mapping bad dictionary error',
  [`ALTER TEXT SEARCH CONFIGURATION my ALTER MAPPING FOR asciiword WITH nosuchdict`],
  MY,
);
add(
  'add mapping after drop',
  [
    `ALTER TEXT SEARCH CONFIGURATION my DROP MAPPING FOR asciiword`,
    `ALTER TEXT SEARCH CONFIGURATION my ADD MAPPING FOR asciiword WITH simple`,
    `SELECT to_tsvector('my', 'The Cats') AS v`,
  ],
  MY,
);
add('config from parser', [
  `CREATE TEXT SEARCH CONFIGURATION p2 (PARSER = default)`,
  `SELECT to_tsvector('p2', 'nothing mapped here') AS v`,
]);
add('config from parser then mapping', [
  `CREATE TEXT SEARCH CONFIGURATION p2 (PARSER = pg_catalog.default)`,
  `ALTER TEXT SEARCH CONFIGURATION p2 ADD MAPPING FOR asciiword WITH english_stem`,
  `SELECT to_tsvector('p2', 'Cats 123 running') AS v`,
]);
add('config bad parser error', [`CREATE TEXT SEARCH CONFIGURATION p2 (PARSER = nosuch)`]);
add('config no options error', [`CREATE TEXT SEARCH CONFIGURATION p2 ()`]);
add('config both parser and copy error', [
  `CREATE TEXT SEARCH CONFIGURATION p2 (PARSER = default, COPY = english)`,
]);
add('config unknown option error', [`CREATE TEXT SEARCH CONFIGURATION p2 (FOO = bar)`]);
add(
  'config rename',
  [`ALTER TEXT SEARCH CONFIGURATION my RENAME TO my2`, `SELECT to_tsvector('my2', 'Cats') AS v`],
  MY,
);
add('config drop', [`DROP TEXT SEARCH CONFIGURATION my`, `SELECT to_tsvector('my', 'Cats') AS v`], MY);
add('config drop missing error', [`DROP TEXT SEARCH CONFIGURATION nosuch`]);
add('config drop if exists', [`DROP TEXT SEARCH CONFIGURATION IF EXISTS nosuch`]);
add(
  'config drop in use by index error',
  [`DROP TEXT SEARCH CONFIGURATION my`],
  `${MY} CREATE TABLE d (b text); CREATE INDEX ON d USING gin (to_tsvector('my'::regconfig, b));`,
);
add(
  'config comment',
  [
    `COMMENT ON TEXT SEARCH CONFIGURATION my IS 'mine'`,
    `SELECT obj_description('my'::regconfig, 'pg_ts_config') AS d`,
  ],
  MY,
);
add(
  'config catalog row',
  [`SELECT cfgname, cfgparser::regproc IS NOT NULL AS p FROM pg_ts_config WHERE cfgname = 'my'`],
  MY,
);
add(
  'config mapping count',
  [`SELECT count(*) AS n FROM pg_ts_config_map WHERE mapcfg = 'my'::regconfig`],
  MY,
);
add('config mappings listing', [
  `SELECT t.alias, string_agg(m.mapdict::regdictionary::text, ', ' ORDER BY m.mapseqno) AS dicts FROM pg_ts_config_map m JOIN ts_token_type('default') t ON t.tokid = m.maptokentype WHERE m.mapcfg = 'english'::regconfig GROUP BY t.alias ORDER BY t.alias`,
]);
add('builtin configs list', [`SELECT cfgname FROM pg_ts_config ORDER BY cfgname`]);
add('builtin dictionaries list', [`SELECT dictname FROM pg_ts_dict ORDER BY dictname`]);
add('builtin templates list', [`SELECT tmplname FROM pg_ts_template ORDER BY tmplname`]);
add('builtin parsers list', [`SELECT prsname FROM pg_ts_parser ORDER BY prsname`]);
add('token types', [`SELECT * FROM ts_token_type('default')`]);
add('token types by oid', [
  `SELECT count(*) AS n FROM ts_token_type((SELECT oid FROM pg_ts_parser WHERE prsname = 'default'))`,
]);
add('ts_parse by oid', [
  `SELECT * FROM ts_parse((SELECT oid FROM pg_ts_parser WHERE prsname = 'default'), 'foo-bar 1.5e3 <b> http://x.org/a?b')`,
]);
add('ts_parse all token kinds', [
  `SELECT tokid, token FROM ts_parse('default', 'abc ДОМ a1b 12 -3 4.5 6e2 1.2.3 foo@bar.com http://h.com/p a.b/c.txt /x/y <tag> &amp; foo-bar über-cool x_y')`,
]);
add('ts_debug full', [
  `SELECT alias, description, token, dictionaries, dictionary, lexemes FROM ts_debug('english', 'a fat-cat 4.5 foo@bar.com')`,
]);
add('ts_debug simple', [`SELECT alias, token, lexemes FROM ts_debug('simple', 'The Cats')`]);
add('ts_debug default config', [`SELECT alias, token, lexemes FROM ts_debug('Running')`]);

// ---------------------------------------------------------------- dictionaries
add('dictionary simple stopwords', [
  `CREATE TEXT SEARCH DICTIONARY ps (TEMPLATE = pg_catalog.simple, STOPWORDS = english)`,
  `SELECT ts_lexize('ps', 'YeS') AS a, ts_lexize('ps', 'The') AS b`,
]);
add('dictionary simple accept false', [
  `CREATE TEXT SEARCH DICTIONARY ps (TEMPLATE = pg_catalog.simple, STOPWORDS = english, ACCEPT = false)`,
  `SELECT ts_lexize('ps', 'YeS') AS a, ts_lexize('ps', 'The') AS b`,
]);
add('dictionary simple missing stopword file error', [
  `CREATE TEXT SEARCH DICTIONARY ps (TEMPLATE = pg_catalog.simple, STOPWORDS = nosuchfile)`,
]);
add('dictionary simple bad option error', [
  `CREATE TEXT SEARCH DICTIONARY ps (TEMPLATE = pg_catalog.simple, BOGUS = 1)`,
]);
add('dictionary snowball', [
  `CREATE TEXT SEARCH DICTIONARY es (TEMPLATE = snowball, Language = english, StopWords = english)`,
  `SELECT ts_lexize('es', 'running') AS a, ts_lexize('es', 'the') AS b`,
]);
add('dictionary snowball missing language error', [`CREATE TEXT SEARCH DICTIONARY es (TEMPLATE = snowball)`]);
add('dictionary snowball bad language error', [
  `CREATE TEXT SEARCH DICTIONARY es (TEMPLATE = snowball, Language = klingon)`,
]);
add('dictionary snowball german', [
  `CREATE TEXT SEARCH DICTIONARY gs (TEMPLATE = snowball, Language = german)`,
  `SELECT ts_lexize('gs', 'Häuser') AS a`,
]);
add('dictionary synonym missing file error', [
  `CREATE TEXT SEARCH DICTIONARY syn (TEMPLATE = synonym, SYNONYMS = nosuchsyn)`,
]);
add('dictionary synonym sample file', [
  `CREATE TEXT SEARCH DICTIONARY syn (TEMPLATE = synonym, SYNONYMS = synonym_sample)`,
  `SELECT ts_lexize('syn', 'postgres') AS a, ts_lexize('syn', 'indices') AS b, ts_lexize('syn', 'nothing') AS c`,
]);
add('dictionary thesaurus sample file', [
  `CREATE TEXT SEARCH DICTIONARY th (TEMPLATE = thesaurus, DictFile = thesaurus_sample, Dictionary = pg_catalog.english_stem)`,
  `SELECT ts_lexize('th', 'one') AS a`,
]);
add('dictionary ispell sample', [
  `CREATE TEXT SEARCH DICTIONARY isp (TEMPLATE = ispell, DictFile = ispell_sample, AffFile = ispell_sample)`,
  `SELECT ts_lexize('isp', 'skies') AS a, ts_lexize('isp', 'bookings') AS b`,
]);
add('dictionary ispell missing error', [
  `CREATE TEXT SEARCH DICTIONARY isp (TEMPLATE = ispell, DictFile = nosuch, AffFile = nosuch)`,
]);
add('dictionary bad template error', [`CREATE TEXT SEARCH DICTIONARY x (TEMPLATE = nosuch)`]);
add('dictionary no template error', [`CREATE TEXT SEARCH DICTIONARY x (STOPWORDS = english)`]);
add('dictionary alter option', [
  `CREATE TEXT SEARCH DICTIONARY ps (TEMPLATE = pg_catalog.simple)`,
  `ALTER TEXT SEARCH DICTIONARY ps (STOPWORDS = english)`,
  `SELECT ts_lexize('ps', 'the') AS a`,
]);
add('dictionary alter remove option', [
  `CREATE TEXT SEARCH DICTIONARY ps (TEMPLATE = pg_catalog.simple, STOPWORDS = english)`,
  `ALTER TEXT SEARCH DICTIONARY ps (STOPWORDS)`,
  `SELECT ts_lexize('ps', 'the') AS a`,
]);
add('dictionary initoption catalog', [
  `CREATE TEXT SEARCH DICTIONARY ps (TEMPLATE = pg_catalog.simple, STOPWORDS = english, ACCEPT = false)`,
  `SELECT dictinitoption FROM pg_ts_dict WHERE dictname = 'ps'`,
]);
add('dictionary in config', [
  `CREATE TEXT SEARCH DICTIONARY ps (TEMPLATE = pg_catalog.simple, STOPWORDS = english)`,
  `CREATE TEXT SEARCH CONFIGURATION c2 (COPY = simple)`,
  `ALTER TEXT SEARCH CONFIGURATION c2 ALTER MAPPING FOR asciiword WITH ps`,
  `SELECT to_tsvector('c2', 'The quick Fox') AS v`,
]);
add('dictionary chain', [
  `CREATE TEXT SEARCH DICTIONARY ps (TEMPLATE = pg_catalog.simple, STOPWORDS = english, ACCEPT = false)`,
  `CREATE TEXT SEARCH CONFIGURATION c2 (COPY = english)`,
  `ALTER TEXT SEARCH CONFIGURATION c2 ALTER MAPPING FOR asciiword WITH ps, english_stem`,
  `SELECT to_tsvector('c2', 'The running Foxes') AS v`,
]);
add('dictionary drop in use error', [
  `CREATE TEXT SEARCH DICTIONARY ps (TEMPLATE = pg_catalog.simple)`,
  `CREATE TEXT SEARCH CONFIGURATION c2 (COPY = simple)`,
  `ALTER TEXT SEARCH CONFIGURATION c2 ALTER MAPPING FOR asciiword WITH ps`,
  `DROP TEXT SEARCH DICTIONARY ps`,
]);
add('dictionary drop cascade', [
  `CREATE TEXT SEARCH DICTIONARY ps (TEMPLATE = pg_catalog.simple)`,
  `CREATE TEXT SEARCH CONFIGURATION c2 (COPY = simple)`,
  `ALTER TEXT SEARCH CONFIGURATION c2 ALTER MAPPING FOR asciiword WITH ps`,
  `DROP TEXT SEARCH DICTIONARY ps CASCADE`,
  `SELECT to_tsvector('c2', 'The Fox') AS v`,
]);
add('ts_lexize unknown dictionary error', [`SELECT ts_lexize('nosuchdict', 'x') AS v`]);
add('ts_lexize empty', [`SELECT ts_lexize('english_stem', '') AS v`]);
add('ts_lexize null', [`SELECT ts_lexize('english_stem', NULL) AS v`]);
add('ts_lexize number', [`SELECT ts_lexize('simple', '123') AS v`]);
add('ts_lexize snowball languages', [
  `SELECT ts_lexize('french_stem', 'chevaux') AS fr, ts_lexize('spanish_stem', 'corriendo') AS es, ts_lexize('russian_stem', 'бегущий') AS ru, ts_lexize('german_stem', 'Häuser') AS de`,
]);
add('to_tsvector other languages', [
  `SELECT to_tsvector('french', 'Les chevaux courent') AS fr, to_tsvector('german', 'Die Häuser sind groß') AS de, to_tsvector('spanish', 'Los niños corriendo') AS es`,
]);
add('to_tsvector russian', [`SELECT to_tsvector('russian', 'Бегущие собаки') AS v`]);
add('estonian config absent', [`SELECT to_tsvector('estonian', 'tere') AS v`]);
add('yiddish config absent', [`SELECT to_tsvector('yiddish', 'x') AS v`]);
add('config in other schema', [
  `CREATE SCHEMA fts`,
  `CREATE TEXT SEARCH CONFIGURATION fts.c (COPY = english)`,
  `SELECT to_tsvector('fts.c', 'Cats') AS v, 'fts.c'::regconfig AS r`,
]);
add('regconfig output qualified when not visible', [
  `CREATE SCHEMA fts`,
  `CREATE TEXT SEARCH CONFIGURATION fts.c (COPY = english)`,
  `SELECT 'fts.c'::regconfig::text AS r, 'english'::regconfig::text AS e`,
]);
add('set default config to custom bad error', [`SET default_text_search_config = 'nosuch.cfg'`]);
add('regdictionary missing error', [`SELECT 'nosuch'::regdictionary AS v`]);

export default list.cases;
