// Drill: pay/cancel races and mixed-card pays on real servers, across two service instances on one
// database. A pay reserves the order before charging, so a cancel that comes during the charge is
// refused (409 PAYMENT_IN_PROGRESS) and a cancel that came first makes the pay 409 with no charge.
// Concurrent pays coalesce only for the same card; another card gets 409 PAYMENT_IN_PROGRESS. Fails
// on any charge without its order.paid event or a refund (with order.payment_refunded), and on any
// answer carrying another request's result (a declined card told "paid", a good card told 402, a
// cancel that answered the paid order or a pay that answered the cancelled one).

import type { RunningService } from '@seams/bench/service';
import { ORDER_BODY } from '@seams/bench/service';
import { bindAuditQueue, deathOf, drainAndAccount, runDrill, sleep } from './lib/drill-kit.js';
import { answerBody, type PostResult, postJson } from './lib/post-json.js';

const RACES = Number(process.env.SEAMS_DRILL_RACES ?? 500);
const MIXED = Number(process.env.SEAMS_DRILL_MIXED ?? 200);
const CONCURRENCY = 8;
const VISA = 'tok_visa';
const DECLINED = 'tok_declined';

/** Runs `task(i)` for i in [0, count) with `concurrency` at a time. */
async function pool(count: number, concurrency: number, task: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) await task(next++);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

/** Counts of labelled outcomes, printed sorted. */
class Tally {
  readonly counts = new Map<string, number>();
  add(label: string): void {
    this.counts.set(label, (this.counts.get(label) ?? 0) + 1);
  }
  toString(): string {
    return [...this.counts]
      .sort((a, b) => b[1] - a[1])
      .map(([label, n]) => `${label} ${n}`)
      .join('; ');
  }
}

const label = (res: PostResult): string =>
  res.status === 200 ? '200' : `${res.status} ${res.body?.code ?? res.error ?? ''}`.trim();

async function createOrder(url: string): Promise<string> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const res = await postJson(`${url}/orders`, ORDER_BODY);
    if (res.status === 201 && res.body?.id !== undefined) return res.body.id;
    await sleep(100);
  }
  throw new Error('could not create an order in 5 attempts');
}

const pay = (url: string, id: string, paymentToken: string): Promise<PostResult> =>
  postJson(`${url}/orders/${id}/pay`, { paymentToken });

async function cancel(url: string, id: string): Promise<PostResult> {
  try {
    const res = await fetch(`${url}/orders/${id}/cancel`, {
      method: 'POST',
      signal: AbortSignal.timeout(30_000),
    });
    const text = await res.text();
    return { status: res.status, body: answerBody(text) };
  } catch (error) {
    return { status: 0, error: String(error) };
  }
}

/** Starts `fn` after 0-`maxMs` ms, so both orders of arrival and every overlap get exercised. */
const jittered = <T>(maxMs: number, fn: () => Promise<T>): Promise<T> =>
  sleep(Math.floor(Math.random() * (maxMs + 1))).then(fn);

