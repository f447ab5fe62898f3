// Round 18 repository reads, part 1: finds by id, filters (IS DISTINCT FROM, IN and ANY over arrays,
// LIKE/ILIKE with escapes, several-column search), date ranges with timestamptz parameters and
// intervals, offset and keyset pagination, ORDER BY with NULLS FIRST/LAST and collations, DISTINCT ON,
// as repositories and query builders send them to PostgreSQL 15 (docs chapter 7, 9.7, 9.9).
import { ProbeCases } from '../probe-kit.js';
import { SHOP } from './repo-reads-schema.js';

const list = new ProbeCases('r18 repo reads: ');
const q = (name: string, sql: string, setup = SHOP) => list.add(name, [sql], setup);
const p = (name: string, sql: string, params: readonly unknown[], setup = SHOP) =>
  list.params(name, sql, params, setup);

// ---------------------------------------------------------------- find by id
p('find by id with an int parameter', 'SELECT * FROM users WHERE id = $1', [1]);
p('find by id with a string parameter', 'SELECT id, email FROM users WHERE id = $1', ['2']);
p('find by id that does not exist returns no rows', 'SELECT * FROM users WHERE id = $1', [999]);
p('find by id with a non-numeric string fails with 22P02', 'SELECT * FROM users WHERE id = $1', ['abc']);
p('find by id with a fractional string fails with 22P02', 'SELECT * FROM users WHERE id = $1', ['1.5']);
p('find by id with a fractional number fails with 22P02', 'SELECT * FROM users WHERE id = $1', [1.5]);
p('find by id with an out of range value fails with 22003', 'SELECT * FROM users WHERE id = $1', [
  '3000000000',
]);
p('find by id with a null parameter returns no rows', 'SELECT * FROM users WHERE id = $1', [null]);
p('find by id with an empty string fails with 22P02', 'SELECT * FROM users WHERE id = $1', ['']);
p('find by id with padding spaces is accepted', 'SELECT id FROM users WHERE id = $1', [' 3 ']);
p('find by email is case sensitive', 'SELECT id FROM users WHERE email = $1', ['ALICE@example.com']);
p('find by lower(email) is case insensitive', 'SELECT id FROM users WHERE lower(email) = lower($1)', [
  'ALICE@example.com',
]);
p('find by id with LIMIT 1 as a parameter', 'SELECT id, name FROM users WHERE id = $1 LIMIT $2', [2, 1]);
p('find by two keys', 'SELECT id FROM users WHERE id = $1 AND email = $2', [1, 'alice@example.com']);
p('find by id with an explicit int cast of the parameter', 'SELECT id FROM users WHERE id = $1::int', ['4']);
p(
  'find by id with a bigint cast compares across int widths',
  'SELECT id FROM users WHERE id = $1::bigint',
  [4],
);
p('find by id with a numeric cast compares int and numeric', 'SELECT id FROM users WHERE id = $1::numeric', [
  '4.0',
]);
p(
  'find by id with a text cast compared to int fails with 42883',
  'SELECT id FROM users WHERE id = $1::text',
  ['4'],
);
p('find with a bigint column compared to a big string', 'SELECT id FROM users WHERE big = $1', [
  '9007199254740991',
]);
p('find with a numeric column compared to a decimal string', 'SELECT id FROM users WHERE balance = $1', [
  '120.5',
]);
p('find with a numeric column compared to a number', 'SELECT id FROM users WHERE balance = $1', [99.99]);
p('find with a boolean parameter as a string', 'SELECT id FROM posts WHERE published = $1 ORDER BY id', [
  'f',
]);
p('find with a boolean parameter as true', 'SELECT id FROM posts WHERE published = $1 ORDER BY id', [true]);
p('find with a boolean parameter as yes', 'SELECT count(*) FROM posts WHERE published = $1', ['yes']);
p('find with a bad boolean parameter fails with 22P02', 'SELECT id FROM posts WHERE published = $1', [
  'maybe',
]);
p(
  'soft-deleted rows excluded by deleted_at IS NULL',
  'SELECT id FROM users WHERE deleted_at IS NULL AND role = $1 ORDER BY id',
  ['user'],
);

