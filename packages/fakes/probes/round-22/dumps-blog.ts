// Round 22 probe (h131), dumps part 2: a small blog schema (serial, bigserial, a foreign key with
// ON DELETE CASCADE, unique, check, indexes) dumped by PostgreSQL 15's pg_dump in the usual forms
// (--inserts, --rows-per-insert, --column-inserts, --data-only, --table, --schema-only) and loaded
// whole, statement by statement, and without the dump's SET preamble (as teams do for engines that
// refuse those settings), then used the way an application's tests use it.
import { ProbeCases, type ProbeStep } from '../probe-kit.js';

const list = new ProbeCases('r22 dumps: blog: ');
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
SET default_tablespace = '';
SET default_table_access_method = heap;
CREATE TABLE public.authors (
    id integer NOT NULL,
    name character varying(100) NOT NULL,
    email text,
    active boolean DEFAULT true NOT NULL
);
CREATE SEQUENCE public.authors_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE public.authors_id_seq OWNED BY public.authors.id;
CREATE TABLE public.posts (
    id bigint NOT NULL,
    author_id integer NOT NULL,
    title text NOT NULL,
    body text,
    published_at timestamp without time zone,
    views integer DEFAULT 0 NOT NULL,
    CONSTRAINT posts_views_check CHECK ((views >= 0))
);
CREATE SEQUENCE public.posts_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE public.posts_id_seq OWNED BY public.posts.id;
ALTER TABLE ONLY public.authors ALTER COLUMN id SET DEFAULT nextval('public.authors_id_seq'::regclass);
ALTER TABLE ONLY public.posts ALTER COLUMN id SET DEFAULT nextval('public.posts_id_seq'::regclass);
INSERT INTO public.authors VALUES (1, 'Ann', 'ann@x.io', true);
INSERT INTO public.authors VALUES (2, 'Bob', NULL, true);
INSERT INTO public.posts VALUES (1, 1, 'Hello', NULL, '2024-01-02 03:04:05', 0);
INSERT INTO public.posts VALUES (2, 1, 'Again', NULL, NULL, 0);
INSERT INTO public.posts VALUES (3, 2, 'Bob''s', NULL, '2024-02-03 00:00:00', 0);
SELECT pg_catalog.setval('public.authors_id_seq', 2, true);
SELECT pg_catalog.setval('public.posts_id_seq', 3, true);
ALTER TABLE ONLY public.authors
    ADD CONSTRAINT authors_email_key UNIQUE (email);
ALTER TABLE ONLY public.authors
    ADD CONSTRAINT authors_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.posts
    ADD CONSTRAINT posts_pkey PRIMARY KEY (id);
CREATE INDEX posts_author_idx ON public.posts USING btree (author_id);
CREATE UNIQUE INDEX posts_title_author ON public.posts USING btree (author_id, title);
ALTER TABLE ONLY public.posts
    ADD CONSTRAINT posts_author_id_fkey FOREIGN KEY (author_id) REFERENCES public.authors(id) ON DELETE CASCADE;
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
SET default_tablespace = '';
SET default_table_access_method = heap;
CREATE TABLE public.authors (
    id integer NOT NULL,
    name character varying(100) NOT NULL,
    email text,
    active boolean DEFAULT true NOT NULL
);
ALTER TABLE public.authors OWNER TO postgres;
CREATE SEQUENCE public.authors_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER TABLE public.authors_id_seq OWNER TO postgres;
ALTER SEQUENCE public.authors_id_seq OWNED BY public.authors.id;
CREATE TABLE public.posts (
    id bigint NOT NULL,
    author_id integer NOT NULL,
    title text NOT NULL,
    body text,
    published_at timestamp without time zone,
    views integer DEFAULT 0 NOT NULL,
    CONSTRAINT posts_views_check CHECK ((views >= 0))
);
ALTER TABLE public.posts OWNER TO postgres;
CREATE SEQUENCE public.posts_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER TABLE public.posts_id_seq OWNER TO postgres;
ALTER SEQUENCE public.posts_id_seq OWNED BY public.posts.id;
ALTER TABLE ONLY public.authors ALTER COLUMN id SET DEFAULT nextval('public.authors_id_seq'::regclass);
ALTER TABLE ONLY public.posts ALTER COLUMN id SET DEFAULT nextval('public.posts_id_seq'::regclass);
INSERT INTO public.authors (id, name, email, active) VALUES (1, 'Ann', 'ann@x.io', true);
INSERT INTO public.authors (id, name, email, active) VALUES (2, 'Bob', NULL, true);
INSERT INTO public.posts (id, author_id, title, body, published_at, views) VALUES (1, 1, 'Hello', NULL, '2024-01-02 03:04:05', 0);
INSERT INTO public.posts (id, author_id, title, body, published_at, views) VALUES (2, 1, 'Again', NULL, NULL, 0);
INSERT INTO public.posts (id, author_id, title, body, published_at, views) VALUES (3, 2, 'Bob''s', NULL, '2024-02-03 00:00:00', 0);
SELECT pg_catalog.setval('public.authors_id_seq', 2, true);
SELECT pg_catalog.setval('public.posts_id_seq', 3, true);
ALTER TABLE ONLY public.authors
    ADD CONSTRAINT authors_email_key UNIQUE (email);
