// Round 22 probe (h131), dumps part 1: a shop schema dumped by PostgreSQL 15's pg_dump (plain format:
// --schema-only, --inserts --no-owner --no-privileges, --column-inserts, --schema-only --no-owner
// --no-privileges) and loaded into the fake the way test suites do (one simple-protocol query, or
// statement by statement), then used: serial/identity/sequence defaults after setval, generated
// columns, domains, enums, deferrable foreign keys, a trigger, views, a materialized view, indexes
// of several access methods, comments, and the catalog queries ORMs make about the loaded schema.
// The dumps' `\restrict` lines (psql meta-commands with a random key) and comments are removed.
import { ProbeCases, type ProbeStep, withParams } from '../probe-kit.js';

const list = new ProbeCases('r22 dumps: shop: ');
const add = (name: string, steps: ProbeStep[], setup?: string) => list.add(name, steps, setup);

/** A plain dump's statements, one each: split at `;` ending a line outside quotes and dollar quotes. */
function statementsOf(dump: string): string[] {
  const out: string[] = [];
  let start = 0;
  let quote: string | undefined;
  for (let i = 0; i < dump.length; i += 1) {
    const ch = dump[i];
    if (quote) {
      if (dump.startsWith(quote, i)) {
        i += quote.length - 1;
        quote = undefined;
      }
    } else if (ch === "'") quote = "'";
    else if (ch === '$') {
      const tag = /^\$[A-Za-z_]*\$/.exec(dump.slice(i));
      if (tag) {
        quote = tag[0];
        i += quote.length - 1;
      }
    } else if (ch === ';' && (dump[i + 1] === '\n' || i + 1 === dump.length)) {
      const text = dump.slice(start, i + 1).trim();
      if (text) out.push(text);
      start = i + 1;
    }
  }
  return out;
}

