import { describe, expect, it } from 'vitest';
import { toPg15 } from './pg15-dialect.js';

describe('function and DO bodies as PostgreSQL 15 parses them', () => {
  it("quotes 16-18's keywords inside SQL and PL/pgSQL bodies, as in a statement", () => {
    expect(
      toPg15(
        'CREATE FUNCTION isj(t text) RETURNS boolean LANGUAGE plpgsql AS $$ BEGIN RETURN t IS JSON; END $$',
      )?.text,
    ).toBe(
      'CREATE FUNCTION isj(t text) RETURNS boolean LANGUAGE plpgsql AS $$ BEGIN RETURN t IS "json"; END $$',
    );
    expect(
      toPg15("CREATE FUNCTION js() RETURNS json LANGUAGE sql AS 'SELECT JSON_OBJECT(''a'': 1)'")?.text,
    ).toBe(`CREATE FUNCTION js() RETURNS "json" LANGUAGE sql AS 'SELECT "json_object"(''a'': 1)'`);
    expect(toPg15('DO $d$ DECLARE j json; BEGIN END $d$')?.text).toBe(
      'DO $d$ DECLARE j "json"; BEGIN END $d$',
    );
  });

  it('leaves bodies of other languages and bodies without newer keywords alone', () => {
    expect(toPg15('CREATE FUNCTION f() RETURNS int LANGUAGE plpython3u AS $$ return json $$')?.text).toBe(
      undefined,
    );
    expect(toPg15('CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$')).toBeUndefined();
  });

  it('fails RETURNING old.x in a SQL body with 42P01, and refuses it in a PL/pgSQL function', () => {
    expect(
      toPg15('CREATE FUNCTION u() RETURNS int LANGUAGE sql AS $$ UPDATE r SET a = 2 RETURNING old.a $$')
        ?.refusal?.code,
    ).toBe('42P01');
    expect(
      toPg15(
        'CREATE FUNCTION u() RETURNS int LANGUAGE plpgsql AS $$ DECLARE o int; BEGIN UPDATE r SET a = 2 RETURNING old.a INTO o; RETURN o; END $$',
      )?.refusal?.code,
    ).toBe('0A000');
    expect(toPg15('DO $$ BEGIN DELETE FROM r RETURNING new.a; END $$')?.refusal?.code).toBe('42P01');
  });

  it("keeps a trigger function's OLD and a table named old in RETURNING", () => {
    expect(
      toPg15(
        'CREATE FUNCTION t() RETURNS trigger LANGUAGE plpgsql AS $$ DECLARE v int; BEGIN UPDATE r SET a = 1 WHERE id = OLD.id RETURNING OLD.id INTO v; RETURN NEW; END $$',
      )?.refusal,
    ).toBeUndefined();
    expect(
      toPg15(
        'CREATE FUNCTION u() RETURNS int LANGUAGE sql AS $$ UPDATE r SET a = 2 FROM old WHERE true RETURNING old.a $$',
      )?.refusal,
    ).toBeUndefined();
  });

  it("checks a routine's SET and RESET settings as SET does", () => {
    expect(toPg15('ALTER FUNCTION f() SET debug_parallel_query = on')?.refusal?.code).toBe('42704');
    expect(
      toPg15(
        "CREATE FUNCTION f() RETURNS int LANGUAGE sql SET icu_validation_level = 'warning' AS $$ SELECT 1 $$",
      )?.refusal?.code,
    ).toBe('42704');
    expect(toPg15('ALTER PROCEDURE p() SET force_parallel_mode = off')?.refusal?.code).toBe('0A000');
    expect(toPg15('ALTER FUNCTION f() SET search_path = public')?.refusal).toBeUndefined();
    expect(
      toPg15(
        'CREATE FUNCTION f() RETURNS void LANGUAGE sql BEGIN ATOMIC UPDATE t SET debug_parallel_query = 1; END',
      )?.refusal,
    ).toBeUndefined();
  });

  it('leaves a constant 15 rejects in a body to the input stand-ins, which fail where 15 does', () => {
    // A SQL body is analysed at creation, a PL/pgSQL statement when it runs: on both servers alike.
    expect(
      toPg15("CREATE FUNCTION f() RETURNS interval LANGUAGE sql AS $$ SELECT 'infinity'::interval $$")
        ?.refusal,
    ).toBeUndefined();
    expect(
      toPg15(
        "CREATE FUNCTION f() RETURNS interval LANGUAGE plpgsql AS $$ BEGIN RETURN 'infinity'::interval; END $$",
      )?.refusal,
    ).toBeUndefined();
  });

  it("reads 15's catalog columns inside a body", () => {
    const text = toPg15(
      "CREATE FUNCTION cn() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM pg_constraint WHERE conrelid = 'nn'::regclass $$",
    )?.text;
    expect(text).toMatch(/FROM \(SELECT .* pg_constraint WHERE conrelid/s);
  });

  it('guards a SQL body running DDL before other statements, for check_function_bodies off', () => {
    const guarded = toPg15(
      'CREATE FUNCTION mk() RETURNS bigint LANGUAGE sql AS $$ CREATE TABLE made (x int); SELECT count(*) FROM made; $$',
    );
    expect(guarded?.text).toMatch(/^SELECT pg_catalog\.pglite18_sql_body_ddl\(\); CREATE FUNCTION mk/);
    expect(
      toPg15(
        'CREATE FUNCTION mk() RETURNS void LANGUAGE sql AS $$ INSERT INTO t VALUES (1); DROP TABLE u; $$',
      ),
    ).toBeUndefined();
    expect(
      toPg15(
        'CREATE FUNCTION mk() RETURNS void LANGUAGE plpgsql AS $$ BEGIN CREATE TABLE made (x int); INSERT INTO made VALUES (1); END $$',
      ),
    ).toBeUndefined();
  });

  it('lets a foreign_key_violation handler catch a RESTRICT violation, as 15 raises it as 23503', () => {
    expect(
      toPg15(
        "CREATE FUNCTION d() RETURNS text LANGUAGE plpgsql AS $$ BEGIN DELETE FROM p; RETURN 'ok'; EXCEPTION WHEN unique_violation OR foreign_key_violation THEN RETURN 'used'; WHEN SQLSTATE '23503' THEN RETURN 'x'; END $$",
      )?.text,
    ).toBe(
      "CREATE FUNCTION d() RETURNS text LANGUAGE plpgsql AS $$ BEGIN DELETE FROM p; RETURN 'ok'; EXCEPTION WHEN unique_violation OR foreign_key_violation/*<*/ OR restrict_violation/*>*/ THEN RETURN 'used'; WHEN SQLSTATE '23503'/*<*/ OR restrict_violation/*>*/ THEN RETURN 'x'; END $$",
    );
    expect(
      toPg15(
        "CREATE FUNCTION d() RETURNS int LANGUAGE sql AS $$ SELECT 1 WHERE 'foreign_key_violation' <> '' $$",
      ),
    ).toBeUndefined();
  });

  it('lets an invalid_parameter_value handler catch a json_build_object NULL key, as 15 raises it', () => {
    expect(
      toPg15(
        'DO $$ BEGIN PERFORM json_build_object(NULL, 1); EXCEPTION WHEN invalid_parameter_value THEN NULL; END $$',
      )?.text,
    ).toBe(
      'DO $$ BEGIN PERFORM json_build_object(NULL, 1); EXCEPTION WHEN invalid_parameter_value/*<*/ OR null_value_not_allowed/*>*/ THEN NULL; END $$',
    );
    expect(
      toPg15(
        'DO $$ BEGIN PERFORM jsonb_build_object(NULL, 1); EXCEPTION WHEN invalid_parameter_value THEN NULL; END $$',
      ),
    ).toBeUndefined();
  });
});
