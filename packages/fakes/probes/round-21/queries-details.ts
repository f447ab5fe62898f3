// Round 21 ordinary application queries, part 7: the details of what a query answers that a
// repository reads back: output column names and types of select-list expressions (docs 7.3.2,
// 10.5 UNION/CASE type resolution), numeric scale of sums, averages and arithmetic on money columns,
// three-valued logic in filters (9.1, 9.2), ordering of text with characters outside the BMP and
// of mixed-case text, enum comparisons, and aggregates over empty and all-NULL input.
import { ProbeCases, withParams } from '../probe-kit.js';
import { SHOP } from './queries-schema.js';

const list = new ProbeCases('r21 queries: details: ');
const q = (name: string, sql: string, setup = SHOP) => list.add(name, [sql], setup);
const p = (name: string, sql: string, params: readonly unknown[], setup = SHOP) =>
  list.add(name, [withParams(sql, ...params)], setup);

// ---------------------------------------------------------------- output names and types of select-list expressions
const expressions: ReadonlyArray<readonly [string, string]> = [
  ['negated column', '-total'],
  ['cast column', 'total::text'],
  ['cast function form', 'CAST(total AS float8)'],
  ['parenthesized column', '(total)'],
  ['coalesce', 'coalesce(total, 0)'],
  ['nullif', 'nullif(total, 0)'],
  ['greatest int and numeric', 'greatest(customer_id, total)'],
  ['least', 'least(total, 10)'],
  ['row constructor', 'ROW(id, total)'],
  ['array constructor', 'ARRAY[id, customer_id]'],
  ['is null test', 'coupon IS NULL'],
  ['in list', 'id IN (101, 102)'],
  ['between', 'total BETWEEN 10 AND 50'],
  ['string literal', "'x'"],
  ['typed literal', "numeric '1.50'"],
  ['int plus numeric', 'id + total'],
  ['int times int', 'id * 2'],
  ['numeric times numeric', 'total * 1.19'],
  ['numeric divided by int', 'total / 3'],
  ['int divided by int', 'id / 4'],
  ['int modulo', 'id % 4'],
  ['numeric modulo', 'total % 7'],
  ['bigint column plus int', 'customer_id::bigint + 1'],
  ['text concatenation with int', "'order ' || id"],
  ['text concatenation with null', "'coupon: ' || coupon"],
  ['concat function', "concat('coupon: ', coupon)"],
  ['concat_ws', "concat_ws('/', customer_id, coupon, status)"],
  ['enum to text', 'status::text'],
  ['enum comparison', "status > 'placed'"],
  ['timestamptz minus timestamptz', 'shipped_at - placed_at'],
  ['timestamptz plus interval', "placed_at + interval '1 month'"],
  ['date of timestamptz', "(placed_at AT TIME ZONE 'UTC')::date"],
  ['extract', 'extract(day FROM placed_at)'],
  ['date_part', "date_part('day', placed_at)"],
  ['case of int and bigint', 'CASE WHEN id > 105 THEN id ELSE customer_id::bigint END'],
  ['case of numeric scales', 'CASE WHEN total > 30 THEN 1.5 ELSE 2 END'],
  ['case of int and float', 'CASE WHEN total > 30 THEN 1 ELSE 0.5::float8 END'],
  ['exists', 'EXISTS (SELECT 1 FROM payments p WHERE p.order_id = o.id)'],
  ['scalar subquery count', '(SELECT count(*) FROM payments p WHERE p.order_id = o.id)'],
  ['scalar subquery sum', '(SELECT sum(amount) FROM payments p WHERE p.order_id = o.id)'],
  ['array subquery', '(ARRAY(SELECT amount FROM payments p WHERE p.order_id = o.id ORDER BY p.id))'],
  ['round numeric', 'round(total, 1)'],
  ['round numeric no digits', 'round(total)'],
  ['trunc numeric', 'trunc(total)'],
  ['abs of negated', 'abs(-total)'],
  ['ceil and floor', 'ceil(total) + floor(total)'],
  ['boolean and with null', "(coupon = 'WELCOME') AND (total > 100)"],
  ['boolean or with null', "(coupon = 'WELCOME') OR (total > 100)"],
  ['not of null comparison', "NOT (coupon = 'WELCOME')"],
  ['is true of null comparison', "(coupon = 'WELCOME') IS TRUE"],
  ['is not false of null comparison', "(coupon = 'WELCOME') IS NOT FALSE"],
  ['like on null', "coupon LIKE 'W%'"],
  ['not like on null', "coupon NOT LIKE 'W%'"],
  ['is distinct from literal', "coupon IS DISTINCT FROM 'WELCOME'"],
  ['length of text', 'length(coupon)'],
  ['upper of enum text', 'upper(status::text)'],
  [
    'count over join-free scalar',
    '(SELECT count(*) FROM order_lines l WHERE l.order_id = o.id AND l.product_id IS NULL)',
  ],
];
for (const [name, expr] of expressions) {
  q(`select-list ${name}`, `SELECT o.id, ${expr} FROM orders o ORDER BY o.id`);
}

