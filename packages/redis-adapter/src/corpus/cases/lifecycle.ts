import { abandon, begin, beginHolding, complete, idempotencyCases } from '../idempotency-case.js';

const ok = { status: 200, body: 'ok' };

/** begin, complete and abandon one after another, on one worker and across workers. */
export const lifecycleCases = idempotencyCases('lifecycle', {
  'the first begin with a key starts': async ({ store }) => [await begin(store, 'k')],
  "another key's lease neither completes nor abandons a key; its own lease does": async ({
    store,
    worker,
  }) => {
    const other = await worker();
    const held = await beginHolding(store, 'k');
    const elsewhere = await beginHolding(store, 'j');
    return [
      held.answer,
      elsewhere.answer,
      await complete(other, 'k', ok, elsewhere.holder),
      await abandon(other, 'k', elsewhere.holder),
      await begin(other, 'k'),
      await complete(other, 'k', { status: 201, body: 'held' }, held.holder),
      await begin(store, 'k'),
    ];
  },
  'complete under its lease twice keeps the first response; abandon under it then frees nothing': async ({
    store,
  }) => {
    const held = await beginHolding(store, 'k');
    return [
      await complete(store, 'k', { status: 201, body: 'first' }, held.holder),
      await complete(store, 'k', { status: 200, body: 'second' }, held.holder),
      await abandon(store, 'k', held.holder),
      await begin(store, 'k'),
    ];
  },
  'a lease from before an abandon does not complete the key begun again after it': async ({ store }) => {
    const first = await beginHolding(store, 'k');
    await abandon(store, 'k', first.holder);
    const second = await beginHolding(store, 'k');
    return [
      second.answer,
      await complete(store, 'k', { status: 201, body: 'first' }, first.holder),
      await begin(store, 'k'),
      await complete(store, 'k', { status: 200, body: 'second' }, second.holder),
      await begin(store, 'k'),
    ];
  },
  'a second begin on the same worker answers in_progress': async ({ store }) => [
    await begin(store, 'k'),
    await begin(store, 'k'),
  ],
  'a begin after complete replays the response': async ({ store }) => [
    await begin(store, 'k'),
    await complete(store, 'k', { status: 201, body: 'created', headers: { location: '/o/1' } }),
    await begin(store, 'k'),
  ],
  'a completed key replays the same response to every worker, every time': async ({ store, worker }) => {
    const [second, third] = [await worker(), await worker()];
    await begin(store, 'k');
    await complete(store, 'k', ok);
    return [
      await begin(second, 'k'),
      await begin(third, 'k'),
      await begin(store, 'k'),
      await begin(second, 'k'),
    ];
  },
  'abandon frees a started key for the next begin': async ({ store }) => [
    await begin(store, 'k'),
    await abandon(store, 'k'),
    await begin(store, 'k'),
  ],
  'complete after abandon stores nothing': async ({ store }) => [
    await begin(store, 'k'),
    await abandon(store, 'k'),
    await complete(store, 'k', ok),
    await begin(store, 'k', 'fp-b'),
  ],
  'completing twice keeps the first response': async ({ store }) => [
    await begin(store, 'k'),
    await complete(store, 'k', { status: 200, body: 'first' }),
    await complete(store, 'k', { status: 500, body: 'second', headers: { retry: 'no' } }),
    await begin(store, 'k'),
  ],
  'completing a key never begun stores nothing': async ({ store }) => [
    await complete(store, 'never', { status: 200, body: 'stray' }),
    await begin(store, 'never', 'fp-b'),
    await begin(store, 'never', 'fp-b'),
  ],
  'completing a key never begun, then beginning and completing it, replays the second response': async ({
    store,
  }) => [
    await complete(store, 'k', { status: 200, body: 'stray' }),
    await begin(store, 'k'),
    await complete(store, 'k', { status: 202, body: 'real' }),
    await begin(store, 'k'),
  ],
  'abandon leaves a completed key as it is': async ({ store }) => [
    await begin(store, 'k'),
    await complete(store, 'k', ok),
    await abandon(store, 'k'),
    await begin(store, 'k'),
    await begin(store, 'k', 'fp-b'),
  ],
  'abandon of a key never begun is a no-op': async ({ store }) => [
    await abandon(store, 'never'),
    await begin(store, 'never'),
    await begin(store, 'never'),
  ],
  'abandon twice, then begin': async ({ store }) => [
    await begin(store, 'k'),
    await abandon(store, 'k'),
    await abandon(store, 'k'),
    await begin(store, 'k'),
  ],
  'another worker can abandon a key it did not begin': async ({ store, worker }) => {
    const other = await worker();
    return [
      await begin(store, 'k'),
      await abandon(other, 'k'),
      await begin(other, 'k'),
      await begin(store, 'k'),
    ];
  },
  'another worker can complete a key it did not begin': async ({ store, worker }) => {
    const other = await worker();
    return [
      await begin(store, 'k'),
      await complete(other, 'k', { status: 200, body: 'by the other' }),
      await begin(store, 'k'),
    ];
  },
  "a second worker's complete after the first's keeps the first": async ({ store, worker }) => {
    const other = await worker();
    return [
      await begin(store, 'k'),
      await complete(store, 'k', { status: 200, body: 'mine' }),
      await complete(other, 'k', { status: 200, body: 'theirs' }),
      await begin(other, 'k'),
    ];
  },
  'after abandon the next begin sets the fingerprint': async ({ store }) => [
    await begin(store, 'k', 'fp-a'),
    await abandon(store, 'k'),
    await begin(store, 'k', 'fp-b'),
    await begin(store, 'k', 'fp-a'),
    await begin(store, 'k', 'fp-b'),
  ],
  'complete, abandon, complete again: the first response stays': async ({ store }) => [
    await begin(store, 'k'),
    await complete(store, 'k', { status: 200, body: 'one' }),
    await abandon(store, 'k'),
    await complete(store, 'k', { status: 200, body: 'two' }),
    await begin(store, 'k'),
  ],
  'keys are independent: completing one leaves another started': async ({ store }) => [
    await begin(store, 'a'),
    await begin(store, 'b'),
    await complete(store, 'a', ok),
    await begin(store, 'b'),
    await abandon(store, 'b'),
    await begin(store, 'a'),
    await begin(store, 'b'),
  ],
  'a begin with another TTL on a running key changes nothing': async ({ store }) => [
    await begin(store, 'k', 'fp-a', 3_600_000),
    await begin(store, 'k', 'fp-a', 1_000),
    await begin(store, 'k', 'fp-a', 86_400_000),
  ],
  'the retry cycle: begin, abandon, begin, complete, begin': async ({ store, worker }) => {
    const retrier = await worker();
    return [
      await begin(store, 'k'),
      await abandon(store, 'k'),
      await begin(retrier, 'k'),
      await complete(retrier, 'k', { status: 201, body: 'second try' }),
      await begin(store, 'k'),
    ];
  },
  'a store on another prefix shares nothing': async ({ store, stranger }) => {
    const other = await stranger();
    return [
      await begin(store, 'k'),
      await begin(other, 'k', 'fp-b'),
      await complete(other, 'k', { status: 200, body: 'stranger' }),
      await begin(store, 'k'),
      await abandon(other, 'k'),
      await begin(other, 'k', 'fp-b'),
      await complete(store, 'k', ok),
      await begin(store, 'k'),
    ];
  },
  'a completed key is not re-begun by a begin with another TTL': async ({ store }) => [
    await begin(store, 'k', 'fp-a', 3_600_000),
    await complete(store, 'k', ok),
    await begin(store, 'k', 'fp-a', 1),
    await begin(store, 'k', 'fp-a', 3_600_000),
  ],
});