// ---------------------------------------------------------------- IS [NOT] DISTINCT FROM and NULL filters
p(
  'IS NOT DISTINCT FROM a null parameter finds null rows',
  'SELECT id FROM users WHERE name IS NOT DISTINCT FROM $1',
  [null],
);
p(
  'IS NOT DISTINCT FROM a value finds equal rows',
  'SELECT id FROM users WHERE name IS NOT DISTINCT FROM $1',
  ['Bob'],
);
p(
  'IS DISTINCT FROM a value keeps null rows',
  'SELECT id FROM users WHERE name IS DISTINCT FROM $1 ORDER BY id',
  ['Bob'],
);
p(
  'IS DISTINCT FROM null keeps non-null rows',
  'SELECT id FROM users WHERE score IS DISTINCT FROM $1 ORDER BY id',
  [null],
);
p('equality with a null parameter matches nothing', 'SELECT count(*) FROM users WHERE name = $1', [null]);
p('inequality keeps no null rows', 'SELECT id FROM users WHERE name <> $1 ORDER BY id', ['Bob']);
p(
  'an optional filter ($1 IS NULL OR col = $1) with null',
  'SELECT id FROM users WHERE ($1::text IS NULL OR role = $1) ORDER BY id',
  [null],
);
p(
  'an optional filter ($1 IS NULL OR col = $1) with a value',
  'SELECT id FROM users WHERE ($1::text IS NULL OR role = $1) ORDER BY id',
  ['admin'],
);
p(
  'an untyped optional filter $1 IS NULL OR col = $1 infers text from the column',
  'SELECT id FROM users WHERE ($1 IS NULL OR role = $1) ORDER BY id',
  ['admin'],
);
p(
  'coalesce of a parameter and the column as an optional filter',
  'SELECT id FROM users WHERE role = coalesce($1, role) ORDER BY id',
  [null],
);
p(
  'IS NULL on an int parameter compared to a score',
  'SELECT id FROM users WHERE $1::int IS NULL OR score >= $1 ORDER BY id',
  [80],
);
q(
  'IS TRUE and IS NOT FALSE on booleans',
  'SELECT id, published IS TRUE AS t, (score > 70) IS NOT FALSE AS nf FROM posts LEFT JOIN users ON users.id = posts.author_id ORDER BY posts.id',
);
q('IS UNKNOWN on a null comparison', 'SELECT id, (score > 70) IS UNKNOWN AS u FROM users ORDER BY id');
q('nullif in a filter', "SELECT id FROM users WHERE nullif(name, '') IS NOT NULL ORDER BY id");
q(
  'num_nulls and num_nonnulls in a select list',
  'SELECT id, num_nulls(name, score, balance) AS n, num_nonnulls(name, score, balance) AS nn FROM users ORDER BY id',
);

