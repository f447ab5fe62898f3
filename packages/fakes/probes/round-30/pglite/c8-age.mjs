export default [
  {
    name: 'age functiondef',
    steps: [
      "SELECT pg_get_functiondef('age(timestamp)'::regprocedure) AS a, pg_get_functiondef('age(timestamptz)'::regprocedure) AS b",
    ],
  },
  {
    name: 'age routines',
    steps: [
      "SELECT routine_definition, is_null_call, routine_body FROM information_schema.routines WHERE routine_name = 'age' ORDER BY 1, 2",
    ],
  },
  {
    name: 'age pg_proc',
    steps: [
      "SELECT oid::regprocedure::text, prosrc, proisstrict, provolatile, prosqlbody IS NULL AS nobody FROM pg_proc WHERE proname = 'age' ORDER BY 1",
    ],
  },
  {
    name: 'age values',
    steps: [
      "SELECT age(NULL::timestamp) AS a, age('infinity'::timestamptz) IS NOT NULL AS b, age(CURRENT_DATE::timestamp) AS c",
    ],
  },
  { name: 'age param', steps: [{ sql: 'SELECT age($1::timestamp) IS NULL AS v', params: [null] }] },
  { name: 'age -infinity error fields', steps: ["SELECT age('-infinity'::timestamp)"] },
  {
    name: 'age -infinity in a function',
    setup: 'CREATE FUNCTION f(t timestamp) RETURNS interval LANGUAGE sql AS $$ SELECT age(t) $$',
    steps: ["SELECT f('-infinity')"],
  },
  { name: 'age two -infinity', steps: ["SELECT age('-infinity'::timestamptz, now())"] },
];