ALTER TABLE ONLY public.authors
    ADD CONSTRAINT authors_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.posts
    ADD CONSTRAINT posts_pkey PRIMARY KEY (id);
CREATE INDEX posts_author_idx ON public.posts USING btree (author_id);
CREATE UNIQUE INDEX posts_title_author ON public.posts USING btree (author_id, title);
ALTER TABLE ONLY public.posts
    ADD CONSTRAINT posts_author_id_fkey FOREIGN KEY (author_id) REFERENCES public.authors(id) ON DELETE CASCADE;
`;
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
SET default_tablespace = '';
SET default_table_access_method = heap;
CREATE TABLE public.authors (
    id integer NOT NULL,
    name character varying(100) NOT NULL,
    email text,
    active boolean DEFAULT true NOT NULL
);
ALTER TABLE public.authors OWNER TO postgres;
CREATE SEQUENCE public.authors_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER TABLE public.authors_id_seq OWNER TO postgres;
ALTER SEQUENCE public.authors_id_seq OWNED BY public.authors.id;
CREATE TABLE public.posts (
    id bigint NOT NULL,
    author_id integer NOT NULL,
    title text NOT NULL,
    body text,
    published_at timestamp without time zone,
    views integer DEFAULT 0 NOT NULL,
    CONSTRAINT posts_views_check CHECK ((views >= 0))
);
ALTER TABLE public.posts OWNER TO postgres;
CREATE SEQUENCE public.posts_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER TABLE public.posts_id_seq OWNER TO postgres;
ALTER SEQUENCE public.posts_id_seq OWNED BY public.posts.id;
ALTER TABLE ONLY public.authors ALTER COLUMN id SET DEFAULT nextval('public.authors_id_seq'::regclass);
ALTER TABLE ONLY public.posts ALTER COLUMN id SET DEFAULT nextval('public.posts_id_seq'::regclass);
ALTER TABLE ONLY public.authors
    ADD CONSTRAINT authors_email_key UNIQUE (email);
ALTER TABLE ONLY public.authors
    ADD CONSTRAINT authors_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.posts
    ADD CONSTRAINT posts_pkey PRIMARY KEY (id);
CREATE INDEX posts_author_idx ON public.posts USING btree (author_id);
CREATE UNIQUE INDEX posts_title_author ON public.posts USING btree (author_id, title);
ALTER TABLE ONLY public.posts
    ADD CONSTRAINT posts_author_id_fkey FOREIGN KEY (author_id) REFERENCES public.authors(id) ON DELETE CASCADE;
`;
const MULTI = `SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;
SET default_tablespace = '';
SET default_table_access_method = heap;
CREATE TABLE public.authors (
    id integer NOT NULL,
    name character varying(100) NOT NULL,
    email text,
    active boolean DEFAULT true NOT NULL
);
CREATE SEQUENCE public.authors_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE public.authors_id_seq OWNED BY public.authors.id;
CREATE TABLE public.posts (
    id bigint NOT NULL,
    author_id integer NOT NULL,
    title text NOT NULL,
    body text,
    published_at timestamp without time zone,
    views integer DEFAULT 0 NOT NULL,
    CONSTRAINT posts_views_check CHECK ((views >= 0))
);
CREATE SEQUENCE public.posts_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE public.posts_id_seq OWNED BY public.posts.id;
ALTER TABLE ONLY public.authors ALTER COLUMN id SET DEFAULT nextval('public.authors_id_seq'::regclass);
ALTER TABLE ONLY public.posts ALTER COLUMN id SET DEFAULT nextval('public.posts_id_seq'::regclass);
INSERT INTO public.authors VALUES
	(1, 'Ann', 'ann@x.io', true),
	(2, 'Bob', NULL, true);
INSERT INTO public.posts VALUES
	(1, 1, 'Hello', NULL, '2024-01-02 03:04:05', 0),
	(2, 1, 'Again', NULL, NULL, 0),
	(3, 2, 'Bob''s', NULL, '2024-02-03 00:00:00', 0);
SELECT pg_catalog.setval('public.authors_id_seq', 2, true);
SELECT pg_catalog.setval('public.posts_id_seq', 3, true);
ALTER TABLE ONLY public.authors
    ADD CONSTRAINT authors_email_key UNIQUE (email);
ALTER TABLE ONLY public.authors
    ADD CONSTRAINT authors_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.posts
    ADD CONSTRAINT posts_pkey PRIMARY KEY (id);
CREATE INDEX posts_author_idx ON public.posts USING btree (author_id);
CREATE UNIQUE INDEX posts_title_author ON public.posts USING btree (author_id, title);
ALTER TABLE ONLY public.posts
    ADD CONSTRAINT posts_author_id_fkey FOREIGN KEY (author_id) REFERENCES public.authors(id) ON DELETE CASCADE;
`;
const DATA = `SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;
INSERT INTO public.authors (id, name, email, active) VALUES (1, 'Ann', 'ann@x.io', true);
INSERT INTO public.authors (id, name, email, active) VALUES (2, 'Bob', NULL, true);
INSERT INTO public.posts (id, author_id, title, body, published_at, views) VALUES (1, 1, 'Hello', NULL, '2024-01-02 03:04:05', 0);
INSERT INTO public.posts (id, author_id, title, body, published_at, views) VALUES (2, 1, 'Again', NULL, NULL, 0);
INSERT INTO public.posts (id, author_id, title, body, published_at, views) VALUES (3, 2, 'Bob''s', NULL, '2024-02-03 00:00:00', 0);
SELECT pg_catalog.setval('public.authors_id_seq', 2, true);
SELECT pg_catalog.setval('public.posts_id_seq', 3, true);
`;
const ONE_TABLE = `SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;
SET default_tablespace = '';
SET default_table_access_method = heap;
CREATE TABLE public.authors (
    id integer NOT NULL,
    name character varying(100) NOT NULL,
    email text,
    active boolean DEFAULT true NOT NULL
);
CREATE SEQUENCE public.authors_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE public.authors_id_seq OWNED BY public.authors.id;
ALTER TABLE ONLY public.authors ALTER COLUMN id SET DEFAULT nextval('public.authors_id_seq'::regclass);
INSERT INTO public.authors VALUES (1, 'Ann', 'ann@x.io', true);
INSERT INTO public.authors VALUES (2, 'Bob', NULL, true);
SELECT pg_catalog.setval('public.authors_id_seq', 2, true);
ALTER TABLE ONLY public.authors
    ADD CONSTRAINT authors_email_key UNIQUE (email);
ALTER TABLE ONLY public.authors
    ADD CONSTRAINT authors_pkey PRIMARY KEY (id);
`;
/** The dump without its SET / set_config preamble, search_path left as it is. */
const body = (dump: string) =>
  statementsOf(dump)
    .filter((s) => !/^(SET |SELECT pg_catalog\.set_config)/.test(s))
    .join('\n');