// ---------------------------------------------------------------- IN lists and ANY/ALL over arrays
p('IN with a parameter list', 'SELECT id FROM users WHERE id IN ($1, $2, $3) ORDER BY id', [1, 3, 99]);
p(
  'IN with a null in the list still matches others',
  'SELECT id FROM users WHERE id IN ($1, $2) ORDER BY id',
  [1, null],
);
p('NOT IN with a null in the list matches nothing', 'SELECT id FROM users WHERE id NOT IN ($1, $2)', [
  1,
  null,
]);
p('ANY with an int array parameter', 'SELECT id FROM users WHERE id = ANY($1::int[]) ORDER BY id', [
  [1, 2, 5],
]);
p('ANY with an untyped array parameter infers int[]', 'SELECT id FROM users WHERE id = ANY($1) ORDER BY id', [
  [2, 4],
]);
p('ANY with an empty array matches nothing', 'SELECT id FROM users WHERE id = ANY($1::int[])', [[]]);
p('ANY with an array containing null', 'SELECT id FROM users WHERE id = ANY($1::int[]) ORDER BY id', [
  [1, null],
]);
p('<> ALL with an array is NOT IN', 'SELECT id FROM users WHERE id <> ALL($1::int[]) ORDER BY id', [[1, 2]]);
p('<> ALL with an empty array keeps every row', 'SELECT count(*) FROM users WHERE id <> ALL($1::int[])', [
  [],
]);
p('<> ALL with a null element matches nothing', 'SELECT count(*) FROM users WHERE id <> ALL($1::int[])', [
  [1, null],
]);
p('ANY with a text array parameter', 'SELECT id FROM users WHERE email = ANY($1::text[]) ORDER BY id', [
  ['bob@example.com', 'nobody', 'dave@example.org'],
]);
p(
  'ANY with an array literal string parameter',
  'SELECT id FROM users WHERE id = ANY($1::int[]) ORDER BY id',
  ['{3,4}'],
);
p('ANY with a bad array literal fails with 22P02', 'SELECT id FROM users WHERE id = ANY($1::int[])', [
  '{3,x}',
]);
p(
  'ANY with a bigint array against an int column',
  'SELECT id FROM users WHERE id = ANY($1::bigint[]) ORDER BY id',
  [['1', '6']],
);
p('ANY with a null array parameter yields no rows', 'SELECT count(*) FROM users WHERE id = ANY($1::int[])', [
  null,
]);
p('ILIKE ANY over a pattern array', 'SELECT id FROM users WHERE email ILIKE ANY($1::text[]) ORDER BY id', [
  ['%.ORG', 'alice%'],
]);
p('array overlap && with a parameter', 'SELECT id FROM users WHERE tags && $1::text[] ORDER BY id', [
  ['c', 'b'],
]);
p('array contains @> with a parameter', 'SELECT id FROM users WHERE tags @> $1::text[] ORDER BY id', [['a']]);
p('array contained <@ with a parameter', 'SELECT id FROM users WHERE tags <@ $1::text[] ORDER BY id', [
  ['a', 'b'],
]);
p('a value = ANY(array column)', 'SELECT id FROM users WHERE $1 = ANY(tags) ORDER BY id', ['a']);
q(
  'IN over a subquery',
  'SELECT id FROM users WHERE id IN (SELECT author_id FROM posts WHERE published) ORDER BY id',
);
q(
  'NOT IN over a subquery with a null yields no rows',
  'SELECT id FROM users WHERE id NOT IN (SELECT author_id FROM posts)',
);
q(
  'NOT IN over a subquery that filters nulls',
  'SELECT id FROM users WHERE id NOT IN (SELECT author_id FROM posts WHERE author_id IS NOT NULL) ORDER BY id',
);
q(
  'NOT EXISTS is null safe where NOT IN is not',
  'SELECT id FROM users u WHERE NOT EXISTS (SELECT 1 FROM posts p WHERE p.author_id = u.id) ORDER BY id',
);
q(
  'EXISTS correlated',
  "SELECT id FROM users u WHERE EXISTS (SELECT FROM orders o WHERE o.user_id = u.id AND o.status = 'paid') ORDER BY id",
);
q(
  'row IN a list of rows',
  "SELECT id FROM users WHERE (role, score) IN (('user', 75), ('admin', 60)) ORDER BY id",
);
q('IN with mixed int and numeric literals', 'SELECT id FROM users WHERE score IN (75, 90.0) ORDER BY id');
q(
  'IN with a string literal against an int column',
  "SELECT id FROM users WHERE id IN ('1', '2') ORDER BY id",
);
q('IN with a bad string literal against an int column fails', "SELECT id FROM users WHERE id IN ('1', 'x')");
q(
  'ANY over a subquery',
  "SELECT id FROM users WHERE id = ANY (SELECT user_id FROM orders WHERE status = 'pending')",
);
q(
  '> ALL over a subquery with a null is unknown',
  "SELECT id FROM users WHERE score > ALL (SELECT score FROM users WHERE role = 'admin')",
);
q(
  '> ALL over an empty subquery is true',
  "SELECT count(*) FROM users WHERE score > ALL (SELECT score FROM users WHERE role = 'none')",
);
q(
  'a scalar subquery returning more than one row fails with 21000',
  'SELECT id, (SELECT id FROM posts WHERE author_id = users.id) FROM users',
);

