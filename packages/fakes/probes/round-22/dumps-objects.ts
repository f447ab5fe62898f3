// Round 22 probe (h131), dumps part 3: three more schemas dumped by PostgreSQL 15's pg_dump and
// loaded into the fake: partitioned tables (range with a default, list, hash; identity on the
// parent; ATTACH PARTITION; partitioned primary keys and indexes), extensions (pgcrypto, citext,
// uuid-ossp in public; pg_trgm and hstore WITH SCHEMA extensions; their COMMENT ON EXTENSION lines),
// and several schemas (composite and enum types, SECURITY DEFINER trigger function with SET
// search_path, procedures, deferrable unique constraints, row-level security and policies, grants,
// ALTER DEFAULT PRIVILEGES), then used and introspected.
import { ProbeCases, type ProbeStep } from '../probe-kit.js';

const list = new ProbeCases('r22 dumps: objects: ');
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

const PARTS = `SET statement_timeout = 0;
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
CREATE TABLE public.accounts (
    region text NOT NULL,
    id integer NOT NULL,
    balance numeric DEFAULT 0 NOT NULL,
    CONSTRAINT accounts_balance_check CHECK ((balance >= (0)::numeric))
)
PARTITION BY LIST (region);
ALTER TABLE public.accounts OWNER TO postgres;
SET default_table_access_method = heap;
CREATE TABLE public.accounts_eu (
    region text NOT NULL,
    id integer NOT NULL,
    balance numeric DEFAULT 0 NOT NULL,
    CONSTRAINT accounts_balance_check CHECK ((balance >= (0)::numeric))
);
ALTER TABLE public.accounts_eu OWNER TO postgres;
CREATE TABLE public.accounts_us (
    region text NOT NULL,
    id integer NOT NULL,
    balance numeric DEFAULT 0 NOT NULL,
    CONSTRAINT accounts_balance_check CHECK ((balance >= (0)::numeric))
);
ALTER TABLE public.accounts_us OWNER TO postgres;
CREATE TABLE public.buckets (
    k integer NOT NULL,
    v text
)
PARTITION BY HASH (k);
ALTER TABLE public.buckets OWNER TO postgres;
CREATE TABLE public.buckets_0 (
    k integer NOT NULL,
    v text
);
ALTER TABLE public.buckets_0 OWNER TO postgres;
CREATE TABLE public.buckets_1 (
    k integer NOT NULL,
    v text
);
ALTER TABLE public.buckets_1 OWNER TO postgres;
CREATE TABLE public.events (
    id bigint NOT NULL,
    happened_at timestamp with time zone NOT NULL,
    kind text NOT NULL,
    payload jsonb DEFAULT '{}'::jsonb NOT NULL
)
PARTITION BY RANGE (happened_at);
ALTER TABLE public.events OWNER TO postgres;
CREATE TABLE public.events_2024_01 (
    id bigint NOT NULL,
    happened_at timestamp with time zone NOT NULL,
    kind text NOT NULL,
    payload jsonb DEFAULT '{}'::jsonb NOT NULL
);
ALTER TABLE public.events_2024_01 OWNER TO postgres;
CREATE TABLE public.events_2024_02 (
    id bigint NOT NULL,
    happened_at timestamp with time zone NOT NULL,
    kind text NOT NULL,
    payload jsonb DEFAULT '{}'::jsonb NOT NULL
);
ALTER TABLE public.events_2024_02 OWNER TO postgres;
CREATE TABLE public.events_default (
    id bigint NOT NULL,
    happened_at timestamp with time zone NOT NULL,
    kind text NOT NULL,
    payload jsonb DEFAULT '{}'::jsonb NOT NULL
);
ALTER TABLE public.events_default OWNER TO postgres;
ALTER TABLE public.events ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.events_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);
ALTER TABLE ONLY public.accounts ATTACH PARTITION public.accounts_eu FOR VALUES IN ('eu', 'uk');
ALTER TABLE ONLY public.accounts ATTACH PARTITION public.accounts_us FOR VALUES IN ('us');
ALTER TABLE ONLY public.buckets ATTACH PARTITION public.buckets_0 FOR VALUES WITH (modulus 2, remainder 0);
ALTER TABLE ONLY public.buckets ATTACH PARTITION public.buckets_1 FOR VALUES WITH (modulus 2, remainder 1);
ALTER TABLE ONLY public.events ATTACH PARTITION public.events_2024_01 FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2024-02-01 00:00:00+00');
ALTER TABLE ONLY public.events ATTACH PARTITION public.events_2024_02 FOR VALUES FROM ('2024-02-01 00:00:00+00') TO ('2024-03-01 00:00:00+00');
ALTER TABLE ONLY public.events ATTACH PARTITION public.events_default DEFAULT;
INSERT INTO public.accounts_eu (region, id, balance) VALUES ('eu', 1, 10);
INSERT INTO public.accounts_us (region, id, balance) VALUES ('us', 2, 5);
INSERT INTO public.buckets_0 (k, v) VALUES (1, 'a');
INSERT INTO public.buckets_0 (k, v) VALUES (2, 'b');
INSERT INTO public.buckets_1 (k, v) VALUES (3, 'c');
INSERT INTO public.events_2024_01 (id, happened_at, kind, payload) VALUES (1, '2024-01-05 00:00:00+00', 'signup', '{}');
INSERT INTO public.events_2024_02 (id, happened_at, kind, payload) VALUES (2, '2024-02-10 00:00:00+00', 'login', '{}');
INSERT INTO public.events_default (id, happened_at, kind, payload) VALUES (3, '2025-01-01 00:00:00+00', 'logout', '{}');
SELECT pg_catalog.setval('public.events_id_seq', 3, true);
ALTER TABLE ONLY public.accounts
    ADD CONSTRAINT accounts_pkey PRIMARY KEY (region, id);
ALTER TABLE ONLY public.accounts_eu
    ADD CONSTRAINT accounts_eu_pkey PRIMARY KEY (region, id);
ALTER TABLE ONLY public.accounts_us
    ADD CONSTRAINT accounts_us_pkey PRIMARY KEY (region, id);
ALTER TABLE ONLY public.events
    ADD CONSTRAINT events_pkey PRIMARY KEY (id, happened_at);
ALTER TABLE ONLY public.events_2024_01
    ADD CONSTRAINT events_2024_01_pkey PRIMARY KEY (id, happened_at);
ALTER TABLE ONLY public.events_2024_02
    ADD CONSTRAINT events_2024_02_pkey PRIMARY KEY (id, happened_at);
ALTER TABLE ONLY public.events_default
    ADD CONSTRAINT events_default_pkey PRIMARY KEY (id, happened_at);
CREATE UNIQUE INDEX buckets_k ON ONLY public.buckets USING btree (k);
CREATE UNIQUE INDEX buckets_0_k_idx ON public.buckets_0 USING btree (k);
CREATE UNIQUE INDEX buckets_1_k_idx ON public.buckets_1 USING btree (k);
CREATE INDEX events_kind_idx ON ONLY public.events USING btree (kind);
CREATE INDEX events_2024_01_kind_idx ON public.events_2024_01 USING btree (kind);
CREATE INDEX events_2024_02_kind_idx ON public.events_2024_02 USING btree (kind);
CREATE INDEX events_default_kind_idx ON public.events_default USING btree (kind);
ALTER INDEX public.accounts_pkey ATTACH PARTITION public.accounts_eu_pkey;
ALTER INDEX public.accounts_pkey ATTACH PARTITION public.accounts_us_pkey;
ALTER INDEX public.buckets_k ATTACH PARTITION public.buckets_0_k_idx;
ALTER INDEX public.buckets_k ATTACH PARTITION public.buckets_1_k_idx;
ALTER INDEX public.events_kind_idx ATTACH PARTITION public.events_2024_01_kind_idx;
ALTER INDEX public.events_pkey ATTACH PARTITION public.events_2024_01_pkey;
ALTER INDEX public.events_kind_idx ATTACH PARTITION public.events_2024_02_kind_idx;
ALTER INDEX public.events_pkey ATTACH PARTITION public.events_2024_02_pkey;
ALTER INDEX public.events_kind_idx ATTACH PARTITION public.events_default_kind_idx;
ALTER INDEX public.events_pkey ATTACH PARTITION public.events_default_pkey;
`;
const PARTS_SCHEMA = `SET statement_timeout = 0;
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
CREATE TABLE public.accounts (
    region text NOT NULL,
    id integer NOT NULL,
    balance numeric DEFAULT 0 NOT NULL,
    CONSTRAINT accounts_balance_check CHECK ((balance >= (0)::numeric))
)
PARTITION BY LIST (region);
ALTER TABLE public.accounts OWNER TO postgres;
SET default_table_access_method = heap;
CREATE TABLE public.accounts_eu (
    region text NOT NULL,
    id integer NOT NULL,
    balance numeric DEFAULT 0 NOT NULL,
    CONSTRAINT accounts_balance_check CHECK ((balance >= (0)::numeric))
);
ALTER TABLE public.accounts_eu OWNER TO postgres;
CREATE TABLE public.accounts_us (
    region text NOT NULL,
    id integer NOT NULL,
    balance numeric DEFAULT 0 NOT NULL,
    CONSTRAINT accounts_balance_check CHECK ((balance >= (0)::numeric))
);
ALTER TABLE public.accounts_us OWNER TO postgres;
CREATE TABLE public.buckets (
    k integer NOT NULL,
    v text
)
PARTITION BY HASH (k);
ALTER TABLE public.buckets OWNER TO postgres;
CREATE TABLE public.buckets_0 (
    k integer NOT NULL,
    v text
);
ALTER TABLE public.buckets_0 OWNER TO postgres;
CREATE TABLE public.buckets_1 (
    k integer NOT NULL,
    v text
);
ALTER TABLE public.buckets_1 OWNER TO postgres;
CREATE TABLE public.events (
    id bigint NOT NULL,
    happened_at timestamp with time zone NOT NULL,
    kind text NOT NULL,
    payload jsonb DEFAULT '{}'::jsonb NOT NULL
)
PARTITION BY RANGE (happened_at);
ALTER TABLE public.events OWNER TO postgres;
CREATE TABLE public.events_2024_01 (
    id bigint NOT NULL,
    happened_at timestamp with time zone NOT NULL,
    kind text NOT NULL,
    payload jsonb DEFAULT '{}'::jsonb NOT NULL
);
ALTER TABLE public.events_2024_01 OWNER TO postgres;
CREATE TABLE public.events_2024_02 (
    id bigint NOT NULL,
    happened_at timestamp with time zone NOT NULL,
    kind text NOT NULL,
    payload jsonb DEFAULT '{}'::jsonb NOT NULL
);
ALTER TABLE public.events_2024_02 OWNER TO postgres;
CREATE TABLE public.events_default (
    id bigint NOT NULL,
    happened_at timestamp with time zone NOT NULL,
    kind text NOT NULL,
    payload jsonb DEFAULT '{}'::jsonb NOT NULL
);
ALTER TABLE public.events_default OWNER TO postgres;
ALTER TABLE public.events ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.events_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);
ALTER TABLE ONLY public.accounts ATTACH PARTITION public.accounts_eu FOR VALUES IN ('eu', 'uk');
ALTER TABLE ONLY public.accounts ATTACH PARTITION public.accounts_us FOR VALUES IN ('us');
ALTER TABLE ONLY public.buckets ATTACH PARTITION public.buckets_0 FOR VALUES WITH (modulus 2, remainder 0);
ALTER TABLE ONLY public.buckets ATTACH PARTITION public.buckets_1 FOR VALUES WITH (modulus 2, remainder 1);
ALTER TABLE ONLY public.events ATTACH PARTITION public.events_2024_01 FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2024-02-01 00:00:00+00');
ALTER TABLE ONLY public.events ATTACH PARTITION public.events_2024_02 FOR VALUES FROM ('2024-02-01 00:00:00+00') TO ('2024-03-01 00:00:00+00');
ALTER TABLE ONLY public.events ATTACH PARTITION public.events_default DEFAULT;
ALTER TABLE ONLY public.accounts
    ADD CONSTRAINT accounts_pkey PRIMARY KEY (region, id);
ALTER TABLE ONLY public.accounts_eu
    ADD CONSTRAINT accounts_eu_pkey PRIMARY KEY (region, id);
ALTER TABLE ONLY public.accounts_us
    ADD CONSTRAINT accounts_us_pkey PRIMARY KEY (region, id);
ALTER TABLE ONLY public.events
    ADD CONSTRAINT events_pkey PRIMARY KEY (id, happened_at);
ALTER TABLE ONLY public.events_2024_01
    ADD CONSTRAINT events_2024_01_pkey PRIMARY KEY (id, happened_at);
ALTER TABLE ONLY public.events_2024_02
    ADD CONSTRAINT events_2024_02_pkey PRIMARY KEY (id, happened_at);
ALTER TABLE ONLY public.events_default
    ADD CONSTRAINT events_default_pkey PRIMARY KEY (id, happened_at);
CREATE UNIQUE INDEX buckets_k ON ONLY public.buckets USING btree (k);
CREATE UNIQUE INDEX buckets_0_k_idx ON public.buckets_0 USING btree (k);
CREATE UNIQUE INDEX buckets_1_k_idx ON public.buckets_1 USING btree (k);
CREATE INDEX events_kind_idx ON ONLY public.events USING btree (kind);
CREATE INDEX events_2024_01_kind_idx ON public.events_2024_01 USING btree (kind);
CREATE INDEX events_2024_02_kind_idx ON public.events_2024_02 USING btree (kind);
CREATE INDEX events_default_kind_idx ON public.events_default USING btree (kind);
ALTER INDEX public.accounts_pkey ATTACH PARTITION public.accounts_eu_pkey;
ALTER INDEX public.accounts_pkey ATTACH PARTITION public.accounts_us_pkey;
ALTER INDEX public.buckets_k ATTACH PARTITION public.buckets_0_k_idx;
ALTER INDEX public.buckets_k ATTACH PARTITION public.buckets_1_k_idx;
ALTER INDEX public.events_kind_idx ATTACH PARTITION public.events_2024_01_kind_idx;
ALTER INDEX public.events_pkey ATTACH PARTITION public.events_2024_01_pkey;
ALTER INDEX public.events_kind_idx ATTACH PARTITION public.events_2024_02_kind_idx;
ALTER INDEX public.events_pkey ATTACH PARTITION public.events_2024_02_pkey;
ALTER INDEX public.events_kind_idx ATTACH PARTITION public.events_default_kind_idx;
ALTER INDEX public.events_pkey ATTACH PARTITION public.events_default_pkey;
`;
const PARTS_INSERTS = `SET statement_timeout = 0;
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
CREATE TABLE public.accounts (
    region text NOT NULL,
    id integer NOT NULL,
    balance numeric DEFAULT 0 NOT NULL,
    CONSTRAINT accounts_balance_check CHECK ((balance >= (0)::numeric))
)
PARTITION BY LIST (region);
SET default_table_access_method = heap;
CREATE TABLE public.accounts_eu (
    region text NOT NULL,
    id integer NOT NULL,
    balance numeric DEFAULT 0 NOT NULL,
    CONSTRAINT accounts_balance_check CHECK ((balance >= (0)::numeric))
);
CREATE TABLE public.accounts_us (
    region text NOT NULL,
    id integer NOT NULL,
    balance numeric DEFAULT 0 NOT NULL,
    CONSTRAINT accounts_balance_check CHECK ((balance >= (0)::numeric))
);
CREATE TABLE public.buckets (
    k integer NOT NULL,
    v text
)
PARTITION BY HASH (k);
CREATE TABLE public.buckets_0 (
    k integer NOT NULL,
    v text
);
CREATE TABLE public.buckets_1 (
    k integer NOT NULL,
    v text
);
CREATE TABLE public.events (
    id bigint NOT NULL,
    happened_at timestamp with time zone NOT NULL,
    kind text NOT NULL,
    payload jsonb DEFAULT '{}'::jsonb NOT NULL
)
PARTITION BY RANGE (happened_at);
CREATE TABLE public.events_2024_01 (
    id bigint NOT NULL,
    happened_at timestamp with time zone NOT NULL,
    kind text NOT NULL,
    payload jsonb DEFAULT '{}'::jsonb NOT NULL
);
CREATE TABLE public.events_2024_02 (
    id bigint NOT NULL,
    happened_at timestamp with time zone NOT NULL,
    kind text NOT NULL,
    payload jsonb DEFAULT '{}'::jsonb NOT NULL
);
CREATE TABLE public.events_default (
    id bigint NOT NULL,
    happened_at timestamp with time zone NOT NULL,
    kind text NOT NULL,
    payload jsonb DEFAULT '{}'::jsonb NOT NULL
);
ALTER TABLE public.events ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.events_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);
ALTER TABLE ONLY public.accounts ATTACH PARTITION public.accounts_eu FOR VALUES IN ('eu', 'uk');
ALTER TABLE ONLY public.accounts ATTACH PARTITION public.accounts_us FOR VALUES IN ('us');
ALTER TABLE ONLY public.buckets ATTACH PARTITION public.buckets_0 FOR VALUES WITH (modulus 2, remainder 0);
ALTER TABLE ONLY public.buckets ATTACH PARTITION public.buckets_1 FOR VALUES WITH (modulus 2, remainder 1);
ALTER TABLE ONLY public.events ATTACH PARTITION public.events_2024_01 FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2024-02-01 00:00:00+00');
ALTER TABLE ONLY public.events ATTACH PARTITION public.events_2024_02 FOR VALUES FROM ('2024-02-01 00:00:00+00') TO ('2024-03-01 00:00:00+00');
ALTER TABLE ONLY public.events ATTACH PARTITION public.events_default DEFAULT;
INSERT INTO public.accounts_eu VALUES ('eu', 1, 10);
INSERT INTO public.accounts_us VALUES ('us', 2, 5);
INSERT INTO public.buckets_0 VALUES (1, 'a');
INSERT INTO public.buckets_0 VALUES (2, 'b');
INSERT INTO public.buckets_1 VALUES (3, 'c');
INSERT INTO public.events_2024_01 VALUES (1, '2024-01-05 00:00:00+00', 'signup', '{}');
INSERT INTO public.events_2024_02 VALUES (2, '2024-02-10 00:00:00+00', 'login', '{}');
INSERT INTO public.events_default VALUES (3, '2025-01-01 00:00:00+00', 'logout', '{}');
SELECT pg_catalog.setval('public.events_id_seq', 3, true);
ALTER TABLE ONLY public.accounts
    ADD CONSTRAINT accounts_pkey PRIMARY KEY (region, id);
ALTER TABLE ONLY public.accounts_eu
    ADD CONSTRAINT accounts_eu_pkey PRIMARY KEY (region, id);
ALTER TABLE ONLY public.accounts_us
    ADD CONSTRAINT accounts_us_pkey PRIMARY KEY (region, id);
ALTER TABLE ONLY public.events
    ADD CONSTRAINT events_pkey PRIMARY KEY (id, happened_at);
ALTER TABLE ONLY public.events_2024_01
    ADD CONSTRAINT events_2024_01_pkey PRIMARY KEY (id, happened_at);
ALTER TABLE ONLY public.events_2024_02
    ADD CONSTRAINT events_2024_02_pkey PRIMARY KEY (id, happened_at);
ALTER TABLE ONLY public.events_default
    ADD CONSTRAINT events_default_pkey PRIMARY KEY (id, happened_at);
CREATE UNIQUE INDEX buckets_k ON ONLY public.buckets USING btree (k);
CREATE UNIQUE INDEX buckets_0_k_idx ON public.buckets_0 USING btree (k);
CREATE UNIQUE INDEX buckets_1_k_idx ON public.buckets_1 USING btree (k);
CREATE INDEX events_kind_idx ON ONLY public.events USING btree (kind);
CREATE INDEX events_2024_01_kind_idx ON public.events_2024_01 USING btree (kind);
CREATE INDEX events_2024_02_kind_idx ON public.events_2024_02 USING btree (kind);
CREATE INDEX events_default_kind_idx ON public.events_default USING btree (kind);
ALTER INDEX public.accounts_pkey ATTACH PARTITION public.accounts_eu_pkey;
ALTER INDEX public.accounts_pkey ATTACH PARTITION public.accounts_us_pkey;
ALTER INDEX public.buckets_k ATTACH PARTITION public.buckets_0_k_idx;
ALTER INDEX public.buckets_k ATTACH PARTITION public.buckets_1_k_idx;
ALTER INDEX public.events_kind_idx ATTACH PARTITION public.events_2024_01_kind_idx;
ALTER INDEX public.events_pkey ATTACH PARTITION public.events_2024_01_pkey;
ALTER INDEX public.events_kind_idx ATTACH PARTITION public.events_2024_02_kind_idx;
ALTER INDEX public.events_pkey ATTACH PARTITION public.events_2024_02_pkey;
ALTER INDEX public.events_kind_idx ATTACH PARTITION public.events_default_kind_idx;
ALTER INDEX public.events_pkey ATTACH PARTITION public.events_default_pkey;
`;
const EXT = `SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;
CREATE SCHEMA extensions;
ALTER SCHEMA extensions OWNER TO postgres;
CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;
COMMENT ON EXTENSION citext IS 'data type for case-insensitive character strings';
CREATE EXTENSION IF NOT EXISTS hstore WITH SCHEMA extensions;
COMMENT ON EXTENSION hstore IS 'data type for storing sets of (key, value) pairs';
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA extensions;
COMMENT ON EXTENSION pg_trgm IS 'text similarity measurement and index searching based on trigrams';
CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA public;
COMMENT ON EXTENSION pgcrypto IS 'cryptographic functions';
CREATE EXTENSION IF NOT EXISTS "uuid-ossp" WITH SCHEMA public;
COMMENT ON EXTENSION "uuid-ossp" IS 'generate universally unique identifiers (UUIDs)';
SET default_tablespace = '';
SET default_table_access_method = heap;
CREATE TABLE public.notes (
    id integer NOT NULL,
    body text NOT NULL,
    attrs extensions.hstore,
    owner public.citext
);
ALTER TABLE public.notes OWNER TO postgres;
CREATE TABLE public.sessions (
    token text DEFAULT encode(public.gen_random_bytes(16), 'hex'::text) NOT NULL,
    user_id uuid NOT NULL,
    expires_at timestamp with time zone NOT NULL
);
ALTER TABLE public.sessions OWNER TO postgres;
CREATE TABLE public.users (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    legacy_id uuid DEFAULT public.uuid_generate_v4() NOT NULL,
    handle public.citext NOT NULL,
    password_hash text NOT NULL,
    created_at timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL
);
ALTER TABLE public.users OWNER TO postgres;
INSERT INTO public.notes (id, body, attrs, owner) VALUES (1, 'hello world', '"a"=>"1", "b"=>"2"', 'alice');
INSERT INTO public.notes (id, body, attrs, owner) VALUES (2, 'goodbye', NULL, NULL);
INSERT INTO public.users (id, legacy_id, handle, password_hash, created_at) VALUES ('11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222', 'Alice', '$2a$06$abcdefghijklmnopqrstuuxLa0AkDDSrQ9VwNnETzOsObiucpMYgC', '2024-01-01 00:00:00');
ALTER TABLE ONLY public.notes
    ADD CONSTRAINT notes_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_pkey PRIMARY KEY (token);
ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_handle_key UNIQUE (handle);
ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);
CREATE INDEX notes_body_trgm ON public.notes USING gin (body extensions.gin_trgm_ops);
ALTER TABLE ONLY public.notes
    ADD CONSTRAINT notes_owner_fkey FOREIGN KEY (owner) REFERENCES public.users(handle) ON UPDATE CASCADE;
ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON UPDATE CASCADE ON DELETE CASCADE;
`;
const EXT_SCHEMA = `SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;
CREATE SCHEMA extensions;
ALTER SCHEMA extensions OWNER TO postgres;
CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;
COMMENT ON EXTENSION citext IS 'data type for case-insensitive character strings';
CREATE EXTENSION IF NOT EXISTS hstore WITH SCHEMA extensions;
COMMENT ON EXTENSION hstore IS 'data type for storing sets of (key, value) pairs';
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA extensions;
COMMENT ON EXTENSION pg_trgm IS 'text similarity measurement and index searching based on trigrams';
CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA public;
COMMENT ON EXTENSION pgcrypto IS 'cryptographic functions';
CREATE EXTENSION IF NOT EXISTS "uuid-ossp" WITH SCHEMA public;
COMMENT ON EXTENSION "uuid-ossp" IS 'generate universally unique identifiers (UUIDs)';
SET default_tablespace = '';
SET default_table_access_method = heap;
CREATE TABLE public.notes (
    id integer NOT NULL,
    body text NOT NULL,
    attrs extensions.hstore,
    owner public.citext
);
ALTER TABLE public.notes OWNER TO postgres;
CREATE TABLE public.sessions (
    token text DEFAULT encode(public.gen_random_bytes(16), 'hex'::text) NOT NULL,
    user_id uuid NOT NULL,
    expires_at timestamp with time zone NOT NULL
);
ALTER TABLE public.sessions OWNER TO postgres;
CREATE TABLE public.users (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    legacy_id uuid DEFAULT public.uuid_generate_v4() NOT NULL,
    handle public.citext NOT NULL,
    password_hash text NOT NULL,
    created_at timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL
);
ALTER TABLE public.users OWNER TO postgres;
ALTER TABLE ONLY public.notes
    ADD CONSTRAINT notes_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_pkey PRIMARY KEY (token);
ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_handle_key UNIQUE (handle);
ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);
CREATE INDEX notes_body_trgm ON public.notes USING gin (body extensions.gin_trgm_ops);
ALTER TABLE ONLY public.notes
    ADD CONSTRAINT notes_owner_fkey FOREIGN KEY (owner) REFERENCES public.users(handle) ON UPDATE CASCADE;
ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON UPDATE CASCADE ON DELETE CASCADE;
`;
const EXT_INSERTS = `SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;
CREATE SCHEMA extensions;
CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;
COMMENT ON EXTENSION citext IS 'data type for case-insensitive character strings';
CREATE EXTENSION IF NOT EXISTS hstore WITH SCHEMA extensions;
COMMENT ON EXTENSION hstore IS 'data type for storing sets of (key, value) pairs';
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA extensions;
COMMENT ON EXTENSION pg_trgm IS 'text similarity measurement and index searching based on trigrams';
CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA public;
COMMENT ON EXTENSION pgcrypto IS 'cryptographic functions';
CREATE EXTENSION IF NOT EXISTS "uuid-ossp" WITH SCHEMA public;
COMMENT ON EXTENSION "uuid-ossp" IS 'generate universally unique identifiers (UUIDs)';
SET default_tablespace = '';
SET default_table_access_method = heap;
CREATE TABLE public.notes (
    id integer NOT NULL,
    body text NOT NULL,
    attrs extensions.hstore,
    owner public.citext
);
CREATE TABLE public.sessions (
    token text DEFAULT encode(public.gen_random_bytes(16), 'hex'::text) NOT NULL,
    user_id uuid NOT NULL,
    expires_at timestamp with time zone NOT NULL
);
CREATE TABLE public.users (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    legacy_id uuid DEFAULT public.uuid_generate_v4() NOT NULL,
    handle public.citext NOT NULL,
    password_hash text NOT NULL,
    created_at timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL
);
INSERT INTO public.notes VALUES (1, 'hello world', '"a"=>"1", "b"=>"2"', 'alice');
INSERT INTO public.notes VALUES (2, 'goodbye', NULL, NULL);
INSERT INTO public.users VALUES ('11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222', 'Alice', '$2a$06$abcdefghijklmnopqrstuuxLa0AkDDSrQ9VwNnETzOsObiucpMYgC', '2024-01-01 00:00:00');
ALTER TABLE ONLY public.notes
    ADD CONSTRAINT notes_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_pkey PRIMARY KEY (token);
ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_handle_key UNIQUE (handle);
ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);
CREATE INDEX notes_body_trgm ON public.notes USING gin (body extensions.gin_trgm_ops);
ALTER TABLE ONLY public.notes
    ADD CONSTRAINT notes_owner_fkey FOREIGN KEY (owner) REFERENCES public.users(handle) ON UPDATE CASCADE;
ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON UPDATE CASCADE ON DELETE CASCADE;
`;
const SCHEMAS = `SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;
CREATE SCHEMA app;
ALTER SCHEMA app OWNER TO postgres;
COMMENT ON SCHEMA app IS 'application tables';
CREATE SCHEMA audit;
ALTER SCHEMA audit OWNER TO postgres;
CREATE TYPE app.address AS (
	street text,
	city text,
	zip character varying(10)
);
ALTER TYPE app.address OWNER TO postgres;
CREATE TYPE app.priority AS ENUM (
    'low',
    'high'
);
ALTER TYPE app.priority OWNER TO postgres;
CREATE FUNCTION app.add_member(p_team integer, p_nick text) RETURNS bigint
    LANGUAGE sql
    AS $$ INSERT INTO app.members (team_id, nick) VALUES (p_team, p_nick) RETURNING id $$;
ALTER FUNCTION app.add_member(p_team integer, p_nick text) OWNER TO postgres;
CREATE PROCEDURE app.rename_team(IN p_id integer, IN p_name text)
    LANGUAGE plpgsql
    AS $$ BEGIN UPDATE app.teams SET name = p_name WHERE id = p_id; END $$;
ALTER PROCEDURE app.rename_team(IN p_id integer, IN p_name text) OWNER TO postgres;
CREATE FUNCTION audit.capture() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'audit'
    AS $$
BEGIN
  INSERT INTO audit.log (tbl, op, row_data) VALUES (TG_TABLE_NAME, left(TG_OP, 1), to_jsonb(coalesce(NEW, OLD)));
  RETURN coalesce(NEW, OLD);
END $$;
ALTER FUNCTION audit.capture() OWNER TO postgres;
SET default_tablespace = '';
SET default_table_access_method = heap;
CREATE TABLE app.members (
    id bigint NOT NULL,
    team_id integer,
    manager_id bigint,
    nick character varying(20) NOT NULL,
    prio app.priority DEFAULT 'low'::app.priority,
    score real DEFAULT 1.5,
    CONSTRAINT members_not_self CHECK ((manager_id <> id))
);
ALTER TABLE app.members OWNER TO postgres;
CREATE SEQUENCE app.members_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER TABLE app.members_id_seq OWNER TO postgres;
ALTER SEQUENCE app.members_id_seq OWNED BY app.members.id;
CREATE TABLE app.teams (
    id integer NOT NULL,
    name text NOT NULL,
    hq app.address
);
ALTER TABLE app.teams OWNER TO postgres;
CREATE VIEW app.team_sizes WITH (security_barrier='true') AS
 SELECT t.name,
    count(m.id) AS n
   FROM (app.teams t
     LEFT JOIN app.members m ON ((m.team_id = t.id)))
  GROUP BY t.name;
ALTER TABLE app.team_sizes OWNER TO postgres;
CREATE SEQUENCE app.teams_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER TABLE app.teams_id_seq OWNER TO postgres;
ALTER SEQUENCE app.teams_id_seq OWNED BY app.teams.id;
CREATE TABLE audit.log (
    id bigint NOT NULL,
    at timestamp with time zone DEFAULT now(),
    tbl text,
    op character(1),
    row_data jsonb
);
ALTER TABLE audit.log OWNER TO postgres;
CREATE SEQUENCE audit.log_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER TABLE audit.log_id_seq OWNER TO postgres;
ALTER SEQUENCE audit.log_id_seq OWNED BY audit.log.id;
ALTER TABLE ONLY app.members ALTER COLUMN id SET DEFAULT nextval('app.members_id_seq'::regclass);
ALTER TABLE ONLY app.teams ALTER COLUMN id SET DEFAULT nextval('app.teams_id_seq'::regclass);
ALTER TABLE ONLY audit.log ALTER COLUMN id SET DEFAULT nextval('audit.log_id_seq'::regclass);
INSERT INTO app.members (id, team_id, manager_id, nick, prio, score) VALUES (1, 1, NULL, 'ann', 'high', 1.5);
INSERT INTO app.members (id, team_id, manager_id, nick, prio, score) VALUES (2, 1, NULL, 'bo', 'low', 1.5);
INSERT INTO app.teams (id, name, hq) VALUES (1, 'core', '("Main St 1",Oslo,0150)');
INSERT INTO audit.log (id, at, tbl, op, row_data) VALUES (1, '2026-12-06 05:58:24.062157+00', 'members', 'I', '{"id": 1, "nick": "ann", "prio": "high", "score": 1.5, "team_id": 1, "manager_id": null}');
INSERT INTO audit.log (id, at, tbl, op, row_data) VALUES (2, '2026-12-06 05:58:24.062157+00', 'members', 'I', '{"id": 2, "nick": "bo", "prio": "low", "score": 1.5, "team_id": 1, "manager_id": null}');
SELECT pg_catalog.setval('app.members_id_seq', 2, true);
SELECT pg_catalog.setval('app.teams_id_seq', 1, true);
SELECT pg_catalog.setval('audit.log_id_seq', 2, true);
ALTER TABLE ONLY app.members
    ADD CONSTRAINT members_nick_team UNIQUE (team_id, nick) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE ONLY app.members
    ADD CONSTRAINT members_pkey PRIMARY KEY (id);
ALTER TABLE ONLY app.teams
    ADD CONSTRAINT teams_pkey PRIMARY KEY (id);
ALTER TABLE ONLY audit.log
    ADD CONSTRAINT log_pkey PRIMARY KEY (id);
CREATE TRIGGER members_audit BEFORE INSERT OR DELETE OR UPDATE ON app.members FOR EACH ROW EXECUTE FUNCTION audit.capture();
CREATE TRIGGER teams_audit AFTER UPDATE OF name ON app.teams FOR EACH ROW WHEN ((old.name IS DISTINCT FROM new.name)) EXECUTE FUNCTION audit.capture();
ALTER TABLE ONLY app.members
    ADD CONSTRAINT members_manager_id_fkey FOREIGN KEY (manager_id) REFERENCES app.members(id) DEFERRABLE;
ALTER TABLE ONLY app.members
    ADD CONSTRAINT members_team_id_fkey FOREIGN KEY (team_id) REFERENCES app.teams(id) ON DELETE SET NULL;
ALTER TABLE app.members ENABLE ROW LEVEL SECURITY;
CREATE POLICY members_visible ON app.members FOR SELECT USING (((nick)::text <> 'hidden'::text));
GRANT USAGE ON SCHEMA app TO PUBLIC;
REVOKE ALL ON FUNCTION audit.capture() FROM PUBLIC;
GRANT SELECT,INSERT ON TABLE app.members TO PUBLIC;
ALTER DEFAULT PRIVILEGES FOR ROLE postgres IN SCHEMA app GRANT SELECT ON TABLES  TO PUBLIC;
ALTER DEFAULT PRIVILEGES FOR ROLE postgres REVOKE ALL ON FUNCTIONS  FROM PUBLIC;
`;
const SCHEMAS_BARE = `SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;
CREATE SCHEMA app;
COMMENT ON SCHEMA app IS 'application tables';
CREATE SCHEMA audit;
CREATE TYPE app.address AS (
	street text,
	city text,
	zip character varying(10)
);
CREATE TYPE app.priority AS ENUM (
    'low',
    'high'
);
CREATE FUNCTION app.add_member(p_team integer, p_nick text) RETURNS bigint
    LANGUAGE sql
    AS $$ INSERT INTO app.members (team_id, nick) VALUES (p_team, p_nick) RETURNING id $$;
CREATE PROCEDURE app.rename_team(IN p_id integer, IN p_name text)
    LANGUAGE plpgsql
    AS $$ BEGIN UPDATE app.teams SET name = p_name WHERE id = p_id; END $$;
CREATE FUNCTION audit.capture() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'audit'
    AS $$
BEGIN
  INSERT INTO audit.log (tbl, op, row_data) VALUES (TG_TABLE_NAME, left(TG_OP, 1), to_jsonb(coalesce(NEW, OLD)));
  RETURN coalesce(NEW, OLD);
END $$;
SET default_tablespace = '';
SET default_table_access_method = heap;
CREATE TABLE app.members (
    id bigint NOT NULL,
    team_id integer,
    manager_id bigint,
    nick character varying(20) NOT NULL,
    prio app.priority DEFAULT 'low'::app.priority,
    score real DEFAULT 1.5,
    CONSTRAINT members_not_self CHECK ((manager_id <> id))
);
CREATE SEQUENCE app.members_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE app.members_id_seq OWNED BY app.members.id;
CREATE TABLE app.teams (
    id integer NOT NULL,
    name text NOT NULL,
    hq app.address
);
CREATE VIEW app.team_sizes WITH (security_barrier='true') AS
 SELECT t.name,
    count(m.id) AS n
   FROM (app.teams t
     LEFT JOIN app.members m ON ((m.team_id = t.id)))
  GROUP BY t.name;
CREATE SEQUENCE app.teams_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE app.teams_id_seq OWNED BY app.teams.id;
CREATE TABLE audit.log (
    id bigint NOT NULL,
    at timestamp with time zone DEFAULT now(),
    tbl text,
    op character(1),
    row_data jsonb
);
CREATE SEQUENCE audit.log_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE audit.log_id_seq OWNED BY audit.log.id;
ALTER TABLE ONLY app.members ALTER COLUMN id SET DEFAULT nextval('app.members_id_seq'::regclass);
ALTER TABLE ONLY app.teams ALTER COLUMN id SET DEFAULT nextval('app.teams_id_seq'::regclass);
ALTER TABLE ONLY audit.log ALTER COLUMN id SET DEFAULT nextval('audit.log_id_seq'::regclass);
ALTER TABLE ONLY app.members
    ADD CONSTRAINT members_nick_team UNIQUE (team_id, nick) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE ONLY app.members
    ADD CONSTRAINT members_pkey PRIMARY KEY (id);
ALTER TABLE ONLY app.teams
    ADD CONSTRAINT teams_pkey PRIMARY KEY (id);
ALTER TABLE ONLY audit.log
    ADD CONSTRAINT log_pkey PRIMARY KEY (id);
CREATE TRIGGER members_audit BEFORE INSERT OR DELETE OR UPDATE ON app.members FOR EACH ROW EXECUTE FUNCTION audit.capture();
CREATE TRIGGER teams_audit AFTER UPDATE OF name ON app.teams FOR EACH ROW WHEN ((old.name IS DISTINCT FROM new.name)) EXECUTE FUNCTION audit.capture();
ALTER TABLE ONLY app.members
    ADD CONSTRAINT members_manager_id_fkey FOREIGN KEY (manager_id) REFERENCES app.members(id) DEFERRABLE;
ALTER TABLE ONLY app.members
    ADD CONSTRAINT members_team_id_fkey FOREIGN KEY (team_id) REFERENCES app.teams(id) ON DELETE SET NULL;
ALTER TABLE app.members ENABLE ROW LEVEL SECURITY;
CREATE POLICY members_visible ON app.members FOR SELECT USING (((nick)::text <> 'hidden'::text));
`;
const SCHEMAS_INSERTS = `SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;
CREATE SCHEMA app;
COMMENT ON SCHEMA app IS 'application tables';
CREATE SCHEMA audit;
CREATE TYPE app.address AS (
	street text,
	city text,
	zip character varying(10)
);
CREATE TYPE app.priority AS ENUM (
    'low',
    'high'
);
CREATE FUNCTION app.add_member(p_team integer, p_nick text) RETURNS bigint
    LANGUAGE sql
    AS $$ INSERT INTO app.members (team_id, nick) VALUES (p_team, p_nick) RETURNING id $$;
CREATE PROCEDURE app.rename_team(IN p_id integer, IN p_name text)
    LANGUAGE plpgsql
    AS $$ BEGIN UPDATE app.teams SET name = p_name WHERE id = p_id; END $$;
CREATE FUNCTION audit.capture() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'audit'
    AS $$
BEGIN
  INSERT INTO audit.log (tbl, op, row_data) VALUES (TG_TABLE_NAME, left(TG_OP, 1), to_jsonb(coalesce(NEW, OLD)));
  RETURN coalesce(NEW, OLD);
END $$;
SET default_tablespace = '';
SET default_table_access_method = heap;
CREATE TABLE app.members (
    id bigint NOT NULL,
    team_id integer,
    manager_id bigint,
    nick character varying(20) NOT NULL,
    prio app.priority DEFAULT 'low'::app.priority,
    score real DEFAULT 1.5,
    CONSTRAINT members_not_self CHECK ((manager_id <> id))
);
CREATE SEQUENCE app.members_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE app.members_id_seq OWNED BY app.members.id;
CREATE TABLE app.teams (
    id integer NOT NULL,
    name text NOT NULL,
    hq app.address
);
CREATE VIEW app.team_sizes WITH (security_barrier='true') AS
 SELECT t.name,
    count(m.id) AS n
   FROM (app.teams t
     LEFT JOIN app.members m ON ((m.team_id = t.id)))
  GROUP BY t.name;
CREATE SEQUENCE app.teams_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE app.teams_id_seq OWNED BY app.teams.id;
CREATE TABLE audit.log (
    id bigint NOT NULL,
    at timestamp with time zone DEFAULT now(),
    tbl text,
    op character(1),
    row_data jsonb
);
CREATE SEQUENCE audit.log_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE audit.log_id_seq OWNED BY audit.log.id;
ALTER TABLE ONLY app.members ALTER COLUMN id SET DEFAULT nextval('app.members_id_seq'::regclass);
ALTER TABLE ONLY app.teams ALTER COLUMN id SET DEFAULT nextval('app.teams_id_seq'::regclass);
ALTER TABLE ONLY audit.log ALTER COLUMN id SET DEFAULT nextval('audit.log_id_seq'::regclass);
INSERT INTO app.members VALUES (1, 1, NULL, 'ann', 'high', 1.5);
INSERT INTO app.members VALUES (2, 1, NULL, 'bo', 'low', 1.5);
INSERT INTO app.teams VALUES (1, 'core', '("Main St 1",Oslo,0150)');
INSERT INTO audit.log VALUES (1, '2026-12-06 05:58:24.062157+00', 'members', 'I', '{"id": 1, "nick": "ann", "prio": "high", "score": 1.5, "team_id": 1, "manager_id": null}');
INSERT INTO audit.log VALUES (2, '2026-12-06 05:58:24.062157+00', 'members', 'I', '{"id": 2, "nick": "bo", "prio": "low", "score": 1.5, "team_id": 1, "manager_id": null}');
SELECT pg_catalog.setval('app.members_id_seq', 2, true);
SELECT pg_catalog.setval('app.teams_id_seq', 1, true);
SELECT pg_catalog.setval('audit.log_id_seq', 2, true);
ALTER TABLE ONLY app.members
    ADD CONSTRAINT members_nick_team UNIQUE (team_id, nick) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE ONLY app.members
    ADD CONSTRAINT members_pkey PRIMARY KEY (id);
ALTER TABLE ONLY app.teams
    ADD CONSTRAINT teams_pkey PRIMARY KEY (id);
ALTER TABLE ONLY audit.log
    ADD CONSTRAINT log_pkey PRIMARY KEY (id);
CREATE TRIGGER members_audit BEFORE INSERT OR DELETE OR UPDATE ON app.members FOR EACH ROW EXECUTE FUNCTION audit.capture();
CREATE TRIGGER teams_audit AFTER UPDATE OF name ON app.teams FOR EACH ROW WHEN ((old.name IS DISTINCT FROM new.name)) EXECUTE FUNCTION audit.capture();
ALTER TABLE ONLY app.members
    ADD CONSTRAINT members_manager_id_fkey FOREIGN KEY (manager_id) REFERENCES app.members(id) DEFERRABLE;
ALTER TABLE ONLY app.members
    ADD CONSTRAINT members_team_id_fkey FOREIGN KEY (team_id) REFERENCES app.teams(id) ON DELETE SET NULL;
ALTER TABLE app.members ENABLE ROW LEVEL SECURITY;
CREATE POLICY members_visible ON app.members FOR SELECT USING (((nick)::text <> 'hidden'::text));
`;

