// Round 18 probe, DDL part 6: the errors of DDL statements, with the fields 15 gives them (16-18
// locate many of them: a domain's clauses, a constraint attribute its kind cannot take, a routine's
// argument type, ALTER COLUMN ... TYPE's type).
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r18 ddl: errors: ');
const add = list.add.bind(list);
add('a table UNIQUE constraint cannot be NOT VALID', ['CREATE TABLE t (a int, UNIQUE (a) NOT VALID)']);
add('an added PRIMARY KEY cannot be NOT VALID', [
  'CREATE TABLE t (a int)',
  'ALTER TABLE t ADD PRIMARY KEY (a) NOT VALID',
]);
add('a table CHECK constraint cannot be DEFERRABLE', ['CREATE TABLE t (a int, CHECK (a > 0) DEFERRABLE)']);
add('a column CHECK constraint cannot be DEFERRABLE', ['CREATE TABLE t (a int CHECK (a > 0) DEFERRABLE)']);
add('a CHECK constraint cannot be INITIALLY DEFERRED', [
  'CREATE TABLE t (a int, CHECK (a > 0) INITIALLY DEFERRED)',
]);
add('a UNIQUE constraint cannot be NO INHERIT', ['CREATE TABLE t (a int, UNIQUE (a) NO INHERIT)']);
add('a FOREIGN KEY constraint cannot be NO INHERIT', [
  'CREATE TABLE p (a int primary key)',
  'CREATE TABLE t (a int, FOREIGN KEY (a) REFERENCES p NO INHERIT)',
]);
add('an EXCLUDE constraint cannot be NOT VALID', [
  'CREATE TABLE t (r int4range, EXCLUDE USING gist (r WITH &&) NOT VALID)',
]);
add('NOT DEFERRABLE INITIALLY DEFERRED is refused', [
  'CREATE TABLE t (a int, UNIQUE (a) NOT DEFERRABLE INITIALLY DEFERRED)',
]);
add('DEFERRABLE and NOT DEFERRABLE together are refused', [
  'CREATE TABLE t (a int, UNIQUE (a) DEFERRABLE NOT DEFERRABLE)',
]);
add('a domain over a missing type is 42704', ['CREATE DOMAIN d AS nope']);
add('a domain over an array of a missing type is 42704', ['CREATE DOMAIN d AS nope[]']);
add('a domain over a pseudo-type is 42804', ['CREATE DOMAIN d AS anyelement']);
add('a domain with a collation on integer is 42804', ['CREATE DOMAIN d AS int COLLATE "C"']);
add('a domain over varchar(0) is 22023', ['CREATE DOMAIN d AS varchar(0)']);
add('a composite type attribute of a missing type is 42704', ['CREATE TYPE c AS (a nope)']);
add('ALTER DOMAIN of a missing domain is 42704', ['ALTER DOMAIN nope SET DEFAULT 1']);
add('ALTER TYPE ADD ATTRIBUTE of a missing type is 42704', [
  'CREATE TYPE c AS (a int)',
  'ALTER TYPE c ADD ATTRIBUTE b nope',
]);
add('a function argument of a missing type is 42704', [
  'CREATE FUNCTION f(x nope) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
]);
add('a cast to a missing type is 42704 with a position', ['SELECT 1::nope']);
add('ALTER COLUMN TYPE to a missing type is 42704', [
  'CREATE TABLE t (a int)',
  'ALTER TABLE t ALTER COLUMN a TYPE nope',
]);
add('ADD COLUMN of a missing type is 42704 with a position', [
  'CREATE TABLE t (a int)',
  'ALTER TABLE t ADD COLUMN b nope',
]);
add('DROP DEFAULT on a generated column is refused', [
  'CREATE TABLE t (a int, s int GENERATED ALWAYS AS (a) STORED)',
  'ALTER TABLE t ALTER COLUMN s DROP DEFAULT',
]);
add('SET DEFAULT on a generated column is 42601', [
  'CREATE TABLE t (a int, s int GENERATED ALWAYS AS (a) STORED)',
  'ALTER TABLE t ALTER COLUMN s SET DEFAULT 1',
]);
add('a sequence AS a missing type is 42704', ['CREATE SEQUENCE s AS nope']);
add('CREATE TABLE OF a missing type is 42704', ['CREATE TABLE t OF nope']);
add('a domain DEFAULT its type cannot read is 22P02', ["CREATE DOMAIN d AS int DEFAULT 'x'"]);
add('a domain CHECK naming a column is refused', ['CREATE DOMAIN d AS int CHECK (a > 0)']);
add('a domain NULL NOT NULL is 42601', ['CREATE DOMAIN d AS int NULL NOT NULL']);
add('a domain with two DEFAULTs is 42601', ['CREATE DOMAIN d AS int DEFAULT 1 DEFAULT 2']);
add('a domain UNIQUE constraint is 42601', ['CREATE DOMAIN d AS int UNIQUE']);
add('a domain PRIMARY KEY constraint is 42601', ['CREATE DOMAIN d AS int PRIMARY KEY']);
add('a domain CHECK NO INHERIT is 42P17', ['CREATE DOMAIN d AS int CHECK (VALUE > 0) NO INHERIT']);
add('a domain DEFERRABLE CHECK is 0A000', ['CREATE DOMAIN d AS int CHECK (VALUE > 0) DEFERRABLE']);
add('a domain CHECK NOT VALID on create', ['CREATE DOMAIN d AS int CHECK (VALUE > 0) NOT VALID']);
add('ALTER DOMAIN ADD CONSTRAINT NOT NULL', [
  'CREATE DOMAIN d AS int',
  'ALTER DOMAIN d ADD CONSTRAINT nn NOT NULL',
]);
add('ALTER DOMAIN ADD a UNIQUE constraint is 42601', [
  'CREATE DOMAIN d AS int',
  'ALTER DOMAIN d ADD CONSTRAINT u UNIQUE (VALUE)',
]);
add('a range over a missing subtype is 42704', ['CREATE TYPE r AS RANGE (subtype = nope)']);
add('a cast to an array of a missing type is 42704', ["SELECT '{}'::nope[]"]);
add('an array column with a scalar DEFAULT is 42804', ['CREATE TABLE t (a int[] DEFAULT 1)']);
add('ALTER COLUMN TYPE integer COLLATE is 42804', [
  'CREATE TABLE t (a int)',
  'ALTER TABLE t ALTER COLUMN a TYPE int COLLATE "C"',
]);
add('ALTER COLUMN SET DATA TYPE varchar(0) is 22023', [
  'CREATE TABLE t (a int)',
  'ALTER TABLE t ALTER a SET DATA TYPE varchar(0)',
]);
add('ALTER COLUMN TYPE to an array of a missing type is 42704', [
  'CREATE TABLE t (a int)',
  'ALTER TABLE t ALTER COLUMN a TYPE nope[] USING NULL',
]);
add('ALTER COLUMN TYPE to a missing type in the third statement of a batch', [
  'CREATE TABLE t (a int); SELECT 1; ALTER TABLE t ALTER COLUMN a TYPE nope',
]);
add('CREATE TABLE OF a composite with column options', [
  'CREATE TYPE c AS (a int)',
  'CREATE TABLE t OF c (a WITH OPTIONS DEFAULT 1)',
  'CREATE TABLE t2 OF nope',
]);
add('a function returning a missing type is 42704', [
  'CREATE FUNCTION f() RETURNS nope LANGUAGE sql AS $$ SELECT 1 $$',
]);
add('a function returning SETOF a missing type is 42704', [
  'CREATE FUNCTION f() RETURNS SETOF nope LANGUAGE sql AS $$ SELECT 1 $$',
]);
add('a function returning TABLE with a missing column type is 42704', [
  'CREATE FUNCTION f() RETURNS TABLE (a nope) LANGUAGE sql AS $$ SELECT 1 $$',
]);
add('a procedure argument of a missing type is 42704', [
  'CREATE PROCEDURE p(a nope) LANGUAGE sql AS $$ SELECT 1 $$',
]);
add('DROP FUNCTION with a missing argument type is 42704', ['DROP FUNCTION f(nope)']);
add('an aggregate over a missing type is 42704', ['CREATE AGGREGATE a (nope) (sfunc = int4pl, stype = int)']);
add('CREATE CAST from a missing type is 42704', ['CREATE CAST (nope AS int) WITHOUT FUNCTION']);
add('a domain over a missing type in the second statement of a batch', ['SELECT 1; CREATE DOMAIN d AS nope']);
add('a domain CHECK with a subquery is 0A000', ['CREATE DOMAIN d AS int CHECK (VALUE IN (SELECT 1))']);
add('a domain CHECK calling a missing function is 42883', ['CREATE DOMAIN d AS int CHECK (nofn(VALUE))']);
add('a domain CHECK without parentheses is a syntax error', ['CREATE DOMAIN d AS int CHECK VALUE > 0']);
add('a composite type of a missing attribute type is 42704', ['CREATE TYPE c AS (a nope)']);
add('a table column of a missing type is 42704 with a position', ['CREATE TABLE t (a nope)']);
add('ALTER DOMAIN ADD a DEFERRABLE CHECK is 0A000', [
  'CREATE DOMAIN d AS int',
  'ALTER DOMAIN d ADD CONSTRAINT c CHECK (VALUE > 0) DEFERRABLE',
]);
add('ALTER DOMAIN ADD PRIMARY KEY without columns is a syntax error', [
  'CREATE DOMAIN d AS int',
  'ALTER DOMAIN d ADD PRIMARY KEY',
]);
add('ALTER DOMAIN ADD a CHECK NO INHERIT is 42P17', [
  'CREATE DOMAIN d AS int',
  'ALTER DOMAIN d ADD CONSTRAINT c CHECK (VALUE > 0) NO INHERIT',
]);
add('SET DEFAULT on an identity column is refused', [
  'CREATE TABLE t (a int GENERATED ALWAYS AS IDENTITY)',
  'ALTER TABLE t ALTER COLUMN a SET DEFAULT 1',
]);
add('DROP EXPRESSION on a plain column is refused', [
  'CREATE TABLE t (a int)',
  'ALTER TABLE t ALTER COLUMN a DROP EXPRESSION',
]);
add('ADD GENERATED AS an expression to an existing column is a syntax error', [
  'CREATE TABLE t (a int, b int)',
  'ALTER TABLE t ALTER COLUMN b ADD GENERATED ALWAYS AS (a) STORED',
]);

export default list.cases;
