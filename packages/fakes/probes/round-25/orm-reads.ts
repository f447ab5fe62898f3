// Round 25: the reads ORMs emit for lists and pages: counts for pagination (Prisma's offset subquery,
// TypeORM's DISTINCT ids subquery, Sequelize's findAndCountAll), keyset pagination with row
// comparisons, filters as each builder spells them (ILIKE, IN lists, = ANY($1), Knex's whereIn), and
// node-pg's parameter typing (numbers, bigint strings, Dates, Buffers, arrays, JSON objects).
import { ProbeCases, withParams as p } from '../probe-kit.js';

const R = `
  CREATE TABLE articles (id serial PRIMARY KEY, slug text NOT NULL UNIQUE, title text NOT NULL, author text,
    status text NOT NULL DEFAULT 'draft', score int, rating numeric(3,1), price numeric(10,2),
    created_at timestamptz NOT NULL, published_at timestamp, deleted_at timestamptz, tags text[], body bytea, uid uuid);
  CREATE TABLE article_comments (id serial PRIMARY KEY, article_id int NOT NULL REFERENCES articles(id), body text NOT NULL, likes int NOT NULL DEFAULT 0);
  INSERT INTO articles (slug, title, author, status, score, rating, price, created_at, published_at, deleted_at, tags, body, uid) VALUES
    ('a', 'Alpha', 'ann', 'published', 10, 4.5, 9.99, '2024-01-01 00:00:00+00', '2024-01-01 10:00:00', NULL, '{pg,sql}', '\\x6162', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'),
    ('b', 'beta', 'bob', 'draft', 10, NULL, 0, '2024-01-02 00:00:00+00', NULL, NULL, '{}', NULL, NULL),
    ('c', 'Gamma', 'ann', 'published', 7, 3.0, NULL, '2024-01-02 00:00:00+00', '2024-01-03 00:00:00', NULL, '{sql}', '\\x', 'b0eebc99-9c0b-4ef8-bb6d-6bb9bd380a12'),
    ('d', 'delta', NULL, 'archived', NULL, 5.0, 100, '2024-01-03 12:00:00+00', NULL, '2024-02-01 00:00:00+00', NULL, '\\x41', NULL),
    ('e', 'Épsilon', 'eve', 'published', 3, 1.5, 5.5, '2024-01-04 00:00:00+00', '2024-01-04 00:00:00', NULL, '{ORM,pg}', NULL, NULL),
    ('f', 'zeta_', 'bob', 'draft', 10, 2.5, 0.01, '2024-01-04 00:00:00+00', NULL, NULL, '{pg}', NULL, NULL),
    ('g', 'Eta%', 'ann', 'published', -1, 4.5, 42, '2024-01-05 00:00:00+00', '2024-01-06 00:00:00', NULL, '{}', NULL, NULL),
    ('h', 'theta', 'Ann', 'published', 0, 0.0, 1, '2024-01-06 00:00:00+00', '2024-01-06 00:00:00', '2024-01-07 00:00:00+00', '{sql,orm}', NULL, NULL);
  INSERT INTO article_comments (article_id, body, likes) VALUES (1, 'x', 2), (1, 'y', 0), (3, 'z', 5), (5, 'w', 1), (5, 'v', 1), (5, 'u', 9);`;

const l = new ProbeCases('rd ');
const q = (name: string, sql: string, ...params: unknown[]) =>
  l.add(name, [params.length ? p(sql, ...params) : sql], R);

