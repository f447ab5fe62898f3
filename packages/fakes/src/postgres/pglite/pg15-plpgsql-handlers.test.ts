import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';
import { withoutAddedSpans } from './pg15-body-marks.js';
import { toPg15 } from './pg15-dialect.js';
import { handlerEdits, nullKeyArgument } from './pg15-plpgsql-handlers.js';

/** Starting PGlite takes seconds on a busy machine. */
const PGLITE_START_MS = 60_000;

const rewritten = (body: string): string => {
  const edits = handlerEdits(body);
  let out = '';
  let at = 0;
  for (const edit of edits) {
    out += body.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + body.slice(at);
};

describe('what PL/pgSQL exception handlers read, as PostgreSQL 15 gives it', () => {
  it('leaves bodies without exception handlers alone', () => {
    expect(handlerEdits("BEGIN RAISE EXCEPTION 'x' USING ERRCODE = 'P0001'; END")).toEqual([]);
    expect(handlerEdits('BEGIN RETURN sqlstate; END')).toEqual([]);
  });

  it('reads SQLSTATE and SQLERRM through 15 codes and messages, only inside handlers', () => {
    const out = rewritten(
      "BEGIN x := 'sqlstate'; DELETE FROM p; EXCEPTION WHEN unique_violation THEN RETURN SQLSTATE || SQLERRM; END",
    );
    expect(out).toContain("x := 'sqlstate';");
    expect(out).toContain("THEN '23503'");
    expect(out).toContain('ELSE /*>*/SQLSTATE/*<*/ END)/*>*/ || /*<*/(CASE');
    expect(out).toContain('ELSE /*>*/SQLERRM/*<*/ END)/*>*/; END');
    expect(out).not.toContain('\n');
  });

  it('leaves columns named sqlstate alone: qualified, aliased, set or in an INSERT column list', () => {
    const body =
      "BEGIN PERFORM 1; EXCEPTION WHEN others THEN INSERT INTO log (sqlstate, m) VALUES (1, 2); INSERT INTO public.log(sqlerrm) SELECT r.sqlstate AS sqlstate FROM log r; UPDATE log SET sqlstate = 'x'; END";
    const out = rewritten(body);
    expect(out).toContain(
      'INSERT INTO log (sqlstate, m) VALUES (1, 2); INSERT INTO public.log(sqlerrm) SELECT r.sqlstate AS sqlstate FROM log r; UPDATE log SET sqlstate = ',
    );
  });

  it('keeps condition positions (WHEN SQLSTATE, RAISE SQLSTATE) as written', () => {
    const out = rewritten(
      "BEGIN PERFORM 1; EXCEPTION WHEN SQLSTATE '22012' THEN RAISE SQLSTATE '22012'; WHEN SQLSTATE '23503' THEN NULL; END",
    );
    expect(out).toBe(
      "BEGIN PERFORM 1; EXCEPTION WHEN SQLSTATE '22012' THEN RAISE SQLSTATE '22012'; WHEN SQLSTATE '23503'/*<*/ OR restrict_violation/*>*/ THEN NULL; END",
    );
  });

  it('tells a handler WHEN from a CASE WHEN inside the handler', () => {
    const out = rewritten(
      "BEGIN PERFORM 1; EXCEPTION WHEN division_by_zero THEN RETURN CASE WHEN true THEN 'a' END; WHEN foreign_key_violation THEN NULL; END",
    );
    expect(out).toContain(
      "RETURN CASE WHEN true THEN 'a' END; WHEN foreign_key_violation/*<*/ OR restrict_violation/*>*/ THEN NULL; END",
    );
  });

  it('puts GET STACKED DIAGNOSTICS items back after the statement, := or =', () => {
    const out = rewritten(
      'BEGIN PERFORM 1; EXCEPTION WHEN others THEN GET STACKED DIAGNOSTICS s := RETURNED_SQLSTATE, c = PG_EXCEPTION_CONTEXT; RETURN s; END',
    );
    expect(out).toMatch(
      /PG_EXCEPTION_CONTEXT;\/\*<\*\/ s := \(CASE .* c := regexp_replace\(regexp_replace\(c, /,
    );
    expect(out).toContain(`'^PL/pgSQL expression "', 'SQL expression "', 'gn')`);
  });

  it('starts an OTHERS handler with refusals of what 15 answers otherwise, and re-raises the fake refusals', () => {
    const out = rewritten('BEGIN PERFORM 1; EXCEPTION WHEN others THEN NULL; END');
    expect(out).toContain("IF SQLSTATE = '0A000' AND SQLERRM ~ ");
    expect(out).toContain('THEN RAISE; END IF;');
    expect(out).toContain('unit letter before each field');
    // A handler that cannot catch those starts as written.
    expect(rewritten('BEGIN PERFORM 1; EXCEPTION WHEN division_by_zero THEN NULL; END')).toBe(
      'BEGIN PERFORM 1; EXCEPTION WHEN division_by_zero THEN NULL; END',
    );
  });

  it('encloses every addition in marks, so that dropping them gives the body as written', () => {
    for (const body of [
      "BEGIN DELETE FROM p; EXCEPTION WHEN others THEN RETURN SQLSTATE || ' ' || sqlerrm; END",
      'BEGIN PERFORM 1; EXCEPTION WHEN foreign_key_violation THEN GET STACKED DIAGNOSTICS s = RETURNED_SQLSTATE, d = PG_EXCEPTION_DETAIL, c = PG_EXCEPTION_CONTEXT; END',
    ])
      expect(withoutAddedSpans(rewritten(body))).toBe(body);
  });

  it("numbers json_build_object's NULL key as 15 does", () => {
    expect(nullKeyArgument("SELECT json_build_object('a', 1, NULL, 2)")).toBe(3);
    expect(nullKeyArgument('SELECT json_build_object(k, 1)')).toBeUndefined();
  });

  it('rewrites CREATE FUNCTION and DO bodies through the dialect', () => {
    expect(
      toPg15("DO $$ BEGIN DELETE FROM p; EXCEPTION WHEN others THEN RAISE NOTICE '%', SQLSTATE; END $$")
        ?.text,
    ).toContain("THEN '23503'");
  });

  it(
    'answers on PGlite as 15: RESTRICT read as 23503, a stand-in frame and 18 wording left out of the context',
    async () => {
      const { pool } = await createFakePostgres({
        engine: 'pglite',
        migrations: [
          {
            name: 'fk',
            sql: 'CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (pid int REFERENCES p ON DELETE RESTRICT); INSERT INTO p VALUES (1); INSERT INTO c VALUES (1)',
          },
        ],
      });
      const client = await pool.connect();
      try {
        await client.query(
          "CREATE FUNCTION del() RETURNS text LANGUAGE plpgsql AS $$ DECLARE s text; m text; BEGIN DELETE FROM p; RETURN 'ok'; EXCEPTION WHEN others THEN GET STACKED DIAGNOSTICS s = RETURNED_SQLSTATE, m = MESSAGE_TEXT; RETURN SQLSTATE || ' ' || s || ' ' || m; END $$",
        );
        expect((await client.query('SELECT del() AS v')).rows).toEqual([
          {
            v: '23503 23503 update or delete on table "p" violates foreign key constraint "c_pid_fkey" on table "c"',
          },
        ]);
        const prosrc = await client.query("SELECT prosrc FROM pg_proc WHERE proname = 'del'");
        expect(prosrc.rows[0].prosrc).toBe(
          " DECLARE s text; m text; BEGIN DELETE FROM p; RETURN 'ok'; EXCEPTION WHEN others THEN GET STACKED DIAGNOSTICS s = RETURNED_SQLSTATE, m = MESSAGE_TEXT; RETURN SQLSTATE || ' ' || s || ' ' || m; END ",
        );
        const routine = await client.query(
          "SELECT routine_definition AS d FROM information_schema.routines WHERE routine_name = 'del'",
        );
        expect(routine.rows[0].d).toBe(prosrc.rows[0].prosrc);
        const definition = await client.query("SELECT pg_get_functiondef('del'::regproc) AS d");
        expect(definition.rows[0].d).not.toContain('/*<*/');
        expect(definition.rows[0].d).toContain('EXCEPTION WHEN others THEN GET STACKED DIAGNOSTICS');
        await client.query(
          "CREATE FUNCTION ctx() RETURNS text LANGUAGE plpgsql AS $$ DECLARE c text; BEGIN IF 1 / 0 > 0 THEN NULL; END IF; RETURN 'ok'; EXCEPTION WHEN others THEN GET STACKED DIAGNOSTICS c = PG_EXCEPTION_CONTEXT; RETURN c; END $$",
        );
        expect((await client.query('SELECT ctx() AS v')).rows).toEqual([
          { v: 'SQL expression "1 / 0 > 0"\nPL/pgSQL function ctx() line 1 at IF' },
        ]);
        await client.query(
          "CREATE FUNCTION td() RETURNS text LANGUAGE plpgsql AS $$ DECLARE c text; BEGIN PERFORM to_date('2024-02-31', 'YYYY-MM-DD'); RETURN 'ok'; EXCEPTION WHEN others THEN GET STACKED DIAGNOSTICS c = PG_EXCEPTION_CONTEXT; RETURN c; END $$",
        );
        expect((await client.query('SELECT td() AS v')).rows).toEqual([
          {
            v: `SQL statement "SELECT to_date('2024-02-31', 'YYYY-MM-DD')"\nPL/pgSQL function td() line 1 at PERFORM`,
          },
        ]);
        await expect(
          client.query(
            "DO $$ BEGIN PERFORM 'y2024m02d29'::date; EXCEPTION WHEN others THEN RAISE NOTICE 'caught'; END $$",
          ),
        ).rejects.toMatchObject({ code: '0A000' });
      } finally {
        client.release();
        await pool.end();
      }
    },
    PGLITE_START_MS * 3,
  );
});
