// Round 19 probe, composites part J: values only 16+ reads (hex, octal, binary and `_` in
// integers) reaching range, multirange, composite and domain types through parameters, column
// values in INSERT and UPDATE, and text casts at run time; PostgreSQL 15 refuses each with 22P02.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r19 composites: newer values: ');
const S = `CREATE TYPE pair AS (a int, b bigint);
CREATE DOMAIN posint AS int CHECK (VALUE > 0);
CREATE TABLE v (id int, r int4range, m int4multirange, p pair, d posint, da posint[], nr numrange);
INSERT INTO v VALUES (1, '[1,2)', '{[1,2)}', '(1,2)', 1, '{1}', '[1,2)');`;

const PARAMS: Array<[string, string, unknown[]]> = [
  ['param int4range hex', 'SELECT $1::int4range AS v', ['[0x1,0x5)']],
  ['param int4range underscore', 'SELECT $1::int4range AS v', ['[1_0,2_0)']],
  ['param int4multirange hex', 'SELECT $1::int4multirange AS v', ['{[0x1,0x5)}']],
  ['param numrange underscore', 'SELECT $1::numrange AS v', ['[1_0.5,30)']],
  ['param pair hex', 'SELECT $1::pair AS v', ['(0x1,2)']],
  ['param pair underscore', 'SELECT $1::pair AS v', ['(1,2_000)']],
  ['param posint hex', 'SELECT $1::posint AS v', ['0x10']],
  ['param posint array hex', 'SELECT $1::posint[] AS v', ['{0x10}']],
  ['param int4range ctor hex', 'SELECT int4range($1, $2) AS v', ['0x1', '5']],
  ['param insert range hex', 'INSERT INTO v (id, r) VALUES (2, $1) RETURNING r', ['[0x1,0x5)']],
  ['param insert pair underscore', 'INSERT INTO v (id, p) VALUES (2, $1) RETURNING p', ['(1_0,2)']],
  ['param insert domain hex', 'INSERT INTO v (id, d) VALUES (2, $1) RETURNING d', ['0x10']],
  ['param insert domain array hex', 'INSERT INTO v (id, da) VALUES (2, $1) RETURNING da', ['{0x10}']],
  ['param update multirange', 'UPDATE v SET m = $1 RETURNING m', ['{[0b1,0b11)}']],
  ['param where range contains hex', 'SELECT id FROM v WHERE r @> $1::int', ['0x1']],
  ['param where range = ', 'SELECT id FROM v WHERE r = $1', ['[0x1,0x2)']],
];
for (const [name, sql, params] of PARAMS) list.params(name, sql, params, S);

const STEPS: Array<[string, string]> = [
  ['insert range hex literal', `INSERT INTO v (id, r) VALUES (2, '[0x1,0x5)')`],
  ['insert multirange underscore literal', `INSERT INTO v (id, m) VALUES (2, '{[1_0,2_0)}')`],
  ['insert numrange underscore literal', `INSERT INTO v (id, nr) VALUES (2, '[1_0.5,30)')`],
  ['insert pair hex literal', `INSERT INTO v (id, p) VALUES (2, '(0x1,2)')`],
  ['insert domain hex literal', `INSERT INTO v (id, d) VALUES (2, '0x10')`],
  ['insert domain array hex literal', `INSERT INTO v (id, da) VALUES (2, '{0x10}')`],
  ['insert no column list range hex', `INSERT INTO v VALUES (2, '[0x1,0x5)')`],
  ['update range hex literal', `UPDATE v SET r = '[0x1,0x5)'`],
  ['update pair underscore literal', `UPDATE v SET p = '(1,2_0)'`],
  ['update domain underscore literal', `UPDATE v SET d = '1_0'`],
  ['where range = hex literal', `SELECT id FROM v WHERE r = '[0x1,0x2)'`],
  ['where range contains hex literal', `SELECT id FROM v WHERE r @> '0x1'::int`],
  ['where pair = hex literal', `SELECT id FROM v WHERE p = '(0x1,2)'`],
  ['where domain = hex literal', `SELECT id FROM v WHERE d = '0x1'`],
  ['text cast at run time to range', `SELECT ('[' || '0x1,2)')::int4range AS v`],
  ['text cast at run time to pair', `SELECT ('(' || '0x1,2)')::pair AS v`],
  ['text cast at run time to domain', `SELECT ('0x' || '10')::posint AS v`],
  ['text column to range', `SELECT t::int4range AS v FROM (VALUES ('[0x1,2)'::text)) s(t)`],
  ['text column to pair', `SELECT t::pair AS v FROM (VALUES ('(1_0,2)'::text)) s(t)`],
  ['text column to domain', `SELECT t::posint AS v FROM (VALUES ('1_0'::text)) s(t)`],
  ['json populate record hex', `SELECT * FROM json_populate_record(NULL::pair, '{"a":"0x10","b":1}')`],
  ['jsonb to record underscore', `SELECT * FROM jsonb_to_record('{"a":"1_0"}') AS x(a int)`],
];
for (const [name, sql] of STEPS) list.add(name, [sql], S);

export default list.cases;
