// Round 23 area C, part 15: jsonb_strip_nulls.
type Step = string | { sql: string; params: unknown[] };
const cases: { name: string; setup?: string; steps: Step[] }[] = [];
const c = (name: string, steps: Step | Step[], setup?: string) =>
  cases.push({ name, steps: Array.isArray(steps) ? steps : [steps], ...(setup ? { setup } : {}) });
const J = `CREATE TABLE d (id int, doc jsonb); INSERT INTO d VALUES (1, '{"a": null, "b": {"c": null, "d": 1}, "e": [null, {"f": null, "g": 2}], "h": "x"}'), (2, '[null, 1]'), (3, 'null'), (4, NULL), (5, '"s"'), (6, '{}')`;
c('sn all docs', 'SELECT id, jsonb_strip_nulls(doc) v FROM d ORDER BY id', J);
c(
  'sn null scalar stays',
  'SELECT jsonb_strip_nulls(doc) IS NULL a, jsonb_typeof(jsonb_strip_nulls(doc)) t FROM d WHERE id = 3',
  J,
);
c('sn sql null', 'SELECT jsonb_strip_nulls(doc) IS NULL a FROM d WHERE id = 4', J);
c('sn literal', `SELECT jsonb_strip_nulls('{"a": 1, "b": null}') v`);
c('sn untyped literal type', `SELECT pg_typeof(jsonb_strip_nulls('{"a": null}'))::text t`);
c('sn json type', `SELECT json_strip_nulls('{"a": null}') v`);
c('sn text arg fails', `SELECT jsonb_strip_nulls('x'::text)`);
c(
  'sn in update',
  [`UPDATE d SET doc = jsonb_strip_nulls(doc) WHERE id = 1`, 'SELECT doc FROM d WHERE id = 1'],
  J,
);
c(
  'sn then arrow',
  `SELECT jsonb_strip_nulls(doc) -> 'b' v, jsonb_strip_nulls(doc) ? 'a' w FROM d WHERE id = 1`,
  J,
);
c('sn param', { sql: 'SELECT jsonb_strip_nulls($1) v', params: ['{"a": null, "b": [null]}'] });
c('sn invalid json', `SELECT jsonb_strip_nulls('{x')`);
export default cases;
