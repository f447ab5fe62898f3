import type { CatalogStatement } from './pg15-catalog.js';

/**
 * POSITION printed back as PostgreSQL 15 prints it once the pattern wrappers are switched in
 * (pg15-pattern-collations.ts). `position(a IN b)` is stored as a call of the function `position`;
 * PostgreSQL prints a call of the built-in's OID in SQL syntax, `POSITION((b) IN (a))`, and any
 * other function as a call: with the wrapper bound in its place, `"position"(a, b)`. The wrapper
 * cannot take the built-in's OID: a call of a built-in's OID runs its C function without reading
 * pg_proc (fmgr's fast path), so the wrapper's check would never run.
 *
 * So the functions that print stored expressions get wrappers of their own, switched in with the
 * pattern wrappers (the same `pglite18_nd_` prefix the switch-in looks for): each calls the
 * built-in and prints the wrapper's calls back in 15's syntax. A call's arguments show their
 * implicit casts (`(v)::text` for a varchar column) where 15's POSITION hides them, and an explicit
 * cast prints the same: an argument ending in a cast to text (other than a literal's) cannot be
 * told apart, and is refused (0A000) rather than printed either way. A call qualified by another
 * schema is a user's own function, left as printed. The views of pg_catalog and information_schema
 * (check_constraints, pg_indexes) call the built-ins by OID and still print the call, as does
 * pg_get_functiondef (a stand-in of pg15-catalog.ts already) for a BEGIN ATOMIC body.
 */

const HIDDEN = 'pglite18_';
const WRAPPER_PREFIX = `${HIDDEN}nd_`;
export const POSITION_SYNTAX = `pg_catalog.${HIDDEN}position_syntax`;

const REFUSAL =
  'an expression calling position() over an implicit cast, printed while nondeterministic collations are in use: PGlite prints it as a function call where PostgreSQL 15 prints POSITION(... IN ...) without the cast, and the fake cannot tell the two apart: run this test on the real server';

/** The deparsing built-ins, by name and arguments, that print a stored expression. */
const PRINTERS: readonly (readonly [string, readonly string[]])[] = [
  ['pg_get_constraintdef', ['oid']],
  ['pg_get_constraintdef', ['oid', 'boolean']],
  ['pg_get_expr', ['pg_node_tree', 'oid']],
  ['pg_get_expr', ['pg_node_tree', 'oid', 'boolean']],
  ['pg_get_indexdef', ['oid']],
  ['pg_get_indexdef', ['oid', 'integer', 'boolean']],
  ['pg_get_triggerdef', ['oid']],
  ['pg_get_triggerdef', ['oid', 'boolean']],
  ['pg_get_function_sqlbody', ['oid']],
  ['pg_get_partkeydef', ['oid']],
];

const printerStatement = ([name, args]: readonly [string, readonly string[]]): CatalogStatement => ({
  text: `CREATE OR REPLACE FUNCTION pg_catalog.${WRAPPER_PREFIX}${name}(${args.join(', ')}) RETURNS text
    LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE AS $$
    BEGIN
      RETURN ${POSITION_SYNTAX}(pg_catalog.${HIDDEN}${name}(${args.map((_, index) => `$${index + 1}`).join(', ')}));
    END $$`,
  params: [],
});

