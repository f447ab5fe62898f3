// Enum types (8.7, 9.10) and domains (CREATE DOMAIN, 8.18).
const MOOD = "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');";
const PEOPLE = `${MOOD} CREATE TABLE person (name text, current mood);
INSERT INTO person VALUES ('Moe', 'happy'), ('Larry', 'sad'), ('Curly', 'ok'), ('Shemp', NULL);`;

export const enumCases = [
  {
    name: 'enum: ORDER BY follows declaration order',
    setup: PEOPLE,
    steps: ['SELECT name, current FROM person ORDER BY current, name'],
  },
  {
    name: 'enum: comparison with a literal',
    setup: PEOPLE,
    steps: [
      "SELECT name FROM person WHERE current > 'sad' ORDER BY name",
      "SELECT 'ok'::mood < 'happy'::mood AS a, 'ok'::mood = 'ok' AS b",
    ],
  },
  {
    name: 'enum: enum_first, enum_last and enum_range',
    setup: MOOD,
    steps: ['SELECT enum_first(NULL::mood) AS f, enum_last(NULL::mood) AS l, enum_range(NULL::mood) AS r'],
  },
  {
    name: 'enum: enum_range with bounds',
    setup: MOOD,
    steps: [
      "SELECT enum_range('ok'::mood, NULL) AS a, enum_range(NULL, 'ok'::mood) AS b, enum_range('sad'::mood, 'ok'::mood) AS c, enum_range('happy'::mood, 'sad'::mood) AS d",
    ],
  },
  {
    name: 'enum: a parameter as an enum value',
    setup: PEOPLE,
    steps: [
      { sql: 'INSERT INTO person VALUES ($1, $2) RETURNING current', params: ['Joe', 'ok'] },
      { sql: 'SELECT name FROM person WHERE current = $1 ORDER BY name', params: ['ok'] },
      { sql: 'SELECT name FROM person WHERE current >= $1 ORDER BY name', params: ['ok'] },
      { sql: 'SELECT $1::mood AS m', params: ['meh'] },
    ],
  },
  {
    name: 'enum: ADD VALUE BEFORE and AFTER change the order',
    setup: MOOD,
    steps: [
      "ALTER TYPE mood ADD VALUE 'meh' BEFORE 'ok'",
      "ALTER TYPE mood ADD VALUE 'ecstatic' AFTER 'happy'",
      "ALTER TYPE mood ADD VALUE 'miserable' BEFORE 'sad'",
      'SELECT enum_range(NULL::mood)',
      "SELECT 'meh'::mood < 'ok' AS a, 'miserable'::mood < 'sad' AS b",
    ],
  },
  {
    name: 'enum: ADD VALUE of an existing label is 42710',
    setup: MOOD,
    steps: [
      "ALTER TYPE mood ADD VALUE 'ok'",
      "ALTER TYPE mood ADD VALUE IF NOT EXISTS 'ok'",
      'SELECT enum_range(NULL::mood)',
    ],
  },
  {
    name: 'enum: ADD VALUE then using it in the same transaction is 55P04',
    setup: MOOD,
    steps: [
      'BEGIN',
      "ALTER TYPE mood ADD VALUE 'meh'",
      "SELECT 'meh'::mood",
      'ROLLBACK',
      'SELECT enum_range(NULL::mood)',
    ],
  },
  {
    name: 'enum: ADD VALUE in a transaction, committed, then used',
    setup: MOOD,
    steps: [
      'BEGIN',
      "ALTER TYPE mood ADD VALUE 'meh' AFTER 'sad'",
      'COMMIT',
      "SELECT 'meh'::mood AS m, enum_range(NULL::mood) AS r",
    ],
  },
  {
    name: 'enum: a value added to a type created in the same transaction is still 55P04',
    steps: [
      'BEGIN',
      "CREATE TYPE t2 AS ENUM ('a')",
      "ALTER TYPE t2 ADD VALUE 'b'",
      "SELECT 'b'::t2 AS b",
      'ROLLBACK',
    ],
  },
  {
    name: 'enum: a label longer than 63 bytes is an error',
    steps: [`CREATE TYPE long AS ENUM ('${'x'.repeat(64)}')`],
  },
  {
    name: 'enum: dropping a type in use is 2BP01',
    setup: PEOPLE,
    steps: ['DROP TYPE mood', 'SELECT count(*) FROM person'],
  },
];

