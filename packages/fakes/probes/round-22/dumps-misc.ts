// Round 22 probe (h131), dumps part 6: a dump of the less common objects pg_dump writes: foreign
// keys toward and from partitioned tables (ALTER TABLE ... ADD CONSTRAINT after ATTACH PARTITION,
// ALTER INDEX ... ATTACH PARTITION), SET STATISTICS / STORAGE, REPLICA IDENTITY, CLUSTER ON,
// extended statistics, a nondeterministic ICU collation, an aggregate, an operator, a rule, a text
// search configuration, an UNLOGGED table with storage options, an exclusion constraint and a
// publication; loaded whole and statement by statement, then used and introspected.
import { ProbeCases, type ProbeStep } from '../probe-kit.js';

const list = new ProbeCases('r22 dumps: misc: ');
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
CREATE COLLATION public.ci (provider = icu, deterministic = false, locale = 'und-u-ks-level2');
ALTER COLLATION public.ci OWNER TO postgres;
CREATE TYPE public.pair AS (
	a integer,
	b integer
);
ALTER TYPE public.pair OWNER TO postgres;
CREATE FUNCTION public.add_sum(integer, integer) RETURNS integer
    LANGUAGE sql IMMUTABLE
    AS $_$SELECT $1 + $2$_$;
ALTER FUNCTION public.add_sum(integer, integer) OWNER TO postgres;
CREATE FUNCTION public.pair_eq(public.pair, public.pair) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $_$SELECT $1.a = $2.a$_$;
ALTER FUNCTION public.pair_eq(public.pair, public.pair) OWNER TO postgres;
CREATE AGGREGATE public.my_sum(integer) (
    SFUNC = public.add_sum,
    STYPE = integer,
    INITCOND = '0'
);
ALTER AGGREGATE public.my_sum(integer) OWNER TO postgres;
CREATE OPERATOR public.=== (
    FUNCTION = public.pair_eq,
    LEFTARG = public.pair,
    RIGHTARG = public.pair,
    COMMUTATOR = OPERATOR(public.===)
);
ALTER OPERATOR public.=== (public.pair, public.pair) OWNER TO postgres;
CREATE TEXT SEARCH CONFIGURATION public.my_english (
    PARSER = pg_catalog."default" );
ALTER TEXT SEARCH CONFIGURATION public.my_english
    ADD MAPPING FOR asciiword WITH english_stem;
ALTER TEXT SEARCH CONFIGURATION public.my_english
    ADD MAPPING FOR word WITH english_stem;
ALTER TEXT SEARCH CONFIGURATION public.my_english
    ADD MAPPING FOR numword WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.my_english
    ADD MAPPING FOR email WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.my_english
    ADD MAPPING FOR url WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.my_english
    ADD MAPPING FOR host WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.my_english
    ADD MAPPING FOR sfloat WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.my_english
    ADD MAPPING FOR version WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.my_english
    ADD MAPPING FOR hword_numpart WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.my_english
    ADD MAPPING FOR hword_part WITH english_stem;
ALTER TEXT SEARCH CONFIGURATION public.my_english
    ADD MAPPING FOR hword_asciipart WITH english_stem;
ALTER TEXT SEARCH CONFIGURATION public.my_english
    ADD MAPPING FOR numhword WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.my_english
    ADD MAPPING FOR asciihword WITH english_stem;
ALTER TEXT SEARCH CONFIGURATION public.my_english
    ADD MAPPING FOR hword WITH english_stem;
ALTER TEXT SEARCH CONFIGURATION public.my_english
    ADD MAPPING FOR url_path WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.my_english
    ADD MAPPING FOR file WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.my_english
    ADD MAPPING FOR "float" WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.my_english
    ADD MAPPING FOR "int" WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.my_english
    ADD MAPPING FOR uint WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.my_english OWNER TO postgres;
