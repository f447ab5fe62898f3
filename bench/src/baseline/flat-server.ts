// The flat baseline: the order service's two hot endpoints and its relay on node:http, pg, ioredis,
// amqplib and fetch, with no ports, adapters or framework. It issues the service's statements,
// Redis scripts, payments call and publishes, so the CPU it spends per create+pay pair is the
// floor the service's layering is measured against (bench/src/layering.ts).
// Env: DATABASE_URL (migrated), AMQP_URL, REDIS_URL, PAYMENTS_URL, PAYMENTS_API_KEY, PORT, HOST.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import amqp from 'amqplib';
import { Redis } from 'ioredis';
import pg from 'pg';
import { type FlatReply, oncePerKey } from './flat-idempotency.js';
import { createOrder, type FlatDeps, payOrder } from './flat-orders.js';
import { FlatRelay } from './flat-relay.js';

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`flat baseline: ${name} must be set`);
  return value;
}

async function declareTopology(channel: amqp.Channel): Promise<void> {
  await channel.assertExchange('orders', 'topic', { durable: true });
  await channel.assertExchange('orders.dlx', 'topic', { durable: true });
  const quorum = (dlx?: string) => ({
    durable: true,
    arguments: { 'x-queue-type': 'quorum', ...(dlx ? { 'x-dead-letter-exchange': dlx } : {}) },
  });
  await channel.assertQueue('orders.all', quorum('orders.dlx'));
  await channel.bindQueue('orders.all', 'orders', 'order.#');
  await channel.assertQueue('orders.dead-letter', quorum());
  await channel.bindQueue('orders.dead-letter', 'orders.dlx', '#');
}

function readBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      try {
        resolve(chunks.length === 0 ? undefined : JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch (error) {
        reject(error);
      }
    });
    req.on('error', reject);
  });
}

function send(res: ServerResponse, reply: FlatReply): void {
  res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', ...reply.headers });
  res.end(reply.body);
}

const PAY_PATH = /^\/orders\/([^/]+)\/pay$/;

async function route(deps: FlatDeps, redis: Redis, req: IncomingMessage): Promise<FlatReply> {
  const url = req.url ?? '/';
  if (req.method === 'GET' && url === '/healthz') return { status: 200, body: '{"status":"ok"}' };
  if (req.method !== 'POST') return { status: 404, body: '{"code":"NOT_FOUND"}' };
  const pay = PAY_PATH.exec(url);
  if (url !== '/orders' && !pay) return { status: 404, body: '{"code":"NOT_FOUND"}' };
  let body: unknown;
  try {
    body = await readBody(req);
  } catch {
    return { status: 400, body: '{"code":"INVALID_JSON"}' };
  }
  const header = req.headers['idempotency-key'];
  const key = typeof header === 'string' ? header : undefined;
  const request = { method: req.method, url, body };
  return oncePerKey(redis, key, request, () =>
    pay ? payOrder(deps, decodeURIComponent(pay[1] ?? ''), body) : createOrder(deps, body),
  );
}

const pool = new pg.Pool({ connectionString: env('DATABASE_URL'), max: 10 });
const redis = new Redis(env('REDIS_URL'), { maxRetriesPerRequest: 1 });
const connection = await amqp.connect(env('AMQP_URL'));
const setup = await connection.createChannel();
await declareTopology(setup);
await setup.close();
const relay = new FlatRelay(pool, await connection.createConfirmChannel(), 'orders');
const deps: FlatDeps = {
  pool,
  payments: { url: env('PAYMENTS_URL'), apiKey: env('PAYMENTS_API_KEY') },
  onEvents: () => relay.wake(),
};

const server = createServer((req, res) => {
  route(deps, redis, req).then(
    (reply) => send(res, reply),
    (error: unknown) => {
      console.error('flat baseline: request failed', error);
      send(res, { status: 500, body: '{"code":"INTERNAL"}' });
    },
  );
});
server.listen(Number(process.env.PORT ?? 3001), process.env.HOST ?? '127.0.0.1');
relay.start();

process.once('SIGTERM', () => {
  server.close();
  void (async () => {
    await relay.stop();
    await connection.close();
    await Promise.all([pool.end(), redis.quit()]);
  })();
});
