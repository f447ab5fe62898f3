// The thirtieth probe round (2026-12-07): RabbitMQ's pages on TTL, length limits and dead lettering
// read beside rabbit_fifo, and the seeded generator (../probes/scenario-gen.ts) over new seeds.
// Found by generated seed 9023: a quorum queue gives a message of TTL 0 the expiry "enqueue time
// + 1 ms" (rabbit_fifo's update_expiry_header), so one that arrives in the same millisecond does
// not expire it, and over a length limit the older one dies `maxlen`; the fake expired it on any
// later arrival. Which arrivals share a millisecond on RabbitMQ is timing, so these cases record
// what holds whatever the split: that some died `maxlen` (twenty pipelined arrivals cannot all
// fall in different milliseconds), that the newest died `expired`, and that nothing is left.
import { boundQueue, collectingQueue, declare, latch, receive } from '@seams/contracts';
import type { EventMessage } from '@seams/ports';
import { brokerCases, deaths, evt, ids, outcome } from '../broker-case.js';
import type { CorpusBroker, DrainedMessage } from '../corpus-broker.js';

/** Publishes `events` all at once (pipelined), as a burst reaches RabbitMQ, and tallies the outcomes. */
async function burst(b: CorpusBroker, events: readonly EventMessage[]): Promise<Record<string, number>> {
  const outcomes = await Promise.all(events.map((event) => outcome(b.publisher.publish(event))));
  const tally: Record<string, number> = {};
  for (const answer of outcomes) tally[answer] = (tally[answer] ?? 0) + 1;
  return tally;
}

/** The reason of a drained dead letter's latest death (`none` without `x-death`). */
const latestReason = (m: DrainedMessage | undefined): string =>
  (m?.brokerHeaders['x-death'] as ReadonlyArray<{ reason: string }> | undefined)?.[0]?.reason ?? 'none';

/**
 * What holds of the dead letters whatever the millisecond split: how many, whether any died
 * `maxlen`, whether all died `maxlen` or `expired`, and how the newest (`newest`, which nothing
 * came after to push out) died.
 */
function split(dead: readonly DrainedMessage[], newest: string) {
  const reasons = dead.map(latestReason);
  return {
    dead: dead.length,
    someMaxlen: reasons.includes('maxlen'),
    onlyMaxlenOrExpired: reasons.every((reason) => reason === 'maxlen' || reason === 'expired'),
    newest: latestReason(dead.find((m) => m.id === newest)),
  };
}

export const thirtiethRoundCases = brokerCases('dead-letters', {
  'r30 twenty pipelined publishes into a TTL 0 queue of max length 1 with no consumer: maxlen or expired':
    async (b) => {
      const dlx = b.name('dlx');
      const work = boundQueue(b, 'work', ['#'], { messageTtlMs: 0, maxLength: 1, deadLetterExchange: dlx });
      const dead = collectingQueue(b, 'dead', dlx);
      await declare(b, [work, dead], [dlx]);
      const published = await burst(
        b,
        ids(20).map((id) => evt(id)),
      );
      const drained = await b.drain(dead.name, 20);
      return { published, ...split(drained, 'm19'), left: (await b.drain(work.name)).length };
    },
  'r30 twenty expiring together into a TTL 0 queue of max length 1: the dead letters maxlen or expired':
    async (b) => {
      const [dlx, end] = [b.name('dlx'), b.name('end')];
      const work = boundQueue(b, 'work', ['#'], { messageTtlMs: 300, deadLetterExchange: dlx });
      const chain = {
        ...collectingQueue(b, 'chain', dlx),
        messageTtlMs: 0,
        maxLength: 1,
        deadLetterExchange: end,
      };
      const dead = collectingQueue(b, 'dead', end);
      await declare(b, [work, chain, dead], [dlx, end]);
      const published = await burst(
        b,
        ids(20).map((id) => evt(id)),
      );
      await b.advanceTime(300);
      const drained = await b.drain(dead.name, 20);
      return { published, ...split(drained, 'm19'), left: (await b.drain(chain.name)).length };
    },
  // The same root through another door: a dropped connection returns what a consumer held past the
  // TTL all at once, and the queue dead-letters it in one go (rabbit_fifo: one command).
  'r30 ten held past their TTL return on a drop and die together into a TTL 0 queue of max length 1': async (
    b,
  ) => {
    const [dlx, end] = [b.name('dlx'), b.name('end')];
    const work = boundQueue(b, 'work', ['#'], { messageTtlMs: 500, deadLetterExchange: dlx });
    const chain = {
      ...collectingQueue(b, 'chain', dlx),
      messageTtlMs: 0,
      maxLength: 1,
      deadLetterExchange: end,
    };
    const dead = collectingQueue(b, 'dead', end);
    await declare(b, [work, chain, dead], [dlx, end]);
    const release = latch();
    const r = await receive(b, work.name, () => release.promise, { prefetch: 10 });
    const published = await burst(
      b,
      ids(10).map((id) => evt(id)),
    );
    await r.waitFor(10);
    // Past the TTL by far while held (a held message does not expire), then the drop returns them.
    await b.advanceTime(1_000);
    await b.dropConsumerConnection();
    await b.consumersBack();
    const drained = await b.drain(dead.name, 10);
    // Their late acks die with the dropped channel.
    release.open();
    await r.subscription.stop();
    return {
      published,
      ...split(drained, 'm9'),
      left: (await b.drain(chain.name)).length + (await b.drain(work.name)).length,
    };
  },
  // What the change above must leave alone: an arrival a consumer with room takes is delivered, and
  // what waits behind a full window expires (quorum: a millisecond later), whatever arrived with it.
  'r30 a burst of five into a TTL 0 queue whose consumer holds three: three delivered, two expire in order':
    async (b) => {
      const dlx = b.name('dlx');
      const work = boundQueue(b, 'work', ['#'], { messageTtlMs: 0, deadLetterExchange: dlx });
      const dead = collectingQueue(b, 'dead', dlx);
      await declare(b, [work, dead], [dlx]);
      const release = latch();
      const r = await receive(b, work.name, () => release.promise, { prefetch: 3 });
      const published = await burst(
        b,
        ids(5).map((id) => evt(id)),
      );
      await r.waitFor(3);
      const died = (await b.drain(dead.name, 2)).map(deaths);
      release.open();
      await r.subscription.stop();
      return {
        published,
        got: r.deliveries.map((d) => `${d.message.id}:${d.redelivered}:${d.deliveryCount}`),
        died,
        left: (await b.drain(work.name)).length,
      };
    },
});