SET default_tablespace = '';
SET default_table_access_method = heap;
CREATE TABLE public.audit_rule_target (
    id integer,
    note text
);
ALTER TABLE public.audit_rule_target OWNER TO postgres;
CREATE UNLOGGED TABLE public.cache (
    k text NOT NULL,
    v jsonb
)
WITH (fillfactor='70', autovacuum_enabled='false');
ALTER TABLE public.cache OWNER TO postgres;
CREATE TABLE public.kids (
    k integer,
    region text NOT NULL,
    pid integer
)
PARTITION BY LIST (region);
ALTER TABLE public.kids OWNER TO postgres;
CREATE TABLE public.kids_a (
    k integer,
    region text NOT NULL,
    pid integer
);
ALTER TABLE public.kids_a OWNER TO postgres;
CREATE TABLE public.parted (
    id integer NOT NULL,
    region text NOT NULL
)
PARTITION BY LIST (region);
ALTER TABLE public.parted OWNER TO postgres;
CREATE TABLE public.parted_a (
    id integer NOT NULL,
    region text NOT NULL
);
ALTER TABLE public.parted_a OWNER TO postgres;
CREATE TABLE public.parted_b (
    id integer NOT NULL,
    region text NOT NULL
);
ALTER TABLE public.parted_b OWNER TO postgres;
CREATE TABLE public.ranges (
    id integer NOT NULL,
    during tstzrange
);
ALTER TABLE public.ranges OWNER TO postgres;
CREATE TABLE public.refs (
    rid integer NOT NULL,
    pid integer,
    pregion text
);
ALTER TABLE ONLY public.refs ALTER COLUMN pregion SET STATISTICS 500;
ALTER TABLE ONLY public.refs ALTER COLUMN pregion SET STORAGE MAIN;
ALTER TABLE ONLY public.refs REPLICA IDENTITY FULL;
ALTER TABLE public.refs OWNER TO postgres;
CREATE TABLE public.tags (
    name text NOT NULL COLLATE public.ci
);
ALTER TABLE public.tags OWNER TO postgres;
ALTER TABLE ONLY public.kids ATTACH PARTITION public.kids_a FOR VALUES IN ('a');
ALTER TABLE ONLY public.parted ATTACH PARTITION public.parted_a FOR VALUES IN ('a');
ALTER TABLE ONLY public.parted ATTACH PARTITION public.parted_b FOR VALUES IN ('b');
ALTER TABLE ONLY public.cache
    ADD CONSTRAINT cache_pkey PRIMARY KEY (k);
ALTER TABLE ONLY public.parted
    ADD CONSTRAINT parted_pkey PRIMARY KEY (id, region);
ALTER TABLE ONLY public.parted_a
    ADD CONSTRAINT parted_a_pkey PRIMARY KEY (id, region);
ALTER TABLE ONLY public.parted_b
    ADD CONSTRAINT parted_b_pkey PRIMARY KEY (id, region);
ALTER TABLE ONLY public.ranges
    ADD CONSTRAINT ranges_during_excl EXCLUDE USING gist (during WITH &&);
ALTER TABLE ONLY public.ranges
    ADD CONSTRAINT ranges_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.refs
    ADD CONSTRAINT refs_pkey PRIMARY KEY (rid);
ALTER TABLE ONLY public.tags
    ADD CONSTRAINT tags_pkey PRIMARY KEY (name);
CREATE INDEX refs_pid ON public.refs USING btree (pid);
ALTER TABLE public.refs CLUSTER ON refs_pid;
ALTER INDEX public.parted_pkey ATTACH PARTITION public.parted_a_pkey;
ALTER INDEX public.parted_pkey ATTACH PARTITION public.parted_b_pkey;
CREATE STATISTICS public.refs_stats (ndistinct, dependencies) ON pid, pregion FROM public.refs;
ALTER STATISTICS public.refs_stats OWNER TO postgres;
CREATE RULE no_delete AS
    ON DELETE TO public.audit_rule_target DO INSTEAD NOTHING;
ALTER TABLE public.kids
    ADD CONSTRAINT kids_pid_region_fkey FOREIGN KEY (pid, region) REFERENCES public.parted(id, region);
ALTER TABLE ONLY public.refs
    ADD CONSTRAINT refs_pid_pregion_fkey FOREIGN KEY (pid, pregion) REFERENCES public.parted(id, region);
CREATE PUBLICATION pub_all WITH (publish = 'insert, update, delete, truncate');
ALTER PUBLICATION pub_all OWNER TO postgres;
ALTER PUBLICATION pub_all ADD TABLE ONLY public.refs;
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
CREATE COLLATION public.ci (provider = icu, deterministic = false, locale = 'und-u-ks-level2');
CREATE TYPE public.pair AS (
	a integer,
	b integer
);
CREATE FUNCTION public.add_sum(integer, integer) RETURNS integer
    LANGUAGE sql IMMUTABLE
    AS $_$SELECT $1 + $2$_$;
