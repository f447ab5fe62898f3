import { ADDED_SPAN, ADDED_START } from './pg15-body-marks.js';
import type { CatalogStatement } from './pg15-catalog.js';
import { CATALOG_ATTRIBUTES_FUNCTION, PG15_CATALOG_OIDS } from './pg15-catalog-attributes.js';
import { PG15_PG_PROC } from './pg15-proc-view.js';
import { sqlConformanceStatements } from './pg15-sql-features.js';

/**
 * information_schema.tables and .columns over the system schemas, as 15 lists them. PGlite's lists
 * hold what the catalog hides from 15's names (pg15-catalog.ts renames the relations 16-18 added
 * under `pglite18_`: pg_stat_io, pg_wait_events...) and the columns 16-18 added to catalogs
 * (pg_class.relallfrozen), so `WHERE table_schema = 'pg_catalog'` counted more than 15 does. Both
 * views are made again from PGlite's own definitions, without the hidden relations, and with a
 * catalog's columns limited to the ones 15's catalog has (by name, from the table pg_attribute
 * reads are answered from, pg15-catalog-attributes.ts: the view reads pg_attribute's own row type,
 * so a column 16-18 renamed or retyped is left out or shown as 18 has it); nor do they list the
 * fake's own schema
 * (`WHERE table_schema NOT IN ('pg_catalog', 'information_schema')`, as ORMs read a schema, listed
 * its bookkeeping table). An anchor not found fails the start, loudly.
 */
/** The schema of the fake's own reset bookkeeping (table-reset.ts), which no schema reader must list. */
const FAKE_SCHEMA = 'seams_fake';