// Counts for pagination.
q(
  'prisma count',
  'SELECT COUNT(*) AS "_count._all" FROM (SELECT "public"."articles"."id" FROM "public"."articles" WHERE 1=1 OFFSET $1) AS "sub"',
  0,
);
q(
  'prisma count filtered',
  'SELECT COUNT(*) AS "_count._all" FROM (SELECT "public"."articles"."id" FROM "public"."articles" WHERE "public"."articles"."status" = $1 OFFSET $2) AS "sub"',
  'published',
  0,
);
q(
  'prisma count with take',
  'SELECT COUNT(*) AS "_count._all" FROM (SELECT "public"."articles"."id" FROM "public"."articles" WHERE 1=1 LIMIT $1 OFFSET $2) AS "sub"',
  3,
  6,
);
q(
  'prisma count of column',
  'SELECT COUNT("sub"."score") AS "_count.score", COUNT(*) AS "_count._all" FROM (SELECT "public"."articles"."score" FROM "public"."articles" WHERE 1=1 OFFSET $1) AS "sub"',
  0,
);
q(
  'prisma aggregate',
  'SELECT AVG("score") AS "_avg.score", SUM("score") AS "_sum.score", MIN("rating") AS "_min.rating", MAX("price") AS "_max.price", COUNT(*) AS "_count._all" FROM (SELECT "public"."articles"."score", "public"."articles"."rating", "public"."articles"."price" FROM "public"."articles" WHERE 1=1 OFFSET $1) AS "sub"',
  0,
);
q(
  'prisma groupBy',
  'SELECT "public"."articles"."author", COUNT("public"."articles"."id") AS "_count.id", SUM("public"."articles"."score") AS "_sum.score" FROM "public"."articles" WHERE 1=1 GROUP BY "public"."articles"."author" HAVING COUNT("public"."articles"."id") >= $1 ORDER BY "public"."articles"."author" ASC NULLS FIRST OFFSET $2',
  1,
  0,
);
q(
  'prisma findMany distinct in memory base',
  'SELECT "public"."articles"."id", "public"."articles"."author" FROM "public"."articles" WHERE 1=1 ORDER BY "public"."articles"."author" ASC, "public"."articles"."id" ASC OFFSET $1',
  0,
);
q(
  'prisma cursor pagination',
  'SELECT "public"."articles"."id", "public"."articles"."slug" FROM "public"."articles" WHERE "public"."articles"."id" >= (SELECT "public"."articles"."id" FROM "public"."articles" WHERE ("public"."articles"."id") = ($1)) ORDER BY "public"."articles"."id" ASC LIMIT $2 OFFSET $3',
  3,
  2,
  1,
);
q(
  'prisma cursor pagination two columns',
  'SELECT "t0"."id", "t0"."score" FROM "public"."articles" AS "t0" WHERE (("t0"."score" = (SELECT "score" FROM "public"."articles" WHERE ("id") = ($1)) AND "t0"."id" >= (SELECT "id" FROM "public"."articles" WHERE ("id") = ($2))) OR "t0"."score" > (SELECT "score" FROM "public"."articles" WHERE ("id") = ($3))) ORDER BY "t0"."score" ASC, "t0"."id" ASC LIMIT $4',
  2,
  2,
  2,
  3,
);
q(
  'prisma cursor missing row',
  'SELECT "public"."articles"."id" FROM "public"."articles" WHERE "public"."articles"."id" >= (SELECT "public"."articles"."id" FROM "public"."articles" WHERE ("public"."articles"."id") = ($1)) ORDER BY "public"."articles"."id" ASC LIMIT $2',
  99,
  2,
);
q(
  'prisma findFirst order desc',
  'SELECT "public"."articles"."id" FROM "public"."articles" WHERE ("public"."articles"."author" = $1 AND 1=1) ORDER BY "public"."articles"."created_at" DESC LIMIT $2 OFFSET $3',
  'ann',
  1,
  0,
);
q(
  'prisma in list',
  'SELECT "public"."articles"."id" FROM "public"."articles" WHERE "public"."articles"."slug" IN ($1,$2,$3) OFFSET $4',
  'a',
  'c',
  'zz',
  0,
);
q(
  'prisma notIn',
  'SELECT "public"."articles"."id" FROM "public"."articles" WHERE "public"."articles"."author" NOT IN ($1,$2) ORDER BY "public"."articles"."id" OFFSET $3',
  'ann',
  'bob',
  0,
);
q(
  'prisma contains insensitive',
  'SELECT "public"."articles"."id" FROM "public"."articles" WHERE "public"."articles"."title" ILIKE $1 ORDER BY "public"."articles"."id" OFFSET $2',
  '%ETA%',
  0,
);
q(
  'prisma startsWith',
  'SELECT "public"."articles"."id" FROM "public"."articles" WHERE "public"."articles"."title"::text LIKE $1 ORDER BY "public"."articles"."id" OFFSET $2',
  'E%',
  0,
);
q(
  'prisma not equals null',
  'SELECT "public"."articles"."id" FROM "public"."articles" WHERE ("public"."articles"."author" <> $1 OR "public"."articles"."author" IS NULL) ORDER BY "public"."articles"."id" OFFSET $2',
  'ann',
  0,
);
q(
  'prisma has array',
  'SELECT "public"."articles"."id" FROM "public"."articles" WHERE "public"."articles"."tags" @> ARRAY[$1]::text[] ORDER BY "public"."articles"."id" OFFSET $2',
  'pg',
  0,
);
q(
  'prisma hasSome array',
  'SELECT "public"."articles"."id" FROM "public"."articles" WHERE "public"."articles"."tags" && $1 ORDER BY "public"."articles"."id" OFFSET $2',
  ['sql', 'orm'],
  0,
);
q(
  'prisma hasEvery array',
  'SELECT "public"."articles"."id" FROM "public"."articles" WHERE "public"."articles"."tags" @> $1 ORDER BY "public"."articles"."id" OFFSET $2',
  ['pg', 'sql'],
  0,
);
q(
  'prisma isEmpty array',
  'SELECT "public"."articles"."id" FROM "public"."articles" WHERE COALESCE(array_length("public"."articles"."tags", 1), 0) = 0 ORDER BY "public"."articles"."id" OFFSET $1',
  0,
);
q(
  'prisma relation some filter',
  'SELECT "t0"."id" FROM "public"."articles" AS "t0" WHERE ("t0"."id") IN (SELECT "t1"."article_id" FROM "public"."article_comments" AS "t1" WHERE ("t1"."likes" > $1 AND "t1"."article_id" IS NOT NULL)) ORDER BY "t0"."id" OFFSET $2',
  1,
  0,
);
q(
  'prisma relation none filter',
  'SELECT "t0"."id" FROM "public"."articles" AS "t0" WHERE ("t0"."id") NOT IN (SELECT "t1"."article_id" FROM "public"."article_comments" AS "t1" WHERE (1=1 AND "t1"."article_id" IS NOT NULL)) ORDER BY "t0"."id" OFFSET $1',
  0,
);
q(
  'prisma relation every filter',
  'SELECT "t0"."id" FROM "public"."articles" AS "t0" WHERE ("t0"."id") NOT IN (SELECT "t1"."article_id" FROM "public"."article_comments" AS "t1" WHERE ((NOT "t1"."likes" >= $1) AND "t1"."article_id" IS NOT NULL)) ORDER BY "t0"."id" OFFSET $2',
  1,
  0,
);
q(
  'prisma order by relation count',
  'SELECT "t0"."id", COALESCE("orderby_0"."orderby_aggregator", 0) AS "n" FROM "public"."articles" AS "t0" LEFT JOIN (SELECT "t1"."article_id", COUNT(*) AS "orderby_aggregator" FROM "public"."article_comments" AS "t1" WHERE 1=1 GROUP BY "t1"."article_id") AS "orderby_0" ON ("t0"."id" = "orderby_0"."article_id") WHERE 1=1 ORDER BY COALESCE("orderby_0"."orderby_aggregator", $1) DESC, "t0"."id" ASC OFFSET $2',
  0,
  0,
);
q(
  'prisma select with CAST param',
  'SELECT "id" FROM "public"."articles" WHERE "created_at" >= CAST($1 AS timestamptz) AND "score" > CAST($2 AS INT4) ORDER BY "id"',
  '2024-01-02T00:00:00.000Z',
  5,
);
q(
  'prisma select with typed param text',
  'SELECT "id" FROM "public"."articles" WHERE "uid" = CAST($1::text AS uuid)',
  'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11',
);
q('prisma select with bad uuid', 'SELECT "id" FROM "public"."articles" WHERE "uid" = $1', 'not-a-uuid');
q(
  'prisma select uuid upper case',
  'SELECT "id", "uid" FROM "public"."articles" WHERE "uid" = $1',
  'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11',
);
q(
  'prisma select uuid braces',
  'SELECT "id" FROM "public"."articles" WHERE "uid" = $1',
  '{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}',
);

// TypeORM: getManyAndCount with a join pages by DISTINCT ids first.
const TJOIN =
  'FROM "articles" "Article" LEFT JOIN "article_comments" "Article__Article_comments" ON "Article__Article_comments"."article_id"="Article"."id"';
