import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EngineReply } from '../postgres-engine.js';
import { PgliteWorkerEngine } from './pglite-worker-engine.js';

// PostgreSQL 15 (2MB max_stack_depth) answers 54001 past 832 levels of this PL/pgSQL recursion, past
// 545 of this trigger firing itself and past 14,541 levels of jsonb. On its thread's stack PGlite must
// fail there too (a refusal), never answer: on a 4MB thread stack it answered all three.
let engine: PgliteWorkerEngine;
beforeAll(async () => {
  engine = await PgliteWorkerEngine.start();
  for (const text of [
    'CREATE FUNCTION r(n int) RETURNS int LANGUAGE plpgsql AS $$ BEGIN IF n <= 0 THEN RETURN 0; END IF; RETURN r(n - 1) + 1; END $$',
    'CREATE TABLE t (n int)',
    'CREATE FUNCTION tf() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.n > 0 THEN INSERT INTO t VALUES (NEW.n - 1); END IF; RETURN NEW; END $$',
    'CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION tf()',
  ]) {
    expect((await engine.run({ text })).error).toBeUndefined();
  }
}, 120_000);
afterAll(() => engine.close());

const failed = (reply: EngineReply): string | undefined => reply.error?.code;

describe('PgliteWorkerEngine stack depth', () => {
  it('refuses recursion 15 answers 54001 for, and the session goes on', async () => {
    for (const text of [
      'SELECT r(900)',
      'SELECT r(1000)',
      'INSERT INTO t VALUES (600)',
      "SELECT jsonb_typeof((repeat('[', 15000) || repeat(']', 15000))::jsonb)",
    ]) {
      expect(['54001', '0A000'], text).toContain(failed(await engine.run({ text })));
    }
    expect((await engine.run({ text: 'SELECT r(100) AS v' })).results?.[0]?.rows).toEqual([['100']]);
  }, 120_000);
});
