// Round 30, fourth family: a combinational generator over the users/posts/products tables of
// gen.mjs: two or three predicates of the filters repositories write joined by AND/OR/NOT, a select
// list of ordinary expressions, an ORDER BY ending in the primary key, LIMIT/OFFSET; as literals or
// parameters. Each statement is small; their number finds what hand-written cases miss.
import { rngOf, SCHEMA } from './gen.mjs';

const P = (sql, ...params) => ({ sql, params });

const TABLES = {
  users: {
    preds: [
      ['tenant_id = ?', [1, 2, 3]],
      ['tenant_id <> ?', [1, 2]],
      ['email ILIKE ?', ['%ACME%', 'a%', '%.COM', '%e%']],
      ['email LIKE ?', ['%acme%', 'E%', '%\\_%', '%@%.%']],
      ['name ILIKE ?', ['a%', '%B%', '_ve']],
      ['name NOT LIKE ?', ['A%', '%']],
      ['score > ?', [0, 50, 75, 90]],
      ['score <= ?', [10, 75]],
      ['score IS NULL', null],
      ['score IS NOT NULL', null],
      ['score IN (?, ?)', [10, 75, 90, null]],
      ['score NOT IN (?, ?)', [10, 75, 90]],
      ['score = ANY(?)', [[75, 90], [null, 10], []]],
      ['score <> ALL(?)', [[75], [], [null]]],
      ['score IS DISTINCT FROM ?', [75, null]],
      ['score BETWEEN ? AND ?', [10, 75, 90]],
      ['score NOT BETWEEN ? AND ?', [10, 75]],
      ['balance >= ?', ['1', '0.01', 10.5, '99.990']],
      ['balance = ?', ['10.5', '0', 1]],
      ['active', null],
      ['NOT active', null],
      ['active = ?', [true, false]],
      ['active IS NOT TRUE', null],
      ['deleted_at IS NULL', null],
      ['deleted_at > ?', ['2024-03-15T00:00:00Z']],
      ['created_at >= ?', ['2024-02-01', '2024-01-03 10:00:00+00', '2024-03-10T08:00:00.000Z']],
      ['created_at < ?', ['2024-03-10 08:00:00+00', '2024-01-01']],
      ['role = ?', ['admin', 'member', 'viewer']],
      ["role IN ('admin', 'viewer')", null],
      ['lower(email) = ?', ['eve@globex.com', 'ann@acme.io']],
      ['length(name) > ?', [2, 3]],
      ["coalesce(name, '') = ?", ['', 'bob']],
      ['email ~ ?', ['^[a-c]', 'io$']],
      ['email ~* ?', ['^E', 'GLOBEX']],
      ['name SIMILAR TO ?', ['(A|b)%', '%e']],
      ['id % 2 = ?', [0, 1]],
      ['id > ?', [2, 4, 6]],
      ['id <= ?', [3, 5]],
      ["split_part(email, '@', 2) = ?", ['acme.io', 'globex.com']],
      ['created_at::date = ?', ['2024-03-10', '2024-01-02']],
      ["date_trunc('month', created_at) = ?", ['2024-03-01 00:00:00+00', '2024-01-01T00:00:00Z']],
      ['extract(month FROM created_at) = ?', [1, 2, 3]],
      ['score * 2 > balance', null],
      ['balance > score', null],
      ['name = email', null],
      ['(score, id) > (?, 2)', [50, 75]],
      ["tenant_id = ? AND role = 'admin'", [1, 2]],
      ['starts_with(email, ?)', ['ann', 'E']],
    ],
    exprs: [
      'id',
      'email',
      'name',
      'score',
      'balance',
      'active',
      'created_at',
      'deleted_at',
      'role',
      'tenant_id',
      'coalesce(score, 0)',
      'score + 1',
      'score * balance',
      'balance * 2',
      'balance / 3',
      'score / 4',
      'score::numeric / 4',
      'round(balance, 1)',
      'upper(name)',
      'lower(email)',
      'length(email)',
      "name || '!'",
      'coalesce(name, email)',
      "nullif(role, 'member')",
      'left(email, 3)',
      'score IS NULL',
      'NOT active',
      'score > 50',
      'created_at::date',
      "created_at + interval '1 day'",
      "date_trunc('day', created_at)",
      'extract(dow FROM created_at)',
      'deleted_at - created_at',
      "CASE WHEN score > 60 THEN 'hi' ELSE 'lo' END",
      'greatest(score, 50)',
      'least(balance, 5)',
      "to_char(created_at, 'YYYY-MM-DD')",
      'balance::text',
      "score::text || 'pts'",
      'abs(coalesce(score, 0) - 50)',
      'balance > 1 AND active',
      "position('e' in email)",
    ],
    sorts: [
      'score',
      'score DESC',
      'score NULLS FIRST',
      'score DESC NULLS LAST',
      'name',
      'name DESC NULLS FIRST',
      'email',
      'balance DESC',
      'created_at',
      'deleted_at DESC',
      'role',
      'active',
      'tenant_id DESC',
      'lower(name)',
      'coalesce(score, 100) DESC',
      'length(email)',
    ],
  },
  products: {
    preds: [
      ['price > ?', ['1', 0.5, '12.50', 4]],
      ['price BETWEEN ? AND ?', ['0.25', '4.00', 12.5]],
      ['stock = ?', [0, 1, 100]],
      ['stock > ?', [0, 3]],
      ['discontinued', null],
      ['discontinued IS NULL', null],
      ['NOT discontinued', null],
      ['discontinued IS NOT TRUE', null],
      ['discontinued IS DISTINCT FROM ?', [true, false, null]],
      ['name ILIKE ?', ['%an%', 'a%', '%BOX']],
      ['sku IN (?, ?)', ['A-1', 'C-3', 'Z-9']],
      ['sku = ANY(?)', [['A-1', 'E-5'], []]],
      ['weight_g IS NULL', null],
      ['weight_g > ?', [100, 500]],
      ['price * stock > ?', [10, 50]],
      ['stock < weight_g / 100', null],
      ['name < ?', ['C', 'banana', 'a']],
      ['name >= ?', ['D', 'b']],
      ['id <> ?', [1, 3]],
      ['price::int = ?', [1, 13, 30]],
      ['round(price) = ?', [1, 13]],
    ],
    exprs: [
      'id',
      'sku',
      'name',
      'price',
      'stock',
      'weight_g',
      'discontinued',
      'price * stock',
      'price * 1.1',
      'price / 3',
      'stock / 3',
      'stock::numeric / 3',
      'price::int',
      'round(price, 1)',
      'ceil(price)',
      'floor(price)',
      'price + weight_g',
      'weight_g / 1000.0',
      'coalesce(weight_g, 0) + stock',
      'upper(name)',
      "name || ' (' || sku || ')'",
      'NOT discontinued',
      'coalesce(discontinued, false)',
      'stock > 0 AND NOT coalesce(discontinued, false)',
      'price::text',
      "to_char(price, 'FM990.00')",
      'trunc(price)',
      'price - 0.99',
      '-price',
      'abs(price - 5)',
      'mod(stock, 3)',
      'power(stock, 2)',
    ],
    sorts: [
      'price',
      'price DESC',
      'stock',
      'stock DESC',
      'name',
      'weight_g NULLS FIRST',
      'weight_g DESC',
      'discontinued',
      'discontinued DESC NULLS LAST',
      'sku DESC',
      'price * stock DESC',
      'lower(name)',
    ],
  },
  posts: {
    preds: [
      ['tenant_id = ?', [1, 2]],
      ['status = ?', ['draft', 'published', 'archived']],
      ['status <> ?', ['draft']],
      ['status IN (?, ?)', ['draft', 'published', 'archived']],
      ['views > ?', [0, 100, '5000000000']],
      ['rating >= ?', ['4.5', 3, 4]],
      ['rating IS NULL', null],
      ['published_at IS NOT NULL', null],
      ['published_at < ?', ['2024-01-31T00:00:00Z', '2024-02-01']],
      ['title ILIKE ?', ['%hello%', 'p%', '%T']],
      ['slug IS NULL', null],
      ["body ->> 'lang' = ?", ['en', 'de']],
      ['body @> ?::jsonb', ['{"lang": "en"}', '{"meta": {}}', '{}']],
      ['body IS NULL', null],
      ['? = ANY(labels)', ['news', 'intro', 'x']],
      ['labels @> ?::text[]', ['{sql}', '{}', '{news,intro}']],
      ['cardinality(labels) > ?', [0, 1]],
      ['labels IS NULL', null],
      ['author_id IS NOT DISTINCT FROM ?', [1, null]],
      ["(body->>'words')::int > ?", [100, 0]],
      ['body ? ?', ['words', 'lang']],
      ['title < ?', ['Init', 'a']],
    ],
    exprs: [
      'id',
      'title',
      'slug',
      'status',
      'views',
      'rating',
      'published_at',
      'body',
      'labels',
      'author_id',
      'views + 1',
      'views * 2',
      'views / 7',
      'views::numeric / 7',
      'rating * 2',
      'round(rating)',
      'coalesce(rating, 0)',
      "body->'lang'",
      "body->>'lang'",
      "body->'meta'",
      "body->'words'",
      "(body->>'words')::int",
      'jsonb_typeof(body)',
      'labels[1]',
      'cardinality(labels)',
      'array_length(labels, 1)',
      'status::text',
      'upper(title)',
      'published_at::date',
      "date_trunc('month', published_at)",
      "coalesce(slug, '-')",
      "labels || 'x'::text",
      "array_to_string(labels, '|')",
      'body || \'{"x": 1}\'',
      "body - 'words'",
      "jsonb_build_object('t', title)",
      'to_jsonb(labels)',
      "status = 'draft'",
    ],
    sorts: [
      'views',
      'views DESC',
      'rating DESC NULLS LAST',
      'rating NULLS FIRST',
      'published_at',
      'published_at DESC',
      'status',
      'status DESC',
      'title',
      'slug NULLS FIRST',
      "body->>'lang'",
      'cardinality(labels)',
      'labels',
      'author_id DESC',
    ],
  },
};