q(
  'typeorm distinct ids page',
  `SELECT DISTINCT "distinctAlias"."Article_id" AS "ids_Article_id" FROM (SELECT "Article"."id" AS "Article_id", "Article"."title" AS "Article_title", "Article__Article_comments"."id" AS "Article__Article_comments_id" ${TJOIN}) "distinctAlias" ORDER BY "Article_id" ASC LIMIT 3 OFFSET 1`,
);
q(
  'typeorm distinct ids page ordered',
  `SELECT DISTINCT "distinctAlias"."Article_id" AS "ids_Article_id", "distinctAlias"."Article_created_at" FROM (SELECT "Article"."id" AS "Article_id", "Article"."created_at" AS "Article_created_at", "Article__Article_comments"."id" AS "Article__Article_comments_id" ${TJOIN}) "distinctAlias" ORDER BY "distinctAlias"."Article_created_at" DESC, "Article_id" ASC LIMIT 4`,
);
q(
  'typeorm distinct ids page ordered by joined column',
  `SELECT DISTINCT "distinctAlias"."Article_id" AS "ids_Article_id", "distinctAlias"."Article__Article_comments_likes" FROM (SELECT "Article"."id" AS "Article_id", "Article__Article_comments"."likes" AS "Article__Article_comments_likes" ${TJOIN}) "distinctAlias" ORDER BY "distinctAlias"."Article__Article_comments_likes" DESC NULLS LAST, "Article_id" ASC LIMIT 5`,
);
q(
  'typeorm then where in ids',
  `SELECT "Article"."id" AS "Article_id", "Article"."title" AS "Article_title", "Article__Article_comments"."id" AS "Article__Article_comments_id" ${TJOIN} WHERE "Article"."id" IN (2, 3, 4) ORDER BY "Article"."id" ASC, "Article__Article_comments"."id" ASC`,
);
q('typeorm count distinct', `SELECT COUNT(DISTINCT("Article"."id")) AS "cnt" ${TJOIN}`);
q(
  'typeorm count distinct filtered',
  `SELECT COUNT(DISTINCT("Article"."id")) AS "cnt" ${TJOIN} WHERE "Article__Article_comments"."likes" > $1`,
  0,
);
q(
  'typeorm findOne',
  'SELECT "Article"."id" AS "Article_id", "Article"."slug" AS "Article_slug" FROM "articles" "Article" WHERE (("Article"."slug" = $1)) LIMIT 1',
  'c',
);
q(
  'typeorm findOneBy none',
  'SELECT "Article"."id" AS "Article_id" FROM "articles" "Article" WHERE (("Article"."slug" = $1)) LIMIT 1',
  'zz',
);
q(
  'typeorm find skip take no join',
  'SELECT "Article"."id" AS "Article_id", "Article"."title" AS "Article_title" FROM "articles" "Article" ORDER BY "Article"."title" ASC LIMIT 3 OFFSET 2',
);
q(
  'typeorm find ILike operator',
  'SELECT "Article"."id" AS "Article_id" FROM "articles" "Article" WHERE (("Article"."title" ILIKE $1)) ORDER BY "Article"."id"',
  '%ta%',
);
q(
  'typeorm find In operator',
  'SELECT "Article"."id" AS "Article_id" FROM "articles" "Article" WHERE (("Article"."id" IN ($1, $2, $3))) ORDER BY "Article"."id"',
  1,
  3,
  5,
);
q(
  'typeorm find In empty',
  'SELECT "Article"."id" AS "Article_id" FROM "articles" "Article" WHERE ((0=1)) ORDER BY "Article"."id"',
);
q(
  'typeorm find Between',
  'SELECT "Article"."id" AS "Article_id" FROM "articles" "Article" WHERE (("Article"."created_at" BETWEEN $1 AND $2)) ORDER BY "Article"."id"',
  new Date(Date.UTC(2024, 0, 2)),
  new Date(Date.UTC(2024, 0, 4)),
);
q(
  'typeorm find IsNull Not',
  'SELECT "Article"."id" AS "Article_id" FROM "articles" "Article" WHERE (("Article"."author" IS NULL) OR (NOT("Article"."status" = $1))) ORDER BY "Article"."id"',
  'published',
);
q(
  'typeorm find ArrayContains',
  'SELECT "Article"."id" AS "Article_id" FROM "articles" "Article" WHERE (("Article"."tags" @> $1)) ORDER BY "Article"."id"',
  ['pg'],
);
q(
  'typeorm find ArrayOverlap',
  'SELECT "Article"."id" AS "Article_id" FROM "articles" "Article" WHERE (("Article"."tags" && $1)) ORDER BY "Article"."id"',
  ['orm', 'ORM'],
);
q(
  'typeorm find ArrayContainedBy',
  'SELECT "Article"."id" AS "Article_id" FROM "articles" "Article" WHERE (("Article"."tags" <@ $1)) ORDER BY "Article"."id"',
  ['pg', 'sql'],
);
q(
  'typeorm find Any',
  'SELECT "Article"."id" AS "Article_id" FROM "articles" "Article" WHERE (("Article"."score" = ANY($1))) ORDER BY "Article"."id"',
  [10, 7],
);
q(
  'typeorm find Raw',
  'SELECT "Article"."id" AS "Article_id" FROM "articles" "Article" WHERE ((lower("Article"."author") = lower($1))) ORDER BY "Article"."id"',
  'ANN',
);
q(
  'typeorm exists',
  'SELECT 1 AS "row_exists" FROM (SELECT 1 AS dummy_column) "dummy_table" WHERE EXISTS (SELECT 1 FROM "articles" "Article" WHERE (("Article"."slug" = $1)))',
  'a',
);
q(
  'typeorm exists false',
  'SELECT 1 AS "row_exists" FROM (SELECT 1 AS dummy_column) "dummy_table" WHERE EXISTS (SELECT 1 FROM "articles" "Article" WHERE (("Article"."slug" = $1)))',
  'zz',
);
q(
  'typeorm sum',
  'SELECT SUM("Article"."score") AS "SUM" FROM "articles" "Article" WHERE (("Article"."status" = $1))',
  'published',
);
q('typeorm average', 'SELECT AVG("Article"."rating") AS "AVG" FROM "articles" "Article"');
q(
  'typeorm minimum maximum',
  'SELECT MIN("Article"."price") AS "MIN", MAX("Article"."created_at") AS "MAX" FROM "articles" "Article"',
);

