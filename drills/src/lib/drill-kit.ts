// What every drill shares: its servers, the payments provider (in the drill's own process, so its
// ledger outlives service crashes), an audit queue on the `orders` exchange, a retrying client,
// and the final accounting of orders, charges, outbox rows and delivered messages.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exec, realEnv } from '@seams/bench/harness';
import { ORDER_BODY, type RunningService, startService } from '@seams/bench/service';
import { eventually } from '@seams/contracts/eventually';
import { FakePaymentsProvider } from '@seams/fakes';
import { redactUrl } from '@seams/ports';
import amqp from 'amqplib';
import pg from 'pg';
import {
  attachDrillPostgres,
  attachDrillRabbit,
  DRILL_REDIS_DB,
  type DrillPostgres,
  type DrillRabbit,
  startDrillPostgres,
  startDrillRabbit,
} from './drill-servers.js';
import { type AnswerBody, postJson } from './post-json.js';

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
export const AUDIT_QUEUE = 'drill.audit';

/** Prints each check as it is made and remembers failures for the exit code. */
export class Checks {
  readonly failures: string[] = [];
  constructor(readonly title: string) {
    console.log(`\n# drill: ${title}`);
  }
  info(text: string): void {
    console.log(`  - ${text}`);
  }
  check(ok: boolean, text: string): boolean {
    console.log(`  [${ok ? 'ok' : 'FAIL'}] ${text}`);
    if (!ok) this.failures.push(text);
    return ok;
  }
  finish(): void {
    console.log(
      this.failures.length === 0
        ? `PASS: ${this.title}`
        : `FAIL: ${this.title}: ${this.failures.length} check(s) failed`,
    );
    process.exitCode = this.failures.length === 0 ? 0 : 1;
  }
}

/** Starts both drill servers; if one fails, stops the other before rethrowing. */
async function startOwnServers(): Promise<[DrillRabbit, DrillPostgres]> {
  const [rabbit, postgres] = await Promise.allSettled([startDrillRabbit(), startDrillPostgres()]);
  if (rabbit.status === 'fulfilled' && postgres.status === 'fulfilled') return [rabbit.value, postgres.value];
  await Promise.all(
    [rabbit, postgres].map((result) =>
      result.status === 'fulfilled' ? result.value.stop().catch(() => undefined) : undefined,
    ),
  );
  throw rabbit.status === 'rejected' ? rabbit.reason : (postgres as PromiseRejectedResult).reason;
}

/** The service's environment in a drill. */
export type ServiceEnv = Readonly<Record<string, string>>;

/** What a drill runs against: its servers, the payments provider, a pool on its database. */
export interface World {
  readonly rabbit: DrillRabbit;
  readonly postgres: DrillPostgres;
  readonly provider: FakePaymentsProvider;
  readonly db: pg.Pool;
  readonly logDir: string;
  env(paymentsUrl?: string): ServiceEnv;
  startService(paymentsUrl?: string, name?: string): Promise<RunningService>;
  close(): Promise<void>;
}

/**
 * The drill's world: the dedicated PostgreSQL and RabbitMQ (or the ones `pnpm drills` passes in
 * SEAMS_DRILL_PG_DIR), Redis db 12 on the machine, a payments provider (optionally behind `paymentsUrl`,
 * e.g. a flapping proxy), and the service env pointing at all of them.
 */
export async function openWorld(): Promise<World> {
  const shared = process.env.SEAMS_DRILL_PG_DIR;
  const ownServers = !shared;
  const [rabbit, postgres] = ownServers
    ? await startOwnServers()
    : [attachDrillRabbit(), attachDrillPostgres(shared)];
  // Each drill its own database and vhost-free broker state: a fresh database per drill.
  const database = `drill_${process.pid}_${Date.now()}`;
  const databaseUrl = withPath(postgres.url, database);
  const redisUrl = withPath(realEnv().TEST_REDIS_URL, String(DRILL_REDIS_DB));
  let provider: FakePaymentsProvider;
  try {
    await psql(postgres.url, `CREATE DATABASE ${database}`);
    provider = await FakePaymentsProvider.start({ host: '127.0.0.1' });
  } catch (error) {
    // A world that never opened is never closed by its drill: its servers must not outlive it.
    if (ownServers) await Promise.all([rabbit.stop(), postgres.stop()]).catch(() => undefined);
    throw error;
  }
  const logDir = mkdtempSync(join(tmpdir(), 'seams-drill-logs-'));
  const db = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  db.on('error', () => undefined); // the database restart drill cuts these too
  return {
    rabbit,
    postgres,
    provider,
    db,
    logDir,
    env: envFor,
    startService: (paymentsUrl?: string, name = 'service') =>
      startService({ env: envFor(paymentsUrl), log: join(logDir, `${name}.log`) }),
    async close() {
      await db.end().catch(() => undefined);
      await provider.close();
      await exec('sh', [
        '-c',
        `redis-cli -u "$1" --scan --pattern 'order-service:idempotency:*' | xargs -r -n 500 redis-cli -u "$1" del > /dev/null`,
        'sh',
        redisUrl,
      ]);
      if (ownServers) await Promise.all([rabbit.stop(), postgres.stop()]);
      else
        await psql(postgres.url, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(() => undefined);
    },
  };
  function envFor(paymentsUrl?: string): ServiceEnv {
    return {
      DATABASE_URL: databaseUrl,
      AMQP_URL: rabbit.url,
      REDIS_URL: redisUrl,
      PAYMENTS_URL: paymentsUrl ?? provider.url,
      PAYMENTS_API_KEY: provider.apiKey,
      LOG_LEVEL: 'warn',
    };
  }
}

function withPath(url: string, path: string): string {
  const u = new URL(url);
  u.pathname = `/${path}`;
  return u.toString();
}

async function psql(url: string, sql: string): Promise<void> {
  const r = await exec('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', url, '-c', sql]);
  if (r.code !== 0) throw new Error(`psql: ${r.stderr.trim()}`);
}

