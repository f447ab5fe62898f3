// Round 22 probe (h131), dumps part 5: a schema using extensions (pgcrypto and uuid-ossp in public,
// hstore WITH SCHEMA extensions; a generated column calling pgcrypto's digest, a GiST hstore
// index, an expression unique index) dumped by PostgreSQL 15's
// pg_dump and loaded into the fake, then used (defaults from extension functions, crypt checks,
// hstore operators) and introspected. One case loads the dump with pg_trgm too, and dumps-objects.ts
// one with citext: PGlite refuses both extensions.
import { ProbeCases, type ProbeStep } from '../probe-kit.js';

const list = new ProbeCases('r22 dumps: extensions: ');
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

const DUMPED = `SET statement_timeout = 0;
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
CREATE EXTENSION IF NOT EXISTS hstore WITH SCHEMA extensions;
COMMENT ON EXTENSION hstore IS 'data type for storing sets of (key, value) pairs';
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
    digest bytea GENERATED ALWAYS AS (public.digest(body, 'sha256'::text)) STORED
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
    handle text NOT NULL,
    password_hash text NOT NULL,
    created_at timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL
);
ALTER TABLE public.users OWNER TO postgres;
INSERT INTO public.notes (id, body, attrs) VALUES (1, 'hello world', '"a"=>"1", "b"=>"2"');
INSERT INTO public.notes (id, body, attrs) VALUES (2, 'goodbye', NULL);
INSERT INTO public.users (id, legacy_id, handle, password_hash, created_at) VALUES ('11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222', 'Alice', '$2a$06$abcdefghijklmnopqrstuuxLa0AkDDSrQ9VwNnETzOsObiucpMYgC', '2024-01-01 00:00:00');
ALTER TABLE ONLY public.notes
    ADD CONSTRAINT notes_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_pkey PRIMARY KEY (token);
ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);
CREATE INDEX notes_attrs ON public.notes USING gist (attrs);
CREATE UNIQUE INDEX users_handle_lower ON public.users USING btree (lower(handle));
ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON UPDATE CASCADE ON DELETE CASCADE;
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
CREATE SCHEMA extensions;
ALTER SCHEMA extensions OWNER TO postgres;
CREATE EXTENSION IF NOT EXISTS hstore WITH SCHEMA extensions;
COMMENT ON EXTENSION hstore IS 'data type for storing sets of (key, value) pairs';
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
    digest bytea GENERATED ALWAYS AS (public.digest(body, 'sha256'::text)) STORED
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
    handle text NOT NULL,
    password_hash text NOT NULL,
    created_at timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL
);
ALTER TABLE public.users OWNER TO postgres;
ALTER TABLE ONLY public.notes
    ADD CONSTRAINT notes_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_pkey PRIMARY KEY (token);
ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);
CREATE INDEX notes_attrs ON public.notes USING gist (attrs);
CREATE UNIQUE INDEX users_handle_lower ON public.users USING btree (lower(handle));
ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON UPDATE CASCADE ON DELETE CASCADE;
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
CREATE SCHEMA extensions;
CREATE EXTENSION IF NOT EXISTS hstore WITH SCHEMA extensions;
COMMENT ON EXTENSION hstore IS 'data type for storing sets of (key, value) pairs';
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
    digest bytea GENERATED ALWAYS AS (public.digest(body, 'sha256'::text)) STORED
);
CREATE TABLE public.sessions (
    token text DEFAULT encode(public.gen_random_bytes(16), 'hex'::text) NOT NULL,
    user_id uuid NOT NULL,
    expires_at timestamp with time zone NOT NULL
);
CREATE TABLE public.users (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    legacy_id uuid DEFAULT public.uuid_generate_v4() NOT NULL,
    handle text NOT NULL,
    password_hash text NOT NULL,
    created_at timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL
);
INSERT INTO public.notes VALUES (1, 'hello world', '"a"=>"1", "b"=>"2"', DEFAULT);
INSERT INTO public.notes VALUES (2, 'goodbye', NULL, DEFAULT);
INSERT INTO public.users VALUES ('11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222', 'Alice', '$2a$06$abcdefghijklmnopqrstuuxLa0AkDDSrQ9VwNnETzOsObiucpMYgC', '2024-01-01 00:00:00');
ALTER TABLE ONLY public.notes
    ADD CONSTRAINT notes_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_pkey PRIMARY KEY (token);
ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);
CREATE INDEX notes_attrs ON public.notes USING gist (attrs);
CREATE UNIQUE INDEX users_handle_lower ON public.users USING btree (lower(handle));
ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON UPDATE CASCADE ON DELETE CASCADE;
`;
const WITH_TRIGRAMS = `SET statement_timeout = 0;
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
    digest bytea GENERATED ALWAYS AS (public.digest(body, 'sha256'::text)) STORED
);
CREATE TABLE public.sessions (
    token text DEFAULT encode(public.gen_random_bytes(16), 'hex'::text) NOT NULL,
    user_id uuid NOT NULL,
    expires_at timestamp with time zone NOT NULL
);
CREATE TABLE public.users (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    legacy_id uuid DEFAULT public.uuid_generate_v4() NOT NULL,
    handle text NOT NULL,
    password_hash text NOT NULL,
    created_at timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL
);
INSERT INTO public.notes VALUES (1, 'hello world', '"a"=>"1", "b"=>"2"', DEFAULT);
INSERT INTO public.notes VALUES (2, 'goodbye', NULL, DEFAULT);
INSERT INTO public.users VALUES ('11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222', 'Alice', '$2a$06$abcdefghijklmnopqrstuuxLa0AkDDSrQ9VwNnETzOsObiucpMYgC', '2024-01-01 00:00:00');
ALTER TABLE ONLY public.notes
    ADD CONSTRAINT notes_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_pkey PRIMARY KEY (token);
ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);
CREATE INDEX notes_attrs ON public.notes USING gist (attrs);
CREATE INDEX notes_body_trgm ON public.notes USING gin (body extensions.gin_trgm_ops);
CREATE UNIQUE INDEX users_handle_lower ON public.users USING btree (lower(handle));
ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON UPDATE CASCADE ON DELETE CASCADE;
`;

