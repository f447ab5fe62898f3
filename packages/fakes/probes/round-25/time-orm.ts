// Round 25 probe (helper b), date/time part 6: date/time as ORMs and query builders write it against
// a table of events, with no session setting (so pg-mem answers what it can): ranges of timestamps
// from parameters, date_trunc and extract grouping, casts to date, to_char buckets, interval
// arithmetic on columns, ordering and comparison of mixed date/time types, Date parameters read back.
import { ProbeCases, withParams as p } from '../probe-kit.js';

const list = new ProbeCases('r25 time orm: ');
const EVENTS = `CREATE TABLE events (id int PRIMARY KEY, kind text NOT NULL, at timestamptz NOT NULL, local_at timestamp,
    day date, starts time, lasts interval, stamp3 timestamp(3), stamp0 timestamptz(0));
  INSERT INTO events VALUES
    (1, 'signup', '2024-01-31 23:30:00+00', '2024-01-31 23:30:00', '2024-01-31', '23:30', '1 day', '2024-01-31 23:30:00.1234', '2024-01-31 23:30:00.5+00'),
    (2, 'login', '2024-02-29 12:00:00.123456+00', '2024-02-29 12:00:00.123456', '2024-02-29', '12:00', '36 hours', '2024-02-29 12:00:00.9995', '2024-02-29 12:00:00.4+00'),
    (3, 'login', '2024-03-10 07:30:00+00', '2024-03-10 02:30:00', '2024-03-10', '02:30', '1 mon', '2024-03-10 02:30:00', '2024-03-10 07:30:00+00'),
    (4, 'purchase', '2023-12-31 00:00:00+00', '2023-12-31 00:00:00', '2023-12-31', '00:00', '-2 days', '2023-12-31 00:00:00', '2023-12-31 00:00:00+00'),
    (5, 'purchase', '2024-12-30 18:45:10+00', '2024-12-30 18:45:10', '2024-12-30', '18:45:10', '90 minutes', NULL, NULL),
    (6, 'login', 'infinity', 'infinity', 'infinity', '24:00', '0', NULL, '-infinity')`;

const q = (name: string, sql: string) => list.add(name, [sql], EVENTS);
const qp = (name: string, sql: string, ...params: unknown[]) => list.add(name, [p(sql, ...params)], EVENTS);

