import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it, onTestFinished } from 'vitest';
import { CORPUS_STALL_TOLERANCE_MS } from './corpus-timing.js';
import { realCorpusStores } from './real-corpus-store.js';

// The real pass runs a case again only when its run fell behind; these pin what counts as behind.
describe('realCorpusStores lateness', () => {
  it('does not count the waits a case asks for', async () => {
    const real = await realCorpusStores();
    onTestFinished(() => real.teardown());
    await real.store.begin('k', 'fp-a', 60_000);
    await real.advanceTime(CORPUS_STALL_TOLERANCE_MS * 2);
    await real.store.begin('k', 'fp-a', 60_000);
    expect(real.lateMs()).toBeLessThan(CORPUS_STALL_TOLERANCE_MS);
  });

  it('counts time between steps that no wait asked for', async () => {
    const real = await realCorpusStores();
    onTestFinished(() => real.teardown());
    await real.store.begin('k', 'fp-a', 60_000);
    await sleep(CORPUS_STALL_TOLERANCE_MS * 2);
    expect(real.lateMs()).toBeLessThan(CORPUS_STALL_TOLERANCE_MS);
    await real.store.complete('k', { status: 200, body: 'ok' });
    expect(real.lateMs()).toBeGreaterThanOrEqual(CORPUS_STALL_TOLERANCE_MS * 2);
  });

  it('counts a stall on a worker made after the first step', async () => {
    const real = await realCorpusStores();
    onTestFinished(() => real.teardown());
    await real.store.begin('k', 'fp-a', 60_000);
    const other = await real.worker();
    await sleep(CORPUS_STALL_TOLERANCE_MS * 2);
    await other.begin('k', 'fp-a', 60_000);
    expect(real.lateMs()).toBeGreaterThanOrEqual(CORPUS_STALL_TOLERANCE_MS * 2);
  });
});