const POSINT = 'CREATE DOMAIN posint AS int CHECK (VALUE > 0);';
const EMAIL = "CREATE DOMAIN email AS text NOT NULL CHECK (VALUE LIKE '%@%');";

export const domainCases = [
  {
    name: 'domain: a cast that breaks the check is 23514',
    setup: POSINT,
    steps: ['SELECT (-1)::posint', 'SELECT 5::posint AS ok', "SELECT '7'::posint AS from_text"],
  },
  {
    name: 'domain: a domain over int answers as a number',
    setup: POSINT,
    steps: ['SELECT 5::posint AS v, pg_typeof(5::posint)::text AS t'],
  },
  {
    name: 'domain: NOT NULL domain column is 23502',
    setup: `${EMAIL} CREATE TABLE u (id int, e email);`,
    steps: [
      'INSERT INTO u VALUES (1, NULL)',
      'INSERT INTO u (id) VALUES (2)',
      "INSERT INTO u VALUES (3, 'nobody')",
      "INSERT INTO u VALUES (4, 'a@b') RETURNING e",
    ],
  },
  {
    name: 'domain: casting NULL to a NOT NULL domain is 23502',
    setup: EMAIL,
    steps: ['SELECT NULL::email', "SELECT 'x@y'::email AS e"],
  },
  {
    name: 'domain: a column of a domain type in a table',
    setup: `${POSINT} CREATE TABLE item (id int, qty posint);`,
    steps: [
      'INSERT INTO item VALUES (1, 0)',
      'INSERT INTO item VALUES (2, 3)',
      'UPDATE item SET qty = qty - 3',
      'SELECT * FROM item',
    ],
  },
  {
    name: 'domain: a parameter cast to a domain',
    setup: POSINT,
    steps: [
      { sql: 'SELECT $1::posint AS v', params: ['0'] },
      { sql: 'SELECT $1::posint AS v', params: ['12'] },
    ],
  },
  {
    name: 'domain: a parameter inserted into a domain column',
    setup: `${POSINT} CREATE TABLE item (id int, qty posint);`,
    steps: [
      { sql: 'INSERT INTO item VALUES ($1, $2)', params: ['1', '-5'] },
      { sql: 'INSERT INTO item VALUES ($1, $2) RETURNING qty', params: ['1', '5'] },
    ],
  },
  {
    name: 'domain: several checks, the failing one is named',
    setup:
      'CREATE DOMAIN code AS text CONSTRAINT b_len CHECK (length(VALUE) = 3) CONSTRAINT a_upper CHECK (VALUE = upper(VALUE));',
    steps: ["SELECT 'abcd'::code", "SELECT 'ABCD'::code", "SELECT 'abc'::code"],
  },
  {
    name: 'domain: a domain over an array with a cardinality check',
    setup: 'CREATE DOMAIN tags AS text[] CHECK (cardinality(VALUE) <= 2); CREATE TABLE post (t tags);',
    steps: [
      "INSERT INTO post VALUES ('{a,b}')",
      "INSERT INTO post VALUES ('{a,b,c}')",
      'SELECT t, t[1] AS first FROM post',
      { sql: 'INSERT INTO post VALUES ($1)', params: [['x', 'y', 'z']] },
    ],
  },
  {
    name: 'domain: ALTER DOMAIN ADD CONSTRAINT checks existing rows',
    setup: 'CREATE DOMAIN d AS int; CREATE TABLE t (v d); INSERT INTO t VALUES (-1), (1);',
    steps: [
      'ALTER DOMAIN d ADD CONSTRAINT d_pos CHECK (VALUE > 0)',
      'ALTER DOMAIN d ADD CONSTRAINT d_pos CHECK (VALUE > 0) NOT VALID',
      'INSERT INTO t VALUES (-2)',
      'ALTER DOMAIN d VALIDATE CONSTRAINT d_pos',
      'DELETE FROM t WHERE v < 0',
      'ALTER DOMAIN d VALIDATE CONSTRAINT d_pos',
    ],
  },
];
