import pg from 'pg';
import { expect, it, vi } from 'vitest';
import { newRunId } from '../unique-names.js';
import { postgresUrl } from '../vitest/server-urls.js';
import { adminApplicationName } from './admin-pool.js';
import { RunLease } from './run-lease.js';

async function leaseSessions(runId: string, terminate: boolean): Promise<number> {
  const client = new pg.Client({ connectionString: postgresUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>(
      `SELECT ${terminate ? 'pg_terminate_backend(pid) AS ended, ' : ''}pid FROM pg_stat_activity WHERE application_name = $1`,
      [`${adminApplicationName(runId)}:lease`],
    );
    return rows.length;
  } finally {
    await client.end();
  }
}

it('survives its session being ended by the server, and releases without an error', async () => {
  const runId = newRunId();
  const lease = await RunLease.acquire(postgresUrl(), runId);
  expect(await leaseSessions(runId, true)).toBe(1);
  // The idle client hears of it as an 'error' event: unheard, that would end this process.
  await new Promise<void>((resolve) => setTimeout(resolve, 200));
  await expect(lease.release()).resolves.toBeUndefined();
  expect(await leaseSessions(runId, false)).toBe(0);
});

async function leaseHolders(runId: string): Promise<number[]> {
  const client = new pg.Client({ connectionString: postgresUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>(
      `SELECT a.pid FROM pg_stat_activity a JOIN pg_locks l ON l.pid = a.pid
        WHERE a.application_name = $1 AND l.locktype = 'advisory' AND l.granted`,
      [`${adminApplicationName(runId)}:lease`],
    );
    return rows.map(({ pid }) => pid);
  } finally {
    await client.end();
  }
}

it('takes its lock again on a new session when the server ends its session, so no reaper sees the run abandoned', async () => {
  const runId = newRunId();
  const lease = await RunLease.acquire(postgresUrl(), runId);
  const [first] = await leaseHolders(runId);
  expect(first).toBeTypeOf('number');
  await leaseSessions(runId, true);
  await vi.waitFor(() => expect(lease.relocks).toBe(1), { timeout: 10_000 });
  const holders = await leaseHolders(runId);
  expect(holders).toHaveLength(1);
  expect(holders).not.toContain(first);
  await lease.release();
  expect(await leaseHolders(runId)).toEqual([]);
  expect(await leaseSessions(runId, false)).toBe(0);
});
