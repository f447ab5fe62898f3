export default [
  {
    name: 'user sql function runtime 0A000',
    setup:
      "CREATE FUNCTION tzpart(d timestamp) RETURNS numeric LANGUAGE sql VOLATILE AS $$ SELECT extract(timezone from d) $$; CREATE FUNCTION rm(a int[]) RETURNS int[] LANGUAGE sql VOLATILE AS $$ SELECT array_remove(a, 1) $$; CREATE FUNCTION wk(i interval) RETURNS interval LANGUAGE sql VOLATILE AS $$ SELECT date_trunc('week', i) $$; CREATE FUNCTION pos(a int[]) RETURNS int LANGUAGE sql VOLATILE AS $$ SELECT array_position(a, 1) $$; CREATE TABLE t (ts timestamp); INSERT INTO t VALUES ('2024-01-01')",
    steps: [
      "SELECT tzpart(timestamp '2024-01-01')",
      'SELECT tzpart(ts) FROM t',
      'SELECT rm(ARRAY[[1,2],[3,4]])',
      "SELECT wk(interval '15 days')",
      'SELECT pos(ARRAY[[1,2],[3,4]])',
    ],
  },
];
