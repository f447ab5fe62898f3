// Round 30 probe: the constraint features of PostgreSQL 15 a repository's schema relies on
// (UNIQUE NULLS NOT DISTINCT, new in 15; DEFERRABLE unique and foreign keys checked at COMMIT;
// ON DELETE SET NULL (column list), new in 15; partial unique indexes as ON CONFLICT arbiters;
// unique indexes on expressions; domains with CHECKs), each exercised the way a service writes.
const P = (sql, ...params) => ({ sql, params });
const cases = [];
const add = (name, setup, steps) => cases.push({ name: `r30 schema ${name}`, setup, steps });

const NND = 'CREATE TABLE m (tenant_id int, email text, UNIQUE NULLS NOT DISTINCT (tenant_id, email));';
add('nulls not distinct twice', NND, [
  'INSERT INTO m VALUES (1, NULL)',
  'INSERT INTO m VALUES (1, NULL)',
  'SELECT count(*) FROM m',
]);
add('nulls not distinct both null', NND, ['INSERT INTO m VALUES (NULL, NULL), (NULL, NULL)']);
add('nulls not distinct upsert', NND, [
  'INSERT INTO m VALUES (1, NULL)',
  'INSERT INTO m VALUES (1, NULL) ON CONFLICT (tenant_id, email) DO NOTHING RETURNING *',
  'SELECT count(*) FROM m',
]);
add(
  'nulls not distinct index',
  'CREATE TABLE m (a int, b int); CREATE UNIQUE INDEX m_ab ON m (a, b) NULLS NOT DISTINCT;',
  ['INSERT INTO m VALUES (1, NULL)', 'INSERT INTO m VALUES (1, NULL)'],
);
add('nulls distinct default', 'CREATE TABLE m (a int, b int, UNIQUE (a, b));', [
  'INSERT INTO m VALUES (1, NULL), (1, NULL)',
  'SELECT count(*) FROM m',
]);

const DEF = `CREATE TABLE parent (id int PRIMARY KEY);
CREATE TABLE child (id int PRIMARY KEY, parent_id int REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE slots (pos int UNIQUE DEFERRABLE INITIALLY IMMEDIATE, label text);
INSERT INTO slots VALUES (1, 'a'), (2, 'b');`;
add('deferred fk within tx', DEF, [
  'BEGIN',
  'INSERT INTO child VALUES (1, 10)',
  'INSERT INTO parent VALUES (10)',
  'COMMIT',
  'SELECT count(*) FROM child',
]);
add('deferred fk fails at commit', DEF, [
  'BEGIN',
  'INSERT INTO child VALUES (1, 10)',
  'COMMIT',
  'SELECT count(*) FROM child',
]);
add('deferred fk outside tx', DEF, ['INSERT INTO child VALUES (1, 10)']);
add('deferrable unique swap', DEF, [
  'UPDATE slots SET pos = 3 - pos',
  'SELECT pos, label FROM slots ORDER BY pos',
]);
add('deferrable unique set deferred', DEF, [
  'BEGIN',
  'SET CONSTRAINTS ALL DEFERRED',
  "UPDATE slots SET pos = 1 WHERE label = 'b'",
  "UPDATE slots SET pos = 2 WHERE label = 'a'",
  'COMMIT',
  'SELECT pos, label FROM slots ORDER BY pos',
]);
add('immediate unique swap one by one', DEF, [
  'BEGIN',
  "UPDATE slots SET pos = 1 WHERE label = 'b'",
  'ROLLBACK',
]);

const SETNULL = `CREATE TABLE tenants (id int PRIMARY KEY);
CREATE TABLE users (tenant_id int NOT NULL, id int, PRIMARY KEY (tenant_id, id));
CREATE TABLE posts (tenant_id int NOT NULL, id int, author_id int, PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, author_id) REFERENCES users (tenant_id, id) ON DELETE SET NULL (author_id));
INSERT INTO tenants VALUES (1); INSERT INTO users VALUES (1, 1), (1, 2); INSERT INTO posts VALUES (1, 10, 1), (1, 11, 2);`;
add('on delete set null column list', SETNULL, [
  'DELETE FROM users WHERE id = 1',
  'SELECT tenant_id, id, author_id FROM posts ORDER BY id',
]);