/** A durable audit queue bound to every order event; declared after the service made the exchange. */
export async function bindAuditQueue(amqpUrl: string): Promise<void> {
  const connection = await amqp.connect(amqpUrl);
  const channel = await connection.createChannel();
  await channel.assertQueue(AUDIT_QUEUE, { durable: true });
  await channel.bindQueue(AUDIT_QUEUE, 'orders', 'order.#');
  // `pnpm drills` shares one broker between drills: start from an empty queue.
  await channel.purgeQueue(AUDIT_QUEUE);
  await connection.close();
}

/** One message of the audit queue. */
export interface AuditMessage {
  readonly messageId: string;
  readonly routingKey: string;
  readonly orderId: string | undefined;
}

/** Every message in the audit queue (emptied): messageId, routing key, orderId. */
export async function readAuditQueue(amqpUrl: string): Promise<AuditMessage[]> {
  const connection = await amqp.connect(amqpUrl);
  const channel = await connection.createChannel();
  const messages: AuditMessage[] = [];
  for (;;) {
    const message = await channel.get(AUDIT_QUEUE, { noAck: false });
    if (!message) break;
    let orderId: string | undefined = message.properties.correlationId;
    try {
      // The body is the event payload; the AMQP correlationId carries the order id too.
      const payload: unknown = JSON.parse(message.content.toString());
      if (typeof payload === 'object' && payload !== null && 'orderId' in payload)
        orderId = String(payload.orderId);
    } catch {
      // not JSON: the correlationId it is
    }
    messages.push({
      messageId: String(message.properties.messageId),
      routingKey: message.fields.routingKey,
      orderId,
    });
    channel.ack(message);
  }
  await connection.close();
  return messages;
}

/** One request a drill client made. */
export interface Attempt {
  readonly path: 'create' | 'pay';
  readonly status: number;
  readonly ms: number;
  readonly at: number;
  readonly error: string | undefined;
}

/** Options of `createAndPay`. */
export interface CreateAndPayOptions {
  readonly count: number;
  readonly concurrency: number;
  readonly target: () => string;
  readonly onProgress?: (paid: number) => void;
  readonly gate?: () => Promise<void>;
  readonly dead?: () => string | undefined;
  readonly deadlineMs?: number;
}

/** The `{ id }` of a created order. */
export function idOf(body: AnswerBody | undefined): { id: string } {
  if (body?.id !== undefined) return { id: body.id };
  throw new Error(`expected an order with an id, got ${JSON.stringify(body)}`);
}

/**
 * Creates and pays `count` orders with `concurrency` clients, each request retried with the same
 * Idempotency-Key until it succeeds (as a careful client does). `target()` gives the current base
 * URL (a restarted service listens elsewhere); `gate()`, if given, is awaited before each new
 * order (a drill holds the load there while it stops a server); `dead()`, if it returns a reason,
 * stops the run at once (the service died: waiting for it would only hide that). Every attempt is recorded.
 */