const SCHEMA = `SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;
CREATE DOMAIN public.email AS text
	CONSTRAINT email_check CHECK ((VALUE ~ '^[^@]+@[^@]+$'::text));
ALTER DOMAIN public.email OWNER TO postgres;
CREATE TYPE public.order_status AS ENUM (
    'pending',
    'paid',
    'shipped',
    'cancelled'
);
ALTER TYPE public.order_status OWNER TO postgres;
CREATE DOMAIN public.positive_money AS numeric(12,2) NOT NULL
	CONSTRAINT positive_money_check CHECK ((VALUE >= (0)::numeric));
ALTER DOMAIN public.positive_money OWNER TO postgres;
SET default_tablespace = '';
SET default_table_access_method = heap;
CREATE TABLE public.customers (
    id integer NOT NULL,
    email public.email NOT NULL,
    name text DEFAULT 'anonymous'::text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    tags text[] DEFAULT '{}'::text[] NOT NULL,
    meta jsonb
);
ALTER TABLE public.customers OWNER TO postgres;
COMMENT ON TABLE public.customers IS 'people who buy';
COMMENT ON COLUMN public.customers.email IS 'login, unique';
CREATE FUNCTION public.customer_label(c public.customers) RETURNS text
    LANGUAGE sql STABLE
    AS $$ SELECT c.name || ' <' || c.email || '>' $$;
ALTER FUNCTION public.customer_label(c public.customers) OWNER TO postgres;
CREATE FUNCTION public.recompute_total() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  UPDATE orders SET total = (SELECT coalesce(sum(qty * unit_price), 0) FROM order_lines WHERE order_id = coalesce(NEW.order_id, OLD.order_id))
   WHERE id = coalesce(NEW.order_id, OLD.order_id);
  RETURN NULL;
END $$;
ALTER FUNCTION public.recompute_total() OWNER TO postgres;
COMMENT ON FUNCTION public.recompute_total() IS 'keeps orders.total';
CREATE SEQUENCE public.invoice_no_seq
    START WITH 1000
    INCREMENT BY 10
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER TABLE public.invoice_no_seq OWNER TO postgres;
CREATE TABLE public.orders (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    status public.order_status DEFAULT 'pending'::public.order_status NOT NULL,
    invoice_no integer DEFAULT nextval('public.invoice_no_seq'::regclass),
    placed_on date DEFAULT CURRENT_DATE NOT NULL,
    total numeric(12,2) DEFAULT 0 NOT NULL
);
ALTER TABLE public.orders OWNER TO postgres;
CREATE MATERIALIZED VIEW public.customer_totals AS
 SELECT orders.customer_id,
    count(*) AS n,
    sum(orders.total) AS spent
   FROM public.orders
  GROUP BY orders.customer_id
  WITH NO DATA;
ALTER TABLE public.customer_totals OWNER TO postgres;
CREATE SEQUENCE public.customers_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER TABLE public.customers_id_seq OWNER TO postgres;
ALTER SEQUENCE public.customers_id_seq OWNED BY public.customers.id;
CREATE VIEW public.open_orders AS
 SELECT o.id,
    c.email,
    o.status,
    o.total
   FROM (public.orders o
     JOIN public.customers c ON ((c.id = o.customer_id)))
  WHERE (o.status = ANY (ARRAY['pending'::public.order_status, 'paid'::public.order_status]));
ALTER TABLE public.open_orders OWNER TO postgres;
CREATE TABLE public.order_lines (
    order_id integer NOT NULL,
    line_no smallint NOT NULL,
    product_id bigint NOT NULL,
    qty integer NOT NULL,
    unit_price numeric(12,2) NOT NULL,
    CONSTRAINT order_lines_qty_check CHECK ((qty > 0))
);
ALTER TABLE public.order_lines OWNER TO postgres;
ALTER TABLE public.orders ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.orders_id_seq
    START WITH 100
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);
CREATE TABLE public.products (
    id bigint NOT NULL,
    sku character varying(32) NOT NULL,
    price public.positive_money,
    tax_rate numeric(4,3) DEFAULT 0.2 NOT NULL,
    gross numeric GENERATED ALWAYS AS (((price)::numeric * ((1)::numeric + tax_rate))) STORED,
    CONSTRAINT products_tax_rate_check CHECK (((tax_rate >= (0)::numeric) AND (tax_rate <= (1)::numeric))),
    CONSTRAINT sku_upper CHECK (((sku)::text = upper((sku)::text)))
);
ALTER TABLE public.products OWNER TO postgres;
ALTER TABLE public.products ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.products_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);
ALTER TABLE ONLY public.customers ALTER COLUMN id SET DEFAULT nextval('public.customers_id_seq'::regclass);
ALTER TABLE ONLY public.customers
    ADD CONSTRAINT customers_email_key UNIQUE (email);
ALTER TABLE ONLY public.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.order_lines
    ADD CONSTRAINT order_lines_pkey PRIMARY KEY (order_id, line_no);
ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.products
    ADD CONSTRAINT products_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.products
    ADD CONSTRAINT products_sku_key UNIQUE (sku);
CREATE UNIQUE INDEX customer_totals_pk ON public.customer_totals USING btree (customer_id);
CREATE UNIQUE INDEX customers_lower_email_idx ON public.customers USING btree (lower((email)::text));
CREATE INDEX customers_meta_gin ON public.customers USING gin (meta jsonb_path_ops);
CREATE INDEX customers_tags_gin ON public.customers USING gin (tags);
CREATE INDEX order_lines_product_idx ON public.order_lines USING btree (product_id) INCLUDE (qty);
CREATE INDEX orders_customer_idx ON public.orders USING btree (customer_id);
CREATE INDEX orders_open_idx ON public.orders USING btree (placed_on DESC) WHERE (status = ANY (ARRAY['pending'::public.order_status, 'paid'::public.order_status]));
CREATE INDEX orders_placed_brin ON public.orders USING brin (placed_on);
CREATE INDEX products_sku_hash ON public.products USING hash (sku);
CREATE TRIGGER order_lines_total AFTER INSERT OR DELETE OR UPDATE ON public.order_lines FOR EACH ROW EXECUTE FUNCTION public.recompute_total();
ALTER TABLE ONLY public.order_lines
    ADD CONSTRAINT order_lines_order_id_fkey FOREIGN KEY (order_id) REFERENCES public.orders(id) ON DELETE CASCADE;
ALTER TABLE ONLY public.order_lines
    ADD CONSTRAINT order_lines_product_id_fkey FOREIGN KEY (product_id) REFERENCES public.products(id) DEFERRABLE;
ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED;
GRANT SELECT ON TABLE public.open_orders TO PUBLIC;
`;
const INSERTS = `SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;
CREATE DOMAIN public.email AS text
	CONSTRAINT email_check CHECK ((VALUE ~ '^[^@]+@[^@]+$'::text));
CREATE TYPE public.order_status AS ENUM (
    'pending',
    'paid',
    'shipped',
    'cancelled'
);
CREATE DOMAIN public.positive_money AS numeric(12,2) NOT NULL
	CONSTRAINT positive_money_check CHECK ((VALUE >= (0)::numeric));
SET default_tablespace = '';
SET default_table_access_method = heap;
CREATE TABLE public.customers (
    id integer NOT NULL,
    email public.email NOT NULL,
    name text DEFAULT 'anonymous'::text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    tags text[] DEFAULT '{}'::text[] NOT NULL,
    meta jsonb
);
COMMENT ON TABLE public.customers IS 'people who buy';
COMMENT ON COLUMN public.customers.email IS 'login, unique';
CREATE FUNCTION public.customer_label(c public.customers) RETURNS text
    LANGUAGE sql STABLE
    AS $$ SELECT c.name || ' <' || c.email || '>' $$;
CREATE FUNCTION public.recompute_total() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  UPDATE orders SET total = (SELECT coalesce(sum(qty * unit_price), 0) FROM order_lines WHERE order_id = coalesce(NEW.order_id, OLD.order_id))
   WHERE id = coalesce(NEW.order_id, OLD.order_id);
  RETURN NULL;
END $$;
COMMENT ON FUNCTION public.recompute_total() IS 'keeps orders.total';
CREATE SEQUENCE public.invoice_no_seq
    START WITH 1000
    INCREMENT BY 10
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
CREATE TABLE public.orders (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    status public.order_status DEFAULT 'pending'::public.order_status NOT NULL,
    invoice_no integer DEFAULT nextval('public.invoice_no_seq'::regclass),
    placed_on date DEFAULT CURRENT_DATE NOT NULL,
    total numeric(12,2) DEFAULT 0 NOT NULL
);
CREATE MATERIALIZED VIEW public.customer_totals AS
 SELECT orders.customer_id,
    count(*) AS n,
    sum(orders.total) AS spent
   FROM public.orders
  GROUP BY orders.customer_id
  WITH NO DATA;
CREATE SEQUENCE public.customers_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE public.customers_id_seq OWNED BY public.customers.id;
CREATE VIEW public.open_orders AS
 SELECT o.id,
    c.email,
    o.status,
    o.total
   FROM (public.orders o
     JOIN public.customers c ON ((c.id = o.customer_id)))
  WHERE (o.status = ANY (ARRAY['pending'::public.order_status, 'paid'::public.order_status]));
CREATE TABLE public.order_lines (
    order_id integer NOT NULL,
    line_no smallint NOT NULL,
    product_id bigint NOT NULL,
    qty integer NOT NULL,
    unit_price numeric(12,2) NOT NULL,
    CONSTRAINT order_lines_qty_check CHECK ((qty > 0))
);
ALTER TABLE public.orders ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.orders_id_seq
    START WITH 100
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);
CREATE TABLE public.products (
    id bigint NOT NULL,
    sku character varying(32) NOT NULL,
    price public.positive_money,
    tax_rate numeric(4,3) DEFAULT 0.2 NOT NULL,
    gross numeric GENERATED ALWAYS AS (((price)::numeric * ((1)::numeric + tax_rate))) STORED,
    CONSTRAINT products_tax_rate_check CHECK (((tax_rate >= (0)::numeric) AND (tax_rate <= (1)::numeric))),
    CONSTRAINT sku_upper CHECK (((sku)::text = upper((sku)::text)))
);
ALTER TABLE public.products ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.products_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);
ALTER TABLE ONLY public.customers ALTER COLUMN id SET DEFAULT nextval('public.customers_id_seq'::regclass);
INSERT INTO public.customers VALUES (1, 'ann@x.io', 'Ann', '2024-01-01 10:00:00+00', '{vip}', '{"tier": 1}');
INSERT INTO public.customers VALUES (2, 'bob@y.io', 'Bob', '2024-02-01 10:00:00+00', '{}', NULL);
INSERT INTO public.order_lines VALUES (100, 1, 1, 2, 10.00);
INSERT INTO public.order_lines VALUES (100, 2, 2, 4, 2.50);
INSERT INTO public.order_lines VALUES (101, 1, 2, 1, 2.50);
INSERT INTO public.orders VALUES (100, 1, 'paid', 1000, '2024-03-01', 30.00);
INSERT INTO public.orders VALUES (101, 2, 'pending', 1010, '2024-03-02', 2.50);
INSERT INTO public.products OVERRIDING SYSTEM VALUE VALUES (1, 'A-1', 10.00, 0.200, DEFAULT);
INSERT INTO public.products OVERRIDING SYSTEM VALUE VALUES (2, 'B-2', 2.50, 0.200, DEFAULT);
SELECT pg_catalog.setval('public.customers_id_seq', 2, true);
SELECT pg_catalog.setval('public.invoice_no_seq', 1010, true);
SELECT pg_catalog.setval('public.orders_id_seq', 101, true);
SELECT pg_catalog.setval('public.products_id_seq', 2, true);
ALTER TABLE ONLY public.customers
    ADD CONSTRAINT customers_email_key UNIQUE (email);
ALTER TABLE ONLY public.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.order_lines
    ADD CONSTRAINT order_lines_pkey PRIMARY KEY (order_id, line_no);
ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.products
    ADD CONSTRAINT products_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.products
    ADD CONSTRAINT products_sku_key UNIQUE (sku);
CREATE UNIQUE INDEX customer_totals_pk ON public.customer_totals USING btree (customer_id);
CREATE UNIQUE INDEX customers_lower_email_idx ON public.customers USING btree (lower((email)::text));
CREATE INDEX customers_meta_gin ON public.customers USING gin (meta jsonb_path_ops);
CREATE INDEX customers_tags_gin ON public.customers USING gin (tags);
CREATE INDEX order_lines_product_idx ON public.order_lines USING btree (product_id) INCLUDE (qty);
CREATE INDEX orders_customer_idx ON public.orders USING btree (customer_id);
CREATE INDEX orders_open_idx ON public.orders USING btree (placed_on DESC) WHERE (status = ANY (ARRAY['pending'::public.order_status, 'paid'::public.order_status]));
CREATE INDEX orders_placed_brin ON public.orders USING brin (placed_on);
CREATE INDEX products_sku_hash ON public.products USING hash (sku);
CREATE TRIGGER order_lines_total AFTER INSERT OR DELETE OR UPDATE ON public.order_lines FOR EACH ROW EXECUTE FUNCTION public.recompute_total();
ALTER TABLE ONLY public.order_lines
    ADD CONSTRAINT order_lines_order_id_fkey FOREIGN KEY (order_id) REFERENCES public.orders(id) ON DELETE CASCADE;
ALTER TABLE ONLY public.order_lines
    ADD CONSTRAINT order_lines_product_id_fkey FOREIGN KEY (product_id) REFERENCES public.products(id) DEFERRABLE;
ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED;
REFRESH MATERIALIZED VIEW public.customer_totals;
`;
const COLUMN_INSERTS = `SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;
CREATE DOMAIN public.email AS text
	CONSTRAINT email_check CHECK ((VALUE ~ '^[^@]+@[^@]+$'::text));
ALTER DOMAIN public.email OWNER TO postgres;
CREATE TYPE public.order_status AS ENUM (
    'pending',
    'paid',
    'shipped',
    'cancelled'
);
ALTER TYPE public.order_status OWNER TO postgres;
CREATE DOMAIN public.positive_money AS numeric(12,2) NOT NULL
	CONSTRAINT positive_money_check CHECK ((VALUE >= (0)::numeric));
ALTER DOMAIN public.positive_money OWNER TO postgres;
SET default_tablespace = '';
SET default_table_access_method = heap;
CREATE TABLE public.customers (
    id integer NOT NULL,
    email public.email NOT NULL,
    name text DEFAULT 'anonymous'::text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    tags text[] DEFAULT '{}'::text[] NOT NULL,
    meta jsonb
);
ALTER TABLE public.customers OWNER TO postgres;
COMMENT ON TABLE public.customers IS 'people who buy';
COMMENT ON COLUMN public.customers.email IS 'login, unique';
CREATE FUNCTION public.customer_label(c public.customers) RETURNS text
    LANGUAGE sql STABLE
    AS $$ SELECT c.name || ' <' || c.email || '>' $$;
ALTER FUNCTION public.customer_label(c public.customers) OWNER TO postgres;
CREATE FUNCTION public.recompute_total() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  UPDATE orders SET total = (SELECT coalesce(sum(qty * unit_price), 0) FROM order_lines WHERE order_id = coalesce(NEW.order_id, OLD.order_id))
   WHERE id = coalesce(NEW.order_id, OLD.order_id);
  RETURN NULL;
END $$;
ALTER FUNCTION public.recompute_total() OWNER TO postgres;
COMMENT ON FUNCTION public.recompute_total() IS 'keeps orders.total';
CREATE SEQUENCE public.invoice_no_seq
    START WITH 1000
    INCREMENT BY 10
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER TABLE public.invoice_no_seq OWNER TO postgres;
CREATE TABLE public.orders (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    status public.order_status DEFAULT 'pending'::public.order_status NOT NULL,
    invoice_no integer DEFAULT nextval('public.invoice_no_seq'::regclass),
    placed_on date DEFAULT CURRENT_DATE NOT NULL,
    total numeric(12,2) DEFAULT 0 NOT NULL
);
ALTER TABLE public.orders OWNER TO postgres;
CREATE MATERIALIZED VIEW public.customer_totals AS
 SELECT orders.customer_id,
    count(*) AS n,
    sum(orders.total) AS spent
   FROM public.orders
  GROUP BY orders.customer_id
  WITH NO DATA;
ALTER TABLE public.customer_totals OWNER TO postgres;
CREATE SEQUENCE public.customers_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER TABLE public.customers_id_seq OWNER TO postgres;
ALTER SEQUENCE public.customers_id_seq OWNED BY public.customers.id;
CREATE VIEW public.open_orders AS
 SELECT o.id,
    c.email,
    o.status,
    o.total
   FROM (public.orders o
     JOIN public.customers c ON ((c.id = o.customer_id)))
  WHERE (o.status = ANY (ARRAY['pending'::public.order_status, 'paid'::public.order_status]));
ALTER TABLE public.open_orders OWNER TO postgres;
CREATE TABLE public.order_lines (
    order_id integer NOT NULL,
    line_no smallint NOT NULL,
    product_id bigint NOT NULL,
    qty integer NOT NULL,
    unit_price numeric(12,2) NOT NULL,
    CONSTRAINT order_lines_qty_check CHECK ((qty > 0))
);
ALTER TABLE public.order_lines OWNER TO postgres;
ALTER TABLE public.orders ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.orders_id_seq
    START WITH 100
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);
CREATE TABLE public.products (
    id bigint NOT NULL,
    sku character varying(32) NOT NULL,
    price public.positive_money,
    tax_rate numeric(4,3) DEFAULT 0.2 NOT NULL,
    gross numeric GENERATED ALWAYS AS (((price)::numeric * ((1)::numeric + tax_rate))) STORED,
    CONSTRAINT products_tax_rate_check CHECK (((tax_rate >= (0)::numeric) AND (tax_rate <= (1)::numeric))),
    CONSTRAINT sku_upper CHECK (((sku)::text = upper((sku)::text)))
);
ALTER TABLE public.products OWNER TO postgres;
ALTER TABLE public.products ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.products_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);
ALTER TABLE ONLY public.customers ALTER COLUMN id SET DEFAULT nextval('public.customers_id_seq'::regclass);
INSERT INTO public.customers (id, email, name, created_at, tags, meta) VALUES (1, 'ann@x.io', 'Ann', '2024-01-01 10:00:00+00', '{vip}', '{"tier": 1}');
INSERT INTO public.customers (id, email, name, created_at, tags, meta) VALUES (2, 'bob@y.io', 'Bob', '2024-02-01 10:00:00+00', '{}', NULL);
INSERT INTO public.order_lines (order_id, line_no, product_id, qty, unit_price) VALUES (100, 1, 1, 2, 10.00);
INSERT INTO public.order_lines (order_id, line_no, product_id, qty, unit_price) VALUES (100, 2, 2, 4, 2.50);
INSERT INTO public.order_lines (order_id, line_no, product_id, qty, unit_price) VALUES (101, 1, 2, 1, 2.50);
INSERT INTO public.orders (id, customer_id, status, invoice_no, placed_on, total) VALUES (100, 1, 'paid', 1000, '2024-03-01', 30.00);
INSERT INTO public.orders (id, customer_id, status, invoice_no, placed_on, total) VALUES (101, 2, 'pending', 1010, '2024-03-02', 2.50);
INSERT INTO public.products (id, sku, price, tax_rate) OVERRIDING SYSTEM VALUE VALUES (1, 'A-1', 10.00, 0.200);
INSERT INTO public.products (id, sku, price, tax_rate) OVERRIDING SYSTEM VALUE VALUES (2, 'B-2', 2.50, 0.200);
SELECT pg_catalog.setval('public.customers_id_seq', 2, true);
SELECT pg_catalog.setval('public.invoice_no_seq', 1010, true);
SELECT pg_catalog.setval('public.orders_id_seq', 101, true);
SELECT pg_catalog.setval('public.products_id_seq', 2, true);
ALTER TABLE ONLY public.customers
    ADD CONSTRAINT customers_email_key UNIQUE (email);
ALTER TABLE ONLY public.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.order_lines
    ADD CONSTRAINT order_lines_pkey PRIMARY KEY (order_id, line_no);
ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.products
    ADD CONSTRAINT products_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.products
    ADD CONSTRAINT products_sku_key UNIQUE (sku);
CREATE UNIQUE INDEX customer_totals_pk ON public.customer_totals USING btree (customer_id);
CREATE UNIQUE INDEX customers_lower_email_idx ON public.customers USING btree (lower((email)::text));
CREATE INDEX customers_meta_gin ON public.customers USING gin (meta jsonb_path_ops);
CREATE INDEX customers_tags_gin ON public.customers USING gin (tags);
CREATE INDEX order_lines_product_idx ON public.order_lines USING btree (product_id) INCLUDE (qty);
CREATE INDEX orders_customer_idx ON public.orders USING btree (customer_id);
CREATE INDEX orders_open_idx ON public.orders USING btree (placed_on DESC) WHERE (status = ANY (ARRAY['pending'::public.order_status, 'paid'::public.order_status]));
CREATE INDEX orders_placed_brin ON public.orders USING brin (placed_on);
CREATE INDEX products_sku_hash ON public.products USING hash (sku);
CREATE TRIGGER order_lines_total AFTER INSERT OR DELETE OR UPDATE ON public.order_lines FOR EACH ROW EXECUTE FUNCTION public.recompute_total();
ALTER TABLE ONLY public.order_lines
    ADD CONSTRAINT order_lines_order_id_fkey FOREIGN KEY (order_id) REFERENCES public.orders(id) ON DELETE CASCADE;
ALTER TABLE ONLY public.order_lines
    ADD CONSTRAINT order_lines_product_id_fkey FOREIGN KEY (product_id) REFERENCES public.products(id) DEFERRABLE;
ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED;
GRANT SELECT ON TABLE public.open_orders TO PUBLIC;
REFRESH MATERIALIZED VIEW public.customer_totals;
`;
const BARE = `SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;
CREATE DOMAIN public.email AS text
	CONSTRAINT email_check CHECK ((VALUE ~ '^[^@]+@[^@]+$'::text));
CREATE TYPE public.order_status AS ENUM (
    'pending',
    'paid',
    'shipped',
    'cancelled'
);
CREATE DOMAIN public.positive_money AS numeric(12,2) NOT NULL
	CONSTRAINT positive_money_check CHECK ((VALUE >= (0)::numeric));
SET default_tablespace = '';
SET default_table_access_method = heap;
CREATE TABLE public.customers (
    id integer NOT NULL,
    email public.email NOT NULL,
    name text DEFAULT 'anonymous'::text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    tags text[] DEFAULT '{}'::text[] NOT NULL,
    meta jsonb
);
COMMENT ON TABLE public.customers IS 'people who buy';
COMMENT ON COLUMN public.customers.email IS 'login, unique';
CREATE FUNCTION public.customer_label(c public.customers) RETURNS text
    LANGUAGE sql STABLE
    AS $$ SELECT c.name || ' <' || c.email || '>' $$;
CREATE FUNCTION public.recompute_total() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  UPDATE orders SET total = (SELECT coalesce(sum(qty * unit_price), 0) FROM order_lines WHERE order_id = coalesce(NEW.order_id, OLD.order_id))
   WHERE id = coalesce(NEW.order_id, OLD.order_id);
  RETURN NULL;
END $$;
COMMENT ON FUNCTION public.recompute_total() IS 'keeps orders.total';
CREATE SEQUENCE public.invoice_no_seq
    START WITH 1000
    INCREMENT BY 10
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
CREATE TABLE public.orders (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    status public.order_status DEFAULT 'pending'::public.order_status NOT NULL,
    invoice_no integer DEFAULT nextval('public.invoice_no_seq'::regclass),
    placed_on date DEFAULT CURRENT_DATE NOT NULL,
    total numeric(12,2) DEFAULT 0 NOT NULL
);
CREATE MATERIALIZED VIEW public.customer_totals AS
 SELECT orders.customer_id,
    count(*) AS n,
    sum(orders.total) AS spent
   FROM public.orders
  GROUP BY orders.customer_id
  WITH NO DATA;
CREATE SEQUENCE public.customers_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE public.customers_id_seq OWNED BY public.customers.id;
CREATE VIEW public.open_orders AS
 SELECT o.id,
    c.email,
    o.status,
    o.total
   FROM (public.orders o
     JOIN public.customers c ON ((c.id = o.customer_id)))
  WHERE (o.status = ANY (ARRAY['pending'::public.order_status, 'paid'::public.order_status]));
CREATE TABLE public.order_lines (
    order_id integer NOT NULL,
    line_no smallint NOT NULL,
    product_id bigint NOT NULL,
    qty integer NOT NULL,
    unit_price numeric(12,2) NOT NULL,
    CONSTRAINT order_lines_qty_check CHECK ((qty > 0))
);
ALTER TABLE public.orders ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.orders_id_seq
    START WITH 100
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);
CREATE TABLE public.products (
    id bigint NOT NULL,
    sku character varying(32) NOT NULL,
    price public.positive_money,
    tax_rate numeric(4,3) DEFAULT 0.2 NOT NULL,
    gross numeric GENERATED ALWAYS AS (((price)::numeric * ((1)::numeric + tax_rate))) STORED,
    CONSTRAINT products_tax_rate_check CHECK (((tax_rate >= (0)::numeric) AND (tax_rate <= (1)::numeric))),
    CONSTRAINT sku_upper CHECK (((sku)::text = upper((sku)::text)))
);
ALTER TABLE public.products ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.products_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);
ALTER TABLE ONLY public.customers ALTER COLUMN id SET DEFAULT nextval('public.customers_id_seq'::regclass);
ALTER TABLE ONLY public.customers
    ADD CONSTRAINT customers_email_key UNIQUE (email);
ALTER TABLE ONLY public.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.order_lines
    ADD CONSTRAINT order_lines_pkey PRIMARY KEY (order_id, line_no);
ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.products
    ADD CONSTRAINT products_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.products
    ADD CONSTRAINT products_sku_key UNIQUE (sku);
CREATE UNIQUE INDEX customer_totals_pk ON public.customer_totals USING btree (customer_id);
CREATE UNIQUE INDEX customers_lower_email_idx ON public.customers USING btree (lower((email)::text));
CREATE INDEX customers_meta_gin ON public.customers USING gin (meta jsonb_path_ops);
CREATE INDEX customers_tags_gin ON public.customers USING gin (tags);
CREATE INDEX order_lines_product_idx ON public.order_lines USING btree (product_id) INCLUDE (qty);
CREATE INDEX orders_customer_idx ON public.orders USING btree (customer_id);
CREATE INDEX orders_open_idx ON public.orders USING btree (placed_on DESC) WHERE (status = ANY (ARRAY['pending'::public.order_status, 'paid'::public.order_status]));
CREATE INDEX orders_placed_brin ON public.orders USING brin (placed_on);
CREATE INDEX products_sku_hash ON public.products USING hash (sku);
CREATE TRIGGER order_lines_total AFTER INSERT OR DELETE OR UPDATE ON public.order_lines FOR EACH ROW EXECUTE FUNCTION public.recompute_total();
ALTER TABLE ONLY public.order_lines
    ADD CONSTRAINT order_lines_order_id_fkey FOREIGN KEY (order_id) REFERENCES public.orders(id) ON DELETE CASCADE;
ALTER TABLE ONLY public.order_lines
    ADD CONSTRAINT order_lines_product_id_fkey FOREIGN KEY (product_id) REFERENCES public.products(id) DEFERRABLE;
ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED;
`;
const PATH = 'SET search_path = public';

