// Round 30 (pg-mem on ordinary repository SQL): a seeded generator of what repository layers send
// for seven domains (blog with tags, shop with carts and stock, multi-tenant SaaS, audit log, job
// queue, bookings, soft-deleted accounts), written from PostgreSQL 15's manual (chapters 6, 7, 9
// and the INSERT/UPDATE/DELETE reference) in the shapes Kysely, Drizzle, Prisma, TypeORM, knex and
// hand-written node-pg produce: parameters (extended protocol) and literals (simple protocol) mixed.
// Deterministic: the same seed gives the same cases. Ordered results end with a unique key.

/** mulberry32: small, deterministic, good enough to pick shapes. */
export function rngOf(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
    bool: () => next() < 0.5,
  };
}

export const SCHEMA = `
CREATE TYPE post_status AS ENUM ('draft', 'published', 'archived');
CREATE TABLE tenants (id int PRIMARY KEY, name text NOT NULL, plan text NOT NULL DEFAULT 'free');
CREATE TABLE users (
  id serial PRIMARY KEY, tenant_id int NOT NULL REFERENCES tenants (id), email text NOT NULL, name text,
  role text NOT NULL DEFAULT 'member', score int, balance numeric(12,2) NOT NULL DEFAULT 0,
  active boolean NOT NULL DEFAULT true, created_at timestamptz NOT NULL DEFAULT '2024-01-01 00:00:00+00',
  deleted_at timestamptz, UNIQUE (tenant_id, email));
CREATE TABLE posts (
  id int PRIMARY KEY, tenant_id int NOT NULL, author_id int REFERENCES users (id) ON DELETE SET NULL,
  title text NOT NULL, slug text UNIQUE, status post_status NOT NULL DEFAULT 'draft', views bigint NOT NULL DEFAULT 0,
  rating numeric(3,1), published_at timestamptz, body jsonb, labels text[]);
CREATE TABLE tags (id serial PRIMARY KEY, name text UNIQUE NOT NULL);
CREATE TABLE post_tags (post_id int REFERENCES posts (id) ON DELETE CASCADE, tag_id int REFERENCES tags (id), PRIMARY KEY (post_id, tag_id));
CREATE TABLE products (
  id serial PRIMARY KEY, sku text UNIQUE NOT NULL, name text NOT NULL, price numeric(10,2) NOT NULL CHECK (price >= 0),
  stock int NOT NULL DEFAULT 0 CONSTRAINT stock_nonneg CHECK (stock >= 0), weight_g int, discontinued boolean DEFAULT false);
CREATE TABLE carts (id uuid PRIMARY KEY, user_id int REFERENCES users (id), created_at timestamptz NOT NULL DEFAULT '2024-01-01 00:00:00+00', checked_out_at timestamptz);
CREATE TABLE cart_items (cart_id uuid REFERENCES carts (id) ON DELETE CASCADE, product_id int REFERENCES products (id), qty int NOT NULL CHECK (qty > 0), PRIMARY KEY (cart_id, product_id));
CREATE TABLE audit_log (id bigserial PRIMARY KEY, tenant_id int NOT NULL, actor_id int, action text NOT NULL, entity text NOT NULL, entity_id text, at timestamptz NOT NULL, data jsonb);
CREATE TABLE jobs (
  id bigserial PRIMARY KEY, queue text NOT NULL DEFAULT 'default', payload jsonb NOT NULL,
  state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'running', 'done', 'failed')),
  attempts int NOT NULL DEFAULT 0, max_attempts int NOT NULL DEFAULT 3, run_at timestamptz NOT NULL,
  locked_by text, locked_at timestamptz, priority smallint NOT NULL DEFAULT 0);
CREATE TABLE rooms (id int PRIMARY KEY, name text NOT NULL, capacity int);
CREATE TABLE bookings (
  id serial PRIMARY KEY, room_id int NOT NULL REFERENCES rooms (id), user_id int REFERENCES users (id),
  starts_at timestamptz NOT NULL, ends_at timestamptz NOT NULL, guests int, total_cents bigint, CHECK (ends_at > starts_at));
INSERT INTO tenants VALUES (1, 'acme', 'pro'), (2, 'globex', 'free'), (3, 'initech', 'free');
INSERT INTO users (tenant_id, email, name, role, score, balance, active, created_at, deleted_at) VALUES
  (1, 'ann@acme.io', 'Ann', 'admin', 90, 10.50, true, '2024-01-02 09:00:00+00', NULL),
  (1, 'bob@acme.io', 'bob', 'member', NULL, 0, true, '2024-01-03 10:00:00+00', NULL),
  (1, 'cy@acme.io', NULL, 'member', 75, 99.99, false, '2024-02-01 00:00:00+00', '2024-03-01 00:00:00+00'),
  (2, 'ann@acme.io', 'Ann B', 'admin', 75, 1.00, true, '2024-02-14 12:30:00+00', NULL),
  (2, 'dee@globex.com', 'Dee', 'member', 10, 0.01, true, '2024-03-10 08:00:00+00', NULL),
  (2, 'Eve@Globex.com', 'eve', 'viewer', NULL, 250.00, true, '2024-03-10 08:00:00+00', '2024-04-01 00:00:00+00'),
  (3, 'fay@init.tech', 'Fay', 'member', 50, 5.25, true, '2023-12-31 23:59:59+00', NULL);
INSERT INTO posts VALUES
  (1, 1, 1, 'Hello World', 'hello-world', 'published', 120, 4.5, '2024-01-05 10:00:00+00', '{"words": 300, "lang": "en", "meta": {"featured": true}}', '{news,intro}'),
  (2, 1, 2, 'Second post', 'second', 'draft', 0, NULL, NULL, '{"words": 10}', '{}'),
  (3, 1, 1, 'Postgres tips', 'pg-tips', 'published', 9000000000, 5.0, '2024-02-01 00:00:00+00', '{"words": 1200, "lang": "en", "tags": ["sql", "db"]}', '{sql,db}'),
  (4, 2, 4, 'hello again', 'hello-again', 'archived', 5, 3.0, '2023-11-30 18:00:00+00', NULL, NULL),
  (5, 2, 5, 'Drafty', NULL, 'draft', 0, NULL, NULL, '{"lang": "de"}', '{intro}'),
  (6, 3, 7, 'Init', 'init', 'published', 42, 4.5, '2024-02-01 00:00:00+00', '{"words": 0, "lang": null}', '{news}');
INSERT INTO tags (name) VALUES ('sql'), ('news'), ('howto'), ('Misc');
INSERT INTO post_tags VALUES (1, 2), (1, 4), (3, 1), (3, 3), (6, 2), (4, 2);
INSERT INTO products (sku, name, price, stock, weight_g, discontinued) VALUES
  ('A-1', 'Apple', 0.99, 100, 150, false), ('B-2', 'banana', 0.25, 0, 120, false), ('C-3', 'Cherry box', 12.50, 3, NULL, NULL),
  ('D-4', 'Durian', 29.99, 1, 2000, true), ('E-5', 'elderflower', 4.00, 20, 500, false);
INSERT INTO carts VALUES
  ('11111111-1111-1111-1111-111111111111', 1, '2024-05-01 10:00:00+00', NULL),
  ('22222222-2222-2222-2222-222222222222', 2, '2024-05-02 11:00:00+00', '2024-05-02 11:30:00+00'),
  ('33333333-3333-3333-3333-333333333333', NULL, '2024-05-03 12:00:00+00', NULL);
INSERT INTO cart_items VALUES
  ('11111111-1111-1111-1111-111111111111', 1, 3), ('11111111-1111-1111-1111-111111111111', 3, 1),
  ('22222222-2222-2222-2222-222222222222', 2, 12), ('22222222-2222-2222-2222-222222222222', 5, 2),
  ('33333333-3333-3333-3333-333333333333', 4, 1);
INSERT INTO audit_log (tenant_id, actor_id, action, entity, entity_id, at, data) VALUES
  (1, 1, 'create', 'post', '1', '2024-01-05 10:00:00+00', '{"title": "Hello World"}'),
  (1, 2, 'update', 'post', '2', '2024-01-05 10:30:00+00', '{"changes": {"title": ["a", "b"]}}'),
  (1, NULL, 'login', 'user', '2', '2024-01-06 00:00:00+00', NULL),
  (2, 4, 'delete', 'post', '9', '2024-02-14 12:31:00+00', '{"reason": "spam", "n": 2}'),
  (2, 5, 'update', 'user', '5', '2024-03-10 08:00:00+00', '{"changes": {"name": [null, "Dee"]}}'),
  (3, 7, 'create', 'post', '6', '2024-02-01 00:00:00+00', '{}');
INSERT INTO jobs (queue, payload, state, attempts, run_at, locked_by, locked_at, priority) VALUES
  ('email', '{"to": "ann@acme.io", "template": "welcome"}', 'pending', 0, '2024-01-01 00:00:00+00', NULL, NULL, 0),
  ('email', '{"to": "bob@acme.io"}', 'running', 1, '2024-01-01 00:05:00+00', 'w1', '2024-01-01 00:05:01+00', 5),
  ('default', '{"kind": "reindex", "n": 3}', 'failed', 3, '2024-01-02 00:00:00+00', NULL, NULL, 0),
  ('default', '{"kind": "export"}', 'pending', 2, '2099-01-01 00:00:00+00', NULL, NULL, -1),
  ('email', '{"to": null}', 'done', 1, '2023-12-31 00:00:00+00', NULL, NULL, 1),
  ('billing', '{"invoice": 42}', 'pending', 0, '2024-01-01 00:00:00+00', NULL, NULL, 5);
INSERT INTO rooms VALUES (1, 'Aurora', 4), (2, 'Borealis', 10), (3, 'Cellar', NULL);
INSERT INTO bookings (room_id, user_id, starts_at, ends_at, guests, total_cents) VALUES
  (1, 1, '2024-06-01 09:00:00+00', '2024-06-01 10:00:00+00', 2, 5000),
  (1, 2, '2024-06-01 10:00:00+00', '2024-06-01 11:30:00+00', NULL, 7500),
  (2, 4, '2024-06-01 09:30:00+00', '2024-06-02 09:30:00+00', 8, 120000),
  (3, NULL, '2024-06-03 00:00:00+00', '2024-06-03 01:00:00+00', 1, NULL),
  (2, 5, '2024-05-31 23:00:00+00', '2024-06-01 01:00:00+00', 10, 9000000000);
`;