q(
  'select all as text',
  'SELECT id, at::text, local_at::text, day::text, starts::text, lasts::text, stamp3::text, stamp0::text FROM events ORDER BY id',
);
q('select raw values', 'SELECT id, at, local_at, day, starts, lasts, stamp3, stamp0 FROM events ORDER BY id');
q('order by at desc', 'SELECT id FROM events ORDER BY at DESC, id');
q('order by day nulls', 'SELECT id FROM events ORDER BY stamp3 NULLS FIRST, id');
q(
  'group by date_trunc month',
  "SELECT date_trunc('month', at)::text AS m, count(*) FROM events WHERE at < 'infinity' GROUP BY 1 ORDER BY 1",
);
q(
  'group by date_trunc week of timestamp',
  "SELECT date_trunc('week', local_at)::text AS w, count(*) FROM events WHERE local_at < 'infinity' GROUP BY 1 ORDER BY 1",
);
q('group by extract year', 'SELECT extract(year FROM at) AS y, count(*) FROM events GROUP BY 1 ORDER BY 1');
q(
  'group by extract month of date',
  'SELECT extract(month FROM day) AS mo, count(*) FROM events GROUP BY 1 ORDER BY 1',
);
q('date_part dow', "SELECT id, date_part('dow', day) AS d FROM events ORDER BY id");
q(
  'extract isodow and week',
  'SELECT id, extract(isodow FROM day) AS i, extract(week FROM day) AS w FROM events ORDER BY id',
);
q('cast timestamptz to date', 'SELECT id, at::date::text AS d FROM events ORDER BY id');
q('cast timestamp to date', 'SELECT id, local_at::date AS d FROM events ORDER BY id');
q('cast date to timestamp', 'SELECT id, day::timestamp::text AS d FROM events ORDER BY id');
q('cast date to timestamptz', 'SELECT id, day::timestamptz::text AS d FROM events ORDER BY id');
q('cast timestamptz to time', 'SELECT id, at::time::text AS d FROM events ORDER BY id');
q('cast timestamp to timestamptz', 'SELECT id, local_at::timestamptz::text AS d FROM events ORDER BY id');
q('to_char month bucket', "SELECT to_char(at, 'YYYY-MM') AS m, count(*) FROM events GROUP BY 1 ORDER BY 1");
q('to_char iso', 'SELECT id, to_char(at, \'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"\') AS v FROM events ORDER BY id');
q('to_char date', "SELECT id, to_char(day, 'Dy DD Mon YYYY') AS v FROM events ORDER BY id");
q('to_char interval', "SELECT id, to_char(lasts, 'HH24:MI:SS') AS v FROM events ORDER BY id");
q('at plus interval column', 'SELECT id, (at + lasts)::text AS v FROM events ORDER BY id');
q('local_at plus interval column', 'SELECT id, (local_at + lasts)::text AS v FROM events ORDER BY id');
q('day plus interval column', 'SELECT id, (day + lasts)::text AS v FROM events ORDER BY id');
q('day plus integer', 'SELECT id, (day + 1)::text AS v FROM events ORDER BY id');
q('day minus day', "SELECT id, day - '2024-01-01'::date AS v FROM events ORDER BY id");
q('at minus at', "SELECT id, (at - '2024-01-01 00:00+00'::timestamptz)::text AS v FROM events ORDER BY id");
q('starts plus interval', 'SELECT id, (starts + lasts)::text AS v FROM events ORDER BY id');
q('interval times 2', 'SELECT id, (lasts * 2)::text AS v FROM events ORDER BY id');
q('interval comparison', "SELECT id FROM events WHERE lasts > interval '1 day' ORDER BY id");
q('sum interval', 'SELECT sum(lasts)::text AS v FROM events');
q('avg interval', 'SELECT avg(lasts)::text AS v FROM events');
q(
  'max min at',
  'SELECT max(at)::text AS a, min(at)::text AS b, max(day)::text AS c, min(starts)::text AS d FROM events',
);
q('count distinct day', 'SELECT count(DISTINCT day) AS v FROM events');
q('between literals', "SELECT id FROM events WHERE at BETWEEN '2024-01-01' AND '2024-03-01' ORDER BY id");
q('compare date and timestamptz', 'SELECT id FROM events WHERE day < at ORDER BY id');
q('compare date with timestamp literal', "SELECT id FROM events WHERE day = '2024-02-29 00:00' ORDER BY id");
q(
  'compare timestamp with date literal',
  "SELECT id FROM events WHERE local_at >= '2024-02-29'::date ORDER BY id",
);
q('isfinite', 'SELECT id, isfinite(at) AS a, isfinite(day) AS b FROM events ORDER BY id');
q('infinity comparisons', "SELECT id FROM events WHERE at = 'infinity' OR stamp0 = '-infinity' ORDER BY id");
q('now comparisons', 'SELECT id FROM events WHERE at < now() ORDER BY id');
q('current_date comparison', 'SELECT count(*) AS v FROM events WHERE day <= current_date');
q('now minus interval', "SELECT count(*) AS v FROM events WHERE at > now() - interval '100 years'");
q(
  'age of day',
  "SELECT id, age('2025-01-01'::date, day)::text AS v FROM events WHERE isfinite(day) ORDER BY id",
);
q(
  'date_bin',
  "SELECT id, date_bin('15 minutes', local_at, '2000-01-01')::text AS v FROM events WHERE isfinite(local_at) ORDER BY id",
);
q('timestamp(3) rounding', 'SELECT id, stamp3::text AS v FROM events ORDER BY id');
q(
  'insert timestamptz(0) rounding',
  "INSERT INTO events (id, kind, at, stamp0) VALUES (7, 'x', now(), '2024-01-01 00:00:00.5+00') RETURNING stamp0::text",
);
q(
  'update at plus interval',
  "UPDATE events SET at = at + interval '1 month' WHERE id = 1 RETURNING at::text",
);
q('update day plus 1', 'UPDATE events SET day = day + 1 WHERE id = 2 RETURNING day::text');
q(
  'generate_series days left join',
  "SELECT g::date::text AS d, count(e.id) AS n FROM generate_series('2024-02-27'::date, '2024-03-01'::date, interval '1 day') g LEFT JOIN events e ON e.day = g::date GROUP BY 1 ORDER BY 1",
);
q('extract epoch', 'SELECT id, extract(epoch FROM at) AS v FROM events ORDER BY id');
q('extract epoch of interval', 'SELECT id, extract(epoch FROM lasts) AS v FROM events ORDER BY id');
q(
  'to_timestamp of epoch',
  'SELECT id, to_timestamp(extract(epoch FROM at))::text AS v FROM events WHERE isfinite(at) ORDER BY id',
);
q(
  'make_date from parts',
  'SELECT id, make_date(extract(year FROM day)::int, 1, 1)::text AS v FROM events WHERE isfinite(day) ORDER BY id',
);
q('justify_interval', 'SELECT id, justify_interval(lasts * 20)::text AS v FROM events ORDER BY id');
q('coalesce dates', "SELECT id, COALESCE(stamp3, '1970-01-01')::text AS v FROM events ORDER BY id");
q(
  'case on date',
  "SELECT id, CASE WHEN day > '2024-02-01' THEN 'new' ELSE 'old' END AS v FROM events ORDER BY id",
);
q('window lag of at', 'SELECT id, (at - lag(at) OVER (ORDER BY at))::text AS gap FROM events ORDER BY at');
q('json of timestamps', 'SELECT json_agg(at ORDER BY id)::text AS v FROM events');
q(
  'jsonb build of date',
  "SELECT jsonb_build_object('d', day, 't', local_at)::text AS v FROM events WHERE id = 2",
);
q(
  'to_json of time and interval',
  'SELECT to_json(starts)::text AS a, to_json(lasts)::text AS b FROM events WHERE id = 2',
);
q('row_to_json', 'SELECT row_to_json(e)::text AS v FROM (SELECT id, at, day FROM events WHERE id = 1) e');
q('array_agg of dates', 'SELECT array_agg(day ORDER BY day)::text AS v FROM events');
q('string_agg of timestamps', "SELECT string_agg(at::text, ',' ORDER BY at) AS v FROM events");
q('distinct on day', 'SELECT DISTINCT ON (day) id, day::text FROM events ORDER BY day, id');
q(
  'overlaps with columns',
  "SELECT id FROM events WHERE (at, lasts) OVERLAPS ('2024-02-01'::timestamptz, '2024-03-01'::timestamptz) ORDER BY id",
);
q('date equality with text', "SELECT id FROM events WHERE day::text = '2024-02-29'");
q('timestamp text pattern', "SELECT id FROM events WHERE at::text LIKE '2024-02%' ORDER BY id");