// ---------------------------------------------------------------- loading the dumps
add('schema-only dump as one query', [SCHEMA, 'SHOW search_path']);
add('inserts dump as one query', [INSERTS, 'SELECT count(*) FROM public.order_lines']);
add('column-inserts dump as one query', [COLUMN_INSERTS, 'SELECT id, total FROM public.orders ORDER BY id']);
add('bare schema dump as one query', [
  BARE,
  "SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace",
]);
add('schema-only dump statement by statement', statementsOf(SCHEMA));
add('column-inserts dump statement by statement', statementsOf(COLUMN_INSERTS));
add('schema-only dump loaded twice', [SCHEMA, SCHEMA]);
add(
  'dump leaves search_path empty for unqualified names',
  ['SELECT count(*) FROM customers'],
  COLUMN_INSERTS,
);
add(
  'dump settings as the session sees them',
  [
    "SELECT current_setting('search_path') AS sp, current_setting('check_function_bodies') AS cfb, current_setting('client_min_messages') AS cmm, current_setting('row_security') AS rs, current_setting('xmloption') AS xo, current_setting('default_table_access_method') AS am",
  ],
  COLUMN_INSERTS,
);
add('schema-only then data-only inserts', [
  SCHEMA,
  INSERTS.slice(INSERTS.indexOf('INSERT INTO')).replace(/CREATE[\s\S]*$/, ''),
]);

