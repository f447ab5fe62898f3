const ivs = [
  `'1 day'`,
  `'1 mon'`,
  `'-1 mon 1 day'`,
  `'1 year 2 mons 3 days 04:05:06.789'`,
  `'35 days'`,
  `'27 hours'`,
  `'-27 hours 30 minutes'`,
  `'0.5 mon'`,
  `'1.5 years'`,
  `'00:00:00.000001'`,
  `'178000000 years'`,
  `'-2147483648 days'`,
  `'2147483647 mons'`,
  `'1 mon -1 hour'`,
];
const nums = ['2', '0.5', '1.5', '-1', '1e-6', '3.3333', '1e10', '0'];
const steps = [];
for (const a of ivs) {
  const i = `interval ${a}`;
  for (const f of [
    'justify_days(%)',
    'justify_hours(%)',
    'justify_interval(%)',
    '-(%)',
    'extract(epoch from %)',
    'extract(day from %)',
    'extract(month from %)',
    "date_trunc('day', %)",
    "date_trunc('month', %)",
    '(%)::text',
    "to_char(%, 'HH24:MI:SS')",
    "timestamp '2001-01-31' + %",
    "date '2001-01-31' - %",
    "timestamptz '2001-01-31 00:00+00' + %",
    "time '10:00' + %",
    '% + % ',
    "% - interval '1 day'",
    "% > interval '30 days'",
    "% = interval '30 days'",
    'isfinite(%)',
  ])
    steps.push(`SELECT ${f.replaceAll('%', i)} AS v`);
  for (const n of nums) {
    steps.push(`SELECT (${i} * ${n})::text AS v`);
    steps.push(`SELECT (${i} / ${n})::text AS v`);
  }
}
for (const [x, y] of [
  [`'2001-04-10'`, `'1957-06-13'`],
  [`'2001-03-31'`, `'2001-02-28'`],
  [`'2024-02-29'`, `'2023-02-28'`],
  [`'2001-01-01 10:00'`, `'2001-01-01 12:00'`],
  [`'2000-01-31'`, `'2000-03-01'`],
]) {
  steps.push(`SELECT age(timestamp ${x}, timestamp ${y})::text AS v`);
  steps.push(`SELECT (timestamp ${x} - timestamp ${y})::text AS v`);
  steps.push(`SELECT age(timestamptz ${x}, timestamptz ${y})::text AS v`);
}
for (const s of [
  `'15 minutes'`,
  `'1 hour'`,
  `'1 day'`,
  `'7 days'`,
  `'90 seconds'`,
  `'1 month'`,
  `'-1 hour'`,
  `'0.5 seconds'`,
])
  for (const o of [`'2001-01-01'`, `'2020-02-11 15:44:17'`, `'1999-12-31 23:59:59.5'`])
    steps.push(`SELECT date_bin(${s}, timestamp '2020-02-11 15:44:17.71393', timestamp ${o}) AS v`);
const out = [];
for (let i = 0; i < steps.length; i += 60) out.push({ name: `fi ${i}`, steps: steps.slice(i, i + 60) });
export default out;