// ---------------------------------------------------------------- LIKE / ILIKE and search
p('LIKE prefix with a parameter', 'SELECT id FROM users WHERE email LIKE $1 ORDER BY id', ['b%']);
p('LIKE with a concatenated parameter', "SELECT id FROM users WHERE email LIKE $1 || '%' ORDER BY id", [
  'da',
]);
p(
  'LIKE contains with concat of parameter',
  "SELECT id FROM posts WHERE title LIKE '%' || $1 || '%' ORDER BY id",
  ['Bob'],
);
p(
  'ILIKE contains case insensitively',
  "SELECT id FROM posts WHERE title ILIKE '%' || $1 || '%' ORDER BY id",
  ['sql'],
);
p('LIKE with an escaped percent', 'SELECT id FROM posts WHERE title LIKE $1 ORDER BY id', ['100\\%%']);
p('LIKE with an escaped underscore', 'SELECT id FROM posts WHERE title LIKE $1 ORDER BY id', [
  '%\\_sure\\_%',
]);
p('LIKE with a custom ESCAPE character', "SELECT id FROM users WHERE email LIKE $1 ESCAPE '!' ORDER BY id", [
  '%100!%%',
]);
p(
  'LIKE with ESCAPE empty string disables escaping',
  "SELECT id FROM users WHERE name LIKE $1 ESCAPE '' ORDER BY id",
  ['Eve \\%'],
);
p('LIKE with a trailing escape character fails with 22025', 'SELECT id FROM users WHERE email LIKE $1', [
  'abc\\',
]);
p(
  'LIKE with a two-character ESCAPE fails with 22019',
  "SELECT id FROM users WHERE email LIKE $1 ESCAPE 'ab'",
  ['%'],
);
p(
  'LIKE with a backslash matched by a doubled escape',
  'SELECT id FROM users WHERE name LIKE $1 ORDER BY id',
  ['%\\\\%'],
);
p('ILIKE matches accented letters case insensitively', 'SELECT id FROM users WHERE name ILIKE $1', ['émile']);
p('NOT LIKE excludes nulls too', 'SELECT id FROM users WHERE name NOT LIKE $1 ORDER BY id', ['A%']);
p('NOT ILIKE', 'SELECT id FROM users WHERE name NOT ILIKE $1 ORDER BY id', ['%e%']);
p('~~ and ~~* operators', 'SELECT id, email ~~ $1 AS l, email ~~* $1 AS il FROM users ORDER BY id', [
  '%EXAMPLE.COM',
]);
p('!~~ and !~~* operators', 'SELECT id, email !~~ $1 AS nl, email !~~* $1 AS nil FROM users ORDER BY id', [
  '%EXAMPLE.COM',
]);
p(
  'search over several columns with OR and ILIKE',
  'SELECT id FROM users WHERE name ILIKE $1 OR email ILIKE $1 OR role ILIKE $1 ORDER BY id',
  ['%ad%'],
);
p(
  'search over concatenated columns with concat_ws',
  "SELECT id FROM users WHERE concat_ws(' ', name, email) ILIKE '%' || $1 || '%' ORDER BY id",
  ['bob'],
);
p(
  'search over coalesced nullable columns',
  "SELECT id FROM users WHERE coalesce(name, '') || ' ' || email ILIKE $1 ORDER BY id",
  ['%carol%'],
);
p(
  'search with a regular expression case insensitively',
  'SELECT id FROM users WHERE email ~* $1 ORDER BY id',
  ['^(a|b).*\\.com$'],
);
p('search with a bad regular expression fails with 2201B', 'SELECT id FROM users WHERE email ~ $1', ['(']);
p('SIMILAR TO in a filter', 'SELECT id FROM users WHERE email SIMILAR TO $1 ORDER BY id', [
  '%@example.(com|org)',
]);
p('position of a parameter in text', 'SELECT id, position($1 in email) AS pos FROM users ORDER BY id', ['@']);
p('starts_with filter', 'SELECT id FROM users WHERE starts_with(email, $1) ORDER BY id', ['d']);
p('the ^@ starts-with operator', 'SELECT id FROM users WHERE email ^@ $1 ORDER BY id', ['e']);
p('LIKE on an int column needs a cast: 42883', 'SELECT id FROM users WHERE id LIKE $1', ['1%']);
p('LIKE on an int column cast to text', 'SELECT id FROM users WHERE id::text LIKE $1 ORDER BY id', ['%']);
p(
  'replace-based escaping of user input for LIKE',
  "SELECT id FROM posts WHERE title LIKE '%' || replace(replace(replace($1, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%' ORDER BY id",
  ['100%'],
);
p('LIKE with a null pattern yields null', 'SELECT count(*) FROM users WHERE email LIKE $1', [null]);
q(
  'ILIKE on upper-case pattern and lower-case data',
  "SELECT 'Straße' ILIKE 'STRASSE' AS a, 'ABC' ILIKE 'abc' AS b, 'abc' LIKE 'ABC' AS c",
);
q(
  'LIKE pattern of just underscore matches one character',
  "SELECT 'a' LIKE '_' AS a, '' LIKE '_' AS b, 'ab' LIKE '_' AS c, '' LIKE '%' AS d",
);
q(
  'LIKE is anchored at both ends',
  "SELECT 'abc' LIKE 'b' AS a, 'abc' LIKE '%b%' AS b, 'abc' LIKE 'a%c' AS c",
);

