import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';
import { checkOperatorClass } from './operator-classes.js';

// Each expected answer is PostgreSQL 15's.
describe('checkOperatorClass', () => {
  it("accepts PostgreSQL 15's built-in operator classes of the access method", () => {
    expect(() => checkOperatorClass('btree', { name: 'text_pattern_ops' })).not.toThrow();
    expect(() => checkOperatorClass('gin', { name: 'jsonb_path_ops', schema: 'pg_catalog' })).not.toThrow();
  });

  it("reports an extension's operator class (pg_trgm's, btree_gist's) as 15 does without it", () => {
    expect(() => checkOperatorClass('gin', { name: 'gin_trgm_ops' })).toThrow(
      expect.objectContaining({
        code: '42704',
        message: 'operator class "gin_trgm_ops" does not exist for access method "gin"',
      }),
    );
    expect(() => checkOperatorClass('gin', { name: 'text_pattern_ops' })).toThrow(
      expect.objectContaining({ code: '42704' }),
    );
    expect(() => checkOperatorClass('gist', { name: 'gist_trgm_ops', schema: 'public' })).toThrow(
      expect.objectContaining({
        message: 'operator class "public.gist_trgm_ops" does not exist for access method "gist"',
      }),
    );
  });
});

describe('pg-mem CREATE INDEX with an operator class', () => {
  it("reports an extension's operator class missing instead of building the index", async () => {
    const { pool } = await createFakePostgres({ engine: 'pg-mem' });
    await pool.query('CREATE TABLE r21_t (t text)');
    await expect(pool.query('CREATE INDEX r21_b ON r21_t USING gin (t gin_trgm_ops)')).rejects.toMatchObject({
      code: '42704',
      message: 'operator class "gin_trgm_ops" does not exist for access method "gin"',
    });
  });
});
