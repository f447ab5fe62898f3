// Round 25: upserts whose conflict target names a partial or expression unique index, as Drizzle's
// onConflictDoUpdate({ target, targetWhere, setWhere }), Prisma's and Kysely's soft-delete-aware
// upserts write them: which index arbitrates, and what happens when none does.
import { ProbeCases, withParams as p } from '../probe-kit.js';

const S = `CREATE TABLE accounts (id serial PRIMARY KEY, email text NOT NULL, tenant int NOT NULL DEFAULT 1, name text, n int NOT NULL DEFAULT 0, deleted_at timestamptz);
  CREATE UNIQUE INDEX accounts_email_live ON accounts (email) WHERE deleted_at IS NULL;
  CREATE UNIQUE INDEX accounts_tenant_lower ON accounts (tenant, lower(name));
  INSERT INTO accounts (email, name, deleted_at) VALUES ('a@x', 'Ann', NULL), ('b@x', 'Bob', '2024-01-01 00:00:00+00'), ('c@x', 'Cid', NULL);`;
// Without the expression index, which pg-mem refuses: the partial index alone.
const PARTIAL = S.replace('CREATE UNIQUE INDEX accounts_tenant_lower ON accounts (tenant, lower(name));', '');
const l = new ProbeCases('arb ');
const state =
  'SELECT id, email, tenant, name, n, deleted_at IS NOT NULL AS deleted FROM accounts ORDER BY id';
const q = (name: string, sql: string, ...params: unknown[]) => {
  l.add(name, [p(sql, ...params), state], S);
  if (!/lower|upper|cID|\(tenant/.test(`${name} ${sql} ${params.join(' ')}`)) {
    l.add(`${name} partial index only`, [p(sql, ...params), state], PARTIAL);
  }
};

q(
  'drizzle targetWhere live email update',
  'insert into "accounts" ("email", "name") values ($1, $2) on conflict ("email") where "deleted_at" is null do update set "n" = "accounts"."n" + 1',
  'a@x',
  'Ann2',
);
q(
  'drizzle targetWhere deleted email inserts',
  'insert into "accounts" ("email", "name") values ($1, $2) on conflict ("email") where "deleted_at" is null do update set "n" = "accounts"."n" + 1',
  'b@x',
  'Bob2',
);
q(
  'target without where cannot use partial index',
  'insert into accounts (email, name) values ($1, $2) on conflict (email) do update set n = accounts.n + 1',
  'a@x',
  'X',
);
q(
  'target where not implied',
  'insert into accounts (email, name) values ($1, $2) on conflict (email) where deleted_at is not null do nothing',
  'a@x',
  'X',
);
q(
  'target where stronger than index predicate',
  'insert into accounts (email, name) values ($1, $2) on conflict (email) where deleted_at is null and n = 0 do nothing returning id',
  'a@x',
  'X',
);
q(
  'target where do nothing returning',
  'insert into accounts (email, name) values ($1, $2) on conflict (email) where deleted_at is null do nothing returning id',
  'a@x',
  'X',
);
q(
  'drizzle setWhere',
  'insert into "accounts" ("email", "name") values ($1, $2) on conflict ("email") where "deleted_at" is null do update set "name" = excluded."name" where "accounts"."n" > $3 returning "id"',
  'a@x',
  'Z',
  5,
);
q(
  'expression target',
  'insert into accounts (tenant, name, email) values ($1, $2, $3) on conflict (tenant, lower(name)) do update set n = accounts.n + 10 returning id, n',
  1,
  'ANN',
  'q@x',
);
q(
  'expression target wrong expression',
  'insert into accounts (tenant, name, email) values ($1, $2, $3) on conflict (tenant, upper(name)) do nothing',
  1,
  'ANN',
  'q@x',
);
q(
  'expression target column order',
  'insert into accounts (tenant, name, email) values ($1, $2, $3) on conflict (lower(name), tenant) do nothing returning id',
  1,
  'ANN',
  'q@x',
);
q(
  'do nothing without target any index',
  'insert into accounts (tenant, name, email) values ($1, $2, $3) on conflict do nothing returning id',
  1,
  'cid',
  'z@x',
);
q(
  'do nothing without target partial',
  'insert into accounts (email, name) values ($1, $2) on conflict do nothing returning id',
  'c@x',
  'new',
);
q(
  'on constraint of index is not a constraint',
  'insert into accounts (email, name) values ($1, $2) on conflict on constraint accounts_email_live do nothing',
  'a@x',
  'X',
);
q(
  'plain insert violates partial index',
  'insert into accounts (email, name) values ($1, $2)',
  'c@x',
  'Other',
);
q(
  'plain insert violates expression index',
  'insert into accounts (email, name) values ($1, $2)',
  'new@x',
  'cID',
);
q(
  'update violates partial index by undelete',
  'update accounts set deleted_at = null, email = $1 where id = $2',
  'a@x',
  2,
);
q(
  'soft delete frees email',
  "update accounts set deleted_at = '2024-02-02 00:00:00+00' where email = $1",
  'a@x',
);
l.add(
  'soft delete then reinsert',
  [
    p("update accounts set deleted_at = '2024-02-02 00:00:00+00' where email = $1", 'a@x'),
    p('insert into accounts (email, name) values ($1, $2) returning id', 'a@x', 'Ann again'),
    state,
  ],
  S,
);
q(
  'excluded with partial target',
  'insert into accounts (email, name, n) values ($1, $2, $3) on conflict (email) where deleted_at is null do update set n = excluded.n * 2, name = coalesce(excluded.name, accounts.name) returning id, n, name',
  'c@x',
  null,
  4,
);
q(
  'multi row partial target',
  'insert into accounts (email, name) values ($1, $2), ($3, $4) on conflict (email) where deleted_at is null do update set n = accounts.n + 1 returning id, n',
  'a@x',
  'A',
  'd@x',
  'D',
);
q(
  'multi row same key twice partial',
  'insert into accounts (email, name) values ($1, $2), ($1, $3) on conflict (email) where deleted_at is null do update set n = accounts.n + 1',
  'e@x',
  'E1',
  'E2',
);
q(
  'multi row same key twice do nothing',
  'insert into accounts (email, name) values ($1, $2), ($1, $3) on conflict (email) where deleted_at is null do nothing returning name',
  'e@x',
  'E1',
  'E2',
);

export default l.cases;
