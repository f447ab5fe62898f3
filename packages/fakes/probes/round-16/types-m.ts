// Round 16 probe, part M: the enum-as-text follow-ups (operators), after parts E/F/G/K found text
// functions accepting an enum on pg-mem.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases();
const enumT = `CREATE TYPE status AS ENUM ('draft', 'published'); CREATE TABLE post (id int PRIMARY KEY, st status, n int, d date); INSERT INTO post VALUES (1, 'draft', 5, '2024-01-02'), (2, 'published', 7, '2024-02-03')`;
const e = (name: string, sql: string) => list.add(`t16m ${name}`, [sql], enumT);
e('enum concat int errors', `SELECT st || n AS v FROM post ORDER BY id`);
e('enum concat null', `SELECT (st || NULL) IS NULL AS v FROM post ORDER BY id`);
e('text concat enum', `SELECT st::text || st AS v FROM post ORDER BY id`);
e('enum concat date errors', `SELECT st || d AS v FROM post ORDER BY id`);
e('enum equals text expression errors', `SELECT id AS v FROM post WHERE st = 'dra' || 'ft'`);
e('enum equals upper result errors', `SELECT id AS v FROM post WHERE st = lower('DRAFT')`);
e('enum in text subquery errors', `SELECT id AS v FROM post WHERE st IN (SELECT 'draft'::text)`);
e(
  'enum compared with text via coalesce errors',
  `SELECT id AS v FROM post WHERE coalesce(st, 'draft') = 'draft'::text`,
);
e('enum bit_length errors', `SELECT bit_length(st) AS v FROM post ORDER BY id`);
e('enum ascii errors', `SELECT ascii(st) AS v FROM post ORDER BY id`);
e('enum upper in where errors', `SELECT id AS v FROM post WHERE upper(st) = 'DRAFT'`);
e('enum length in order by errors', `SELECT id AS v FROM post ORDER BY length(st)`);
e('enum md5 in group by errors', `SELECT md5(st) AS v, count(*) AS c FROM post GROUP BY md5(st)`);
e('interval length errors', `SELECT length(interval '1 day') AS v`);
e('date lower errors', `SELECT lower(d) AS v FROM post ORDER BY id`);
e('int upper errors', `SELECT upper(n) AS v FROM post ORDER BY id`);
e('int md5 errors', `SELECT md5(n) AS v FROM post ORDER BY id`);
e('int octet_length errors', `SELECT octet_length(n) AS v FROM post ORDER BY id`);
e('int char_length errors', `SELECT char_length(n) AS v FROM post ORDER BY id`);
e('bool md5 errors', `SELECT md5(true) AS v`);
e('uuid md5 errors', `SELECT md5(gen_random_uuid()) AS v`);
e('jsonb md5 errors', `SELECT md5('{}'::jsonb) AS v`);
e('date md5 errors', `SELECT md5(d) AS v FROM post ORDER BY id`);
export default list.cases;