CREATE FUNCTION public.pair_eq(public.pair, public.pair) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $_$SELECT $1.a = $2.a$_$;
CREATE AGGREGATE public.my_sum(integer) (
    SFUNC = public.add_sum,
    STYPE = integer,
    INITCOND = '0'
);
CREATE OPERATOR public.=== (
    FUNCTION = public.pair_eq,
    LEFTARG = public.pair,
    RIGHTARG = public.pair,
    COMMUTATOR = OPERATOR(public.===)
);
CREATE TEXT SEARCH CONFIGURATION public.my_english (
    PARSER = pg_catalog."default" );
ALTER TEXT SEARCH CONFIGURATION public.my_english
    ADD MAPPING FOR asciiword WITH english_stem;
ALTER TEXT SEARCH CONFIGURATION public.my_english
    ADD MAPPING FOR word WITH english_stem;
ALTER TEXT SEARCH CONFIGURATION public.my_english
    ADD MAPPING FOR numword WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.my_english
    ADD MAPPING FOR email WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.my_english
    ADD MAPPING FOR url WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.my_english
    ADD MAPPING FOR host WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.my_english
    ADD MAPPING FOR sfloat WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.my_english
    ADD MAPPING FOR version WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.my_english
    ADD MAPPING FOR hword_numpart WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.my_english
    ADD MAPPING FOR hword_part WITH english_stem;
ALTER TEXT SEARCH CONFIGURATION public.my_english
    ADD MAPPING FOR hword_asciipart WITH english_stem;
ALTER TEXT SEARCH CONFIGURATION public.my_english
    ADD MAPPING FOR numhword WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.my_english
    ADD MAPPING FOR asciihword WITH english_stem;
ALTER TEXT SEARCH CONFIGURATION public.my_english
    ADD MAPPING FOR hword WITH english_stem;
ALTER TEXT SEARCH CONFIGURATION public.my_english
    ADD MAPPING FOR url_path WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.my_english
    ADD MAPPING FOR file WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.my_english
    ADD MAPPING FOR "float" WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.my_english
    ADD MAPPING FOR "int" WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.my_english
    ADD MAPPING FOR uint WITH simple;
SET default_tablespace = '';
SET default_table_access_method = heap;
CREATE TABLE public.audit_rule_target (
    id integer,
    note text
);
CREATE UNLOGGED TABLE public.cache (
    k text NOT NULL,
    v jsonb
)
WITH (fillfactor='70', autovacuum_enabled='false');
CREATE TABLE public.kids (
    k integer,
    region text NOT NULL,
    pid integer
)
PARTITION BY LIST (region);
CREATE TABLE public.kids_a (
    k integer,
    region text NOT NULL,
    pid integer
);
CREATE TABLE public.parted (
    id integer NOT NULL,
    region text NOT NULL
)
PARTITION BY LIST (region);
CREATE TABLE public.parted_a (
    id integer NOT NULL,
    region text NOT NULL
);
CREATE TABLE public.parted_b (
    id integer NOT NULL,
    region text NOT NULL
);
CREATE TABLE public.ranges (
    id integer NOT NULL,
    during tstzrange
);
CREATE TABLE public.refs (
    rid integer NOT NULL,
    pid integer,
    pregion text
);
ALTER TABLE ONLY public.refs ALTER COLUMN pregion SET STATISTICS 500;
ALTER TABLE ONLY public.refs ALTER COLUMN pregion SET STORAGE MAIN;
ALTER TABLE ONLY public.refs REPLICA IDENTITY FULL;
CREATE TABLE public.tags (
    name text NOT NULL COLLATE public.ci
);
ALTER TABLE ONLY public.kids ATTACH PARTITION public.kids_a FOR VALUES IN ('a');
ALTER TABLE ONLY public.parted ATTACH PARTITION public.parted_a FOR VALUES IN ('a');
ALTER TABLE ONLY public.parted ATTACH PARTITION public.parted_b FOR VALUES IN ('b');
INSERT INTO public.audit_rule_target VALUES (1, 'kept');
INSERT INTO public.kids_a VALUES (100, 'a', 1);
INSERT INTO public.parted_a VALUES (1, 'a');
INSERT INTO public.parted_b VALUES (2, 'b');
INSERT INTO public.refs VALUES (10, 1, 'a');
INSERT INTO public.tags VALUES ('Hello');
ALTER TABLE ONLY public.cache
    ADD CONSTRAINT cache_pkey PRIMARY KEY (k);
