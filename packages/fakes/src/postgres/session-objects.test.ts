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

  it('forgets what a connection dropped, and frees what it leaves when it ends', () => {
    const objects = new SessionObjects();
    objects.record(1, 'PREPARE a AS SELECT 1; PREPARE b AS SELECT 2');
    objects.record(1, 'DEALLOCATE PREPARE a');
    objects.record(1, 'CREATE TEMPORARY TABLE IF NOT EXISTS t$1 (x int)');
    objects.record(1, "PREPARE TRANSACTION 'gid'");
    expect(objects.othersUsedBy(2, 'EXECUTE a')).toBeUndefined();
    expect(objects.end(1)).toEqual(['DROP TABLE IF EXISTS pg_temp.t$1', 'DEALLOCATE b']);
    expect(objects.othersUsedBy(2, 'EXECUTE b; SELECT * FROM t$1')).toBeUndefined();
  });
});
