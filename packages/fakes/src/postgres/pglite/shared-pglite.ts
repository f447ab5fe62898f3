import type { PGlite } from '@electric-sql/pglite';
import { FakePostgresEngineError } from '../fake-postgres-engine-error.js';
import { FakePostgresSetupError } from '../fake-postgres-setup-error.js';
import type { EngineReply, EngineRequest, PostgresEngine } from '../postgres-engine.js';
import { createPglite } from './initdb-cache.js';
import { loadPglite } from './load-pglite.js';
import { PgliteEngine } from './pglite-engine.js';
import { emptyCluster, type FreshCluster, readFreshCluster } from './recycled-cluster.js';

/** Makes a started engine's schema (migrations through a pool on it), then snapshots it. */
export type MigrateEngine = (engine: PostgresEngine) => Promise<void>;

/** A started PGlite and what it held when new (recycled-cluster.ts). */
interface Cluster {
  readonly db: PGlite;
  readonly fresh: FreshCluster;
}

interface SharedInstance {
  readonly engine: PgliteEngine;
  readonly cluster: Cluster;
  current: LeasedEngine | undefined;
}

// One PGlite per migration fingerprint per worker (starting one costs seconds and 700 MiB): a
// server started once, not state shared between tests, since every lease starts from a reset.
const instances = new Map<string, Promise<SharedInstance>>();
/** More schemas than this in one worker close the least recently leased instance (memory, not speed). */
const INSTANCES_KEPT = 2;

/**
 * An engine on this worker's PGlite for `key`, started and migrated on first use, reset for every
 * later lease. The newest lease wins: an older one's statements fail with 57P01, so two fakes never
 * silently share one database.
 */
export async function leasePglite(
  key: string,
  migrate: MigrateEngine,
  retired?: Cluster,
): Promise<PostgresEngine> {
  let starting = instances.get(key);
  instances.delete(key); // re-inserted below: the map's order is least recently leased first
  if (!starting) {
    const evicted = await evictBeyond(INSTANCES_KEPT - 1);
    if (evicted && retired) await retired.db.close();
    starting = start(migrate, evicted ?? retired);
    starting.catch(() => instances.delete(key));
  } else if (retired) {
    await retired.db.close();
  }
  instances.set(key, starting);
  const instance = await starting;
  const lease = new LeasedEngine(instance);
  if (instance.current) {
    try {
      await instance.engine.reset();
    } catch (error) {
      if (!(error instanceof FakePostgresSetupError && error.code === 'FAKE_PG_RESET_REFUSED')) throw error;
      // The last lease changed the schema (a test made tables or extensions beyond the migrations). Its own
      // reset() refuses that loudly; a new createFakePostgres is owed a database as its migrations make it,
      // so this PGlite is replaced rather than the next test failed for what another did.
      if (instances.get(key) === starting) instances.delete(key);
      instance.current = undefined;
      return leasePglite(key, migrate, instance.cluster);
    }
  }
  instance.current = lease;
  return lease;
}

/** Takes the least recently leased instances out beyond `kept`: the last one's PGlite is returned to be emptied. */
async function evictBeyond(kept: number): Promise<Cluster | undefined> {
  let retired: Cluster | undefined;
  while (instances.size > kept) {
    const [oldest] = instances;
    if (!oldest) break;
    instances.delete(oldest[0]);
    const instance = await oldest[1].catch(() => undefined);
    if (instance) {
      instance.current = undefined;
      await retired?.db.close();
      retired = instance.cluster;
    }
  }
  return retired;
}

/** A PGlite as a new start leaves it: `retired` emptied when nothing then tells it from one, else a new start. */
async function freshCluster(retired: Cluster | undefined): Promise<Cluster> {
  if (retired) {
    const emptied = await emptyCluster(retired.db, retired.fresh).catch(() => false);
    if (emptied) return retired;
    await retired.db.close().catch(() => {});
  }
  const db = await createPglite();
  try {
    return { db, fresh: await readFreshCluster(db) };
  } catch (error) {
    await db.close();
    throw error;
  }
}

async function start(migrate: MigrateEngine, retired?: Cluster): Promise<SharedInstance> {
  const pglite = await loadPglite();
  const cluster = await freshCluster(retired);
  const engine = new PgliteEngine(cluster.db, pglite);
  const instance: SharedInstance = { engine, cluster, current: undefined };
  const setup = new LeasedEngine(instance);
  instance.current = setup;
  try {
    await migrate(setup);
  } catch (error) {
    await engine.close();
    throw error;
  }
  return instance;
}

const SUPERSEDED =
  'fake postgres: this database was handed to a newer createFakePostgres({ engine: "pglite" }) with ' +
  'the same migrations in this worker (they share one PGlite, reset for each): use the newest one';

class LeasedEngine implements PostgresEngine {
  readonly name = 'pglite';

  constructor(private readonly instance: SharedInstance) {}

  async run(request: EngineRequest): Promise<EngineReply> {
    if (this.instance.current !== this) {
      return {
        results: [],
        error: { severity: 'FATAL', code: '57P01', message: SUPERSEDED },
        status: 'idle',
      };
    }
    return this.instance.engine.run(request);
  }

  /** Refused once superseded: the PGlite then holds another fake's database, whose reset point it would move. */
  async snapshot(): Promise<void> {
    if (this.instance.current !== this) throw new FakePostgresEngineError(SUPERSEDED);
    await this.instance.engine.snapshot();
  }

  async reset(): Promise<void> {
    if (this.instance.current === this) await this.instance.engine.reset();
  }

  /** The instance stays up for the worker's next lease. */
  async close(): Promise<void> {}
}
