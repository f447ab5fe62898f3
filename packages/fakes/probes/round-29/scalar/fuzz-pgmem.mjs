// Deterministic pseudo-random expressions over what pg-mem answers.
let seed = Number(process.env.FUZZ_SEED ?? 7);
const rnd = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const pick = (a) => a[Math.floor(rnd() * a.length)];
const ints = [
  ...(process.env.FUZZ_COLS ? ['a', 'b', 's'] : []),
  '0',
  '1',
  '-1',
  '2',
  '-7',
  '3',
  '10',
  '100',
  '32767',
  '-32768',
  '2147483647',
  '(-2147483648)',
  'NULL::int',
  '5::int2',
  '(-3)::int2',
  '7::int8',
  '1000000::int8',
];
const texts = [
  ...(process.env.FUZZ_COLS ? ['x', 'y', 'v'] : []),
  "''",
  "'a'",
  "'abc'",
  "'Hello World'",
  "'日本語'",
  "'a,b,,c'",
  "'  pad  '",
  'NULL::text',
  "'x%y'",
  "'A_b'",
  "'éà'",
  "'ab'::varchar(5)",
  "'😀x'",
];
const nums = [
  ...(process.env.FUZZ_COLS ? ['n'] : []),
  '1.5',
  '-2.25',
  '0.1',
  '10.00',
  '(-0.5)',
  '3.14159',
  'NULL::numeric',
  '2.5::numeric(4,1)',
];
function int(d) {
  if (d <= 0) return pick(ints);
  switch (Math.floor(rnd() * 12)) {
    case 0:
      return `(${int(d - 1)} ${pick(['+', '-', '*', '/', '%'])} ${int(d - 1)})`;
    case 1:
      return `abs(${int(d - 1)})`;
    case 2:
      return `coalesce(${int(d - 1)}, ${int(d - 1)})`;
    case 3:
      return `nullif(${int(d - 1)}, ${int(d - 1)})`;
    case 4:
      return `${pick(['greatest', 'least'])}(${int(d - 1)}, ${int(d - 1)})`;
    case 5:
      return `CASE WHEN ${bool(d - 1)} THEN ${int(d - 1)} ELSE ${int(d - 1)} END`;
    case 6:
      return `length(${text(d - 1)})`;
    case 7:
      return `strpos(${text(d - 1)}, ${text(d - 1)})`;
    case 8:
      return `octet_length(${text(d - 1)})`;
    case 9:
      return `(-${int(d - 1)})`;
    case 10:
      return `char_length(${text(d - 1)})`;
    default:
      return pick(ints);
  }
}
function text(d) {
  if (d <= 0) return pick(texts);
  switch (Math.floor(rnd() * 16)) {
    case 0:
      return `(${text(d - 1)} || ${text(d - 1)})`;
    case 1:
      return `${pick(['left', 'right', 'repeat'])}(${text(d - 1)}, ${int(d - 1)})`;
    case 2:
      return `${pick(['lpad', 'rpad'])}(${text(d - 1)}, ${int(d - 1)}, ${text(d - 1)})`;
    case 3:
      return `${pick(['upper', 'lower', 'reverse', 'btrim', 'ltrim', 'rtrim', 'md5', 'initcap'])}(${text(d - 1)})`;
    case 4:
      return `replace(${text(d - 1)}, ${text(d - 1)}, ${text(d - 1)})`;
    case 5:
      return `split_part(${text(d - 1)}, ${text(d - 1)}, ${int(d - 1)})`;
    case 6:
      return `substr(${text(d - 1)}, ${int(d - 1)}, ${int(d - 1)})`;
    case 7:
      return `substring(${text(d - 1)}, ${int(d - 1)})`;
    case 8:
      return `concat(${text(d - 1)}, ${int(d - 1)}, ${text(d - 1)})`;
    case 9:
      return `concat_ws(${text(d - 1)}, ${text(d - 1)}, ${text(d - 1)})`;
    case 10:
      return `coalesce(${text(d - 1)}, ${text(d - 1)})`;
    case 11:
      return `nullif(${text(d - 1)}, ${text(d - 1)})`;
    case 12:
      return `CASE WHEN ${bool(d - 1)} THEN ${text(d - 1)} ELSE ${text(d - 1)} END`;
    case 13:
      return `${pick(['greatest', 'least'])}(${text(d - 1)}, ${text(d - 1)})`;
    case 14:
      return `${pick(['ltrim', 'rtrim', 'btrim'])}(${text(d - 1)}, ${text(d - 1)})`;
    default:
      return `(${text(d - 1)} || ${int(d - 1)})`;
  }
}
function num(d) {
  if (d <= 0) return pick(nums);
  switch (Math.floor(rnd() * 5)) {
    case 0:
      return `round(${num(d - 1)}, ${pick(['0', '1', '2'])})`;
    case 1:
      return `round(${num(d - 1)})`;
    case 2:
      return `abs(${num(d - 1)})`;
    case 3:
      return `(${num(d - 1)} ${pick(['+', '-'])} ${num(d - 1)})`;
    default:
      return `coalesce(${num(d - 1)}, ${num(d - 1)})`;
  }
}
function bool(d) {
  if (d <= 0) return pick(['true', 'false', 'NULL::bool']);
  switch (Math.floor(rnd() * 9)) {
    case 0:
      return `(${int(d - 1)} ${pick(['=', '<', '>', '<=', '>=', '<>'])} ${int(d - 1)})`;
    case 1:
      return `(${text(d - 1)} ${pick(['=', '<', '>', '<>'])} ${text(d - 1)})`;
    case 2:
      return `(${text(d - 1)} ${pick(['LIKE', 'ILIKE', 'NOT LIKE', 'NOT ILIKE'])} ${text(d - 1)})`;
    case 3:
      return `(${bool(d - 1)} ${pick(['AND', 'OR'])} ${bool(d - 1)})`;
    case 4:
      return `(NOT ${bool(d - 1)})`;
    case 5:
      return `(${int(d - 1)} IS ${pick(['', 'NOT '])}DISTINCT FROM ${int(d - 1)})`;
    case 6:
      return `(${int(d - 1)} ${pick(['', 'NOT '])}BETWEEN ${int(d - 1)} AND ${int(d - 1)})`;
    case 7:
      return `starts_with(${text(d - 1)}, ${text(d - 1)})`;
    default:
      return `(${int(d - 1)} IN (${int(d - 1)}, ${int(d - 1)}))`;
  }
}
const TABLE =
  "CREATE TABLE t(id int PRIMARY KEY, a int, b int, s int2, x text, y text, v varchar(8), n numeric(6,2)); INSERT INTO t VALUES (1, 0, 5, 1, 'abc', 'a,b', 'Q', 1.25), (2, NULL, -3, NULL, NULL, '', NULL, NULL), (3, 2147483647, 0, 32767, '日本語', 'x%_', 'zz', -0.50), (4, -7, 2, -1, '', NULL, '', 0)";
const n = Number(process.env.FUZZ_N ?? 300);
const cases = [];
const seen = new Set();
for (let k = 0; cases.length < n && k < n * 5; k += 1) {
  const kind = pick(['i', 't', 't', 'n', 'b']);
  const depth = 1 + Math.floor(rnd() * 3);
  const e = kind === 'i' ? int(depth) : kind === 't' ? text(depth) : kind === 'n' ? num(depth) : bool(depth);
  if (seen.has(e)) continue;
  seen.add(e);
  if (process.env.FUZZ_COLS) {
    const where = rnd() < 0.4 ? ` WHERE ${bool(1 + Math.floor(rnd() * 2))}` : '';
    cases.push({
      name: `fuzzc ${cases.length}: ${e}${where}`,
      setup: TABLE,
      steps: [`SELECT id, ${e} AS r FROM t${where} ORDER BY id`],
    });
  } else cases.push({ name: `fuzz ${cases.length}: ${e}`, steps: [`SELECT ${e} AS r`] });
}
export default cases;
