import {
  type ClaimedEvent,
  type Clock,
  DuplicateError,
  type IdGenerator,
  NotFoundError,
  type OutboxStore,
  type UnitOfWork,
} from '@seams/ports';
import { expect } from 'vitest';
import { anEvent, gate } from './contract-fixtures.js';
import { defineContract } from './define-contract.js';

/**
 * What the OutboxStore contract needs: the store, a unit of work whose scope holds a store bound
 * to its transaction (a wider scope, such as `{ invoices, outbox }`, fits too), a clock the store
 * reads and that the case can move, and ids.
 */
export interface OutboxStoreContractContext {
  readonly unitOfWork: UnitOfWork<{ readonly outbox: OutboxStore }>;
  /** Used outside `unitOfWork.run`: each call commits on its own. */
  readonly outbox: OutboxStore;
  /** The clock the outbox store reads (a `FakeClock`). */
  readonly clock: Clock;
  /** Moves `clock` forward by `ms`. */
  readonly advance: (ms: number) => Promise<void>;
  readonly ids: IdGenerator;
}

const idsOf = (events: readonly ClaimedEvent[]) => events.map((event) => event.id);

async function addEvents(context: OutboxStoreContractContext, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const event = anEvent(context, { occurredAt: new Date(context.clock.now().getTime() + i) });
    await context.outbox.add(event);
    ids.push(event.id);
  }
  return ids;
}

