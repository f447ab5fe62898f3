// Round 18 repository reads: the schema and rows every repo-reads*.ts part reads from, shaped like an
// application's tables (nullable columns, ties, mixed case, LIKE metacharacters in text, soft deletes).

/** users, posts, comments, orders, with NULLs and ties where filters and orderings care. */
export const SHOP = `
CREATE TABLE users (
  id serial PRIMARY KEY,
  email text NOT NULL UNIQUE,
  name text,
  role text NOT NULL DEFAULT 'user',
  score int,
  balance numeric(12,2),
  big bigint,
  created_at timestamptz NOT NULL,
  deleted_at timestamptz,
  tags text[]
);
CREATE TABLE posts (
  id serial PRIMARY KEY,
  author_id int REFERENCES users(id),
  title text NOT NULL,
  body text,
  published boolean NOT NULL DEFAULT false,
  views int NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL
);
CREATE TABLE comments (
  id serial PRIMARY KEY,
  post_id int NOT NULL REFERENCES posts(id),
  user_id int REFERENCES users(id),
  body text NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE TABLE orders (
  id serial PRIMARY KEY,
  user_id int REFERENCES users(id),
  amount numeric(10,2) NOT NULL,
  status text NOT NULL,
  placed_at timestamptz NOT NULL
);
INSERT INTO users (email, name, role, score, balance, big, created_at, deleted_at, tags) VALUES
  ('alice@example.com', 'Alice', 'admin', 90, 120.50, 9007199254740991, '2024-01-01 10:00:00+00', NULL, '{a,b}'),
  ('bob@example.com', 'Bob', 'user', 75, 0.00, 0, '2024-01-03 09:30:00+00', NULL, '{b}'),
  ('carol@example.com', NULL, 'user', NULL, 99.99, NULL, '2024-02-01 00:00:00+00', NULL, NULL),
  ('dave@example.org', 'dave', 'user', 75, NULL, -5, '2024-02-15 23:59:59.999+00', '2024-03-01 00:00:00+00', '{}'),
  ('eve_100%@example.org', 'Eve \\ Admin', 'admin', 60, 10.10, 42, '2024-03-10 12:00:00+00', NULL, '{c,a}'),
  ('frank@example.com', 'Émile', 'user', 90, 5.00, 7, '2024-03-31 23:00:00+00', NULL, '{a}');
INSERT INTO posts (author_id, title, body, published, views, created_at) VALUES
  (1, 'Hello world', 'first post', true, 100, '2024-01-05 00:00:00+00'),
  (1, 'Draft', NULL, false, 0, '2024-01-06 00:00:00+00'),
  (2, 'Bob writes', 'something about SQL', true, 30, '2024-01-07 00:00:00+00'),
  (2, 'Second by Bob', 'more', false, 30, '2024-02-08 00:00:00+00'),
  (1, '100% _sure_', 'percent and underscore', true, 5, '2024-02-09 00:00:00+00'),
  (5, 'Eve on SQL', 'sql injection', true, 100, '2024-03-11 00:00:00+00'),
  (NULL, 'Orphan', 'no author', true, 1, '2024-03-12 00:00:00+00');
INSERT INTO comments (post_id, user_id, body, created_at) VALUES
  (1, 2, 'nice', '2024-01-05 01:00:00+00'),
  (1, 3, 'agreed', '2024-01-05 02:00:00+00'),
  (1, NULL, 'anon', '2024-01-05 03:00:00+00'),
  (3, 1, 'good one', '2024-01-08 00:00:00+00'),
  (6, 1, 'careful', '2024-03-11 05:00:00+00'),
  (6, 2, 'indeed', '2024-03-11 06:00:00+00');
INSERT INTO orders (user_id, amount, status, placed_at) VALUES
  (1, 10.00, 'paid', '2024-01-02 08:00:00+00'),
  (1, 25.50, 'paid', '2024-01-15 12:00:00+00'),
  (1, 5.25, 'refunded', '2024-02-01 00:00:00+00'),
  (2, 100.00, 'paid', '2024-01-20 18:30:00+00'),
  (2, 40.00, 'pending', '2024-03-05 09:00:00+00'),
  (3, 7.77, 'paid', '2024-03-06 10:00:00+00'),
  (5, 60.00, 'paid', '2024-03-20 23:30:00+00'),
  (NULL, 1.00, 'paid', '2024-03-21 00:00:00+00');
`;
