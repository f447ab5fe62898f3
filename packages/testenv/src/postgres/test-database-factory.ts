import type pg from 'pg';
import { createAdminPool } from './admin-pool.js';
import { BackgroundDropper } from './background-dropper.js';
import { ClonePool } from './clone-pool.js';
import { cloneStatement, cloneStrategy } from './clone-statement.js';
import { cloneName, KEPT_COMMENT, templateName } from './database-names.js';
import { ensureTemplate, type Migrate } from './ensure-template.js';
import { quoteDatabaseName, withDatabase } from './sql-identifier.js';

/** What `createTestDatabase` asks for: a template key (e.g. a hash of the migration files) and how to migrate. */
export interface TestDatabaseOptions {
  readonly templateKey: string;
  readonly migrate: Migrate;
}

/** A database of one test's own, cloned from the migrated template. */
export interface TestDatabase {
  readonly connectionString: string;
  readonly database: string;
}

export interface TestDatabaseFactoryConfig {
  /** Admin URL of the server (a role allowed to CREATE DATABASE). */
  readonly serverUrl: string;
  readonly runId: string;
  /** Databases kept cloned ahead per template; 0 clones on demand only. */
  readonly poolSize: number;
}

/** Per-process source of test databases: templates built once, clones pooled, drops in the background. */
export class TestDatabaseFactory {
  private readonly admin: pg.Pool;
  private readonly pools = new Map<string, Promise<ClonePool>>();
  private readonly dropper: BackgroundDropper;
  private closed: Promise<void> | undefined;
  private strategy: Promise<string> | undefined;

  constructor(private readonly config: TestDatabaseFactoryConfig) {
    this.admin = createAdminPool(config.serverUrl, config.runId);
    this.dropper = new BackgroundDropper(this.admin);
  }

  async create(options: TestDatabaseOptions): Promise<TestDatabase> {
    const database = await (await this.poolFor(options)).take();
    return { database, connectionString: withDatabase(this.config.serverUrl, database) };
  }

  /** Builds the template and fills its pool ahead of the first test (benchmarks, slow first tests). */
  async prefill(options: TestDatabaseOptions): Promise<void> {
    await (await this.poolFor(options)).filled();
  }

  /** Queues the database for dropping; returns at once. */
  release(database: string): void {
    this.dropper.drop(database);
  }

  /** Marks the database so no clean-up drops it (`KEEP_FAILED_DB=1`). */
  async keep(database: string): Promise<void> {
    await this.admin.query(`COMMENT ON DATABASE ${quoteDatabaseName(database)} IS '${KEPT_COMMENT}'`);
  }

  /** Drops the pooled and released databases and closes the admin connections; safe to call twice. */
  close(): Promise<void> {
    this.closed ??= this.shutDown();
    return this.closed;
  }

  private async shutDown(): Promise<void> {
    for (const pool of this.pools.values()) {
      for (const name of await (await pool).drain()) this.dropper.drop(name);
    }
    await this.dropper.idle();
    await this.admin.end();
  }

  private poolFor({ templateKey, migrate }: TestDatabaseOptions): Promise<ClonePool> {
    const template = templateName(this.config.runId, templateKey);
    let pool = this.pools.get(template);
    if (!pool) {
      pool = this.buildPool(template, migrate);
      // A failed build is retried by the next test rather than failing every later one.
      pool.catch(() => this.pools.delete(template));
      this.pools.set(template, pool);
    }
    return pool;
  }

  private async buildPool(template: string, migrate: Migrate): Promise<ClonePool> {
    await ensureTemplate(this.admin, this.config.serverUrl, template, migrate);
    this.strategy ??= cloneStrategy(this.admin);
    const strategy = await this.strategy;
    const clone = async (name: string) => {
      await this.admin.query(cloneStatement(name, template, strategy));
    };
    return new ClonePool(clone, () => cloneName(this.config.runId), this.config.poolSize);
  }
}
