import { describe, expect, it } from 'vitest';
import { SessionObjects } from './session-objects.js';

describe('SessionObjects', () => {
  it('keeps each connection’s temporary tables, prepared statements and held cursors to it', () => {
    const objects = new SessionObjects();
    objects.record(1, 'CREATE TEMP TABLE scratch (x int)');
    objects.record(1, 'PREPARE find(int) AS SELECT 1');
    objects.record(1, 'DECLARE rows CURSOR WITH HOLD FOR SELECT 1');
    expect(
      objects.othersUsedBy(1, 'SELECT * FROM scratch; EXECUTE find(1); FETCH 1 FROM rows'),
    ).toBeUndefined();
    expect(objects.othersUsedBy(2, 'SELECT * FROM Scratch')).toMatch(
      /scratch is another connection's temporary table/,
    );
    expect(objects.othersUsedBy(2, 'EXECUTE find(2)')).toMatch(
      /find is another connection's prepared statement/,
    );
    expect(objects.othersUsedBy(2, 'PREPARE find AS SELECT 2')).toMatch(/prepared statement/);
    expect(objects.othersUsedBy(2, 'FETCH NEXT FROM rows')).toMatch(/cursor/);
    // Names alone do not reach a prepared statement or a cursor: a column called find is fine.
    expect(objects.othersUsedBy(2, 'SELECT find, rows FROM t')).toBeUndefined();
  });

  it('keeps functions and procedures made in pg_temp to their connection, and drops every overload as it ends', () => {
    const objects = new SessionObjects();
    objects.record(1, "CREATE FUNCTION pg_temp.tf() RETURNS int LANGUAGE sql AS 'SELECT 7'");
    objects.record(1, 'CREATE OR REPLACE PROCEDURE pg_temp."Step"() LANGUAGE sql AS $$ SELECT 1 $$');
    expect(objects.othersUsedBy(1, 'SELECT pg_temp.tf()')).toBeUndefined();
    expect(objects.othersUsedBy(2, 'SELECT pg_temp.tf()')).toMatch(
      /tf is another connection's temporary function/,
    );
    expect(objects.othersUsedBy(2, 'CALL pg_temp . "Step"()')).toMatch(/temporary function/);
    // Only a pg_temp-qualified name reaches one: PostgreSQL never looks them up unqualified.
    expect(objects.othersUsedBy(2, 'SELECT tf, tf() FROM t; SELECT pg_temp.tfx()')).toBeUndefined();
    objects.record(1, 'DROP PROCEDURE IF EXISTS pg_temp."Step"');
    expect(objects.othersUsedBy(2, 'CALL pg_temp."Step"()')).toBeUndefined();
    const [drop, ...rest] = objects.end(1);
    expect(rest).toEqual([]);
    expect(drop).toMatch(/pg_my_temp_schema\(\) AND p\.proname = 'tf'/);
    expect(objects.othersUsedBy(2, 'SELECT pg_temp.tf()')).toBeUndefined();
  });

  it('forgets what a connection dropped, and frees what it leaves when it ends', () => {
    const objects = new SessionObjects();
    objects.record(1, 'PREPARE a AS SELECT 1; PREPARE b AS SELECT 2');
    objects.record(1, 'DEALLOCATE PREPARE a');
    objects.record(1, 'CREATE TEMPORARY TABLE IF NOT EXISTS t$1 (x int)');
    objects.record(1, "PREPARE TRANSACTION 'gid'");
    expect(objects.othersUsedBy(2, 'EXECUTE a')).toBeUndefined();
    expect(objects.end(1)).toEqual(['DROP TABLE IF EXISTS pg_temp.t$1 CASCADE', 'DEALLOCATE b']);
    expect(objects.othersUsedBy(2, 'EXECUTE b; SELECT * FROM t$1')).toBeUndefined();
  });

  it('keeps temporary sequences and views, and tables made in pg_temp or by SELECT INTO, to their connection', () => {
    const objects = new SessionObjects();
    objects.record(1, 'CREATE TEMP SEQUENCE ids; CREATE OR REPLACE TEMP VIEW recent AS SELECT 1');
    objects.record(1, 'CREATE TABLE pg_temp.staged (x int); SELECT 1 AS x INTO TEMP copied');
    expect(objects.othersUsedBy(2, "SELECT nextval('ids')")).toMatch(/temporary sequence/);
    expect(objects.othersUsedBy(2, 'SELECT * FROM recent')).toMatch(/temporary view/);
    expect(objects.othersUsedBy(2, 'SELECT * FROM staged')).toMatch(/temporary table/);
    expect(objects.othersUsedBy(2, 'SELECT * FROM copied')).toMatch(/temporary table/);
    expect(objects.othersOwn(2, ['temporary view'])).toBe(true);
    expect(objects.end(1)).toEqual([
      'DROP TABLE IF EXISTS pg_temp.staged CASCADE',
      'DROP TABLE IF EXISTS pg_temp.copied CASCADE',
      'DROP SEQUENCE IF EXISTS pg_temp.ids CASCADE',
      'DROP VIEW IF EXISTS pg_temp.recent CASCADE',
    ]);
  });

  it('claims the temporary relations no connection is known to own for the session that made them', () => {
    const objects = new SessionObjects();
    objects.record(2, 'CREATE TEMP TABLE named (x int)');
    objects.claim(1, [
      ['over_temp', 'v'],
      ['made_in_function', 'r'],
      ['made_in_function_id_seq', 'S'],
      ['named', 'r'],
    ]);
    expect(objects.othersUsedBy(2, 'SELECT count(*) FROM over_temp')).toMatch(/temporary view/);
    expect(objects.othersUsedBy(2, 'SELECT * FROM made_in_function')).toMatch(/temporary table/);
    expect(objects.othersUsedBy(1, 'SELECT * FROM named')).toMatch(/temporary table/);
    expect(objects.othersUsedBy(1, 'SELECT count(*) FROM over_temp')).toBeUndefined();
    expect(objects.end(1)).toEqual([
      'DROP TABLE IF EXISTS pg_temp.made_in_function CASCADE',
      'DROP SEQUENCE IF EXISTS pg_temp.made_in_function_id_seq CASCADE',
      'DROP VIEW IF EXISTS pg_temp.over_temp CASCADE',
    ]);
  });

  it('refuses listing another connection’s prepared statements or cursors', () => {
    const objects = new SessionObjects();
    objects.record(1, 'PREPARE one AS SELECT 1');
    expect(objects.othersUsedBy(2, 'SELECT name FROM pg_prepared_statements')).toMatch(
      /pg_prepared_statements/,
    );
    expect(objects.othersUsedBy(1, 'SELECT name FROM pg_prepared_statements')).toBeUndefined();
    expect(objects.othersUsedBy(2, 'SELECT name FROM pg_cursors')).toBeUndefined();
  });

  it('knows quoted names as written, and frees them quoted', () => {
    const objects = new SessionObjects();
    objects.record(1, 'CREATE TEMP TABLE "Staging" (x int); PREPARE "Find" AS SELECT 1');
    objects.record(1, 'DECLARE "Rows" CURSOR WITH HOLD FOR SELECT 1');
    expect(objects.othersUsedBy(2, 'SELECT * FROM "Staging"')).toMatch(
      /Staging is another connection's temporary table/,
    );
    expect(objects.othersUsedBy(2, 'SELECT * FROM staging')).toBeUndefined();
    expect(objects.othersUsedBy(2, 'EXECUTE "Find"')).toMatch(/prepared statement/);
    expect(objects.othersUsedBy(2, 'EXECUTE find')).toBeUndefined();
    expect(objects.othersUsedBy(2, 'FETCH 1 FROM "Rows"')).toMatch(/cursor/);
    objects.record(1, 'DEALLOCATE "Find"');
    expect(objects.end(1)).toEqual(['DROP TABLE IF EXISTS pg_temp."Staging" CASCADE', 'CLOSE "Rows"']);
  });
});