const PARTIAL = `CREATE TABLE accounts (id int PRIMARY KEY, email text, deleted_at timestamptz);
CREATE UNIQUE INDEX accounts_live_email ON accounts (email) WHERE deleted_at IS NULL;
INSERT INTO accounts VALUES (1, 'a@x', NULL), (2, 'a@x', '2024-01-01');`;
add('partial unique live duplicate', PARTIAL, ["INSERT INTO accounts VALUES (3, 'a@x', NULL)"]);
add('partial unique deleted duplicate', PARTIAL, [
  "INSERT INTO accounts VALUES (3, 'a@x', '2024-02-02')",
  'SELECT count(*) FROM accounts',
]);
add('partial unique upsert arbiter', PARTIAL, [
  "INSERT INTO accounts VALUES (3, 'a@x', NULL) ON CONFLICT (email) WHERE deleted_at IS NULL DO UPDATE SET id = accounts.id RETURNING id",
]);
add('partial unique upsert no where', PARTIAL, [
  "INSERT INTO accounts VALUES (3, 'a@x', NULL) ON CONFLICT (email) DO NOTHING",
]);
add('partial unique restore', PARTIAL, ['UPDATE accounts SET deleted_at = NULL WHERE id = 2']);

const LOWER = `CREATE TABLE people (id int PRIMARY KEY, email text NOT NULL);
CREATE UNIQUE INDEX people_email_lower ON people (lower(email));
INSERT INTO people VALUES (1, 'Ann@X.io');`;
add('unique lower duplicate', LOWER, [P('INSERT INTO people VALUES ($1, $2)', 2, 'ann@x.io')]);
add('unique lower upsert', LOWER, [
  P(
    'INSERT INTO people VALUES ($1, $2) ON CONFLICT (lower(email)) DO UPDATE SET email = EXCLUDED.email RETURNING id, email',
    2,
    'ANN@x.io',
  ),
]);
add('unique lower distinct', LOWER, [P('INSERT INTO people VALUES ($1, $2) RETURNING id', 2, 'bob@x.io')]);

const DOMAIN = `CREATE DOMAIN email AS text CHECK (VALUE LIKE '%@%');
CREATE DOMAIN positive_money AS numeric(10,2) CHECK (VALUE > 0) NOT NULL;
CREATE TABLE invoices (id int PRIMARY KEY, contact email, total positive_money);`;
add('domain ok', DOMAIN, [P('INSERT INTO invoices VALUES ($1, $2, $3) RETURNING *', 1, 'a@b', '10.005')]);
add('domain check fails', DOMAIN, [P('INSERT INTO invoices VALUES ($1, $2, $3)', 1, 'nope', '10')]);
add('domain not null', DOMAIN, [P('INSERT INTO invoices (id, contact) VALUES ($1, $2)', 1, 'a@b')]);
add('domain zero', DOMAIN, [P('INSERT INTO invoices VALUES ($1, $2, $3)', 1, 'a@b', '0.001')]);

const CHECKS = `CREATE TABLE periods (id int PRIMARY KEY, starts date NOT NULL, ends date, CONSTRAINT ends_after CHECK (ends > starts), CHECK (starts >= '2000-01-01'));`;
add('check ends after', CHECKS, [
  P('INSERT INTO periods VALUES ($1, $2, $3)', 1, '2024-01-02', '2024-01-01'),
]);
add('check null passes', CHECKS, [
  P('INSERT INTO periods VALUES ($1, $2, $3) RETURNING *', 1, '2024-01-02', null),
]);
add('check unnamed', CHECKS, [P('INSERT INTO periods VALUES ($1, $2, $3)', 1, '1999-01-02', null)]);
add('check update', CHECKS, [
  "INSERT INTO periods VALUES (1, '2024-01-01', '2024-02-01')",
  'UPDATE periods SET ends = starts',
]);

export default cases;