export const POSITION_DEPARSE_STATEMENTS: readonly CatalogStatement[] = [
  {
    // One pass over the printed text as ruleutils writes it: '...' literals and "..." names double
    // their quotes. A wrapper call's arguments are printed back the same way (they may hold calls).
    text: `CREATE OR REPLACE FUNCTION ${POSITION_SYNTAX}(printed text) RETURNS text
      LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE AS $$
      DECLARE
        n integer := pg_catalog.length(printed);
        i integer := 1;
        copied integer := 1;
        result text := '';
        call constant text := '"position"(';
        ch text;
        quote text;
        depth integer;
        start integer;
        j integer;
        args text[];
        plain boolean;
        first integer;
      BEGIN
        IF pg_catalog.strpos(printed, call) OPERATOR(pg_catalog.=) 0 THEN
          RETURN printed;
        END IF;
        -- Unqualified, the name is pg_catalog's wrapper only if the search path finds it first.
        plain := COALESCE((SELECT p.pronamespace OPERATOR(pg_catalog.=) 'pg_catalog'::pg_catalog.regnamespace
          FROM pg_catalog.pg_proc p
          WHERE p.oid OPERATOR(pg_catalog.=) pg_catalog.to_regprocedure('"position"(text,text)')), false);
        WHILE i OPERATOR(pg_catalog.<=) n LOOP
          ch := pg_catalog.substr(printed, i, 1);
          IF ch OPERATOR(pg_catalog.=) '"' AND pg_catalog.substr(printed, i, 11) OPERATOR(pg_catalog.=) call THEN
            first := i;
            IF i OPERATOR(pg_catalog.>) 11 AND pg_catalog.substr(printed, i OPERATOR(pg_catalog.-) 11, 11) OPERATOR(pg_catalog.=) 'pg_catalog.' THEN
              first := i OPERATOR(pg_catalog.-) 11;
            ELSIF pg_catalog.substr(printed, i OPERATOR(pg_catalog.-) 1, 1) OPERATOR(pg_catalog.=) '.' OR NOT plain THEN
              first := 0;
            END IF;
            IF first OPERATOR(pg_catalog.>) 0 THEN
              j := i OPERATOR(pg_catalog.+) 11;
              start := j;
              depth := 0;
              quote := NULL;
              args := '{}';
              WHILE j OPERATOR(pg_catalog.<=) n LOOP
                ch := pg_catalog.substr(printed, j, 1);
                IF quote IS NOT NULL THEN
                  IF ch OPERATOR(pg_catalog.=) quote THEN
                    IF pg_catalog.substr(printed, j OPERATOR(pg_catalog.+) 1, 1) OPERATOR(pg_catalog.=) quote THEN
                      j := j OPERATOR(pg_catalog.+) 1;
                    ELSE
                      quote := NULL;
                    END IF;
                  END IF;
                ELSIF ch OPERATOR(pg_catalog.=) '''' OR ch OPERATOR(pg_catalog.=) '"' THEN
                  quote := ch;
                ELSIF ch OPERATOR(pg_catalog.=) '(' THEN
                  depth := depth OPERATOR(pg_catalog.+) 1;
                ELSIF ch OPERATOR(pg_catalog.=) ')' AND depth OPERATOR(pg_catalog.>) 0 THEN
                  depth := depth OPERATOR(pg_catalog.-) 1;
                ELSIF ch OPERATOR(pg_catalog.=) ')' OR (ch OPERATOR(pg_catalog.=) ',' AND depth OPERATOR(pg_catalog.=) 0) THEN
                  args := args OPERATOR(pg_catalog.||) pg_catalog.btrim(pg_catalog.substr(printed, start, j OPERATOR(pg_catalog.-) start));
                  start := j OPERATOR(pg_catalog.+) 1;
                  EXIT WHEN ch OPERATOR(pg_catalog.=) ')';
                END IF;
                j := j OPERATOR(pg_catalog.+) 1;
              END LOOP;
              -- The wrapper takes two arguments; any other call is a user's function of that name.
              IF j OPERATOR(pg_catalog.<=) n AND pg_catalog.cardinality(args) OPERATOR(pg_catalog.=) 2 THEN
                IF EXISTS (SELECT FROM pg_catalog.unnest(args) a
                    WHERE a OPERATOR(pg_catalog.~) '::text$' AND a OPERATOR(pg_catalog.!~) '^E?''([^'']|'''')*''::text$') THEN
                  RAISE EXCEPTION USING ERRCODE = 'feature_not_supported', MESSAGE = '${REFUSAL}';
                END IF;
                result := result OPERATOR(pg_catalog.||) pg_catalog.substr(printed, copied, first OPERATOR(pg_catalog.-) copied)
                  OPERATOR(pg_catalog.||) 'POSITION((' OPERATOR(pg_catalog.||) ${POSITION_SYNTAX}(args[2])
                  OPERATOR(pg_catalog.||) ') IN (' OPERATOR(pg_catalog.||) ${POSITION_SYNTAX}(args[1]) OPERATOR(pg_catalog.||) '))';
                i := j OPERATOR(pg_catalog.+) 1;
                copied := i;
                CONTINUE;
              END IF;
            END IF;
          END IF;
          IF ch OPERATOR(pg_catalog.=) '''' OR ch OPERATOR(pg_catalog.=) '"' THEN
            -- Past the literal or name, its doubled quotes included.
            quote := ch;
            i := i OPERATOR(pg_catalog.+) 1;
            WHILE i OPERATOR(pg_catalog.<=) n LOOP
              IF pg_catalog.substr(printed, i, 1) OPERATOR(pg_catalog.=) quote THEN
                EXIT WHEN pg_catalog.substr(printed, i OPERATOR(pg_catalog.+) 1, 1) OPERATOR(pg_catalog.<>) quote;
                i := i OPERATOR(pg_catalog.+) 1;
              END IF;
              i := i OPERATOR(pg_catalog.+) 1;
            END LOOP;
          END IF;
          i := i OPERATOR(pg_catalog.+) 1;
        END LOOP;
        RETURN result OPERATOR(pg_catalog.||) pg_catalog.substr(printed, copied);
      END $$`,
    params: [],
  },
  ...PRINTERS.map(printerStatement),
];