// Sequelize.
q(
  'sequelize findAndCountAll count',
  'SELECT count("Article"."id") AS "count" FROM "articles" AS "Article" WHERE "Article"."status" = \'published\';',
);
q(
  'sequelize count distinct include',
  'SELECT count(DISTINCT("Article"."id")) AS "count" FROM "articles" AS "Article" LEFT OUTER JOIN "article_comments" AS "comments" ON "Article"."id" = "comments"."article_id";',
);
q('sequelize count star', 'SELECT count(*) AS "count" FROM "articles" AS "Article";');
q(
  'sequelize findAll limit offset',
  'SELECT "id", "slug", "created_at" AS "createdAt" FROM "articles" AS "Article" WHERE "Article"."deleted_at" IS NULL ORDER BY "Article"."created_at" DESC, "Article"."id" ASC LIMIT 3 OFFSET 1;',
);
q(
  'sequelize findOne limit 1',
  'SELECT "id", "slug" FROM "articles" AS "Article" WHERE "Article"."slug" = \'e\' LIMIT 1;',
);
q(
  'sequelize iLike',
  'SELECT "id" FROM "articles" AS "Article" WHERE "Article"."title" ILIKE \'%eta%\' ORDER BY "Article"."id";',
);
q(
  'sequelize notILike',
  'SELECT "id" FROM "articles" AS "Article" WHERE "Article"."title" NOT ILIKE \'%eta%\' ORDER BY "Article"."id";',
);
q(
  'sequelize like escaped percent',
  'SELECT "id" FROM "articles" AS "Article" WHERE "Article"."title" LIKE \'%\\%\' ORDER BY "Article"."id";',
);
q(
  'sequelize like escaped underscore',
  'SELECT "id" FROM "articles" AS "Article" WHERE "Article"."title" LIKE \'%\\_\' ORDER BY "Article"."id";',
);
q(
  'sequelize like escape clause',
  'SELECT "id" FROM "articles" AS "Article" WHERE "Article"."title" LIKE \'%!%\' ESCAPE \'!\' ORDER BY "Article"."id";',
);
q(
  'sequelize in',
  'SELECT "id" FROM "articles" AS "Article" WHERE "Article"."id" IN (1, 2, 99) ORDER BY "Article"."id";',
);
q(
  'sequelize between dates',
  'SELECT "id" FROM "articles" AS "Article" WHERE "Article"."created_at" BETWEEN \'2024-01-02 00:00:00.000 +00:00\' AND \'2024-01-04 00:00:00.000 +00:00\' ORDER BY "Article"."id";',
);
q(
  'sequelize gte date with offset',
  'SELECT "id" FROM "articles" AS "Article" WHERE "Article"."created_at" >= \'2024-01-04 01:00:00.000 +01:00\' ORDER BY "Article"."id";',
);
q(
  'sequelize contains array',
  'SELECT "id" FROM "articles" AS "Article" WHERE "Article"."tags" @> ARRAY[\'pg\']::VARCHAR(255)[] ORDER BY "Article"."id";',
);
q(
  'sequelize overlap array',
  'SELECT "id" FROM "articles" AS "Article" WHERE "Article"."tags" && ARRAY[\'sql\',\'x\']::VARCHAR(255)[] ORDER BY "Article"."id";',
);
q(
  'sequelize op any',
  'SELECT "id" FROM "articles" AS "Article" WHERE "Article"."score" = ANY (ARRAY[10,7]) ORDER BY "Article"."id";',
);
q(
  'sequelize op any empty',
  'SELECT "id" FROM "articles" AS "Article" WHERE "Article"."score" = ANY (ARRAY[]::INTEGER[]) ORDER BY "Article"."id";',
);
q(
  'sequelize or',
  'SELECT "id" FROM "articles" AS "Article" WHERE ("Article"."author" = \'bob\' OR "Article"."score" < 0) ORDER BY "Article"."id";',
);
q(
  'sequelize not',
  'SELECT "id" FROM "articles" AS "Article" WHERE NOT ("Article"."status" = \'draft\') ORDER BY "Article"."id";',
);
q(
  'sequelize is not null',
  'SELECT "id" FROM "articles" AS "Article" WHERE "Article"."rating" IS NOT NULL AND "Article"."score" != 10 ORDER BY "Article"."id";',
);
q(
  'sequelize group count',
  'SELECT "author", count("Article"."id") AS "count" FROM "articles" AS "Article" GROUP BY "author" ORDER BY "author";',
);
q('sequelize fn lower where', 'SELECT "id" FROM "articles" AS "Article" WHERE lower("title") = \'alpha\';');
q(
  'sequelize col alias attributes',
  'SELECT "id", "title" AS "heading", "created_at" AS "createdAt" FROM "articles" AS "Article" WHERE "Article"."id" = 1;',
);
q(
  'sequelize bind params',
  'SELECT "id" FROM "articles" AS "Article" WHERE "Article"."author" = $1 AND "Article"."score" >= $2 ORDER BY "Article"."id";',
  'ann',
  '5',
);
q(
  'sequelize order nulls',
  'SELECT "id", "rating" FROM "articles" AS "Article" ORDER BY "Article"."rating" DESC NULLS LAST, "Article"."id";',
);
q(
  'sequelize timestamp literal with z',
  'SELECT "id" FROM "articles" AS "Article" WHERE "Article"."created_at" < \'2024-01-02T00:00:00.000Z\' ORDER BY "Article"."id";',
);