// ---------------------------------------------------------------- the loaded schema at work
const use = (name: string, steps: ProbeStep[], dump = COLUMN_INSERTS) => add(name, [PATH, ...steps], dump);
use('serial continues after setval', [
  "INSERT INTO customers (email) VALUES ('cy@z.io') RETURNING id, name, tags, meta",
]);
use('identity always continues after setval', [
  "INSERT INTO products (sku, price) VALUES ('C-3', 4) RETURNING id, gross",
]);
use('identity by default continues after setval', [
  "INSERT INTO orders (customer_id, placed_on) VALUES (1, DATE '2024-05-01') RETURNING id, status, invoice_no, total",
]);
use('identity always refuses an explicit id', ["INSERT INTO products (id, sku, price) VALUES (9, 'D-4', 1)"]);
use('identity always overriding system value', [
  "INSERT INTO products (id, sku, price) OVERRIDING SYSTEM VALUE VALUES (9, 'D-4', 1) RETURNING id, gross",
]);
use('generated column refuses a value', ["INSERT INTO products (sku, price, gross) VALUES ('D-5', 1, 2)"]);
use('generated column follows an update', [
  'UPDATE products SET price = 20, tax_rate = 0.1 WHERE id = 1 RETURNING gross',
]);
use('domain check from the dump', ["INSERT INTO customers (email) VALUES ('nobody')"]);
use('domain not null from the dump', ["INSERT INTO products (sku) VALUES ('E-6')"]);
use('domain range check from the dump', ["INSERT INTO products (sku, price) VALUES ('E-7', -1)"]);
use('table check from the dump', ["INSERT INTO products (sku, price) VALUES ('e-8', 1)"]);
use('column check from the dump', ["INSERT INTO products (sku, price, tax_rate) VALUES ('E-9', 1, 1.5)"]);
use('unique constraint added by ALTER TABLE ONLY', ["INSERT INTO customers (email) VALUES ('ann@x.io')"]);
use('unique expression index from the dump', ["INSERT INTO customers (email) VALUES ('ANN@x.io')"]);
use('upsert on the dumped unique constraint', [
  "INSERT INTO customers (email, name) VALUES ('bob@y.io', 'Robert') ON CONFLICT ON CONSTRAINT customers_email_key DO UPDATE SET name = EXCLUDED.name RETURNING id, name",
]);
use('upsert on the expression index', [
  "INSERT INTO customers (email, name) VALUES ('BOB@y.io', 'Rob') ON CONFLICT (lower(email::text)) DO UPDATE SET name = EXCLUDED.name RETURNING id, name",
]);
use('deferred foreign key fails at commit', [
  'BEGIN',
  'INSERT INTO orders (customer_id) VALUES (99)',
  'SELECT 1 AS still_open',
  'COMMIT',
]);
use('deferrable immediate foreign key fails at once', ['INSERT INTO order_lines VALUES (101, 2, 99, 1, 1)']);
use('set constraints deferred on a deferrable fk', [
  'BEGIN',
  'SET CONSTRAINTS order_lines_product_id_fkey DEFERRED',
  'INSERT INTO order_lines VALUES (101, 2, 99, 1, 1)',
  "INSERT INTO products (id, sku, price) OVERRIDING SYSTEM VALUE VALUES (99, 'Z-9', 1)",
  'COMMIT',
  'SELECT order_id, line_no, product_id FROM order_lines ORDER BY 1, 2',
]);
use('set constraints on a non-deferrable fk', [
  'BEGIN',
  'SET CONSTRAINTS order_lines_order_id_fkey DEFERRED',
]);
use('cascade delete through the dumped fks', [
  'DELETE FROM customers WHERE id = 1',
  'SELECT (SELECT count(*) FROM orders) AS orders, (SELECT count(*) FROM order_lines) AS lines',
]);
use('trigger from the dump recomputes totals', [
  'INSERT INTO order_lines VALUES (101, 2, 1, 3, 10.00)',
  'SELECT id, total FROM orders ORDER BY id',
]);
use('trigger on delete', [
  'DELETE FROM order_lines WHERE order_id = 100 AND line_no = 2',
  'SELECT total FROM orders WHERE id = 100',
]);
use('view from the dump', ['SELECT * FROM open_orders ORDER BY id']);
use('view columns in information_schema', [
  "SELECT column_name, data_type, domain_name FROM information_schema.columns WHERE table_name = 'open_orders' ORDER BY ordinal_position",
]);
use('materialized view refreshed by the dump', ['SELECT * FROM customer_totals ORDER BY customer_id']);
use('materialized view from a schema-only dump is empty', ['SELECT * FROM customer_totals'], SCHEMA);
use('refresh materialized view concurrently', [
  "INSERT INTO orders (customer_id, placed_on, total) VALUES (2, DATE '2024-04-01', 5)",
  'REFRESH MATERIALIZED VIEW CONCURRENTLY customer_totals',
  'SELECT * FROM customer_totals ORDER BY customer_id',
]);
use('sql function taking a row type', ['SELECT customer_label(c) AS label FROM customers c ORDER BY id']);
use('sequence from the dump', ["SELECT nextval('invoice_no_seq') AS a, nextval('invoice_no_seq') AS b"]);
use('sequences after load in pg_sequences', [
  'SELECT sequencename, data_type::text, start_value, increment_by, last_value FROM pg_sequences ORDER BY sequencename',
]);
use('serial sequence names', [
  "SELECT pg_get_serial_sequence('customers', 'id') AS c, pg_get_serial_sequence('orders', 'id') AS o, pg_get_serial_sequence('products', 'id') AS p, pg_get_serial_sequence('orders', 'invoice_no') AS i",
]);
use('enum values from the dump', ['SELECT enum_range(NULL::order_status)::text AS v']);
use('enum add value after load', [
  "ALTER TYPE order_status ADD VALUE 'refunded' BEFORE 'cancelled'",
  'SELECT enum_range(NULL::order_status)::text AS v',
]);
use('truncate a referenced table', ['TRUNCATE customers']);
use('truncate cascade restart identity', [
  'TRUNCATE customers, products RESTART IDENTITY CASCADE',
  "INSERT INTO customers (email) VALUES ('new@z.io') RETURNING id",
  'INSERT INTO orders (customer_id) VALUES (1) RETURNING id',
]);
use('temporal defaults after load', [
  "INSERT INTO customers (email) VALUES ('t@z.io') RETURNING created_at = now() AS now_default",
  'INSERT INTO orders (customer_id) VALUES (1) RETURNING placed_on = CURRENT_DATE AS today',
]);