ALTER TABLE ONLY public.parted
    ADD CONSTRAINT parted_pkey PRIMARY KEY (id, region);
ALTER TABLE ONLY public.parted_a
    ADD CONSTRAINT parted_a_pkey PRIMARY KEY (id, region);
ALTER TABLE ONLY public.parted_b
    ADD CONSTRAINT parted_b_pkey PRIMARY KEY (id, region);
ALTER TABLE ONLY public.ranges
    ADD CONSTRAINT ranges_during_excl EXCLUDE USING gist (during WITH &&);
ALTER TABLE ONLY public.ranges
    ADD CONSTRAINT ranges_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.refs
    ADD CONSTRAINT refs_pkey PRIMARY KEY (rid);
ALTER TABLE ONLY public.tags
    ADD CONSTRAINT tags_pkey PRIMARY KEY (name);
CREATE INDEX refs_pid ON public.refs USING btree (pid);
ALTER TABLE public.refs CLUSTER ON refs_pid;
ALTER INDEX public.parted_pkey ATTACH PARTITION public.parted_a_pkey;
ALTER INDEX public.parted_pkey ATTACH PARTITION public.parted_b_pkey;
CREATE STATISTICS public.refs_stats (ndistinct, dependencies) ON pid, pregion FROM public.refs;
CREATE RULE no_delete AS
    ON DELETE TO public.audit_rule_target DO INSTEAD NOTHING;
ALTER TABLE public.kids
    ADD CONSTRAINT kids_pid_region_fkey FOREIGN KEY (pid, region) REFERENCES public.parted(id, region);
ALTER TABLE ONLY public.refs
    ADD CONSTRAINT refs_pid_pregion_fkey FOREIGN KEY (pid, pregion) REFERENCES public.parted(id, region);
