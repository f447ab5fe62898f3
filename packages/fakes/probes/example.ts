// An example probe file for `pnpm probe`: write your repository's SQL as cases, and see how each
// engine of the fake answers it next to PostgreSQL. Cases are the corpus's shape (see sql-case.ts).
export default [
  {
    name: 'an upsert that counts visits',
    setup: 'CREATE TABLE visits (page text PRIMARY KEY, n int NOT NULL)',
    steps: [
      {
        sql: 'INSERT INTO visits VALUES ($1, 1) ON CONFLICT (page) DO UPDATE SET n = visits.n + 1 RETURNING n',
        params: ['/home'],
      },
      {
        sql: 'INSERT INTO visits VALUES ($1, 1) ON CONFLICT (page) DO UPDATE SET n = visits.n + 1 RETURNING n',
        params: ['/home'],
      },
    ],
  },
  {
    name: 'integer division and a numeric average',
    steps: ['SELECT 7 / 2 AS quotient, avg(x) AS mean FROM (VALUES (1), (2)) AS t(x)'],
  },
];