// ---------------------------------------------------------------- loading
add('partitions dump as one query', [PARTS, 'SELECT count(*) FROM public.events']);
add('partitions schema-only dump statement by statement', statementsOf(PARTS_SCHEMA));
add('partitions inserts dump statement by statement', statementsOf(PARTS_INSERTS));
add('extensions dump as one query', [EXT, 'SELECT handle FROM public.users']);
add('extensions schema-only dump statement by statement', statementsOf(EXT_SCHEMA));
add('extensions inserts dump statement by statement', statementsOf(EXT_INSERTS));
add('extensions dump loaded twice', [EXT_SCHEMA, EXT_SCHEMA]);
add('schemas dump as one query', [SCHEMAS, 'SELECT count(*) FROM app.members']);
add('schemas dump statement by statement', statementsOf(SCHEMAS));
add('schemas bare dump statement by statement', statementsOf(SCHEMAS_BARE));
add('schemas inserts dump as one query', [SCHEMAS_INSERTS, 'SELECT nick FROM app.members ORDER BY id']);

// ---------------------------------------------------------------- partitions at work
const parts = (name: string, steps: ProbeStep[]) =>
  add(`partitions: ${name}`, ['SET search_path = public', ...steps], PARTS);
parts('identity on the parent continues', [
  "INSERT INTO events (happened_at, kind) VALUES ('2024-01-20 00:00+00', 'x') RETURNING id, tableoid::regclass::text AS part",
]);
parts('row routed to the default partition', [
  "INSERT INTO events (happened_at, kind) VALUES ('2023-06-01 00:00+00', 'old') RETURNING tableoid::regclass::text AS part",
]);
parts('rows per partition', [
  'SELECT tableoid::regclass::text AS part, count(*) FROM events GROUP BY 1 ORDER BY 1',
]);
parts('list partition without a match', ["INSERT INTO accounts VALUES ('jp', 3, 1)"]);
parts('list partition check from the parent', ["INSERT INTO accounts VALUES ('uk', 3, -1)"]);
parts('partitioned primary key', ["INSERT INTO accounts VALUES ('eu', 1, 1)"]);
parts('hash partition unique index', ["INSERT INTO buckets VALUES (2, 'dup')"]);
parts('hash routing', ['SELECT tableoid::regclass::text AS part, k FROM buckets ORDER BY k']);
parts('update moves a row between partitions', [
  "UPDATE accounts SET region = 'us' WHERE id = 1 RETURNING tableoid::regclass::text AS part",
  'SELECT region, id FROM accounts_us ORDER BY id',
]);
parts('partition bounds in the catalog', [
  'SELECT c.relname, c.relispartition, pg_get_expr(c.relpartbound, c.oid) AS bound FROM pg_class c WHERE c.relispartition ORDER BY 1',
]);
parts('partition keys in the catalog', [
  "SELECT relname, pg_get_partkeydef(oid) AS key FROM pg_class WHERE relkind = 'p' ORDER BY 1",
]);
parts('partition tree', [
  "SELECT relid::text, parentrelid::text, isleaf, level FROM pg_partition_tree('events') ORDER BY 1",
]);
parts('partition indexes attached', [
  'SELECT indexrelid::regclass::text AS idx, inhparent::regclass::text AS parent FROM pg_index JOIN pg_inherits ON inhrelid = indexrelid ORDER BY 1',
]);
parts('inherited constraints', [
  "SELECT conrelid::regclass::text AS t, conname, conislocal, coninhcount FROM pg_constraint WHERE contype = 'c' ORDER BY 1, 2",
]);
parts('detach and reattach a partition', [
  'ALTER TABLE events DETACH PARTITION events_default',
  "INSERT INTO events (happened_at, kind) VALUES ('2030-01-01 00:00+00', 'far')",
  'ALTER TABLE events ATTACH PARTITION events_default DEFAULT',
  'SELECT count(*) FROM events',
]);
parts('attach an overlapping partition', [
  'CREATE TABLE ev_jan (LIKE events INCLUDING DEFAULTS)',
  "ALTER TABLE events ATTACH PARTITION ev_jan FOR VALUES FROM ('2024-01-15 00:00+00') TO ('2024-02-15 00:00+00')",
]);
parts('information_schema tables of partitions', [
  "SELECT table_name, table_type FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1",
]);

