// Drill: broker outage. Pays 1,000 orders while the drill RabbitMQ node's application is stopped
// (`rabbitmqctl stop_app`) for part of the run, then started again. Afterwards every paid order
// must have exactly one order.paid message in a bound queue (duplicates counted apart, and shown
// to be removable by messageId), every committed event delivered, no order charged twice.
import {
  type Attempt,
  bindAuditQueue,
  createAndPay,
  deathOf,
  drainAndAccount,
  runDrill,
  sleep,
} from './lib/drill-kit.js';

const ORDERS = Number(process.env.SEAMS_DRILL_ORDERS ?? 1000);

await runDrill(
  `broker outage (${ORDERS} orders paid, RabbitMQ app stopped mid-run)`,
  async ({ checks, world, track }) => {
    const service = track(await world.startService());
    await bindAuditQueue(world.rabbit.url);
    let outage = { stoppedAt: 0, startedAt: 0, paidBefore: 0, paidDuring: 0 };
    let paidNow = 0;
    const stopAt = Math.floor(ORDERS * 0.2);
    const startAt = Math.floor(ORDERS * 0.6);
    // New orders wait on `phase` while the broker is being stopped or started.
    let phase = Promise.resolve();
    const run = createAndPay({
      count: ORDERS,
      concurrency: 16,
      target: () => service.url,
      dead: () => deathOf(service),
      gate: () => phase,
      onProgress: (paid) => {
        paidNow = paid;
        if (paid === stopAt) {
          phase = phase.then(async () => {
            await world.rabbit.stopApp();
            outage = { ...outage, stoppedAt: Date.now(), paidBefore: paidNow };
            checks.info(`RabbitMQ app stopped after ${paidNow} payments`);
          });
        }
        if (paid === startAt) {
          phase = phase.then(async () => {
            // Keep the outage at least a few seconds long even on a fast machine.
            await sleep(Math.max(0, 3000 - (Date.now() - outage.stoppedAt)));
            outage = { ...outage, paidDuring: paidNow - outage.paidBefore };
            await world.rabbit.startApp();
            outage.startedAt = Date.now();
            checks.info(
              `RabbitMQ app started again after ${((outage.startedAt - outage.stoppedAt) / 1000).toFixed(1)} s down; ${outage.paidDuring} payments accepted meanwhile`,
            );
          });
        }
      },
    });
    const { attempts } = await run;
    await phase;
    const failed = attempts.filter((a) => a.status !== 200 && a.status !== 201);
    checks.check(outage.paidDuring > 0, `orders were paid while the broker was down (${outage.paidDuring})`);
    checks.info(`${attempts.length} HTTP attempts; ${failed.length} retried (statuses: ${summary(failed)})`);
    const result = await drainAndAccount(checks, world, {
      expectedPaid: ORDERS,
      why: 'failed publishes wait for their back-off',
    });
    checks.check(service.child.exitCode === null, 'the service kept running through the outage (no restart)');
    const log = service.output();
    const failedPublishes = log.split('outbox relay: publish failed').length - 1;
    const connectionEvents = log.split('broker connection').length - 1;
    checks.check(
      failedPublishes > 0 || connectionEvents > 0,
      `the outage reached the relay: ${failedPublishes} publishes failed and were retried later, ${connectionEvents} broker connection state changes logged`,
    );
    console.log(
      `RESULT ${JSON.stringify({ drill: 'broker-outage', ...result, outageSeconds: (outage.startedAt - outage.stoppedAt) / 1000 })}`,
    );
    await service.stop();
  },
);

function summary(attempts: readonly Attempt[]): string {
  const counts = new Map<number, number>();
  for (const a of attempts) counts.set(a.status, (counts.get(a.status) ?? 0) + 1);
  return [...counts].map(([s, n]) => `${s}×${n}`).join(', ') || 'none';
}