// ---------------------------------------------------------------- dates: ranges, intervals, Date objects
p(
  'a half-open date range with Date parameters',
  'SELECT id FROM orders WHERE placed_at >= $1 AND placed_at < $2 ORDER BY id',
  [new Date('2024-01-01T00:00:00Z'), new Date('2024-02-01T00:00:00Z')],
);
p(
  'BETWEEN with Date parameters is inclusive',
  'SELECT id FROM orders WHERE placed_at BETWEEN $1 AND $2 ORDER BY id',
  [new Date('2024-01-02T08:00:00Z'), new Date('2024-02-01T00:00:00Z')],
);
p(
  'BETWEEN SYMMETRIC with reversed bounds',
  'SELECT id FROM orders WHERE placed_at BETWEEN SYMMETRIC $2 AND $1 ORDER BY id',
  [new Date('2024-01-02T08:00:00Z'), new Date('2024-02-01T00:00:00Z')],
);
p('NOT BETWEEN', 'SELECT id FROM orders WHERE amount NOT BETWEEN $1 AND $2 ORDER BY id', [5, 50]);
p(
  'a date range with ISO string parameters',
  'SELECT id FROM orders WHERE placed_at >= $1::timestamptz AND placed_at < $2::timestamptz ORDER BY id',
  ['2024-03-01', '2024-04-01T00:00:00+00:00'],
);
p(
  'a date parameter compared to a timestamptz column',
  'SELECT id FROM orders WHERE placed_at::date = $1::date ORDER BY id',
  ['2024-03-06'],
);
p('a Date parameter with milliseconds', 'SELECT id FROM users WHERE created_at = $1', [
  new Date('2024-02-15T23:59:59.999Z'),
]);
p(
  'a Date parameter minus an interval parameter',
  'SELECT id FROM orders WHERE placed_at > $1::timestamptz - $2::interval ORDER BY id',
  [new Date('2024-03-21T00:00:00Z'), '7 days'],
);
p(
  'an untyped interval parameter after a timestamptz column',
  'SELECT id FROM orders WHERE placed_at + $1 > $2 ORDER BY id',
  ['1 month', new Date('2024-04-15T00:00:00Z')],
);
p('an interval parameter in ISO 8601 form', 'SELECT $1::interval AS v', ['P1Y2M3DT4H5M6S']);
p('an interval parameter in verbose form', 'SELECT $1::interval AS v', ['1 year 2 mons 3 days 04:05:06.5']);
p('a bad interval parameter fails with 22007', 'SELECT $1::interval AS v', ['soon']);
p('a bad timestamptz parameter fails with 22007', 'SELECT id FROM orders WHERE placed_at > $1', [
  'not a date',
]);
p(
  'an out-of-range month in a date parameter fails with 22008',
  'SELECT id FROM orders WHERE placed_at > $1',
  ['2024-13-01'],
);
p('make_interval from parameters', 'SELECT make_interval(days => $1, hours => $2) AS v', [3, 4]);
p('interval multiplied by an int parameter', "SELECT interval '1 day' * $1 AS v", [7]);
p('interval built by concatenating a parameter', "SELECT ($1 || ' days')::interval AS v", ['30']);
p(
  'created within the last N days relative to a fixed now',
  'SELECT id FROM users WHERE created_at > $1::timestamptz - make_interval(days => $2) ORDER BY id',
  ['2024-04-01T00:00:00Z', 30],
);
p(
  'age of timestamps in years months days',
  'SELECT id, age($1::timestamptz, created_at) AS a FROM users WHERE id <= 2 ORDER BY id',
  ['2024-04-01T00:00:00Z'],
);
q(
  'extract epoch from a timestamptz column',
  'SELECT id, extract(epoch FROM created_at) AS e FROM users ORDER BY id',
);
q(
  'date_part and extract return types differ',
  "SELECT date_part('year', created_at) AS dp, extract(year FROM created_at) AS ex FROM users WHERE id = 1",
);
q(
  'timestamptz minus timestamptz is an interval',
  'SELECT max(placed_at) - min(placed_at) AS span FROM orders',
);
q('date minus date is an integer', "SELECT '2024-03-01'::date - '2024-02-01'::date AS days");
q('date plus an integer is a date', "SELECT '2024-02-28'::date + 2 AS d");
q('date plus an interval is a timestamp', "SELECT '2024-01-31'::date + interval '1 month' AS d");
q(
  'timestamptz plus a month at the end of a month',
  "SELECT '2024-01-31 00:00:00+00'::timestamptz + interval '1 month' AS d",
);
q(
  'justify_interval and justify_days',
  "SELECT justify_interval(interval '35 days 25 hours') AS a, justify_days(interval '65 days') AS b, justify_hours(interval '50 hours') AS c",
);
q(
  'overlaps between two ranges',
  "SELECT (date '2024-01-01', date '2024-02-01') OVERLAPS (date '2024-01-31', date '2024-03-01') AS a, (date '2024-01-01', date '2024-02-01') OVERLAPS (date '2024-02-01', date '2024-03-01') AS b",
);
q(
  'AT TIME ZONE converts a timestamptz to a local timestamp',
  "SELECT created_at AT TIME ZONE 'UTC' AS utc, created_at AT TIME ZONE 'America/New_York' AS ny FROM users WHERE id = 1",
);
q(
  'AT TIME ZONE on a timestamp gives a timestamptz',
  "SELECT timestamp '2024-06-01 12:00' AT TIME ZONE 'Europe/Berlin' AS v",
);
q(
  'to_char formats dates for reports',
  "SELECT to_char(placed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') AS s FROM orders ORDER BY id LIMIT 3",
);
q(
  'comparing a timestamptz to a date literal',
  "SELECT id FROM orders WHERE placed_at < '2024-01-16' ORDER BY id",
);
q(
  'infinity bounds in a range filter',
  "SELECT count(*) FROM orders WHERE placed_at > '-infinity' AND placed_at < 'infinity'",
);
p(
  'a Date parameter compared with IS DISTINCT FROM a nullable timestamptz',
  'SELECT id FROM users WHERE deleted_at IS DISTINCT FROM $1 ORDER BY id',
  [new Date('2024-03-01T00:00:00Z')],
);
p('a timestamptz parameter selected back as a value keeps its instant', 'SELECT $1::timestamptz AS v', [
  new Date('2024-05-05T05:05:05.123Z'),
]);
p('a timestamp without time zone parameter from a Date', 'SELECT $1::timestamp AS v', [
  new Date('2024-05-05T05:05:05.123Z'),
]);
p('a date parameter from a Date object', 'SELECT $1::date AS v', [new Date('2024-05-05T00:00:00Z')]);
p('date_trunc on a parameter', "SELECT date_trunc('month', $1::timestamptz) AS v", ['2024-05-17T13:00:00Z']);
p(
  'date_bin buckets a timestamp parameter',
  "SELECT date_bin('15 minutes', $1::timestamp, timestamp '2000-01-01') AS v",
  ['2024-05-17 13:37:00'],
);