// Keyset pagination with row comparison, both directions, ties and nulls.
const keysets: [string, string, unknown[]][] = [
  [
    'row gt',
    'SELECT id, created_at FROM articles WHERE (created_at, id) > ($1, $2) ORDER BY created_at, id LIMIT 3',
    ['2024-01-02 00:00:00+00', 2],
  ],
  [
    'row gt date object',
    'SELECT id FROM articles WHERE (created_at, id) > ($1, $2) ORDER BY created_at, id LIMIT 3',
    [new Date(Date.UTC(2024, 0, 2)), 2],
  ],
  [
    'row lt desc',
    'SELECT id FROM articles WHERE (created_at, id) < ($1, $2) ORDER BY created_at DESC, id DESC LIMIT 3',
    ['2024-01-04 00:00:00+00', 6],
  ],
  ['row ge', 'SELECT id FROM articles WHERE (score, id) >= ($1, $2) ORDER BY score, id', [7, 3]],
  ['row le', 'SELECT id FROM articles WHERE (score, id) <= ($1, $2) ORDER BY score, id', [10, 2]],
  [
    'row gt with null column',
    'SELECT id, score FROM articles WHERE (score, id) > ($1, $2) ORDER BY score, id',
    [3, 0],
  ],
  ['row gt null param', 'SELECT id FROM articles WHERE (score, id) > ($1, $2) ORDER BY id', [null, 1]],
  [
    'row gt three columns',
    'SELECT id FROM articles WHERE (status, score, id) > ($1, $2, $3) ORDER BY status, score, id',
    ['draft', 10, 2],
  ],
  [
    'row row() syntax',
    'SELECT id FROM articles WHERE ROW(created_at, id) > ROW($1::timestamptz, $2::int) ORDER BY created_at, id',
    ['2024-01-04 00:00:00+00', 5],
  ],
  [
    'row mixed direction expanded',
    'SELECT id FROM articles WHERE score < $1 OR (score = $1 AND id > $2) ORDER BY score DESC, id ASC',
    [10, 2],
  ],
  ['row eq', 'SELECT id FROM articles WHERE (author, status) = ($1, $2) ORDER BY id', ['ann', 'published']],
  ['row ne', 'SELECT id FROM articles WHERE (author, status) <> ($1, $2) ORDER BY id', ['ann', 'published']],
  [
    'row in list',
    'SELECT id FROM articles WHERE (author, status) IN (($1, $2), ($3, $4)) ORDER BY id',
    ['ann', 'published', 'bob', 'draft'],
  ],
  [
    'row is distinct from',
    'SELECT id FROM articles WHERE (author, score) IS DISTINCT FROM ($1, $2) ORDER BY id',
    ['ann', 10],
  ],
  [
    'row cursor on text',
    'SELECT id, title FROM articles WHERE (title, id) > ($1, $2) ORDER BY title, id LIMIT 4',
    ['beta', 2],
  ],
  [
    'row cursor on text collate c',
    'SELECT id, title FROM articles WHERE (title COLLATE "C", id) > ($1, $2) ORDER BY title COLLATE "C", id LIMIT 4',
    ['beta', 2],
  ],
  [
    'row cursor numeric',
    'SELECT id FROM articles WHERE (rating, id) > ($1, $2) ORDER BY rating, id',
    ['2.5', 6],
  ],
  ['row cursor mismatched arity', 'SELECT id FROM articles WHERE (rating, id) > ($1, $2, $3)', [1, 2, 3]],
  [
    'row cursor with limit plus one',
    'SELECT id FROM articles WHERE deleted_at IS NULL AND (created_at, id) > ($1, $2) ORDER BY created_at, id LIMIT $3',
    ['2024-01-01 00:00:00+00', 1, 3],
  ],
  [
    'kysely refTuple',
    'select "id" from "articles" where ("score", "id") > ($1, $2) order by "score", "id"',
    [7, 3],
  ],
  [
    'drizzle or and cursor',
    'select "id" from "articles" where ("articles"."created_at" > $1 or ("articles"."created_at" = $2 and "articles"."id" > $3)) order by "articles"."created_at" asc, "articles"."id" asc limit $4',
    ['2024-01-02T00:00:00.000Z', '2024-01-02T00:00:00.000Z', 2, 3],
  ],
];
for (const [name, sql, params] of keysets) q(`keyset ${name}`, sql, ...params);

