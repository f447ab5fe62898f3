import { FakeClock } from '@seams/fakes';
import { describe, expect, it } from 'vitest';
import { PaymentRecovery } from './payment-recovery.js';

describe('PaymentRecovery', () => {
  it('runs a round at start and one per interval on the clock, keeps going after a failed round, stops cleanly', async () => {
    const clock = new FakeClock();
    const limits: number[] = [];
    const errors: string[] = [];
    let failNext = false;
    const recovery = new PaymentRecovery({
      recover: async (limit) => {
        limits.push(limit);
        if (failNext) {
          failNext = false;
          throw new Error('database down');
        }
        return 0;
      },
      clock,
      intervalMs: 5_000,
      batchSize: 20,
      logger: { error: (fields) => errors.push(String((fields.err as Error).message)) },
    });
    recovery.start();
    await clock.untilSleeping(5_000);
    expect(limits).toEqual([20]);
    failNext = true;
    await clock.advance(5_000);
    await clock.untilSleeping(5_000);
    expect(errors).toEqual(['database down']);
    await clock.advance(5_000);
    await clock.untilSleeping(5_000);
    expect(limits).toEqual([20, 20, 20]);
    await recovery.stop();
    expect(clock.pendingTimers).toBe(0);
  });
});
