// Round 23 area C, part 14: to_jsonb of scalars.
type Step = string | { sql: string; params: unknown[] };
const cases: { name: string; setup?: string; steps: Step[] }[] = [];
const c = (name: string, steps: Step | Step[], setup?: string) =>
  cases.push({ name, steps: Array.isArray(steps) ? steps : [steps], ...(setup ? { setup } : {}) });
const T = `CREATE TABLE u (id int, name text, v varchar(5), b bool, big bigint, tag uuid, j jsonb, n numeric, d date); INSERT INTO u VALUES (1, 'Ann "q"', 'v', true, 5, 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{"a": null}', 1.50, '2024-01-02'), (2, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)`;
c(
  'tj columns',
  'SELECT id, to_jsonb(id) a, to_jsonb(name) b, to_jsonb(v) c, to_jsonb(b) d, to_jsonb(big) e, to_jsonb(tag) f, to_jsonb(j) g FROM u ORDER BY id',
  T,
);
c('tj nulls are sql null', 'SELECT to_jsonb(name) IS NULL a, to_jsonb(j) IS NULL b FROM u WHERE id = 2', T);
c(
  'tj typed literals',
  "SELECT to_jsonb('x'::text) a, to_jsonb(5) b, to_jsonb(false) c, to_jsonb('{\"k\":1}'::jsonb) d, to_jsonb(-3::int2) e",
);
c('tj untyped literal', "SELECT to_jsonb('x')");
c('tj null literal', 'SELECT to_jsonb(NULL)');
c('tj typed null', 'SELECT to_jsonb(NULL::text) IS NULL v');
c('tj numeric', 'SELECT to_jsonb(n) FROM u', T);
c('tj date', 'SELECT to_jsonb(d) FROM u', T);
c('tj param typed', { sql: 'SELECT to_jsonb($1::text) v, to_jsonb($2::int) w', params: ['a', 7] });
c('tj param untyped', { sql: 'SELECT to_jsonb($1) v', params: ['a'] });
c('tj in jsonb_set', "SELECT jsonb_set(j, '{a}', to_jsonb(name)) v FROM u WHERE id = 1", T);
c(
  'tj typeof',
  'SELECT jsonb_typeof(to_jsonb(id)) a, jsonb_typeof(to_jsonb(name)) b, jsonb_typeof(to_jsonb(b)) c FROM u WHERE id = 1',
  T,
);
c('tj text output', 'SELECT to_jsonb(name) ->> 0 v FROM u WHERE id = 1', T);
c(
  'tj compare',
  'SELECT to_jsonb(id) = \'1\' a, to_jsonb(name) = \'"Ann \\\\"q\\\\""\' b FROM u WHERE id = 1',
  T,
);
c('tj row fails', 'SELECT to_jsonb(u) FROM u', T);
c('tj array', 'SELECT to_jsonb(ARRAY[1, 2])');
export default cases;
