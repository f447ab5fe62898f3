// Drill: payments flapping. A scripted loopback proxy sits between the service and the payments
// provider and answers at random: 429 with Retry-After, 500, a hang until the client's attempt
// timeout, and the nasty ones where the provider DID charge but the answer is lost (a 500 or a
// hang after forwarding). The service retries with its idempotency key; clients retry 503s with
// theirs. No order may be charged twice and no paid order may lack its event.
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { bindAuditQueue, createAndPay, deathOf, drainAndAccount, runDrill } from './lib/drill-kit.js';

const ORDERS = Number(process.env.SEAMS_DRILL_ORDERS ?? 300);
// Cumulative odds per request; the rest pass through untouched.
const FAULTS: readonly (readonly [string, number])[] = [
  ['429 (Retry-After: 1), not forwarded', 0.1],
  ['500, not forwarded', 0.1],
  ['hang, not forwarded', 0.04],
  ['forwarded (charged), answer replaced by 500', 0.1],
  ['forwarded (charged), answer lost: hang', 0.04],
];

/** The flapping proxy; `tally` counts what it did. */
async function startFlappingProxy(
  upstream: string,
  random: () => number = Math.random,
): Promise<{ url: string; tally: Map<string, number>; close(): Promise<void> }> {
  const tally = new Map<string, number>();
  const hung = new Set<ServerResponse>();
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    let roll = random();
    let fault = 'passed through';
    for (const [name, odds] of FAULTS) {
      if (roll < odds) {
        fault = name;
        break;
      }
      roll -= odds;
    }
    tally.set(fault, (tally.get(fault) ?? 0) + 1);
    const hang = () => hung.add(res);
    if (fault.startsWith('429'))
      return res
        .writeHead(429, { 'retry-after': '1', 'content-type': 'application/json' })
        .end('{"error":{"type":"rate_limited"}}');
    if (fault === '500, not forwarded')
      return res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":{"type":"api_error"}}');
    if (fault === 'hang, not forwarded') return hang();
    const headers: Record<string, string> = {};
    for (const name of ['authorization', 'idempotency-key', 'content-type']) {
      const value = req.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    const answer = await fetch(`${upstream}${req.url}`, {
      method: req.method,
      headers,
      body: body.length ? body : undefined,
    });
    const text = await answer.text();
    if (fault.startsWith('forwarded (charged), answer replaced'))
      return res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":{"type":"api_error"}}');
    if (fault.startsWith('forwarded (charged), answer lost')) return hang();
    res
      .writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' })
      .end(text);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    tally,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hung) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

await runDrill(
  `payments flapping (${ORDERS} orders through a proxy answering 429/500/timeouts at random)`,
  async ({ checks, world, track }) => {
    const proxy = await startFlappingProxy(world.provider.url);
    try {
      const service = track(await world.startService(proxy.url));
      await bindAuditQueue(world.rabbit.url);
      const { attempts } = await createAndPay({
        count: ORDERS,
        concurrency: 16,
        target: () => service.url,
        dead: () => deathOf(service),
      });
      const pays = attempts.filter((a) => a.path === 'pay');
      checks.info(`proxy: ${[...proxy.tally].map(([k, n]) => `${k} ${n}`).join('; ')}`);
      checks.info(
        `pay attempts by clients: ${pays.length} (${pays.filter((a) => a.status === 503).length} answered 503 after the service's own retries ran out, retried by the client)`,
      );
      const other = attempts.filter((a) => ![200, 201, 503].includes(a.status));
      checks.check(other.length === 0, `clients saw only 2xx or 503 (${other.length} other)`);
      const result = await drainAndAccount(checks, world, { expectedPaid: ORDERS });
      const keys = new Set(world.provider.charges.map((c) => c.idempotencyKey));
      checks.info(
        `provider: ${world.provider.requests.length} charge requests reached it for ${world.provider.charges.length} charges (${keys.size} idempotency keys)`,
      );
      console.log(
        `RESULT ${JSON.stringify({ drill: 'payments-flapping', ...result, proxy: Object.fromEntries(proxy.tally) })}`,
      );
      await service.stop();
    } finally {
      await proxy.close();
    }
  },
);
