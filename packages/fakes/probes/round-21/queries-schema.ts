// Round 21 ordinary application queries: the schema every queries-*.ts part reads from, shaped like a
// shop's tables (an enum status, numeric money, jsonb attributes, text[] tags, nullable columns,
// ties and duplicates where groupings, orderings and NULL semantics care).

/** customers, products, orders, order_lines, payments, events. */
export const SHOP = `
CREATE TYPE order_status AS ENUM ('draft', 'placed', 'paid', 'shipped', 'cancelled');
CREATE TABLE customers (
  id int PRIMARY KEY,
  email text NOT NULL UNIQUE,
  name text,
  country text,
  tier text,
  credit numeric(10,2),
  tags text[],
  signed_up timestamptz NOT NULL,
  referred_by int
);
CREATE TABLE products (
  id int PRIMARY KEY,
  sku text NOT NULL UNIQUE,
  title text NOT NULL,
  category text,
  price numeric(10,2) NOT NULL,
  attrs jsonb NOT NULL DEFAULT '{}',
  active boolean NOT NULL DEFAULT true
);
CREATE TABLE orders (
  id int PRIMARY KEY,
  customer_id int REFERENCES customers(id),
  status order_status NOT NULL,
  total numeric(10,2),
  coupon text,
  placed_at timestamptz NOT NULL,
  shipped_at timestamptz
);
CREATE TABLE order_lines (
  order_id int NOT NULL REFERENCES orders(id),
  line_no int NOT NULL,
  product_id int REFERENCES products(id),
  qty int NOT NULL,
  unit_price numeric(10,2) NOT NULL,
  PRIMARY KEY (order_id, line_no)
);
CREATE TABLE payments (
  id int PRIMARY KEY,
  order_id int REFERENCES orders(id),
  amount numeric(10,2) NOT NULL,
  method text NOT NULL,
  paid_at timestamptz NOT NULL
);
CREATE TABLE events (
  id bigint PRIMARY KEY,
  customer_id int,
  kind text NOT NULL,
  payload jsonb,
  at timestamptz NOT NULL
);
INSERT INTO customers VALUES
  (1, 'ann@example.com', 'Ann', 'DE', 'gold', 100.00, '{vip,early}', '2024-01-02 09:00:00+00', NULL),
  (2, 'ben@example.com', 'Ben', 'FR', 'silver', 0.00, '{early}', '2024-01-15 10:30:00+00', 1),
  (3, 'cleo@example.com', NULL, 'DE', NULL, NULL, NULL, '2024-02-01 00:00:00+00', 1),
  (4, 'dan@example.com', 'Dan', NULL, 'gold', 50.50, '{}', '2024-02-20 18:45:00+00', 2),
  (5, 'eve@example.com', 'Eve', 'US', 'bronze', 50.50, '{vip}', '2024-03-05 12:00:00+00', NULL),
  (6, 'fay@example.com', 'Fay', 'US', 'silver', 7.25, '{new}', '2024-03-31 23:59:59+00', 4);
INSERT INTO products VALUES
  (1, 'SKU-A', 'Anvil', 'tools', 25.00, '{"color": "black", "weight": 12}', true),
  (2, 'SKU-B', 'Bolt', 'tools', 0.50, '{"size": "m"}', true),
  (3, 'SKU-C', 'Cable', 'electronics', 9.99, '{"length": 2}', true),
  (4, 'SKU-D', 'Drone', 'electronics', 199.00, '{"color": "white"}', false),
  (5, 'SKU-E', 'Easel', NULL, 25.00, '{}', true);
INSERT INTO orders VALUES
  (101, 1, 'paid', 50.50, NULL, '2024-01-05 10:00:00+00', '2024-01-07 08:00:00+00'),
  (102, 1, 'shipped', 199.00, 'WELCOME', '2024-01-20 15:30:00+00', '2024-01-22 09:00:00+00'),
  (103, 2, 'placed', 9.99, NULL, '2024-02-03 11:11:00+00', NULL),
  (104, 2, 'cancelled', NULL, 'WELCOME', '2024-02-14 20:00:00+00', NULL),
  (105, 3, 'paid', 50.50, NULL, '2024-02-28 23:30:00+00', NULL),
  (106, 4, 'draft', NULL, NULL, '2024-03-01 00:00:00+00', NULL),
  (107, 5, 'paid', 34.99, 'SPRING', '2024-03-15 14:00:00+00', '2024-03-18 10:00:00+00'),
  (108, NULL, 'placed', 0.50, NULL, '2024-03-20 08:00:00+00', NULL),
  (109, 1, 'paid', 25.00, NULL, '2024-03-31 22:00:00+00', NULL);
INSERT INTO order_lines VALUES
  (101, 1, 1, 2, 25.00), (101, 2, 2, 1, 0.50),
  (102, 1, 4, 1, 199.00),
  (103, 1, 3, 1, 9.99),
  (104, 1, 1, 1, 25.00),
  (105, 1, 1, 2, 25.00), (105, 2, 2, 1, 0.50),
  (107, 1, 3, 1, 9.99), (107, 2, 5, 1, 25.00),
  (108, 1, 2, 1, 0.50),
  (109, 1, 5, 1, 25.00), (109, 2, NULL, 3, 0.00);
INSERT INTO payments VALUES
  (1, 101, 50.50, 'card', '2024-01-05 10:05:00+00'),
  (2, 102, 100.00, 'card', '2024-01-20 15:35:00+00'),
  (3, 102, 99.00, 'paypal', '2024-01-21 09:00:00+00'),
  (4, 105, 50.50, 'invoice', '2024-03-10 00:00:00+00'),
  (5, 107, 34.99, 'card', '2024-03-15 14:01:00+00'),
  (6, 109, 25.00, 'card', '2024-04-01 00:30:00+00'),
  (7, NULL, 5.00, 'card', '2024-02-02 00:00:00+00');
INSERT INTO events VALUES
  (1, 1, 'login', '{"ip": "10.0.0.1"}', '2024-01-05 09:59:00+00'),
  (2, 1, 'view', '{"product": 1}', '2024-01-05 09:59:30+00'),
  (3, 1, 'purchase', '{"order": 101}', '2024-01-05 10:00:00+00'),
  (4, 2, 'login', NULL, '2024-02-03 11:00:00+00'),
  (5, 2, 'view', '{"product": 3}', '2024-02-03 11:05:00+00'),
  (6, NULL, 'view', '{"product": 4}', '2024-02-10 00:00:00+00'),
  (7, 3, 'login', '{}', '2024-02-28 23:00:00+00'),
  (8, 5, 'view', '{"product": 5}', '2024-03-15 13:00:00+00'),
  (9, 5, 'purchase', '{"order": 107}', '2024-03-15 14:00:00+00'),
  (10, 1, 'login', '{"ip": "10.0.0.2"}', '2024-03-31 21:00:00+00');
`;
