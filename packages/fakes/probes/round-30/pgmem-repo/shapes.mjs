// Round 30: the shapes of gen.mjs, each a function of a seeded rng giving one case's steps.
import { rngOf, SCHEMA } from './gen.mjs';

const P = (sql, ...params) => ({ sql, params });
/** The same statement, by chance with its values as parameters or written as literals. */
const lit = (v) =>
  v === null
    ? 'NULL'
    : typeof v === 'number'
      ? String(v)
      : typeof v === 'boolean'
        ? String(v)
        : `'${String(v).replaceAll("'", "''")}'`;
function either(r, sql, params) {
  if (r.bool()) return P(sql, ...params);
  return sql.replace(/\$(\d+)/g, (_, n) => {
    const v = params[Number(n) - 1];
    if (v instanceof Date) return `'${v.toISOString()}'`;
    if (Array.isArray(v)) return `'{${v.map((x) => (x === null ? 'NULL' : `"${x}"`)).join(',')}}'`;
    if (v !== null && typeof v === 'object') return `'${JSON.stringify(v).replaceAll("'", "''")}'`;
    return lit(v);
  });
}

const TENANTS = [1, 2, 3, 4];
const EMAIL_PATTERNS = ['%acme%', 'ANN%', '%@globex.com', '%.io', 'e%', '%', '_ob@%', '%\\_%'];
const DATES = [
  '2024-01-01T00:00:00Z',
  '2024-02-01T00:00:00.000Z',
  '2024-03-10T08:00:00Z',
  '2023-12-31T23:59:59Z',
  '2024-06-01T10:00:00+02:00',
];
const USER_SORTS = [
  'id',
  'id DESC',
  'score DESC NULLS LAST, id',
  'score NULLS FIRST, id',
  'score DESC, id DESC',
  'name, id',
  'lower(name) NULLS FIRST, id',
  'created_at DESC, id DESC',
  'balance DESC, id',
  'email, tenant_id',
  'role, score DESC NULLS LAST, id',
  'coalesce(score, -1), id',
  'deleted_at NULLS FIRST, id',
  'active DESC, id',
  'length(email), id',
];
const USER_FILTERS = [
  ['tenant_id = $1', () => [1]],
  ['tenant_id = $1 AND deleted_at IS NULL', (r) => [r.pick(TENANTS)]],
  ['email ILIKE $1', (r) => [r.pick(EMAIL_PATTERNS)]],
  ['email LIKE $1', (r) => [r.pick(EMAIL_PATTERNS)]],
  ['name ILIKE $1', (r) => [r.pick(['ann%', '%E%', 'b_b', '%'])]],
  ['id = ANY($1)', (r) => [r.pick([[1, 2], [3, 99], [], [7, 7, 1]])]],
  ['id = ANY($1::int[])', (r) => [r.pick([[1, 2], [4], []])]],
  ['role IN ($1, $2)', (r) => [r.pick(['admin', 'member']), r.pick(['viewer', 'owner'])]],
  ['score IS DISTINCT FROM $1', (r) => [r.pick([75, null, 90])]],
  ['score IS NOT DISTINCT FROM $1', (r) => [r.pick([75, null, 10])]],
  ['score BETWEEN $1 AND $2', (r) => [r.int(0, 60), r.int(60, 100)]],
  ['created_at BETWEEN $1 AND $2', (r) => [r.pick(DATES), '2024-12-31T00:00:00Z']],
  ['created_at >= $1', (r) => [new Date(r.pick(DATES))]],
  ["created_at < $1::timestamptz - interval '1 day'", (r) => [r.pick(DATES)]],
  ['coalesce(score, 0) > $1', (r) => [r.int(0, 80)]],
  ["nullif(name, '') IS NOT NULL AND active = $1", (r) => [r.bool()]],
  ['(deleted_at IS NULL OR deleted_at > $1)', (r) => [new Date(r.pick(DATES))]],
  ['balance > $1', (r) => [r.pick(['1.00', '0', '10.5', 99.99])]],
  ['lower(email) = lower($1)', (r) => [r.pick(['ANN@ACME.IO', 'eve@globex.com', 'x'])]],
  ['score NOT IN (75, 90)', () => []],
  ['role <> $1', (r) => [r.pick(['admin', 'member'])]],
  ['NOT active OR score < $1', (r) => [r.int(0, 100)]],
  ['tenant_id = $1 AND (name ILIKE $2 OR email ILIKE $2)', (r) => [r.pick(TENANTS), r.pick(['%a%', '%E%'])]],
];

