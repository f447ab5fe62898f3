// Round 30: date/time input with words beside the fields (16 tightened DecodeDateTime's checks:
// unit words, Julian days, ISO 'T' forms), drawn from a seeded generator, as literals and parameters.
import { seeded } from './rng.mjs';

const r = seeded(3003);
const dates = [
  '2024-01-15',
  '1999-12-31',
  'Jan 15 2024',
  '15 January 2024',
  '2024.01.15',
  '20240115',
  '01/15/2024',
  '15/01/2024',
  '2024-001',
  'J2460325',
  'j2460325',
  '2024-W03-1',
  '2024-1-5',
  '99-01-15',
  '2024-02-30',
  '1 BC',
  '2024 AD',
];
const times = [
  '10:30',
  '10:30:15',
  '10:30:15.123456',
  '10:30:15.1234567',
  '103015',
  '10:30 pm',
  '10:30 am',
  '10 pm',
  '24:00',
  '23:59:60',
  'T10:30',
  'T103015',
  'allballs',
  '10:30:15+05',
  '10:30 Z',
  '10:30 UTC',
  '10:30 zulu',
  '10:30 +05:30',
  '10:30 -0800',
  '10:30 GMT+2',
  '10:30 America/New_York',
  '10:30 EST',
  '10:30 PST8PDT',
];
const words = [
  'day',
  'days',
  'hour',
  'h',
  'm',
  'min',
  'y',
  'year',
  'mon',
  'month',
  's',
  'sec',
  'd',
  'us',
  'ms',
  'week',
  'at',
  'on',
  'T',
  'z',
  'ago',
  'Monday',
  'mon',
  'tue',
  'Jan',
  'dec',
  'am',
  'pm',
  'ad',
  'bc',
  'J',
  'allballs',
  'today',
  'now',
  'tomorrow',
  'epoch',
  'infinity',
  'current',
  'y2024',
  'm02',
  'd29',
  'h10',
  'mm30',
  'p',
  'isodow',
  'julian',
];
const types = ['date', 'timestamp', 'timestamptz', 'time', 'timetz'];
const cases = [];
const seen = new Set();
while (cases.length < 1100) {
  const parts = [];
  if (r.next() < 0.85) parts.push(r.pick(dates));
  if (r.next() < 0.7) parts.push(r.pick(times));
  const n = r.int(1, 2);
  for (let i = 0; i < n; i++) parts.splice(r.int(0, parts.length), 0, r.pick(words));
  const text = parts.join(r.next() < 0.1 ? '  ' : ' ');
  const type = r.pick(types);
  const key = `${type}|${text}`;
  if (seen.has(key) || /\b(?:today|now|tomorrow|current)\b/i.test(text)) continue;
  seen.add(key);
  const steps = [`SELECT '${text}'::${type} AS v`];
  if (cases.length % 3 === 0) steps.push({ sql: `SELECT $1::${type} AS v`, params: [text] });
  cases.push({ name: `datetime ${cases.length} ${type}: ${text}`, setup: "SET TimeZone = 'UTC'", steps });
}
export default cases;
