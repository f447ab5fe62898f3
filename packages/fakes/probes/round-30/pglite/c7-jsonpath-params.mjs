export default [
  { name: 'jp param method', steps: [{ sql: 'SELECT $1::jsonpath AS v', params: ['$.a.integer()'] }] },
  {
    name: 'jp param method in function',
    steps: [{ sql: 'SELECT jsonb_path_query(\'{"a":1}\', $1) AS v', params: ['$.a.integer()'] }],
  },
  {
    name: 'jp param hex in function',
    steps: [{ sql: "SELECT jsonb_path_exists('[1]', $1) AS v", params: ['$[0x0]'] }],
  },
  { name: 'jp param underscore', steps: [{ sql: 'SELECT $1::jsonpath AS v', params: ['$ ? (@ > 1_000)'] }] },
  {
    name: 'jp param string with method text',
    steps: [{ sql: 'SELECT $1::jsonpath AS v', params: ['$ ? (@ == ".integer()")'] }],
  },
  { name: 'jp param plain', steps: [{ sql: 'SELECT $1::jsonpath AS v', params: ['$.a[*] ? (@ > 10)'] }] },
  {
    name: 'jp operator param',
    steps: [{ sql: 'SELECT \'{"a":1}\'::jsonb @? $1 AS v', params: ['$.a.number()'] }],
  },
];