// ---------------------------------------------------------------- offset pagination
p('LIMIT and OFFSET as parameters', 'SELECT id FROM users ORDER BY id LIMIT $1 OFFSET $2', [2, 2]);
p('LIMIT and OFFSET as string parameters', 'SELECT id FROM users ORDER BY id LIMIT $1 OFFSET $2', ['2', '4']);
p('OFFSET beyond the end yields no rows', 'SELECT id FROM users ORDER BY id LIMIT $1 OFFSET $2', [10, 100]);
p('LIMIT null means no limit', 'SELECT id FROM users ORDER BY id LIMIT $1', [null]);
p('OFFSET null means zero', 'SELECT id FROM users ORDER BY id OFFSET $1', [null]);
p('a negative LIMIT fails with 2201W', 'SELECT id FROM users LIMIT $1', [-1]);
p('a negative OFFSET fails with 2201X', 'SELECT id FROM users OFFSET $1', [-1]);
p(
  'LIMIT with a fractional string parameter fails with 22P02 for bigint',
  'SELECT id FROM users ORDER BY id LIMIT $1',
  ['1.5'],
);
p('LIMIT 0 returns no rows but the columns', 'SELECT id, email FROM users LIMIT $1', [0]);
p(
  'FETCH FIRST n ROWS ONLY with a parameter',
  'SELECT id FROM users ORDER BY id OFFSET $1 ROWS FETCH FIRST $2 ROWS ONLY',
  [1, 2],
);
q(
  'FETCH FIRST ROWS WITH TIES keeps ties',
  'SELECT id, score FROM users ORDER BY score DESC NULLS LAST FETCH FIRST 1 ROWS WITH TIES',
);
q('FETCH WITH TIES without ORDER BY fails with 42601', 'SELECT id FROM users FETCH FIRST 1 ROWS WITH TIES');
q('LIMIT ALL', 'SELECT id FROM users ORDER BY id LIMIT ALL OFFSET 4');
p(
  'a page with its total count via count(*) OVER ()',
  'SELECT id, count(*) OVER () AS total FROM users ORDER BY id LIMIT $1 OFFSET $2',
  [2, 1],
);
p(
  'the count over window counts before LIMIT',
  'SELECT id, count(*) OVER () AS total FROM users WHERE role = $1 ORDER BY id LIMIT 1',
  ['user'],
);
p('count of a filtered page for a pager', 'SELECT count(*)::int AS total FROM users WHERE role = $1', [
  'user',
]);
p(
  'a subquery page ordered outside',
  'SELECT * FROM (SELECT id, name FROM users ORDER BY id DESC LIMIT $1) AS page ORDER BY id',
  [3],
);