// Knex and builders: whereIn, = ANY, ILIKE, raw bindings.
const filters: [string, string, unknown[]][] = [
  ['knex whereIn', 'select "id" from "articles" where "id" in ($1, $2, $3) order by "id"', [1, 3, 5]],
  [
    'knex whereIn strings for int',
    'select "id" from "articles" where "id" in ($1, $2) order by "id"',
    ['1', '3'],
  ],
  [
    'knex whereIn tuple',
    'select "id" from "articles" where ("author", "status") in (($1, $2), ($3, $4)) order by "id"',
    ['ann', 'published', 'bob', 'draft'],
  ],
  [
    'knex whereNotIn with null',
    'select "id" from "articles" where "author" not in ($1, $2) order by "id"',
    ['ann', null],
  ],
  ['knex whereIn empty', 'select "id" from "articles" where 1 = 0', []],
  [
    'knex whereNull orWhere',
    'select "id" from "articles" where "author" is null or "score" = $1 order by "id"',
    [3],
  ],
  ['knex whereILike', 'select "id" from "articles" where "title" ilike $1 order by "id"', ['%A']],
  ['knex whereLike', 'select "id" from "articles" where "title" like $1 order by "id"', ['%a']],
  [
    'knex whereRaw any',
    'select "id" from "articles" where "id" = any(?) order by "id"'.replace('?', '$1'),
    [[2, 4, 6]],
  ],
  ['knex whereBetween', 'select "id" from "articles" where "score" between $1 and $2 order by "id"', [0, 7]],
  ['knex whereJsonPath equivalent', 'select "id" from "articles" where "tags"[1] = $1 order by "id"', ['pg']],
  [
    'knex first',
    'select "id", "slug" from "articles" where "author" = $1 order by "id" asc limit $2',
    ['bob', 1],
  ],
  ['knex count as', 'select count("id") as "total" from "articles" where "deleted_at" is null', []],
  ['knex countDistinct', 'select count(distinct "author") as "authors" from "articles"', []],
  ['knex pluck', 'select "slug" from "articles" where "score" > $1 order by "slug" asc', [5]],
  ['knex offset without limit', 'select "id" from "articles" order by "id" asc offset $1', [6]],
  ['knex limit all like', 'select "id" from "articles" order by "id" asc limit all', []],
  ['any int array param', 'SELECT id FROM articles WHERE id = ANY($1::int[]) ORDER BY id', [[1, 2, 3]]],
  [
    'any text array param',
    'SELECT id FROM articles WHERE slug = ANY($1::text[]) ORDER BY id',
    [['b', 'z', 'h']],
  ],
  [
    'any uuid array param',
    'SELECT id FROM articles WHERE uid = ANY($1::uuid[]) ORDER BY id',
    [['a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11']],
  ],
  [
    'any bigint array param strings',
    'SELECT id FROM articles WHERE id = ANY($1::bigint[]) ORDER BY id',
    [['1', '9007199254740993']],
  ],
  [
    'any numeric array param',
    'SELECT id FROM articles WHERE rating = ANY($1::numeric[]) ORDER BY id',
    [[4.5, '3']],
  ],
  ['any untyped array against int', 'SELECT id FROM articles WHERE id = ANY($1) ORDER BY id', [[4, 5]]],
  [
    'any untyped array against text',
    'SELECT id FROM articles WHERE slug = ANY($1) ORDER BY id',
    [['a', 'b']],
  ],
  ['any untyped array with null', 'SELECT id FROM articles WHERE score = ANY($1) ORDER BY id', [[10, null]]],
  ['all not equal array', 'SELECT id FROM articles WHERE id <> ALL($1::int[]) ORDER BY id', [[1, 2]]],
  ['all not equal empty array', 'SELECT id FROM articles WHERE id <> ALL($1::int[]) ORDER BY id', [[]]],
  ['any empty array', 'SELECT id FROM articles WHERE id = ANY($1::int[]) ORDER BY id', [[]]],
  [
    'not any with null element',
    'SELECT id FROM articles WHERE NOT (score = ANY($1::int[])) ORDER BY id',
    [[10, null]],
  ],
  [
    'like any array',
    'SELECT id FROM articles WHERE title ILIKE ANY($1::text[]) ORDER BY id',
    [['a%', '%TA']],
  ],
  [
    'any array literal string param',
    'SELECT id FROM articles WHERE id = ANY($1::int[]) ORDER BY id',
    ['{1,3}'],
  ],
  ['any bad array literal', 'SELECT id FROM articles WHERE id = ANY($1::int[]) ORDER BY id', ['1,3']],
  [
    'in subselect unnest',
    'SELECT id FROM articles WHERE id IN (SELECT unnest($1::int[])) ORDER BY id',
    [[3, 1]],
  ],
  ['ilike unicode', 'SELECT id FROM articles WHERE title ILIKE $1 ORDER BY id', ['é%']],
  ['ilike escape default backslash', 'SELECT id FROM articles WHERE title ILIKE $1 ORDER BY id', ['%\\%']],
  [
    'ilike with escape clause',
    "SELECT id FROM articles WHERE title ILIKE $1 ESCAPE '#' ORDER BY id",
    ['%#_'],
  ],
  ['like trailing backslash fails', 'SELECT id FROM articles WHERE title LIKE $1 ORDER BY id', ['abc\\']],
  ['ilike null param', 'SELECT id FROM articles WHERE title ILIKE $1 ORDER BY id', [null]],
  ['concat ilike param', "SELECT id FROM articles WHERE title ILIKE '%' || $1 || '%' ORDER BY id", ['ET']],
  ['concat ilike int param', "SELECT id FROM articles WHERE title ILIKE '%' || $1 || '%' ORDER BY id", [1]],
  [
    'optional filter null',
    'SELECT id FROM articles WHERE ($1::text IS NULL OR author = $1) AND ($2::int IS NULL OR score >= $2) ORDER BY id',
    [null, 5],
  ],
  [
    'optional filter coalesce',
    'SELECT id FROM articles WHERE author = COALESCE($1, author) ORDER BY id',
    [null],
  ],
  [
    'search across columns',
    "SELECT id FROM articles WHERE concat_ws(' ', title, author, slug) ILIKE $1 ORDER BY id",
    ['%ann%'],
  ],
  [
    'date param against timestamp',
    'SELECT id FROM articles WHERE published_at >= $1 ORDER BY id',
    [new Date(Date.UTC(2024, 0, 3))],
  ],
  [
    'date string param against timestamp',
    'SELECT id FROM articles WHERE published_at >= $1 ORDER BY id',
    ['2024-01-03T00:00:00.000Z'],
  ],
  [
    'date only string against timestamptz',
    'SELECT id FROM articles WHERE created_at::date = $1 ORDER BY id',
    ['2024-01-02'],
  ],
  [
    'date trunc day group',
    "SELECT date_trunc('day', created_at) AS d, count(*) AS n FROM articles GROUP BY 1 ORDER BY 1",
    [],
  ],
  [
    'timestamptz between params dates',
    'SELECT id FROM articles WHERE created_at >= $1 AND created_at < $2 ORDER BY id',
    [new Date(Date.UTC(2024, 0, 2)), new Date(Date.UTC(2024, 0, 4))],
  ],
  ['bytea param buffer equals', 'SELECT id FROM articles WHERE body = $1 ORDER BY id', [Buffer.from('ab')]],
  ['bytea param empty buffer', 'SELECT id FROM articles WHERE body = $1 ORDER BY id', [Buffer.alloc(0)]],
  ['bytea return', 'SELECT id, body, length(body) AS n FROM articles WHERE body IS NOT NULL ORDER BY id', []],
  ['bytea param select back', 'SELECT $1::bytea AS b, octet_length($1::bytea) AS n', [Buffer.from('héllo')]],
  ['bytea hex string param', 'SELECT $1::bytea AS b', ['\\xdeadbeef']],
  ['bytea escape string param', 'SELECT $1::bytea AS b', ['ab\\\\c']],
  ['boolean params', 'SELECT $1::boolean AS a, $2::boolean AS b, $3::boolean AS c', [true, 'f', 'yes']],
  ['boolean bad param', 'SELECT $1::boolean AS a', ['maybe']],
  [
    'number params typed',
    'SELECT $1::int AS a, $2::float8 AS b, $3::numeric AS c, $4::real AS d',
    [1, 0.1, 1e-10, 3.4028235e38],
  ],
  ['number params scientific into numeric', 'SELECT $1::numeric AS a, $2::numeric AS b', [1e21, 5e-324]],
  ['negative zero param', 'SELECT $1::float8 AS a, $1::numeric AS b', [-0]],
  ['bigint js param', 'SELECT $1::bigint AS a, $1::bigint + 1 AS b', [BigInt('9007199254740993')]],
  ['int param from float string', 'SELECT $1::int AS a', ['1.0']],
  ['int param exponent string', 'SELECT $1::int AS a', ['1e3']],
  ['int param with spaces', 'SELECT $1::int AS a', [' 42 ']],
  ['int param underscore', 'SELECT $1::int AS a', ['1_000']],
  ['int param hex', 'SELECT $1::int AS a', ['0x1F']],
  ['numeric param with spaces', 'SELECT $1::numeric AS a', [' 1.50 ']],
  ['numeric param infinity', 'SELECT $1::numeric AS a', ['Infinity']],
  ['float param nan', 'SELECT $1::float8 AS a, $1::float8 = $1::float8 AS eq', ['NaN']],
  ['json object param typed', 'SELECT $1::jsonb AS a, $1::json AS b', [{ z: 1, a: [1, 2], ' k': null }]],
  ['json object param untyped select', 'SELECT $1 AS a', [{ a: 1 }]],
  ['json array param typed jsonb', 'SELECT $1::jsonb AS a', [JSON.stringify([{ b: 2, a: 1 }])]],
  ['array param typed json array', 'SELECT $1::jsonb[] AS a', [['{"a":1}', '[]']]],
  [
    'nested array param',
    'SELECT $1::int[] AS a, array_dims($1::int[]) AS d',
    [
      [
        [1, 2],
        [3, 4],
      ],
    ],
  ],
  ['nested ragged array param', 'SELECT $1::int[] AS a', [[[1, 2], [3]]]],
  ['date array param', 'SELECT $1::timestamptz[] AS a', [[new Date(Date.UTC(2024, 0, 1)), null]]],
  ['buffer array param', 'SELECT $1::bytea[] AS a', [[Buffer.from('ab')]]],
  ['text param with null byte', 'SELECT $1::text AS a', ['a\u0000b']],
  ['text param unicode', 'SELECT $1::text AS a, length($1::text) AS n, octet_length($1::text) AS o', ['𝄞é']],
  ['varchar param too long cast', 'SELECT $1::varchar(3) AS a', ['abcdef']],
  ['char param padded', 'SELECT $1::char(5) AS a, length($1::char(5)) AS n', ['ab']],
  ['interval param', 'SELECT $1::interval AS a', ['1 day 2 hours']],
  ['interval iso param', 'SELECT $1::interval AS a', ['P1Y2M3DT4H5M6S']],
  ['uuid param select', 'SELECT $1::uuid AS a', ['A0EEBC999C0B4EF8BB6D6BB9BD380A11']],
  ['time param', 'SELECT $1::time AS a, $2::timetz AS b', ['12:34:56.789', '12:00:00+05:30']],
  ['date param js date', 'SELECT $1::date AS a', [new Date(Date.UTC(2024, 1, 29, 23, 0, 0))]],
  ['timestamp param js date', 'SELECT $1::timestamp AS a', [new Date(Date.UTC(2024, 1, 29, 23, 0, 0, 5))]],
  ['timestamptz infinity param', 'SELECT $1::timestamptz AS a', ['infinity']],
  ['unknown param text compare', 'SELECT id FROM articles WHERE $1 = slug', ['a']],
  ['param compared with int column as text', 'SELECT id FROM articles WHERE score = $1 ORDER BY id', ['10']],
  ['param compared with int column bad', 'SELECT id FROM articles WHERE score = $1 ORDER BY id', ['ten']],
  [
    'param compared with numeric column number',
    'SELECT id FROM articles WHERE rating = $1 ORDER BY id',
    [4.5],
  ],
  ['param in limit string', 'SELECT id FROM articles ORDER BY id LIMIT $1', ['2']],
  ['param in limit float', 'SELECT id FROM articles ORDER BY id LIMIT $1', [2.5]],
  ['param in limit negative', 'SELECT id FROM articles ORDER BY id LIMIT $1', [-1]],
  ['param in offset negative', 'SELECT id FROM articles ORDER BY id OFFSET $1', [-1]],
  ['param in limit null', 'SELECT id FROM articles ORDER BY id LIMIT $1', [null]],
  ['param in offset null', 'SELECT id FROM articles ORDER BY id OFFSET $1', [null]],
  ['param in limit bigint string', 'SELECT id FROM articles ORDER BY id LIMIT $1', ['9223372036854775807']],
  [
    'param in fetch first',
    'SELECT id FROM articles ORDER BY id OFFSET $1 ROWS FETCH FIRST $2 ROWS ONLY',
    [1, 2],
  ],
  [
    'fetch first with ties',
    'SELECT id, score FROM articles ORDER BY score DESC NULLS LAST FETCH FIRST 1 ROWS WITH TIES',
    [],
  ],
];
for (const [name, sql, params] of filters) q(name, sql, ...params);