const BODY = body(INSERTS);
const PATH = 'SET search_path = public';

add('inserts dump as one query', [INSERTS, 'SELECT count(*) FROM public.posts']);
add('column-inserts dump as one query', [COLUMN_INSERTS, 'SELECT id, name FROM public.authors ORDER BY id']);
add('multi-row inserts dump as one query', [MULTI, 'SELECT id, title FROM public.posts ORDER BY id']);
add('schema-only then data-only dump', [
  SCHEMA,
  DATA,
  'SELECT id, author_id, title FROM public.posts ORDER BY id',
]);
add('data-only dump into an empty database', [DATA]);
add('one-table dump', [ONE_TABLE, 'SELECT * FROM public.authors ORDER BY id']);
add('inserts dump statement by statement', statementsOf(INSERTS));
add('multi-row dump statement by statement', statementsOf(MULTI));
add('data-only dump statement by statement', [SCHEMA, ...statementsOf(DATA)]);
add('dump body without settings as one query', [BODY, 'SELECT count(*) FROM authors']);
add('dump body without settings statement by statement', statementsOf(BODY));
add(
  'preamble settings one by one',
  statementsOf(INSERTS).filter((s) => /^(SET |SELECT pg_catalog\.set_config)/.test(s)),
);
add('set_config search_path empty then unqualified table', [
  'CREATE TABLE t (id int)',
  "SELECT pg_catalog.set_config('search_path', '', false)",
  'SELECT * FROM t',
]);
add('set_config search_path empty then current_schema', [
  "SELECT pg_catalog.set_config('search_path', '', false)",
  'SELECT current_schema() AS s, current_schemas(false) AS ss',
]);
add('set_config search_path empty then create unqualified', [
  "SELECT pg_catalog.set_config('search_path', '', false)",
  'CREATE TABLE t (id int)',
]);
add('set_config local outside a transaction', [
  "SELECT pg_catalog.set_config('search_path', '', true)",
  'SHOW search_path',
]);