// ---------------------------------------------------------------- keyset pagination
p('keyset by id', 'SELECT id FROM users WHERE id > $1 ORDER BY id LIMIT $2', [2, 2]);
p(
  'keyset with a row comparison',
  'SELECT id, score FROM users WHERE (score, id) > ($1, $2) ORDER BY score, id LIMIT 3',
  [75, 2],
);
p(
  'keyset with a row comparison descending',
  'SELECT id, score FROM users WHERE (score, id) < ($1, $2) ORDER BY score DESC, id DESC LIMIT 3',
  [90, 6],
);
p(
  'keyset with timestamps and ids',
  'SELECT id FROM posts WHERE (created_at, id) < ($1, $2) ORDER BY created_at DESC, id DESC LIMIT 2',
  [new Date('2024-02-09T00:00:00Z'), 5],
);
p(
  'keyset with expanded OR for mixed directions',
  'SELECT id, views FROM posts WHERE views < $1 OR (views = $1 AND id > $2) ORDER BY views DESC, id ASC LIMIT 3',
  [100, 6],
);
p('a row comparison with a null gives no rows', 'SELECT id FROM users WHERE (score, id) > ($1, $2)', [
  null,
  1,
]);
p(
  'a row comparison decides on the first unequal column',
  'SELECT ROW(1, $1::int) < ROW(2, NULL) AS a, ROW(1, $1::int) < ROW(1, NULL) AS b',
  [5],
);
q(
  'row comparison = with nulls',
  'SELECT ROW(1, NULL) = ROW(1, NULL) AS a, ROW(1, NULL) IS NOT DISTINCT FROM ROW(1, NULL) AS b, ROW(1, 2) <> ROW(1, NULL) AS c',
);
q('row comparison of different lengths fails with 42601', 'SELECT (1, 2) < (1, 2, 3)');
q('row comparison with text and int members', "SELECT ('a', 1) < ('a', 2) AS a, ('b', 1) > ('a', 9) AS b");
p(
  'keyset on a nullable column with coalesce',
  "SELECT id FROM users WHERE (coalesce(name, ''), id) > ($1, $2) ORDER BY coalesce(name, ''), id",
  ['Bob', 2],
);
p(
  'keyset cursor with a text key and C collation',
  'SELECT id, name FROM users WHERE name COLLATE "C" > $1 ORDER BY name COLLATE "C"',
  ['Bob'],
);

