// Round 30, third family: the same domains as ORMs print them (quoted and schema-qualified names,
// TypeORM's "Alias_column" labels, Kysely/Drizzle parenthesised predicates, knex's limit/offset
// parameters, Prisma's IN lists of parameters and its upsert and count forms).
import { rngOf, SCHEMA } from './gen.mjs';

const P = (sql, ...params) => ({ sql, params });

const shapes = {
  'prisma findMany': (r) => {
    const where = r.pick([
      ['"public"."users"."tenant_id" = $1 AND "public"."users"."deleted_at" IS NULL', () => [r.pick([1, 2])]],
      ['"public"."users"."email"::text ILIKE $1', () => [r.pick(['%ACME%', '%e%'])]],
      ['"public"."users"."id" IN ($1,$2,$3)', () => [1, r.int(2, 9), r.int(2, 9)]],
      ['("public"."users"."score" > $1 OR "public"."users"."score" IS NULL)', () => [r.int(0, 90)]],
      [
        '"public"."users"."name" IS NOT NULL AND "public"."users"."name"::text LIKE $1',
        () => [r.pick(['%n%', 'A%'])],
      ],
      [
        '"public"."users"."created_at" >= $1 AND "public"."users"."created_at" < $2',
        () => [
          new Date('2024-01-01T00:00:00Z'),
          new Date(r.pick(['2024-02-01T00:00:00Z', '2024-03-10T08:00:00.001Z'])),
        ],
      ],
      ['"public"."users"."role" NOT IN ($1)', () => [r.pick(['admin', 'member'])]],
    ]);
    const order = r.pick([
      '"public"."users"."id" ASC',
      '"public"."users"."created_at" DESC, "public"."users"."id" ASC',
      '"public"."users"."score" DESC NULLS LAST, "public"."users"."id" ASC',
      '"public"."users"."name" ASC NULLS FIRST, "public"."users"."id" ASC',
    ]);
    const params = where[1]();
    const n = params.length;
    return [
      P(
        `SELECT "public"."users"."id", "public"."users"."email", "public"."users"."score", "public"."users"."created_at" FROM "public"."users" WHERE ${where[0]} ORDER BY ${order} LIMIT $${n + 1} OFFSET $${n + 2}`,
        ...params,
        r.pick([1, 2, 10]),
        r.pick([0, 1, 3]),
      ),
    ];
  },
  'prisma count and aggregate': (r) => [
    P(
      r.pick([
        'SELECT COUNT(*) AS "_count$_all" FROM (SELECT "public"."posts"."id" FROM "public"."posts" WHERE "public"."posts"."tenant_id" = $1 OFFSET $2) AS "sub"',
        'SELECT COUNT(*), SUM("public"."posts"."views"), AVG("public"."posts"."rating"), MAX("public"."posts"."published_at") FROM (SELECT * FROM "public"."posts" WHERE "public"."posts"."tenant_id" = $1 OFFSET $2) AS "sub"',
        'SELECT "public"."posts"."status", COUNT("public"."posts"."id") AS "_count_id", SUM("public"."posts"."views") AS "_sum_views" FROM "public"."posts" WHERE "public"."posts"."tenant_id" >= $1 GROUP BY "public"."posts"."status" HAVING COUNT("public"."posts"."id") >= $2 ORDER BY "public"."posts"."status" ASC',
        'SELECT "t1"."id", COALESCE("aggr_selection_0_Post"."_aggr_count_posts", 0) AS "_aggr_count_posts" FROM "public"."users" AS "t1" LEFT JOIN (SELECT "public"."posts"."author_id", COUNT(*) AS "_aggr_count_posts" FROM "public"."posts" WHERE 1=1 GROUP BY "public"."posts"."author_id") AS "aggr_selection_0_Post" ON ("t1"."id" = "aggr_selection_0_Post"."author_id") WHERE "t1"."tenant_id" = $1 ORDER BY "t1"."id" ASC OFFSET $2',
      ]),
      r.pick([1, 2, 3]),
      r.pick([0, 1]),
    ),
  ],
  'prisma upsert': (r) => [
    P(
      'INSERT INTO "public"."tags" ("name") VALUES ($1) ON CONFLICT ("name") DO UPDATE SET "name" = $2 WHERE (("public"."tags"."name" = $3) AND 1=1) RETURNING "public"."tags"."id", "public"."tags"."name"',
      r.pick(['sql', 'new']),
      r.pick(['SQL', 'sql']),
      r.pick(['sql', 'x']),
    ),
    'SELECT id, name FROM tags ORDER BY id',
  ],
  'typeorm find': (r) => [
    P(
      r.pick([
        'SELECT "User"."id" AS "User_id", "User"."email" AS "User_email", "User"."balance" AS "User_balance" FROM "users" "User" WHERE ( "User"."tenant_id" = $1 ) AND ( "User"."deleted_at" IS NULL ) ORDER BY "User"."id" ASC LIMIT 2',
        'SELECT DISTINCT "distinctAlias"."User_id" AS "ids_User_id" FROM (SELECT "User"."id" AS "User_id", "Post"."id" AS "Post_id" FROM "users" "User" LEFT JOIN "posts" "Post" ON "Post"."author_id"="User"."id" WHERE "User"."tenant_id" = $1) "distinctAlias" ORDER BY "User_id" ASC LIMIT 2',
        'SELECT COUNT(DISTINCT("User"."id")) AS "cnt" FROM "users" "User" LEFT JOIN "posts" "Post" ON "Post"."author_id"="User"."id" WHERE "User"."tenant_id" = $1',
        'SELECT "User"."id" AS "User_id", "Post"."id" AS "Post_id", "Post"."title" AS "Post_title" FROM "users" "User" LEFT JOIN "posts" "Post" ON "Post"."author_id"="User"."id" WHERE "User"."tenant_id" = $1 ORDER BY "User"."id" ASC, "Post"."id" ASC',
        'UPDATE "users" SET "score" = $1 WHERE "tenant_id" = $1 RETURNING "id", "score"',
        'SELECT "B"."id" AS "B_id", "R"."name" AS "R_name" FROM "bookings" "B" INNER JOIN "rooms" "R" ON "R"."id"="B"."room_id" WHERE "B"."room_id" = $1 ORDER BY "B"."starts_at" DESC, "B"."id" DESC',
      ]),
      r.pick([1, 2]),
    ),
  ],
  'kysely and drizzle': (r) => {
    const form = r.pick([
      [
        'select "id", "email" from "users" where ("tenant_id" = $1 and "deleted_at" is null) order by "created_at" desc, "id" limit $2',
        [r.pick([1, 2]), r.pick([1, 5])],
      ],
      [
        'select "users"."id", "posts"."title" from "users" inner join "posts" on "posts"."author_id" = "users"."id" where "users"."id" in ($1, $2) order by "posts"."id"',
        [1, r.int(2, 7)],
      ],
      ['select count(*) as "count" from "users" where "email" ilike $1', [r.pick(['%acme%', 'A%'])]],
      [
        'select "id" from "jobs" where "state" = $1 and "run_at" <= $2 order by "priority" desc, "id" asc limit $3 for update skip locked',
        ['pending', new Date('2024-06-01T00:00:00Z'), 2],
      ],
      [
        'insert into "tags" ("name") values ($1), ($2) on conflict ("name") do nothing returning "id", "name"',
        [r.pick(['sql', 'a']), r.pick(['news', 'b'])],
      ],
      [
        'insert into "products" ("sku", "name", "price", "stock") values ($1, $2, $3, $4) on conflict ("sku") do update set "stock" = "products"."stock" + excluded."stock" returning *',
        [r.pick(['A-1', 'Q-1']), 'q', r.pick(['1.10', 2]), r.int(0, 5)],
      ],
      [
        'update "posts" set "views" = "views" + $1 where "id" = $2 returning "views"',
        [r.pick([1, '2']), r.int(1, 6)],
      ],
      ['delete from "cart_items" where "cart_id" = $1 returning *', ['11111111-1111-1111-1111-111111111111']],
      [
        'select "id", "title" from "posts" where "status" = $1 and "published_at" is not null order by "published_at" desc nulls last, "id" desc limit $2 offset $3',
        [r.pick(['published', 'draft']), r.pick([1, 2]), r.pick([0, 1])],
      ],
      ['select "id" from "users" where "id" = any($1) order by "id"', [r.pick([[1, 3], [2], []])]],
      [
        'select "tenant_id", count("id") as "n", sum("balance") as "total" from "users" group by "tenant_id" having count("id") > $1 order by "tenant_id"',
        [r.pick([0, 1, 2])],
      ],
      [
        'select exists(select 1 from "users" where "email" = $1) as "exists"',
        [r.pick(['ann@acme.io', 'nope'])],
      ],
      [
        'select "id", "body"->>\'lang\' as "lang" from "posts" where "body"->>\'lang\' = $1 order by "id"',
        [r.pick(['en', 'de'])],
      ],
      [
        'select "id" from "users" where lower("email") like lower($1) order by "id"',
        [r.pick(['%ACME%', 'EVE%'])],
      ],
      [
        'select "id" from "users" where "name" is not distinct from $1 order by "id"',
        [r.pick(['Ann', null])],
      ],
      [
        'select "id", case when "score" is null then 0 else "score" end as "s" from "users" order by "s" desc, "id"',
        [],
      ],
      [
        'select "id" from "users" where "created_at" between $1 and $2 order by "id"',
        [new Date('2024-01-01T00:00:00Z'), new Date('2024-03-10T08:00:00Z')],
      ],
      ['select "id" from "users" where not ("role" = $1) order by "id"', [r.pick(['admin', 'viewer'])]],
      [
        'select "u"."id", "t"."plan" from "users" as "u" left join "tenants" as "t" on "t"."id" = "u"."tenant_id" where "t"."plan" = $1 order by "u"."id"',
        [r.pick(['free', 'pro'])],
      ],
    ]);
    return [P(form[0], ...form[1])];
  },
  'knex paging': (r) => {
    const limit = r.pick([1, 2, '3', 10, 0, null, '2']);
    const offset = r.pick([0, 1, '2', 6, null, -1]);
    return [
      P(
        r.pick([
          'select * from "users" order by "id" asc limit $1 offset $2',
          'select "id" from "posts" where "tenant_id" = 1 order by "id" desc limit $1 offset $2',
          'select "id", "email" from "users" where "deleted_at" is null order by "email" asc, "id" asc limit $1 offset $2',
        ]),
        limit,
        offset,
      ),
    ];
  },
  'node-pg by hand': (r) => {
    const form = r.pick([
      [
        'SELECT id, email FROM users WHERE tenant_id = $1 AND ($2::text IS NULL OR role = $2) ORDER BY id',
        [r.pick([1, 2]), r.pick([null, 'admin'])],
      ],
      [
        'SELECT id FROM users WHERE tenant_id = $1 AND id = ANY($2::int[]) ORDER BY id',
        [1, r.pick([[1, 2, 3], [], [9]])],
      ],
      [
        'UPDATE users SET name = COALESCE($2, name), score = COALESCE($3, score) WHERE id = $1 RETURNING id, name, score',
        [r.int(1, 7), r.pick([null, 'N']), r.pick([null, 0])],
      ],
      [
        'INSERT INTO users (tenant_id, email, name) SELECT $1, $2, $3 WHERE NOT EXISTS (SELECT 1 FROM users WHERE tenant_id = $1 AND email = $2) RETURNING id',
        [1, r.pick(['ann@acme.io', 'new@x']), 'N'],
      ],
      [
        'SELECT count(*)::int AS total, count(*) FILTER (WHERE deleted_at IS NULL)::int AS live FROM users WHERE tenant_id = $1',
        [r.pick([1, 2, 3])],
      ],
      [
        "SELECT u.id, u.email, COALESCE(json_agg(p.title ORDER BY p.id) FILTER (WHERE p.id IS NOT NULL), '[]') AS titles FROM users u LEFT JOIN posts p ON p.author_id = u.id WHERE u.tenant_id = $1 GROUP BY u.id ORDER BY u.id",
        [r.pick([1, 2])],
      ],
      [
        'SELECT id, tags FROM (SELECT p.id, array_agg(t.name ORDER BY t.name) AS tags FROM posts p JOIN post_tags pt ON pt.post_id = p.id JOIN tags t ON t.id = pt.tag_id GROUP BY p.id) x WHERE $1 = ANY(tags) ORDER BY id',
        [r.pick(['news', 'sql'])],
      ],
      [
        'SELECT id FROM users WHERE email = $1 AND deleted_at IS NULL LIMIT 1',
        [r.pick(['ann@acme.io', 'Eve@Globex.com'])],
      ],
      [
        'INSERT INTO audit_log (tenant_id, actor_id, action, entity, entity_id, at, data) VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb) RETURNING id, data',
        [
          1,
          1,
          'x',
          'y',
          'z',
          new Date('2024-01-01T00:00:00Z'),
          JSON.stringify(r.pick([{ a: 1 }, [1, { b: 2 }], { s: 'é"\\' }])),
        ],
      ],
      [
        "SELECT jsonb_build_object('id', u.id, 'email', u.email, 'score', u.score, 'balance', u.balance, 'at', u.created_at) AS doc FROM users u WHERE u.id = $1",
        [r.int(1, 7)],
      ],
      [
        "SELECT json_build_object('id', id, 'at', created_at, 'active', active) AS doc FROM users WHERE id = $1",
        [r.int(1, 7)],
      ],
      [
        'SELECT row_to_json(t) AS doc FROM (SELECT id, email, balance FROM users WHERE id = $1) t',
        [r.int(1, 7)],
      ],
      ['SELECT to_jsonb(r) AS doc FROM rooms r WHERE r.id = $1', [r.int(1, 3)]],
      [
        "SELECT jsonb_agg(jsonb_build_object('id', id, 'n', name) ORDER BY id) AS rooms FROM rooms WHERE capacity IS NOT NULL OR $1",
        [r.bool()],
      ],
      [
        "SELECT id, payload FROM jobs WHERE payload->>'to' = ANY($1) ORDER BY id",
        [['ann@acme.io', 'bob@acme.io']],
      ],
      ["SELECT id, payload - 'to' AS rest FROM jobs WHERE id = $1", [r.int(1, 6)]],
      ["SELECT id, payload || jsonb_build_object('seen', true) AS p FROM jobs WHERE id = $1", [r.int(1, 6)]],
      ["SELECT id, (payload->>'n')::numeric + 1 AS n FROM jobs WHERE payload ? 'n' ORDER BY id", []],
      [
        "SELECT id, labels[1] AS first, labels[2:3] AS rest, array_position(labels, 'intro') AS pos FROM posts ORDER BY id",
        [],
      ],
      ['SELECT DISTINCT unnest(labels) AS label FROM posts ORDER BY label', []],
      [
        'SELECT label, count(*) FROM posts, unnest(labels) AS label GROUP BY label ORDER BY count(*) DESC, label',
        [],
      ],
      ["SELECT array_to_string(labels, ',') AS csv FROM posts ORDER BY id", []],
      ['SELECT id FROM posts WHERE labels = $1 ORDER BY id', [r.pick([['sql', 'db'], [], ['db', 'sql']])]],
      ['SELECT id, labels || $2::text[] AS merged FROM posts WHERE id = $1', [r.int(1, 6), ['z']]],
    ]);
    return [r.bool() ? P(form[0], ...form[1]) : P(form[0], ...form[1])];
  },
};

export function generate3(seed, count, prefix = 'r30 orm') {
  const r = rngOf(seed);
  const names = Object.keys(shapes);
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
