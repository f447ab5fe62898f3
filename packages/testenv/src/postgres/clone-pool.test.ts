import { describe, expect, it } from 'vitest';
import { ClonePool } from './clone-pool.js';

function recordingPool(size: number, failing: Set<string> = new Set()) {
  const prepared: string[] = [];
  let n = 0;
  const prepare = async () => {
    const name = `db${++n}`;
    if (failing.has(name)) throw new Error(`clone of ${name} failed`);
    prepared.push(name);
    return name;
  };
  return { pool: new ClonePool(prepare, size), prepared };
}

describe('ClonePool', () => {
  it("hands an empty pool's taker the clone under way, then refills in the background", async () => {
    const { pool, prepared } = recordingPool(2);
    expect(await pool.take()).toBe('db1');
    await pool.filled();
    expect(await pool.drain()).toEqual(['db2', 'db3']);
    expect(prepared).toEqual(['db1', 'db2', 'db3']);
  });

  it('clones on demand only when the pool size is 0', async () => {
    const { pool, prepared } = recordingPool(0);
    expect(await Promise.all([pool.take(), pool.take()])).toEqual(['db1', 'db2']);
    expect(await pool.drain()).toEqual([]);
    expect(prepared).toEqual(['db1', 'db2']);
  });

  it('hands out pooled databases first, each to one taker only', async () => {
    const { pool } = recordingPool(3);
    pool.refill();
    const first = await pool.take();
    const taken = [first, ...(await Promise.all([pool.take(), pool.take(), pool.take()]))];
    expect(new Set(taken).size).toBe(4);
    const left = await pool.drain();
    expect(left.filter((name) => taken.includes(name))).toEqual([]);
  });

  it('stops refilling once drained', async () => {
    const { pool, prepared } = recordingPool(2);
    pool.refill();
    const left = await pool.drain();
    pool.refill();
    await pool.take();
    expect(prepared).toHaveLength(left.length + 1);
  });

  it('survives a failed background clone and reports a foreground failure to the taker', async () => {
    const { pool } = recordingPool(1, new Set(['db1', 'db2']));
    await expect(pool.take()).rejects.toThrow('clone of db2 failed');
    await expect(pool.take()).resolves.toMatch(/^db\d+$/);
    await pool.drain();
  });
});