function predicate(r, table, params, useParams) {
  const [pattern, values] = r.pick(TABLES[table].preds);
  if (values === null) return pattern;
  return pattern.replace(/\?/g, () => {
    const v = r.pick(values);
    if (useParams) {
      params.push(v);
      return `$${params.length}`;
    }
    if (v === null) return 'NULL';
    if (Array.isArray(v)) return `'{${v.map((x) => (x === null ? 'NULL' : x)).join(',')}}'`;
    if (typeof v === 'string') return `'${v}'`;
    return String(v);
  });
}

export function fuzz(seed, count, prefix = 'r30 fuzz') {
  const r = rngOf(seed);
  const cases = [];
  for (let i = 0; i < count; i += 1) {
    const table = r.pick(Object.keys(TABLES));
    const t = TABLES[table];
    const params = [];
    const useParams = r.bool();
    const n = r.int(1, 3);
    let where = predicate(r, table, params, useParams);
    for (let k = 1; k < n; k += 1) {
      const op = r.pick(['AND', 'OR', 'AND NOT', 'OR NOT']);
      const next = predicate(r, table, params, useParams);
      where = r.bool() ? `(${where}) ${op} (${next})` : `${where} ${op} ${next}`;
    }
    const cols = Array.from({ length: r.int(1, 3) }, () => r.pick(t.exprs));
    const kind = r.int(0, 9);
    let sql;
    if (kind < 6) {
      const sort = r.pick(t.sorts);
      const limit = r.pick(['', '', ' LIMIT 2', ' LIMIT 3 OFFSET 1', ' OFFSET 1']);
      sql = `SELECT id, ${cols.map((c, j) => `${c} AS c${j}`).join(', ')} FROM ${table} WHERE ${where} ORDER BY ${sort}, id${limit}`;
    } else if (kind < 8) {
      const agg = r.pick([
        'count(*)',
        `count(${cols[0]})`,
        `count(DISTINCT ${cols[0]})`,
        `max(${cols[0]})`,
        `min(${cols[0]})`,
        `sum(${t === TABLES.users ? 'score' : table === 'products' ? 'stock' : 'views'})`,
        `bool_or(${where})`,
        `count(*) FILTER (WHERE ${where})`,
      ]);
      sql = r.bool() ? `SELECT ${agg} AS a FROM ${table} WHERE ${where}` : `SELECT ${agg} AS a FROM ${table}`;
    } else if (kind === 8) {
      sql = `SELECT ${cols[0]} AS k, count(*) AS n FROM ${table} WHERE ${where} GROUP BY ${cols[0]} ORDER BY 1 NULLS FIRST`;
    } else {
      sql = `UPDATE ${table} SET ${table === 'users' ? 'score = coalesce(score, 0) + 1' : table === 'products' ? 'stock = stock + 1' : 'views = views + 1'} WHERE ${where} RETURNING id, ${cols[0]} AS c0`;
    }
    const step = useParams ? P(sql, ...params) : sql;
    cases.push({ name: `${prefix} ${table} #${i + 1} (seed ${seed})`, setup: SCHEMA, steps: [step] });
  }
  return cases;
}
