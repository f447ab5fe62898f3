// Round 19 probe, datetime part 4: PostgreSQL 15 docs 8.5.3 (time zones: full names,
// abbreviations, POSIX specs, numeric offsets), 9.9.4 (AT TIME ZONE both ways), SET TIME ZONE with
// its value forms, and generate_series over timestamps and timestamptz across DST changes.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r19 datetime: zones: ');
const UTC = "SET TimeZone = 'UTC'";

// --- SET TIME ZONE forms
const ZONE_VALUES = [
  "'America/New_York'",
  "'america/new_york'",
  "'PST8PDT'",
  "'EST5EDT'",
  "'EST'",
  "'MST7MDT'",
  "'UTC'",
  "'utc'",
  "'GMT'",
  "'Z'",
  "'zulu'",
  "'Etc/GMT+5'",
  "'Etc/GMT-14'",
  "'UTC+3'",
  "'UTC-3'",
  "'<+03>-3'",
  "'EST5'",
  "'FOO5BAR'",
  "'XXX-3:30'",
  "'+05:30'",
  "'-08'",
  "'+15'",
  "'Europe/London'",
  "'Australia/Lord_Howe'",
  "'Pacific/Chatham'",
  "'Asia/Kathmandu'",
  "'Mars/Olympus'",
  "''",
  "'CET'",
  "'Japan'",
  "'posixrules'",
  "'localtime'",
  "'PST'",
  "'EST5EDT,M3.2.0,M11.1.0'",
  "'CET-1CEST,M3.5.0,M10.5.0/3'",
  '-7',
  '5.5',
  '+3',
  "INTERVAL '-08:00' HOUR TO MINUTE",
  "INTERVAL '+05:30'",
  "INTERVAL '1 day'",
  "INTERVAL '14:00'",
  'LOCAL',
  'DEFAULT',
  '100',
];
ZONE_VALUES.forEach((value, i) => {
  list.add(`SET TIME ZONE ${value} #${i}`, [
    `SET TIME ZONE ${value}`,
    'SHOW TimeZone',
    "SELECT '2024-01-15 12:00:00+00'::timestamptz::text AS winter, '2024-07-15 12:00:00+00'::timestamptz::text AS summer, '2024-07-15 12:00:00'::timestamptz::text AS local_input, '1880-07-15 12:00:00+00'::timestamptz::text AS old",
  ]);
});
list.add('SET TimeZone TO and = forms', [
  "SET TimeZone TO 'Asia/Tokyo'",
  'SHOW timezone',
  "SET timezone = 'Europe/Paris'",
  'SHOW TIME ZONE',
]);
list.add('SET LOCAL TIME ZONE reverts at commit', [
  UTC,
  'BEGIN',
  "SET LOCAL TIME ZONE 'Asia/Tokyo'",
  "SELECT '2024-01-15 12:00:00+00'::timestamptz AS v",
  'COMMIT',
  "SELECT '2024-01-15 12:00:00+00'::timestamptz AS v",
]);
list.add('SET TIME ZONE rolled back', [
  UTC,
  'BEGIN',
  "SET TIME ZONE 'Asia/Tokyo'",
  'ROLLBACK',
  'SHOW TimeZone',
]);
list.add('set_config timezone', [
  "SELECT set_config('timezone', 'Asia/Tokyo', false) AS v",
  "SELECT current_setting('TimeZone') AS v",
]);
list.add('set_config timezone invalid', ["SELECT set_config('timezone', 'Nowhere/Land', false) AS v"]);
list.add('TimeZone in pg_settings', [
  "SET TIME ZONE 'Asia/Tokyo'",
  "SELECT name, setting, source FROM pg_settings WHERE name = 'TimeZone'",
]);
list.add('log_timezone is not the session zone', [
  "SET TIME ZONE 'Asia/Tokyo'",
  "SELECT current_setting('TimeZone') <> current_setting('log_timezone') AS v",
]);
list.add('timezone_abbreviations setting', ['SHOW timezone_abbreviations']);
list.add('timezone_abbreviations set to Australia', [
  "SET timezone_abbreviations = 'Australia'",
  "SELECT '2024-01-15 12:00 EST'::timestamptz AS v",
]);
list.add('timezone_abbreviations unknown file', ["SET timezone_abbreviations = 'Nowhere'"]);

