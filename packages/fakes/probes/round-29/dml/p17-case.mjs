const c = (name, setup, ...steps) => ({ name, setup, steps });
const U = `CREATE TABLE "Users" ("Id" serial PRIMARY KEY, "firstName" text NOT NULL, "createdAt" date DEFAULT '2020-01-01', email text UNIQUE)`;
export default [
  c('case unquoted table missing', U, 'INSERT INTO users ("firstName") VALUES (\'a\')'),
  c('case unquoted Users missing', U, 'INSERT INTO Users ("firstName") VALUES (\'a\')'),
  c(
    'case quoted ok returning',
    U,
    'INSERT INTO "Users" ("firstName", email) VALUES (\'a\', \'e\') RETURNING "Id", "firstName", "createdAt"::text',
  ),
  c('case unquoted column missing', U, 'INSERT INTO "Users" (firstName) VALUES (\'a\')'),
  c(
    'case update unquoted column missing',
    `${U}; INSERT INTO "Users" ("firstName") VALUES ('a')`,
    'UPDATE "Users" SET firstname = \'b\'',
  ),
  c(
    'case returning unquoted missing',
    `${U}`,
    'INSERT INTO "Users" ("firstName") VALUES (\'a\') RETURNING firstName',
  ),
  c(
    'case where unquoted missing',
    `${U}; INSERT INTO "Users" ("firstName") VALUES ('a')`,
    'DELETE FROM "Users" WHERE firstName = \'a\'',
  ),
  c(
    'case two columns differing case',
    'CREATE TABLE t ("a" int, "A" int)',
    'INSERT INTO t (a, "A") VALUES (1, 2) RETURNING a, "A", *',
  ),
  c(
    'case upper unquoted folds',
    'CREATE TABLE t (abc int)',
    'INSERT INTO T (ABC) VALUES (1) RETURNING Abc',
    'UPDATE T SET ABC = 2 WHERE aBc = 1 RETURNING ABC',
  ),
  c(
    'case on conflict quoted',
    `${U}; INSERT INTO "Users" ("firstName", email) VALUES ('a', 'e')`,
    'INSERT INTO "Users" ("firstName", email) VALUES (\'b\', \'e\') ON CONFLICT (email) DO UPDATE SET "firstName" = EXCLUDED."firstName" RETURNING "Id", "firstName"',
  ),
  c(
    'case on conflict unquoted target col missing',
    `${U}`,
    'INSERT INTO "Users" ("firstName", email) VALUES (\'b\', \'e\') ON CONFLICT (EMAIL) DO NOTHING RETURNING "Id"',
  ),
  c(
    'case excluded unquoted col missing',
    `${U}`,
    'INSERT INTO "Users" ("firstName", email) VALUES (\'b\', \'e\') ON CONFLICT (email) DO UPDATE SET "firstName" = excluded.firstname',
  ),
  c('case pg_get_serial_sequence quoted', U, "SELECT pg_get_serial_sequence('\"Users\"', 'Id') a"),
  c('case pg_get_serial_sequence unquoted', U, "SELECT pg_get_serial_sequence('Users', 'Id')"),
  c('case serial seq name', U, 'SELECT nextval(\'"Users_Id_seq"\')'),
  c(
    'case violation fields quoted',
    `${U}; INSERT INTO "Users" ("firstName", email) VALUES ('a', 'e')`,
    'INSERT INTO "Users" ("firstName", email) VALUES (\'b\', \'e\')',
  ),
  c('case notnull violation fields quoted', U, 'INSERT INTO "Users" (email) VALUES (\'x\')'),
  c(
    'case alias case folding',
    `${U}; INSERT INTO "Users" ("firstName") VALUES ('a')`,
    'UPDATE "Users" AS U SET "firstName" = u."firstName" || \'x\' RETURNING U."firstName"',
  ),
  c(
    'case returning alias quoted case kept',
    U,
    'INSERT INTO "Users" ("firstName") VALUES (\'a\') RETURNING "Id" AS "userId", "Id" AS userId',
  ),
  c(
    'case quoted keyword column',
    'CREATE TABLE t ("select" int, "from" text)',
    'INSERT INTO t VALUES (1, \'x\') RETURNING "select", "from"',
    'UPDATE t SET "select" = 2 WHERE "from" = \'x\' RETURNING *',
  ),
  c(
    'case unreserved keyword column unquoted',
    'CREATE TABLE t (name text, type text, value int, key text, data jsonb, position int, level int, comment text)',
    "INSERT INTO t VALUES ('n', 'ty', 1, 'k', '{}', 2, 3, 'c') RETURNING name, type, value, key, data, position, level, comment",
  ),
];