export async function createAndPay({
  count,
  concurrency,
  target,
  onProgress,
  gate,
  dead,
  deadlineMs = 300_000,
}: CreateAndPayOptions): Promise<{ attempts: Attempt[]; orders: string[] }> {
  const attempts: Attempt[] = [];
  const orders: string[] = [];
  let paid = 0;
  let next = 0;
  const stopAt = Date.now() + deadlineMs;
  const until = async (
    path: string | (() => string),
    body: unknown,
    ok: number,
  ): Promise<AnswerBody | undefined> => {
    const key = randomUUID();
    for (let attempt = 0; ; attempt++) {
      const started = Date.now();
      const res = await postJson(`${target()}${typeof path === 'function' ? path() : path}`, body, {
        headers: { 'idempotency-key': key },
        timeoutMs: 30_000,
      });
      attempts.push({
        path: typeof path === 'function' ? 'pay' : 'create',
        status: res.status,
        ms: Date.now() - started,
        at: started,
        error: res.error,
      });
      if (res.status === ok) return res.body;
      const reason = dead?.();
      if (reason) throw new Error(reason);
      if (Date.now() > stopAt)
        throw new Error(`gave up after ${attempt + 1} attempts: last status ${res.status}`);
      await sleep(Math.min(2000, 50 * 2 ** Math.min(attempt, 6)));
    }
  };
  const worker = async () => {
    while (next < count) {
      await gate?.();
      if (next >= count) break;
      next++;
      const order = idOf(await until('/orders', ORDER_BODY, 201));
      orders.push(order.id);
      await until(() => `/orders/${order.id}/pay`, { paymentToken: 'tok_visa' }, 200);
      paid++;
      onProgress?.(paid);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { attempts, orders };
}

/** Waits until the outbox has nothing unpublished; returns the seconds it took. */
export async function waitForOutboxDrained(db: pg.Pool, timeoutMs = 180_000): Promise<number> {
  const started = Date.now();
  let unpublished = 0;
  await eventually(
    async () => {
      const { rows } = await db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM outbox_events WHERE published_at IS NULL',
      );
      unpublished = rows[0]?.n ?? 0;
      return unpublished === 0;
    },
    'the outbox to drain',
    { timeoutMs, intervalMs: 500 },
  ).catch((error: unknown) => {
    throw new Error(`${unpublished} events still unpublished after ${timeoutMs} ms`, { cause: error });
  });
  return (Date.now() - started) / 1000;
}

/**
 * How every drill ends: wait for the outbox to drain (saying how long it took, and `why` that
 * took what it did), read the audit queue, and do the accounting.
 */
export async function drainAndAccount(
  checks: Checks,
  world: World,
  { expectedPaid, timeoutMs, why }: { expectedPaid?: number; timeoutMs?: number; why?: string } = {},
): Promise<Accounting> {
  const drainSeconds = await waitForOutboxDrained(world.db, timeoutMs);
  checks.info(`outbox drained ${drainSeconds.toFixed(1)} s after the last payment${why ? ` (${why})` : ''}`);
  const messages = await readAuditQueue(world.rabbit.url);
  return accounting(checks, { db: world.db, provider: world.provider, messages, expectedPaid });
}

/** What a drill counted at its end. */
export interface Accounting {
  readonly orders: number;
  readonly paid: number;
  readonly events: number;
  readonly messages: number;
  readonly duplicates: number;
  readonly lost: number;
  readonly doubleCharges: number;
}

/**
 * The accounting every drill ends with. Losses: a committed event missing from the audit queue,
 * a paid order without exactly one order.paid event, a charge more than once, a paid order
 * without its charge. Duplicates (same messageId delivered again) are counted, not failed:
 * consumers dedupe by messageId, which the last check proves is enough.
 */
export async function accounting(
  checks: Checks,
  {
    db,
    provider,
    messages,
    expectedPaid,
  }: {
    db: pg.Pool;
    provider: FakePaymentsProvider;
    messages: readonly AuditMessage[];
    expectedPaid?: number | undefined;
  },
): Promise<Accounting> {
  const { rows: orders } = await db.query<{ id: string; status: string }>('SELECT id, status FROM orders');
  const { rows: events } = await db.query<{ id: string; type: string; correlation_id: string }>(
    'SELECT id, type, correlation_id FROM outbox_events',
  );
  const paidOrders = orders.filter((o) => o.status === 'paid');
  if (expectedPaid !== undefined)
    checks.check(
      paidOrders.length === expectedPaid,
      `${paidOrders.length} of ${expectedPaid} orders paid in the database`,
    );

  const delivered = new Map<string, number>();
  for (const m of messages) delivered.set(m.messageId, (delivered.get(m.messageId) ?? 0) + 1);
  const missing = events.filter((e) => !delivered.has(e.id));
  const duplicates = [...delivered.values()].reduce((sum, n) => sum + (n - 1), 0);
  const strangers = [...delivered.keys()].filter((id) => !events.some((e) => e.id === id));
  checks.info(
    `${events.length} outbox events committed; ${messages.length} messages in ${AUDIT_QUEUE}; ${delivered.size} distinct messageIds; ${duplicates} duplicate deliveries`,
  );
  checks.check(
    missing.length === 0,
    `every committed event reached the bound queue (${missing.length} lost${
      missing.length
        ? `: ${missing
            .slice(0, 3)
            .map((e) => e.id)
            .join(', ')}`
        : ''
    })`,
  );
  checks.check(
    strangers.length === 0,
    `every message is a committed event (${strangers.length} without an outbox row)`,
  );

  const paidEvents = new Map<string, number>();
  for (const e of events.filter((e) => e.type === 'order.paid'))
    paidEvents.set(e.correlation_id, (paidEvents.get(e.correlation_id) ?? 0) + 1);
  const paidMessages = new Map<string | undefined, Set<string>>();
  for (const m of messages.filter((m) => m.routingKey === 'order.paid')) {
    const set = paidMessages.get(m.orderId) ?? new Set<string>();
    set.add(m.messageId);
    paidMessages.set(m.orderId, set);
  }
  const wrongPaid = paidOrders.filter(
    (o) => paidEvents.get(o.id) !== 1 || paidMessages.get(o.id)?.size !== 1,
  );
  checks.check(
    wrongPaid.length === 0,
    `every paid order has exactly one order.paid event and message after dedupe by messageId (${wrongPaid.length} do not)`,
  );
  const paidDuplicates =
    messages.filter((m) => m.routingKey === 'order.paid').length -
    [...paidMessages.values()].reduce((s, set) => s + set.size, 0);
  checks.info(
    `order.paid messages: ${messages.filter((m) => m.routingKey === 'order.paid').length} delivered, ${paidDuplicates} of them duplicates of a messageId already delivered`,
  );

  const charges = new Map<string, number>();
  for (const c of provider.charges) charges.set(c.reference ?? '', (charges.get(c.reference ?? '') ?? 0) + 1);
  const doubles = [...charges.values()].filter((n) => n > 1).length;
  const uncharged = paidOrders.filter((o) => charges.get(o.id) !== 1).length;
  checks.check(
    doubles === 0,
    `no order charged twice (${provider.charges.length} charges for ${charges.size} orders; ${doubles} charged more than once)`,
  );
  checks.check(uncharged === 0, `every paid order has exactly one charge (${uncharged} do not)`);
  const paidIds = new Set(paidOrders.map((o) => o.id));
  const chargedUnpaid = [...charges.keys()].filter((id) => !paidIds.has(id)).length;
  if (chargedUnpaid > 0) {
    checks.info(
      `${chargedUnpaid} order(s) charged but not marked paid: the process died between the charge and its commit; a retry (same payment key) gets the same charge back and completes them`,
    );
  }
  const dedupedOk = missing.length === 0 && strangers.length === 0 && delivered.size === events.length;
  checks.check(
    dedupedOk,
    `dedupe by messageId leaves exactly the committed events (${delivered.size} ids = ${events.length} events): consumers can drop duplicates by messageId`,
  );
  return {
    orders: orders.length,
    paid: paidOrders.length,
    events: events.length,
    messages: messages.length,
    duplicates,
    lost: missing.length,
    doubleCharges: doubles,
  };
}

/** A reason when the service process has exited on its own, with the end of its log. */
export function deathOf(service: RunningService): string | undefined {
  const { exitCode, signalCode } = service.child;
  if (exitCode === null && signalCode === null) return undefined;
  // The crash report: Node's "Unhandled 'error' event" and the error line, not the JSON logs.
  const lines = service
    .output()
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('{'));
  const headline = lines.filter((l) => /Unhandled|^\w*Error\b|Emitted 'error'/.test(l.trim()));
  const tail = (headline.length ? headline : lines.slice(-4)).slice(0, 4).join('\n      ');
  return `the service process died (exit ${exitCode ?? signalCode}):\n      ${tail}`;
}