add('dump as one query', [DUMPED, 'SELECT handle FROM public.users']);
add('schema-only dump statement by statement', statementsOf(SCHEMA));
add('inserts dump statement by statement', statementsOf(INSERTS));
add('schema-only dump loaded twice', [SCHEMA, SCHEMA]);
add('dump into a database that has the extensions already', [
  'CREATE EXTENSION pgcrypto',
  'CREATE SCHEMA extensions',
  'CREATE EXTENSION hstore SCHEMA extensions',
  INSERTS,
]);

const ext = (name: string, steps: ProbeStep[], dump = DUMPED) =>
  add(name, ['SET search_path = public, extensions', ...steps], dump);
ext('lower unique index from the dump', ["INSERT INTO users (handle, password_hash) VALUES ('ALICE', 'x')"]);
ext('uuid defaults have the right shape', [
  "INSERT INTO users (handle, password_hash) VALUES ('bob', 'x') RETURNING length(id::text) AS a, substr(legacy_id::text, 15, 1) AS v",
]);
ext('crypt check against the dumped hash', [
  "SELECT password_hash = crypt('secret', password_hash) AS ok, password_hash = crypt('wrong', password_hash) AS bad FROM users",
]);
ext('token default from gen_random_bytes', [
  "INSERT INTO sessions (user_id, expires_at) SELECT id, '2030-01-01' FROM users RETURNING length(token) AS n",
]);
ext('generated digest column after load', ["SELECT id, encode(digest, 'hex') AS d FROM notes ORDER BY id"]);
ext('generated digest column on insert', [
  "INSERT INTO notes (id, body) VALUES (3, 'abc') RETURNING encode(digest, 'hex') AS d",
]);
ext('cascade on update of a uuid key', [
  "INSERT INTO sessions (token, user_id, expires_at) VALUES ('t', '11111111-1111-4111-8111-111111111111', '2030-01-01')",
  "UPDATE users SET id = '33333333-3333-4333-8333-333333333333'",
  'SELECT user_id FROM sessions',
]);
add('dump with pg_trgm as one query', [
  WITH_TRIGRAMS,
  "SELECT id FROM public.notes WHERE body OPERATOR(extensions.%) 'helo world'",
]);
ext('hstore from the dump', [
  "SELECT attrs -> 'a' AS a, akeys(attrs) AS k, attrs::text AS t FROM notes WHERE id = 1",
]);
ext('hstore containment', ["SELECT id FROM notes WHERE attrs @> 'b=>2' ORDER BY id"]);
ext('extensions in the catalog', [
  'SELECT e.extname, n.nspname, e.extversion FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace ORDER BY 1',
]);
ext('extension comments', [
  "SELECT e.extname, obj_description(e.oid, 'pg_extension') AS d FROM pg_extension e ORDER BY 1",
]);
ext('defaults as ORMs read them', [
  "SELECT table_name, column_name, column_default, is_generated, generation_expression FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, ordinal_position",
]);
ext('column types as ORMs read them', [
  "SELECT column_name, data_type, udt_schema, udt_name, datetime_precision FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, ordinal_position",
]);
ext('index definitions', [
  "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1",
]);
ext('drop extension in use', ['DROP EXTENSION hstore']);
ext('drop extension cascade', [
  'DROP EXTENSION hstore CASCADE',
  "SELECT indexname FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1",
]);
ext('without the extensions schema on the path', ['SET search_path = public', "SELECT 'a=>1'::hstore"]);
ext('qualified hstore without the path', [
  'SET search_path = public',
  "SELECT 'a=>1'::extensions.hstore -> 'a' AS v",
]);
ext('extension functions qualified', [
  "SELECT public.uuid_nil() AS n, extensions.hstore('k', 'v')::text AS h",
]);
ext('pgcrypto functions in pg_proc', [
  "SELECT count(*) > 30 AS many FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.deptype = 'e' JOIN pg_extension e ON e.oid = d.refobjid WHERE e.extname = 'pgcrypto'",
]);

export default list.cases;