const shapes = {
  // ---- accounts, soft delete, multi-tenant ----
  'users filtered sorted paged': (r) => {
    const [where, args] = r.pick(USER_FILTERS);
    const params = args(r);
    const limit = r.pick(['', ' LIMIT 2', ' LIMIT 3 OFFSET 1', ' LIMIT 10 OFFSET 5', ' OFFSET 2']);
    const cols = r.pick([
      'id, email, name',
      'id, score, balance',
      'id, created_at, deleted_at',
      '*',
      'id, active, role',
      'id, coalesce(name, email) AS label',
    ]);
    return [
      either(
        r,
        `SELECT ${cols} FROM users WHERE ${where} ORDER BY ${r.pick(USER_SORTS)}, id${limit}`,
        params,
      ),
    ];
  },
  'users count filtered': (r) => {
    const [where, args] = r.pick(USER_FILTERS);
    const agg = r.pick([
      'count(*)',
      'count(score)',
      'count(DISTINCT score)',
      'count(name) AS named, count(*) AS total',
      'sum(score)',
      'sum(balance)',
      'avg(score)',
      'max(name), min(email)',
      'min(created_at), max(deleted_at)',
      'count(*) FILTER (WHERE active) AS active_n',
      'bool_and(active), bool_or(active)',
      'max(score) - min(score) AS spread',
      'sum(score)::int AS s',
      'count(*)::int',
      'round(avg(balance), 2)',
      'coalesce(sum(score), 0) AS s',
    ]);
    return [either(r, `SELECT ${agg} FROM users WHERE ${where}`, args(r))];
  },
  'users keyset page': (r) => {
    const after = r.pick([[0], [2], [5]]);
    const form = r.pick([
      [
        'SELECT id, email FROM users WHERE tenant_id = $1 AND id > $2 ORDER BY id LIMIT $3',
        (a) => [r.pick(TENANTS), a[0], r.int(1, 3)],
      ],
      [
        'SELECT id, created_at FROM users WHERE (created_at, id) > ($1, $2) ORDER BY created_at, id LIMIT 3',
        (a) => [new Date('2024-01-03T10:00:00Z'), a[0]],
      ],
      [
        'SELECT id, created_at FROM users WHERE (created_at, id) < ($1::timestamptz, $2::int) ORDER BY created_at DESC, id DESC LIMIT 2',
        (a) => [r.pick(DATES), a[0] + 3],
      ],
      [
        'SELECT id, score FROM users WHERE score < $1 OR (score = $1 AND id > $2) ORDER BY score DESC, id LIMIT 3',
        (a) => [r.pick([90, 75, 50]), a[0]],
      ],
      [
        'SELECT id, name FROM users WHERE deleted_at IS NULL AND id < $1 ORDER BY id DESC LIMIT 2',
        (a) => [a[0] + 4],
      ],
    ]);
    return [either(r, form[0], form[1](after))];
  },
  'users group by': (r) => {
    const key = r.pick([
      'tenant_id',
      'role',
      'active',
      'deleted_at IS NULL',
      "date_trunc('month', created_at)",
      'tenant_id, role',
      'score',
    ]);
    const agg = r.pick([
      'count(*)',
      'count(score) AS scored',
      'sum(balance) AS bal',
      'max(score) AS best',
      'min(created_at) AS first',
      'count(*) FILTER (WHERE deleted_at IS NULL) AS live',
      'avg(score)::numeric(10,2) AS mean',
      'sum(score)',
      'count(DISTINCT role) AS roles',
    ]);
    const having = r.pick([
      '',
      ' HAVING count(*) > 1',
      ' HAVING sum(balance) > 1',
      ' HAVING max(score) IS NOT NULL',
    ]);
    return [`SELECT ${key} AS k, ${agg} FROM users GROUP BY ${key}${having} ORDER BY 1 NULLS FIRST`];
  },
  'users insert returning defaults': (r) => {
    const email = r.pick(['new@acme.io', 'ann@acme.io', 'NEW@acme.io', 'x@y']);
    const tenant = r.pick([1, 2, 9]);
    const form = r.pick([
      [
        'INSERT INTO users (tenant_id, email) VALUES ($1, $2) RETURNING id, role, active, balance, score, deleted_at',
        [tenant, email],
      ],
      [
        'INSERT INTO users (tenant_id, email, name, score) VALUES ($1, $2, $3, $4) RETURNING *',
        [tenant, email, r.pick([null, 'N', '']), r.pick([null, 5, '7'])],
      ],
      [
        'INSERT INTO users (tenant_id, email, balance) VALUES ($1, $2, $3) RETURNING id, balance, balance * 2 AS doubled',
        [tenant, email, r.pick(['1.005', '12.345', 3, '0.1'])],
      ],
      [
        'INSERT INTO users (tenant_id, email, created_at) VALUES ($1, $2, $3) RETURNING id, created_at',
        [tenant, email, r.pick([new Date('2024-02-29T12:00:00Z'), '2024-02-29 12:00:00+05', '2024-02-29'])],
      ],
      [
        "INSERT INTO users (tenant_id, email, role) VALUES ($1, $2, DEFAULT), ($1, $3, 'admin') RETURNING id, email, role",
        [tenant, email, 'zed@acme.io'],
      ],
    ]);
    return [either(r, form[0], form[1]), 'SELECT count(*) AS n, max(id) AS last FROM users'];
  },
  'users upsert': (r) => {
    const tenant = r.pick([1, 2]);
    const email = r.pick(['ann@acme.io', 'bob@acme.io', 'new@acme.io']);
    const action = r.pick([
      'DO NOTHING',
      'DO UPDATE SET name = EXCLUDED.name',
      'DO UPDATE SET score = coalesce(users.score, 0) + EXCLUDED.score',
      'DO UPDATE SET name = EXCLUDED.name WHERE users.deleted_at IS NULL',
      'DO UPDATE SET balance = users.balance + EXCLUDED.balance, active = true',
      'DO UPDATE SET score = EXCLUDED.score WHERE users.score IS DISTINCT FROM EXCLUDED.score',
    ]);
    const target = r.pick(['(tenant_id, email)', 'ON CONSTRAINT users_tenant_id_email_key']);
    return [
      either(
        r,
        `INSERT INTO users (tenant_id, email, name, score, balance) VALUES ($1, $2, $3, $4, $5) ON CONFLICT ${target} ${action} RETURNING id, email, name, score, balance`,
        [tenant, email, r.pick(['Zed', null]), r.pick([1, 75, null]), r.pick(['2.50', 0])],
      ),
      'SELECT id, tenant_id, email, name, score, balance FROM users ORDER BY id',
    ];
  },
  'users soft delete and restore': (r) => {
    const id = r.int(1, 8);
    return [
      either(
        r,
        'UPDATE users SET deleted_at = $2 WHERE id = $1 AND deleted_at IS NULL RETURNING id, deleted_at',
        [id, new Date('2024-07-01T00:00:00Z')],
      ),
      either(
        r,
        r.pick([
          'UPDATE users SET deleted_at = NULL WHERE id = $1 RETURNING id, deleted_at IS NULL AS restored',
          'SELECT count(*) FILTER (WHERE deleted_at IS NULL) AS live, count(*) AS all FROM users WHERE id <= $1',
        ]),
        [id],
      ),
    ];
  },
  'users constraint violation': (r) => {
    const form = r.pick([
      ['INSERT INTO users (tenant_id, email) VALUES ($1, $2)', [1, 'ann@acme.io']],
      ['INSERT INTO users (tenant_id, email) VALUES ($1, $2)', [42, 'z@z']],
      ['INSERT INTO users (tenant_id, email) VALUES ($1, $2)', [1, null]],
      ['UPDATE users SET email = $1 WHERE id = $2', ['bob@acme.io', 1]],
      ['UPDATE users SET tenant_id = $1 WHERE id = $2', [99, 2]],
      ['DELETE FROM tenants WHERE id = $1', [r.pick([1, 3])]],
      ['INSERT INTO users (tenant_id, email, score) VALUES ($1, $2, $3)', [1, 'q@q', '2147483648']],
      ['INSERT INTO users (tenant_id, email, balance) VALUES ($1, $2, $3)', [1, 'q@q', '12345678901.00']],
      ['INSERT INTO users (tenant_id, email) VALUES ($1, $2), ($1, $2)', [3, 'dup@x']],
      ['UPDATE users SET name = NULL, role = $1 WHERE id = $2', [null, 1]],
    ]);
    return [either(r, form[0], form[1])];
  },
  // ---- blog with tags ----
  'posts with tags join': (r) => {
    const join = r.pick(['JOIN', 'LEFT JOIN', 'INNER JOIN', 'LEFT OUTER JOIN']);
    const where = r.pick([
      '',
      " WHERE p.status = 'published'",
      ' WHERE t.name ILIKE $1',
      ' WHERE p.tenant_id = $2',
      ' WHERE t.name IS NULL',
    ]);
    const params = [];
    const usesP1 = where.includes('$1');
    const usesP2 = where.includes('$2');
    let sql = `SELECT p.id, p.title, t.name AS tag FROM posts p ${join} post_tags pt ON pt.post_id = p.id ${join} tags t ON t.id = pt.tag_id${where} ORDER BY p.id, t.name NULLS LAST`;
    if (usesP2) {
      sql = sql.replace('$2', '$1');
      params.push(r.pick(TENANTS));
    }
    if (usesP1) params.push(r.pick(['%s%', 'NEWS', 'm%']));
    return [either(r, sql, params)];
  },
  'posts tag counts': (r) => {
    const form = r.pick([
      'SELECT t.name, count(pt.post_id) AS n FROM tags t LEFT JOIN post_tags pt ON pt.tag_id = t.id GROUP BY t.name ORDER BY n DESC, t.name',
      'SELECT t.id, t.name, count(*) AS n FROM tags t JOIN post_tags pt ON pt.tag_id = t.id GROUP BY t.id ORDER BY t.id',
      'SELECT p.id, count(pt.tag_id) AS tag_count FROM posts p LEFT JOIN post_tags pt ON pt.post_id = p.id GROUP BY p.id HAVING count(pt.tag_id) = 0 ORDER BY p.id',
      'SELECT p.id, array_agg(t.name ORDER BY t.name) AS tags FROM posts p JOIN post_tags pt ON pt.post_id = p.id JOIN tags t ON t.id = pt.tag_id GROUP BY p.id ORDER BY p.id',
      "SELECT p.id, string_agg(t.name, ', ' ORDER BY t.name DESC) AS tags FROM posts p JOIN post_tags pt ON pt.post_id = p.id JOIN tags t ON t.id = pt.tag_id GROUP BY p.id ORDER BY p.id",
      'SELECT p.status, count(*) AS n, sum(p.views) AS views, max(p.rating) AS best FROM posts p GROUP BY p.status ORDER BY p.status',
      'SELECT p.status, avg(p.rating) AS avg_rating FROM posts p GROUP BY p.status ORDER BY p.status DESC',
      'SELECT tenant_id, sum(views) AS v, count(rating) AS rated FROM posts GROUP BY tenant_id ORDER BY v DESC',
      "SELECT date_trunc('month', published_at) AS m, count(*) FROM posts WHERE published_at IS NOT NULL GROUP BY 1 ORDER BY 1",
      "SELECT date_trunc('day', published_at)::date AS d, count(*) AS n FROM posts GROUP BY 1 ORDER BY 1 NULLS FIRST",
      'SELECT count(*) AS n, count(DISTINCT tenant_id) AS tenants, count(slug) AS slugged, sum(views) AS v FROM posts',
      'SELECT author_id, max(title) AS last_title, min(published_at) AS first FROM posts GROUP BY author_id ORDER BY author_id NULLS FIRST',
    ]);
    return [form];
  },
  'posts exists filters': (r) => {
    const tag = r.pick(['news', 'sql', 'Misc', 'none']);
    const form = r.pick([
      'SELECT p.id FROM posts p WHERE EXISTS (SELECT 1 FROM post_tags pt JOIN tags t ON t.id = pt.tag_id WHERE pt.post_id = p.id AND t.name = $1) ORDER BY p.id',
      'SELECT p.id FROM posts p WHERE NOT EXISTS (SELECT 1 FROM post_tags pt WHERE pt.post_id = p.id) ORDER BY p.id',
      'SELECT p.id FROM posts p WHERE p.id IN (SELECT pt.post_id FROM post_tags pt JOIN tags t ON t.id = pt.tag_id WHERE t.name = $1) ORDER BY p.id',
      'SELECT p.id FROM posts p WHERE p.id NOT IN (SELECT pt.post_id FROM post_tags pt JOIN tags t ON t.id = pt.tag_id WHERE t.name = $1) ORDER BY p.id',
      "SELECT u.id, u.email FROM users u WHERE EXISTS (SELECT 1 FROM posts p WHERE p.author_id = u.id AND p.status = 'published') ORDER BY u.id",
      'SELECT id FROM posts WHERE $1 = ANY(labels) ORDER BY id',
      'SELECT id, labels FROM posts WHERE labels @> ARRAY[$1]::text[] ORDER BY id',
      'SELECT id, labels FROM posts WHERE labels && $1::text[] ORDER BY id',
      "SELECT id, cardinality(labels) AS n, array_length(labels, 1) AS len FROM posts WHERE $1 <> '' ORDER BY id",
    ]);
    const params = form.includes('$1') ? [form.includes('&&') ? [tag, 'intro'] : tag] : [];
    return [either(r, form, params)];
  },
  'posts paging by published': (r) => {
    const dir = r.pick(['DESC', 'ASC', 'DESC NULLS LAST', 'ASC NULLS FIRST', 'DESC NULLS FIRST']);
    const limit = r.pick([
      'LIMIT 2',
      'LIMIT 2 OFFSET 2',
      'LIMIT 10',
      'FETCH FIRST 3 ROWS ONLY',
      'OFFSET 4 ROWS',
    ]);
    const where = r.pick([
      '',
      " WHERE status <> 'draft'",
      " WHERE status IN ('published', 'archived')",
      ' WHERE published_at < now()',
      " WHERE status::text LIKE 'p%'",
      ' WHERE rating >= 4',
      ' WHERE views > 100',
    ]);
    return [
      `SELECT id, title, published_at, status FROM posts${where} ORDER BY published_at ${dir}, id ${limit}`,
    ];
  },
  'posts enum sorting': (r) => [
    r.pick([
      'SELECT id, status FROM posts ORDER BY status DESC, id',
      "SELECT id FROM posts WHERE status > 'draft' ORDER BY id",
      'SELECT status, count(*) FROM posts GROUP BY status ORDER BY status',
      'SELECT max(status) AS mx, min(status) AS mn FROM posts',
      'SELECT id, status::text AS s FROM posts ORDER BY s, id',
      "SELECT id FROM posts WHERE status = ANY('{draft,archived}'::post_status[]) ORDER BY id",
    ]),
  ],
  'posts writes': (r) => {
    const form = r.pick([
      [
        'INSERT INTO posts (id, tenant_id, author_id, title, slug, body, labels) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id, status, views, body, labels',
        [
          10,
          1,
          1,
          'New',
          r.pick(['new', 'hello-world']),
          r.pick([{ a: 1, b: [1, 2] }, { nested: { x: null } }, null]),
          r.pick([['a', 'b'], [], null]),
        ],
      ],
      [
        "UPDATE posts SET status = 'published', published_at = $2 WHERE id = $1 AND status = 'draft' RETURNING id, status, published_at",
        [r.pick([2, 5, 1]), new Date('2024-07-01T12:00:00Z')],
      ],
      [
        'UPDATE posts SET views = views + 1 WHERE slug = $1 RETURNING views',
        [r.pick(['hello-world', 'pg-tips', 'x'])],
      ],
      [
        'UPDATE posts SET rating = $2 WHERE id = $1 RETURNING rating',
        [r.pick([1, 2]), r.pick(['4.25', '4.35', 9.96, '10', '99.9'])],
      ],
      [
        'UPDATE posts SET labels = array_append(labels, $2) WHERE id = $1 RETURNING labels',
        [r.pick([1, 2, 4]), 'x'],
      ],
      [
        'UPDATE posts SET labels = array_remove(labels, $2) WHERE id = $1 RETURNING labels',
        [r.pick([1, 3, 5]), r.pick(['intro', 'db'])],
      ],
      ['DELETE FROM posts WHERE id = $1 RETURNING id, title', [r.pick([1, 3, 99])]],
      [
        'UPDATE posts SET body = body || $2::jsonb WHERE id = $1 RETURNING body',
        [r.pick([1, 2, 4]), r.pick([{ words: 5 }, { new: true }])],
      ],
      ["UPDATE posts SET slug = lower(replace(title, ' ', '-')) WHERE slug IS NULL RETURNING id, slug", []],
      [
        'INSERT INTO post_tags (post_id, tag_id) SELECT $1, id FROM tags WHERE name = ANY($2) ON CONFLICT DO NOTHING RETURNING post_id, tag_id',
        [r.pick([1, 2]), r.pick([['sql', 'news'], ['howto']])],
      ],
      [
        'INSERT INTO tags (name) VALUES ($1) ON CONFLICT (name) DO UPDATE SET name = EXCLUDED.name RETURNING id, name',
        [r.pick(['sql', 'fresh'])],
      ],
      [
        "INSERT INTO posts (id, tenant_id, title, status) VALUES ($1, 1, 't', $2) RETURNING status",
        [11, r.pick(['published', 'bogus'])],
      ],
    ]);
    return [
      either(r, form[0], form[1]),
      'SELECT id, slug, status, views, rating, labels FROM posts ORDER BY id',
    ];
  },
  'posts jsonb reads': (r) => {
    const form = r.pick([
      "SELECT id, body->>'lang' AS lang FROM posts ORDER BY id",
      "SELECT id, body->'words' AS words FROM posts ORDER BY id",
      "SELECT id, (body->>'words')::int AS words FROM posts WHERE body ? 'words' ORDER BY id",
      'SELECT id FROM posts WHERE body @> \'{"lang": "en"}\' ORDER BY id',
      'SELECT id FROM posts WHERE body @> $1::jsonb ORDER BY id',
      "SELECT id, body->'meta'->>'featured' AS f FROM posts ORDER BY id",
      "SELECT id, coalesce(body->>'lang', 'none') AS lang FROM posts ORDER BY id",
      "SELECT body->>'lang' AS lang, count(*) FROM posts GROUP BY 1 ORDER BY 1 NULLS FIRST",
      "SELECT id, jsonb_build_object('id', id, 'title', title, 'views', views) AS doc FROM posts ORDER BY id",
      'SELECT jsonb_agg(id ORDER BY id) AS ids FROM posts',
      "SELECT id, body->'tags'->>0 AS first_tag FROM posts ORDER BY id",
      "SELECT id, jsonb_typeof(body->'lang') AS t FROM posts ORDER BY id",
      "SELECT id, body->>'words' = $1 AS same FROM posts ORDER BY id",
      "SELECT id FROM posts WHERE (body->>'words')::int > $1 ORDER BY id",
    ]);
    const params = form.includes('$1')
      ? [
          form.includes('jsonb')
            ? r.pick([{ lang: 'en' }, { meta: { featured: true } }, {}])
            : r.pick(['300', '10', 100]),
        ]
      : [];
    return [either(r, form, params)];
  },
  // ---- shop: carts and stock ----
  'cart totals': (r) => {
    const cart = r.pick([
      '11111111-1111-1111-1111-111111111111',
      '22222222-2222-2222-2222-222222222222',
      '33333333-3333-3333-3333-333333333333',
      '44444444-4444-4444-4444-444444444444',
    ]);
    const form = r.pick([
      'SELECT ci.product_id, p.name, ci.qty, p.price, ci.qty * p.price AS line FROM cart_items ci JOIN products p ON p.id = ci.product_id WHERE ci.cart_id = $1 ORDER BY ci.product_id',
      'SELECT sum(ci.qty * p.price) AS total, sum(ci.qty) AS items, count(*) AS lines FROM cart_items ci JOIN products p ON p.id = ci.product_id WHERE ci.cart_id = $1',
      'SELECT coalesce(sum(ci.qty * p.price), 0) AS total FROM cart_items ci JOIN products p ON p.id = ci.product_id WHERE ci.cart_id = $1',
      'SELECT c.id, c.user_id, count(ci.product_id) AS lines FROM carts c LEFT JOIN cart_items ci ON ci.cart_id = c.id WHERE c.id = $1 GROUP BY c.id',
      'SELECT p.sku, ci.qty > p.stock AS short FROM cart_items ci JOIN products p ON p.id = ci.product_id WHERE ci.cart_id = $1 ORDER BY p.sku',
      'SELECT c.id, u.email FROM carts c LEFT JOIN users u ON u.id = c.user_id WHERE c.id = $1::uuid',
      'SELECT id, checked_out_at IS NOT NULL AS done, checked_out_at - created_at AS took FROM carts WHERE id = $1',
      "SELECT ci.cart_id, sum(ci.qty)::int AS n FROM cart_items ci WHERE ci.cart_id IN ($1, '22222222-2222-2222-2222-222222222222') GROUP BY ci.cart_id ORDER BY ci.cart_id",
    ]);
    return [either(r, form, [cart])];
  },
  'cart writes': (r) => {
    const cart = r.pick([
      '11111111-1111-1111-1111-111111111111',
      '33333333-3333-3333-3333-333333333333',
      '55555555-5555-5555-5555-555555555555',
    ]);
    const product = r.pick([1, 2, 3, 9]);
    const qty = r.pick([1, 2, 0, -1]);
    const form = r.pick([
      [
        'INSERT INTO cart_items (cart_id, product_id, qty) VALUES ($1, $2, $3) ON CONFLICT (cart_id, product_id) DO UPDATE SET qty = cart_items.qty + EXCLUDED.qty RETURNING cart_id, product_id, qty',
        [cart, product, qty],
      ],
      [
        'INSERT INTO cart_items (cart_id, product_id, qty) VALUES ($1, $2, $3) ON CONFLICT (cart_id, product_id) DO UPDATE SET qty = EXCLUDED.qty RETURNING qty, (xmax = 0) AS inserted',
        [cart, product, qty],
      ],
      [
        'UPDATE cart_items SET qty = qty + $3 WHERE cart_id = $1 AND product_id = $2 RETURNING qty',
        [cart, product, qty],
      ],
      [
        'DELETE FROM cart_items WHERE cart_id = $1 AND product_id = ANY($2) RETURNING product_id',
        [cart, [product, 1]],
      ],
      [
        'INSERT INTO carts (id, user_id) VALUES ($1, $2) RETURNING id, user_id, checked_out_at',
        [cart, r.pick([1, null, 99])],
      ],
      [
        'INSERT INTO carts (id, user_id) VALUES (gen_random_uuid(), $1) RETURNING user_id, length(id::text) AS len',
        [r.pick([1, null])],
      ],
      [
        'UPDATE carts SET checked_out_at = $2 WHERE id = $1 AND checked_out_at IS NULL RETURNING id',
        [cart, r.pick([new Date('2024-05-05T00:00:00Z'), '2024-05-05 01:00:00-02'])],
      ],
      ['DELETE FROM carts WHERE id = $1 RETURNING id', [cart]],
      [
        'INSERT INTO cart_items (cart_id, product_id, qty) VALUES ($1, $2, $3)',
        [r.pick([cart, 'not-a-uuid', 'AAAAAAAA-AAAA-AAAA-AAAA-AAAAAAAAAAAA']), product, qty],
      ],
    ]);
    return [
      either(r, form[0], form[1]),
      'SELECT cart_id, product_id, qty FROM cart_items ORDER BY cart_id, product_id',
    ];
  },
  'stock reservation': (r) => {
    const id = r.pick([1, 2, 3, 4]);
    const qty = r.pick([1, 3, 100, 0]);
    const form = r.pick([
      ['UPDATE products SET stock = stock - $2 WHERE id = $1 AND stock >= $2 RETURNING id, stock', [id, qty]],
      ['UPDATE products SET stock = stock - $2 WHERE id = $1 RETURNING id, stock', [id, qty]],
      ['UPDATE products SET stock = greatest(stock - $2, 0) WHERE id = $1 RETURNING stock', [id, qty]],
      [
        'UPDATE products SET price = round(price * $2, 2) WHERE id = $1 RETURNING price',
        [id, r.pick(['1.1', '0.5', 1.15, '2'])],
      ],
      ['UPDATE products SET price = price * 1.1 WHERE discontinued IS NOT TRUE RETURNING id, price', []],
      [
        'UPDATE products SET discontinued = NOT coalesce(discontinued, false) WHERE id = $1 RETURNING discontinued',
        [id],
      ],
      [
        'UPDATE products SET stock = stock + 1 WHERE sku = ANY($1) RETURNING sku, stock',
        [r.pick([['A-1', 'B-2'], ['Z'], []])],
      ],
      [
        'INSERT INTO products (sku, name, price, stock) VALUES ($1, $2, $3, $4) ON CONFLICT (sku) DO UPDATE SET stock = products.stock + EXCLUDED.stock, price = EXCLUDED.price RETURNING id, sku, price, stock',
        [r.pick(['A-1', 'F-6']), 'x', r.pick(['1.234', '5', 0.1]), qty],
      ],
      [
        'INSERT INTO products (sku, name, price, stock) VALUES ($1, $2, $3, $4) ON CONFLICT (sku) DO NOTHING RETURNING id',
        [r.pick(['A-1', 'F-6']), 'x', '1', qty],
      ],
      [
        'INSERT INTO products (sku, name, price) VALUES ($1, $2, $3) RETURNING id, stock, discontinued, weight_g',
        ['G-7', 'g', r.pick(['-1', '10', '99999999.999'])],
      ],
    ]);
    return [
      either(r, form[0], form[1]),
      'SELECT id, sku, price, stock, discontinued FROM products ORDER BY id',
    ];
  },
  'product search': (r) => {
    const q = r.pick(['%an%', 'A%', '%BOX', '%e%', '%', 'c_erry%']);
    const form = r.pick([
      'SELECT id, name, price FROM products WHERE name ILIKE $1 ORDER BY price DESC, id',
      'SELECT id, name FROM products WHERE name ILIKE $1 OR sku ILIKE $1 ORDER BY name, id',
      'SELECT id, name FROM products WHERE name NOT ILIKE $1 ORDER BY id',
      'SELECT id, name FROM products WHERE name LIKE $1 ORDER BY lower(name), id',
      'SELECT count(*) AS n, min(price) AS lo, max(price) AS hi, sum(stock) AS units FROM products WHERE name ILIKE $1',
      'SELECT id, price FROM products WHERE price BETWEEN 0.5 AND 20 AND name ILIKE $1 ORDER BY id',
      "SELECT id, CASE WHEN stock = 0 THEN 'out' WHEN stock < 5 THEN 'low' ELSE 'ok' END AS level FROM products WHERE name ILIKE $1 ORDER BY id",
      'SELECT id, weight_g / 1000.0 AS kg, coalesce(weight_g, 0) AS w FROM products WHERE name ILIKE $1 ORDER BY id',
      'SELECT id, price::float8 AS p, price::int AS rounded, price::text AS t FROM products WHERE name ILIKE $1 ORDER BY id',
      'SELECT sum(price * stock) AS value, avg(price) AS mean FROM products WHERE name ILIKE $1',
      'SELECT id FROM products WHERE discontinued IS NOT TRUE AND name ILIKE $1 ORDER BY id',
      'SELECT id FROM products WHERE discontinued IS DISTINCT FROM true AND name ILIKE $1 ORDER BY id',
      'SELECT id, nullif(stock, 0) AS stock FROM products WHERE name ILIKE $1 ORDER BY stock NULLS FIRST, id',
    ]);
    return [either(r, form, [q])];
  },
  // ---- audit log ----
  'audit queries': (r) => {
    const tenant = r.pick(TENANTS);
    const form = r.pick([
      [
        'SELECT id, action, entity, at FROM audit_log WHERE tenant_id = $1 ORDER BY at DESC, id DESC LIMIT $2',
        [tenant, r.int(1, 4)],
      ],
      [
        'SELECT id, at FROM audit_log WHERE at >= $1 AND at < $2 ORDER BY at, id',
        [new Date('2024-01-05T10:00:00Z'), new Date('2024-02-14T12:31:00Z')],
      ],
      [
        "SELECT id, at FROM audit_log WHERE at >= $1::timestamptz AND at < $1::timestamptz + interval '1 day' ORDER BY id",
        [r.pick(['2024-01-05', '2024-01-06T00:00:00Z', '2024-02-01 00:00:00+00'])],
      ],
      [
        'SELECT action, count(*) AS n FROM audit_log WHERE tenant_id = $1 GROUP BY action ORDER BY n DESC, action',
        [tenant],
      ],
      [
        'SELECT entity, entity_id, max(at) AS last FROM audit_log GROUP BY entity, entity_id ORDER BY last DESC, entity, entity_id',
        [],
      ],
      ["SELECT id, data->'changes' AS changes FROM audit_log WHERE data ? 'changes' ORDER BY id", []],
      ['SELECT id FROM audit_log WHERE data @> $1 ORDER BY id', [r.pick([{ reason: 'spam' }, { n: 2 }, {}])]],
      [
        'SELECT id, actor_id FROM audit_log WHERE actor_id IS DISTINCT FROM $1 ORDER BY id',
        [r.pick([1, null])],
      ],
      [
        "SELECT date_trunc('day', at) AS day, count(*) AS n, count(actor_id) AS by_actor FROM audit_log GROUP BY 1 ORDER BY 1",
        [],
      ],
      [
        "SELECT date_trunc('hour', at) AS h, count(*) FROM audit_log WHERE tenant_id = $1 GROUP BY 1 ORDER BY 1",
        [tenant],
      ],
      [
        'SELECT a.id, u.email FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id AND u.tenant_id = a.tenant_id ORDER BY a.id',
        [],
      ],
      [
        'INSERT INTO audit_log (tenant_id, actor_id, action, entity, entity_id, at, data) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id, at, data',
        [
          tenant,
          r.pick([1, null]),
          'update',
          'post',
          r.pick(['1', 2]),
          r.pick([
            new Date('2024-08-01T00:00:00.123Z'),
            '2024-08-01 00:00:00.123456+00',
            '2024-08-01T12:00:00+05:30',
          ]),
          r.pick([{ a: [1, 'x', null], b: { c: true } }, [1, 2], 'str', 3.5, null]),
        ],
      ],
      [
        'DELETE FROM audit_log WHERE at < $1 RETURNING id',
        [r.pick([new Date('2024-01-06T00:00:00Z'), '2024-02-01'])],
      ],
      ['SELECT id, extract(epoch FROM at) AS epoch FROM audit_log ORDER BY id LIMIT 2', []],
      ["SELECT id, to_char(at, 'YYYY-MM-DD HH24:MI') AS ts FROM audit_log ORDER BY id", []],
      ["SELECT id, at::date AS d, at + interval '90 minutes' AS later FROM audit_log ORDER BY id", []],
      [
        'SELECT min(at) AS first, max(at) AS last, max(at) - min(at) AS span FROM audit_log WHERE tenant_id = $1',
        [tenant],
      ],
    ]);
    return [either(r, form[0], form[1])];
  },
  // ---- job queue ----
  'job claim': (r) => {
    const queue = r.pick(['email', 'default', 'billing', 'none']);
    const form = r.pick([
      [
        "UPDATE jobs SET state = 'running', locked_by = $2, locked_at = $3, attempts = attempts + 1 WHERE id = (SELECT id FROM jobs WHERE queue = $1 AND state = 'pending' AND run_at <= $3 ORDER BY priority DESC, run_at, id LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING id, payload, attempts",
        [queue, 'w9', new Date('2024-06-01T00:00:00Z')],
      ],
      [
        "UPDATE jobs SET state = 'running', locked_by = $2 WHERE id IN (SELECT id FROM jobs WHERE queue = $1 AND state = 'pending' ORDER BY id LIMIT 2) RETURNING id, locked_by",
        [queue, 'w2'],
      ],
      [
        "SELECT id, payload FROM jobs WHERE state = 'pending' AND queue = $1 ORDER BY priority DESC, id LIMIT 1 FOR UPDATE SKIP LOCKED",
        [queue],
      ],
      [
        "UPDATE jobs SET state = CASE WHEN attempts + 1 >= max_attempts THEN 'failed' ELSE 'pending' END, attempts = attempts + 1, locked_by = NULL, run_at = run_at + interval '5 minutes' * (attempts + 1) WHERE id = $1 RETURNING id, state, attempts, run_at",
        [r.int(1, 4)],
      ],
      [
        "UPDATE jobs SET state = 'done', locked_by = NULL, locked_at = NULL WHERE id = $1 AND locked_by = $2 RETURNING id",
        [r.int(1, 3), r.pick(['w1', 'w2'])],
      ],
      ['SELECT queue, state, count(*) AS n FROM jobs GROUP BY queue, state ORDER BY queue, state', []],
      [
        "SELECT queue, count(*) FILTER (WHERE state = 'pending') AS pending, count(*) FILTER (WHERE state = 'failed') AS failed, max(attempts) AS max_attempts FROM jobs GROUP BY queue ORDER BY queue",
        [],
      ],
      [
        "SELECT id FROM jobs WHERE locked_at < $1::timestamptz - interval '1 minute' AND state = 'running' ORDER BY id",
        [r.pick(['2024-01-01 00:06:02+00', '2024-01-01 00:05:30+00'])],
      ],
      [
        'INSERT INTO jobs (queue, payload, run_at, priority) VALUES ($1, $2, $3, $4) RETURNING id, state, attempts, priority, queue',
        [
          queue,
          r.pick([{ to: 'x' }, [], { n: 1.5 }]),
          r.pick([new Date('2024-09-01T00:00:00Z'), '2024-09-01']),
          r.pick([0, 32767, 40000, '3']),
        ],
      ],
      [
        'INSERT INTO jobs (payload, run_at) VALUES ($1, now()) RETURNING queue, state, run_at <= now() AS due',
        [{ k: 1 }],
      ],
      [
        "INSERT INTO jobs (payload, run_at, state) VALUES ('{}', '2024-02-02 02:02:02.123456+00', $1)",
        [r.pick(['pending', 'queued', null])],
      ],
      [
        "DELETE FROM jobs WHERE state IN ('done', 'failed') AND run_at < $1 RETURNING id, state",
        [new Date('2024-01-03T00:00:00Z')],
      ],
      [
        "SELECT id, payload->>'to' AS to_addr, payload->'n' AS n FROM jobs WHERE payload ? 'to' OR payload ? 'n' ORDER BY id",
        [],
      ],
      [
        "SELECT count(*) AS due FROM jobs WHERE state = 'pending' AND run_at <= $1",
        [r.pick([new Date('2024-06-01T00:00:00Z'), '2100-01-01'])],
      ],
      ['SELECT priority, count(*) FROM jobs GROUP BY priority ORDER BY priority DESC', []],
      ['SELECT sum(attempts) AS a, sum(priority) AS p, avg(priority) AS ap FROM jobs', []],
    ]);
    return [either(r, form[0], form[1]), 'SELECT id, state, attempts, locked_by FROM jobs ORDER BY id'];
  },
  // ---- bookings with time ranges ----
  'bookings overlap': (r) => {
    const start = r.pick([
      '2024-06-01T09:30:00Z',
      '2024-06-01T10:00:00Z',
      '2024-06-01T00:00:00Z',
      '2024-06-03T00:30:00Z',
    ]);
    const end = r.pick(['2024-06-01T10:00:00Z', '2024-06-01T12:00:00Z', '2024-06-04T00:00:00Z']);
    const form = r.pick([
      [
        'SELECT id, room_id FROM bookings WHERE room_id = $1 AND starts_at < $3 AND ends_at > $2 ORDER BY id',
        [r.pick([1, 2, 3]), new Date(start), new Date(end)],
      ],
      [
        'SELECT id FROM bookings WHERE (starts_at, ends_at) OVERLAPS ($1::timestamptz, $2::timestamptz) ORDER BY id',
        [start, end],
      ],
      [
        'SELECT r.id, r.name FROM rooms r WHERE NOT EXISTS (SELECT 1 FROM bookings b WHERE b.room_id = r.id AND b.starts_at < $2 AND b.ends_at > $1) ORDER BY r.id',
        [new Date(start), new Date(end)],
      ],
      [
        'SELECT id, ends_at - starts_at AS len, extract(epoch FROM ends_at - starts_at) / 3600 AS hours FROM bookings ORDER BY id',
        [],
      ],
      [
        'SELECT room_id, sum(ends_at - starts_at) AS booked, count(*) AS n, sum(total_cents) AS cents, avg(guests) AS g FROM bookings GROUP BY room_id ORDER BY room_id',
        [],
      ],
      [
        'SELECT r.name, count(b.id) AS n, coalesce(sum(b.guests), 0) AS guests FROM rooms r LEFT JOIN bookings b ON b.room_id = r.id GROUP BY r.name ORDER BY r.name',
        [],
      ],
      [
        'SELECT b.id, r.name, u.email FROM bookings b JOIN rooms r ON r.id = b.room_id LEFT JOIN users u ON u.id = b.user_id WHERE b.starts_at::date = $1 ORDER BY b.starts_at, b.id',
        [r.pick(['2024-06-01', '2024-06-03'])],
      ],
      ['SELECT id FROM bookings WHERE starts_at BETWEEN $1 AND $2 ORDER BY starts_at DESC, id', [start, end]],
      [
        'SELECT id, guests, capacity, guests > capacity AS over FROM bookings JOIN rooms ON rooms.id = bookings.room_id ORDER BY bookings.id',
        [],
      ],
      [
        'SELECT id, total_cents / 100 AS units, total_cents % 100 AS cents, total_cents::numeric / 100 AS amount FROM bookings ORDER BY id',
        [],
      ],
      [
        'INSERT INTO bookings (room_id, user_id, starts_at, ends_at, guests) VALUES ($1, $2, $3, $4, $5) RETURNING id, ends_at - starts_at AS len',
        [r.pick([1, 9]), r.pick([1, null]), start, end, r.pick([1, null])],
      ],
      [
        'INSERT INTO bookings (room_id, starts_at, ends_at) VALUES ($1, $2, $2::timestamptz + $3::interval) RETURNING starts_at, ends_at',
        [1, new Date(start), r.pick(['1 hour', '90 minutes', '1 day 2 hours', '-1 hour', '00:30:00'])],
      ],
      [
        "UPDATE bookings SET ends_at = ends_at + interval '30 minutes' WHERE id = $1 RETURNING ends_at",
        [r.int(1, 5)],
      ],
      ["SELECT id FROM bookings WHERE starts_at >= date_trunc('day', $1::timestamptz) ORDER BY id", [start]],
      [
        'SELECT max(ends_at) AS last_end, min(starts_at)::date AS first_day FROM bookings WHERE room_id = ANY($1)',
        [r.pick([[1, 2], [3], []])],
      ],
      [
        'SELECT count(*) AS n FROM bookings WHERE tstzrange(starts_at, ends_at) && tstzrange($1, $2)',
        [start, end],
      ],
    ]);
    return [either(r, form[0], form[1])];
  },
  // ---- joins of every kind ----
  joins: (r) => {
    const form = r.pick([
      'SELECT u.id, t.name FROM users u JOIN tenants t ON t.id = u.tenant_id ORDER BY u.id',
      'SELECT t.id, count(u.id) AS users FROM tenants t LEFT JOIN users u ON u.tenant_id = t.id AND u.deleted_at IS NULL GROUP BY t.id ORDER BY t.id',
      'SELECT t.name, u.email FROM tenants t LEFT JOIN users u ON u.tenant_id = t.id WHERE u.id IS NULL ORDER BY t.name',
      'SELECT u.email, p.title FROM users u RIGHT JOIN posts p ON p.author_id = u.id ORDER BY p.id',
      'SELECT u.id AS uid, p.id AS pid FROM users u FULL JOIN posts p ON p.author_id = u.id ORDER BY u.id NULLS LAST, p.id NULLS LAST',
      'SELECT count(*) FROM users CROSS JOIN tenants',
      "SELECT u.id, t.plan FROM users u, tenants t WHERE t.id = u.tenant_id AND t.plan = 'free' ORDER BY u.id",
      'SELECT post_id, tag_id, name FROM post_tags JOIN tags ON tags.id = post_tags.tag_id ORDER BY post_id, tag_id',
      'SELECT * FROM post_tags pt JOIN (SELECT id AS tag_id, name FROM tags) t USING (tag_id) ORDER BY post_id, tag_id',
      'SELECT p.id, a.email AS author, t.name AS tenant FROM posts p LEFT JOIN users a ON a.id = p.author_id JOIN tenants t ON t.id = p.tenant_id ORDER BY p.id',
      'SELECT u.id, u2.id AS same_email FROM users u JOIN users u2 ON u2.email = u.email AND u2.id <> u.id ORDER BY u.id',
      'SELECT tenant_id, count(*) FROM users u JOIN tenants t ON t.id = u.tenant_id GROUP BY tenant_id ORDER BY tenant_id',
      'SELECT tenant_id FROM users JOIN posts USING (tenant_id) GROUP BY tenant_id ORDER BY tenant_id',
      'SELECT u.id, x.n FROM users u JOIN (SELECT author_id, count(*) AS n FROM posts GROUP BY author_id) x ON x.author_id = u.id ORDER BY u.id',
      'SELECT p.id, c.n FROM products p LEFT JOIN (SELECT product_id, sum(qty) AS n FROM cart_items GROUP BY product_id) c ON c.product_id = p.id ORDER BY p.id',
      'SELECT u.email, b.id FROM bookings b INNER JOIN users u ON b.user_id = u.id WHERE u.tenant_id IN (1, 2) ORDER BY b.id',
      'SELECT r.name, b.id FROM rooms r LEFT JOIN bookings b ON b.room_id = r.id AND b.guests > 2 ORDER BY r.id, b.id NULLS FIRST',
      'SELECT u.id, (SELECT count(*) FROM posts p WHERE p.author_id = u.id) AS posts FROM users u ORDER BY u.id',
      'SELECT u.id FROM users u WHERE u.id = ANY (SELECT author_id FROM posts) ORDER BY u.id',
      'SELECT u.id FROM users u WHERE u.score > (SELECT avg(score) FROM users) ORDER BY u.id',
      'SELECT u.id, u.score, (SELECT max(score) FROM users) - u.score AS gap FROM users u ORDER BY u.id',
    ]);
    return [form];
  },
  // ---- scalar mixes ----
  'scalar coalesce case': (r) => {
    const form = r.pick([
      "SELECT id, CASE role WHEN 'admin' THEN 1 WHEN 'member' THEN 2 ELSE 3 END AS rank FROM users ORDER BY rank, id",
      "SELECT id, CASE WHEN score >= 80 THEN 'A' WHEN score >= 50 THEN 'B' WHEN score IS NULL THEN 'n/a' ELSE 'C' END AS grade FROM users ORDER BY id",
      "SELECT id, coalesce(name, split_part(email, '@', 1)) AS display FROM users ORDER BY id",
      "SELECT id, nullif(score, 75) AS s, coalesce(nullif(name, ''), '?') AS n FROM users ORDER BY id",
      'SELECT id, greatest(score, 60) AS g, least(score, 60) AS l FROM users ORDER BY id',
      "SELECT id, upper(left(email, 3)) AS pre, length(email) AS len, position('@' in email) AS at FROM users ORDER BY id",
      "SELECT id, email || ' (' || coalesce(name, '-') || ')' AS label FROM users ORDER BY id",
      "SELECT id, concat(name, ' <', email, '>') AS label FROM users ORDER BY id",
      'SELECT id, score::text, score::numeric / 3 AS third, score / 3 AS int_third FROM users ORDER BY id',
      'SELECT id, balance, balance * 100 AS cents, balance::int AS whole, round(balance) AS r, trunc(balance, 1) AS t FROM users ORDER BY id',
      'SELECT id, abs(score - 70) AS dist, mod(coalesce(score, 0), 7) AS m FROM users ORDER BY dist NULLS LAST, id',
      'SELECT id, active AND deleted_at IS NULL AS live, NOT active AS inactive FROM users ORDER BY id',
      "SELECT id, created_at AT TIME ZONE 'UTC' AS utc, created_at::date AS d FROM users ORDER BY id",
      "SELECT id, extract(year from created_at) AS y, extract(month from created_at) AS m, date_part('dow', created_at) AS dow FROM users ORDER BY id",
      "SELECT id, age('2024-12-31 00:00:00+00'::timestamptz, created_at) AS a FROM users ORDER BY id",
      "SELECT id, created_at + interval '1 month' AS next FROM users ORDER BY id",
      "SELECT id, to_char(balance, 'FM999990.00') AS money FROM users ORDER BY id",
      "SELECT id, trim(name) AS n, replace(email, '@', ' at ') AS e FROM users ORDER BY id",
      "SELECT id, substring(email from 1 for position('@' in email) - 1) AS local FROM users ORDER BY id",
      'SELECT id, md5(email) AS h FROM users ORDER BY id',
      "SELECT id, regexp_replace(email, '@.*$', '') AS local FROM users ORDER BY id",
      'SELECT id, initcap(name) AS n FROM users ORDER BY id',
    ]);
    return [form];
  },
  'params typed': (r) => {
    const form = r.pick([
      ['SELECT $1::int + 1 AS v', [r.pick(['41', 41, '  7 ', '1e3', null])]],
      ['SELECT $1::numeric(10,2) AS v', [r.pick(['1.005', '1.015', 2.675, '-0.005', '12345678.999'])]],
      ['SELECT $1::bigint * 2 AS v', [r.pick(['4611686018427387904', '9007199254740993', 3])]],
      [
        'SELECT $1::timestamptz AS v',
        [
          r.pick([
            new Date('2024-03-10T02:30:00Z'),
            '2024-03-10 02:30',
            '2024-03-10T02:30:00.999999Z',
            'epoch',
          ]),
        ],
      ],
      ['SELECT $1::date AS v', [r.pick(['2024-02-29', '2024-02-30', new Date('2024-01-01T00:00:00Z')])]],
      ['SELECT $1::jsonb AS v', [r.pick([{ b: 1, a: 2 }, [3, 1], { a: { b: [true, null] } }, '"s"', 1.1])]],
      ["SELECT $1::jsonb->>'a' AS v", [r.pick([{ a: 1.5 }, { a: 'x' }, { a: [1] }, {}])]],
      ['SELECT $1::text[] AS v', [r.pick([['a', 'b c', null], [], ['"q"', 'x,y']])]],
      ['SELECT $1::int[] AS v', [r.pick([[1, 2, 3], [], [null, 1]])]],
      ['SELECT cardinality($1::int[]) AS n', [r.pick([[1, 2, 3], []])]],
      ['SELECT $1::boolean AS v', [r.pick([true, false, 't', 'yes', 'off', '0'])]],
      [
        'SELECT $1::uuid AS v',
        [
          r.pick([
            'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11',
            '{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}',
            'a0eebc999c0b4ef8bb6d6bb9bd380a11',
          ]),
        ],
      ],
      [
        'SELECT $1::interval AS v',
        [r.pick(['1 day', '36 hours', 'P1DT2H', '-1 hour 30 minutes', '1.5 hours'])],
      ],
      ['SELECT $1::post_status AS v', [r.pick(['draft', 'published', 'x'])]],
      ['SELECT unnest($1::text[]) AS tag', [r.pick([['a', 'b'], []])]],
      ['SELECT x FROM unnest($1::int[]) AS u(x) ORDER BY x DESC', [[3, 1, 2]]],
      ['SELECT array_agg(x ORDER BY x) AS a FROM unnest($1::int[]) AS x', [[3, 1, 2]]],
      ['SELECT count(*) FROM users WHERE email = ANY($1::text[])', [['ann@acme.io', 'dee@globex.com']]],
      [
        'SELECT id FROM users WHERE id = ANY($1) AND tenant_id = ANY($2) ORDER BY id',
        [[1, 2, 4, 5], [r.pick([1, 2])]],
      ],
      ["SELECT coalesce($1, 'fallback') AS v", [r.pick([null, 'x'])]],
      ['SELECT coalesce($1::int, 0) + 1 AS v', [r.pick([null, 5])]],
      ['SELECT $1 IS NULL AS v', [r.pick([null, 'x'])]],
      ['SELECT id FROM users WHERE ($1::int IS NULL OR tenant_id = $1) ORDER BY id', [r.pick([null, 1])]],
      [
        'SELECT id FROM users WHERE ($1::text IS NULL OR email ILIKE $1) ORDER BY id',
        [r.pick([null, '%acme%'])],
      ],
      [
        "SELECT id FROM users WHERE created_at > coalesce($1::timestamptz, '-infinity') ORDER BY id",
        [r.pick([null, new Date('2024-03-01T00:00:00Z')])],
      ],
    ]);
    return [either(r, form[0], form[1])];
  },
  'insert select and multi values': (r) => {
    const form = r.pick([
      "INSERT INTO tags (name) VALUES ('a'), ('b'), ('c') RETURNING id, name",
      'INSERT INTO tags (name) SELECT DISTINCT role FROM users ORDER BY role RETURNING id, name',
      "INSERT INTO audit_log (tenant_id, action, entity, entity_id, at) SELECT tenant_id, 'archive', 'post', id::text, '2024-09-01' FROM posts WHERE status = 'archived' RETURNING id, entity_id",
      "INSERT INTO rooms (id, name, capacity) VALUES (4, 'D', 2), (5, 'E', DEFAULT), (6, 'F', NULL) RETURNING *",
      'INSERT INTO rooms (id, name) SELECT id + 10, upper(name) FROM rooms RETURNING id, name, capacity',
      "INSERT INTO tenants VALUES (4, 'four'), (5, 'five', 'pro') RETURNING *",
      "INSERT INTO tenants (id, name) VALUES (1, 'dup')",
      'INSERT INTO tags DEFAULT VALUES',
      "INSERT INTO jobs (payload, run_at) SELECT jsonb_build_object('user', id, 'email', email), created_at FROM users WHERE tenant_id = 2 RETURNING id, payload",
      "INSERT INTO products (sku, name, price) VALUES ('X', 'x', 1), ('Y', 'y', 2) ON CONFLICT (sku) DO NOTHING RETURNING id, sku",
      "INSERT INTO tags (id, name) VALUES (100, 'explicit') RETURNING id",
      "WITH ins AS (INSERT INTO tags (name) VALUES ('w1'), ('w2') RETURNING id) SELECT count(*) FROM ins",
    ]);
    return [
      form,
      r.pick([
        'SELECT id, name FROM tags ORDER BY id',
        'SELECT id, name, capacity FROM rooms ORDER BY id',
        'SELECT count(*) FROM audit_log',
        "SELECT nextval('tags_id_seq') AS next",
      ]),
    ];
  },
  'update delete variants': (r) => {
    const form = r.pick([
      'UPDATE users SET score = coalesce(score, 0) + 5 WHERE tenant_id = 1 RETURNING id, score',
      "UPDATE users SET name = upper(name), role = 'admin' WHERE name ILIKE 'a%' RETURNING id, name, role",
      'UPDATE users SET balance = balance - 0.50 WHERE balance >= 0.50 RETURNING id, balance',
      'UPDATE users SET balance = balance * 1.075 RETURNING id, balance',
      "UPDATE users u SET score = 0 FROM tenants t WHERE t.id = u.tenant_id AND t.plan = 'free' RETURNING u.id, u.score",
      "DELETE FROM post_tags pt USING tags t WHERE t.id = pt.tag_id AND t.name = 'news' RETURNING pt.post_id",
      'DELETE FROM users WHERE deleted_at IS NOT NULL RETURNING id',
      'DELETE FROM posts WHERE tenant_id = 2 RETURNING id',
      'UPDATE posts SET author_id = NULL WHERE author_id NOT IN (SELECT id FROM users WHERE active) RETURNING id',
      "UPDATE jobs SET priority = priority + 1 WHERE queue = 'email' RETURNING id, priority",
      'UPDATE jobs SET priority = 32767 WHERE id = 2 RETURNING priority + 1 AS p',
      'UPDATE products SET stock = stock - 2 WHERE id IN (1, 4) RETURNING id, stock',
      "UPDATE users SET created_at = created_at + interval '1 hour', deleted_at = now() WHERE id = 1 RETURNING created_at",
      'UPDATE bookings SET starts_at = ends_at WHERE id = 1',
      "UPDATE users SET (name, score) = ('Multi', 1) WHERE id = 2 RETURNING name, score",
      'DELETE FROM users WHERE id = 1',
      "UPDATE tags SET name = 'sql' WHERE name = 'news'",
      'UPDATE posts SET views = views * 2 WHERE id = 3 RETURNING views',
      'UPDATE posts SET views = views * 2000000000 WHERE id = 3 RETURNING views',
    ]);
    return [
      form,
      r.pick([
        'SELECT id, name, score, balance FROM users ORDER BY id',
        'SELECT count(*) FROM users',
        'SELECT post_id, tag_id FROM post_tags ORDER BY 1, 2',
        'SELECT id, author_id FROM posts ORDER BY id',
      ]),
    ];
  },
  transactions: (r) => {
    const body = r.pick([
      ["INSERT INTO tenants VALUES (7, 'tx')", 'SELECT count(*) FROM tenants'],
      [
        'UPDATE products SET stock = stock - 5 WHERE id = 1',
        'SAVEPOINT s1',
        'UPDATE products SET stock = stock - 500 WHERE id = 1',
        'ROLLBACK TO SAVEPOINT s1',
        'SELECT stock FROM products WHERE id = 1',
      ],
      ["INSERT INTO tags (name) VALUES ('t1')", "INSERT INTO tags (name) VALUES ('t1')"],
    ]);
    const end = r.pick(['COMMIT', 'ROLLBACK']);
    return [
      'BEGIN',
      ...body,
      end,
      'SELECT count(*) AS tenants, (SELECT count(*) FROM tags) AS tags, (SELECT stock FROM products WHERE id = 1) AS stock FROM tenants',
    ];
  },
};

/** `count` cases of the named shapes (all when omitted), seeded. */
export function generate(seed, count, names = Object.keys(shapes), prefix = 'r30') {
  const r = rngOf(seed);
  const cases = [];
  const seen = new Set();
  for (let i = 0; cases.length < count && i < count * 20; i += 1) {
    const name = names[i % names.length];
    const steps = shapes[name](r);
    const key = JSON.stringify(steps);
    if (seen.has(key)) continue;
    seen.add(key);
    cases.push({ name: `${prefix} ${name} #${cases.length + 1} (seed ${seed})`, setup: SCHEMA, steps });
  }
  return cases;
}

export const SHAPE_NAMES = Object.keys(shapes);
