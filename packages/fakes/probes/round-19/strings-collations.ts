// Round 19 probe, strings part 9: collation-dependent string functions (docs 9.4 upper/lower/
// initcap, 9.7 ILIKE and regex case-insensitivity and classes, 24.2 collations) under the libc
// collations a C.UTF-8 server has (C, POSIX, ucs_basic, C.utf8) and its ICU ones, and CREATE
// COLLATION from a libc locale the server has or lacks.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r19 strings: collations: ');

const exprs: Array<[string, string]> = [
  ['C.utf8 collation exists', `'b' COLLATE "C.utf8" < 'a'`],
  ['C.UTF-8 collation name', `'b' COLLATE "C.UTF-8" < 'a'`],
  ['upper under C.utf8', `upper('é' COLLATE "C.utf8")`],
  ['upper sharp s under und-x-icu', `upper('straße' COLLATE "und-x-icu")`],
  ['upper sharp s under de-x-icu', `upper('straße' COLLATE "de-x-icu")`],
  ['upper i under tr-x-icu', `upper('i' COLLATE "tr-x-icu")`],
  ['lower I under tr-x-icu', `lower('I' COLLATE "tr-x-icu")`],
  ['lower final sigma under el-x-icu', `lower('ΣΑΣ' COLLATE "el-x-icu")`],
  ['initcap under en-x-icu', `initcap('hello wORLD' COLLATE "en-x-icu")`],
  ['initcap dz under und-x-icu', `initcap('ǆemal' COLLATE "und-x-icu")`],
  ['initcap apostrophe under en-x-icu', `initcap('o''neil' COLLATE "en-x-icu")`],
  ['lower under en-x-icu', `lower('ÀÉÎ' COLLATE "en-x-icu")`],
  ['upper ligature under und-x-icu', `upper('ﬁ' COLLATE "und-x-icu")`],
  ['ilike under und-x-icu', `'STRASSE' ILIKE 'straße' COLLATE "und-x-icu"`],
  ['ilike ascii under en-x-icu', `'ABC' ILIKE 'abc' COLLATE "en-x-icu"`],
  ['regex i under en-x-icu', `'ABC' ~* 'abc' COLLATE "en-x-icu"`],
  ['regex alpha under en-x-icu', `'é' ~ '^[[:alpha:]]$' COLLATE "en-x-icu"`],
  [
    'order under en-x-icu',
    `string_agg(x, ',' ORDER BY x COLLATE "en-x-icu") FROM (VALUES ('b'), ('A'), ('a'), ('B'), ('é'), ('_')) v(x)`,
  ],
  [
    'order under und-x-icu',
    `string_agg(x, ',' ORDER BY x COLLATE "und-x-icu") FROM (VALUES ('a-b'), ('ab'), ('a b'), ('aB')) v(x)`,
  ],
  [
    'order under sv-x-icu',
    `string_agg(x, ',' ORDER BY x COLLATE "sv-x-icu") FROM (VALUES ('ö'), ('z'), ('o')) v(x)`,
  ],
  ['compare under en-x-icu', `'a' < 'B' COLLATE "en-x-icu"`],
  ['equal case under en-x-icu', `'a' = 'A' COLLATE "en-x-icu"`],
  ['min under en-x-icu', `(SELECT min(x COLLATE "en-x-icu") FROM (VALUES ('b'), ('A'), ('a')) v(x))`],
  ['like under en-x-icu', `'abc' LIKE 'a%' COLLATE "en-x-icu"`],
  ['strpos under en-x-icu', `strpos('abc' COLLATE "en-x-icu", 'c')`],
  ['replace under en-x-icu', `replace('abc' COLLATE "en-x-icu", 'b', 'x')`],
  ['collation for icu', `collation for ('a' COLLATE "en-x-icu")`],
  ['unknown icu collation errors', `'a' COLLATE "xx-x-icu"`],
  [
    'pg_collation libc rows',
    `string_agg(collname, ',' ORDER BY collname) FROM pg_collation WHERE collprovider = 'c'`,
  ],
  ['pg_collation default row', `(SELECT collprovider FROM pg_collation WHERE collname = 'default')`],
  [
    'pg_collation C.utf8 row',
    `(SELECT collcollate || '/' || collctype FROM pg_collation WHERE collname = 'C.utf8')`,
  ],
];
exprs.push(
  ['icu collversion', `(SELECT collversion FROM pg_collation WHERE collname = 'und-x-icu')`],
  ['icu actual version', `pg_collation_actual_version('und-x-icu'::regcollation)`],
  ['libc actual version', `pg_collation_actual_version('"C.utf8"'::regcollation)`],
  ['upper under und-x-icu non-BMP and ligatures', `upper('ß ﬁ ǆ ŉ' COLLATE "und-x-icu")`],
  ['lower under und-x-icu', `lower('ΣΑΣ İ ǅ' COLLATE "und-x-icu")`],
  ['initcap under und-x-icu', `initcap('hello wORLD' COLLATE "und-x-icu")`],
);
for (const [name, expr] of exprs) list.select(name, expr);