// ---------------------------------------------------------------- catalog queries ORMs make
use('information_schema columns of a dumped table', [
  "SELECT column_name, data_type, udt_name, domain_name, column_default, is_nullable, is_identity, identity_generation, is_generated, generation_expression, character_maximum_length, numeric_precision, numeric_scale FROM information_schema.columns WHERE table_schema = 'public' AND table_name IN ('customers', 'products') ORDER BY table_name, ordinal_position",
]);
use('information_schema constraints', [
  "SELECT tc.table_name, tc.constraint_name, tc.constraint_type, tc.is_deferrable, tc.initially_deferred FROM information_schema.table_constraints tc WHERE tc.table_schema = 'public' AND tc.constraint_type <> 'CHECK' ORDER BY 1, 2",
]);
use('information_schema key columns', [
  "SELECT kcu.table_name, kcu.constraint_name, kcu.column_name, kcu.ordinal_position, kcu.position_in_unique_constraint FROM information_schema.key_column_usage kcu WHERE kcu.table_schema = 'public' ORDER BY 1, 2, 4",
]);
use('information_schema referential constraints', [
  'SELECT constraint_name, unique_constraint_name, match_option, update_rule, delete_rule FROM information_schema.referential_constraints ORDER BY 1',
]);
use('pg_constraint definitions', [
  "SELECT conrelid::regclass::text AS t, conname, contype, condeferrable, condeferred, convalidated, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY 1, 2",
]);
use('pg_indexes definitions', [
  "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname",
]);
use('index access methods and flags', [
  "SELECT c.relname, am.amname, i.indisunique, i.indisprimary, i.indnatts, i.indnkeyatts, pg_get_expr(i.indpred, i.indrelid) AS pred FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam WHERE c.relnamespace = 'public'::regnamespace ORDER BY 1",
]);
use('attribute defaults and identity in pg_attribute', [
  "SELECT a.attname, a.attidentity, a.attgenerated, a.attnotnull, format_type(a.atttypid, a.atttypmod) AS type, pg_get_expr(d.adbin, d.adrelid) AS def FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum WHERE a.attrelid = 'orders'::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum",
]);
use('comments from the dump', [
  "SELECT obj_description('customers'::regclass, 'pg_class') AS t, col_description('customers'::regclass, 2) AS c, obj_description('recompute_total'::regproc, 'pg_proc') AS f",
]);
use('view definition after load', ["SELECT pg_get_viewdef('open_orders'::regclass, true) AS def"]);
use('trigger definition after load', [
  'SELECT tgname, pg_get_triggerdef(oid) AS def FROM pg_trigger WHERE NOT tgisinternal ORDER BY tgname',
]);
use('domains in information_schema', [
  "SELECT domain_name, data_type, numeric_precision, numeric_scale, domain_default FROM information_schema.domains WHERE domain_schema = 'public' ORDER BY 1",
]);
use('domain constraints in pg_constraint', [
  'SELECT t.typname, c.conname, pg_get_constraintdef(c.oid) AS def, t.typnotnull FROM pg_constraint c JOIN pg_type t ON t.oid = c.contypid ORDER BY 1',
]);
use('relation kinds after load', [
  "SELECT relname, relkind, relpersistence FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'v', 'm', 'S') ORDER BY relname",
]);
use('table privileges granted by the dump', [
  "SELECT grantee, privilege_type FROM information_schema.role_table_grants WHERE table_name = 'open_orders' AND grantee = 'PUBLIC' ORDER BY 2",
]);
use('sequence ownership dependencies', [
  "SELECT s.relname AS seq, t.relname AS tbl, a.attname, d.deptype FROM pg_depend d JOIN pg_class s ON s.oid = d.objid JOIN pg_class t ON t.oid = d.refobjid JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid WHERE s.relkind = 'S' AND d.classid = 'pg_class'::regclass ORDER BY 1",
]);
list.params(
  'parameterised insert after load',
  'INSERT INTO public.orders (customer_id, status) VALUES ($1, $2) RETURNING id, status',
  [2, 'shipped'],
  COLUMN_INSERTS,
);
list.params(
  'parameterised bad enum after load',
  'INSERT INTO public.orders (customer_id, status) VALUES ($1, $2)',
  [2, 'lost'],
  COLUMN_INSERTS,
);
list.add(
  'parameterised domain value after load',
  [withParams('INSERT INTO public.customers (email) VALUES ($1) RETURNING email', 'x@y')],
  COLUMN_INSERTS,
);

export default list.cases;