// ---------------------------------------------------------------- aggregate result types and scales
const aggregates: ReadonlyArray<readonly [string, string]> = [
  ['count star', 'count(*)'],
  ['count column', 'count(total)'],
  ['count distinct column', 'count(DISTINCT total)'],
  ['sum numeric', 'sum(total)'],
  ['sum int', 'sum(qty)'],
  ['sum bigint', 'sum(id::bigint)'],
  ['sum float', 'sum(total::float8)'],
  ['avg numeric', 'avg(total)'],
  ['avg int', 'avg(qty)'],
  ['avg bigint', 'avg(id::bigint)'],
  ['min numeric', 'min(total)'],
  ['max text', 'max(coupon)'],
  ['max enum', 'max(status)'],
  ['sum of product', 'sum(qty * unit_price)'],
  ['sum divided by count', 'sum(total) / count(*)'],
  ['sum divided by count float', 'sum(total)::float8 / count(*)'],
  ['round avg', 'round(avg(total), 2)'],
  ['count filter', 'count(*) FILTER (WHERE coupon IS NULL)'],
  ['sum filter null condition', 'sum(total) FILTER (WHERE NULL)'],
  ['count filter null condition', 'count(*) FILTER (WHERE coupon = NULL)'],
  ['bool_and', 'bool_and(total > 0)'],
  ['bool_or', 'bool_or(coupon IS NOT NULL)'],
  ['string_agg', "string_agg(coupon, ',' ORDER BY coupon)"],
  ['array_agg', 'array_agg(total ORDER BY total NULLS FIRST)'],
  ['max of timestamptz minus min', 'max(placed_at) - min(placed_at)'],
  ['count distinct two columns row', 'count(DISTINCT (customer_id, status))'],
  ['min of array', 'min(ARRAY[customer_id])'],
  ['max of boolean fails', 'max(total > 0)'],
  ['sum of text fails', 'sum(coupon)'],
  ['avg of enum fails', 'avg(status)'],
];
const joinedOrders = 'FROM orders LEFT JOIN order_lines ON order_lines.order_id = orders.id';
for (const [name, agg] of aggregates) {
  const source = /qty|unit_price/.test(agg) ? joinedOrders : 'FROM orders';
  q(`aggregate ${name}`, `SELECT ${agg} AS v ${source}`);
  q(`aggregate ${name} over empty input`, `SELECT ${agg} AS v ${source} WHERE false`);
  q(`aggregate ${name} per status`, `SELECT status, ${agg} AS v ${source} GROUP BY status ORDER BY status`);
}

// ---------------------------------------------------------------- ordering of text values
const WORDS = `CREATE TABLE words (id int PRIMARY KEY, w text);
INSERT INTO words VALUES (1, 'apple'), (2, 'Apple'), (3, 'APPLE'), (4, 'éclair'), (5, 'zebra'), (6, 'Zebra'),
  (7, '😀 smile'), (8, 'ｚ fullwidth'), (9, ''), (10, NULL), (11, ' space'), (12, '_under'), (13, '10'), (14, '9'),
  (15, 'a-b'), (16, 'ab'), (17, 'Ä'), (18, 'ß');`;
q('text order by', 'SELECT id, w FROM words ORDER BY w, id', WORDS);
q('text order by desc', 'SELECT id, w FROM words ORDER BY w DESC, id', WORDS);
q('text order by collate C', 'SELECT id FROM words ORDER BY w COLLATE "C", id', WORDS);
q('text min max', 'SELECT min(w), max(w) FROM words', WORDS);
q('text greater than emoji', "SELECT id FROM words WHERE w > 'ｚ' ORDER BY id", WORDS);
q('text less than emoji', "SELECT id FROM words WHERE w < '😀' ORDER BY id", WORDS);
q(
  'text lower upper non ascii',
  'SELECT id, lower(w), upper(w) FROM words WHERE id IN (4, 17, 18) ORDER BY id',
  WORDS,
);
q('text length of emoji', 'SELECT length(w), octet_length(w) FROM words WHERE id = 7', WORDS);
q('text order by lower', 'SELECT id FROM words ORDER BY lower(w), id', WORDS);
q(
  'text distinct on lower',
  'SELECT DISTINCT ON (lower(w)) lower(w) AS l, id FROM words ORDER BY lower(w), id',
  WORDS,
);
q('text group by lower', 'SELECT lower(w) AS l, count(*) FROM words GROUP BY 1 ORDER BY 1', WORDS);
q('text keyset after value', "SELECT id FROM words WHERE (w, id) > ('Zebra', 6) ORDER BY w, id", WORDS);
q('text union ordered', "SELECT w FROM words WHERE id < 4 UNION SELECT 'apple' ORDER BY 1", WORDS);
q('text string_agg ordered', "SELECT string_agg(w, '|' ORDER BY w) FROM words", WORDS);
q(
  'text array_agg ordered desc nulls last',
  'SELECT array_agg(w ORDER BY w DESC NULLS LAST) FROM words',
  WORDS,
);
q('text between', "SELECT id FROM words WHERE w BETWEEN 'A' AND 'a' ORDER BY id", WORDS);
q('text like case sensitive', "SELECT id FROM words WHERE w LIKE 'a%' ORDER BY id", WORDS);
q('text ilike non ascii', "SELECT id FROM words WHERE w ILIKE 'ä%' OR w ILIKE 'É%' ORDER BY id", WORDS);
q(
  'text max of empty string and null',
  'SELECT max(w) FILTER (WHERE id IN (9, 10)) AS m, min(w) FILTER (WHERE id IN (9, 10)) AS n FROM words',
  WORDS,
);
q('text in list case sensitive', "SELECT id FROM words WHERE w IN ('apple', 'ZEBRA') ORDER BY id", WORDS);