const ddl: Array<[string, string[]]> = [
  [
    'create collation libc missing locale errors',
    [`CREATE COLLATION german (provider = libc, locale = 'de_DE.utf8')`],
  ],
  [
    'create collation libc lc_collate missing errors',
    [`CREATE COLLATION german (lc_collate = 'de_DE', lc_ctype = 'de_DE')`],
  ],
  [
    'create collation libc C.UTF-8',
    [`CREATE COLLATION cu (provider = libc, locale = 'C.UTF-8')`, `SELECT 'b' < 'a' COLLATE cu AS v`],
  ],
  [
    'create collation libc POSIX',
    [`CREATE COLLATION cp (locale = 'POSIX')`, `SELECT upper('é' COLLATE cp) AS v`],
  ],
  [
    'create collation icu',
    [
      `CREATE COLLATION fr (provider = icu, locale = 'fr')`,
      `SELECT string_agg(x, ',' ORDER BY x COLLATE fr) AS v FROM (VALUES ('côte'), ('coté'), ('cote')) v(x)`,
    ],
  ],
  [
    'create collation icu nondeterministic',
    [
      `CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false)`,
      `SELECT 'abc' = 'ABC' COLLATE ci AS v`,
    ],
  ],
  [
    'nondeterministic like errors',
    [
      `CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false)`,
      `SELECT 'abc' LIKE 'a%' COLLATE ci AS v`,
    ],
  ],
  [
    'nondeterministic strpos errors',
    [
      `CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false)`,
      `SELECT strpos('abc' COLLATE ci, 'b') AS v`,
    ],
  ],
  [
    'nondeterministic regex errors',
    [
      `CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false)`,
      `SELECT 'abc' ~ ('b' COLLATE ci) AS v`,
    ],
  ],
  [
    'nondeterministic upper',
    [
      `CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false)`,
      `SELECT upper('abc' COLLATE ci) AS v`,
    ],
  ],
  [
    'nondeterministic group by',
    [
      `CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false)`,
      `SELECT count(DISTINCT x COLLATE ci)::int AS v FROM (VALUES ('a'), ('A'), ('b')) v(x)`,
    ],
  ],
  [
    'column with icu collation',
    [
      `CREATE TABLE k (x text COLLATE "en-x-icu")`,
      `INSERT INTO k VALUES ('b'), ('A'), ('a')`,
      `SELECT string_agg(x, ',' ORDER BY x) AS v FROM k`,
    ],
  ],
  [
    'column collation in information_schema',
    [
      `CREATE TABLE k (x text COLLATE "C", y varchar(3) COLLATE "en-x-icu")`,
      `SELECT column_name, collation_name FROM information_schema.columns WHERE table_name = 'k' ORDER BY 1`,
    ],
  ],
];
ddl.push([
  'created icu collation version',
  [
    `CREATE COLLATION fr (provider = icu, locale = 'fr')`,
    `SELECT collversion AS v, pg_collation_actual_version(oid) AS w FROM pg_collation WHERE collname = 'fr'`,
  ],
]);
for (const [name, steps] of ddl) list.add(name, steps);

export default list.cases;