export function informationSchemaSystemStatements(): CatalogStatement[] {
  return [
    {
      text: `DO $seams$
      DECLARE
        tables text := pg_catalog.pg_get_viewdef('information_schema.tables'::pg_catalog.regclass, true);
        columns text := pg_catalog.pg_get_viewdef('information_schema.columns'::pg_catalog.regclass, true);
        tables_anchor text := 'WHERE (c.relkind';
        columns_anchor text := 'FROM pg_attribute a';
      BEGIN
        -- Made already (the built-ins it calls are renamed too: the pattern is the mark).
        IF pg_catalog.strpos(tables, '''^pglite18_''') > 0 THEN
          RETURN;
        END IF;
        IF pg_catalog.strpos(tables, tables_anchor) = 0 OR pg_catalog.strpos(columns, columns_anchor) = 0 THEN
          RAISE EXCEPTION 'information_schema.tables or .columns is not defined as expected';
        END IF;
        EXECUTE 'CREATE OR REPLACE VIEW information_schema.tables AS '
          OPERATOR(pg_catalog.||) pg_catalog.replace(tables, tables_anchor,
            'WHERE c.relname OPERATOR(pg_catalog.!~) ''^pglite18_'' AND nc.nspname OPERATOR(pg_catalog.<>) ''${FAKE_SCHEMA}''
               AND (c.relkind');
        EXECUTE 'CREATE OR REPLACE VIEW information_schema.columns AS '
          OPERATOR(pg_catalog.||) pg_catalog.replace(columns, columns_anchor,
            'FROM (SELECT a.* FROM pg_catalog.pg_attribute a
               JOIN pg_catalog.pg_class r ON r.oid OPERATOR(pg_catalog.=) a.attrelid
               WHERE r.relname OPERATOR(pg_catalog.!~) ''^pglite18_''
                 AND pg_catalog.text(r.relnamespace::pg_catalog.regnamespace) OPERATOR(pg_catalog.<>) ''${FAKE_SCHEMA}''
                 AND (a.attrelid OPERATOR(pg_catalog.<>) ALL (''{${PG15_CATALOG_OIDS.join(',')}}''::pg_catalog.oid[])
                   OR (a.attrelid, a.attname) IN (SELECT v.attrelid, v.attname FROM ${CATALOG_ATTRIBUTES_FUNCTION} v))) a');
      END $seams$`,
      params: [],
    },
    // information_schema.domains without the fake's own domains (pg15-function-casts.ts: the
    // argument types of `int4(text)` and the like, `pglite18_call_int4`), which 15 has not.
    {
      text: `DO $seams$
      DECLARE
        domains text := pg_catalog.pg_get_viewdef('information_schema.domains'::pg_catalog.regclass, true);
        anchor text := E'FROM pg_type t\n';
      BEGIN
        IF pg_catalog.strpos(domains, '''^pglite18_''') > 0 THEN
          RETURN;
        END IF;
        IF pg_catalog.strpos(domains, anchor) = 0 THEN
          RAISE EXCEPTION 'information_schema.domains is not defined as expected';
        END IF;
        EXECUTE 'CREATE OR REPLACE VIEW information_schema.domains AS '
          OPERATOR(pg_catalog.||) pg_catalog.replace(domains, anchor,
            E'FROM (SELECT * FROM pg_catalog.pg_type WHERE typname OPERATOR(pg_catalog.!~) ''^pglite18_'') t\n');
      END $seams$`,
      params: [],
    },
    // information_schema.routines.routine_definition without what the fake adds to a PL/pgSQL
    // body (pg15-plpgsql-handlers.ts), as pg_proc.prosrc and pg_get_functiondef show it.
    {
      text: `DO $seams$
      DECLARE
        routines text := pg_catalog.pg_get_viewdef('information_schema.routines'::pg_catalog.regclass, true);
        anchor text := 'THEN p.prosrc';
      BEGIN
        IF pg_catalog.strpos(routines, '${ADDED_START}') > 0 THEN
          RETURN;
        END IF;
        IF pg_catalog.strpos(routines, anchor) = 0 THEN
          RAISE EXCEPTION 'information_schema.routines is not defined as expected';
        END IF;
        EXECUTE 'CREATE OR REPLACE VIEW information_schema.routines AS '
          OPERATOR(pg_catalog.||) pg_catalog.replace(routines, anchor,
            'THEN CASE WHEN p.prosrc OPERATOR(pg_catalog.~~) ''%${ADDED_START}%''
               THEN pg_catalog.regexp_replace(p.prosrc, ''${ADDED_SPAN}'', '''', ''g'') ELSE p.prosrc END');
      END $seams$`,
      params: [],
    },
    // information_schema's views over functions read pg_proc as 15 lists it (pg15-proc-view.ts): a
    // built-in the fake replaced with a SQL stand-in is the built-in again (INTERNAL, its C name,
    // its strictness), not the stand-in's SQL body; the hidden originals and the fake's helpers are
    // not listed (routines, parameters, routine_privileges and the usage views counted them). Each
    // FROM item `pg_proc p` (or `p1`, or a bare `pg_proc` a subquery names) becomes that reading.
    {
      text: `DO $seams$
      DECLARE
        view_name text;
        definition text;
      BEGIN
        FOREACH view_name IN ARRAY ARRAY['routines', 'parameters', 'routine_privileges', 'routine_routine_usage',
          'routine_column_usage', 'routine_sequence_usage', 'routine_table_usage', 'view_routine_usage',
          'check_constraint_routine_usage', 'element_types']
        LOOP
          definition := pg_catalog.pg_get_viewdef(('information_schema.' OPERATOR(pg_catalog.||) view_name)::pg_catalog.regclass, true);
          -- Made already (the alias is the mark).
          CONTINUE WHEN pg_catalog.strpos(definition, 'pg15_proc_reading') > 0;
          definition := pg_catalog.regexp_replace(definition, '(\\m)pg_proc (p1?)(?=[\\s,)])', '\\1@@pg15_proc@@ \\2', 'g');
          definition := pg_catalog.regexp_replace(definition, 'FROM pg_proc\\)', 'FROM @@pg15_proc@@ pg_proc)', 'g');
          IF pg_catalog.strpos(definition, '@@pg15_proc@@') = 0 THEN
            RAISE EXCEPTION 'information_schema.% reads pg_proc otherwise than expected', view_name;
          END IF;
          EXECUTE pg_catalog.format('CREATE OR REPLACE VIEW information_schema.%I AS ', view_name)
            OPERATOR(pg_catalog.||) pg_catalog.replace(definition, '@@pg15_proc@@',
              $proc$(SELECT * FROM (${PG15_PG_PROC}) pg15_proc_reading)$proc$);
        END LOOP;
      END $seams$`,
      params: [],
    },
    // sql_features, sql_parts and the DBMS VERSION as 15's initdb fills them.
    ...sqlConformanceStatements(),
  ];
}
