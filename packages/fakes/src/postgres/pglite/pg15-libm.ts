import type { CatalogStatement } from './pg15-catalog.js';

/**
 * sin() and cos() as a PostgreSQL 15 server computes them. 15 calls the C library's sin and cos:
 * glibc's, which round correctly but in rare cases; PGlite's WASM build links musl's, which is off
 * by one unit in the last place for some arguments (`sin(8 * (2 * pi() / 12))` is
 * -0.8660254037844384 on 15, -0.8660254037844385 on PGlite), and so is polygon(circle), which
 * places its points with them. The stand-ins compute the correctly rounded value in numeric (the
 * argument's exact binary value, reduced by a 100-digit pi, a Taylor series to 70 places), which
 * is glibc's answer wherever glibc rounds correctly. Infinite and huge arguments go to the
 * built-in (its error, its reduction).
 */

/** pg15-catalog.ts's PG15_HIDDEN_PREFIX (that module imports this one). */
const PREFIX = 'pglite18_';
const P = `pg_catalog.${PREFIX}`;

/** The built-ins the stand-ins below replace (renamed with the hidden prefix, still called). */
export const LIBM_BUILTINS: readonly string[] = [
  'sin(double precision)',
  'cos(double precision)',
  'polygon(integer,circle)',
];

const PI_100 =
  '3.1415926535897932384626433832795028841971693993751058209749445923078164062862089986280348253421170679';

const STAND_INS: readonly CatalogStatement[] = [
  {
    text: `CREATE OR REPLACE FUNCTION ${P}sincos(x double precision, cosine boolean) RETURNS double precision
      LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE SET search_path = pg_catalog AS $$
      DECLARE
        bits bigint;
        shift int;
        value numeric;
        half_pi numeric := ${PI_100} / 2;
        quadrant int;
        r numeric;
        r2 numeric;
        term numeric;
        total numeric;
        step int := 0;
        sine boolean;
      BEGIN
        IF x <> x THEN RETURN x; END IF;
        IF abs(x) > 1073741824 THEN
          RETURN CASE WHEN cosine THEN ${P}cos(x) ELSE ${P}sin(x) END;
        END IF;
        -- Below 2^-30 the correctly rounded answers are x and 1.
        IF abs(x) < 9.313225746154785e-10 THEN RETURN CASE WHEN cosine THEN 1::float8 ELSE x END; END IF;
        bits := ('x' || encode(float8send(x), 'hex'))::bit(64)::bigint;
        shift := 1075 - ((bits >> 52) & 2047)::int;
        value := ((bits & 4503599627370495) + 4503599627370496)::numeric;
        -- m * 2^-shift, exactly: m * 5^shift * 10^-shift.
        FOR i IN 1 .. shift LOOP value := value * 5; END LOOP;
        value := value * ('1e-' || shift)::numeric;
        IF bits < 0 THEN value := -value; END IF;
        quadrant := round(value / half_pi)::int;
        r := round(value - quadrant * half_pi, 90);
        quadrant := ((quadrant % 4) + 4) % 4 + CASE WHEN cosine THEN 1 ELSE 0 END;
        sine := quadrant % 2 = 0;
        r2 := round(r * r, 90);
        IF sine THEN term := r; ELSE term := 1; END IF;
        total := term;
        LOOP
          step := step + 2;
          term := round(-term * r2 / CASE WHEN sine THEN step * (step + 1) ELSE (step - 1) * step END, 90);
          EXIT WHEN term = 0;
          total := total + term;
        END LOOP;
        IF quadrant % 4 >= 2 THEN total := -total; END IF;
        RETURN round(total, 70)::float8;
      END $$`,
    params: [],
  },
  {
    text: `CREATE OR REPLACE FUNCTION pg_catalog.sin(double precision) RETURNS double precision
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT ${P}sincos($1, false) $$`,
    params: [],
  },
  {
    text: `CREATE OR REPLACE FUNCTION pg_catalog.cos(double precision) RETURNS double precision
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT ${P}sincos($1, true) $$`,
    params: [],
  },
  {
    // 15's circle_poly: its checks (the built-in's errors), then each point at angle step * i as
    // center.x - radius * cos(angle), center.y + radius * sin(angle), in float8 as C computes it.
    text: `CREATE OR REPLACE FUNCTION pg_catalog.polygon(integer, circle) RETURNS polygon
      LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE SET search_path = pg_catalog SET extra_float_digits = 3 AS $$
      DECLARE
        checked polygon := ${P}polygon($1, $2);
        step float8 := (2::float8 * pi()) / $1;
        cx float8 := (center($2))[0];
        cy float8 := (center($2))[1];
        r float8 := radius($2);
      BEGIN
        RETURN ('(' || (SELECT string_agg(format('(%s,%s)',
            cx - r * ${P}sincos(step * i, true), cy + r * ${P}sincos(step * i, false)), ',' ORDER BY i)
          FROM generate_series(0, $1 - 1) AS i) || ')')::polygon;
      END $$`,
    params: [],
  },
  {
    text: `CREATE OR REPLACE FUNCTION pg_catalog.polygon(circle) RETURNS polygon
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT pg_catalog.polygon(12, $1) $$`,
    params: [],
  },
];

/** The built-ins renamed (internal ones only: run twice, a no-op), then the stand-ins made. */
export function pg15LibmStatements(): CatalogStatement[] {
  return [
    {
      text: `UPDATE pg_catalog.pg_proc SET proname = $1 OPERATOR(pg_catalog.||) proname
        WHERE oid IN (SELECT pg_catalog.to_regprocedure(s) FROM pg_catalog.jsonb_array_elements_text($2::jsonb) AS s)
          AND prolang = (SELECT oid FROM pg_catalog.pg_language WHERE lanname = 'internal')`,
      params: [PREFIX, JSON.stringify(LIBM_BUILTINS)],
    },
    ...STAND_INS,
  ];
}
