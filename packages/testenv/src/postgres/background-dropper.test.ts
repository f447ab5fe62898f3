import { describe, expect, it } from 'vitest';
import { BackgroundDropper } from './background-dropper.js';

/** An admin pool whose DROPs finish when the test says, recording how many ran at once. */
function recordingAdmin() {
  const pending: (() => void)[] = [];
  const dropped: string[] = [];
  let running = 0;
  let mostAtOnce = 0;
  const admin = {
    query: (text: string) => {
      running += 1;
      mostAtOnce = Math.max(mostAtOnce, running);
      return new Promise<void>((resolve) => {
        pending.push(() => {
          running -= 1;
          dropped.push(text);
          resolve();
        });
      });
    },
  };
  const finishAll = async () => {
    while (pending.length > 0 || running > 0) {
      for (const finish of pending.splice(0)) finish();
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  return { admin, dropped, finishAll, mostAtOnce: () => mostAtOnce, pending };
}

describe('BackgroundDropper', () => {
  it('drops every queued database, two at a time, and idle() waits for the last', async () => {
    const { admin, dropped, finishAll, mostAtOnce, pending } = recordingAdmin();
    const dropper = new BackgroundDropper(admin);
    for (const name of ['seams_a_1', 'seams_a_2', 'seams_a_3', 'seams_a_4', 'seams_a_5']) dropper.drop(name);
    expect(pending).toHaveLength(2);
    let idle = false;
    const waiting = dropper.idle().then(() => {
      idle = true;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(idle).toBe(false);
    await finishAll();
    await waiting;
    expect(mostAtOnce()).toBe(2);
    expect(dropped.map((text) => /"(.*)"/.exec(text)?.[1]).sort()).toEqual([
      'seams_a_1',
      'seams_a_2',
      'seams_a_3',
      'seams_a_4',
      'seams_a_5',
    ]);
  });

  it('goes on after a failed drop (left to the teardown sweep)', async () => {
    let calls = 0;
    const admin = {
      query: async () => {
        calls += 1;
        if (calls === 1) throw new Error('database is being accessed');
      },
    };
    const dropper = new BackgroundDropper(admin, 1);
    dropper.drop('seams_b_1');
    dropper.drop('seams_b_2');
    await dropper.idle();
    expect(calls).toBe(2);
  });
});
