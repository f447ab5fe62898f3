// Round 25: timestamps as ORMs send them into `timestamp` (without time zone) and `timestamptz`
// columns: ISO strings with offsets (TypeORM, Sequelize and Drizzle's string mode), node-pg's
// rendering of a Date, and literals in Sequelize's format; a timestamp column ignores the offset.
import { ProbeCases, withParams as p } from '../probe-kit.js';

const S = `CREATE TABLE ev (id serial PRIMARY KEY, at timestamp, atz timestamptz, d date);
  INSERT INTO ev (at, atz, d) VALUES ('2024-01-01 10:00:00', '2024-01-01 10:00:00+00', '2024-01-01'), ('2024-06-01 23:30:00', '2024-06-01 23:30:00+00', '2024-06-01');`;
const l = new ProbeCases('ts ');
const VALUES: [string, unknown][] = [
  ['iso z', '2024-03-10T10:00:00.000Z'],
  ['iso plus five', '2024-03-10T10:00:00+05:00'],
  ['iso minus eight', '2024-03-10T10:00:00.123-08:00'],
  ['iso plus 0530', '2024-03-10T23:59:59.999+05:30'],
  ['sequelize format', '2024-03-10 10:00:00.000 +00:00'],
  ['sequelize format offset', '2024-03-10 10:00:00.000 +02:00'],
  ['space with offset hour', '2024-03-10 10:00:00+02'],
  ['date only', '2024-03-10'],
  ['js date', new Date(Date.UTC(2024, 2, 10, 10, 0, 0, 5))],
  ['js date late', new Date(Date.UTC(2024, 11, 31, 23, 59, 59, 999))],
  ['zone name', '2024-03-10 10:00:00 Europe/Oslo'],
  ['abbreviation', '2024-03-10 10:00:00 PST'],
  ['epoch', 'epoch'],
  ['microseconds', '2024-03-10 10:00:00.123456'],
  ['seven fraction digits', '2024-03-10 10:00:00.1234567'],
];
for (const [name, value] of VALUES) {
  l.add(
    `insert ${name}`,
    [p('INSERT INTO ev (at, atz, d) VALUES ($1, $1, $1) RETURNING at, atz, d', value)],
    S,
  );
  l.add(
    `select cast ${name}`,
    [p('SELECT $1::timestamp AS a, $1::timestamptz AS b, $1::date AS c', value)],
    S,
  );
  l.add(`compare ${name}`, [p('SELECT id FROM ev WHERE at < $1 AND atz < $1 ORDER BY id', value)], S);
  l.add(
    `typeorm update ${name}`,
    [p('UPDATE "ev" SET "at" = $1, "atz" = $2 WHERE "id" IN ($3) RETURNING "at", "atz"', value, value, 1)],
    S,
  );
}
l.add('timestamp text output', ['SELECT at::text, atz::text, d::text FROM ev ORDER BY id'], S);
l.add(
  'timestamp to timestamptz',
  ['SELECT at::timestamptz AS a, atz::timestamp AS b FROM ev ORDER BY id'],
  S,
);
l.add(
  'date_trunc on both',
  [
    "SELECT date_trunc('day', at) AS a, date_trunc('day', atz) AS b, date_trunc('month', d) AS c FROM ev ORDER BY id",
  ],
  S,
);
l.add(
  'extract epoch both',
  ['SELECT extract(epoch FROM at) AS a, extract(epoch FROM atz) AS b FROM ev ORDER BY id'],
  S,
);
l.add(
  'at time zone utc',
  ["SELECT at AT TIME ZONE 'UTC' AS a, atz AT TIME ZONE 'UTC' AS b FROM ev ORDER BY id"],
  S,
);
l.add(
  'interval arithmetic',
  [
    "SELECT at + interval '1 day' AS a, atz - interval '90 minutes' AS b, d + 1 AS c, d - interval '1 hour' AS e FROM ev ORDER BY id",
  ],
  S,
);
l.add(
  'difference',
  [
    "SELECT at - '2024-01-01 00:00:00'::timestamp AS a, atz - '2024-01-01 00:00:00+00'::timestamptz AS b, d - '2024-01-01'::date AS c FROM ev ORDER BY id",
  ],
  S,
);

export default l.cases;