/** Runs a drill body with its world, always closing the servers and the service. */
export async function runDrill(
  title: string,
  body: (drill: {
    checks: Checks;
    world: World;
    track: (service: RunningService) => RunningService;
  }) => Promise<void>,
): Promise<void> {
  const checks = new Checks(title);
  let world: World | undefined;
  const services: RunningService[] = [];
  const interrupted = async () => {
    for (const s of services) await s.kill().catch(() => undefined);
    await world?.close().catch(() => undefined);
    process.exit(130);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    const opened = await openWorld();
    world = opened;
    checks.info(
      `servers: PostgreSQL ${redactUrl(opened.env().DATABASE_URL ?? '')}, RabbitMQ ${redactUrl(opened.rabbit.url)} (dedicated drill instances), Redis ${redactUrl(opened.env().REDIS_URL ?? '')}; logs in ${opened.logDir}`,
    );
    await body({
      checks,
      world: opened,
      track: (s) => {
        services.push(s);
        return s;
      },
    });
  } catch (error) {
    checks.check(false, `drill aborted: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    for (const s of services) await s.kill().catch(() => undefined);
    await world?.close().catch((e: unknown) => console.error('cleanup failed:', e));
  }
  // Service logs are kept for a failed drill only (their path is printed at the start).
  if (checks.failures.length === 0 && world) rmSync(world.logDir, { recursive: true, force: true });
  checks.finish();
}
