/**
 * pg_cast as PostgreSQL 15 has it. The fake makes casts of its own (pg15-catalog.ts,
 * pg15-function-casts.ts) to read input as 15 reads it:
 * - from text and varchar to the integers, numeric, the date/time types and their arrays, each
 *   WITH FUNCTION `pglite18_text_<type>[_array]`. 15 has no such row: those conversions are its
 *   I/O coercion, which pg_cast does not list (15 has 6 casts from text, the fake 22);
 * - from jsonb to the numbers and boolean, whose castfunc it points at `pglite18_jsonb_<type>`:
 *   15's row names the built-in `<type>(jsonb)`, which the fake's function calls.
 * A client introspecting casts (which conversions exist, by which function) sees 15's rows: the
 * first are left out, the second show the built-in they stand for. The rows keep their oids.
 * Read as `FROM pg_cast` through pg15-dialect.ts's PG15_CATALOG_TABLES.
 */
export const PG15_PG_CAST = [
  'SELECT c.oid, c.castsource, c.casttarget,',
  " CASE WHEN f.proname OPERATOR(pg_catalog.~) '^pglite18_jsonb_'",
  ' THEN (SELECT b.oid FROM pg_catalog.pg_proc b JOIN pg_catalog.pg_type t ON t.oid OPERATOR(pg_catalog.=) c.casttarget',
  " WHERE b.pronamespace OPERATOR(pg_catalog.=) 'pg_catalog'::pg_catalog.regnamespace AND b.proname OPERATOR(pg_catalog.=) t.typname",
  ' AND b.proargtypes OPERATOR(pg_catalog.=) f.proargtypes)',
  ' ELSE c.castfunc END AS castfunc,',
  ' c.castcontext, c.castmethod',
  ' FROM pg_catalog.pg_cast c LEFT JOIN pg_catalog.pg_proc f ON f.oid OPERATOR(pg_catalog.=) c.castfunc',
  " WHERE f.proname IS NULL OR f.proname OPERATOR(pg_catalog.!~) '^pglite18_text_'",
].join('');

/**
 * pg_depend (as `rows`, a query of its columns) without the rows of the fake's casts from text
 * and varchar: each depends on its function, where 15 has no such cast, and its built-in casts
 * are pinned, with no pg_depend rows at all.
 */
export function withoutFakeCastDependencies(rows: string): string {
  return [
    `SELECT d.* FROM (${rows}) d`,
    " WHERE d.classid OPERATOR(pg_catalog.<>) 'pg_catalog.pg_cast'::pg_catalog.regclass",
    ' OR d.objid OPERATOR(pg_catalog.<>) ALL (ARRAY(SELECT c.oid FROM pg_catalog.pg_cast c',
    ' JOIN pg_catalog.pg_proc f ON f.oid OPERATOR(pg_catalog.=) c.castfunc',
    " WHERE f.proname OPERATOR(pg_catalog.~) '^pglite18_text_'))",
  ].join('');
}
