// Round 19 probe: window frame offsets at the edges of their types (4.2.8: RANGE offset PRECEDING/FOLLOWING
// over infinite and extreme values), collations in ordered-set aggregates, and grouping over collations.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r19 aggregates frames edge: ');
const q = (name: string, sql: string, setup?: string) => list.add(name, [sql], setup);
const F = `CREATE TABLE fe (id int, f float8, n numeric, d date, ts timestamp, tz timestamptz, i int, b bigint, s smallint);
INSERT INTO fe VALUES
 (1, '-Infinity', '-Infinity', '-infinity', '-infinity', '-infinity', -2147483648, -9223372036854775808, -32768),
 (2, -1, -1, '2024-01-01', '2024-01-01', '2024-01-01 00:00+00', -1, -1, -1),
 (3, 0, 0, '2024-01-02', '2024-01-02', '2024-01-02 00:00+00', 0, 0, 0),
 (4, 1, 1, '2024-03-01', '2024-03-01', '2024-03-01 00:00+00', 1, 1, 1),
 (5, 'Infinity', 'Infinity', 'infinity', 'infinity', 'infinity', 2147483647, 9223372036854775807, 32767),
 (6, 'NaN', 'NaN', NULL, NULL, NULL, NULL, NULL, NULL);`;
const fr = (name: string, col: string, frame: string) =>
  q(
    name,
    `SELECT id, count(*) OVER (ORDER BY ${col} ${frame}) AS c, sum(id) OVER (ORDER BY ${col} ${frame}) AS s FROM fe ORDER BY id`,
    F,
  );

fr('float range 1 preceding and following', 'f', 'RANGE BETWEEN 1 PRECEDING AND 1 FOLLOWING');
fr('float range infinity preceding', 'f', "RANGE BETWEEN 'Infinity' PRECEDING AND CURRENT ROW");
fr('float range infinity following', 'f', "RANGE BETWEEN CURRENT ROW AND 'Infinity' FOLLOWING");
fr('float range desc', 'f DESC', 'RANGE BETWEEN 1 PRECEDING AND 1 FOLLOWING');
fr('float range nulls first', 'f NULLS FIRST', 'RANGE BETWEEN 0 PRECEDING AND 0 FOLLOWING');
fr('numeric range 1', 'n', 'RANGE BETWEEN 1 PRECEDING AND 1 FOLLOWING');
fr('numeric range infinity', 'n', "RANGE BETWEEN 'Infinity' PRECEDING AND 'Infinity' FOLLOWING");
fr('numeric range desc', 'n DESC', 'RANGE BETWEEN 2 PRECEDING AND CURRENT ROW');
fr('date range days', 'd', "RANGE BETWEEN '1 day' PRECEDING AND '1 day' FOLLOWING");
fr('date range months', 'd', "RANGE BETWEEN '2 months' PRECEDING AND CURRENT ROW");
fr('date range desc', 'd DESC', "RANGE BETWEEN '1 day' PRECEDING AND CURRENT ROW");
fr('timestamp range hours', 'ts', "RANGE BETWEEN '24 hours' PRECEDING AND '1 hour' FOLLOWING");
fr('timestamp range huge', 'ts', "RANGE BETWEEN '200000 years' PRECEDING AND '200000 years' FOLLOWING");
fr('timestamptz range days', 'tz', "RANGE BETWEEN '1 day' PRECEDING AND CURRENT ROW");
fr('timestamptz range huge', 'tz', "RANGE BETWEEN CURRENT ROW AND '300000 years' FOLLOWING");
fr('int range near limits', 'i', 'RANGE BETWEEN 1 PRECEDING AND 1 FOLLOWING');
fr('int range huge offset', 'i', 'RANGE BETWEEN 2147483647 PRECEDING AND 2147483647 FOLLOWING');
fr('int range bigint offset', 'i', 'RANGE BETWEEN 4294967296 PRECEDING AND CURRENT ROW');
fr('bigint range near limits', 'b', 'RANGE BETWEEN 1 PRECEDING AND 1 FOLLOWING');
fr('bigint range huge', 'b', 'RANGE BETWEEN 9223372036854775807 PRECEDING AND 9223372036854775807 FOLLOWING');
fr('smallint range', 's', 'RANGE BETWEEN 32767 PRECEDING AND 1 FOLLOWING');
fr('smallint range int offset', 's', 'RANGE BETWEEN 100000 PRECEDING AND CURRENT ROW');
fr('int desc range', 'i DESC', 'RANGE BETWEEN 1 PRECEDING AND 2147483647 FOLLOWING');
fr('bigint desc nulls last range', 'b DESC NULLS LAST', 'RANGE BETWEEN 5 PRECEDING AND 5 FOLLOWING');
fr('groups over infinities', 'f', 'GROUPS BETWEEN 1 PRECEDING AND 1 FOLLOWING');
fr('rows huge offset', 'id', 'ROWS BETWEEN 9223372036854775807 PRECEDING AND 9223372036854775807 FOLLOWING');
fr('rows int max offset', 'id', 'ROWS BETWEEN 2147483647 PRECEDING AND CURRENT ROW');
fr('groups huge offset', 'i', 'GROUPS BETWEEN 9223372036854775807 PRECEDING AND CURRENT ROW');
fr('rows offset beyond bigint is 22003', 'id', 'ROWS 9223372036854775808 PRECEDING');
fr(
  'float range negative infinity offset is 22013',
  'f',
  "RANGE BETWEEN '-Infinity' PRECEDING AND CURRENT ROW",
);
fr(
  'numeric range negative infinity offset is 22013',
  'n',
  "RANGE BETWEEN '-Infinity' PRECEDING AND CURRENT ROW",
);
fr('date range negative interval is 22013', 'd', "RANGE BETWEEN '-1 month' PRECEDING AND CURRENT ROW");
fr(
  'date range mixed sign interval is 22013',
  'd',
  "RANGE BETWEEN '1 month -40 days' PRECEDING AND CURRENT ROW",
);
fr(
  'timestamp range interval with negative day',
  'ts',
  "RANGE BETWEEN '1 month -1 day' PRECEDING AND CURRENT ROW",
);