// Page queries the way repositories combine them: total via window, via second query, and via CTE.
const pages: [string, string, unknown[]][] = [
  [
    'page with window count',
    'SELECT id, slug, count(*) OVER () AS total FROM articles WHERE status = $1 ORDER BY created_at DESC, id DESC LIMIT $2 OFFSET $3',
    ['published', 2, 1],
  ],
  [
    'page with window count past end',
    'SELECT id, count(*) OVER () AS total FROM articles ORDER BY id LIMIT $1 OFFSET $2',
    [2, 100],
  ],
  [
    'page count cte',
    'WITH filtered AS (SELECT * FROM articles WHERE deleted_at IS NULL) SELECT (SELECT count(*) FROM filtered) AS total, (SELECT json_agg(f.id ORDER BY f.id) FROM (SELECT id FROM filtered ORDER BY id LIMIT 2) f) AS ids',
    [],
  ],
  ['page count cast int', 'SELECT count(*)::int AS total FROM articles WHERE status = $1', ['draft']],
  [
    'page count bigint type',
    'SELECT count(*) AS total, count(score) AS scored, count(DISTINCT author) AS authors FROM articles',
    [],
  ],
  ['page has next via limit plus one', 'SELECT id FROM articles ORDER BY id LIMIT $1 + 1 OFFSET $2', [3, 3]],
  [
    'page ordered by nullable column',
    'SELECT id, score FROM articles ORDER BY score ASC, id ASC LIMIT 4',
    [],
  ],
  ['page ordered by nullable desc', 'SELECT id, score FROM articles ORDER BY score DESC, id ASC LIMIT 4', []],
  ['page ordered by expression', 'SELECT id FROM articles ORDER BY coalesce(score, 0) DESC, id LIMIT 4', []],
  [
    'page ordered by alias',
    'SELECT id, coalesce(score, 0) AS s FROM articles ORDER BY s DESC, id LIMIT 4',
    [],
  ],
  ['page ordered by ordinal', 'SELECT id, score FROM articles ORDER BY 2 DESC NULLS LAST, 1 LIMIT 4', []],
  ['page ordered by text mixed case', 'SELECT id, title FROM articles ORDER BY title', []],
  ['page ordered by lower', 'SELECT id, title FROM articles ORDER BY lower(title), id', []],
  [
    'page distinct on latest per author',
    'SELECT DISTINCT ON (author) author, id, created_at FROM articles ORDER BY author, created_at DESC, id DESC',
    [],
  ],
  [
    'page group having count',
    'SELECT author, count(*) AS n, max(created_at) AS latest FROM articles GROUP BY author HAVING count(*) > 1 ORDER BY n DESC, author',
    [],
  ],
  [
    'page aggregate filter',
    "SELECT count(*) FILTER (WHERE status = 'published') AS published, count(*) FILTER (WHERE status = 'draft') AS drafts, sum(score) FILTER (WHERE score > 0) AS pos FROM articles",
    [],
  ],
  [
    'page avg numeric scale',
    'SELECT avg(rating) AS a, avg(score) AS b, avg(price) AS c, sum(price) AS d FROM articles',
    [],
  ],
  [
    'page sum int types',
    'SELECT sum(score) AS s, sum(score::bigint) AS b, sum(rating) AS r, max(score) AS m FROM articles',
    [],
  ],
  [
    'page stddev variance',
    'SELECT round(stddev(score), 6) AS sd, round(variance(score), 6) AS v FROM articles',
    [],
  ],
  [
    'page percentile',
    'SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY score) AS med, percentile_disc(0.5) WITHIN GROUP (ORDER BY score) AS disc FROM articles',
    [],
  ],
  [
    'page string_agg',
    "SELECT author, string_agg(slug, ',' ORDER BY slug) AS slugs FROM articles GROUP BY author ORDER BY author NULLS FIRST",
    [],
  ],
  ['page array_agg distinct', 'SELECT array_agg(DISTINCT author ORDER BY author) AS a FROM articles', []],
  [
    'page bool aggregates',
    'SELECT bool_and(score > 0) AS a, bool_or(score > 5) AS b, every(deleted_at IS NULL) AS c FROM articles',
    [],
  ],
  [
    'page join count group',
    'SELECT a.id, count(c.id) AS comments, coalesce(sum(c.likes), 0) AS likes FROM articles a LEFT JOIN article_comments c ON c.article_id = a.id GROUP BY a.id ORDER BY likes DESC, a.id',
    [],
  ],
  [
    'page join count group by pk with other columns',
    'SELECT a.id, a.slug, a.title, count(c.id) AS n FROM articles a LEFT JOIN article_comments c ON c.article_id = a.id GROUP BY a.id ORDER BY a.id',
    [],
  ],
  [
    'page lateral top comment',
    'SELECT a.id, top.body FROM articles a LEFT JOIN LATERAL (SELECT body FROM article_comments c WHERE c.article_id = a.id ORDER BY likes DESC, id LIMIT 1) top ON true ORDER BY a.id',
    [],
  ],
  [
    'page exists filter',
    'SELECT a.id FROM articles a WHERE EXISTS (SELECT 1 FROM article_comments c WHERE c.article_id = a.id AND c.likes > $1) ORDER BY a.id',
    [1],
  ],
  [
    'page not exists filter',
    'SELECT a.id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_comments c WHERE c.article_id = a.id) ORDER BY a.id',
    [],
  ],
  [
    'page scalar subquery count',
    'SELECT a.id, (SELECT count(*) FROM article_comments c WHERE c.article_id = a.id) AS n FROM articles a ORDER BY n DESC, a.id',
    [],
  ],
  [
    'page row_number window',
    'SELECT id, author, row_number() OVER (PARTITION BY author ORDER BY created_at DESC, id) AS rn FROM articles ORDER BY author NULLS LAST, rn',
    [],
  ],
  [
    'page rank ties',
    'SELECT id, score, rank() OVER (ORDER BY score DESC NULLS LAST) AS r, dense_rank() OVER (ORDER BY score DESC NULLS LAST) AS d FROM articles ORDER BY r, id',
    [],
  ],
  [
    'page lag lead',
    'SELECT id, lag(id) OVER (ORDER BY id) AS prev, lead(id) OVER (ORDER BY id) AS next FROM articles ORDER BY id',
    [],
  ],
  [
    'page union all counts',
    "SELECT 'draft' AS k, count(*) FROM articles WHERE status = 'draft' UNION ALL SELECT 'published', count(*) FROM articles WHERE status = 'published' ORDER BY k",
    [],
  ],
  [
    'page case status label',
    "SELECT id, CASE status WHEN 'published' THEN 1 WHEN 'draft' THEN 2 ELSE 3 END AS rank FROM articles ORDER BY rank, id",
    [],
  ],
  ['page array contains any tag', "SELECT id FROM articles WHERE 'pg' = ANY(tags) ORDER BY id", []],
  ['page array length filter', 'SELECT id, cardinality(tags) AS n FROM articles ORDER BY id', []],
  [
    'page unnest tags counts',
    'SELECT t.tag, count(*) AS n FROM articles a, unnest(a.tags) AS t(tag) GROUP BY t.tag ORDER BY n DESC, t.tag',
    [],
  ],
];
for (const [name, sql, params] of pages) q(name, sql, ...params);