await runDrill(
  `pay/cancel race (${RACES} pay/cancel races and ${MIXED} mixed-card pays on two instances)`,
  async ({ checks, world, track }) => {
    const a = track(await world.startService(undefined, 'service-a'));
    const b = track(await world.startService(undefined, 'service-b'));
    const dead = () => deathOf(a) ?? deathOf(b);
    await bindAuditQueue(world.rabbit.url);
    // Every wrong answer counts; the first 20 are shown.
    const wrongAnswers: string[] = [];
    let wrongCount = 0;
    const wrong = (what: string) => {
      wrongCount++;
      if (wrongAnswers.length < 20) wrongAnswers.push(what);
    };

    // --- 1. pay racing cancel --------------------------------------------------------------------
    const races = new Tally();
    const raced: { id: string; paid: PostResult; cancelled: PostResult }[] = [];
    await pool(RACES, CONCURRENCY, async (i) => {
      const [payAt, cancelAt] = i % 2 === 0 ? [a, b] : [b, a];
      const id = await createOrder(payAt.url);
      const [paid, cancelled] = await Promise.all([
        jittered(3, () => pay(payAt.url, id, VISA)),
        jittered(3, () => cancel(cancelAt.url, id)),
      ]);
      races.add(`pay ${label(paid)} + cancel ${label(cancelled)}`);
      raced.push({ id, paid, cancelled });
      if (paid.status === 200 && (paid.body?.id !== id || paid.body?.status !== 'paid'))
        wrong(`pay of ${id} answered 200 with ${paid.body?.status} order ${paid.body?.id}`);
      if (cancelled.status === 200 && (cancelled.body?.id !== id || cancelled.body?.status !== 'cancelled'))
        wrong(`cancel of ${id} answered 200 with ${cancelled.body?.status} order ${cancelled.body?.id}`);
      if (paid.status === 200 && cancelled.status === 200)
        wrong(`${id}: both the pay and the cancel answered 200`);
    });
    checks.info(`pay/cancel races: ${races}`);
    const reason = dead();
    if (reason) throw new Error(reason);

    // --- 2. mixed cards at once --------------------------------------------------------------------
    const mixed = new Tally();
    const mixedOrders: string[] = [];
    await pool(MIXED, CONCURRENCY, async (i) => {
      const id = await createOrder((i % 2 === 0 ? a : b).url);
      mixedOrders.push(id);
      const callers: [RunningService, string][] = [
        [a, VISA],
        [b, DECLINED],
        [b, VISA],
        [a, DECLINED],
      ];
      const answers = await Promise.all(
        callers.map(([service, token]) => jittered(3, () => pay(service.url, id, token))),
      );
      answers.forEach((res, n) => {
        const token = callers[n]?.[1] ?? '';
        mixed.add(`${token} ${label(res)}`);
        const allowed =
          token === VISA
            ? res.status === 200 || res.body?.code === 'PAYMENT_IN_PROGRESS'
            : res.status === 402 ||
              res.body?.code === 'PAYMENT_IN_PROGRESS' ||
              (res.body?.code === 'INVALID_TRANSITION' && res.body?.details?.from === 'paid');
        if (!allowed)
          wrong(`${token} on ${id} answered ${label(res)}${res.body?.status ? ` (${res.body.status})` : ''}`);
        if (res.status === 200 && res.body?.id !== id)
          wrong(`${token} on ${id} answered order ${res.body?.id}`);
        if (res.status === 200) {
          const charge = world.provider.charges.find((c) => c.id === res.body?.chargeId);
          if (charge?.source !== token)
            wrong(
              `${token} on ${id} answered 200 for charge ${res.body?.chargeId} made with ${charge?.source}`,
            );
        }
      });
    });
    checks.info(`mixed-card pays (2 tok_visa + 2 tok_declined at once per order): ${mixed}`);

    // Whatever the races left payable must still pay, with one more request and no surprise.
    const { rows: left } = await world.db.query<{ id: string; status: string }>(
      "SELECT id, status FROM orders WHERE id = ANY($1) AND status <> 'paid'",
      [mixedOrders],
    );
    let completed = 0;
    for (const { id } of left) {
      const res = await pay(a.url, id, VISA);
      if (res.status === 200) completed++;
      else
        wrong(
          `a follow-up tok_visa pay of ${id} (left ${left.find((o) => o.id === id)?.status}) answered ${label(res)}`,
        );
    }
    checks.info(
      `${left.length} mixed-card orders were left unpaid (a decline won the race); ${completed} paid by a follow-up tok_visa pay`,
    );

    // --- accounting ----------------------------------------------------------------------------
    const { rows: orders } = await world.db.query<{
      id: string;
      status: string;
      charge_id: string | null;
      payment_lease_until: Date | null;
    }>('SELECT id, status, charge_id, payment_lease_until FROM orders');
    const byId = new Map(orders.map((o) => [o.id, o]));
    const inconsistent = raced.filter(
      ({ id, paid, cancelled }) =>
        (paid.status === 200 && byId.get(id)?.status !== 'paid') ||
        (cancelled.status === 200 && byId.get(id)?.status !== 'cancelled') ||
        (paid.status !== 200 && cancelled.status !== 200),
    );
    for (const r of inconsistent.slice(0, 5))
      wrong(
        `race on ${r.id}: pay ${label(r.paid)}, cancel ${label(r.cancelled)}, row ${byId.get(r.id)?.status}`,
      );
    checks.check(
      inconsistent.length === 0,
      `every race ended as its answers say: one of pay and cancel won and the row shows it (${inconsistent.length} did not)`,
    );
    const stillReserved = orders.filter((o) => o.payment_lease_until !== null).length;
    checks.check(stillReserved === 0, `no order is left reserved for a payment (${stillReserved} are)`);

    const { rows: events } = await world.db.query<{
      type: string;
      correlation_id: string;
      charge_id: string;
    }>(
      `SELECT type, correlation_id, payload->>'chargeId' AS charge_id FROM outbox_events
       WHERE type IN ('order.paid', 'order.payment_refunded')`,
    );
    const paidWith = new Set(
      events.filter((e) => e.type === 'order.paid').map((e) => `${e.correlation_id}/${e.charge_id}`),
    );
    const refundedWith = new Set(
      events
        .filter((e) => e.type === 'order.payment_refunded')
        .map((e) => `${e.correlation_id}/${e.charge_id}`),
    );
    const refunds = new Set(world.provider.refunds.map((r) => r.chargeId));
    const unrecorded = world.provider.charges.filter(
      (c) =>
        !(paidWith.has(`${c.reference}/${c.id}`) && byId.get(c.reference ?? '')?.charge_id === c.id) &&
        !(refunds.has(c.id) && refundedWith.has(`${c.reference}/${c.id}`)),
    );
    checks.info(
      `provider: ${world.provider.charges.length} charges, ${world.provider.refunds.length} refunds; outbox: ${paidWith.size} order.paid, ${refundedWith.size} order.payment_refunded`,
    );
    checks.check(
      unrecorded.length === 0,
      `every charge is recorded: its order is paid with it and has its order.paid, or it was refunded with order.payment_refunded (${unrecorded.length} charged-but-unrecorded${
        unrecorded.length
          ? `: ${unrecorded
              .slice(0, 3)
              .map((c) => `${c.reference}/${c.id}`)
              .join(', ')}`
          : ''
      })`,
    );
    const cancelledCharged = orders.filter((o) => o.status === 'cancelled' && o.charge_id !== null).length;
    checks.check(cancelledCharged === 0, `no cancelled order holds a charge (${cancelledCharged} do)`);
    for (const line of wrongAnswers) checks.info(`wrong answer: ${line}`);
    checks.check(
      wrongCount === 0,
      `no answer carries another request's result or an undocumented outcome (${wrongCount} did)`,
    );
    const death = dead();
    if (death) throw new Error(death);

    const result = await drainAndAccount(checks, world, {});
    console.log(
      `RESULT ${JSON.stringify({
        drill: 'pay-cancel-race',
        ...result,
        races: RACES,
        mixedOrders: MIXED,
        chargedUnrecorded: unrecorded.length,
        wrongAnswers: wrongCount,
        refunds: world.provider.refunds.length,
        raceOutcomes: Object.fromEntries(races.counts),
        mixedOutcomes: Object.fromEntries(mixed.counts),
      })}`,
    );
    await Promise.all([a.stop(), b.stop()]);
  },
);