// ---------------------------------------------------------------- extensions at work
const ext = (name: string, steps: ProbeStep[], dump = EXT) =>
  add(`extensions: ${name}`, ['SET search_path = public, extensions', ...steps], dump);
ext('citext unique from the dump', ["INSERT INTO users (handle, password_hash) VALUES ('ALICE', 'x')"]);
ext('citext lookup', ["SELECT id FROM users WHERE handle = 'aLiCe'"]);
ext('uuid defaults have the right shape', [
  "INSERT INTO users (handle, password_hash) VALUES ('bob', 'x') RETURNING length(id::text) AS a, substr(legacy_id::text, 15, 1) AS v",
]);
ext('crypt check against the dumped hash', [
  "SELECT password_hash = crypt('secret', password_hash) AS ok FROM users",
]);
ext('token default from gen_random_bytes', [
  "INSERT INTO sessions (user_id, expires_at) SELECT id, '2030-01-01' FROM users RETURNING length(token) AS n",
]);
ext('on update cascade through citext key', [
  "UPDATE users SET handle = 'Alicia'",
  'SELECT owner FROM notes ORDER BY id',
]);
ext('trigram search on the dumped index', [
  "SELECT id, similarity(body, 'hello wrld') > 0.3 AS close FROM notes ORDER BY id",
]);
ext('hstore in another schema', ["SELECT attrs -> 'a' AS a, akeys(attrs) AS k FROM notes WHERE id = 1"]);
ext('extensions in the catalog', [
  'SELECT e.extname, n.nspname, e.extrelocatable FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace ORDER BY 1',
]);
ext('extension comments', [
  "SELECT e.extname, obj_description(e.oid, 'pg_extension') AS d FROM pg_extension e ORDER BY 1",
]);
ext('extension functions qualified in defaults', [
  "SELECT column_name, column_default FROM information_schema.columns WHERE table_name IN ('users', 'sessions') ORDER BY table_name, ordinal_position",
]);
ext('citext column type as ORMs read it', [
  "SELECT column_name, data_type, udt_schema, udt_name FROM information_schema.columns WHERE table_name = 'notes' ORDER BY ordinal_position",
]);
ext('trigram index definition', ["SELECT indexdef FROM pg_indexes WHERE indexname = 'notes_body_trgm'"]);
ext('drop extension in use', ['DROP EXTENSION citext']);
ext('without the extensions schema on the path', ['SET search_path = public', "SELECT 'a=>1'::hstore"]);