// Each select shape again with several parameter values, as a repository's list endpoint is called.
const SHAPES: [string, string][] = [
  ['by author', 'SELECT id FROM articles WHERE author = $1 ORDER BY id'],
  ['by author ilike', 'SELECT id FROM articles WHERE author ILIKE $1 ORDER BY id'],
  ['by title prefix', "SELECT id FROM articles WHERE title LIKE $1 || '%' ORDER BY id"],
  ['by status page', 'SELECT id FROM articles WHERE status = $1 ORDER BY created_at DESC, id DESC LIMIT 2'],
  ['by min score', 'SELECT id FROM articles WHERE score >= $1 ORDER BY id'],
  ['by created after', 'SELECT id FROM articles WHERE created_at > $1 ORDER BY id'],
  ['by tag', 'SELECT id FROM articles WHERE tags @> ARRAY[$1]::text[] ORDER BY id'],
  ['by rating', 'SELECT id FROM articles WHERE rating = $1 ORDER BY id'],
  ['by price less', 'SELECT id FROM articles WHERE price < $1 ORDER BY id'],
  ['count by status', 'SELECT count(*) FROM articles WHERE status = $1'],
];
const VALUES: unknown[] = [
  'ann',
  'ANN',
  '%a%',
  'E',
  'published',
  'draft',
  7,
  '7',
  0,
  -1,
  '2024-01-02T00:00:00Z',
  'pg',
  4.5,
  '4.50',
  10,
  null,
  '',
  ' ann',
];
for (const [shape, sql] of SHAPES) {
  for (const value of VALUES) {
    l.add(`shape ${shape} with ${JSON.stringify(value)}`, [p(sql, value)], R);
  }
}

export default l.cases;
