import { describe, expect, it } from 'vitest';
import { DatabaseLock, type LockOwner } from './database-lock.js';

const owner = (name: string): LockOwner => ({ describe: () => name });

/** Which of `grants` have resolved once queued work has run. */
async function granted(grants: Record<string, Promise<void>>): Promise<string[]> {
  const done: string[] = [];
  for (const [name, grant] of Object.entries(grants)) void grant.then(() => done.push(name));
  await new Promise((resolve) => setImmediate(resolve));
  return done.sort();
}

describe('DatabaseLock shared holds', () => {
  it('sharers hold it together; a transaction waits for all of them', async () => {
    const lock = new DatabaseLock(60_000);
    const [a, b, tx] = [owner('a'), owner('b'), owner('tx')];
    const grants = { a: lock.acquireShared(a), b: lock.acquireShared(b), tx: lock.acquire(tx) };
    expect(await granted(grants)).toEqual(['a', 'b']);
    lock.release(a);
    expect(await granted(grants)).toEqual(['a', 'b']);
    lock.release(b);
    expect(await granted(grants)).toEqual(['a', 'b', 'tx']);
    expect(lock.holder).toBe(tx);
  });

  it('a sharer arriving behind a waiting transaction waits for it (arrival order, no starvation)', async () => {
    const lock = new DatabaseLock(60_000);
    const [a, tx, late] = [owner('a'), owner('tx'), owner('late')];
    const grants = { a: lock.acquireShared(a), tx: lock.acquire(tx), late: lock.acquireShared(late) };
    expect(await granted(grants)).toEqual(['a']);
    lock.release(a);
    expect(await granted(grants)).toEqual(['a', 'tx']);
    lock.release(tx);
    expect(await granted(grants)).toEqual(['a', 'late', 'tx']);
  });

  it('when a waiting transaction gives up, the sharers queued behind it go on', async () => {
    const lock = new DatabaseLock(30);
    const [a, tx, late] = [owner('a'), owner('tx'), owner('late')];
    void lock.acquireShared(a);
    const waiting = lock.acquire(tx);
    const behind = lock.acquireShared(late);
    await expect(waiting).rejects.toMatchObject({
      code: '0A000',
      message: expect.stringContaining('held by a (a statement in flight)'),
    });
    await expect(behind).resolves.toBeUndefined();
  });
});
