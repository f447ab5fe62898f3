// Drill: database restart during load. The drill PostgreSQL cluster is stopped in immediate mode
// (a crash: sessions cut, recovery on start) and started again while orders are being created and
// paid. Requests in flight must fail cleanly (503 with Retry-After, no 500, no hang, no cut
// connection), the same service process must serve again without a restart of its own, and the
// accounting must balance: no event lost, no double charge.

import { bindAuditQueue, createAndPay, deathOf, drainAndAccount, runDrill, sleep } from './lib/drill-kit.js';
import { postJson } from './lib/post-json.js';

const ORDERS = Number(process.env.SEAMS_DRILL_ORDERS ?? 600);
const HANG_MS = 10_000;

await runDrill(
  `database restart during load (${ORDERS} orders, PostgreSQL crash + start)`,
  async ({ checks, world, track }) => {
    const service = track(await world.startService());
    const pid = service.pid;
    await bindAuditQueue(world.rabbit.url);
    const restartAt = Math.floor(ORDERS * 0.3);
    let window: { down: number; up: number } | undefined;
    let restarting: Promise<void> | undefined;
    const run = createAndPay({
      count: ORDERS,
      concurrency: 16,
      target: () => service.url,
      dead: () => deathOf(service),
      onProgress: (paid) => {
        if (paid !== restartAt) return;
        restarting = (async () => {
          const down = Date.now();
          await world.postgres.restart('immediate');
          window = { down, up: Date.now() };
          checks.info(`PostgreSQL crashed and started again after ${paid} payments (${window.up - down} ms)`);
        })();
      },
    });
    // Readiness while the database is down should say so.
    const readiness: number[] = [];
    const probe = (async () => {
      while (!window) {
        const res = await fetch(`${service.url}/readyz`).catch(() => undefined);
        if (res) readiness.push(res.status);
        await sleep(50);
      }
    })();
    const outcome = await run.catch((error: unknown) => ({
      error: error instanceof Error ? error : new Error(String(error)),
    }));
    await restarting;
    await probe;
    if ('error' in outcome) {
      // The service died: that fails the drill, but whether anything committed was lost is
      // still worth knowing. Start it again, let the relay drain, and do the accounting.
      checks.check(false, `the service survived the database restart: ${outcome.error.message}`);
      const again = track(await world.startService(undefined, 'service-after-crash'));
      const result = await drainAndAccount(checks, world, { why: 'after a restart of the service' });
      console.log(`RESULT ${JSON.stringify({ drill: 'db-restart', ...result, serviceDied: true })}`);
      await again.stop();
      return;
    }
    const { attempts } = outcome;

    const statuses = count(attempts.map((a) => a.status));
    checks.info(`${attempts.length} HTTP attempts: ${[...statuses].map(([s, n]) => `${s}×${n}`).join(', ')}`);
    const unclean = attempts.filter((a) => ![200, 201, 503].includes(a.status));
    checks.check(
      unclean.length === 0,
      `every failed attempt was a clean 503 (${unclean.length} other: ${[...count(unclean.map((a) => a.status))].map(([s, n]) => `${s}×${n}`).join(', ') || 'none'})`,
    );
    const failed = attempts.filter((a) => a.status === 503);
    checks.info(
      `${failed.length} requests answered 503 during the restart; slowest ${Math.max(0, ...failed.map((a) => a.ms))} ms`,
    );
    checks.check(
      failed.every((a) => a.ms < HANG_MS),
      `no request hung (all 503s within ${HANG_MS / 1000} s)`,
    );
    const firstOk = attempts
      .filter((a) => a.status < 300 && a.at >= (window?.up ?? Number.POSITIVE_INFINITY))
      .sort((a, b) => a.at - b.at)[0];
    checks.check(
      firstOk !== undefined,
      `the service answered 2xx again after the restart${firstOk && window ? ` (${firstOk.at + firstOk.ms - window.up} ms after the database was up)` : ''}`,
    );
    checks.check(
      service.child.exitCode === null && service.pid === pid,
      `the same service process (pid ${pid}) recovered without a restart`,
    );
    const ready = await fetch(`${service.url}/readyz`);
    checks.check(
      ready.status === 200,
      `GET /readyz is 200 again (was ${[...new Set(readiness)].join('/')} during the run)`,
    );
    const after = await postJson(`${service.url}/orders`, {
      customerId: 'cus-after',
      currency: 'EUR',
      lines: [{ sku: 'x', quantity: 1, unitPrice: 100 }],
    });
    checks.check(after.status === 201, `a fresh order after the drill is 201 (${after.status})`);

    const result = await drainAndAccount(checks, world, { expectedPaid: ORDERS });
    console.log(
      `RESULT ${JSON.stringify({ drill: 'db-restart', ...result, http503: failed.length, unclean: unclean.length })}`,
    );
    await service.stop();
  },
);

function count<T>(values: readonly T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}
