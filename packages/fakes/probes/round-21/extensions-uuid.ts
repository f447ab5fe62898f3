// Round 21 probe, contrib extensions: uuid-ossp (PostgreSQL 15 docs F.47): the namespace constants,
// uuid_nil, the name-based uuid_generate_v3 / v5 (deterministic), v1 / v1mc / v4 by shape only,
// types, NULL arguments, defaults in tables, the extension in another schema.
import { ProbeCases, type ProbeStep, withParams } from '../probe-kit.js';

const list = new ProbeCases('r21 extensions: uuid-ossp: ');
const EXT = 'CREATE EXTENSION "uuid-ossp"';
const add = (name: string, steps: ProbeStep[], setup = EXT) => list.add(name, steps, setup);
const sel = (name: string, expr: string) => add(name, [`SELECT ${expr} AS v`]);

const NAMESPACES = ['uuid_ns_dns', 'uuid_ns_url', 'uuid_ns_oid', 'uuid_ns_x500', 'uuid_nil'];
for (const ns of NAMESPACES) {
  sel(`${ns} value`, `${ns}()`);
  sel(`${ns} text`, `${ns}()::text`);
  sel(`${ns} type`, `pg_typeof(${ns}())::text`);
}
const NAMES = ['www.example.com', '', 'Ünïcödé', 'cn=John Smith'];
for (const ns of NAMESPACES) {
  NAMES.forEach((name, index) => {
    sel(`v5 ${ns} ${index}`, `uuid_generate_v5(${ns}(), '${name}')`);
    sel(`v3 ${ns} ${index}`, `uuid_generate_v3(${ns}(), '${name}')`);
  });
}
sel('v5 literal namespace', "uuid_generate_v5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'python.org')");
sel('v3 literal namespace', "uuid_generate_v3('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'python.org')");
sel('v5 uppercase namespace text', "uuid_generate_v5('6BA7B810-9DAD-11D1-80B4-00C04FD430C8', 'x')");
sel('v5 bad namespace', "uuid_generate_v5('not-a-uuid', 'x')");
sel('v5 null name', 'uuid_generate_v5(uuid_ns_dns(), NULL)');
sel('v5 null namespace', "uuid_generate_v5(NULL, 'x')");
sel('v3 null name', 'uuid_generate_v3(uuid_ns_dns(), NULL)');
sel('v5 type', "pg_typeof(uuid_generate_v5(uuid_ns_dns(), 'x'))::text");
sel('v5 version nibble', "substr(uuid_generate_v5(uuid_ns_dns(), 'x')::text, 15, 1)");
sel('v3 version nibble', "substr(uuid_generate_v3(uuid_ns_dns(), 'x')::text, 15, 1)");
sel('v5 long name', "uuid_generate_v5(uuid_ns_url(), repeat('abc', 1000))");
sel('v5 integer name', 'uuid_generate_v5(uuid_ns_dns(), 42)');
sel('v5 varchar name', "uuid_generate_v5(uuid_ns_dns(), 'x'::varchar)");
sel('v5 chained', "uuid_generate_v5(uuid_generate_v5(uuid_ns_dns(), 'a'), 'b')");
sel('v5 deterministic', "uuid_generate_v5(uuid_ns_dns(), 'a') = uuid_generate_v5(uuid_ns_dns(), 'a')");
sel(
  'v4 shape',
  "uuid_generate_v4()::text ~ '^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$'",
);
sel('v4 type', 'pg_typeof(uuid_generate_v4())::text');
sel('v4 distinct', 'uuid_generate_v4() <> uuid_generate_v4()');
sel(
  'v1 shape',
  "uuid_generate_v1()::text ~ '^[0-9a-f]{8}-[0-9a-f]{4}-1[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$'",
);
sel(
  'v1mc shape',
  "uuid_generate_v1mc()::text ~ '^[0-9a-f]{8}-[0-9a-f]{4}-1[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$'",
);
sel(
  'v1mc multicast bit',
  "(('x' || substr(uuid_generate_v1mc()::text, 25, 2))::bit(8) & B'00000001') = B'00000001'",
);
sel('v1 distinct', 'uuid_generate_v1() <> uuid_generate_v1()');
sel('v1 volatility', "(SELECT provolatile FROM pg_proc WHERE proname = 'uuid_generate_v1')");
sel('v5 volatility', "(SELECT provolatile || proparallel FROM pg_proc WHERE proname = 'uuid_generate_v5')");
sel('ns volatility', "(SELECT provolatile || proparallel FROM pg_proc WHERE proname = 'uuid_ns_dns')");
sel('v5 wrong arity', 'uuid_generate_v5(uuid_ns_dns())');
sel('v4 with argument', 'uuid_generate_v4(1)');
sel('uuid_nil equals zero literal', "uuid_nil() = '00000000-0000-0000-0000-000000000000'");
sel('v5 in array', "ARRAY[uuid_generate_v5(uuid_ns_dns(), 'a'), uuid_generate_v5(uuid_ns_dns(), 'b')]");
sel(
  'v5 order',
  "(SELECT array_agg(u ORDER BY u)::text FROM (VALUES (uuid_generate_v5(uuid_ns_dns(), 'a')), (uuid_generate_v5(uuid_ns_dns(), 'b')), (uuid_generate_v5(uuid_ns_dns(), 'c'))) t(u))",
);
add(
  'v4 default column',
  ['INSERT INTO r21_t (n) VALUES (1), (2)', 'SELECT count(DISTINCT id) AS v FROM r21_t'],
  `${EXT}; CREATE TABLE r21_t (id uuid PRIMARY KEY DEFAULT uuid_generate_v4(), n int)`,
);
add(
  'v5 generated column',
  ["INSERT INTO r21_t (name) VALUES ('a'), ('b')", 'SELECT name, id FROM r21_t ORDER BY name'],
  `${EXT}; CREATE TABLE r21_t (name text, id uuid GENERATED ALWAYS AS (uuid_generate_v5(uuid_ns_url(), name)) STORED)`,
);
add(
  'v5 column default expression text',
  ["SELECT pg_get_expr(adbin, adrelid) AS v FROM pg_attrdef WHERE adrelid = 'r21_t'::regclass"],
  `${EXT}; CREATE TABLE r21_t (id uuid DEFAULT uuid_generate_v4())`,
);
add(
  'extension in schema qualified',
  [
    'CREATE SCHEMA r21_ext',
    'CREATE EXTENSION "uuid-ossp" SCHEMA r21_ext',
    "SELECT r21_ext.uuid_generate_v5(r21_ext.uuid_ns_dns(), 'x') AS v",
    'SELECT uuid_nil()',
  ],
  '',
);
add('v5 parameters', [
  withParams(
    'SELECT uuid_generate_v5($1::uuid, $2) AS v',
    '6ba7b811-9dad-11d1-80b4-00c04fd430c8',
    'https://example.com',
  ),
]);
add('v3 parameters', [
  withParams(
    'SELECT uuid_generate_v3($1, $2) AS v',
    '6ba7b811-9dad-11d1-80b4-00c04fd430c8',
    'https://example.com',
  ),
]);
add('v5 over a table', [
  'SELECT n, uuid_generate_v5(uuid_ns_oid(), n::text) AS v FROM generate_series(1, 3) n ORDER BY n',
]);
add(
  'uuid-ossp and pgcrypto together',
  ["SELECT uuid_generate_v5(uuid_ns_dns(), encode(digest('a', 'sha1'), 'hex')) AS v"],
  `${EXT}; CREATE EXTENSION pgcrypto`,
);

export default list.cases;
