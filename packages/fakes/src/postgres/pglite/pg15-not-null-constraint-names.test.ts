import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPglite } from './initdb-cache.js';
import { loadPglite } from './load-pglite.js';
import { PgliteEngine } from './pglite-engine.js';

// A sql_drop event trigger's pg_event_trigger_dropped_objects() leaves out 18's NOT NULL constraints
// by name; a user's constraint so named would vanish from it too, where 15 reports it.
let engine: PgliteEngine;
beforeAll(async () => {
  engine = new PgliteEngine(await createPglite(), await loadPglite());
  const setup = `CREATE TABLE dropped_log (object_identity text);
    CREATE FUNCTION log_drop() RETURNS event_trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO dropped_log SELECT object_identity FROM pg_event_trigger_dropped_objects()
        WHERE object_type = 'table constraint';
    END $$;
    CREATE EVENT TRIGGER log_drop ON sql_drop EXECUTE FUNCTION log_drop()`;
  expect((await engine.run({ text: setup })).error).toBeUndefined();
}, 120_000);
afterAll(() => engine.close());

const run = (text: string) => engine.run({ text });

describe('a constraint named as 18 names a NOT NULL, under a sql_drop event trigger', () => {
  it('refuses a drop rather than leave the constraint out', async () => {
    await run('CREATE TABLE t (id int NOT NULL CONSTRAINT t_id_not_null1 CHECK (id > 0))');
    for (const text of ['ALTER TABLE t DROP CONSTRAINT t_id_not_null1', 'DROP TABLE t']) {
      expect((await run(text)).error, text).toMatchObject({ code: '0A000' });
    }
    await run('ALTER EVENT TRIGGER log_drop DISABLE');
    expect((await run('DROP TABLE t')).error).toBeUndefined();
    await run('ALTER EVENT TRIGGER log_drop ENABLE');
  });

  it("without one, leaves 18's NOT NULL constraints out as before", async () => {
    await run('TRUNCATE dropped_log');
    await run('CREATE TABLE t (id int NOT NULL CONSTRAINT id_positive CHECK (id > 0))');
    expect((await run('DROP TABLE t')).error).toBeUndefined();
    const logged = await run('SELECT object_identity FROM dropped_log');
    expect(logged.results[0]?.rows).toEqual([['id_positive on public.t']]);
  });
});