// Parameters as node-pg binds them.
const DATES: readonly (readonly [string, unknown])[] = [
  ['Date', new Date('2024-02-01T00:00:00Z')],
  ['Date with ms', new Date('2024-02-29T12:00:00.123Z')],
  ['ISO Z string', '2024-02-01T00:00:00Z'],
  ['ISO offset string', '2024-02-01T05:00:00+05:00'],
  ['ISO no zone', '2024-02-01 00:00:00'],
  ['date only', '2024-02-01'],
  ['infinity', 'infinity'],
  ['-infinity', '-infinity'],
  ['epoch ms string', '1706745600000'],
  ['null', null],
];
for (const [label, value] of DATES) {
  qp(`at >= param ${label}`, 'SELECT id FROM events WHERE at >= $1 ORDER BY id', value);
  qp(`local_at < param ${label}`, 'SELECT id FROM events WHERE local_at < $1 ORDER BY id', value);
  qp(`day = param::date ${label}`, 'SELECT id FROM events WHERE day >= $1::date ORDER BY id', value);
  qp(
    `insert param ${label}`,
    "INSERT INTO events (id, kind, at, local_at, day) VALUES (9, 'p', COALESCE($1::timestamptz, '2000-01-01 00:00+00'), $1, $1) RETURNING at, local_at, day",
    value,
  );
  qp(`param plus interval ${label}`, "SELECT ($1::timestamptz + interval '1 day')::text AS v", value);
  qp(
    `param between ${label}`,
    "SELECT id FROM events WHERE at BETWEEN $1 AND $1::timestamptz + interval '60 days' ORDER BY id",
    value,
  );
  qp(`param date_trunc ${label}`, "SELECT date_trunc('day', $1::timestamptz)::text AS v", value);
}
qp('interval param', 'SELECT id FROM events WHERE lasts > $1 ORDER BY id', '1 day');
qp('interval param iso', 'SELECT ($1::interval)::text AS v', 'P1DT2H');
qp('interval param seconds', 'SELECT (now() - $1::interval < now()) AS v', '3600 seconds');
qp('time param', 'SELECT id FROM events WHERE starts > $1 ORDER BY id', '12:00');
qp('array of dates param', 'SELECT id FROM events WHERE day = ANY($1::date[]) ORDER BY id', [
  '2024-02-29',
  '2023-12-31',
]);
qp('array of Date params', 'SELECT id FROM events WHERE at = ANY($1) ORDER BY id', [
  new Date('2024-03-10T07:30:00Z'),
]);
qp(
  'limit with date order',
  'SELECT id FROM events WHERE at < $1 ORDER BY at DESC LIMIT 2',
  new Date('2025-01-01T00:00:00Z'),
);

// The same cases on a table without the time and interval columns pg-mem refuses, nor infinite values.
const PLAIN = `CREATE TABLE events (id int PRIMARY KEY, kind text NOT NULL, at timestamptz NOT NULL, local_at timestamp,
    day date, stamp3 timestamp(3), stamp0 timestamptz(0));
  INSERT INTO events VALUES
    (1, 'signup', '2024-01-31 23:30:00+00', '2024-01-31 23:30:00', '2024-01-31', '2024-01-31 23:30:00.123', '2024-01-31 23:30:00.5+00'),
    (2, 'login', '2024-02-29 12:00:00.123+00', '2024-02-29 12:00:00.123', '2024-02-29', '2024-02-29 12:00:00.999', '2024-02-29 12:00:00.4+00'),
    (3, 'login', '2024-03-10 07:30:00+00', '2024-03-10 02:30:00', '2024-03-10', '2024-03-10 02:30:00', '2024-03-10 07:30:00+00'),
    (4, 'purchase', '2023-12-31 00:00:00+00', '2023-12-31 00:00:00', '2023-12-31', '2023-12-31 00:00:00', '2023-12-31 00:00:00+00'),
    (5, 'purchase', '2024-12-30 18:45:10+00', '2024-12-30 18:45:10', '2024-12-30', NULL, NULL)`;
const plain = list.cases
  .filter((probeCase) => !/starts|lasts/.test(JSON.stringify(probeCase.steps)))
  .map((probeCase) => ({ ...probeCase, name: `plain table: ${probeCase.name}`, setup: PLAIN }));

export default [...list.cases, ...plain];
