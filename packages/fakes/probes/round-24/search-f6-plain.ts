import { ProbeCases, withParams as p } from '../probe-kit.js';

const T = `CREATE TABLE items (id int PRIMARY KEY, sku text NOT NULL, name text, price numeric(10,2), qty int, rating float8, tag varchar(20));
  INSERT INTO items VALUES
    (1, 'A-100', 'Red Apple', 1.50, 10, 4.5, 'fruit'),
    (2, 'a-20', 'green apple', 1.25, 0, NULL, 'fruit'),
    (3, 'B_1', 'Banana', 0.99, 25, 3.9, NULL),
    (4, 'b%2', 'banana bread', 4.00, NULL, 4.5, 'bakery'),
    (5, 'C-3', NULL, 10.00, 3, 2.0, 'Bakery'),
    (6, 'c\\4', 'Cherry (dark)', 10.00, 3, 4.5, 'fruit'),
    (7, '10', 'Apple pie', 7.50, 1, 5.0, 'bakery'),
    (8, '9', 'apple juice', 2.25, 12, NULL, 'drink');`;
const l = new ProbeCases('f6 ');
const q = (name: string, sql: string) => l.add(name, [sql], T);
const qp = (name: string, sql: string, ...params: unknown[]) => l.add(name, [p(sql, ...params)], T);
for (const pat of [
  '%apple%',
  'Apple%',
  '%APPLE',
  'a_%',
  '_-%',
  '%\\_%',
  '%\\%%',
  '%(%',
  '',
  '%',
  'b%',
  'B\\_1',
  'c\\\\4',
  '%e',
  '%a%a%',
]) {
  q(`ilike ${pat}`, `SELECT id FROM items WHERE name ILIKE '${pat}' OR sku ILIKE '${pat}' ORDER BY id`);
  q(`like ${pat}`, `SELECT id FROM items WHERE name LIKE '${pat}' OR sku LIKE '${pat}' ORDER BY id`);
}
for (const pat of ['%apple%', 'b%', '%\\%%', 'C%']) {
  qp(`ilike param ${pat}`, 'SELECT id FROM items WHERE name ILIKE $1 ORDER BY id', pat);
  qp(`not like param ${pat}`, 'SELECT id FROM items WHERE sku NOT LIKE $1 ORDER BY id', pat);
}
q('like escape clause', "SELECT id FROM items WHERE sku LIKE 'b#%%' ESCAPE '#' ORDER BY id");
q('ilike escape clause', "SELECT id FROM items WHERE sku ILIKE 'B#_%' ESCAPE '#' ORDER BY id");
q('like on int cast', "SELECT id FROM items WHERE qty::text LIKE '1%' ORDER BY id");
q('like on int no cast', "SELECT id FROM items WHERE qty LIKE '1%' ORDER BY id");
q('lower like', "SELECT id FROM items WHERE lower(name) LIKE 'apple%' ORDER BY id");
q('upper eq', "SELECT id FROM items WHERE upper(tag) = 'BAKERY' ORDER BY id");
q('order by name', 'SELECT id FROM items ORDER BY name, id');
q('order by name desc', 'SELECT id FROM items ORDER BY name DESC, id');
q('order by sku', 'SELECT sku FROM items ORDER BY sku');
q('order by sku desc', 'SELECT sku FROM items ORDER BY sku DESC');
q('order by lower name nulls first', 'SELECT id FROM items ORDER BY lower(name) NULLS FIRST, id');
q('order by tag then price', 'SELECT id FROM items ORDER BY tag NULLS FIRST, price DESC, id');
q('order by rating desc', 'SELECT id FROM items ORDER BY rating DESC, id');
q('order by rating asc nulls first', 'SELECT id FROM items ORDER BY rating ASC NULLS FIRST, id');
q(
  'order by price qty product',
  'SELECT id, price * qty AS total FROM items ORDER BY total DESC NULLS LAST, id',
);
q('order by length', 'SELECT id FROM items ORDER BY length(name) DESC NULLS LAST, id');
q('order by position 2', 'SELECT name, id FROM items ORDER BY 2 DESC');
q('order by position 3 out', 'SELECT name, id FROM items ORDER BY 3');
q('order by position negative', 'SELECT name, id FROM items ORDER BY -1');
q('order by alias expression', 'SELECT id, price AS p FROM items ORDER BY p * 2, id');
q('distinct order by not in list', 'SELECT DISTINCT tag FROM items ORDER BY price');
q('distinct order by in list', 'SELECT DISTINCT tag FROM items ORDER BY tag');
q('distinct lower tag', 'SELECT DISTINCT lower(tag) AS t FROM items ORDER BY t NULLS FIRST');
q(
  'group by lower tag count',
  'SELECT lower(tag) AS t, count(*) FROM items GROUP BY lower(tag) ORDER BY t NULLS LAST',
);
q('min max name', 'SELECT min(name), max(name), min(sku), max(sku) FROM items');
q(
  'min max price rating',
  'SELECT min(price), max(price), min(rating), max(rating), sum(qty), avg(price) FROM items',
);
q('limit offset 3 3', 'SELECT id FROM items ORDER BY id LIMIT 3 OFFSET 3');
q('limit offset last page', 'SELECT id FROM items ORDER BY id LIMIT 3 OFFSET 6');
q('offset only', 'SELECT id FROM items ORDER BY id OFFSET 5');
q('limit 0', 'SELECT id FROM items ORDER BY id LIMIT 0');
q('limit null', 'SELECT id FROM items ORDER BY id LIMIT NULL');
q('limit negative', 'SELECT id FROM items ORDER BY id LIMIT -1');
q('offset negative', 'SELECT id FROM items ORDER BY id OFFSET -2');
q('limit expression', 'SELECT id FROM items ORDER BY id LIMIT 1 + 1 OFFSET 2 * 2');
q('limit decimal', 'SELECT id FROM items ORDER BY id LIMIT 2.5');
q('limit string', "SELECT id FROM items ORDER BY id LIMIT '2'");
q('limit string bad', "SELECT id FROM items ORDER BY id LIMIT 'x'");
q('fetch first 2', 'SELECT id FROM items ORDER BY id FETCH FIRST 2 ROWS ONLY');
q('offset rows fetch next', 'SELECT id FROM items ORDER BY id OFFSET 2 ROWS FETCH NEXT 2 ROWS ONLY');
q('fetch with ties price', 'SELECT id FROM items ORDER BY price DESC FETCH FIRST 1 ROWS WITH TIES');
q(
  'fetch with ties rating',
  'SELECT id FROM items ORDER BY rating DESC NULLS LAST FETCH FIRST 2 ROWS WITH TIES',
);
qp('limit param string', 'SELECT id FROM items ORDER BY id LIMIT $1 OFFSET $2', '3', '2');
qp('limit param number', 'SELECT id FROM items ORDER BY id LIMIT $1 OFFSET $2', 3, 2);
qp('limit param null', 'SELECT id FROM items ORDER BY id LIMIT $1', null);
qp('limit param decimal', 'SELECT id FROM items ORDER BY id LIMIT $1', 1.5);
qp('limit param negative', 'SELECT id FROM items ORDER BY id LIMIT $1', -1);
qp('offset param negative', 'SELECT id FROM items ORDER BY id OFFSET $1', '-1');
qp('limit param bad', 'SELECT id FROM items ORDER BY id LIMIT $1', 'ten');
qp('keyset id', 'SELECT id FROM items WHERE id > $1 ORDER BY id LIMIT 3', 3);
qp(
  'keyset price id',
  'SELECT id FROM items WHERE (price, id) > ($1, $2) ORDER BY price, id LIMIT 3',
  '1.50',
  1,
);
qp(
  'keyset price id desc',
  'SELECT id FROM items WHERE (price, id) < ($1, $2) ORDER BY price DESC, id DESC LIMIT 3',
  10,
  6,
);
qp(
  'keyset name id',
  'SELECT id FROM items WHERE (name, id) > ($1, $2) ORDER BY name, id LIMIT 3',
  'Banana',
  3,
);
qp(
  'keyset expanded or',
  'SELECT id FROM items WHERE price > $1 OR (price = $1 AND id > $2) ORDER BY price, id LIMIT 3',
  1.5,
  1,
);
q('keyset row null', 'SELECT id FROM items WHERE (rating, id) > (4.5, 1) ORDER BY rating, id');
q(
  'row compare literal',
  'SELECT (1, 2) < (1, 3) AS a, (2, 1) > (1, 9) AS b, (1, NULL) = (1, NULL) AS c, (1, 2) <= (1, 2) AS d',
);
q('count over', 'SELECT id, count(*) OVER () AS total FROM items ORDER BY id LIMIT 2 OFFSET 2');
q(
  'count over filtered',
  "SELECT id, count(*) OVER () AS total FROM items WHERE tag ILIKE 'fruit' ORDER BY id LIMIT 2",
);
q(
  'row_number page',
  'SELECT id, rn FROM (SELECT id, row_number() OVER (ORDER BY price DESC, id) AS rn FROM items) s WHERE rn > 2 AND rn <= 4 ORDER BY rn',
);
q('total via subquery', 'SELECT (SELECT count(*) FROM items) AS total, id FROM items ORDER BY id LIMIT 1');
q('between numeric', 'SELECT id FROM items WHERE price BETWEEN 1 AND 2.25 ORDER BY id');
q('between float int', 'SELECT id FROM items WHERE rating BETWEEN 4 AND 5 ORDER BY id');
q('between text', "SELECT id FROM items WHERE sku BETWEEN 'A' AND 'b' ORDER BY id");
q('between symmetric', 'SELECT id FROM items WHERE qty BETWEEN SYMMETRIC 12 AND 3 ORDER BY id');
q('not between', 'SELECT id FROM items WHERE qty NOT BETWEEN 1 AND 10 ORDER BY id');
q('in list ints null', 'SELECT id FROM items WHERE qty IN (0, 3, NULL) ORDER BY id');
q('not in list null', 'SELECT id FROM items WHERE qty NOT IN (0, NULL) ORDER BY id');
q('not in list', 'SELECT id FROM items WHERE qty NOT IN (0, 3) ORDER BY id');
q('in text list', "SELECT id FROM items WHERE tag IN ('fruit', 'drink') ORDER BY id");
q('in numeric list mixed', 'SELECT id FROM items WHERE price IN (1.5, 10, 4) ORDER BY id');
q('in float list', 'SELECT id FROM items WHERE rating IN (4.5, 2) ORDER BY id');
q('text vs int column', 'SELECT id FROM items WHERE sku = 10');
q('text vs int param', "SELECT id FROM items WHERE sku = '10'");
q('int vs text literal', "SELECT id FROM items WHERE qty = '3' ORDER BY id");
q('int vs text typed', "SELECT id FROM items WHERE qty = '3'::text");
q('numeric vs float eq', 'SELECT id FROM items WHERE price = 4.5::float8 OR rating = 4.5 ORDER BY id');
q('numeric vs int eq', 'SELECT id FROM items WHERE price = 10 ORDER BY id');
q('numeric gt text literal', "SELECT id FROM items WHERE price > '5' ORDER BY id");
q('float gt numeric literal', 'SELECT id FROM items WHERE rating > 4.49 ORDER BY id');
qp('any int array', 'SELECT id FROM items WHERE id = ANY($1) ORDER BY id', [1, 3, 5]);
qp('any int array typed', 'SELECT id FROM items WHERE id = ANY($1::int[]) ORDER BY id', [2, 4, 99]);
qp('any text array', 'SELECT id FROM items WHERE tag = ANY($1) ORDER BY id', ['fruit', 'drink']);
qp('any text array typed', 'SELECT id FROM items WHERE tag = ANY($1::text[]) ORDER BY id', ['bakery']);
qp('any empty array', 'SELECT count(*) FROM items WHERE id = ANY($1::int[])', []);
qp('all neq array', 'SELECT id FROM items WHERE id <> ALL($1::int[]) ORDER BY id', [1, 2, 3]);
qp('any numeric array', 'SELECT id FROM items WHERE price = ANY($1::numeric[]) ORDER BY id', ['1.5', '10']);
qp('not any', 'SELECT id FROM items WHERE NOT (id = ANY($1::int[])) ORDER BY id', [1, 2, 3, 4, 5, 6]);
qp('any with null elem', 'SELECT id FROM items WHERE tag = ANY($1::text[]) ORDER BY id', [null, 'drink']);
qp('in params', 'SELECT id FROM items WHERE id IN ($1, $2) ORDER BY id', 1, 2);
qp(
  'search optional filter null',
  'SELECT id FROM items WHERE ($1::text IS NULL OR tag = $1) ORDER BY id',
  null,
);
qp(
  'search optional filter value',
  'SELECT id FROM items WHERE ($1::text IS NULL OR tag = $1) ORDER BY id',
  'fruit',
);
qp(
  'search optional ilike',
  "SELECT id FROM items WHERE ($1::text IS NULL OR name ILIKE '%' || $1 || '%') ORDER BY id",
  'APP',
);
qp(
  'search min max price',
  'SELECT id FROM items WHERE price >= coalesce($1, price) AND price <= coalesce($2, price) ORDER BY id',
  null,
  '5',
);
qp('sort with coalesce param', 'SELECT id FROM items WHERE qty > $1 ORDER BY qty DESC, id', '2');
q('trim compare', "SELECT id FROM items WHERE trim(' fruit ') = tag ORDER BY id");
q('varchar vs text', "SELECT id FROM items WHERE tag = 'fruit'::text ORDER BY id");
q('concat sort', "SELECT sku || '-' || coalesce(tag, '') AS k FROM items ORDER BY k");
q('numeric-looking text sort', "SELECT sku FROM items WHERE sku ~ '^[0-9]+$' ORDER BY sku");
q('numeric-looking cast sort', 'SELECT sku FROM items WHERE id IN (7, 8) ORDER BY sku::int');
q(
  'order by case',
  "SELECT id FROM items ORDER BY CASE tag WHEN 'fruit' THEN 1 WHEN 'bakery' THEN 2 ELSE 3 END, id",
);
q('order by bool', 'SELECT id FROM items ORDER BY qty IS NULL, qty, id');
q('order by two nulls', 'SELECT id FROM items ORDER BY tag DESC NULLS LAST, name NULLS FIRST, id');
q(
  'union order limit',
  "SELECT id, 'a' AS s FROM items WHERE id < 3 UNION ALL SELECT id, 'b' FROM items WHERE id > 6 ORDER BY id DESC LIMIT 3",
);
q(
  'subquery limit order',
  'SELECT id FROM (SELECT id FROM items ORDER BY price DESC, id LIMIT 4) s ORDER BY id',
);
q('exists with limit', 'SELECT EXISTS (SELECT 1 FROM items WHERE qty = 0 LIMIT 1) AS v');
q(
  'string compare',
  "SELECT 'apple' < 'Banana' AS a, 'A-100' < 'a-20' AS b, '10' < '9' AS c, 'abc' < 'abcd' AS d, '' < 'a' AS e",
);
q('greatest least numbers', 'SELECT greatest(1, 2.5, 2) AS g, least(1, 0.5::float8) AS l');
q('numeric display', 'SELECT price, price * 2 AS d, price / 3 AS t FROM items WHERE id = 3');
q('round avg', 'SELECT round(avg(price), 2) AS a, round(avg(rating)::numeric, 3) AS r FROM items');
export default l.cases;
