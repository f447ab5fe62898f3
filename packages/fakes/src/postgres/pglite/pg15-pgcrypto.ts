/**
 * pg15-catalog.ts's PG15_HIDDEN_PREFIX (a test checks they agree), spelled out: that module reaches
 * this one through contrib-extensions.ts, so importing it here would be a cycle.
 */
export const HIDDEN_PREFIX = 'pglite18_';

/**
 * pgcrypto's `crypt()` and `gen_salt()` as PostgreSQL 15's answer: 18's pgcrypto added the
 * SHA-crypt algorithms, so `gen_salt('sha256crypt')` returns a salt where 15 raises 22023 ("Unknown
 * salt algorithm"), and `crypt(pw, '$5$...')` / `'$6$...'` hashes with SHA-256/512 where 15 took the
 * salt for a traditional DES one (its first two characters; `$` reads as `.` there).
 *
 * The install script's C functions are put under hidden names in pg_catalog, outside the extension
 * (so `pg_depend` lists the members a 15 server does), and `crypt` and `gen_salt` become SQL
 * functions of the same signature, volatility, strictness and parallel safety calling them: each
 * body is a single call of a strict function, which the planner inlines, and the hidden functions'
 * frames are left out of error reports (pglite-engine.ts), so an error reads as 15's.
 */
export function withPg15Crypt(script: string): string {
  let replaced = script;
  for (const [signature, symbol] of C_FUNCTIONS) {
    const definition = new RegExp(
      `CREATE FUNCTION ${signature.replace(/[()]/g, '\\$&')}\\s+RETURNS text\\s+AS 'MODULE_PATHNAME', '${symbol}'\\s+LANGUAGE C (\\w+) STRICT PARALLEL SAFE;`,
    );
    const found = definition.exec(replaced);
    if (!found) return script;
    const [name, args] = [
      signature.slice(0, signature.indexOf('(')),
      signature.slice(signature.indexOf('(')),
    ];
    const params = args === '(text, text)' || args === '(text, int4)' ? '$1, $2' : '$1';
    // A function, not a string: `$$` and `$1` in a replacement string are patterns.
    replaced = replaced.replace(
      definition,
      () =>
        `CREATE FUNCTION ${signature}\nRETURNS text\nLANGUAGE sql ${found[1]} STRICT PARALLEL SAFE\nAS $$ SELECT ${HIDDEN}${name}(${params}) $$;`,
    );
  }
  return `${HELPERS}\n${replaced}\n${UNLISTED}`;
}

const HIDDEN = `pg_catalog.${HIDDEN_PREFIX}`;

/**
 * The SQL stand-ins' signatures, for pg15-wrapper-frames.ts: a stand-in the planner evaluates rather
 * than inlines (`crypt()` of constants) leaves a frame of its own on an error, where 15's C function
 * leaves none.
 */
export const PGCRYPTO_REPLACED_SIGNATURES: readonly string[] = [
  'crypt(text,text)',
  'gen_salt(text)',
  'gen_salt(text,integer)',
];

/** The install script's definitions replaced, with the C symbol each calls. */
const C_FUNCTIONS: readonly (readonly [signature: string, symbol: string])[] = [
  ['crypt(text, text)', 'pg_crypt'],
  ['gen_salt(text)', 'pg_gen_salt'],
  ['gen_salt(text, int4)', 'pg_gen_salt_rounds'],
];

/** 15's error for a salt algorithm its pgcrypto does not have. */
const UNKNOWN_ALGORITHM = `${HIDDEN}raise('22023', 'gen_salt: Unknown salt algorithm', NULL::text)`;
const SHA_CRYPT = `pg_catalog.lower($1) OPERATOR(pg_catalog.=) ANY ('{sha256crypt,sha512crypt}'::text[])`;

/**
 * The hidden functions, dropped first: a function that exists and is not a member of the extension
 * being created cannot be replaced by its script (they outlive DROP EXTENSION, being no members).
 */
const HELPERS = `
-- Seams fake: crypt() and gen_salt() as PostgreSQL 15's pgcrypto answers them (pg15-pgcrypto.ts).
DROP FUNCTION IF EXISTS ${HIDDEN}c_crypt(text, text), ${HIDDEN}c_gen_salt(text), ${HIDDEN}c_gen_salt(text, int4),
  ${HIDDEN}crypt(text, text), ${HIDDEN}gen_salt(text), ${HIDDEN}gen_salt(text, int4);
CREATE FUNCTION ${HIDDEN}c_crypt(text, text) RETURNS text
  AS 'MODULE_PATHNAME', 'pg_crypt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION ${HIDDEN}c_gen_salt(text) RETURNS text
  AS 'MODULE_PATHNAME', 'pg_gen_salt' LANGUAGE C VOLATILE STRICT PARALLEL SAFE;
CREATE FUNCTION ${HIDDEN}c_gen_salt(text, int4) RETURNS text
  AS 'MODULE_PATHNAME', 'pg_gen_salt_rounds' LANGUAGE C VOLATILE STRICT PARALLEL SAFE;
CREATE FUNCTION ${HIDDEN}crypt(text, text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT CASE WHEN pg_catalog.substr($2, 1, 3) OPERATOR(pg_catalog.=) ANY ('{$5$,$6$}'::text[])
    THEN '$' OPERATOR(pg_catalog.||) pg_catalog.substr(${HIDDEN}c_crypt($1, '.' OPERATOR(pg_catalog.||) pg_catalog.substr($2, 2, 1)), 2)
    ELSE ${HIDDEN}c_crypt($1, $2) END $$;
CREATE FUNCTION ${HIDDEN}gen_salt(text) RETURNS text LANGUAGE sql VOLATILE STRICT PARALLEL SAFE AS $$
  SELECT CASE WHEN ${SHA_CRYPT} THEN ${UNKNOWN_ALGORITHM} ELSE ${HIDDEN}c_gen_salt($1) END $$;
CREATE FUNCTION ${HIDDEN}gen_salt(text, int4) RETURNS text LANGUAGE sql VOLATILE STRICT PARALLEL SAFE AS $$
  SELECT CASE WHEN ${SHA_CRYPT} THEN ${UNKNOWN_ALGORITHM} ELSE ${HIDDEN}c_gen_salt($1, $2) END $$;
`;

/** The hidden functions are no members: a 15 server's pgcrypto has none of them. */
const UNLISTED = `
DELETE FROM pg_catalog.pg_depend
 WHERE classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND deptype = 'e'
   AND refobjid = (SELECT oid FROM pg_catalog.pg_extension WHERE extname = 'pgcrypto')
   AND objid IN (SELECT oid FROM pg_catalog.pg_proc WHERE pronamespace = 'pg_catalog'::pg_catalog.regnamespace
                 AND proname OPERATOR(pg_catalog.~~) '${HIDDEN_PREFIX.replace('_', '\\_')}%');
`;