// --- zone names and abbreviations in input
const INPUT_ZONES = [
  'PST',
  'PDT',
  'EST',
  'EDT',
  'CET',
  'CEST',
  'MSK',
  'IST',
  'JST',
  'AEST',
  'NZDT',
  'BST',
  'UT',
  'GMT',
  'Z',
  'zulu',
  'ACDT',
  'HST',
  'AKST',
  'WET',
  'America/Sao_Paulo',
  'Asia/Kolkata',
  'Europe/Dublin',
  'Pacific/Kiritimati',
  'Etc/GMT+12',
  'EST5EDT',
  'UTC+3',
  'UTC-3:30',
  'XYZ',
  'MEZ',
  'LMT',
  'Europe/Moscow',
  'Asia/Pyongyang',
  'Africa/Casablanca',
];
INPUT_ZONES.forEach((zone, i) => {
  list.add(`input zone ${zone} #${i}`, [
    UTC,
    `SELECT '2024-01-15 12:00:00 ${zone}'::timestamptz::text AS winter, '2024-07-15 12:00:00 ${zone}'::timestamptz::text AS summer, '1900-07-15 12:00:00 ${zone}'::timestamptz::text AS old`,
  ]);
});
list.add('abbreviation meaning is fixed, zone name follows DST', [
  UTC,
  "SELECT '2024-07-15 12:00 EST'::timestamptz AS abbrev, '2024-07-15 12:00 America/New_York'::timestamptz AS name",
]);
list.add('POSIX sign is reversed from ISO', [
  UTC,
  "SELECT '2024-01-15 12:00 UTC+3'::timestamptz AS posix, '2024-01-15 12:00 +3'::timestamptz AS iso",
]);
list.add('pg_timezone_names has a zone', [
  "SELECT name, abbrev IS NOT NULL AS has_abbrev FROM pg_timezone_names WHERE name IN ('America/New_York', 'UTC', 'Asia/Kolkata') ORDER BY name",
]);
list.add('pg_timezone_abbrevs lists EST', [
  "SELECT abbrev, utc_offset, is_dst FROM pg_timezone_abbrevs WHERE abbrev IN ('EST', 'EDT', 'CEST', 'IST', 'PST') ORDER BY abbrev",
]);
list.add('pg_timezone_names columns', [
  "SELECT utc_offset, is_dst FROM pg_timezone_names WHERE name = 'Asia/Kolkata'",
]);
list.add('pg_timezone_abbrevs count is stable', ['SELECT count(*) > 100 AS v FROM pg_timezone_abbrevs']);