const use = (name: string, steps: ProbeStep[], dump = INSERTS) => add(name, [PATH, ...steps], dump);
const useBody = (name: string, steps: ProbeStep[]) => add(`body: ${name}`, steps, BODY);
for (const [name, steps] of [
  ['serial after setval', ["INSERT INTO authors (name) VALUES ('Cy') RETURNING id, active"]],
  [
    'bigserial after setval',
    ["INSERT INTO posts (author_id, title) VALUES (2, 'New') RETURNING id, views, published_at"],
  ],
  ['unique violation', ["INSERT INTO authors (name, email) VALUES ('Ann2', 'ann@x.io')"]],
  ['unique index violation', ["INSERT INTO posts (author_id, title) VALUES (1, 'Hello')"]],
  ['fk violation', ["INSERT INTO posts (author_id, title) VALUES (9, 'Orphan')"]],
  ['check violation', ['UPDATE posts SET views = -1 WHERE id = 1']],
  ['not null violation', ['INSERT INTO authors (email) VALUES (NULL)']],
  ['varchar length', ["INSERT INTO authors (name) VALUES (repeat('x', 101))"]],
  ['cascade delete', ['DELETE FROM authors WHERE id = 1', 'SELECT id FROM posts ORDER BY id']],
  [
    'join after load',
    [
      'SELECT a.name, count(p.id) AS n FROM authors a LEFT JOIN posts p ON p.author_id = a.id GROUP BY a.name ORDER BY a.name',
    ],
  ],
  ['timestamps after load', ['SELECT id, published_at FROM posts ORDER BY id']],
  ['currval after setval', ["SELECT currval('authors_id_seq')"]],
  ['nextval after setval', ["SELECT nextval('posts_id_seq') AS n"]],
  ['sequence last_value after setval', ['SELECT last_value, is_called FROM authors_id_seq']],
  [
    'columns in information_schema',
    [
      "SELECT table_name, column_name, data_type, column_default, is_nullable FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, ordinal_position",
    ],
  ],
  [
    'constraints in pg_constraint',
    [
      "SELECT conrelid::regclass::text AS t, conname, contype, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY 1, 2",
    ],
  ],
  [
    'indexes in pg_indexes',
    ["SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1"],
  ],
  [
    'tables in information_schema',
    ["SELECT table_name, table_type FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1"],
  ],
] as const) {
  use(name, [...steps]);
  useBody(name, [...steps]);
}
use(
  'same checks on the column-inserts dump',
  ["INSERT INTO authors (name) VALUES ('Cy') RETURNING id"],
  COLUMN_INSERTS,
);
use(
  'same checks on the multi-row dump',
  ["INSERT INTO posts (author_id, title) VALUES (1, 'Third') RETURNING id"],
  MULTI,
);

export default list.cases;
