import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPglite } from './initdb-cache.js';
import { loadPglite } from './load-pglite.js';
import { PgliteEngine } from './pglite-engine.js';

// pg_settings as PostgreSQL 15.20 lists these rows (16 to 18 reworded, recategorised and changed them).
let engine: PgliteEngine;
beforeAll(async () => {
  engine = new PgliteEngine(await createPglite(), await loadPglite());
}, 120_000);
afterAll(() => engine.close());

const rowOf = async (name: string) => {
  const reply = await engine.run({
    text: `SELECT category, short_desc, extra_desc, context, min_val, max_val, setting FROM pg_settings WHERE name = '${name}'`,
  });
  expect(reply.error).toBeUndefined();
  const [result] = reply.results;
  const row = result?.rows[0] ?? [];
  return Object.fromEntries((result?.fields ?? []).map((field, index) => [field.name, row[index]]));
};

describe('pg_settings descriptions, categories, contexts and minimums', () => {
  it('are 15’s where 16 to 18 changed them', async () => {
    expect(await rowOf('statement_timeout')).toMatchObject({
      category: 'Client Connection Defaults / Statement Behavior',
      extra_desc: 'A value of 0 turns off the timeout.',
    });
    expect(await rowOf('array_nulls')).toMatchObject({
      short_desc: 'Enable input of NULL elements in arrays.',
    });
    expect(await rowOf('autovacuum_max_workers')).toMatchObject({
      category: 'Autovacuum',
      context: 'postmaster',
    });
    expect(await rowOf('archive_timeout')).toMatchObject({ extra_desc: null });
    expect(await rowOf('maintenance_work_mem')).toMatchObject({ min_val: '1024' });
  });

  it('give server_version_num a range of its one value', async () => {
    const row = await rowOf('server_version_num');
    expect(row['min_val']).toBe(row['setting']);
    expect(row['max_val']).toBe(row['setting']);
  });

  it('leave a setting 18 did not change as it is', async () => {
    expect(await rowOf('work_mem')).toMatchObject({
      category: 'Resource Usage / Memory',
      short_desc: 'Sets the maximum memory to be used for query workspaces.',
      min_val: '64',
    });
  });

  it('are SHOW ALL’s descriptions too, which lists 15’s removed settings', async () => {
    const reply = await engine.run({ text: 'SHOW ALL' });
    expect(reply.error).toBeUndefined();
    const rows = reply.results[0]?.rows ?? [];
    const description = (name: string) => rows.find((row) => row[0] === name)?.[2];
    expect(description('array_nulls')).toBe('Enable input of NULL elements in arrays.');
    expect(description('db_user_namespace')).toBe('Enables per-database user names.');
    expect(rows.find((row) => row[0] === 'vacuum_defer_cleanup_age')?.[1]).toBe('0');
    const names = rows.map((row) => (row[0] ?? '').toLowerCase());
    expect(names).toEqual([...names].sort());
  });
});
