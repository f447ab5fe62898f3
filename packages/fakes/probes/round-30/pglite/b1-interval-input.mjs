// Round 30: interval input as the grammar allows it (16 made it stricter, 17 added infinity), drawn
// from a seeded generator, read back in each IntervalStyle, as a literal and as a parameter.
import { seeded } from './rng.mjs';

const r = seeded(3001);
const units = [
  'microsecond',
  'microseconds',
  'us',
  'usec',
  'usecs',
  'millisecond',
  'ms',
  'msec',
  'msecs',
  'second',
  'seconds',
  's',
  'sec',
  'secs',
  'minute',
  'minutes',
  'm',
  'min',
  'mins',
  'hour',
  'hours',
  'h',
  'hr',
  'hrs',
  'day',
  'days',
  'd',
  'week',
  'weeks',
  'w',
  'month',
  'months',
  'mon',
  'mons',
  'year',
  'years',
  'y',
  'yr',
  'yrs',
  'decade',
  'decades',
  'dec',
  'century',
  'centuries',
  'c',
  'millennium',
  'millennia',
  'mil',
  'mils',
  'DAY',
  'Hours',
  '@',
];
const num = () =>
  r.pick([
    '0',
    '1',
    '2',
    '-1',
    '+3',
    '1.5',
    '-0.5',
    '.5',
    '10',
    '999999',
    '2147483647',
    '-2147483648',
    '0.000001',
    '1e2',
    '1.',
    '007',
    '1_000',
    '12.345678',
  ]);
const piece = () => {
  switch (r.int(0, 9)) {
    case 0:
      return `${num()} ${r.pick(units)}`;
    case 1:
      return `${num()}${r.pick(units)}`;
    case 2:
      return `${r.int(0, 99)}:${String(r.int(0, 99)).padStart(2, '0')}`;
    case 3:
      return `${r.pick(['', '-', '+'])}${r.int(0, 30)}:${String(r.int(0, 59)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}${r.pick(['', '.5', '.123456', '.1234567'])}`;
    case 4:
      return `${r.pick(['', '-', '+'])}${r.int(0, 20)}-${r.int(0, 13)}`;
    case 5:
      return r.pick([
        'ago',
        'ago',
        '@',
        'infinity',
        '-infinity',
        '+infinity',
        'now',
        'epoch',
        'T',
        'P',
        ',',
        '1',
        '-1',
      ]);
    case 6:
      return `${num()} ${r.pick(units)} ${r.pick(units)}`;
    default:
      return `${num()} ${r.pick(units)}`;
  }
};
const iso = () => {
  const part = (letters) =>
    letters
      .filter(() => r.next() < 0.5)
      .map((l) => `${r.pick(['1', '2', '0.5', '-1', '1.25', '10', '1,5'])}${l}`)
      .join('');
  return r.pick([
    () => `P${part(['Y', 'M', 'W', 'D'])}T${part(['H', 'M', 'S'])}`,
    () => `P${part(['Y', 'M', 'D'])}`,
    () => `PT${part(['H', 'M', 'S'])}`,
    () =>
      `P${String(r.int(0, 9999)).padStart(4, '0')}-${String(r.int(0, 13)).padStart(2, '0')}-${String(r.int(0, 40)).padStart(2, '0')}T${String(r.int(0, 25)).padStart(2, '0')}:${String(r.int(0, 60)).padStart(2, '0')}:${String(r.int(0, 60)).padStart(2, '0')}`,
    () => `P${r.int(0, 9)}Y${r.int(0, 9)}W`,
    () => `P${r.int(0, 9)}DT`,
    () => `P-${r.int(1, 9)}D`,
  ])();
};
const styles = ['postgres', 'postgres_verbose', 'sql_standard', 'iso_8601'];
const typmods = [
  '',
  ' YEAR',
  ' MONTH',
  ' DAY',
  ' HOUR',
  ' MINUTE',
  ' SECOND',
  ' YEAR TO MONTH',
  ' DAY TO HOUR',
  ' DAY TO MINUTE',
  ' DAY TO SECOND',
  ' HOUR TO MINUTE',
  ' HOUR TO SECOND',
  ' MINUTE TO SECOND',
  ' SECOND(0)',
  ' DAY TO SECOND(3)',
  '(2)',
];
const cases = [];
const seen = new Set();
while (cases.length < 1400) {
  const text = r.next() < 0.25 ? iso() : Array.from({ length: r.int(1, 4) }, piece).join(' ');
  if (seen.has(text)) continue;
  seen.add(text);
  const style = r.pick(styles);
  const typmod = r.next() < 0.3 ? r.pick(typmods) : '';
  const lit = text.replaceAll("'", "''");
  const steps = [`SET IntervalStyle = ${style}`, `SELECT '${lit}'::interval${typmod} AS v`];
  if (cases.length % 3 === 0)
    steps.push({
      sql: `SELECT $1::interval${typmod} AS v, extract(epoch from $1::interval${typmod}) AS e`,
      params: [text],
    });
  if (cases.length % 5 === 0)
    steps.push(
      `SELECT justify_interval('${lit}'::interval) AS v, '${lit}'::interval * 1.5 AS w, to_char('${lit}'::interval, 'YYYY MM DD HH24 MI SS.US') AS t`,
    );
  cases.push({ name: `interval input ${cases.length} ${style}${typmod}: ${text}`, steps });
}
export default cases;
