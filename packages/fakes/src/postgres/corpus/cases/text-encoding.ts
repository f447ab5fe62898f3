import { defineGroup } from '../sql-case.js';

const NOTES = 'CREATE TABLE notes (id int PRIMARY KEY, body text);';
// A case-insensitive email column, as the collation chapter (24.2.2.4) documents it.
const CI_USERS = `CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TABLE users (id int PRIMARY KEY, email text COLLATE ci NOT NULL UNIQUE, name text NOT NULL);
INSERT INTO users VALUES (1, 'Ann@Example.com', 'Ann'), (2, 'bob@example.com', 'Bob');`;

/** Text as bytes: NUL, lone surrogates, multibyte characters, long values, escapes and quoting. */
export const textEncodingCases = defineGroup('text-encoding', [
  {
    name: 'a NUL character in a text parameter is 22021',
    setup: NOTES,
    steps: [{ sql: 'INSERT INTO notes VALUES ($1, $2)', params: [1, 'a\u0000b'] }],
  },
  {
    name: 'chr(0) is refused with 54000',
    steps: ['SELECT chr(0)'],
  },
  {
    name: 'an unpaired surrogate is stored as U+FFFD, as node encodes it',
    setup: NOTES,
    steps: [
      {
        sql: 'INSERT INTO notes VALUES ($1, $2) RETURNING body, length(body) AS len, octet_length(body) AS bytes',
        params: [1, 'a\uD800b'],
      },
    ],
  },
  {
    name: 'length counts characters and octet_length counts UTF-8 bytes',
    steps: [
      {
        sql: 'SELECT length($1) AS chars, octet_length($1) AS bytes, char_length($1) AS cl',
        params: ['héllo €'],
      },
    ],
  },
  {
    name: 'an emoji with a skin tone is two characters and eight bytes',
    steps: [
      {
        sql: 'SELECT length($1::text) AS chars, octet_length($1::text) AS bytes, $1::text AS v',
        params: ['👍🏽'],
      },
    ],
  },
  {
    name: 'substring and left on multibyte text count characters',
    steps: [
      {
        sql: 'SELECT substring($1::text from 2 for 3) AS s, left($1::text, 2) AS l, right($1::text, 2) AS r',
        params: ['😀ébc😀'],
      },
    ],
  },
  {
    name: 'a 1 MiB text value round-trips',
    setup: NOTES,
    steps: [
      {
        sql: 'INSERT INTO notes VALUES ($1, $2) RETURNING length(body) AS len',
        params: [1, 'x'.repeat(1 << 20)],
      },
      'SELECT md5(body) AS digest FROM notes',
    ],
  },
  {
    name: 'E-strings interpret escapes and standard strings keep backslashes',
    steps: ["SELECT E'a\\tb' AS e, 'a\\tb' AS s, length('a\\tb') AS len"],
  },
  {
    name: 'a doubled quote inside a literal is one quote',
    steps: ["SELECT 'it''s' AS s"],
  },
  {
    name: 'dollar-quoted strings need no escaping',
    steps: ["SELECT $$it's a \\ path$$ AS s, $tag$with $$ inside$tag$ AS t"],
  },
  {
    name: 'a Unicode escape in a U& string',
    steps: ["SELECT U&'caf\\00E9' AS s"],
  },
  {
    name: 'chr and ascii use code points',
    steps: [{ sql: 'SELECT chr(233) AS e, ascii($1) AS code', params: ['€'] }],
  },
  {
    name: 'lpad and rpad count characters',
    steps: ["SELECT lpad('é', 3, '*') AS l, rpad('ab', 5, 'xy') AS r, lpad('abcdef', 3) AS cut"],
  },
  {
    name: 'text comparison with trailing spaces is exact',
    steps: ["SELECT 'a' = 'a ' AS eq, 'a'::char(3) = 'a  '::char(3) AS char_eq"],
  },
  {
    name: 'a unicode escape in JSON text decodes',
    steps: [`SELECT '"caf\\u00e9"'::jsonb #>> '{}' AS s`],
  },
  {
    name: 'multibyte text round-trips through a parameter into a column',
    setup: NOTES,
    steps: [{ sql: 'INSERT INTO notes VALUES ($1, $2) RETURNING body', params: [1, 'Grüße, 世界 — ok'] }],
  },
  {
    name: 'upper and lower on ASCII',
    steps: ["SELECT upper('MiXeD 123') AS u, lower('MiXeD 123') AS l, initcap('hello wORLD') AS i"],
  },
  {
    name: 'a hex bytea literal is read as the bytes it spells, whitespace allowed between pairs',
    steps: ["SELECT '\\x0102'::bytea AS b, '\\x 41 42 '::bytea AS spaced, '\\x'::bytea AS empty"],
  },
  {
    name: 'escape-format bytea input reads \\\\ as one backslash and \\nnn as an octal byte',
    steps: ["SELECT 'a\\\\b'::bytea AS backslash, 'a\\001b'::bytea AS octal, 'é'::bytea AS utf8"],
  },
  {
    name: 'an invalid hex digit in bytea input is 22023',
    steps: ["SELECT '\\xzz'::bytea"],
  },
  {
    name: 'an odd number of hex digits in bytea input is 22023',
    steps: ["SELECT '\\x012'::bytea"],
  },
  {
    name: 'a backslash not followed by a backslash or three octal digits in bytea input is 22P02',
    steps: ["SELECT 'a\\b'::bytea"],
  },
  {
    name: 'a hex text parameter is decoded into a bytea column',
    setup: 'CREATE TABLE blobs (id int, b bytea);',
    steps: [{ sql: 'INSERT INTO blobs VALUES (1, $1) RETURNING b', params: ['\\x4142'] }],
  },
  {
    name: 'an untyped hex literal compared with a bytea column compares the decoded bytes',
    setup: "CREATE TABLE blobs (id int, b bytea); INSERT INTO blobs VALUES (1, 'AB'), (2, '\\x0102');",
    steps: ["SELECT id FROM blobs WHERE b = '\\x4142'"],
  },
  {
    name: 'a Buffer parameter of text bytes round-trips through a bytea column',
    setup: 'CREATE TABLE blobs (id int, b bytea);',
    steps: [{ sql: 'INSERT INTO blobs VALUES (1, $1) RETURNING b', params: [Buffer.from('hé\n')] }],
  },
  {
    name: 'LIKE and ILIKE: % and _ match a newline, _ matches one character outside the BMP',
    setup: `CREATE TABLE notes (id int PRIMARY KEY, body text);
            INSERT INTO notes VALUES (1, E'line1\\nline2'), (2, 'line1 only'), (3, '😀');`,
    steps: [
      "SELECT id FROM notes WHERE body LIKE 'line1%' ORDER BY id",
      "SELECT id FROM notes WHERE body LIKE 'line1_line2' ORDER BY id",
      "SELECT id FROM notes WHERE body ILIKE 'LINE1_LINE2' ORDER BY id",
      "SELECT id FROM notes WHERE body LIKE '_' ORDER BY id",
      "SELECT id FROM notes WHERE body NOT LIKE '%only' ORDER BY id",
    ],
  },
  {
    name: 'text compares by code point in C.UTF-8: an emoji sorts after U+FFFD',
    setup: "CREATE TABLE l (x text); INSERT INTO l VALUES ('😀'), ('�'), ('a')",
    steps: [
      "SELECT '😀' < 'ﬀ' AS a, '😀' BETWEEN 'a' AND '�' AS b",
      "SELECT count(*) FROM l WHERE x > '�'",
      'SELECT max(x) AS a, min(x) AS b FROM l',
    ],
  },
  {
    name: 'a doubled quote inside a quoted identifier is one quote',
    steps: ['SELECT 1 AS "a""b"'],
  },
  {
    name: 'IS NULL and IS TRUE after a comparison test the comparison (IS binds looser)',
    steps: ['SELECT 1 = 2 IS NULL AS a, 1 < NULL IS NULL AS b, 1 = 2 IS FALSE AS c, 1 <> 2 IS TRUE AS d'],
  },
  {
    name: 'comparison operators do not associate: a < b = c is a syntax error',
    steps: ['SELECT 1 < 2 = true'],
  },
  {
    name: 'OPERATOR(pg_catalog.*) has the precedence of any other operator, below +',
    steps: ['SELECT 3 OPERATOR(pg_catalog.*) 2 + 1 AS a'],
  },
  {
    name: 'a typed constant of an array type is a syntax error',
    steps: ["SELECT int[] '{1,2}'"],
  },
  {
    name: 'an operator ending in a minus is one token when it holds a % or |',
    steps: ['SELECT 5 %-3'],
  },
  {
    name: 'a block comment that is never closed is a syntax error',
    steps: ['SELECT 1 /* never closed'],
  },
  {
    name: 'a table name alone is a whole-row reference',
    setup: NOTES,
    steps: ["INSERT INTO notes VALUES (1, 'a')", 'SELECT notes FROM notes'],
  },
  {
    name: 'a quoted type name is looked up as written: "bigint" and "INT4" are no type',
    steps: ['SELECT 1::"bigint"', `SELECT '1'::"INT4"`, `SELECT 1::"int8" AS a`],
  },
  {
    name: 'letters glued to a parameter are trailing junk',
    steps: [{ sql: 'SELECT $1a', params: ['x'] }],
  },
  {
    name: 'a cast binds tighter than a prefix minus: -5::text negates text',
    steps: ['SELECT -5::text'],
  },
  {
    name: 'OPERATOR(schema.op) looks the operator up in that schema',
    steps: ['SELECT 2 OPERATOR(nosuch.+) 3'],
  },
  {
    name: 'a quoted function name is looked up as written: "LOWER" and "coalesce" are no function',
    steps: [`SELECT "LOWER"('A')`, 'SELECT "coalesce"(1, 2)', `SELECT "lower"('A') AS l`],
  },
  {
    name: 'convert_to another encoding answers bytes, and the session goes on answering',
    steps: [
      `SELECT convert_to('é', 'LATIN1') AS v`,
      'SELECT 1 AS after',
      `SELECT convert_from('\\xc3a9'::bytea, 'UTF8') AS u`,
    ],
  },
  {
    name: 'client_encoding can be set to another encoding, and the session goes on answering',
    steps: [`SET client_encoding = 'LATIN1'`, `SELECT 'x' AS v`, 'SHOW client_encoding'],
  },
  {
    name: 'a numeric constant with an exponent is one float constant, not a number and an alias',
    steps: ['SELECT 1e0', 'SELECT 2 * 1e0 AS v'],
  },
  {
    name: 'length astral',
    steps: ["SELECT length('😀x') AS a, char_length('👍🏽') AS b, octet_length('😀') AS c"],
  },
  {
    name: 'left right astral',
    steps: [
      "SELECT left('😀ab', 1) AS a, right('ab😀', 1) AS b, substr('😀ab', 2, 1) AS c, substring('😀ab' from 1 for 1) AS d",
    ],
  },
  { name: 'reverse astral', steps: ["SELECT reverse('a😀b') AS v"] },
  { name: 'lpad astral fill', steps: ["SELECT lpad('x', 3, '😀') AS a, rpad('😀', 2, 'ab') AS b"] },
  { name: 'position astral', steps: ["SELECT position('b' in '😀ab') AS a, strpos('😀😀b', 'b') AS b"] },
  { name: 'split_part astral delimiter', steps: ["SELECT split_part('a😀b😀c', '😀', 2) AS v"] },
  { name: 'replace astral', steps: ["SELECT replace('a😀b', '😀', '-') AS v"] },
  {
    name: 'order by astral vs bmp high',
    steps: ["SELECT v FROM (VALUES ('😀'), ('�'), ('a'), (''), ('é')) t(v) ORDER BY v"],
  },
  {
    name: 'min max astral vs bmp high',
    steps: ["SELECT min(v) AS mi, max(v) AS ma FROM (VALUES ('😀'), ('�')) t(v)"],
  },
  { name: 'compare astral vs bmp high', steps: ["SELECT '😀' > '�' AS a, '😀' < '�' AS b"] },
  { name: 'greatest astral vs bmp high', steps: ["SELECT greatest('😀', '�') AS g, least('😀', '�') AS l"] },
  {
    name: 'order by astral column',
    setup: 'CREATE TABLE u (v text);',
    steps: [
      "INSERT INTO u VALUES ('😀'), ('�'), ('z')",
      'SELECT v FROM u ORDER BY v',
      'SELECT v FROM u ORDER BY v DESC',
    ],
  },
  {
    name: 'varchar length counts code points',
    setup: 'CREATE TABLE vc (v varchar(3));',
    steps: ["INSERT INTO vc VALUES ('😀😀😀') RETURNING v", "INSERT INTO vc VALUES ('😀😀😀😀')"],
  },
  {
    name: 'pk text range below astral',
    setup: "CREATE TABLE k (v text PRIMARY KEY); INSERT INTO k VALUES ('😀'), ('�'), ('a'), (''), ('z');",
    steps: ["SELECT v FROM k WHERE v < '😀' ORDER BY v"],
  },
  {
    name: 'pk keyset after astral',
    setup: "CREATE TABLE k (v text PRIMARY KEY); INSERT INTO k VALUES ('😀'), ('�'), ('a'), (''), ('z');",
    steps: ["SELECT v FROM k WHERE v > 'z' ORDER BY v LIMIT 10"],
  },
  {
    name: 'index text range below astral',
    setup:
      "CREATE TABLE k (id int, v text); CREATE INDEX k_v ON k (v); INSERT INTO k VALUES (1, '😀'), (2, '�'), (3, 'a'), (4, ''), (5, 'z');",
    steps: ["SELECT v FROM k WHERE v < '😀' ORDER BY v"],
  },
  {
    name: 'index keyset after astral',
    setup:
      "CREATE TABLE k (id int, v text); CREATE INDEX k_v ON k (v); INSERT INTO k VALUES (1, '😀'), (2, '�'), (3, 'a'), (4, ''), (5, 'z');",
    steps: ["SELECT v FROM k WHERE v > 'z' ORDER BY v LIMIT 10"],
  },
  {
    name: 'text eq with index astral',
    setup:
      "CREATE TABLE k (id int, v text); CREATE INDEX k_v ON k (v); INSERT INTO k VALUES (1, '😀'), (2, '�'), (3, 'a'), (4, ''), (5, 'z');",
    steps: ["SELECT id FROM k WHERE v = '😀'"],
  },
  {
    name: 'text window order astral',
    setup:
      "CREATE TABLE k (id int, v text); CREATE INDEX k_v ON k (v); INSERT INTO k VALUES (1, '😀'), (2, '�'), (3, 'a'), (4, ''), (5, 'z');",
    steps: ['SELECT v, row_number() OVER (ORDER BY v) AS r FROM k ORDER BY r'],
  },
  {
    name: 'text array_agg order astral',
    setup:
      "CREATE TABLE k (id int, v text); CREATE INDEX k_v ON k (v); INSERT INTO k VALUES (1, '😀'), (2, '�'), (3, 'a'), (4, ''), (5, 'z');",
    steps: ['SELECT array_agg(v ORDER BY v) AS a FROM k'],
  },
  {
    name: 'text string_agg order astral',
    setup:
      "CREATE TABLE k (id int, v text); CREATE INDEX k_v ON k (v); INSERT INTO k VALUES (1, '😀'), (2, '�'), (3, 'a'), (4, ''), (5, 'z');",
    steps: ["SELECT string_agg(v, '' ORDER BY v) AS a FROM k"],
  },
  {
    name: 'text unique index on astral ok',
    setup: 'CREATE TABLE u (v text UNIQUE);',
    steps: ["INSERT INTO u VALUES ('😀'), ('�'), ('😁') RETURNING v"],
  },
  { name: 'text row comparison astral', steps: ["SELECT ('a', '😀') > ('a', '�') AS v"] },
  { name: 'text array comparison astral', steps: ["SELECT ARRAY['😀'] > ARRAY['�'] AS v"] },
  {
    name: 'text greatest column astral',
    setup:
      "CREATE TABLE k (id int, v text); CREATE INDEX k_v ON k (v); INSERT INTO k VALUES (1, '😀'), (2, '�'), (3, 'a'), (4, ''), (5, 'z');",
    steps: ["SELECT greatest(v, '�') AS g FROM k WHERE id = 1"],
  },
  {
    name: 'text case when compare astral',
    setup:
      "CREATE TABLE k (id int, v text); CREATE INDEX k_v ON k (v); INSERT INTO k VALUES (1, '😀'), (2, '�'), (3, 'a'), (4, ''), (5, 'z');",
    steps: ["SELECT CASE WHEN v > '�' THEN 'hi' ELSE 'lo' END AS c FROM k WHERE id = 1"],
  },
  {
    name: 'text max group astral',
    setup:
      "CREATE TABLE k (id int, v text); CREATE INDEX k_v ON k (v); INSERT INTO k VALUES (1, '😀'), (2, '�'), (3, 'a'), (4, ''), (5, 'z');",
    steps: ['SELECT g, max(v) AS m FROM (SELECT id % 2 AS g, v FROM k) s GROUP BY g ORDER BY g'],
  },
  {
    name: 'text in subquery astral',
    setup:
      "CREATE TABLE k (id int, v text); CREATE INDEX k_v ON k (v); INSERT INTO k VALUES (1, '😀'), (2, '�'), (3, 'a'), (4, ''), (5, 'z');",
    steps: ['SELECT id FROM k WHERE v > ALL (SELECT v FROM k WHERE id IN (2, 5)) ORDER BY id'],
  },
  {
    name: 'text any array astral',
    setup:
      "CREATE TABLE k (id int, v text); CREATE INDEX k_v ON k (v); INSERT INTO k VALUES (1, '😀'), (2, '�'), (3, 'a'), (4, ''), (5, 'z');",
    steps: ["SELECT id FROM k WHERE v > ANY (ARRAY['�']) ORDER BY id"],
  },
  { name: 'text union order astral', steps: ["SELECT '😀' AS v UNION SELECT '�' ORDER BY v"] },
  { name: 'text values order astral', steps: ["SELECT v FROM (VALUES ('😀'), ('�')) s(v) ORDER BY v DESC"] },
  { name: 'text jsonb object key order astral', steps: ['SELECT \'{"😀":1,"�":2}\'::jsonb::text AS j'] },
  { name: 'text jsonb compare astral', steps: ['SELECT \'"😀"\'::jsonb > \'"�"\'::jsonb AS v'] },
  {
    name: 'text varchar column astral order',
    setup: 'CREATE TABLE vc (v varchar(10));',
    steps: [
      "INSERT INTO vc VALUES ('😀'), ('�')",
      'SELECT v FROM vc ORDER BY v',
      "SELECT v FROM vc WHERE v > '�'",
    ],
  },
  {
    name: 'text varchar pk astral range',
    setup: 'CREATE TABLE vc (v varchar(10) PRIMARY KEY);',
    steps: ["INSERT INTO vc VALUES ('😀'), ('�')", "SELECT v FROM vc WHERE v > '�'"],
  },
  {
    name: 'text fk astral',
    setup: 'CREATE TABLE p (v text PRIMARY KEY); CREATE TABLE c (v text REFERENCES p);',
    steps: [
      "INSERT INTO p VALUES ('😀')",
      "INSERT INTO c VALUES ('😀') RETURNING v",
      "INSERT INTO c VALUES ('�')",
    ],
  },
  {
    name: 'text on conflict astral',
    setup: 'CREATE TABLE u (v text UNIQUE);',
    steps: [
      "INSERT INTO u VALUES ('😀')",
      "INSERT INTO u VALUES ('😀'), ('�') ON CONFLICT DO NOTHING RETURNING v",
    ],
  },
  {
    name: 'Text order non ascii (PGlite round 13)',
    steps: ['SELECT s FROM w ORDER BY s'],
    setup:
      "CREATE TABLE w (id int, s text); INSERT INTO w VALUES (1,'été'),(2,'Zebra'),(3,'apple'),(4,'Éclair'),(5,'ñandú'),(6,'straße'),(7,'ǅ'),(8,'İstanbul'),(9,'ΣΑΣ'),(10,'日本'),(11,'a b'),(12,'A'),(13,'_x'),(14,'10'),(15,'9'),(16,'ﬃ'),(17,'Ⅻ'),(18,'①');",
  },
  {
    name: 'Text order desc collate C (PGlite round 13)',
    steps: ['SELECT s FROM w ORDER BY s COLLATE "C" DESC'],
    setup:
      "CREATE TABLE w (id int, s text); INSERT INTO w VALUES (1,'été'),(2,'Zebra'),(3,'apple'),(4,'Éclair'),(5,'ñandú'),(6,'straße'),(7,'ǅ'),(8,'İstanbul'),(9,'ΣΑΣ'),(10,'日本'),(11,'a b'),(12,'A'),(13,'_x'),(14,'10'),(15,'9'),(16,'ﬃ'),(17,'Ⅻ'),(18,'①');",
  },
  {
    name: 'Upper lower non ascii (PGlite round 13)',
    steps: ['SELECT id, upper(s), lower(s), initcap(s) FROM w ORDER BY id'],
    setup:
      "CREATE TABLE w (id int, s text); INSERT INTO w VALUES (1,'été'),(2,'Zebra'),(3,'apple'),(4,'Éclair'),(5,'ñandú'),(6,'straße'),(7,'ǅ'),(8,'İstanbul'),(9,'ΣΑΣ'),(10,'日本'),(11,'a b'),(12,'A'),(13,'_x'),(14,'10'),(15,'9'),(16,'ﬃ'),(17,'Ⅻ'),(18,'①');",
  },
  {
    name: 'Ilike non ascii (PGlite round 13)',
    steps: [
      "SELECT id FROM w WHERE s ILIKE '%É%' ORDER BY id",
      "SELECT id FROM w WHERE s ILIKE 'σασ' ORDER BY id",
    ],
    setup:
      "CREATE TABLE w (id int, s text); INSERT INTO w VALUES (1,'été'),(2,'Zebra'),(3,'apple'),(4,'Éclair'),(5,'ñandú'),(6,'straße'),(7,'ǅ'),(8,'İstanbul'),(9,'ΣΑΣ'),(10,'日本'),(11,'a b'),(12,'A'),(13,'_x'),(14,'10'),(15,'9'),(16,'ﬃ'),(17,'Ⅻ'),(18,'①');",
  },
  {
    name: 'Regex classes non ascii (PGlite round 13)',
    steps: [
      "SELECT id, s ~ '^[[:alpha:]]+$' AS al, s ~ '^\\w+$' AS w, s ~* 'ÉTÉ' AS ci, s ~ '[[:upper:]]' AS up, s ~ '[[:digit:]]' AS dg FROM w ORDER BY id",
    ],
    setup:
      "CREATE TABLE w (id int, s text); INSERT INTO w VALUES (1,'été'),(2,'Zebra'),(3,'apple'),(4,'Éclair'),(5,'ñandú'),(6,'straße'),(7,'ǅ'),(8,'İstanbul'),(9,'ΣΑΣ'),(10,'日本'),(11,'a b'),(12,'A'),(13,'_x'),(14,'10'),(15,'9'),(16,'ﬃ'),(17,'Ⅻ'),(18,'①');",
  },
  {
    name: 'Regex punct and space classes (PGlite round 13)',
    steps: [
      "SELECT id, s ~ '[[:punct:]]' AS p, s ~ '[[:space:]]' AS sp, s ~ '[[:alnum:]]' AS an FROM w ORDER BY id",
    ],
    setup:
      "CREATE TABLE w (id int, s text); INSERT INTO w VALUES (1,'été'),(2,'Zebra'),(3,'apple'),(4,'Éclair'),(5,'ñandú'),(6,'straße'),(7,'ǅ'),(8,'İstanbul'),(9,'ΣΑΣ'),(10,'日本'),(11,'a b'),(12,'A'),(13,'_x'),(14,'10'),(15,'9'),(16,'ﬃ'),(17,'Ⅻ'),(18,'①');",
  },
  {
    name: 'Regexp_replace case insensitive non ascii (PGlite round 13)',
    steps: ["SELECT regexp_replace('Été ÉTÉ été', 'été', 'X', 'gi')"],
  },
  {
    name: 'Length octet_length non ascii (PGlite round 13)',
    steps: ['SELECT id, length(s), octet_length(s), bit_length(s), char_length(s) FROM w ORDER BY id'],
    setup:
      "CREATE TABLE w (id int, s text); INSERT INTO w VALUES (1,'été'),(2,'Zebra'),(3,'apple'),(4,'Éclair'),(5,'ñandú'),(6,'straße'),(7,'ǅ'),(8,'İstanbul'),(9,'ΣΑΣ'),(10,'日本'),(11,'a b'),(12,'A'),(13,'_x'),(14,'10'),(15,'9'),(16,'ﬃ'),(17,'Ⅻ'),(18,'①');",
  },
  {
    name: 'Substring position non ascii (PGlite round 13)',
    steps: [
      "SELECT substr('ñandú', 2, 3), position('dú' IN 'ñandú'), strpos('日本語', '語'), left('日本語', -1), right('日本語', 2), reverse('ñandú')",
    ],
  },
  {
    name: 'Lpad rpad non ascii (PGlite round 13)',
    steps: ["SELECT lpad('日本', 5, 'é'), rpad('ñ', 3, '日'), lpad('abc', 2), repeat('é', 3)"],
  },
  {
    name: 'Translate non ascii (PGlite round 13)',
    steps: ["SELECT translate('ñandú', 'ñú', 'nu'), replace('ßß', 'ß', 'ss'), split_part('a,b,c', ',', -1)"],
  },
  {
    name: 'Ascii chr non ascii (PGlite round 13)',
    steps: ["SELECT ascii('é'), chr(233), chr(128512), ascii('日')"],
  },
  { name: 'Chr zero (PGlite round 13)', steps: ['SELECT chr(0)'] },
  { name: 'Chr too large (PGlite round 13)', steps: ['SELECT chr(1114112)'] },
  {
    name: 'Normalize unicode (PGlite round 13)',
    steps: [
      "SELECT normalize(U&'e\\0301', NFC) = 'é' AS nfc, length(normalize('é', NFD)) AS nfd, 'é' IS NFC NORMALIZED AS isn, normalize('ﬃ', NFKC)",
    ],
  },
  { name: 'Unistr function (PGlite round 13)', steps: ["SELECT unistr('\\0041\\u00e9\\U0001F600')"] },
  { name: 'To_ascii (PGlite round 13)', steps: ["SELECT to_ascii('Karel')"] },
  {
    name: 'Md5 sha non ascii (PGlite round 13)',
    steps: ["SELECT md5('é'), encode(sha256('日本'::bytea), 'hex')"],
  },
  {
    name: 'Convert_to encoding (PGlite round 13)',
    steps: [
      "SELECT convert_to('é', 'LATIN1'), convert_from('\\xe9'::bytea, 'LATIN1'), convert_to('日', 'LATIN1')",
    ],
  },
  {
    name: 'Encode base64 escape (PGlite round 13)',
    steps: [
      "SELECT encode('\\x00ff10'::bytea, 'base64'), encode('a\\\\b'::bytea, 'escape'), decode('AP8Q', 'base64'), encode(repeat('x', 60)::bytea, 'base64')",
    ],
  },
  { name: 'Encode base64url (PGlite round 13)', steps: ["SELECT encode('\\xfbff'::bytea, 'base64url')"] },
  { name: 'Decode bad base64 (PGlite round 13)', steps: ["SELECT decode('abc', 'base64')"] },
  {
    name: 'Bytea output escape format (PGlite round 13)',
    steps: ["SET bytea_output = 'escape'", "SELECT 'a\\000b\\377'::bytea, 'é'::bytea"],
  },
  {
    name: 'String_to_array non ascii (PGlite round 13)',
    steps: [
      "SELECT string_to_array('日,本,,語', ','), string_to_array('abc', NULL), string_to_array('a.b', '')",
    ],
  },
  {
    name: 'Regexp_split_to_table unicode (PGlite round 13)',
    steps: ["SELECT regexp_split_to_table('a日b本c', '[日本]')"],
  },
  {
    name: 'Regexp_matches flags (PGlite round 13)',
    steps: ["SELECT regexp_matches('aAbB', '[a-z]', 'g')", "SELECT regexp_matches('foo', 'x(y)?')"],
  },
  {
    name: 'Regexp_match groups null (PGlite round 13)',
    steps: ["SELECT regexp_match('abc', '(a)(x)?(c)?')"],
  },
  {
    name: 'Regexp_count instr substr (PGlite round 13)',
    steps: [
      "SELECT regexp_count('abcabc', 'b'), regexp_instr('abcabc', 'c', 1, 2), regexp_substr('abcabc', 'b.', 3), regexp_like('ABC', 'b', 'i')",
    ],
  },
  { name: 'Regexp invalid (PGlite round 13)', steps: ["SELECT 'a' ~ '('"] },
  { name: 'Regexp invalid flag (PGlite round 13)', steps: ["SELECT regexp_replace('a', 'a', 'b', 'z')"] },
  {
    name: 'Regexp backref (PGlite round 13)',
    steps: ["SELECT regexp_replace('abcabc', '(b)(c)', '[\\2\\1]', 'g'), 'aa' ~ '(a)\\1'"],
  },
  {
    name: 'Similar to escape (PGlite round 13)',
    steps: [
      "SELECT 'abc' SIMILAR TO 'a%', 'a_c' SIMILAR TO 'a#_c' ESCAPE '#', substring('foobar' SIMILAR 'f#\"oo#\"%' ESCAPE '#')",
    ],
  },
  { name: 'Like escape error (PGlite round 13)', steps: ["SELECT 'a' LIKE 'a\\'"] },
  {
    name: 'Like escape custom (PGlite round 13)',
    steps: ["SELECT 'a%b' LIKE 'a!%b' ESCAPE '!', 'axb' LIKE 'a!%b' ESCAPE '!', '100%' LIKE '100\\%'"],
  },
  { name: 'Like escape too long (PGlite round 13)', steps: ["SELECT 'a' LIKE 'a' ESCAPE 'ab'"] },
  {
    name: 'Collate c ordering mixed case (PGlite round 13)',
    steps: ["SELECT x FROM (VALUES ('b'),('B'),('a'),('A'),('_'),('1')) v(x) ORDER BY x"],
  },
  {
    name: 'Collate posix (PGlite round 13)',
    steps: ["SELECT 'a' < 'B' COLLATE \"POSIX\", 'a' < 'B' COLLATE \"C\", 'a' < 'B'"],
  },
  {
    name: 'Collation for (PGlite round 13)',
    steps: ["SELECT collation for ('a'), collation for ('a' COLLATE \"C\"), pg_collation_for('x'::text)"],
  },
  { name: 'Collate unknown (PGlite round 13)', steps: ['SELECT \'a\' COLLATE "en_US"'] },
  {
    name: 'Collate ucs_basic (PGlite round 13)',
    steps: ["SELECT x FROM (VALUES ('b'),('B'),('é'),('e')) v(x) ORDER BY x COLLATE ucs_basic"],
  },
  { name: 'Collate und icu (PGlite round 13)', steps: ["SELECT 'a' < 'B' COLLATE \"und-x-icu\""] },
  {
    name: 'Create collation icu (PGlite round 13)',
    steps: ["CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false)"],
  },
  {
    name: 'Create collation libc c (PGlite round 13)',
    steps: ["CREATE COLLATION mine (locale = 'C')", "SELECT 'b' < 'a' COLLATE mine"],
  },
  {
    name: 'Database collation info (PGlite round 13)',
    steps: [
      'SELECT datcollate, datctype, datlocprovider, pg_encoding_to_char(encoding) FROM pg_database WHERE datname = current_database()',
    ],
  },
  {
    name: 'Show lc settings (PGlite round 13)',
    steps: [
      'SHOW lc_messages',
      'SHOW lc_monetary',
      'SHOW lc_numeric',
      'SHOW lc_time',
      'SHOW server_encoding',
      'SHOW client_encoding',
    ],
  },
  {
    name: 'To_char money locale (PGlite round 13)',
    steps: ["SELECT 12.5::money, to_char(1234.5, 'L9G999D99'), to_char(1234.5, '9G999D99')"],
  },
  {
    name: 'Money arithmetic (PGlite round 13)',
    steps: [
      "SELECT '$1,234.56'::money + 1::money, '12.345'::money, (-5)::money, 10::money / 3, '1.5'::money * 2",
    ],
  },
  { name: 'Money parse errors (PGlite round 13)', steps: ["SELECT 'abc'::money"] },
  { name: 'Money overflow (PGlite round 13)', steps: ["SELECT '92233720368547758.08'::money"] },
  {
    name: 'To_char day names (PGlite round 13)',
    steps: [
      "SELECT to_char(d, 'Day Month DY MON dy mon TMDay TMMonth') FROM (VALUES ('2024-01-02'::date),('2024-07-13')) v(d)",
    ],
  },
  {
    name: 'To_char fm and th (PGlite round 13)',
    steps: [
      "SELECT to_char(d, 'FMDD FMMonth YYYY, DDth DDTH FMDDth') FROM (VALUES ('2024-01-01'::date),('2024-01-02'),('2024-01-03'),('2024-01-11'),('2024-01-22')) v(d)",
    ],
  },
  {
    name: 'To_char iso week (PGlite round 13)',
    steps: [
      "SELECT to_char('2024-12-30'::date, 'IYYY-IW-ID IDDD WW W Q CC J'), to_char('2021-01-01'::date, 'IYYY IW')",
    ],
  },
  {
    name: 'To_char time zone fields (PGlite round 13)',
    steps: [
      "SET TimeZone = 'America/New_York'",
      "SELECT to_char('2024-07-01 12:00+00'::timestamptz, 'YYYY-MM-DD HH24:MI TZ tz OF TZH:TZM')",
    ],
  },
  {
    name: 'To_char microseconds (PGlite round 13)',
    steps: [
      "SELECT to_char('2024-01-02 03:04:05.123456'::timestamp, 'HH12:MI:SS.MS.US FF1 FF3 FF6 AM a.m. SSSS SSSSS')",
    ],
  },
  {
    name: 'To_char bc and roman (PGlite round 13)',
    steps: [
      "SELECT to_char('0044-03-15 BC'::date, 'YYYY BC B.C.'), to_char(1994, 'RN'), to_char(4, 'FMrn'), to_char(0, 'RN'), to_char(4000, 'RN')",
    ],
  },
  {
    name: 'To_char numbers edge (PGlite round 13)',
    steps: [
      "SELECT to_char(-0.5, '9.9'), to_char(0.5, '0.9'), to_char(123.456, '999.99'), to_char(12345, '999'), to_char(-12, 'S999'), to_char(12, '999S'), to_char(-12, '999MI'), to_char(-12, 'PR999'), to_char(-12, '999PR')",
    ],
  },
  {
    name: 'To_char numbers V and EEEE (PGlite round 13)',
    steps: [
      "SELECT to_char(12.34, '99V99'), to_char(123456.789, '9.99EEEE'), to_char(0.000123, '9.99eeee'), to_char('NaN'::numeric, '9.99EEEE'), to_char(1e100::float8, '9.9EEEE')",
    ],
  },
  {
    name: 'To_char float rounding (PGlite round 13)',
    steps: [
      "SELECT to_char(2.5::float8, '9'), to_char(3.5::float8, '9'), to_char(0.125::float4, '9.99'), to_char(1e15::float8, '9999999999999999'), to_char(123.5::numeric, 'FM999')",
    ],
  },
  {
    name: 'To_char int with decimals (PGlite round 13)',
    steps: [
      "SELECT to_char(42, '99.99'), to_char(42::bigint, 'FM00000'), to_char(-42, 'FM9999.'), to_char(0, 'FM9.99'), to_char(0.1, 'FM0.00')",
    ],
  },
  {
    name: 'To_char interval (PGlite round 13)',
    steps: [
      "SELECT to_char(interval '1 day 02:03:04.5', 'DD HH24:MI:SS.MS'), to_char(interval '-3 hours', 'HH24 HH12'), to_char(interval '40 hours', 'HH24'), to_char(interval '2 years 3 months', 'YYYY MM')",
    ],
  },
  {
    name: 'To_number variants (PGlite round 13)',
    steps: [
      "SELECT to_number('12,345.6-', '99G999D9S'), to_number('$1,234.50', 'L9G999D99'), to_number('(123)', '999PR'), to_number('1.2e3', '9.9EEEE'), to_number(' 42 ', '999'), to_number('12abc', '99')",
    ],
  },
  { name: 'To_number roman (PGlite round 13)', steps: ["SELECT to_number('XIV', 'RN')"] },
  { name: 'To_number empty (PGlite round 13)', steps: ["SELECT to_number('', '999')"] },
  { name: 'To_date edge (PGlite round 13)', steps: ["SELECT to_date('2024-02-30', 'YYYY-MM-DD')"] },
  {
    name: 'To_date iso week (PGlite round 13)',
    steps: [
      "SELECT to_date('2024-01-1', 'IYYY-IW-ID'), to_date('20240315', 'YYYYMMDD'), to_date('24-3-5', 'YY-MM-DD'), to_date('March 5, 2024', 'Month DD, YYYY')",
    ],
  },
  {
    name: 'To_timestamp tz pattern (PGlite round 13)',
    steps: [
      "SET TimeZone = 'UTC'",
      "SELECT to_timestamp('2024-01-02 03:04:05 +05:30', 'YYYY-MM-DD HH24:MI:SS TZH:TZM')",
    ],
  },
  {
    name: 'To_timestamp TZ abbrev pattern (PGlite round 13)',
    steps: ["SET TimeZone = 'UTC'", "SELECT to_timestamp('2024-01-02 03:04 EST', 'YYYY-MM-DD HH24:MI TZ')"],
  },
  {
    name: 'To_timestamp OF pattern (PGlite round 13)',
    steps: ["SET TimeZone = 'UTC'", "SELECT to_timestamp('2024-01-02 03:04 +02', 'YYYY-MM-DD HH24:MI OF')"],
  },
  { name: 'To_timestamp fx mode (PGlite round 13)', steps: ["SELECT to_timestamp('2024  01', 'FXYYYY MM')"] },
  {
    name: 'To_timestamp out of range field (PGlite round 13)',
    steps: ["SELECT to_timestamp('2024-13-01', 'YYYY-MM-DD')"],
  },
  { name: 'To_timestamp hour 24 (PGlite round 13)', steps: ["SELECT to_timestamp('24:00', 'HH24:MI')"] },
  {
    name: 'To_timestamp conflicting (PGlite round 13)',
    steps: ["SELECT to_timestamp('2024 Tue 15', 'YYYY Dy DDD')"],
  },
  {
    name: 'To_timestamp am pm (PGlite round 13)',
    steps: [
      "SET TimeZone = 'UTC'",
      "SELECT to_timestamp('2024-01-02 11:30 PM', 'YYYY-MM-DD HH:MI AM'), to_timestamp('13:00 PM', 'HH:MI AM')",
    ],
  },
  {
    name: 'To_timestamp ff and ms (PGlite round 13)',
    steps: [
      "SET TimeZone = 'UTC'",
      "SELECT to_timestamp('2024-01-02 03:04:05.123456', 'YYYY-MM-DD HH24:MI:SS.US'), to_timestamp('05.5', 'SS.MS'), to_timestamp('05.1234567', 'SS.FF6')",
    ],
  },
  {
    name: 'To_timestamp float (PGlite round 13)',
    steps: [
      "SET TimeZone = 'UTC'",
      "SELECT to_timestamp(1700000000.5), to_timestamp('Infinity'::float8), to_timestamp(1e20)",
    ],
  },
  {
    name: 'Client encoding show and set names (PGlite round 13)',
    steps: [
      "SET NAMES 'UTF8'",
      'SHOW client_encoding',
      "SET client_encoding = 'utf-8'",
      'SHOW client_encoding',
      'SELECT pg_client_encoding()',
    ],
  },
  { name: 'Client encoding invalid (PGlite round 13)', steps: ["SET client_encoding = 'KLINGON'"] },
  {
    name: 'Convert encodings functions (PGlite round 13)',
    steps: [
      "SELECT convert('\\xe9'::bytea, 'LATIN1', 'UTF8'), convert_from('\\xc3a9'::bytea, 'UTF8'), pg_encoding_to_char(6), pg_char_to_encoding('LATIN1'), length('\\xc3a9'::bytea, 'UTF8')",
    ],
  },
  {
    name: 'Invalid utf8 bytes convert_from (PGlite round 13)',
    steps: ["SELECT convert_from('\\xc3'::bytea, 'UTF8')"],
  },
  { name: 'Null byte in text (PGlite round 13)', steps: ["SELECT E'a\\000b'"] },
  { name: 'Chr surrogate (PGlite round 13)', steps: ['SELECT chr(55296)'] },
  {
    name: 'Unicode normalization functions forms (PGlite round 13)',
    steps: [
      "SELECT normalize(U&'\\00C5', NFD) = U&'A\\030A', U&'\\00C5' IS NFD NORMALIZED, normalize('ﬁ', NFKD), length(normalize(U&'\\1E9B\\0323', NFKC))",
    ],
  },
  {
    name: 'Text non ascii comparison operators (PGlite round 13)',
    steps: ["SELECT 'é' > 'z', 'É' < 'é', 'ä' ~<~ 'b', 'a' ~>=~ 'a', 'Ω' > 'Z'"],
  },
  {
    name: 'Like with non ascii and underscore (PGlite round 13)',
    steps: [
      "SELECT 'é' LIKE '_', '日本' LIKE '__', 'ÉTÉ' ILIKE 'été', 'straße' ILIKE 'STRASSE', 'ǅ' ILIKE 'ǆ'",
    ],
  },
  {
    name: 'Upper lower special cases (PGlite round 13)',
    steps: [
      "SELECT upper('ß'), lower('İ'), upper('ǆ'), initcap('ǆemal'), lower('ΣΑΣ'), upper('ﬃ'), length(upper('ß')), length(lower('İ'))",
    ],
  },
  {
    name: 'Regex case insensitive greek and turkish (PGlite round 13)',
    steps: ["SELECT 'ΣΑΣ' ~* 'σας', 'I' ~* 'ı', 'İ' ~* 'i', 'ß' ~* 'SS'"],
  },
  {
    name: 'Regex classes for digits and spaces non ascii (PGlite round 13)',
    steps: [
      "SELECT '٣' ~ '^[[:digit:]]$', '٣' ~ '^\\d$', U&'\\00A0' ~ '^\\s$', U&'\\2003' ~ '[[:space:]]', 'Ⅻ' ~ '[[:alpha:]]', '①' ~ '[[:alnum:]]', '_' ~ '\\w', 'é' ~ '[[:lower:]]', 'É' ~ '[[:upper:]]'",
    ],
  },
  {
    name: 'Order by non ascii with index (PGlite round 13)',
    steps: [
      'CREATE TABLE ot (s text)',
      'CREATE INDEX ON ot (s)',
      "INSERT INTO ot VALUES ('é'), ('e'), ('f'), ('E'), ('ê'), ('z'), ('Z'), ('日'), ('a b'), ('ab')",
      'SELECT s FROM ot ORDER BY s',
      "SELECT s FROM ot WHERE s > 'e' ORDER BY s DESC",
      'SELECT min(s), max(s) FROM ot',
    ],
  },
  {
    name: 'Text pattern ops index like (PGlite round 13)',
    steps: [
      'CREATE TABLE ot (s text)',
      'CREATE INDEX ON ot (s text_pattern_ops)',
      "INSERT INTO ot VALUES ('éa'), ('éb'), ('ea')",
      "SELECT s FROM ot WHERE s LIKE 'é%' ORDER BY s",
    ],
  },
  {
    name: 'Length of emoji and combining (PGlite round 13)',
    steps: [
      "SELECT length('👍🏽'), length('e' || U&'\\0301'), octet_length('👍'), reverse('👍🏽a'), substr('👍🏽a', 2, 1)",
    ],
  },
  {
    name: 'To_tsvector simple non ascii case (PGlite round 13)',
    steps: ["SELECT to_tsvector('simple', 'ÉCOLE École école ΣΟΦΙΑ İzmir')"],
  },
  {
    name: 'Lower upper on citext like columns (PGlite round 13)',
    steps: [
      'CREATE TABLE u2 (email text)',
      'CREATE UNIQUE INDEX u2_lower ON u2 (lower(email))',
      "INSERT INTO u2 VALUES ('Émile@x.io')",
      "INSERT INTO u2 VALUES ('émile@x.io')",
    ],
  },
  {
    name: 'Split_part and string_to_array non ascii delimiter (PGlite round 13)',
    steps: [
      "SELECT split_part('a→b→c', '→', 2), string_to_array('a→b', '→'), regexp_split_to_array('a é b', '\\s+'), translate('ààà', 'à', 'a')",
    ],
  },
  {
    name: 'ILIKE and lower() keep what C.UTF-8 does not case-map (U+1c89 U+1c8a ILIKE)',
    steps: ["SELECT 'Ᲊ' ILIKE 'ᲊ' AS a, 'ᲊ' ILIKE 'Ᲊ' AS b"],
  },
  {
    name: 'ILIKE and lower() keep what C.UTF-8 does not case-map (U+1c89 U+1c8a param ILIKE)',
    steps: [{ sql: 'SELECT $1::text ILIKE $2::text AS a', params: ['Ᲊ', 'ᲊ'] }],
  },
  {
    name: 'ILIKE and lower() keep what C.UTF-8 does not case-map (U+1c89 U+1c8a table ILIKE)',
    setup: "CREATE TABLE w (id int, s text); INSERT INTO w VALUES (1, 'Ᲊ'), (2, 'ᲊ');",
    steps: ["SELECT id FROM w WHERE s ILIKE 'ᲊ' ORDER BY id"],
  },
  {
    name: 'ILIKE and lower() keep what C.UTF-8 does not case-map (U+a7cb U+264 ILIKE)',
    steps: ["SELECT 'Ɤ' ILIKE 'ɤ' AS a, 'ɤ' ILIKE 'Ɤ' AS b"],
  },
  {
    name: 'ILIKE and lower() keep what C.UTF-8 does not case-map (U+a7cb U+264 ILIKE pattern)',
    steps: ["SELECT 'xꟋy' ILIKE 'Xɤ%' AS a, 'xɤy' NOT ILIKE '_Ɤ_' AS b"],
  },
  {
    name: 'ILIKE and lower() keep what C.UTF-8 does not case-map (U+a7cb U+264 param ILIKE)',
    steps: [{ sql: 'SELECT $1::text ILIKE $2::text AS a', params: ['Ɤ', 'ɤ'] }],
  },
  {
    name: 'ILIKE and lower() keep what C.UTF-8 does not case-map (U+a7cb U+264 table ILIKE)',
    setup: "CREATE TABLE w (id int, s text); INSERT INTO w VALUES (1, 'Ɤ'), (2, 'ɤ');",
    steps: ["SELECT id FROM w WHERE s ILIKE 'ɤ' ORDER BY id"],
  },
  {
    name: 'ILIKE and lower() keep what C.UTF-8 does not case-map (U+a7dc U+19b ILIKE)',
    steps: ["SELECT 'Ƛ' ILIKE 'ƛ' AS a, 'ƛ' ILIKE 'Ƛ' AS b"],
  },
  {
    name: 'ILIKE and lower() keep what C.UTF-8 does not case-map (U+a7dc U+19b param ILIKE)',
    steps: [{ sql: 'SELECT $1::text ILIKE $2::text AS a', params: ['Ƛ', 'ƛ'] }],
  },
  {
    name: 'ILIKE and lower() keep what C.UTF-8 does not case-map (U+a7dc U+19b table ILIKE)',
    setup: "CREATE TABLE w (id int, s text); INSERT INTO w VALUES (1, 'Ƛ'), (2, 'ƛ');",
    steps: ["SELECT id FROM w WHERE s ILIKE 'ƛ' ORDER BY id"],
  },
  {
    name: 'ILIKE and lower() keep what C.UTF-8 does not case-map (U+a7cc U+a7cd ILIKE)',
    steps: ["SELECT 'Ꟍ' ILIKE 'ꟍ' AS a, 'ꟍ' ILIKE 'Ꟍ' AS b"],
  },
  {
    name: 'ILIKE and lower() keep what C.UTF-8 does not case-map (U+a7cc U+a7cd param ILIKE)',
    steps: [{ sql: 'SELECT $1::text ILIKE $2::text AS a', params: ['Ꟍ', 'ꟍ'] }],
  },
  {
    name: 'ILIKE and lower() keep what C.UTF-8 does not case-map (U+a7cc U+a7cd table ILIKE)',
    setup: "CREATE TABLE w (id int, s text); INSERT INTO w VALUES (1, 'Ꟍ'), (2, 'ꟍ');",
    steps: ["SELECT id FROM w WHERE s ILIKE 'ꟍ' ORDER BY id"],
  },
  {
    name: 'ILIKE and lower() keep what C.UTF-8 does not case-map (U+a7d2 U+a7d3 ILIKE)',
    steps: ["SELECT '꟒' ILIKE 'ꟓ' AS a, 'ꟓ' ILIKE '꟒' AS b"],
  },
  {
    name: 'ILIKE and lower() keep what C.UTF-8 does not case-map (U+a7d2 U+a7d3 param ILIKE)',
    steps: [{ sql: 'SELECT $1::text ILIKE $2::text AS a', params: ['꟒', 'ꟓ'] }],
  },
  {
    name: 'ILIKE and lower() keep what C.UTF-8 does not case-map (U+a7d2 U+a7d3 table ILIKE)',
    setup: "CREATE TABLE w (id int, s text); INSERT INTO w VALUES (1, '꟒'), (2, 'ꟓ');",
    steps: ["SELECT id FROM w WHERE s ILIKE 'ꟓ' ORDER BY id"],
  },
  {
    name: 'ILIKE and lower() keep what C.UTF-8 does not case-map (U+a7da U+a7db ILIKE)',
    steps: ["SELECT 'Ꟛ' ILIKE 'ꟛ' AS a, 'ꟛ' ILIKE 'Ꟛ' AS b"],
  },
  {
    name: 'ILIKE and lower() keep what C.UTF-8 does not case-map (U+a7da U+a7db param ILIKE)',
    steps: [{ sql: 'SELECT $1::text ILIKE $2::text AS a', params: ['Ꟛ', 'ꟛ'] }],
  },
  {
    name: 'ILIKE and lower() keep what C.UTF-8 does not case-map (U+a7da U+a7db table ILIKE)',
    setup: "CREATE TABLE w (id int, s text); INSERT INTO w VALUES (1, 'Ꟛ'), (2, 'ꟛ');",
    steps: ["SELECT id FROM w WHERE s ILIKE 'ꟛ' ORDER BY id"],
  },
  {
    name: 'ILIKE and lower() keep what C.UTF-8 does not case-map (U+10d50 U+10d70 ILIKE)',
    steps: ["SELECT '𐵐' ILIKE '𐵰' AS a, '𐵰' ILIKE '𐵐' AS b"],
  },
  {
    name: 'ILIKE and lower() keep what C.UTF-8 does not case-map (U+10d50 U+10d70 ILIKE pattern)',
    steps: ["SELECT 'x𐵐y' ILIKE 'X𐵰%' AS a, 'x𐵰y' NOT ILIKE '_𐵐_' AS b"],
  },
  {
    name: 'ILIKE and lower() keep what C.UTF-8 does not case-map (U+10d50 U+10d70 param ILIKE)',
    steps: [{ sql: 'SELECT $1::text ILIKE $2::text AS a', params: ['𐵐', '𐵰'] }],
  },
  {
    name: 'ILIKE and lower() keep what C.UTF-8 does not case-map (U+10d50 U+10d70 table ILIKE)',
    setup: "CREATE TABLE w (id int, s text); INSERT INTO w VALUES (1, '𐵐'), (2, '𐵰');",
    steps: ["SELECT id FROM w WHERE s ILIKE '𐵰' ORDER BY id"],
  },
  {
    name: 'ILIKE and lower() keep what C.UTF-8 does not case-map (U+10d65 U+10d85 ILIKE)',
    steps: ["SELECT '𐵥' ILIKE '𐶅' AS a, '𐶅' ILIKE '𐵥' AS b"],
  },
  {
    name: 'ILIKE and lower() keep what C.UTF-8 does not case-map (U+10d65 U+10d85 param ILIKE)',
    steps: [{ sql: 'SELECT $1::text ILIKE $2::text AS a', params: ['𐵥', '𐶅'] }],
  },
  {
    name: 'ILIKE and lower() keep what C.UTF-8 does not case-map (U+10d65 U+10d85 table ILIKE)',
    setup: "CREATE TABLE w (id int, s text); INSERT INTO w VALUES (1, '𐵥'), (2, '𐶅');",
    steps: ["SELECT id FROM w WHERE s ILIKE '𐶅' ORDER BY id"],
  },
  {
    name: 'ILIKE and lower() keep what C.UTF-8 does not case-map (U+16ea0 U+16ebb ILIKE)',
    steps: ["SELECT '𖺠' ILIKE '𖺻' AS a, '𖺻' ILIKE '𖺠' AS b"],
  },
  {
    name: 'ILIKE and lower() keep what C.UTF-8 does not case-map (U+16ea0 U+16ebb ILIKE pattern)',
    steps: ["SELECT 'x𖺠y' ILIKE 'X𖺻%' AS a, 'x𖺻y' NOT ILIKE '_𖺠_' AS b"],
  },
  {
    name: 'ILIKE and lower() keep what C.UTF-8 does not case-map (U+16ea0 U+16ebb param ILIKE)',
    steps: [{ sql: 'SELECT $1::text ILIKE $2::text AS a', params: ['𖺠', '𖺻'] }],
  },
  {
    name: 'ILIKE and lower() keep what C.UTF-8 does not case-map (U+16ea0 U+16ebb table ILIKE)',
    setup: "CREATE TABLE w (id int, s text); INSERT INTO w VALUES (1, '𖺠'), (2, '𖺻');",
    steps: ["SELECT id FROM w WHERE s ILIKE '𖺻' ORDER BY id"],
  },
  {
    name: 'ILIKE and lower() keep what C.UTF-8 does not case-map (U+16eb8 U+16ed3 ILIKE)',
    steps: ["SELECT '𖺸' ILIKE '𖻓' AS a, '𖻓' ILIKE '𖺸' AS b"],
  },
  {
    name: 'ILIKE and lower() keep what C.UTF-8 does not case-map (U+16eb8 U+16ed3 param ILIKE)',
    steps: [{ sql: 'SELECT $1::text ILIKE $2::text AS a', params: ['𖺸', '𖻓'] }],
  },
  {
    name: 'ILIKE and lower() keep what C.UTF-8 does not case-map (U+16eb8 U+16ed3 table ILIKE)',
    setup: "CREATE TABLE w (id int, s text); INSERT INTO w VALUES (1, '𖺸'), (2, '𖻓');",
    steps: ["SELECT id FROM w WHERE s ILIKE '𖻓' ORDER BY id"],
  },
  {
    name: 'ILIKE and lower() keep what C.UTF-8 does not case-map (U+a7c0 U+a7c1 ILIKE)',
    steps: ["SELECT 'Ꟁ' ILIKE 'ꟁ' AS a, 'ꟁ' ILIKE 'Ꟁ' AS b"],
  },
  {
    name: 'ILIKE and lower() keep what C.UTF-8 does not case-map (U+a7c0 U+a7c1 param ILIKE)',
    steps: [{ sql: 'SELECT $1::text ILIKE $2::text AS a', params: ['Ꟁ', 'ꟁ'] }],
  },
  {
    name: 'ILIKE and lower() keep what C.UTF-8 does not case-map (U+a7c0 U+a7c1 table ILIKE)',
    setup: "CREATE TABLE w (id int, s text); INSERT INTO w VALUES (1, 'Ꟁ'), (2, 'ꟁ');",
    steps: ["SELECT id FROM w WHERE s ILIKE 'ꟁ' ORDER BY id"],
  },
  {
    name: 'ILIKE and lower() keep what C.UTF-8 does not case-map (U+10570 U+10597 ILIKE)',
    steps: ["SELECT '𐕰' ILIKE '𐖗' AS a, '𐖗' ILIKE '𐕰' AS b"],
  },
  {
    name: 'ILIKE and lower() keep what C.UTF-8 does not case-map (U+10570 U+10597 param ILIKE)',
    steps: [{ sql: 'SELECT $1::text ILIKE $2::text AS a', params: ['𐕰', '𐖗'] }],
  },
  {
    name: 'ILIKE and lower() keep what C.UTF-8 does not case-map (U+10570 U+10597 table ILIKE)',
    setup: "CREATE TABLE w (id int, s text); INSERT INTO w VALUES (1, '𐕰'), (2, '𐖗');",
    steps: ["SELECT id FROM w WHERE s ILIKE '𐖗' ORDER BY id"],
  },
  {
    name: 'ILIKE and lower() keep what C.UTF-8 does not case-map (U+13a0 U+ab70 ILIKE)',
    steps: ["SELECT 'Ꭰ' ILIKE 'ꭰ' AS a, 'ꭰ' ILIKE 'Ꭰ' AS b"],
  },
  {
    name: 'ILIKE and lower() keep what C.UTF-8 does not case-map (U+13a0 U+ab70 param ILIKE)',
    steps: [{ sql: 'SELECT $1::text ILIKE $2::text AS a', params: ['Ꭰ', 'ꭰ'] }],
  },
  {
    name: 'ILIKE and lower() keep what C.UTF-8 does not case-map (U+13a0 U+ab70 table ILIKE)',
    setup: "CREATE TABLE w (id int, s text); INSERT INTO w VALUES (1, 'Ꭰ'), (2, 'ꭰ');",
    steps: ["SELECT id FROM w WHERE s ILIKE 'ꭰ' ORDER BY id"],
  },
  {
    name: 'ILIKE and lower() keep what C.UTF-8 does not case-map (U+243 U+180 ILIKE)',
    steps: ["SELECT 'Ƀ' ILIKE 'ƀ' AS a, 'ƀ' ILIKE 'Ƀ' AS b"],
  },
  {
    name: 'ILIKE and lower() keep what C.UTF-8 does not case-map (U+243 U+180 param ILIKE)',
    steps: [{ sql: 'SELECT $1::text ILIKE $2::text AS a', params: ['Ƀ', 'ƀ'] }],
  },
  {
    name: 'ILIKE and lower() keep what C.UTF-8 does not case-map (U+243 U+180 table ILIKE)',
    setup: "CREATE TABLE w (id int, s text); INSERT INTO w VALUES (1, 'Ƀ'), (2, 'ƀ');",
    steps: ["SELECT id FROM w WHERE s ILIKE 'ƀ' ORDER BY id"],
  },
  {
    name: 'ILIKE and lower() keep what C.UTF-8 does not case-map (U+1e9e U+df ILIKE)',
    steps: ["SELECT 'ẞ' ILIKE 'ß' AS a, 'ß' ILIKE 'ẞ' AS b"],
  },
  {
    name: 'Case-insensitive ICU collation: equality and unique key ignore case (round 17)',
    setup: CI_USERS,
    steps: [
      "SELECT id FROM users WHERE email = 'ann@example.com' ORDER BY id",
      "INSERT INTO users VALUES (3, 'BOB@EXAMPLE.COM', 'B2')",
    ],
  },
  {
    name: 'LIKE on a nondeterministic-collation column is refused (round 17)',
    setup: CI_USERS,
    steps: ["SELECT id FROM users WHERE email LIKE 'ann%' ORDER BY id"],
  },
  {
    name: 'Substring search on a nondeterministic-collation column is refused (round 17)',
    setup: CI_USERS,
    steps: ["SELECT split_part(email, '@', 2) AS domain FROM users ORDER BY id"],
  },
  {
    name: 'LIKE on a deterministic column beside a case-insensitive one (round 17)',
    setup: CI_USERS,
    steps: [
      "SELECT id FROM users WHERE name LIKE 'A%' AND email = 'ANN@example.com' ORDER BY id",
      `SELECT strpos(email COLLATE "C", '@') AS at FROM users ORDER BY id`,
    ],
  },
  {
    name: 'ICU collation with numeric ordering (round 17)',
    steps: [
      "CREATE COLLATION num (provider = icu, locale = 'en-u-kn-true')",
      "SELECT x FROM (VALUES ('a10'), ('a9'), ('a100')) v(x) ORDER BY x COLLATE num",
    ],
  },
  {
    name: 'a text parameter holding a NUL is 22021 with the parameter named but no value shown (round 18)',
    setup: 'CREATE TABLE u (v text)',
    steps: [
      {
        sql: 'INSERT INTO u VALUES ($1)',
        params: ['a\u0000b'],
      },
    ],
  },
  {
    name: 'an ICU collation created for Swedish sorts o-umlaut after z (round 18)',
    steps: [
      "CREATE COLLATION sv (provider = icu, locale = 'sv')",
      "SELECT x FROM (VALUES ('z'), ('ö'), ('o')) t(x) ORDER BY x COLLATE sv",
    ],
  },
  {
    name: 'an ICU phonebook collation sorts u-umlaut as ue (round 18)',
    steps: [
      "CREATE COLLATION pb (provider = icu, locale = 'de-u-co-phonebk')",
      "SELECT x FROM (VALUES ('Müller'), ('Muller'), ('Mueller'), ('Mzz')) t(x) ORDER BY x COLLATE pb, x",
    ],
  },
  {
    name: 'an ICU collation created for English sorts as the root collation (round 18)',
    steps: [
      "CREATE COLLATION en1 (provider = icu, locale = 'en-US')",
      "SELECT x FROM (VALUES ('b'), ('B'), ('a'), ('É')) t(x) ORDER BY x COLLATE en1",
    ],
  },
  {
    name: 'strings: SET lc_monetary to a locale the server lacks (round 19)',
    steps: ["SET lc_monetary = 'de_DE.UTF-8'"],
  },
  { name: 'strings: SET lc_time to an unquoted C folds to c (round 19)', steps: ['SET lc_time = C'] },
  {
    name: 'strings: SET lc_numeric to C.UTF-8 spellings (round 19)',
    steps: ["SET lc_numeric = 'C.utf8'", 'SHOW lc_numeric', "SELECT to_char(1234.5, '9G999D9') AS v"],
  },
  {
    name: 'strings: set_config of lc_time to a locale the server lacks (round 19)',
    steps: ["SELECT set_config('lc_time', 'fr_FR', false) AS v"],
  },
  {
    name: 'strings: upper under the ICU root collation maps sharp s to SS (round 19)',
    steps: ["SELECT upper('straße' COLLATE \"und-x-icu\") AS icu, upper('straße') AS libc"],
  },
  {
    name: 'strings: ICU collator version in pg_collation and pg_collation_actual_version (round 19)',
    steps: [
      "SELECT collversion AS v, pg_collation_actual_version(oid) AS w FROM pg_collation WHERE collname = 'und-x-icu'",
    ],
  },
  {
    name: 'strings: pads, left and right on characters outside the BMP (round 19)',
    steps: [
      "SELECT lpad('a', 4, '😀') AS a, rpad('😀b😀', 2) AS b, left('😀😁😂', -1) AS c, right('😀😁😂', -2) AS d, reverse('a😀b') AS e",
    ],
  },
  {
    name: 'strings: length, octet_length and bit_length on multibyte text (round 19)',
    steps: [
      "SELECT length('josé😀') AS l, octet_length('josé😀') AS o, bit_length('josé😀') AS b, length('ab'::char(5)) AS lc, octet_length('ab'::char(5)) AS oc",
    ],
  },
  {
    name: 'strings: bytea encode and decode round trips (round 19)',
    steps: [
      "SELECT encode('123\\000\\001'::bytea, 'base64') AS b64, encode('\\x5cff7f'::bytea, 'escape') AS esc, decode('MTIzAAE=', 'base64') AS raw",
    ],
  },
  {
    name: 'strings: bytea_output escape (round 19)',
    steps: ["SET bytea_output = 'escape'", "SELECT '\\x00ff415c27'::bytea AS v, '\\x0a41'::bytea::text AS t"],
  },
  {
    name: 'strings: normalize and IS NORMALIZED (round 19)',
    steps: [
      "SELECT length(normalize(U&'\\0061\\0308bc')) AS nfc, length(normalize(U&'\\00E4bc', NFD)) AS nfd, U&'\\FB01' IS NFKC NORMALIZED AS k, unistr('d\\0061t\\+000061') AS u",
    ],
  },
  {
    name: 'strings: code point order of text outside the BMP (round 19)',
    steps: [
      "SELECT string_agg(x, ',' ORDER BY x) AS v FROM (VALUES ('😀'), ('ｱ'), ('z'), (U&'\\E000'), ('𝄞')) v(x)",
    ],
  },
  {
    name: 'LIKE between columns of different implicit collations matches without a collation, while < refuses (42P22)',
    setup: `CREATE TABLE pair (a text COLLATE "C", b text COLLATE "POSIX"); INSERT INTO pair VALUES ('Xy', 'X%');`,
    steps: [
      'SELECT a LIKE b AS liked, a NOT LIKE b AS not_liked FROM pair',
      'SELECT a < b FROM pair',
      'SELECT a LIKE b COLLATE "C" AS explicit FROM pair',
    ],
  },
  {
    name: 'ILIKE, regular expressions and lower() between columns of different implicit collations are 42P22 (round 25)',
    setup: `CREATE TABLE pair (a text COLLATE "C", b text COLLATE "POSIX", c text); INSERT INTO pair VALUES ('Xy', 'x%', 'XY'), (NULL, 'z', 'z');`,
    steps: [
      'SELECT a ILIKE b AS v FROM pair',
      'SELECT count(*) FROM pair WHERE a NOT ILIKE b',
      'SELECT pair.a ~* pair.b AS v FROM pair',
      'SELECT a SIMILAR TO b AS v FROM pair',
      "SELECT regexp_replace(a, b, '-') AS v FROM pair",
      'SELECT lower(a || b) AS v FROM pair',
      "SELECT count(*) FROM pair WHERE a || b ~ '^X'",
    ],
  },
  {
    name: 'ILIKE and regular expressions between columns answer where one side is the default collation, a constant, or a COLLATE clause (round 25)',
    setup: `CREATE TABLE pair (a text COLLATE "C", b text COLLATE "POSIX", c text); INSERT INTO pair VALUES ('Xy', 'x%', 'XY'), (NULL, 'z', 'z');`,
    steps: [
      'SELECT a ILIKE c AS v, c ~* a AS w FROM pair ORDER BY c',
      "SELECT a ILIKE 'x%' AS v, upper(a || 'q') AS u FROM pair ORDER BY c",
      'SELECT a ILIKE b COLLATE "C" AS v, lower(a || b COLLATE "POSIX") AS l FROM pair ORDER BY c',
      'SELECT count(*) FROM pair WHERE false AND a ILIKE b',
    ],
  },
]);