// ---------------------------------------------------------------- collations in aggregates
const C = `CREATE TABLE words (w text); INSERT INTO words VALUES ('b'), ('B'), ('a'), ('A'), ('é'), ('e'), ('_x'), ('10'), ('9');`;
q('string_agg ordered default collation', `SELECT string_agg(w, ',' ORDER BY w) AS s FROM words`, C);
q('string_agg ordered C collation', `SELECT string_agg(w, ',' ORDER BY w COLLATE "C") AS s FROM words`, C);
q('array_agg ordered desc', `SELECT array_agg(w ORDER BY w DESC) AS s FROM words`, C);
q('min max default collation', `SELECT min(w) AS mn, max(w) AS mx FROM words`, C);
q('min max C collation', `SELECT min(w COLLATE "C") AS mn, max(w COLLATE "C") AS mx FROM words`, C);
q('mode with collation ties', `SELECT mode() WITHIN GROUP (ORDER BY w) AS m FROM words`, C);
q(
  'percentile_disc text default collation',
  `SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY w) AS m FROM words`,
  C,
);
q(
  'percentile_disc text C collation',
  `SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY w COLLATE "C") AS m FROM words`,
  C,
);
q(
  'rank hypothetical text',
  `SELECT rank('b') WITHIN GROUP (ORDER BY w) AS r, rank('b' COLLATE "C") WITHIN GROUP (ORDER BY w) AS rc FROM words`,
  C,
);
q('rank window over text', `SELECT w, rank() OVER (ORDER BY w) AS r FROM words ORDER BY w`, C);
q('group by lower collation', `SELECT lower(w) AS k, count(*) AS n FROM words GROUP BY 1 ORDER BY 1`, C);
q('group by upper C', `SELECT upper(w) COLLATE "C" AS k, count(*) AS n FROM words GROUP BY 1 ORDER BY 1`, C);
q('distinct count collation', `SELECT count(DISTINCT w) AS n, count(DISTINCT lower(w)) AS l FROM words`, C);
q(
  'conflicting collations in aggregate ORDER BY is 42P21',
  `SELECT string_agg(w, ',' ORDER BY w COLLATE "C", w COLLATE "POSIX") AS s FROM words`,
  C,
);
q('collation mismatch in min is 42P21', `SELECT min(w COLLATE "C" || w COLLATE "POSIX") AS s FROM words`, C);

export default list.cases;