CREATE PUBLICATION pub_all WITH (publish = 'insert, update, delete, truncate');
ALTER PUBLICATION pub_all ADD TABLE ONLY public.refs;
`;
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
CREATE COLLATION public.ci (provider = icu, deterministic = false, locale = 'und-u-ks-level2');
ALTER COLLATION public.ci OWNER TO postgres;
CREATE TYPE public.pair AS (
	a integer,
	b integer
);
ALTER TYPE public.pair OWNER TO postgres;
CREATE FUNCTION public.add_sum(integer, integer) RETURNS integer
    LANGUAGE sql IMMUTABLE
    AS $_$SELECT $1 + $2$_$;
ALTER FUNCTION public.add_sum(integer, integer) OWNER TO postgres;
CREATE FUNCTION public.pair_eq(public.pair, public.pair) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $_$SELECT $1.a = $2.a$_$;
ALTER FUNCTION public.pair_eq(public.pair, public.pair) OWNER TO postgres;
CREATE AGGREGATE public.my_sum(integer) (
    SFUNC = public.add_sum,
    STYPE = integer,
    INITCOND = '0'
);
ALTER AGGREGATE public.my_sum(integer) OWNER TO postgres;
CREATE OPERATOR public.=== (
    FUNCTION = public.pair_eq,
    LEFTARG = public.pair,
    RIGHTARG = public.pair,
    COMMUTATOR = OPERATOR(public.===)
);
ALTER OPERATOR public.=== (public.pair, public.pair) OWNER TO postgres;
CREATE TEXT SEARCH CONFIGURATION public.my_english (
    PARSER = pg_catalog."default" );
ALTER TEXT SEARCH CONFIGURATION public.my_english
    ADD MAPPING FOR asciiword WITH english_stem;
ALTER TEXT SEARCH CONFIGURATION public.my_english
    ADD MAPPING FOR word WITH english_stem;
ALTER TEXT SEARCH CONFIGURATION public.my_english
    ADD MAPPING FOR numword WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.my_english
    ADD MAPPING FOR email WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.my_english
    ADD MAPPING FOR url WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.my_english
    ADD MAPPING FOR host WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.my_english
    ADD MAPPING FOR sfloat WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.my_english
    ADD MAPPING FOR version WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.my_english
    ADD MAPPING FOR hword_numpart WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.my_english
    ADD MAPPING FOR hword_part WITH english_stem;
ALTER TEXT SEARCH CONFIGURATION public.my_english
    ADD MAPPING FOR hword_asciipart WITH english_stem;
ALTER TEXT SEARCH CONFIGURATION public.my_english
    ADD MAPPING FOR numhword WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.my_english
    ADD MAPPING FOR asciihword WITH english_stem;
ALTER TEXT SEARCH CONFIGURATION public.my_english
    ADD MAPPING FOR hword WITH english_stem;
ALTER TEXT SEARCH CONFIGURATION public.my_english
    ADD MAPPING FOR url_path WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.my_english
    ADD MAPPING FOR file WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.my_english
    ADD MAPPING FOR "float" WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.my_english
    ADD MAPPING FOR "int" WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.my_english
    ADD MAPPING FOR uint WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.my_english OWNER TO postgres;
SET default_tablespace = '';
SET default_table_access_method = heap;
CREATE TABLE public.audit_rule_target (
    id integer,
    note text
);
ALTER TABLE public.audit_rule_target OWNER TO postgres;
CREATE UNLOGGED TABLE public.cache (
    k text NOT NULL,
    v jsonb
)
WITH (fillfactor='70', autovacuum_enabled='false');
ALTER TABLE public.cache OWNER TO postgres;
CREATE TABLE public.kids (
    k integer,
    region text NOT NULL,
    pid integer
)
PARTITION BY LIST (region);
ALTER TABLE public.kids OWNER TO postgres;
CREATE TABLE public.kids_a (
    k integer,
    region text NOT NULL,
    pid integer
);
ALTER TABLE public.kids_a OWNER TO postgres;
CREATE TABLE public.parted (
    id integer NOT NULL,
    region text NOT NULL
)
PARTITION BY LIST (region);
ALTER TABLE public.parted OWNER TO postgres;
CREATE TABLE public.parted_a (
    id integer NOT NULL,
    region text NOT NULL
);
ALTER TABLE public.parted_a OWNER TO postgres;
CREATE TABLE public.parted_b (
    id integer NOT NULL,
    region text NOT NULL
);
ALTER TABLE public.parted_b OWNER TO postgres;
CREATE TABLE public.ranges (
    id integer NOT NULL,
    during tstzrange
);
ALTER TABLE public.ranges OWNER TO postgres;
CREATE TABLE public.refs (
    rid integer NOT NULL,
    pid integer,
    pregion text
);
ALTER TABLE ONLY public.refs ALTER COLUMN pregion SET STATISTICS 500;
ALTER TABLE ONLY public.refs ALTER COLUMN pregion SET STORAGE MAIN;
ALTER TABLE ONLY public.refs REPLICA IDENTITY FULL;
ALTER TABLE public.refs OWNER TO postgres;
CREATE TABLE public.tags (
    name text NOT NULL COLLATE public.ci
);
ALTER TABLE public.tags OWNER TO postgres;
ALTER TABLE ONLY public.kids ATTACH PARTITION public.kids_a FOR VALUES IN ('a');
ALTER TABLE ONLY public.parted ATTACH PARTITION public.parted_a FOR VALUES IN ('a');
ALTER TABLE ONLY public.parted ATTACH PARTITION public.parted_b FOR VALUES IN ('b');
INSERT INTO public.audit_rule_target (id, note) VALUES (1, 'kept');
INSERT INTO public.kids_a (k, region, pid) VALUES (100, 'a', 1);
INSERT INTO public.parted_a (id, region) VALUES (1, 'a');
INSERT INTO public.parted_b (id, region) VALUES (2, 'b');
INSERT INTO public.refs (rid, pid, pregion) VALUES (10, 1, 'a');
INSERT INTO public.tags (name) VALUES ('Hello');
ALTER TABLE ONLY public.cache
    ADD CONSTRAINT cache_pkey PRIMARY KEY (k);
ALTER TABLE ONLY public.parted
    ADD CONSTRAINT parted_pkey PRIMARY KEY (id, region);
ALTER TABLE ONLY public.parted_a
    ADD CONSTRAINT parted_a_pkey PRIMARY KEY (id, region);
ALTER TABLE ONLY public.parted_b
    ADD CONSTRAINT parted_b_pkey PRIMARY KEY (id, region);
ALTER TABLE ONLY public.ranges
    ADD CONSTRAINT ranges_during_excl EXCLUDE USING gist (during WITH &&);
ALTER TABLE ONLY public.ranges
    ADD CONSTRAINT ranges_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.refs
    ADD CONSTRAINT refs_pkey PRIMARY KEY (rid);
ALTER TABLE ONLY public.tags
    ADD CONSTRAINT tags_pkey PRIMARY KEY (name);
CREATE INDEX refs_pid ON public.refs USING btree (pid);
ALTER TABLE public.refs CLUSTER ON refs_pid;
ALTER INDEX public.parted_pkey ATTACH PARTITION public.parted_a_pkey;
ALTER INDEX public.parted_pkey ATTACH PARTITION public.parted_b_pkey;
CREATE STATISTICS public.refs_stats (ndistinct, dependencies) ON pid, pregion FROM public.refs;
ALTER STATISTICS public.refs_stats OWNER TO postgres;
CREATE RULE no_delete AS
    ON DELETE TO public.audit_rule_target DO INSTEAD NOTHING;
ALTER TABLE public.kids
    ADD CONSTRAINT kids_pid_region_fkey FOREIGN KEY (pid, region) REFERENCES public.parted(id, region);
ALTER TABLE ONLY public.refs
    ADD CONSTRAINT refs_pid_pregion_fkey FOREIGN KEY (pid, pregion) REFERENCES public.parted(id, region);
`;

