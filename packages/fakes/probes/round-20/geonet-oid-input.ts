// Round 20 probe, the oid family's text input (follow-up of round 16's types-h/i/j leftovers):
// PostgreSQL 15 docs 8.19 (object identifier types oid, xid, cid, xid8) and 8.15.2 (array input
// with dimension decorations), in every context a value is read: constant casts, arrays,
// oidvector, parameters, column values and text cast at run time.
import { ProbeCases, withParams } from '../probe-kit.js';

const list = new ProbeCases('r20 geonet: oid input: ');
const each = (exprs: readonly string[]) => {
  for (const expr of exprs) list.select(expr, expr);
};

each([
  "'-2147483648'::oid",
  "'-2147483649'::oid",
  "'-4294967295'::oid",
  "'-4294967296'::oid",
  "'4294967295'::oid",
  "'4294967296'::oid",
  "'18446744071562067968'::oid",
  "'18446744073709551615'::oid",
  "'18446744073709551616'::oid",
  "'-18446744073709551615'::oid",
  "oid '-3000000000'",
  "CAST('-3000000000' AS oid)",
  "'{1,-3000000000}'::oid[]",
  "'{18446744073709551615,NULL}'::oid[]",
  "'1 -3000000000 3'::oidvector",
  "'18446744073709551615 2'::oidvector",
  "'4294967296'::xid",
  "'-4294967297'::xid",
  "''::xid",
  "'abc'::xid",
  "'12abc'::xid",
  "'0x1F'::xid",
  "'017'::xid",
  "'4294967296'::cid",
  "'x'::cid",
  "'18446744073709551616'::xid8",
  "'-1'::xid8",
  "'abc'::xid8",
  "'{4294967296,1}'::xid[]",
  "xid '4294967297'",
  "'[1:0]={}'::int[]",
  "'[2:1]={}'::text[]",
  "'[1:2147483648]={1}'::int[]",
  "'[4294967297:4294967297]={1}'::int[]",
  "'[1:1][1:0]={{}}'::int[]",
  "'[0:0]={7}'::int[]",
  "array_lower('[4294967297:4294967297]={1}'::int[], 1)",
]);
list.add('oid parameter negative past 31 bits', [withParams('SELECT $1::oid AS v', '-3000000000')]);
list.add('oid parameter sign extended', [withParams('SELECT $1::oid AS v', '18446744073709551615')]);
list.add('oid array parameter', [withParams('SELECT $1::oid[] AS v', '{1,-3000000000}')]);
list.add('xid parameter past 32 bits', [withParams('SELECT $1::xid AS v', '4294967296')]);
list.add('xid8 parameter past 64 bits', [withParams('SELECT $1::xid8 AS v', '18446744073709551616')]);
list.add('int array parameter upper below lower', [withParams('SELECT $1::int[] AS v', '[1:0]={}')]);
list.add('int array parameter wrapped bounds', [
  withParams('SELECT $1::int[] AS v', '[4294967297:4294967297]={1}'),
]);
list.add(
  'oid column negative past 31 bits',
  ["INSERT INTO t VALUES ('-3000000000')", 'SELECT o FROM t'],
  'CREATE TABLE t (o oid)',
);
list.add(
  'oid column sign extended',
  ["INSERT INTO t VALUES ('18446744073709551615')", 'SELECT o FROM t'],
  'CREATE TABLE t (o oid)',
);
list.add(
  'xid column past 32 bits',
  ["INSERT INTO t VALUES ('4294967296')", 'SELECT x FROM t'],
  'CREATE TABLE t (x xid)',
);
list.add(
  'int array column upper below lower',
  ["INSERT INTO t VALUES ('[1:0]={}')"],
  'CREATE TABLE t (a int[])',
);
list.add('oid text cast negative', ["SELECT ('-3000' || '000000')::oid AS v"]);
list.add('oid text cast sign extended', ["SELECT ('18446744073709551' || '615')::oid AS v"]);
list.add('oid text cast plain', ["SELECT ('12' || '3')::oid AS v"]);
list.add('xid text cast junk', ["SELECT ('1' || '2abc')::xid AS v"]);
list.add('xid text cast past 32 bits', ["SELECT ('4294967' || '296')::xid AS v"]);
list.add('int array text cast upper below lower', ["SELECT ('[1:' || '0]={}')::int[] AS v"]);

export default list.cases;