// --- AT TIME ZONE (9.9.4)
const AT: Array<[string, string]> = [
  ['docs timestamp to tz', "TIMESTAMP '2001-02-16 20:38:40' AT TIME ZONE 'America/Denver'"],
  [
    'docs timestamptz to local',
    "TIMESTAMP WITH TIME ZONE '2001-02-16 20:38:40-05' AT TIME ZONE 'America/Denver'",
  ],
  ['docs twice', "TIMESTAMP '2001-02-16 20:38:40' AT TIME ZONE 'Asia/Tokyo' AT TIME ZONE 'America/Chicago'"],
  ['timestamp at POSIX zone', "TIMESTAMP '2001-02-16 20:38:40' AT TIME ZONE 'UTC+3'"],
  ['timestamptz at numeric offset', "TIMESTAMPTZ '2001-02-16 20:38:40+00' AT TIME ZONE '+05'"],
  ['timestamptz at interval', "TIMESTAMPTZ '2001-02-16 20:38:40+00' AT TIME ZONE INTERVAL '-08:00'"],
  ['timestamp at interval', "TIMESTAMP '2001-02-16 20:38:40' AT TIME ZONE INTERVAL '05:30'"],
  [
    'timestamptz at interval with days errors',
    "TIMESTAMPTZ '2001-02-16 20:38:40+00' AT TIME ZONE INTERVAL '1 day'",
  ],
  [
    'timestamptz at interval month errors',
    "TIMESTAMPTZ '2001-02-16 20:38:40+00' AT TIME ZONE INTERVAL '1 month'",
  ],
  ['timestamptz at abbreviation', "TIMESTAMPTZ '2001-07-16 20:38:40+00' AT TIME ZONE 'PST'"],
  ['timestamptz at lower-case name', "TIMESTAMPTZ '2001-07-16 20:38:40+00' AT TIME ZONE 'europe/paris'"],
  ['timestamptz at unknown zone', "TIMESTAMPTZ '2001-07-16 20:38:40+00' AT TIME ZONE 'Nowhere'"],
  ['timestamp at unknown zone', "TIMESTAMP '2001-07-16 20:38:40' AT TIME ZONE 'Nowhere'"],
  ['timestamp in DST gap', "TIMESTAMP '2024-03-10 02:30' AT TIME ZONE 'America/New_York'"],
  ['timestamp in DST overlap', "TIMESTAMP '2024-11-03 01:30' AT TIME ZONE 'America/New_York'"],
  ['timestamptz across DST', "TIMESTAMPTZ '2024-11-03 05:30+00' AT TIME ZONE 'America/New_York'"],
  ['timetz at zone', "TIME WITH TIME ZONE '10:00+02' AT TIME ZONE 'Asia/Tokyo'"],
  ['timetz at offset', "TIME WITH TIME ZONE '10:00+02' AT TIME ZONE '-03:30'"],
  ['timetz at interval', "TIME WITH TIME ZONE '10:00+02' AT TIME ZONE INTERVAL '03:00'"],
  ['time at zone', "TIME '10:00' AT TIME ZONE 'Asia/Tokyo'"],
  ['date at zone', "DATE '2024-01-01' AT TIME ZONE 'Asia/Tokyo'"],
  ['unknown literal at zone', "'2024-01-01 10:00' AT TIME ZONE 'Asia/Tokyo'"],
  ['infinity at zone', "TIMESTAMP 'infinity' AT TIME ZONE 'Asia/Tokyo'"],
  ['BC at zone', "TIMESTAMP '0044-03-15 12:00 BC' AT TIME ZONE 'Europe/Rome'"],
  ['timezone function form', "timezone('Asia/Tokyo', TIMESTAMPTZ '2001-02-16 20:38:40+00')"],
  ['timezone function interval', "timezone(INTERVAL '02:00', TIMESTAMP '2001-02-16 20:38:40')"],
  ['null zone', "TIMESTAMPTZ '2001-02-16 20:38:40+00' AT TIME ZONE NULL"],
  [
    'result types',
    "pg_typeof(TIMESTAMP '2001-02-16' AT TIME ZONE 'UTC')::text || ' ' || pg_typeof(TIMESTAMPTZ '2001-02-16' AT TIME ZONE 'UTC')::text || ' ' || pg_typeof(TIMETZ '10:00+00' AT TIME ZONE 'UTC')::text",
  ],
  ['AT LOCAL is 17', "TIMESTAMPTZ '2001-02-16 20:38:40+00' AT LOCAL"],
  ['zone with spaces', "TIMESTAMPTZ '2001-02-16 20:38:40+00' AT TIME ZONE ' UTC'"],
  ['POSIX full rule', "TIMESTAMPTZ '2024-07-16 20:38:40+00' AT TIME ZONE 'EST5EDT,M3.2.0,M11.1.0'"],
  ['Etc/GMT sign', "TIMESTAMPTZ '2024-07-16 20:38:40+00' AT TIME ZONE 'Etc/GMT+5'"],
  [
    'zone column from table',
    "(SELECT string_agg((TIMESTAMPTZ '2024-07-16 12:00+00' AT TIME ZONE z)::text, ', ' ORDER BY z) FROM (VALUES ('UTC'), ('Asia/Kolkata'), ('America/Anchorage')) t(z))",
  ],
];
AT.forEach(([name, expr]) => {
  list.add(`at time zone: ${name}`, [
    "SET TimeZone = 'America/Los_Angeles'",
    `SELECT ${expr} AS v, (${expr})::text AS t`,
  ]);
});

