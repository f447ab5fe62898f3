import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';
import { clippedValue } from './pg-mem-errors.js';

describe("a failing row's values clipped as ExecBuildSlotValueDescription clips them", () => {
  it('counts 64 bytes of UTF-8, not 64 characters', () => {
    expect(clippedValue('y'.repeat(64))).toBe('y'.repeat(64));
    expect(clippedValue('y'.repeat(65))).toBe(`${'y'.repeat(64)}...`);
    expect(clippedValue('é'.repeat(32))).toBe('é'.repeat(32));
    expect(clippedValue('é'.repeat(65))).toBe(`${'é'.repeat(32)}...`);
    expect(clippedValue('😀'.repeat(70))).toBe(`${'😀'.repeat(16)}...`);
    // A character that would cross the 64th byte is left out whole.
    expect(clippedValue(`a${'é'.repeat(40)}`)).toBe(`a${'é'.repeat(31)}...`);
  });

  it('gives the detail of a not-null violation with a long multi-byte value', async () => {
    const fake = await createFakePostgres({
      engine: 'pg-mem',
      migrations: [{ name: 'schema', sql: 'CREATE TABLE r (v text, k int NOT NULL)' }],
    });
    const error = await fake.pool.query(`INSERT INTO r (v) VALUES (repeat('é', 65))`).then(
      () => undefined,
      (caught: unknown) => caught as { code?: string; detail?: string },
    );
    expect(error).toMatchObject({
      code: '23502',
      detail: `Failing row contains (${'é'.repeat(32)}..., null).`,
    });
  });
});
