// Round 30: information_schema's views over functions (parameters, privileges, routine usage)
// for the built-ins the fake replaces and in total, as 15 lists them.
const names = [
  'upper',
  'lower',
  'date_trunc',
  'regexp_replace',
  'to_tsvector',
  'sin',
  'make_interval',
  'has_table_privilege',
  'jsonb_path_query',
  'to_char',
  'version',
  'int4',
  'bool',
  'makeaclitem',
  'pg_get_functiondef',
  'current_setting',
  'substring',
  'extract',
  'age',
  'to_number',
];
const list = names.map((n) => `'${n}'`).join(', ');
const cases = [
  {
    name: 'routines count',
    steps: ["SELECT count(*) FROM information_schema.routines WHERE specific_schema = 'pg_catalog'"],
  },
  {
    name: 'routines with SQL bodies',
    steps: [
      "SELECT routine_name, routine_definition FROM information_schema.routines WHERE specific_schema = 'pg_catalog' AND routine_body = 'SQL' ORDER BY 1, 2",
    ],
  },
  {
    name: 'routines non-strict internal',
    steps: [
      "SELECT count(*) FROM information_schema.routines WHERE specific_schema = 'pg_catalog' AND is_null_call = 'NO'",
    ],
  },
  {
    name: 'parameters count',
    steps: ["SELECT count(*) FROM information_schema.parameters WHERE specific_schema = 'pg_catalog'"],
  },
  {
    name: 'routine privileges count',
    steps: [
      "SELECT count(*) FROM information_schema.routine_privileges WHERE specific_schema = 'pg_catalog'",
    ],
  },
  {
    name: 'role routine grants count',
    steps: [
      "SELECT count(*) FROM information_schema.role_routine_grants WHERE specific_schema = 'pg_catalog'",
    ],
  },
];
for (const n of names) {
  cases.push({
    name: `parameters of ${n}`,
    steps: [
      `SELECT p.ordinal_position, p.parameter_mode, p.parameter_name, p.data_type, p.parameter_default FROM information_schema.parameters p JOIN information_schema.routines r USING (specific_schema, specific_name) WHERE r.specific_schema = 'pg_catalog' AND r.routine_name = '${n}' ORDER BY r.routine_definition, p.ordinal_position`,
    ],
  });
  cases.push({
    name: `privileges of ${n}`,
    steps: [
      `SELECT grantor, grantee, privilege_type, is_grantable FROM information_schema.routine_privileges WHERE specific_schema = 'pg_catalog' AND routine_name = '${n}' ORDER BY 1, 2, 3`,
    ],
  });
  cases.push({
    name: `routines of ${n}`,
    steps: [
      `SELECT routine_name, data_type, type_udt_name, routine_body, routine_definition, external_language, parameter_style, is_deterministic, sql_data_access, is_null_call, security_type, is_user_defined_cast, is_implicitly_invocable FROM information_schema.routines WHERE specific_schema = 'pg_catalog' AND routine_name = '${n}' ORDER BY routine_definition`,
    ],
  });
  cases.push({
    name: `proacl of ${n}`,
    steps: [
      `SELECT oid::regprocedure::text, proacl, proowner::regrole FROM pg_proc WHERE proname = '${n}' ORDER BY 1`,
    ],
  });
}
cases.push({
  name: `pg_proc of listed names`,
  steps: [`SELECT proname, count(*) FROM pg_proc WHERE proname IN (${list}) GROUP BY 1 ORDER BY 1`],
});
export default cases;
