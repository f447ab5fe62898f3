import type pg from 'pg';
import { adminApplicationName, createAdminPool } from './admin-pool.js';
import { BackgroundDropper } from './background-dropper.js';
import { ClonePool } from './clone-pool.js';
import { cloneStatement, cloneStrategy } from './clone-statement.js';
import { cloneName, KEPT_COMMENT, templateName } from './database-names.js';
import { ensureTemplate, type Migrate, type TemplateOrigin } from './ensure-template.js';
import { commentStatement, withDatabase } from './sql-identifier.js';
import { TemplateLocks } from './template-locks.js';
import { openWarmPool } from './warm-pool.js';

/** What a test database is made from: the schema's identity and how to build it. */
export interface TestDatabaseOptions {
  /**
   * Names the schema: the template built for it is reused by every later test and run with the
   * same key, so it must change whenever the migrations do (use `hashFiles(migrationsDir)`).
   */
  readonly templateKey: string;
  readonly migrate: Migrate;
}

/** A database of one test's own, cloned from the migrated template. */
export interface TestDatabase {
  /** Connection URL of this database (the server's credentials). */
  readonly url: string;
  /** The database's name, e.g. `seams_ab12cd34_x9y8z7_1`. */
  readonly name: string;
  /** A pg pool on it with one connection already open; ended by `release()` and `keep()`. */
  readonly pool: pg.Pool;
  /** Ends `pool` and drops the database in the background; returns at once. Safe to call twice. */
  release(): Promise<void>;
  /** Ends `pool` and keeps the database for inspection (no sweep drops it); drop it yourself. */
  keep(): Promise<void>;
}

/** A PostgreSQL server of the environment: where test databases come from. */
export interface PostgresServer {
  /** Admin URL of the server (a role allowed to CREATE DATABASE). */
  readonly url: string;
  /**
   * A migrated database of the caller's own, cloned from a template built once per `templateKey`
   * (and kept across runs); from a pool of clones made ahead, so usually at once.
   *
   * @example
   * const db = await env.postgres.createDatabase({ templateKey: hashFiles(dir), migrate });
   * await db.pool.query('SELECT 1');
   * await db.release();
   */
  createDatabase(options: TestDatabaseOptions): Promise<TestDatabase>;
}

export interface TestDatabaseFactoryConfig {
  /** Admin URL of the server (a role allowed to CREATE DATABASE). */
  readonly serverUrl: string;
  readonly runId: string;
  /** Databases kept cloned ahead per template; 0 clones on demand only. */
  readonly poolSize: number;
}

interface PreparedDatabase {
  readonly name: string;
  readonly pool: pg.Pool;
}

interface TemplatePool {
  readonly origin: TemplateOrigin;
  readonly clones: ClonePool<PreparedDatabase>;
}

/** Per-process source of test databases: templates shared across runs, clones pooled, drops in the background. */
export class TestDatabaseFactory implements PostgresServer {
  readonly url: string;
  private readonly admin: pg.Pool;
  private readonly locks: TemplateLocks;
  private readonly pools = new Map<string, Promise<TemplatePool>>();
  private readonly handedOut = new Set<TestDatabase>();
  private readonly dropper: BackgroundDropper;
  private closed: Promise<void> | undefined;
  private strategy: Promise<string> | undefined;

  constructor(private readonly config: TestDatabaseFactoryConfig) {
    this.url = config.serverUrl;
    this.admin = createAdminPool(config.serverUrl, config.runId);
    this.locks = new TemplateLocks(config.serverUrl, `${adminApplicationName(config.runId)}:templates`);
    this.dropper = new BackgroundDropper(this.admin);
  }

  async createDatabase(options: TestDatabaseOptions): Promise<TestDatabase> {
    const { name, pool } = await (await this.poolFor(options)).clones.take();
    const { handedOut, dropper, admin } = this;
    // Whichever comes first, release() or keep(), ends the pool; the other is then a no-op.
    const letGo = () => {
      if (!handedOut.delete(database)) return false;
      pool.end().catch(() => {});
      return true;
    };
    const database: TestDatabase = {
      name,
      pool,
      url: withDatabase(this.config.serverUrl, name),
      async release() {
        if (letGo()) dropper.drop(name);
      },
      async keep() {
        if (letGo()) await admin.query(commentStatement(name, KEPT_COMMENT));
      },
    };
    handedOut.add(database);
    return database;
  }

  /**
   * Builds (or finds) the template and fills its pool ahead of the first test; says whether the
   * template was built by this call or reused (benchmarks, a slow first test).
   */
  async prefill(options: TestDatabaseOptions): Promise<TemplateOrigin> {
    const pool = await this.poolFor(options);
    await pool.clones.filled();
    return pool.origin;
  }

  /** Drops the pooled, released and unreleased databases and closes the connections; safe to call twice. */
  close(): Promise<void> {
    this.closed ??= this.shutDown();
    return this.closed;
  }

  private async shutDown(): Promise<void> {
    for (const pool of this.pools.values()) {
      const drained = await pool.then((built) => built.clones.drain()).catch(() => []);
      for (const { name, pool: connections } of drained) {
        await connections.end();
        this.dropper.drop(name);
      }
    }
    await Promise.all([...this.handedOut].map((database) => database.release()));
    await this.dropper.idle();
    await Promise.all([this.admin.end(), this.locks.close()]);
  }

  private poolFor({ templateKey, migrate }: TestDatabaseOptions): Promise<TemplatePool> {
    const template = templateName(templateKey);
    let pool = this.pools.get(template);
    if (!pool) {
      pool = this.buildPool(template, migrate);
      // A failed build is retried by the next test rather than failing every later one.
      pool.catch(() => this.pools.delete(template));
      this.pools.set(template, pool);
    }
    return pool;
  }

  private async buildPool(template: string, migrate: Migrate): Promise<TemplatePool> {
    await this.locks.hold(template);
    const origin = await ensureTemplate(this.admin, this.config.serverUrl, template, migrate);
    this.strategy ??= cloneStrategy(this.admin);
    const strategy = await this.strategy;
    const prepare = async (): Promise<PreparedDatabase> => {
      const name = cloneName(this.config.runId);
      await this.admin.query(cloneStatement(name, template, strategy));
      try {
        return { name, pool: await openWarmPool(withDatabase(this.config.serverUrl, name)) };
      } catch (error) {
        this.dropper.drop(name);
        throw error;
      }
    };
    return { origin, clones: new ClonePool(prepare, this.config.poolSize) };
  }
}
