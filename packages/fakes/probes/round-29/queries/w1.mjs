const S = `CREATE TABLE e(depname text, empno int, salary int, enroll date, bonus numeric(6,2), ok bool);
INSERT INTO e VALUES ('develop',11,5200,'2007-08-01',10.5,true),('develop',7,4200,'2008-01-01',null,false),('develop',9,4500,'2008-01-01',3,true),
('develop',8,6000,'2006-10-01',1,null),('develop',10,5200,'2007-08-01',2.25,true),('personnel',5,3500,'2007-12-10',0,true),('personnel',2,3900,'2006-12-23',7,false),
('sales',3,4800,'2007-08-01',null,true),('sales',1,5000,'2006-10-01',4,true),('sales',4,4800,'2007-08-08',5,false);`;
const c = (name, ...steps) => ({ name, setup: S, steps });
export default [
  c(
    'doc avg partition',
    'SELECT depname, empno, salary, avg(salary) OVER (PARTITION BY depname) FROM e ORDER BY depname, empno',
  ),
  c(
    'doc rank',
    'SELECT depname, empno, salary, rank() OVER (PARTITION BY depname ORDER BY salary DESC) FROM e ORDER BY depname, rank, empno',
  ),
  c('sum over empty', 'SELECT salary, sum(salary) OVER () FROM e ORDER BY empno'),
  c(
    'sum over order running',
    'SELECT empno, salary, sum(salary) OVER (ORDER BY salary) FROM e ORDER BY salary, empno',
  ),
  c(
    'rows running',
    'SELECT empno, sum(salary) OVER (ORDER BY empno ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) FROM e ORDER BY empno',
  ),
  c(
    'rows 1 preceding 1 following',
    'SELECT empno, avg(salary) OVER (ORDER BY empno ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) FROM e ORDER BY empno',
  ),
  c(
    'range offset int',
    'SELECT empno, salary, count(*) OVER (ORDER BY salary RANGE BETWEEN 300 PRECEDING AND 300 FOLLOWING) FROM e ORDER BY salary, empno',
  ),
  c(
    'groups offset',
    'SELECT empno, salary, sum(salary) OVER (ORDER BY salary GROUPS BETWEEN 1 PRECEDING AND CURRENT ROW) FROM e ORDER BY salary, empno',
  ),
  c(
    'exclude current row',
    'SELECT empno, sum(salary) OVER (ORDER BY salary ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING EXCLUDE CURRENT ROW) FROM e ORDER BY empno',
  ),
  c(
    'exclude group',
    'SELECT empno, salary, count(*) OVER (ORDER BY salary RANGE BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING EXCLUDE GROUP) FROM e ORDER BY empno',
  ),
  c(
    'exclude ties',
    'SELECT empno, salary, array_agg(empno) OVER (ORDER BY salary, enroll ROWS BETWEEN 2 PRECEDING AND 2 FOLLOWING EXCLUDE TIES) FROM e ORDER BY empno',
  ),
  c('row_number', 'SELECT empno, row_number() OVER (ORDER BY salary DESC, empno) FROM e ORDER BY 2'),
  c('dense_rank', 'SELECT empno, dense_rank() OVER (ORDER BY salary DESC) FROM e ORDER BY 2, 1'),
  c(
    'percent_rank cume_dist',
    'SELECT empno, percent_rank() OVER w, cume_dist() OVER w FROM e WINDOW w AS (ORDER BY salary) ORDER BY salary, empno',
  ),
  c('ntile 3', 'SELECT empno, ntile(3) OVER (ORDER BY empno) FROM e ORDER BY empno'),
  c(
    'ntile 4 partition',
    'SELECT empno, ntile(4) OVER (PARTITION BY depname ORDER BY empno) FROM e ORDER BY empno',
  ),
  c(
    'lag lead',
    'SELECT empno, lag(salary) OVER w, lead(salary, 2) OVER w, lag(salary, 1, 0) OVER w FROM e WINDOW w AS (ORDER BY empno) ORDER BY empno',
  ),
  c('lag default type', 'SELECT empno, lag(bonus, 1, 0) OVER (ORDER BY empno) FROM e ORDER BY empno'),
  c('lag default text', "SELECT empno, lag(depname, 1, 'none') OVER (ORDER BY empno) FROM e ORDER BY empno"),
  c('lag null offset', 'SELECT empno, lag(salary, NULL) OVER (ORDER BY empno) FROM e ORDER BY empno'),
  c('lag offset param', {
    sql: 'SELECT empno, lead(salary, $1) OVER (ORDER BY empno) FROM e ORDER BY empno',
    params: [3],
  }),
  c(
    'first last default frame',
    'SELECT empno, first_value(empno) OVER w, last_value(empno) OVER w FROM e WINDOW w AS (ORDER BY salary) ORDER BY empno',
  ),
  c('nth_value', 'SELECT empno, nth_value(empno, 2) OVER (ORDER BY empno) FROM e ORDER BY empno'),
  c(
    'nth_value full frame',
    'SELECT empno, nth_value(salary, 3) OVER (ORDER BY empno ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) FROM e ORDER BY empno',
  ),
  c('nth_value 0', 'SELECT nth_value(salary, 0) OVER () FROM e'),
  c(
    'named window',
    'SELECT sum(salary) OVER w, avg(salary) OVER w FROM e WINDOW w AS (PARTITION BY depname ORDER BY salary DESC) ORDER BY depname, salary DESC, empno',
  ),
  c(
    'named window extend',
    'SELECT empno, sum(salary) OVER (w ORDER BY empno) FROM e WINDOW w AS (PARTITION BY depname) ORDER BY empno',
  ),
  c(
    'filter window agg',
    'SELECT empno, count(*) FILTER (WHERE ok) OVER (ORDER BY empno) FROM e ORDER BY empno',
  ),
  c(
    'filter window sum',
    'SELECT empno, sum(salary) FILTER (WHERE salary > 4500) OVER (PARTITION BY depname) FROM e ORDER BY empno',
  ),
  c(
    'window over group by',
    'SELECT depname, sum(salary), rank() OVER (ORDER BY sum(salary) DESC) FROM e GROUP BY depname ORDER BY 3',
  ),
  c(
    'window share',
    'SELECT depname, sum(salary) * 100.0 / sum(sum(salary)) OVER () AS pct FROM e GROUP BY depname ORDER BY 1',
  ),
  c('window in where', 'SELECT empno FROM e WHERE row_number() OVER () > 1'),
  c('window in group by', 'SELECT 1 FROM e GROUP BY row_number() OVER ()'),
  c('nested window', 'SELECT sum(row_number() OVER ()) OVER () FROM e'),
  c('distinct window agg', 'SELECT count(DISTINCT salary) OVER () FROM e'),
  c(
    'window order distinct',
    'SELECT DISTINCT depname, count(*) OVER (PARTITION BY depname) FROM e ORDER BY 1',
  ),
  c(
    'range date interval',
    "SELECT empno, count(*) OVER (ORDER BY enroll RANGE BETWEEN '1 year' PRECEDING AND CURRENT ROW) FROM e ORDER BY empno",
  ),
  c(
    'range numeric offset',
    'SELECT empno, sum(bonus) OVER (ORDER BY bonus RANGE BETWEEN 2 PRECEDING AND 2 FOLLOWING) FROM e ORDER BY empno',
  ),
  c(
    'range offset multi order',
    'SELECT sum(salary) OVER (ORDER BY salary, empno RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) FROM e',
  ),
  c(
    'rows negative',
    'SELECT sum(salary) OVER (ORDER BY empno ROWS BETWEEN -1 PRECEDING AND CURRENT ROW) FROM e',
  ),
  c(
    'frame start following error',
    'SELECT sum(salary) OVER (ORDER BY empno ROWS BETWEEN CURRENT ROW AND 1 PRECEDING) FROM e',
  ),
  c(
    'frame unbounded following start',
    'SELECT sum(salary) OVER (ORDER BY empno ROWS UNBOUNDED FOLLOWING) FROM e',
  ),
  c(
    'rows shorthand',
    'SELECT empno, sum(salary) OVER (ORDER BY empno ROWS 2 PRECEDING) FROM e ORDER BY empno',
  ),
  c('bool_and window', 'SELECT empno, bool_and(ok) OVER (ORDER BY empno) FROM e ORDER BY empno'),
  c(
    'string_agg window',
    "SELECT empno, string_agg(depname, ',') OVER (ORDER BY empno ROWS 1 PRECEDING) FROM e ORDER BY empno",
  ),
  c(
    'window order nulls',
    'SELECT empno, bonus, rank() OVER (ORDER BY bonus NULLS FIRST) FROM e ORDER BY empno',
  ),
  c(
    'window order desc nulls',
    'SELECT empno, bonus, row_number() OVER (ORDER BY bonus DESC, empno) FROM e ORDER BY empno',
  ),
  c('window ntile null', 'SELECT ntile(NULL) OVER () FROM e LIMIT 1'),
  c('window ntile param', {
    sql: 'SELECT empno, ntile($1) OVER (ORDER BY empno) FROM e ORDER BY empno',
    params: [4],
  }),
  c('window paging total', {
    sql: 'SELECT empno, count(*) OVER () AS total FROM e ORDER BY empno LIMIT $1 OFFSET $2',
    params: [3, 8],
  }),
  c(
    'window types',
    'SELECT pg_typeof(row_number() OVER ()), pg_typeof(rank() OVER ()), pg_typeof(percent_rank() OVER ()), pg_typeof(ntile(2) OVER ()), pg_typeof(sum(salary) OVER ()), pg_typeof(avg(salary) OVER ()), pg_typeof(count(*) OVER ()) FROM e LIMIT 1',
  ),
  c('window undefined name', 'SELECT sum(salary) OVER nope FROM e'),
  c('window dup name', 'SELECT 1 FROM e WINDOW w AS (), w AS ()'),
  c(
    'window avg int scale',
    'SELECT empno, avg(salary) OVER (ORDER BY empno ROWS 2 PRECEDING) FROM e ORDER BY empno',
  ),
  c(
    'window min max',
    'SELECT empno, min(enroll) OVER w, max(enroll) OVER w FROM e WINDOW w AS (PARTITION BY depname) ORDER BY empno',
  ),
  c('window first_value ignore', 'SELECT first_value(bonus) OVER (ORDER BY empno) FROM e ORDER BY empno'),
  c('window lead default type error', "SELECT lead(salary, 1, 'x') OVER () FROM e"),
  c(
    'window lag default numeric mix',
    'SELECT lag(salary, 1, 1.5) OVER (ORDER BY empno) FROM e ORDER BY empno',
  ),
  c(
    'window range current row only',
    'SELECT empno, salary, sum(salary) OVER (ORDER BY salary RANGE CURRENT ROW) FROM e ORDER BY empno',
  ),
  c('window groups no order', 'SELECT sum(salary) OVER (GROUPS 1 PRECEDING) FROM e'),
  c(
    'window partition expr',
    'SELECT empno, row_number() OVER (PARTITION BY salary > 4800 ORDER BY empno) FROM e ORDER BY empno',
  ),
  c(
    'running count distinct pattern',
    'SELECT enroll, count(*) OVER (ORDER BY enroll) FROM e ORDER BY enroll, empno',
  ),
];