add('dump as one query', [INSERTS, 'SELECT count(*) FROM public.refs']);
add('schema-only dump statement by statement', statementsOf(SCHEMA));
add('inserts dump statement by statement', statementsOf(INSERTS));
add('column-inserts dump without publications as one query', [DUMPED, 'SELECT count(*) FROM public.kids']);
add('fk names toward a partitioned table seen in the same query', [
  `${INSERTS}\nSELECT conrelid::regclass::text AS t, conname, confrelid::regclass::text AS r FROM pg_catalog.pg_constraint WHERE contype = 'f' ORDER BY 1, 2, 3;`,
]);
add('fk violation toward a partition in the same query', [`${INSERTS}\nDELETE FROM public.parted_a;`]);

const use = (name: string, steps: ProbeStep[]) => add(name, ['SET search_path = public', ...steps], INSERTS);
use('fk constraints after load', [
  "SELECT conrelid::regclass::text AS t, conname, confrelid::regclass::text AS r, conparentid <> 0 AS cloned FROM pg_constraint WHERE contype = 'f' ORDER BY 1, 2, 3",
]);
use('fk violation from a plain table', ["INSERT INTO refs VALUES (11, 9, 'a')"]);
use('fk violation from a partitioned table', ["INSERT INTO kids VALUES (101, 'a', 9)"]);
use('delete a referenced partition row', ['DELETE FROM parted WHERE id = 1']);
use('delete through the partition', ['DELETE FROM parted_a']);
use('attached index partitions', [
  "SELECT inhrelid::regclass::text AS child, inhparent::regclass::text AS parent FROM pg_inherits JOIN pg_class c ON c.oid = inhrelid WHERE c.relkind = 'i' ORDER BY 1",
]);
use('column statistics target and storage', [
  "SELECT attname, attstattarget, attstorage FROM pg_attribute WHERE attrelid = 'refs'::regclass AND attnum > 0 ORDER BY attnum",
]);
use('replica identity and clustered index', [
  "SELECT relreplident FROM pg_class WHERE relname = 'refs'",
  "SELECT indexrelid::regclass::text, indisclustered FROM pg_index WHERE indrelid = 'refs'::regclass ORDER BY 1",
]);
use('extended statistics', ['SELECT stxname, stxkind FROM pg_statistic_ext ORDER BY 1']);
use('nondeterministic collation primary key', ["INSERT INTO tags VALUES ('HELLO')"]);
use('nondeterministic collation lookup', ["SELECT name FROM tags WHERE name = 'hello'"]);
use('aggregate from the dump', ['SELECT my_sum(x) AS s FROM generate_series(1, 4) x']);
use('operator from the dump', ['SELECT ROW(1, 2)::pair === ROW(1, 3)::pair AS eq']);
use('rule from the dump', ['DELETE FROM audit_rule_target', 'SELECT count(*) FROM audit_rule_target']);
use('text search configuration from the dump', [
  "SELECT to_tsvector('my_english', 'The running dogs')::text AS v",
]);
use('unlogged table options', ["SELECT relpersistence, reloptions FROM pg_class WHERE relname = 'cache'"]);
use('exclusion constraint from the dump', [
  "INSERT INTO ranges VALUES (1, '[2024-01-01, 2024-02-01)')",
  "INSERT INTO ranges VALUES (2, '[2024-01-15, 2024-03-01)')",
]);
use('rules in pg_rules', [
  "SELECT tablename, rulename, definition FROM pg_rules WHERE schemaname = 'public'",
]);

export default list.cases;
