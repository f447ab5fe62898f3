import { describe, expect, it } from 'vitest';
import { FakeClock } from './fake-clock.js';

const START = '2026-01-01T00:00:00.000Z';

describe('FakeClock', () => {
  it('starts at the given instant, and at 2026-01-01 by default', () => {
    expect(new FakeClock().now().toISOString()).toBe(START);
    expect(new FakeClock('2030-05-06T07:08:09.010Z').now().toISOString()).toBe('2030-05-06T07:08:09.010Z');
    expect(new FakeClock(0).now().getTime()).toBe(0);
  });

  it('refuses an invalid start instant', () => {
    expect(() => new FakeClock('not a date')).toThrow(RangeError);
  });

  it('does not move on its own', async () => {
    const clock = new FakeClock();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(clock.now().toISOString()).toBe(START);
  });

  it('advance moves time by exactly the amount asked', async () => {
    const clock = new FakeClock();
    await clock.advance(1_500);
    await clock.advance(0);
    expect(clock.now().getTime() - Date.parse(START)).toBe(1_500);
  });

  it('advance refuses negative and non-finite amounts', async () => {
    const clock = new FakeClock();
    await expect(clock.advance(-1)).rejects.toThrow(RangeError);
    await expect(clock.advance(Number.NaN)).rejects.toThrow(RangeError);
    await expect(clock.advance(Number.POSITIVE_INFINITY)).rejects.toThrow(RangeError);
  });

  it('a sleep resolves only once time reaches its due instant', async () => {
    const clock = new FakeClock();
    let woke = false;
    const sleeping = clock.sleep(1_000).then(() => {
      woke = true;
    });
    await clock.advance(999);
    expect(woke).toBe(false);
    expect(clock.pendingTimers).toBe(1);
    await clock.advance(1);
    await sleeping;
    expect(woke).toBe(true);
    expect(clock.pendingTimers).toBe(0);
  });

  it('fires sleeps in due order, ties in the order they were asked, each seeing its own instant', async () => {
    const clock = new FakeClock();
    const fired: string[] = [];
    const sleep = (label: string, ms: number) =>
      clock.sleep(ms).then(() => fired.push(`${label}@${clock.now().getTime() - Date.parse(START)}`));
    const all = Promise.all([sleep('c', 300), sleep('a', 100), sleep('b1', 200), sleep('b2', 200)]);
    await clock.advance(1_000);
    await all;
    expect(fired).toEqual(['a@100', 'b1@200', 'b2@200', 'c@300']);
    expect(clock.now().getTime() - Date.parse(START)).toBe(1_000);
  });

  it('fires a sleep started by another sleep in the same advance when it falls due within it', async () => {
    const clock = new FakeClock();
    const fired: number[] = [];
    const chain = (async () => {
      await clock.sleep(100);
      fired.push(clock.now().getTime() - Date.parse(START));
      await clock.sleep(100);
      fired.push(clock.now().getTime() - Date.parse(START));
      await clock.sleep(1_000);
      fired.push(clock.now().getTime() - Date.parse(START));
    })();
    await clock.advance(250);
    expect(fired).toEqual([100, 200]);
    expect(clock.pendingTimers).toBe(1);
    await clock.advance(950);
    await chain;
    expect(fired).toEqual([100, 200, 1_200]);
  });

  it('a sleep of zero or less resolves without time passing', async () => {
    const clock = new FakeClock();
    await clock.sleep(0);
    await clock.sleep(-5);
    expect(clock.pendingTimers).toBe(0);
    expect(clock.now().toISOString()).toBe(START);
  });

  it('an aborted sleep rejects with the reason and is no longer pending', async () => {
    const clock = new FakeClock();
    const controller = new AbortController();
    const sleeping = clock.sleep(1_000, controller.signal);
    const reason = new Error('cancelled');
    controller.abort(reason);
    await expect(sleeping).rejects.toBe(reason);
    expect(clock.pendingTimers).toBe(0);
    await expect(clock.sleep(10, AbortSignal.abort(reason))).rejects.toBe(reason);
  });

  it('set moves forward firing what falls due, and back without firing anything', async () => {
    const clock = new FakeClock();
    let woke = false;
    const sleeping = clock.sleep(60_000).then(() => {
      woke = true;
    });
    await clock.set('2025-12-31T00:00:00.000Z');
    expect(clock.now().toISOString()).toBe('2025-12-31T00:00:00.000Z');
    expect(woke).toBe(false);
    await clock.set(new Date('2026-01-01T00:01:00.000Z'));
    await sleeping;
    expect(woke).toBe(true);
    await expect(clock.set('nope')).rejects.toThrow(RangeError);
  });

  it('runAll fires every pending sleep and stops at the last due instant', async () => {
    const clock = new FakeClock();
    const done = Promise.all([clock.sleep(5_000), clock.sleep(10), clock.sleep(70_000)]);
    await clock.runAll();
    await done;
    expect(clock.pendingTimers).toBe(0);
    expect(clock.now().getTime() - Date.parse(START)).toBe(70_000);
  });

  it('is deterministic: the same script gives the same instants', async () => {
    const script = async () => {
      const clock = new FakeClock();
      const seen: string[] = [];
      const work = Promise.all(
        [30, 10, 20, 10].map((ms, i) =>
          clock.sleep(ms).then(() => seen.push(`${i}:${clock.now().toISOString()}`)),
        ),
      );
      await clock.advance(15);
      await clock.advance(15);
      await work;
      return seen;
    };
    expect(await script()).toEqual(await script());
  });

  it('lists pending sleeps by length, and untilSleeping resolves once one of that length is asked for', async () => {
    const clock = new FakeClock();
    const first = clock.sleep(5_000);
    let seen = false;
    const waiting = clock.untilSleeping(1_000).then(() => {
      seen = true;
    });
    await clock.advance(0);
    expect(seen).toBe(false);
    const second = clock.sleep(1_000);
    await waiting;
    expect(clock.pendingSleeps).toEqual([5_000, 1_000]);
    await clock.untilSleeping(5_000);
    await clock.advance(1_000);
    await second;
    expect(clock.pendingSleeps).toEqual([5_000]);
    await clock.runAll();
    await first;
    expect(clock.pendingSleeps).toEqual([]);
  });
});
