// Round 18 repository reads, part 7: time-zone-dependent report reads (buckets in a session or a
// named zone, zone names and abbreviations, POSIX offsets), as reporting repositories send them.
import { ProbeCases } from '../probe-kit.js';
import { SHOP } from './repo-reads-schema.js';

const list = new ProbeCases('r18 repo reads g: ');
const q = (name: string, sql: string, setup = SHOP) => list.add(name, [sql], setup);
const steps = (name: string, sqls: readonly string[], setup = SHOP) => list.add(name, sqls, setup);

const zones = [
  'UTC',
  'Etc/UTC',
  'GMT',
  'America/New_York',
  'US/Pacific',
  'Asia/Calcutta',
  'Asia/Kolkata',
  'Europe/Kyiv',
  'Europe/Kiev',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'Pacific/Chatham',
  'America/Sao_Paulo',
  'Africa/Casablanca',
  'EST5EDT',
  'GMT+5',
  'UTC+3',
  '+05:30',
  'Z',
  'EST',
  'America/Ciudad_Juarez',
  'Pacific/Kanton',
];
for (const zone of zones) {
  q(
    `orders bucketed by day in the zone ${zone}`,
    `SELECT date_trunc('day', placed_at, '${zone}') AS d, count(*) FROM orders GROUP BY 1 ORDER BY 1`,
  );
  q(
    `a timestamptz shown as local time in the zone ${zone}`,
    `SELECT placed_at AT TIME ZONE '${zone}' AS local FROM orders ORDER BY id`,
  );
}
q('an unknown zone name fails with 22023', "SELECT now() AT TIME ZONE 'Mars/Base'");
q('date_trunc with an unknown zone fails with 22023', "SELECT date_trunc('day', now(), 'Mars/Base')");
steps('buckets under SET TIME ZONE', [
  "SET TIME ZONE 'America/New_York'",
  "SELECT date_trunc('day', placed_at) AS d, count(*) FROM orders GROUP BY 1 ORDER BY 1",
  "SELECT to_char(placed_at, 'YYYY-MM-DD HH24:MI TZ OF') AS s FROM orders ORDER BY id LIMIT 3",
]);
steps('a timestamptz literal read under a session zone', [
  "SET TIME ZONE 'Asia/Kathmandu'",
  "SELECT '2024-01-01 00:00'::timestamptz AS t, '2024-01-01 00:00'::timestamptz::text AS s",
]);
steps('extract of fields under a session zone', [
  "SET TIME ZONE 'Australia/Lord_Howe'",
  'SELECT extract(hour FROM placed_at) AS h, extract(timezone FROM placed_at) AS tz, extract(timezone_minute FROM placed_at) AS tm FROM orders ORDER BY id LIMIT 3',
]);
steps('date casts of timestamptz under a session zone', [
  "SET TIME ZONE 'Pacific/Chatham'",
  'SELECT placed_at::date AS d, placed_at::time AS t FROM orders ORDER BY id',
]);
steps('generate_series of days across a DST change in a session zone', [
  "SET TIME ZONE 'Europe/Berlin'",
  "SELECT g FROM generate_series('2024-03-30'::timestamptz, '2024-04-01'::timestamptz, '1 day') g",
  "SELECT g FROM generate_series('2024-03-31 00:00'::timestamptz, '2024-03-31 04:00'::timestamptz, '1 hour') g",
]);
steps('interval arithmetic across a DST change', [
  "SET TIME ZONE 'America/New_York'",
  "SELECT '2024-03-09 12:00'::timestamptz + interval '1 day' AS a, '2024-03-09 12:00'::timestamptz + interval '24 hours' AS b",
]);
steps('a session zone as a POSIX offset', [
  "SET TIME ZONE 'UTC+3'",
  "SELECT '2024-01-01 00:00+00'::timestamptz::text AS s, current_setting('TimeZone') AS z",
]);
steps('a session zone as a numeric offset', [
  'SET TIME ZONE -7',
  "SELECT '2024-01-01 00:00+00'::timestamptz::text AS s, current_setting('TimeZone') AS z",
]);
steps('a session zone as an interval', [
  "SET TIME ZONE INTERVAL '+05:30' HOUR TO MINUTE",
  "SELECT '2024-01-01 00:00+00'::timestamptz::text AS s, current_setting('TimeZone') AS z",
]);
q(
  'timestamptz input with zone abbreviations',
  "SELECT '2024-07-01 12:00 EDT'::timestamptz AS a, '2024-07-01 12:00 CEST'::timestamptz AS b, '2024-07-01 12:00 IST'::timestamptz AS c",
);
q(
  'timestamptz input with a full zone name',
  "SELECT '2024-07-01 12:00 Europe/Paris'::timestamptz AS a, '2024-07-01 12:00 America/Los_Angeles'::timestamptz AS b",
);
q(
  'pg_timezone_names has the common zones',
  "SELECT name, is_dst IS NOT NULL AS k FROM pg_timezone_names WHERE name IN ('UTC', 'Europe/Kyiv', 'Asia/Kolkata', 'US/Pacific') ORDER BY name",
);
q(
  'pg_timezone_abbrevs has EST',
  "SELECT abbrev, utc_offset FROM pg_timezone_abbrevs WHERE abbrev IN ('EST', 'CEST', 'IST', 'UTC') ORDER BY abbrev",
);
q(
  'timezone() function form',
  "SELECT timezone('Asia/Tokyo', timestamptz '2024-01-01 00:00+00') AS a, timezone('UTC', timestamp '2024-01-01 00:00') AS b",
);
q(
  'make_timestamptz with a zone',
  "SELECT make_timestamptz(2024, 3, 31, 2, 30, 0, 'Europe/Berlin') AS a, make_timestamptz(2024, 11, 3, 1, 30, 0, 'America/New_York') AS b",
);

export default list.cases;
