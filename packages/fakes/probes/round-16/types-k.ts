// Round 16 probe, part K: enum values as application code filters on them (8.7): invalid labels in
// comparisons must raise 22P02, and enum-to-text conversions need an explicit cast.
import { ProbeCases, type ProbeStep } from '../probe-kit.js';

const list = new ProbeCases();
const enumT = `CREATE TYPE status AS ENUM ('draft', 'published', 'archived'); CREATE TABLE post (id int PRIMARY KEY, st status NOT NULL, title text); INSERT INTO post VALUES (1, 'draft', 'a'), (2, 'published', 'b'), (3, 'archived', 'c')`;
const e = (name: string, steps: ProbeStep[]) => list.add(`t16k enum ${name}`, steps, enumT);
e('where equals unknown label errors', [`SELECT id AS v FROM post WHERE st = 'deleted'`]);
e('where not equals unknown label errors', [`SELECT id AS v FROM post WHERE st <> 'deleted' ORDER BY id`]);
e('where in with unknown label errors', [
  `SELECT id AS v FROM post WHERE st IN ('draft', 'deleted') ORDER BY id`,
]);
e('where not in with unknown label errors', [
  `SELECT id AS v FROM post WHERE st NOT IN ('deleted') ORDER BY id`,
]);
e('where is distinct from unknown label errors', [
  `SELECT id AS v FROM post WHERE st IS DISTINCT FROM 'deleted' ORDER BY id`,
]);
e('where wrong case label errors', [`SELECT id AS v FROM post WHERE st = 'Draft'`]);
e('where param unknown label errors', [
  { sql: `SELECT id AS v FROM post WHERE st = $1`, params: ['deleted'] },
]);
e('where param valid label', [{ sql: `SELECT id AS v FROM post WHERE st = $1`, params: ['published'] }]);
e('where param text typed errors', [
  { sql: `SELECT id AS v FROM post WHERE st = $1::text`, params: ['published'] },
]);
e('where param cast to enum', [
  { sql: `SELECT id AS v FROM post WHERE st = $1::status`, params: ['published'] },
]);
e('where param in list', [
  { sql: `SELECT id AS v FROM post WHERE st IN ($1, $2) ORDER BY id`, params: ['draft', 'archived'] },
]);
e('where any of literal array with unknown label errors', [
  `SELECT id AS v FROM post WHERE st = ANY('{draft,deleted}') ORDER BY id`,
]);
e('where any of param array with unknown label errors', [
  { sql: `SELECT id AS v FROM post WHERE st = ANY($1) ORDER BY id`, params: [['draft', 'deleted']] },
]);
e('where any of text array param errors', [
  { sql: `SELECT id AS v FROM post WHERE st = ANY($1::text[]) ORDER BY id`, params: [['draft']] },
]);
e('where any of enum array param', [
  {
    sql: `SELECT id AS v FROM post WHERE st = ANY($1::status[]) ORDER BY id`,
    params: [['draft', 'archived']],
  },
]);
e('case when unknown label errors', [
  `SELECT CASE WHEN st = 'deleted' THEN 1 ELSE 0 END AS v FROM post ORDER BY id`,
]);
e('count filter unknown label errors', [`SELECT count(*) FILTER (WHERE st = 'deleted') AS v FROM post`]);
e('update where unknown label errors', [`UPDATE post SET title = 'x' WHERE st = 'deleted'`]);
e('delete where unknown label errors', [`DELETE FROM post WHERE st = 'deleted'`]);
e('update set unknown label errors', [`UPDATE post SET st = 'deleted' WHERE id = 1`]);
e('update set param unknown label errors', [
  { sql: `UPDATE post SET st = $1 WHERE id = 1`, params: ['deleted'] },
]);
e('update set from other column text errors', [`UPDATE post SET st = title`]);
e('insert unknown label param errors', [
  { sql: `INSERT INTO post VALUES (4, $1, 'd')`, params: ['deleted'] },
]);
e('insert null into not null enum', [`INSERT INTO post VALUES (4, NULL, 'd')`]);
e('upsert with enum', [
  `INSERT INTO post VALUES (1, 'published', 'a2') ON CONFLICT (id) DO UPDATE SET st = EXCLUDED.st RETURNING st AS v`,
]);
e('greater than label', [`SELECT id AS v FROM post WHERE st > 'draft' ORDER BY id`]);
e('greater than unknown label errors', [`SELECT id AS v FROM post WHERE st > 'deleted'`]);
e('between labels', [`SELECT id AS v FROM post WHERE st BETWEEN 'draft' AND 'published' ORDER BY id`]);
e('order by enum desc', [`SELECT id AS v FROM post ORDER BY st DESC`]);
e('order by enum text', [`SELECT id AS v FROM post ORDER BY st::text`]);
e('group by enum', [`SELECT st AS s, count(*) AS n FROM post GROUP BY st ORDER BY st`]);
e('cast to varchar truncates', [`SELECT st::varchar(3) AS v FROM post ORDER BY id`]);
e('cast to char', [`SELECT st::char(10) AS v FROM post ORDER BY id`]);
e('cast to int errors', [`SELECT st::int AS v FROM post`]);
e('concat_ws with enum', [`SELECT concat_ws('-', st, title) AS v FROM post ORDER BY id`]);
e('enum concat enum', [`SELECT st || st AS v FROM post ORDER BY id`]);
e('enum in json', [`SELECT json_agg(st ORDER BY id)::text AS v FROM post`]);
e('enum coalesce unknown', [`SELECT coalesce(NULL::status, 'draft') AS v`]);
e('enum nullif', [`SELECT nullif(st, 'draft') AS v FROM post ORDER BY id`]);
e('enum nullif unknown label errors', [`SELECT nullif(st, 'deleted') AS v FROM post ORDER BY id`]);
e('enum greatest', [`SELECT greatest(st, 'published') AS v FROM post ORDER BY id`]);
e('enum like via text cast', [`SELECT id AS v FROM post WHERE st::text LIKE '%ed' ORDER BY id`]);
e('enum upper via text cast', [`SELECT upper(st::text) AS v FROM post ORDER BY id`]);
e('enum left errors', [`SELECT left(st, 1) AS v FROM post ORDER BY id`]);
e('enum length errors', [`SELECT length(st) AS v FROM post ORDER BY id`]);
e('enum lower errors', [`SELECT lower(st) AS v FROM post ORDER BY id`]);
e('enum trim errors', [`SELECT trim(st) AS v FROM post ORDER BY id`]);
e('enum substring errors', [`SELECT substring(st from 1 for 2) AS v FROM post ORDER BY id`]);
e('enum in text function via param cast', [
  { sql: `SELECT id AS v FROM post WHERE lower(st::text) = lower($1) ORDER BY id`, params: ['DRAFT'] },
]);
export default list.cases;
