/** Customers and their orders (a NULL customer, repeated totals, a varchar(3) code): several groups' cases query it. */
export const CUSTOMERS_ORDERS = `
  CREATE TABLE customers (id int PRIMARY KEY, name text);
  CREATE TABLE orders (id int PRIMARY KEY, customer_id int, status text, total numeric(10,2), code varchar(3));
  INSERT INTO customers VALUES (1, 'Ann'), (2, 'Bob'), (3, 'Cy'), (4, 'Di');
  INSERT INTO orders VALUES (10, 1, 'paid', 20.00, 'ab'), (11, 1, 'new', 5, 'a'), (12, 2, 'paid', 9.99, 'abc'),
                            (13, NULL, 'new', 1, NULL), (14, 2, 'void', 9.99, 'b'), (15, 3, 'paid', 30, 'c');`;