// ---------------------------------------------------------------- enum comparisons and ordering
q('enum greater than literal', "SELECT id FROM orders WHERE status > 'paid' ORDER BY id");
q('enum between', "SELECT id FROM orders WHERE status BETWEEN 'placed' AND 'shipped' ORDER BY id");
q('enum compared to text column fails', 'SELECT id FROM orders WHERE status = coupon');
q('enum in list of text cast', "SELECT id FROM orders WHERE status::text IN ('paid', 'draft') ORDER BY id");
q('enum order desc', 'SELECT id, status FROM orders ORDER BY status DESC, id');
q(
  'enum min max per customer',
  'SELECT customer_id, min(status), max(status) FROM orders GROUP BY customer_id ORDER BY customer_id NULLS FIRST',
);
q('enum greatest', "SELECT greatest('paid'::order_status, 'placed') AS g");
q('enum array contains', "SELECT id FROM orders WHERE status = ANY ('{paid,shipped}') ORDER BY id");
q('enum distinct ordered', 'SELECT DISTINCT status FROM orders ORDER BY status');
q('enum union with text column fails', 'SELECT status FROM orders UNION SELECT coupon FROM orders');
p('enum less than parameter', 'SELECT id FROM orders WHERE status < $1 ORDER BY id', ['paid']);

// ---------------------------------------------------------------- three-valued logic in filters
const filters = [
  "coupon <> 'WELCOME'",
  "NOT (coupon = 'WELCOME')",
  "coupon IS DISTINCT FROM 'WELCOME'",
  "NOT (coupon IS NOT DISTINCT FROM 'WELCOME')",
  "(coupon = 'WELCOME') IS NOT TRUE",
  "coupon NOT IN ('WELCOME', NULL)",
  "coupon NOT IN ('WELCOME')",
  "coalesce(coupon, '') <> 'WELCOME'",
  'total > 30 OR coupon IS NOT NULL',
  'NOT (total > 30 AND coupon IS NULL)',
  'total > 30 AND NOT (shipped_at IS NULL)',
  "shipped_at > placed_at + interval '2 days'",
  "NOT (shipped_at < placed_at + interval '2 days')",
  'total NOT BETWEEN 10 AND 50',
  'total BETWEEN SYMMETRIC 50 AND 10',
  "coupon NOT LIKE 'W%'",
  "coupon NOT ILIKE '%ing'",
  'customer_id <> ALL (ARRAY[1, 2])',
  'NOT (customer_id = ANY (ARRAY[1, 2]))',
  'customer_id NOT IN (SELECT referred_by FROM customers)',
  'customer_id NOT IN (SELECT referred_by FROM customers WHERE referred_by IS NOT NULL)',
  'NOT EXISTS (SELECT 1 FROM customers c WHERE c.referred_by = orders.customer_id)',
  'total = 50.5',
  'total = 50.50::float8',
  "total = '50.5'",
  'total IN (50.5, 25)',
  'id = 101.0',
  'customer_id IN (1, 2.5)',
];
filters.forEach((filter, index) => {
  q(`filter ${index + 1}: ${filter}`, `SELECT id FROM orders WHERE ${filter} ORDER BY id`);
});
q('filter int compared to bad string literal fails', "SELECT id FROM orders WHERE id = '101.0'");
q(
  'filter int overflow in expression fails',
  'SELECT id FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE l.qty * 2147483647 > 0',
);
q('filter numeric compared to text column fails', 'SELECT id FROM orders WHERE total = coupon');
q(
  'filter integer division truncates',
  'SELECT -7 / 2 AS a, -7 % 2 AS b, 7 / -2 AS c, (-7)::numeric / 2 AS d',
);
q(
  'filter boolean null and false',
  'SELECT NULL AND false AS a, NULL OR true AS b, NULL AND true AS c, NOT NULL::boolean AS d',
);

export default list.cases;
