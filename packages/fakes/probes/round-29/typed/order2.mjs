const one = (name, sql, params) => ({ name: `order2: ${name}`, steps: [{ sql, params }] });
export default [
  one('param timestamp then int', 'SELECT $1::timestamp AS a, $1::int AS b', ['2024-01-01']),
  one('param int then timestamp', 'SELECT $1::int AS a, $1::timestamp AS b', ['1']),
  one('param date then int', 'SELECT $1::date AS a, $1::int AS b', ['2024-01-01']),
  one('param jsonb then int', 'SELECT $1::jsonb AS a, $1::int AS b', ['1']),
  one('param int then bool', 'SELECT $1::int AS a, $1::bool AS b', ['1']),
  one('param uuid then int', 'SELECT $1::uuid AS a, $1::int AS b', ['a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11']),
  one('param text then int', 'SELECT $1::text AS a, $1::int AS b', ['1']),
  one('param int then text', 'SELECT $1::int AS a, $1::text AS b', ['1']),
  one('literal timestamp to int', "SELECT '2024-01-01'::timestamp::int AS a", []),
  one('literal date to int', "SELECT '2024-01-01'::date::int AS a", []),
];
