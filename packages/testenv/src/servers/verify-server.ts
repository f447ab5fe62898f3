import { redactUrl } from '@seams/ports';
import amqp from 'amqplib';
import { Redis } from 'ioredis';
import pg from 'pg';
import type { ServiceName } from '../services.js';
import { SERVICE_SPECS } from '../services.js';
import { TestenvError } from '../testenv-error.js';

const TIMEOUT_MS = 5_000;

async function pingPostgres(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: TIMEOUT_MS });
  await client.connect();
  try {
    await client.query('SELECT 1');
  } finally {
    await client.end();
  }
}

async function pingRabbitmq(url: string): Promise<void> {
  const connection = await amqp.connect(url, { timeout: TIMEOUT_MS });
  await connection.close();
}

async function pingRedis(url: string): Promise<void> {
  const client = new Redis(url, { lazyConnect: true, connectTimeout: TIMEOUT_MS, maxRetriesPerRequest: 0 });
  try {
    await client.connect();
    await client.ping();
  } finally {
    client.disconnect();
  }
}

const PINGS: Record<ServiceName, (url: string) => Promise<void>> = {
  postgres: pingPostgres,
  rabbitmq: pingRabbitmq,
  redis: pingRedis,
};

/** Fails before any test when a named server does not answer, rather than in every test. */
export async function verifyServer(service: ServiceName, url: string): Promise<void> {
  try {
    await PINGS[service](url);
  } catch (error) {
    throw new TestenvError(
      'SERVER_UNREACHABLE',
      `${SERVICE_SPECS[service].urlVariable}=${redactUrl(url)} does not answer: start that server or unset the variable`,
      { cause: error },
    );
  }
}