// ---------------------------------------------------------------- ORDER BY: NULLS, collation, expressions
q('ORDER BY ASC puts nulls last', 'SELECT id, score FROM users ORDER BY score, id');
q('ORDER BY DESC puts nulls first', 'SELECT id, score FROM users ORDER BY score DESC, id');
q('ORDER BY DESC NULLS LAST', 'SELECT id, score FROM users ORDER BY score DESC NULLS LAST, id');
q('ORDER BY ASC NULLS FIRST', 'SELECT id, name FROM users ORDER BY name NULLS FIRST');
q(
  'ORDER BY text under the C collation',
  'SELECT name FROM users WHERE name IS NOT NULL ORDER BY name COLLATE "C"',
);
q('ORDER BY text under the default collation', 'SELECT name FROM users WHERE name IS NOT NULL ORDER BY name');
q(
  'ORDER BY lower() for case-insensitive sorting',
  'SELECT name FROM users WHERE name IS NOT NULL ORDER BY lower(name), id',
);
q('ORDER BY a column position', 'SELECT name, id FROM users ORDER BY 2 DESC');
q('ORDER BY a position out of range fails with 42P10', 'SELECT id FROM users ORDER BY 3');
q(
  'ORDER BY an output alias',
  'SELECT id, score * 2 AS doubled FROM users ORDER BY doubled DESC NULLS LAST, id',
);
q(
  'ORDER BY an alias inside an expression fails with 42703',
  'SELECT id, score * 2 AS doubled FROM users ORDER BY doubled + 1',
);
q(
  'ORDER BY a column not in a DISTINCT select list fails with 42P10',
  'SELECT DISTINCT role FROM users ORDER BY id',
);
q(
  'ORDER BY CASE for a custom order',
  "SELECT id, status FROM orders ORDER BY CASE status WHEN 'pending' THEN 0 WHEN 'paid' THEN 1 ELSE 2 END, id",
);
q(
  'ORDER BY array_position for a custom order',
  "SELECT id, status FROM orders ORDER BY array_position(ARRAY['refunded','pending','paid'], status), id",
);
q('ORDER BY a boolean puts false first', 'SELECT id, published FROM posts ORDER BY published, id');
q('ORDER BY USING >', 'SELECT id FROM users ORDER BY id USING >');
q('ORDER BY numeric with trailing zeros', 'SELECT id, balance FROM users ORDER BY balance NULLS FIRST, id');
q(
  'ORDER BY random() then a key still returns every row',
  'SELECT count(*) FROM (SELECT id FROM users ORDER BY random() LIMIT 100) t',
);
q(
  'ORDER BY an input column with the same name as an output alias picks the output',
  'SELECT id, -score AS score FROM users ORDER BY score, id',
);
q('ORDER BY an ambiguous output name fails with 42702', 'SELECT id AS x, score AS x FROM users ORDER BY x');
q(
  'ORDER BY in a UNION applies to the whole result',
  'SELECT email AS v FROM users WHERE id < 3 UNION ALL SELECT title FROM posts WHERE id < 3 ORDER BY v',
);
q(
  'ORDER BY an expression in a UNION fails with 0A000',
  'SELECT id FROM users UNION SELECT id FROM posts ORDER BY id + 1',
);
q(
  'ORDER BY a nondeterministic ICU collation',
  'SELECT name FROM users WHERE name IS NOT NULL ORDER BY name COLLATE "und-x-icu", id',
);
q(
  'ORDER BY with an unknown collation fails with 42704',
  'SELECT name FROM users ORDER BY name COLLATE "xx_nope"',
);
q('ORDER BY timestamptz DESC with ties broken by id', 'SELECT id FROM posts ORDER BY views DESC, id');
q('COLLATE "C" comparison in a filter', 'SELECT id FROM users WHERE name COLLATE "C" < \'a\' ORDER BY id');

// ---------------------------------------------------------------- DISTINCT and DISTINCT ON
q('DISTINCT over one column', 'SELECT DISTINCT role FROM users ORDER BY role');
q('DISTINCT treats nulls as equal', 'SELECT DISTINCT score FROM users ORDER BY score');
q('DISTINCT over several columns', 'SELECT DISTINCT role, score FROM users ORDER BY role, score');
q(
  'DISTINCT ON the latest row per group',
  'SELECT DISTINCT ON (user_id) user_id, id, placed_at FROM orders ORDER BY user_id, placed_at DESC',
);
q(
  'DISTINCT ON with nulls as a group',
  'SELECT DISTINCT ON (author_id) author_id, id FROM posts ORDER BY author_id NULLS FIRST, views DESC, id',
);
q(
  'DISTINCT ON with an expression',
  'SELECT DISTINCT ON (lower(role)) role, id FROM users ORDER BY lower(role), id DESC',
);
q(
  'DISTINCT ON not matching the leading ORDER BY fails with 42P10',
  'SELECT DISTINCT ON (role) id FROM users ORDER BY id',
);
q(
  'DISTINCT ON without ORDER BY picks some row per group',
  'SELECT count(*) FROM (SELECT DISTINCT ON (role) id FROM users) t',
);
q(
  'DISTINCT ON two columns',
  'SELECT DISTINCT ON (role, score) role, score, id FROM users ORDER BY role, score, id',
);
q(
  'DISTINCT ON with a LIMIT',
  'SELECT DISTINCT ON (user_id) user_id, amount FROM orders ORDER BY user_id, amount DESC LIMIT 2',
);
p(
  'DISTINCT ON with a parameter filter',
  'SELECT DISTINCT ON (post_id) post_id, body FROM comments WHERE created_at > $1 ORDER BY post_id, created_at DESC',
  [new Date('2024-01-01T00:00:00Z')],
);
q(
  'count(DISTINCT) skips nulls',
  'SELECT count(DISTINCT score) AS d, count(score) AS c, count(*) AS a FROM users',
);
q('count(DISTINCT (a, b)) counts rows', 'SELECT count(DISTINCT (role, score)) AS d FROM users');
q(
  'SELECT DISTINCT with ORDER BY a select-list expression',
  'SELECT DISTINCT lower(role) AS r FROM users ORDER BY lower(role)',
);

export default list.cases;