// --- generate_series over timestamps
const SERIES: Array<[string, string]> = [
  ['timestamp by day', "generate_series(timestamp '2024-03-08', timestamp '2024-03-12', interval '1 day')"],
  [
    'timestamptz by day across spring DST',
    "generate_series(timestamptz '2024-03-08 00:00', timestamptz '2024-03-12 00:00', interval '1 day')",
  ],
  [
    'timestamptz by 24 hours across spring DST',
    "generate_series(timestamptz '2024-03-08 00:00', timestamptz '2024-03-12 00:00', interval '24 hours')",
  ],
  [
    'timestamptz by hour across fall DST',
    "generate_series(timestamptz '2024-11-03 00:00', timestamptz '2024-11-03 04:00', interval '1 hour')",
  ],
  [
    'timestamptz by 30 minutes across spring DST',
    "generate_series(timestamptz '2024-03-10 01:00', timestamptz '2024-03-10 04:00', interval '30 minutes')",
  ],
  [
    'timestamp by month from the 31st',
    "generate_series(timestamp '2024-01-31', timestamp '2024-06-30', interval '1 month')",
  ],
  [
    'timestamp backwards',
    "generate_series(timestamp '2024-01-05', timestamp '2024-01-01', interval '-1 day')",
  ],
  [
    'timestamp wrong direction is empty',
    "generate_series(timestamp '2024-01-05', timestamp '2024-01-01', interval '1 day')",
  ],
  [
    'timestamp zero step errors',
    "generate_series(timestamp '2024-01-01', timestamp '2024-01-05', interval '0')",
  ],
  [
    'date series picks timestamptz',
    "generate_series(date '2024-01-01', date '2024-01-03', interval '1 day')",
  ],
  ['date series with integer step errors', "generate_series(date '2024-01-01', date '2024-01-03', 1)"],
  [
    'timestamptz by month',
    "generate_series(timestamptz '2024-01-31 12:00', timestamptz '2024-05-01', interval '1 month')",
  ],
  [
    'timestamp with infinity stop',
    "generate_series(timestamp '2024-01-01', timestamp 'infinity', interval '1 year') LIMIT 3",
  ],
  [
    'timestamp with mixed step',
    "generate_series(timestamp '2024-01-01', timestamp '2024-03-15', interval '1 month 1 day')",
  ],
  [
    'timestamptz with time zone argument is 16',
    "generate_series(timestamptz '2024-03-08', timestamptz '2024-03-12', interval '1 day', 'Europe/Berlin')",
  ],
  ['null step', "generate_series(timestamp '2024-01-01', timestamp '2024-01-05', NULL)"],
  [
    'step of negative months',
    "generate_series(timestamp '2024-05-31', timestamp '2024-01-01', interval '-1 month')",
  ],
  [
    'microsecond step',
    "generate_series(timestamp '2024-01-01 00:00:00', timestamp '2024-01-01 00:00:00.000003', interval '1 microsecond')",
  ],
];
SERIES.forEach(([name, expr]) => {
  list.add(`series: ${name}`, [
    "SET TimeZone = 'America/New_York'",
    `SELECT v, v::text AS t FROM ${expr.replace(/ LIMIT \d+$/, '')} AS v${/ LIMIT \d+$/.test(expr) ? expr.match(/ LIMIT \d+$/)?.[0] : ''}`,
  ]);
});
list.add('series: in the select list', [
  "SET TimeZone = 'Europe/Berlin'",
  "SELECT generate_series(timestamptz '2024-10-26 00:00', timestamptz '2024-10-28 00:00', interval '1 day') AS v",
]);
list.add('series: joined to counts per day', [
  'CREATE TABLE ev (at timestamp)',
  "INSERT INTO ev VALUES ('2024-01-01 10:00'), ('2024-01-01 11:00'), ('2024-01-03 09:00')",
  "SELECT d::date AS day, count(ev.at) AS n FROM generate_series(timestamp '2024-01-01', timestamp '2024-01-04', interval '1 day') d LEFT JOIN ev ON ev.at >= d AND ev.at < d + interval '1 day' GROUP BY d ORDER BY d",
]);

