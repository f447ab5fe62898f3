// Round 30: a jsonb value to a number or boolean by every spelling of the cast (15 raises 22023 for
// a jsonb null, 17 gives NULL), and the catalog rows a reader sees for those functions.
const types = [
  ['int2', 'smallint'],
  ['int4', 'integer'],
  ['int8', 'bigint'],
  ['numeric', 'numeric'],
  ['float4', 'real'],
  ['float8', 'double precision'],
  ['bool', 'boolean'],
];
const values = [`'null'`, `'1'`, `'true'`, `'"1"'`, `'[1]'`, `'1.5'`, `'{"a":null}'`];
const cases = [];
for (const [fn, name] of types) {
  for (const v of values) {
    const j = `${v}::jsonb`;
    cases.push({ name: `jsonb cast ${fn} call ${v}`, steps: [`SELECT ${fn}(${j}) AS v`] });
    cases.push({
      name: `jsonb cast pg_catalog.${fn} call ${v}`,
      steps: [`SELECT pg_catalog.${fn}(${j}) AS v`],
    });
    cases.push({ name: `jsonb cast ${name} :: ${v}`, steps: [`SELECT ${j}::${name} AS v`] });
    cases.push({ name: `jsonb cast CAST ${name} ${v}`, steps: [`SELECT CAST(${j} AS ${name}) AS v`] });
  }
  cases.push({
    name: `jsonb cast ${fn} param null`,
    steps: [{ sql: `SELECT ${fn}($1::jsonb) AS v`, params: ['null'] }],
  });
  cases.push({
    name: `jsonb cast ${fn} column`,
    setup: `CREATE TABLE j (d jsonb); INSERT INTO j VALUES ('{"k":null}'), ('{"k":1}')`,
    steps: [`SELECT ${fn}(d -> 'k') AS v FROM j ORDER BY 1`],
  });
  cases.push({
    name: `jsonb cast ${fn} column arrow`,
    setup: `CREATE TABLE j (d jsonb); INSERT INTO j VALUES ('{"k":1}')`,
    steps: [`SELECT ${fn}(d -> 'k') AS v, (d -> 'missing')::${name} AS w FROM j`],
  });
  cases.push({
    name: `jsonb cast ${fn} in index`,
    setup: `CREATE TABLE j (d jsonb); INSERT INTO j VALUES ('{"k":1}')`,
    steps: [`CREATE INDEX ON j ((${fn}(d -> 'k')))`, `INSERT INTO j VALUES ('{"k":null}')`],
  });
  cases.push({
    name: `jsonb cast ${fn} catalog`,
    steps: [
      `SELECT p.proname, p.prosrc, p.prolang::reglanguage, p.provolatile, p.proisstrict, p.prorettype::regtype FROM pg_proc p WHERE p.oid = '${fn}(jsonb)'::regprocedure`,
    ],
  });
  cases.push({
    name: `jsonb cast ${fn} pg_cast`,
    steps: [
      `SELECT castfunc::regprocedure, castcontext, castmethod FROM pg_cast WHERE castsource = 'jsonb'::regtype AND casttarget = '${name}'::regtype`,
    ],
  });
  cases.push({
    name: `jsonb cast ${fn} in sql function`,
    setup: `CREATE FUNCTION f(j jsonb) RETURNS ${name} LANGUAGE sql AS $$ SELECT ${fn}(j) $$`,
    steps: [`SELECT f('null') AS v`, `SELECT f('1') AS v`],
  });
  cases.push({
    name: `jsonb cast ${fn} in plpgsql`,
    setup: `CREATE FUNCTION f(j jsonb) RETURNS ${name} LANGUAGE plpgsql AS $$ BEGIN RETURN ${fn}(j); END $$`,
    steps: [`SELECT f('null') AS v`],
  });
}
cases.push({
  name: 'jsonb casts listed',
  steps: [
    `SELECT casttarget::regtype, castfunc::regprocedure FROM pg_cast WHERE castsource = 'jsonb'::regtype ORDER BY casttarget::regtype::text`,
  ],
});
cases.push({
  name: 'jsonb functions by name',
  steps: [
    `SELECT oid::regprocedure::text AS f FROM pg_proc WHERE proargtypes[0] = 'jsonb'::regtype AND pronargs = 1 AND proname IN ('int2','int4','int8','numeric','float4','float8','bool') ORDER BY 1`,
  ],
});
export default cases;
