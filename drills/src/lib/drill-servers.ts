// Throwaway servers the drills may stop, crash and restart. Other sessions run their tests against
// the machine's PostgreSQL (5432) and RabbitMQ (5672) all the time, so no drill ever touches those:
// each drill gets a second RabbitMQ node (seams-drill@localhost on 5673) and a second PostgreSQL
// cluster (port 5433), both in a temp directory that is deleted afterwards. Redis is the machine's
// (logical database 12, keys removed afterwards); no drill stops it.
import { spawn } from 'node:child_process';
import { chownSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ExecResult, exec } from '@seams/bench/harness';
import { eventually } from '@seams/contracts/eventually';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const isRoot = process.getuid?.() === 0;

/** Runs a server tool as the server's own user (root cannot run postgres; rabbitmqctl needs the cookie). */
function asUser(
  user: string,
  cmd: string,
  args: readonly string[],
  env: Readonly<Record<string, string>> = {},
): [string, string[]] {
  const envArgs = Object.entries(env).map(([k, v]) => `${k}=${v}`);
  return isRoot
    ? ['runuser', ['-u', user, '--', 'env', ...envArgs, cmd, ...args]]
    : ['env', [...envArgs, cmd, ...args]];
}

/** uid and gid of a server's user (the Debian packages create `postgres` and `rabbitmq`). */
function ids(user: string): [number, number] {
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${user}:`));
  if (!line) throw new Error(`no user ${user} on this machine`);
  const [, , uid, gid] = line.split(':');
  return [Number(uid), Number(gid)];
}

function tempDirFor(user: string, prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  if (isRoot) chownSync(dir, ...ids(user));
  return dir;
}

// --- RabbitMQ ---------------------------------------------------------------------------------

/** The drill's RabbitMQ node and its controls. */
export interface DrillRabbit {
  readonly url: string;
  readonly node: string;
  /** The outage of the drill: the Erlang node stays up, the broker application stops. */
  stopApp(): Promise<void>;
  startApp(): Promise<void>;
  /** Stops a node this drill started (and deletes its files); nothing for an attached one. */
  stop(): Promise<void>;
}

export const DRILL_NODE = 'seams-drill@localhost';
const RABBIT_PORT = 5673;
const RABBIT_HOME = { HOME: '/var/lib/rabbitmq' };

async function rabbitmqctl(...args: string[]): Promise<ExecResult> {
  const [cmd, argv] = asUser(
    'rabbitmq',
    '/usr/lib/rabbitmq/bin/rabbitmqctl',
    ['-n', DRILL_NODE, ...args],
    RABBIT_HOME,
  );
  return exec(cmd, argv);
}

/** Starts the drill node; resolves with its AMQP URL and controls for outages. */
export async function startDrillRabbit(): Promise<DrillRabbit> {
  // A node left by a killed drill has our name: stop it first (never another node).
  if ((await rabbitmqctl('status')).code === 0) await rabbitmqctl('stop');
  const dir = tempDirFor('rabbitmq', 'seams-drill-rabbit-');
  writeFileSync(join(dir, 'rabbitmq.conf'), `listeners.tcp.local = 127.0.0.1:${RABBIT_PORT}\n`);
  writeFileSync(join(dir, 'enabled_plugins'), '[].\n');
  writeFileSync(join(dir, 'rabbitmq-env.conf'), '\n');
  const env = {
    ...RABBIT_HOME,
    RABBITMQ_CONF_ENV_FILE: join(dir, 'rabbitmq-env.conf'),
    RABBITMQ_NODENAME: DRILL_NODE,
    RABBITMQ_NODE_IP_ADDRESS: '127.0.0.1',
    RABBITMQ_NODE_PORT: String(RABBIT_PORT),
    RABBITMQ_DIST_PORT: String(RABBIT_PORT + 20_000),
    RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS: '-kernel inet_dist_use_interface {127,0,0,1}',
    RABBITMQ_CONFIG_FILE: join(dir, 'rabbitmq.conf'),
    RABBITMQ_MNESIA_BASE: join(dir, 'mnesia'),
    RABBITMQ_LOG_BASE: join(dir, 'log'),
    RABBITMQ_ENABLED_PLUGINS_FILE: join(dir, 'enabled_plugins'),
    ERL_EPMD_ADDRESS: '127.0.0.1',
  };
  if (isRoot) {
    for (const f of ['rabbitmq.conf', 'enabled_plugins', 'rabbitmq-env.conf'])
      chownSync(join(dir, f), ...ids('rabbitmq'));
  }
  const out = openSync(join(dir, 'server.log'), 'a');
  const [cmd, argv] = asUser('rabbitmq', '/usr/lib/rabbitmq/bin/rabbitmq-server', [], env);
  const child = spawn(cmd, argv, { stdio: ['ignore', out, out], detached: false });
  let lastError = '';
  try {
    await eventually(
      async () => {
        if (child.exitCode !== null) throw new Error(`rabbitmq-server exited with ${child.exitCode}`);
        const r = await rabbitmqctl('await_startup', '--timeout', '5');
        lastError = r.stderr.slice(-400);
        return r.code === 0;
      },
      'the drill RabbitMQ node to start',
      { timeoutMs: 90_000, intervalMs: 1000 },
    );
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`drill RabbitMQ did not start (see ${dir}/server.log): ${lastError}`, { cause: error });
  }
  return {
    ...attachDrillRabbit(),
    async stop() {
      await rabbitmqctl('stop');
      if (child.exitCode === null) {
        await Promise.race([
          new Promise<void>((resolve) => child.once('exit', () => resolve())),
          sleep(10_000),
        ]);
        child.kill('SIGKILL');
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Controls of the drill node when it is already running (`pnpm drills` starts it once for all). */
export function attachDrillRabbit(): DrillRabbit {
  return {
    url: `amqp://guest:guest@127.0.0.1:${RABBIT_PORT}`,
    node: DRILL_NODE,
    /** The outage of the drill: the Erlang node stays up, the broker application stops. */
    async stopApp() {
      const r = await rabbitmqctl('stop_app');
      if (r.code !== 0) throw new Error(`stop_app: ${r.stderr}`);
    },
    async startApp() {
      const r = await rabbitmqctl('start_app');
      if (r.code !== 0) throw new Error(`start_app: ${r.stderr}`);
    },
    stop: async () => undefined,
  };
}

