// Drill: relay crash. While orders are being paid and the outbox relay is publishing, the service
// process is killed with SIGKILL (no shutdown hook, no drain), then started again on the same
// database and broker; the load carries on. Nothing committed may be lost: every event reaches
// the bound queue (the restarted relay republishes what the dead one had claimed once its lease
// runs out), every paid order has exactly one order.paid after dedupe, nobody is charged twice.
import { eventually } from '@seams/contracts/eventually';
import { bindAuditQueue, createAndPay, drainAndAccount, runDrill } from './lib/drill-kit.js';

const ORDERS = Number(process.env.SEAMS_DRILL_ORDERS ?? 600);

await runDrill(
  `relay crash (SIGKILL the service mid-relay, ${ORDERS} orders)`,
  async ({ checks, world, track }) => {
    let service = track(await world.startService(undefined, 'service-1'));
    await bindAuditQueue(world.rabbit.url);
    const killAt = Math.floor(ORDERS * 0.4);
    let restarting: Promise<void> | undefined;
    let atKill: { unpublished: number; claimed: number } | undefined;
    const run = createAndPay({
      count: ORDERS,
      concurrency: 16,
      target: () => service.url,
      onProgress: (paid) => {
        if (paid !== killAt) return;
        restarting = (async () => {
          // Kill while the relay holds a claim (published or not, not yet marked): poll for one.
          // None seen within 4 s: kill anyway, and the check below says so.
          await eventually(
            async () => {
              const { rows } = await world.db.query<{ unpublished: number; claimed: number }>(
                `SELECT count(*) FILTER (WHERE published_at IS NULL)::int AS unpublished,
                        count(*) FILTER (WHERE published_at IS NULL AND locked_until IS NOT NULL)::int AS claimed
                 FROM outbox_events`,
              );
              atKill = rows[0];
              return atKill !== undefined && atKill.claimed > 0;
            },
            'the relay to hold a claim',
            { timeoutMs: 4_000, intervalMs: 5 },
          ).catch(() => undefined);
          const pid = service.pid;
          await service.kill();
          checks.info(
            `SIGKILL pid ${pid} after ${paid} payments; outbox then: ${atKill?.unpublished} unpublished, ${atKill?.claimed} claimed by the relay`,
          );
          service = track(await world.startService(undefined, 'service-2'));
          checks.info(`restarted as pid ${service.pid}; clients retry with the same Idempotency-Keys`);
        })();
      },
    });
    const { attempts } = await run;
    await restarting;
    checks.check(atKill !== undefined, 'the service was killed during the run');
    checks.check(
      (atKill?.claimed ?? 0) > 0,
      `the relay held claimed, unmarked events when it died (${atKill?.claimed ?? 0})`,
    );
    checks.info(
      `${attempts.length} HTTP attempts; ${attempts.filter((a) => a.status === 0).length} cut by the crash, ${attempts.filter((a) => a.status === 409).length} answered 409 (key still leased by the dead process), retried`,
    );
    const result = await drainAndAccount(checks, world, {
      expectedPaid: ORDERS,
      timeoutMs: 240_000,
      why: "a dead relay's claims wait out their 60 s lease, counted from the crash",
    });
    const { rows } = await world.db.query(`SELECT count(*)::int AS n FROM orders WHERE status = 'pending'`);
    checks.info(
      `${rows[0].n} pending orders left: creates the crash cut after their commit, retried after the key's lease as new orders (never paid, never charged)`,
    );
    console.log(`RESULT ${JSON.stringify({ drill: 'relay-crash', ...result, atKill })}`);
    await service.stop();
  },
);