// --- zone-dependent conversions in one session changed mid-way
list.add('session zone change changes output not value', [
  'CREATE TABLE z (at timestamptz, lt timestamp)',
  UTC,
  "INSERT INTO z VALUES ('2024-06-01 12:00', '2024-06-01 12:00')",
  "SET TIME ZONE 'Asia/Tokyo'",
  'SELECT at, lt, at::timestamp AS at_local, lt::timestamptz AS lt_zoned FROM z',
  "SET TIME ZONE 'America/Los_Angeles'",
  'SELECT at, lt, at::timestamp AS at_local, lt::timestamptz AS lt_zoned, extract(hour FROM at) AS h FROM z',
]);
list.add('date of timestamptz changes with zone', [
  "SET TIME ZONE 'Pacific/Kiritimati'",
  "SELECT (timestamptz '2024-06-01 12:00+00')::date AS a",
  "SET TIME ZONE 'Pacific/Pago_Pago'",
  "SELECT (timestamptz '2024-06-01 12:00+00')::date AS a",
]);
list.add('historic offsets with seconds (LMT)', [
  "SET TIME ZONE 'Europe/Amsterdam'",
  "SELECT timestamptz '1900-01-01 00:00+00' AS a, extract(timezone FROM timestamptz '1900-01-01 00:00+00') AS b",
]);
list.add('historic offsets in SQL style', [
  "SET TIME ZONE 'Europe/Amsterdam'",
  "SET DateStyle = 'SQL'",
  "SELECT timestamptz '1900-01-01 00:00+00' AS a",
]);
list.add('far future DST rule applies', [
  "SET TIME ZONE 'America/New_York'",
  "SELECT timestamptz '2200-07-01 12:00+00' AS a, timestamptz '2200-01-01 12:00+00' AS b",
]);
list.add('zone with seconds offset input', [
  UTC,
  "SELECT '2024-01-01 12:00:00+05:30:30'::timestamptz AS a, '2024-01-01 12:00:00-00:00:01'::timestamptz AS b",
]);
list.add('to_char TZ under POSIX zone', [
  "SET TIME ZONE 'FOO5BAR'",
  "SELECT to_char(timestamptz '2024-07-01 12:00+00', 'HH24 TZ OF') AS a, timestamptz '2024-07-01 12:00+00' AS b",
]);
list.add('timetz of now follows zone', [
  "SET TIME ZONE 'Asia/Kolkata'",
  'SELECT extract(timezone FROM current_time) AS v',
]);

// --- abbreviations a session zone's own data uses otherwise than the abbreviation set (15 reads the set)
const OWN_ABBREVIATIONS: Array<[string, string, string]> = [
  ['Asia/Kolkata', 'IST', "timestamptz '2024-01-01 12:00+00' AT TIME ZONE 'IST'"],
  ['Asia/Kolkata', 'IST', "timestamp '2024-01-01 12:00' AT TIME ZONE 'ist'"],
  ['Asia/Kolkata', 'IST', "timezone('IST', timestamptz '2024-01-01 12:00+00')"],
  ['Asia/Kolkata', 'IST', "date_trunc('day', timestamptz '2024-01-01 20:00+00', 'IST')"],
  ['Asia/Kolkata', 'IST', "make_timestamptz(2024, 1, 1, 10, 0, 0, 'IST')"],
  ['Asia/Kolkata', 'IST', "'10:00 IST'::timetz"],
  ['Asia/Kolkata', 'IST', '\'{"2024-01-01 10:00 IST"}\'::timestamptz[]'],
  ['Asia/Kolkata', 'IST', "TIMESTAMPTZ '2024-01-01 10:00 IST'"],
  ['America/Havana', 'CST', "timestamptz '2024-01-01 12:00+00' AT TIME ZONE 'CST'"],
  ['America/Havana', 'CST', "'2024-01-01 10:00 CST'::timestamptz"],
  ['Asia/Kathmandu', 'NPT', "timestamp '2024-01-01 12:00' AT TIME ZONE 'NPT'"],
  ['Europe/London', 'BST', "timestamptz '2024-07-01 12:00+00' AT TIME ZONE 'BST'"],
  ['America/Chicago', 'CST', "timestamptz '2024-01-01 12:00+00' AT TIME ZONE 'CST'"],
];
OWN_ABBREVIATIONS.forEach(([zone, abbrev, expr], i) => {
  list.add(`own abbreviation ${abbrev} under ${zone} #${i}`, [
    `SET TimeZone = '${zone}'`,
    `SELECT (${expr})::text AS v`,
  ]);
});

export default list.cases;