/** The OutboxStore contract. */
export const outboxStoreContract = defineContract<OutboxStoreContractContext>()('OutboxStore', {
  'a claimed event round-trips losslessly with attempts 0': async (context) => {
    const full = anEvent(context);
    const bare = anEvent(context, { occurredAt: new Date(full.occurredAt.getTime() + 1) });
    const { correlationId: _c, headers: _h, ...withoutOptionals } = bare;
    await context.outbox.add(full);
    await context.outbox.add(withoutOptionals);
    const claimed = await context.outbox.claim(10);
    expect(claimed).toEqual([
      { ...full, attempts: 0 },
      { ...withoutOptionals, attempts: 0 },
    ]);
    expect(claimed[1]).not.toHaveProperty('headers');
  },
  'claim returns due events oldest first, at most limit': async (context) => {
    const base = context.clock.now().getTime();
    const late = anEvent(context, { occurredAt: new Date(base + 50) });
    const early = anEvent(context, { occurredAt: new Date(base - 50) });
    const middle = anEvent(context, { occurredAt: new Date(base) });
    for (const event of [late, early, middle]) await context.outbox.add(event);
    expect(idsOf(await context.outbox.claim(2))).toEqual([early.id, middle.id]);
    expect(idsOf(await context.outbox.claim(2))).toEqual([late.id]);
  },
  'add rejects an existing id with DuplicateError': async (context) => {
    const event = anEvent(context);
    await context.outbox.add(event);
    await expect(context.outbox.add(event)).rejects.toBeInstanceOf(DuplicateError);
  },
  'a claimed event is not claimed again while its lease runs, and is after it passes': async (context) => {
    const [id] = await addEvents(context, 1);
    expect(idsOf(await context.outbox.claim(10, { leaseMs: 30_000 }))).toEqual([id]);
    await context.advance(29_999);
    expect(await context.outbox.claim(10)).toEqual([]);
    await context.advance(1);
    expect(idsOf(await context.outbox.claim(10))).toEqual([id]);
  },
  'published events are never claimed again': async (context) => {
    const ids = await addEvents(context, 3);
    await context.outbox.claim(10, { leaseMs: 1_000 });
    await context.outbox.markPublished([ids[0] ?? '', ids[2] ?? '']);
    await context.advance(60_000);
    expect(idsOf(await context.outbox.claim(10))).toEqual([ids[1]]);
  },
  'a claim marks the ids handed in markPublished first and never returns them': async (context) => {
    const ids = await addEvents(context, 3);
    expect(idsOf(await context.outbox.claim(2, { leaseMs: 1_000 }))).toEqual(ids.slice(0, 2));
    await context.advance(1_000);
    // ids[1]'s lease ran out, so it is due again: being marked, it is not claimed.
    const next = await context.outbox.claim(10, { markPublished: ids.slice(0, 2), leaseMs: 1_000 });
    expect(idsOf(next)).toEqual([ids[2]]);
    await context.advance(60_000);
    expect(idsOf(await context.outbox.claim(10))).toEqual([ids[2]]);
  },
  'ids handed to a claim are marked published even when nothing is due': async (context) => {
    const [id = ''] = await addEvents(context, 1);
    await context.outbox.claim(10, { leaseMs: 1_000 });
    expect(await context.outbox.claim(10, { markPublished: [id] })).toEqual([]);
    await context.advance(60_000);
    expect(await context.outbox.claim(10)).toEqual([]);
  },
  'failed events come back after their next-attempt time and not before': async (context) => {
    const [id = ''] = await addEvents(context, 1);
    await context.outbox.claim(10);
    await context.outbox.markFailed(id, { error: 'broker unreachable', retryInMs: 60_000 });
    expect(await context.outbox.claim(10)).toEqual([]);
    await context.advance(59_999);
    expect(await context.outbox.claim(10)).toEqual([]);
    await context.advance(1);
    const [again] = await context.outbox.claim(10);
    expect(again).toMatchObject({ id, attempts: 1 });
    await context.outbox.markFailed(id, { error: 'still unreachable', retryInMs: 0 });
    expect((await context.outbox.claim(10))[0]?.attempts).toBe(2);
  },
  'markFailed of an unknown event is rejected with NotFoundError': async (context) => {
    await expect(
      context.outbox.markFailed(context.ids.next(), { error: 'x', retryInMs: 1 }),
    ).rejects.toBeInstanceOf(NotFoundError);
  },
  'two concurrent claimers never get the same event': async (context) => {
    const ids = await addEvents(context, 10);
    const [first, second] = await Promise.all([context.outbox.claim(6), context.outbox.claim(6)]);
    const claimed = [...idsOf(first ?? []), ...idsOf(second ?? [])];
    expect(new Set(claimed).size).toBe(claimed.length);
    expect(claimed.length).toBeLessThanOrEqual(10);
    const rest = idsOf(await context.outbox.claim(10));
    expect([...claimed, ...rest].sort()).toEqual([...ids].sort());
  },
  'a claim skips events another open transaction has claimed but not committed': async (context) => {
    const ids = await addEvents(context, 4);
    const claimedInside = gate<string[]>();
    const finish = gate();
    const holder = context.unitOfWork.run(async ({ outbox }) => {
      claimedInside.open(idsOf(await outbox.claim(2)));
      await finish.promise;
    });
    const held = await claimedInside.promise;
    let meanwhile: string[] = [];
    try {
      meanwhile = idsOf(await context.outbox.claim(10));
    } finally {
      finish.open();
      await holder;
    }
    expect(held).toEqual(ids.slice(0, 2));
    expect(meanwhile).toEqual(ids.slice(2));
  },
  'an event added in a rolled-back unit of work is never claimed': async (context) => {
    const boom = new Error('rolled back');
    await expect(
      context.unitOfWork.run(async ({ outbox }) => {
        await outbox.add(anEvent(context));
        throw boom;
      }),
    ).rejects.toBe(boom);
    expect(await context.outbox.claim(10)).toEqual([]);
  },
  'an event added in a committed unit of work is claimed after it, and run returns the work result': async (
    context,
  ) => {
    const event = anEvent(context);
    const result = await context.unitOfWork.run(async ({ outbox }) => {
      await outbox.add(event);
      return 'done';
    });
    expect(result).toBe('done');
    expect(await context.outbox.claim(10)).toEqual([{ ...event, attempts: 0 }]);
  },
  'a nested run joins the outer transaction and rolls back with it': async (context) => {
    const boom = new Error('outer fails after inner returned');
    const run = context.unitOfWork.run(async ({ outbox }) => {
      await outbox.add(anEvent(context));
      await context.unitOfWork.run(({ outbox: nested }) => nested.add(anEvent(context)));
      throw boom;
    });
    await expect(run).rejects.toBe(boom);
    expect(await context.outbox.claim(10)).toEqual([]);
  },
});

/** Registers the OutboxStore contract for one implementation. */
export const describeOutboxStoreContract = outboxStoreContract.register;
