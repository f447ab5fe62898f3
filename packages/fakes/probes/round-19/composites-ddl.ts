// Round 19 probe, composites part L: DDL of the theme's types (docs CREATE DOMAIN, ALTER DOMAIN,
// CREATE TYPE, ALTER TYPE): NOT NULL and CHECK forms, enum values added in a transaction, composite
// attributes changed under a table, range type options, and grammar 16-18 added.
const S =
  "CREATE DOMAIN d AS int; CREATE DOMAIN dn AS int NOT NULL; CREATE TYPE pair AS (a int, b int); CREATE TYPE e AS ENUM ('a')";
const q = (name: string, ...steps: string[]) => ({ name: `r19 composites: ddl: ${name}`, setup: S, steps });
export default [
  q(
    'alter domain add not null named',
    'ALTER DOMAIN d ADD CONSTRAINT c NOT NULL',
    "SELECT typnotnull FROM pg_type WHERE typname = 'd'",
  ),
  q('alter domain add not null not valid', 'ALTER DOMAIN d ADD CONSTRAINT c NOT NULL NOT VALID'),
  q(
    'alter domain add check not valid validate',
    'ALTER DOMAIN d ADD CONSTRAINT c CHECK (VALUE > 0) NOT VALID',
    'ALTER DOMAIN d VALIDATE CONSTRAINT c',
  ),
  q(
    'alter domain drop not null',
    'ALTER DOMAIN dn DROP NOT NULL',
    "SELECT typnotnull FROM pg_type WHERE typname = 'dn'",
  ),
  q('create domain null', 'CREATE DOMAIN d2 AS int NULL'),
  q('create domain null not null', 'CREATE DOMAIN d2 AS int NULL NOT NULL'),
  q('create domain not null twice', 'CREATE DOMAIN d2 AS int NOT NULL NOT NULL'),
  q(
    'create domain constraint not null',
    'CREATE DOMAIN d2 AS int CONSTRAINT x NOT NULL',
    "SELECT conname, contype FROM pg_constraint WHERE contypid = 'd2'::regtype",
  ),
  q('create domain check no inherit', 'CREATE DOMAIN d2 AS int CHECK (VALUE > 0) NO INHERIT'),
  q('create domain not null no inherit', 'CREATE DOMAIN d2 AS int NOT NULL NO INHERIT'),
  q('create domain deferrable', 'CREATE DOMAIN d2 AS int CHECK (VALUE > 0) DEFERRABLE'),
  q('create domain collate', 'CREATE DOMAIN d2 AS text COLLATE "C"', "SELECT 'b'::d2 < 'a'::d2 AS v"),
  q('create domain collate int', 'CREATE DOMAIN d2 AS int COLLATE "C"'),
  q('create domain over pseudo', 'CREATE DOMAIN d2 AS anyelement'),
  q(
    'create domain over composite check',
    'CREATE DOMAIN dp AS pair CHECK ((VALUE).a > 0)',
    'SELECT ROW(0,1)::dp',
  ),
  q('domain check subquery', 'CREATE DOMAIN d2 AS int CHECK (VALUE IN (SELECT 1))'),
  q('domain check aggregate', 'CREATE DOMAIN d2 AS int CHECK (count(VALUE) > 0)'),
  q('domain check column ref', 'CREATE DOMAIN d2 AS int CHECK (x > 0)'),
  q('domain default type mismatch', "CREATE DOMAIN d2 AS int DEFAULT 'x'"),
  q(
    'domain default volatile',
    'CREATE DOMAIN d2 AS timestamptz DEFAULT now()',
    'CREATE TABLE t (a d2)',
    'INSERT INTO t DEFAULT VALUES',
    'SELECT a IS NOT NULL AS v FROM t',
  ),
  q(
    'enum add value in tx new type',
    'BEGIN',
    "CREATE TYPE e2 AS ENUM ('a')",
    "ALTER TYPE e2 ADD VALUE 'b'",
    "SELECT 'b'::e2 AS v",
    'COMMIT',
  ),
  q(
    'enum add value in tx old type use',
    'BEGIN',
    "ALTER TYPE e ADD VALUE 'b'",
    'SELECT enum_range(NULL::e)::text AS v',
    'COMMIT',
  ),
  q(
    'enum add value in tx compare',
    'BEGIN',
    "ALTER TYPE e ADD VALUE 'b'",
    "SELECT 'a'::e < 'b' AS v",
    'ROLLBACK',
  ),
  q('enum drop value', "ALTER TYPE e DROP VALUE 'a'"),
  q('enum rename type', 'ALTER TYPE e RENAME TO e3', "SELECT 'a'::e3 AS v"),
  q(
    'composite add attribute cascade',
    'CREATE TABLE t (p pair)',
    'ALTER TYPE pair ADD ATTRIBUTE c int CASCADE',
    'SELECT (p).c FROM t',
  ),
  q(
    'composite add attribute used by table',
    'CREATE TABLE t (p pair)',
    'ALTER TYPE pair ADD ATTRIBUTE c int',
  ),
  q(
    'composite alter attribute type no cascade',
    'CREATE TABLE t (p pair)',
    'ALTER TYPE pair ALTER ATTRIBUTE a TYPE text',
  ),
  q(
    'range type with collation',
    'CREATE TYPE tr AS RANGE (subtype = text, collation = "C")',
    "SELECT tr('a', 'B') AS v",
  ),
  q('range type canonical missing', 'CREATE TYPE r AS RANGE (subtype = int4, canonical = nosuch)'),
  q(
    'range type subtype_opclass',
    'CREATE TYPE r AS RANGE (subtype = int4, subtype_opclass = int4_ops)',
    'SELECT r(1,2) AS v',
  ),
  q('range type bad diff', 'CREATE TYPE r AS RANGE (subtype = int4, subtype_diff = float8mi)'),
  q('range over enum', 'CREATE TYPE r AS RANGE (subtype = e)', "SELECT r('a','a','[]') AS v"),
];
