import { defineGroup } from '../sql-case.js';

const NOTES = 'CREATE TABLE notes (id int PRIMARY KEY, body text);';

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
]);
