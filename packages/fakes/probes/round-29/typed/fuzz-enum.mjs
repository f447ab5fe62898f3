const T =
  "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy'); CREATE TYPE other AS ENUM ('ok'); CREATE TABLE p (id int, m mood, ms mood[], o other); INSERT INTO p VALUES (1, 'happy', '{sad,ok}', 'ok'), (2, 'sad', '{}', NULL), (3, NULL, NULL, NULL), (4, 'ok', '{happy}', 'ok')";
const exprs = [
  "m = 'ok'",
  "m <> 'ok'",
  "m < 'ok'",
  "m >= 'happy'",
  "m = 'OK'",
  "m = 'nope'",
  "m IN ('ok', 'sad')",
  "m IN ('ok', 'nope')",
  'm::text',
  "m::text = 'ok'",
  'm = o',
  'm::text = o::text',
  "m || 'x'",
  'length(m::text)',
  'upper(m::text)',
  'm IS NULL',
  "m IS DISTINCT FROM 'ok'",
  "coalesce(m, 'sad')",
  "coalesce(m, 'nope')",
  "CASE WHEN m = 'ok' THEN 1 ELSE 0 END",
  "CASE m WHEN 'ok' THEN 'y' ELSE 'n' END",
  "nullif(m, 'ok')",
  "greatest(m, 'ok')",
  "least(m, 'ok')",
  "'ok' = ANY(ms)",
  'm = ANY(ms)',
  'ms @> ARRAY[m]',
  "ms @> '{ok}'",
  "ms && '{happy,nope}'",
  'array_append(ms, m)',
  'array_length(ms, 1)',
  'ms[1]',
  'ms::text',
  'ms',
  'm::mood',
  "'ok'::mood",
  "m = 'ok'::text",
  'm::varchar(2)',
  'to_jsonb(m)',
  "jsonb_build_object('m', m)",
  'row_to_json(p)',
  'enum_first(m)',
  'enum_range(m)',
  'm > ms[1]',
  "m BETWEEN 'sad' AND 'ok'",
  "m LIKE 'h%'",
  "m::text LIKE 'h%'",
  'max(m) OVER ()',
  'count(m) OVER ()',
  'm = $1',
];
const out = [];
for (const e of exprs) {
  out.push({
    name: `fe: ${e}`,
    setup: T,
    steps: [
      e.includes('$1')
        ? { sql: `SELECT id, ${e} AS v FROM p ORDER BY id`, params: ['ok'] }
        : `SELECT id, ${e} AS v FROM p ORDER BY id`,
    ],
  });
  if (!e.includes('OVER') && !e.includes('$1'))
    out.push({
      name: `fe where: ${e}`,
      setup: T,
      steps: [`SELECT id FROM p WHERE (${e}) IS NOT FALSE ORDER BY id`],
    });
}
for (const o of ['m', 'm DESC', 'm NULLS FIRST', 'm::text', 'ms', 'ms DESC'])
  out.push({ name: `fe order: ${o}`, setup: T, steps: [`SELECT id FROM p ORDER BY ${o}, id`] });
for (const q of [
  'SELECT m, count(*) FROM p GROUP BY m ORDER BY m',
  'SELECT DISTINCT m FROM p ORDER BY 1',
  'SELECT min(m), max(m) FROM p',
  'SELECT array_agg(m ORDER BY id) FROM p',
  "SELECT string_agg(m::text, ',' ORDER BY m) FROM p",
  "INSERT INTO p (id, m) VALUES (5, 'nope')",
  "INSERT INTO p (id, m) VALUES (5, 'ok') RETURNING m",
  "UPDATE p SET m = 'sad' WHERE m = 'happy' RETURNING id, m",
  'UPDATE p SET m = NULL WHERE id = 1 RETURNING m',
  "INSERT INTO p (id, ms) VALUES (5, '{ok,nope}')",
  "INSERT INTO p (id, ms) VALUES (5, ARRAY['ok','sad']::mood[]) RETURNING ms",
  "SELECT 'ok'::mood < 'happy'::mood",
  "SELECT 'ok'::mood = 'ok'::other",
  "SELECT 'x'::mood",
  "SELECT ''::mood",
  "SELECT ' ok'::mood",
])
  out.push({ name: `fe q: ${q}`, setup: T, steps: [q] });
export default out;
