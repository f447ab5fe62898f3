// Round 23 area C, part 12: jsonb #- and jsonb_extract_path(_text).
type Step = string | { sql: string; params: unknown[] };
const cases: { name: string; setup?: string; steps: Step[] }[] = [];
const c = (name: string, steps: Step | Step[], setup?: string) =>
  cases.push({ name, steps: Array.isArray(steps) ? steps : [steps], ...(setup ? { setup } : {}) });
const J = `CREATE TABLE d (id int PRIMARY KEY, doc jsonb); INSERT INTO d VALUES (1, '{"a": {"b": [1, 2, 3]}, "c": null, "e": "x"}'), (2, '[1, [2, 3], {"k": 1}]'), (3, '5'), (4, NULL), (5, '{}')`;
c(
  'dp remove nested array element',
  `SELECT doc #- '{a,b,0}' a, doc #- '{a,b,-1}' b, doc #- '{a,b,9}' c, doc #- '{a,b,-9}' d FROM d WHERE id = 1`,
  J,
);
c(
  'dp remove key',
  `SELECT doc #- '{c}' a, doc #- '{a}' b, doc #- '{zz}' c, doc #- '{a,zz}' d FROM d WHERE id = 1`,
  J,
);
c('dp empty path', `SELECT id, doc #- '{}' v FROM d WHERE id IN (1, 2, 5) ORDER BY id`, J);
c('dp on scalar fails', `SELECT doc #- '{a}' FROM d WHERE id = 3`, J);
c('dp on scalar empty path fails', `SELECT doc #- '{}' FROM d WHERE id = 3`, J);
c('dp on sql null', `SELECT doc #- '{a}' IS NULL v FROM d WHERE id = 4`, J);
c(
  'dp array root',
  `SELECT doc #- '{0}' a, doc #- '{1,0}' b, doc #- '{2,k}' c, doc #- '{ 1}' d, doc #- '{+1}' e FROM d WHERE id = 2`,
  J,
);
c('dp non integer index fails', `SELECT doc #- '{a,b,x}' FROM d WHERE id = 1`, J);
c('dp non integer index not reached', `SELECT doc #- '{zz,x}' v FROM d WHERE id = 1`, J);
c('dp null element fails', `SELECT doc #- '{a,NULL}' FROM d WHERE id = 1`, J);
c('dp null first element fails', `SELECT doc #- '{NULL}' FROM d WHERE id = 1`, J);
c('dp through scalar unchanged', `SELECT doc #- '{e,x}' a, doc #- '{a,b,0,x}' b FROM d WHERE id = 1`, J);
c('dp null path', `SELECT doc #- NULL IS NULL v FROM d WHERE id = 1`, J);
c('dp param path', { sql: 'SELECT doc #- $1 AS v FROM d WHERE id = 1', params: [['a', 'b', '1']] }, J);
c('dp param path typed', { sql: 'SELECT doc #- $1::text[] AS v FROM d WHERE id = 1', params: [['c']] }, J);
c('dp array constructor path', `SELECT doc #- ARRAY['a', 'b'] v FROM d WHERE id = 1`, J);
c('dp update', ["UPDATE d SET doc = doc #- '{a,b,1}' WHERE id = 1", 'SELECT doc FROM d WHERE id = 1'], J);
c('dp chained with arrow', `SELECT doc #- '{a,b,0}' -> 'a' v FROM d WHERE id = 1`, J);
c('dp with concat', `SELECT doc #- '{c}' || '{"z": 1}' v FROM d WHERE id = 1`, J);
c('dp untyped left', `SELECT '{"a":1}' #- '{a}'`);
c('dp result type', `SELECT pg_typeof(doc #- '{a}')::text t FROM d WHERE id = 1`, J);
c(
  'ep extract path',
  `SELECT jsonb_extract_path(doc, 'a', 'b', '1') a, jsonb_extract_path_text(doc, 'a', 'b', '1') b, jsonb_extract_path(doc, 'e') c, jsonb_extract_path_text(doc, 'e') d FROM d WHERE id = 1`,
  J,
);
c(
  'ep json null',
  `SELECT jsonb_extract_path(doc, 'c') IS NULL a, jsonb_extract_path_text(doc, 'c') IS NULL b, jsonb_typeof(jsonb_extract_path(doc, 'c')) t FROM d WHERE id = 1`,
  J,
);
c(
  'ep missing',
  `SELECT jsonb_extract_path(doc, 'zz') IS NULL a, jsonb_extract_path(doc, 'a', 'b', '9') IS NULL b FROM d WHERE id = 1`,
  J,
);
c(
  'ep arrays',
  `SELECT jsonb_extract_path(doc, '1', '0') a, jsonb_extract_path_text(doc, '2', 'k') b, jsonb_extract_path(doc, '-1') c FROM d WHERE id = 2`,
  J,
);
c('ep scalar', `SELECT jsonb_extract_path(doc, 'a') a FROM d WHERE id = 3`, J);
c('ep null element', `SELECT jsonb_extract_path(doc, 'a', NULL) IS NULL a FROM d WHERE id = 1`, J);
c(
  'ep params',
  { sql: 'SELECT jsonb_extract_path_text(doc, $1, $2) AS v FROM d WHERE id = 1', params: ['a', 'b'] },
  J,
);
c('ep in where', `SELECT id FROM d WHERE jsonb_extract_path_text(doc, 'e') = 'x'`, J);
c('ep no path', `SELECT jsonb_extract_path(doc) FROM d`, J);
c('ep variadic array', `SELECT jsonb_extract_path(doc, VARIADIC ARRAY['a', 'b']) v FROM d WHERE id = 1`, J);
c('ep json type', `SELECT json_extract_path('{"a": [1]}'::json, 'a') v`);
c('ep int element', `SELECT jsonb_extract_path(doc, 1) FROM d WHERE id = 2`, J);
c(
  'ep result types',
  `SELECT pg_typeof(jsonb_extract_path(doc, 'a'))::text a, pg_typeof(jsonb_extract_path_text(doc, 'a'))::text b FROM d WHERE id = 1`,
  J,
);
export default cases;