// ---------------------------------------------------------------- schemas, security and grants
const sch = (name: string, steps: ProbeStep[], dump = SCHEMAS) => add(`schemas: ${name}`, steps, dump);
sch('security definer trigger writes the audit log', [
  "INSERT INTO app.members (team_id, nick) VALUES (1, 'cy') RETURNING id",
  'SELECT id, tbl, op, row_data FROM audit.log ORDER BY id',
]);
sch('trigger WHEN on update of a column', [
  "UPDATE app.teams SET name = 'core'",
  "UPDATE app.teams SET name = 'main'",
  "SELECT id, op, row_data->>'name' AS name FROM audit.log ORDER BY id",
]);
sch('deferred unique constraint', [
  'BEGIN',
  "INSERT INTO app.members (team_id, nick) VALUES (1, 'ann')",
  'SELECT count(*) FROM app.members',
  'COMMIT',
]);
sch('deferred unique swap in one transaction', [
  'BEGIN',
  "UPDATE app.members SET nick = 'bo' WHERE id = 1",
  "UPDATE app.members SET nick = 'ann' WHERE id = 2",
  'COMMIT',
  'SELECT id, nick FROM app.members ORDER BY id',
]);
sch('check constraint from the dump', ['UPDATE app.members SET manager_id = id WHERE id = 1']);
sch('self-referencing fk', ['UPDATE app.members SET manager_id = 9 WHERE id = 1']);
sch('on delete set null', ['DELETE FROM app.teams', 'SELECT id, team_id FROM app.members ORDER BY id']);
sch('composite type column', ['SELECT (hq).city, hq FROM app.teams']);
sch('composite type in an insert', [
  "INSERT INTO app.teams (name, hq) VALUES ('b', ROW('x', 'Bergen', NULL)) RETURNING id, hq",
]);
sch('sql function in a schema', ["SELECT app.add_member(1, 'dee') AS id"]);
sch('procedure in a schema', ["CALL app.rename_team(1, 'renamed')", 'SELECT name FROM app.teams']);
sch('view with security_barrier', [
  'SELECT * FROM app.team_sizes',
  "SELECT relname, reloptions FROM pg_class WHERE relname = 'team_sizes'",
]);
sch('row level security as the owner', [
  "INSERT INTO app.members (team_id, nick) VALUES (1, 'hidden')",
  'SELECT nick FROM app.members ORDER BY id',
]);
sch('policies in pg_policies', [
  'SELECT schemaname, tablename, policyname, permissive, roles, cmd, qual, with_check FROM pg_policies',
]);
sch('rls flags in pg_class', [
  "SELECT relname, relrowsecurity, relforcerowsecurity FROM pg_class WHERE relnamespace = 'app'::regnamespace AND relkind = 'r' ORDER BY 1",
]);
sch('default privileges in the catalog', [
  'SELECT defaclrole::regrole::text AS role, defaclnamespace::regnamespace::text AS nsp, defaclobjtype, defaclacl::text FROM pg_default_acl ORDER BY 3',
]);
sch('default privileges apply to a new table', [
  'CREATE TABLE app.extra (id int)',
  "SELECT relacl::text FROM pg_class WHERE oid = 'app.extra'::regclass",
]);
sch('default privileges apply to a new function', [
  "CREATE FUNCTION app.f() RETURNS int LANGUAGE sql AS 'SELECT 1'",
  "SELECT proacl::text FROM pg_proc WHERE oid = 'app.f'::regproc",
]);
sch('table grants from the dump', [
  "SELECT grantee, privilege_type FROM information_schema.role_table_grants WHERE table_schema = 'app' AND grantee = 'PUBLIC' ORDER BY 1, 2",
]);
sch('function privileges from the dump', [
  "SELECT has_function_privilege('public', 'audit.capture()', 'EXECUTE') AS audit, has_function_privilege('public', 'app.add_member(int, text)', 'EXECUTE') AS add",
]);
sch('schema usage from the dump', [
  "SELECT has_schema_privilege('public', 'app', 'USAGE') AS app, has_schema_privilege('public', 'audit', 'USAGE') AS audit",
]);
sch('function config in the catalog', [
  "SELECT proname, prosecdef, proconfig FROM pg_proc WHERE pronamespace = 'audit'::regnamespace",
]);
sch('schema comment', ["SELECT obj_description('app'::regnamespace, 'pg_namespace') AS d"]);
sch('types in schemas', [
  "SELECT n.nspname, t.typname, t.typtype FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname IN ('app', 'audit') AND t.typtype IN ('c', 'e') AND t.typrelid = 0 OR (n.nspname = 'app' AND t.typname = 'address') ORDER BY 1, 2",
]);
sch('unqualified names after a multi-schema dump', ['SELECT count(*) FROM members']);
sch('search_path to the app schema', [
  'SET search_path = app',
  'SELECT nick, prio FROM members ORDER BY id',
  "SELECT 'high'::priority < 'low'::priority AS lt",
]);
sch(
  'bare dump has no grants',
  ["SELECT relacl FROM pg_class WHERE oid = 'app.members'::regclass", 'SELECT count(*) FROM pg_default_acl'],
  SCHEMAS_BARE,
);
sch('drop schema cascade after load', [
  'DROP SCHEMA app CASCADE',
  'SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal',
]);

export default list.cases;
