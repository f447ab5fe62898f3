const ts = [
  `'2001-02-16 20:38:40.5'`,
  `'2000-01-01 00:00'`,
  `'1999-12-31 23:59:59.999'`,
  `'2024-02-29 12:00'`,
  `'0001-01-01 00:00'`,
  `'9999-12-31 23:59:59'`,
  `'2005-01-01 00:00'`,
  `'2008-12-29 00:00'`,
  `'1970-01-01 00:00'`,
  `'1969-12-31 23:59:59.001'`,
  `'2100-03-01'`,
  `'0099-06-15 06:00'`,
  `'1900-02-28'`,
  `'2024-12-30 10:00'`,
];
const units = [
  'microseconds',
  'milliseconds',
  'second',
  'minute',
  'hour',
  'day',
  'week',
  'month',
  'quarter',
  'year',
  'decade',
  'century',
  'millennium',
  'epoch',
  'dow',
  'isodow',
  'doy',
  'isoyear',
  'julian',
  'timezone',
  'MONTH',
  'mins',
  'y',
  'c',
  'dec',
  'msec',
  'us',
];
const ints = ['0', '1', '-1', '365', '-730119', '2958463', '100000'];
const out = [];
const add = (sql) => out.push({ name: `fd: ${sql}`, steps: [sql] });
for (const t of ts) {
  for (const [ty] of [['timestamp'], ['timestamptz'], ['date']]) {
    const v = `${t}::${ty}`;
    for (const u of units) {
      add(`SELECT extract(${u} from ${v}) AS v`);
      add(`SELECT date_part('${u}', ${v}) AS v`);
      add(`SELECT date_trunc('${u}', ${v}) AS v`);
    }
  }
  const d = `${t}::date`;
  for (const i of ints) {
    add(`SELECT ${d} + ${i} AS v`);
    add(`SELECT ${d} - ${i} AS v`);
  }
  for (const t2 of ts.slice(0, 5)) {
    add(`SELECT ${d} - ${t2}::date AS v`);
    add(`SELECT ${d} < ${t2}::timestamp AS v`);
    add(`SELECT ${t}::timestamp = ${t2}::timestamptz AS v`);
  }
}
export default out;