// --- PostgreSQL -------------------------------------------------------------------------------

/** The drill's PostgreSQL cluster and its controls. */
export interface DrillPostgres {
  readonly url: string;
  readonly dir: string;
  pgctl(...args: string[]): Promise<void>;
  start(): Promise<void>;
  /** `immediate` is a crash (recovery on start); `fast` a clean restart that cuts sessions. */
  restart(mode?: 'immediate' | 'fast'): Promise<void>;
  /** Stops a cluster this drill started (and deletes its files); nothing for an attached one. */
  stop(): Promise<void>;
}

const PG_PORT = 5433;

/** initdb + pg_ctl start of a cluster of our own on 127.0.0.1:5433. */
export async function startDrillPostgres(): Promise<DrillPostgres> {
  const dir = tempDirFor('postgres', 'seams-drill-pg-');
  const [cmd, argv] = asUser('postgres', 'initdb', [
    '-D',
    join(dir, 'data'),
    '-U',
    'postgres',
    '--auth=trust',
  ]);
  const init = await exec(cmd, argv);
  if (init.code !== 0) throw new Error(`initdb: ${init.stderr}`);
  const cluster = attachDrillPostgres(dir);
  // A cluster left on 5433 by a killed drill would block the port; pg_ctl start then fails loudly.
  await cluster.start();
  return {
    ...cluster,
    async stop() {
      await cluster.pgctl('stop', '-m', 'immediate', '-w').catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Controls of the drill cluster whose data directory is `dir/data` (started by `pnpm drills`). */
export function attachDrillPostgres(dir: string): DrillPostgres {
  const pgctl = async (...args: string[]): Promise<void> => {
    const [cmd, argv] = asUser('postgres', 'pg_ctl', ['-D', join(dir, 'data'), ...args]);
    const r = await exec(cmd, argv);
    if (r.code !== 0) throw new Error(`pg_ctl ${args[0]}: ${r.stderr || r.stdout}`);
  };
  const options = `-p ${PG_PORT} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200`;
  const start = () => pgctl('start', '-w', '-t', '60', '-l', join(dir, 'server.log'), '-o', options);
  return {
    url: `postgres://postgres@127.0.0.1:${PG_PORT}/postgres`,
    dir,
    pgctl,
    start,
    /** `immediate` is a crash (recovery on start); `fast` a clean restart that cuts sessions. */
    async restart(mode: 'immediate' | 'fast' = 'immediate') {
      await pgctl('stop', '-m', mode, '-w');
      await start();
    },
    stop: async () => undefined,
  };
}

export const DRILL_REDIS_DB = 12;
