import type { IBackup, IMemoryDb } from 'pg-mem';
import type { DatabaseLock, LockOwner } from './database-lock.js';
import { FakePostgresError } from './fake-postgres-error.js';
import type { FakeQueryResult, PgMemEngine } from './pg-mem-engine.js';
import { transactionControl } from './transaction-control.js';

/** A query as pg accepts it: text plus values, or a `{ text, values }` config. */
export type FakeQueryInput = string | { readonly text: string; readonly values?: unknown[] };

/** What a client shares with its pool: the database, its engine and its lock. */
export interface FakeDatabase {
  readonly db: IMemoryDb;
  readonly engine: PgMemEngine;
  readonly lock: DatabaseLock;
}

type State = 'idle' | 'open' | 'failed';

const done = (command: string): FakeQueryResult => ({ command, rowCount: 0, rows: [], fields: [] });

/**
 * A pooled client with PostgreSQL's transaction semantics on top of pg-mem (which alone commits
 * every statement): BEGIN takes the database lock and a backup, ROLLBACK restores it, an error
 * inside the transaction makes later statements fail with 25P02 until it ends, and COMMIT
 * after an error rolls back, as PostgreSQL does.
 */
export class FakePostgresClient implements LockOwner {
  #state: State = 'idle';
  #backup: IBackup | undefined;
  #released = false;
  #since = '';

  constructor(
    readonly id: number,
    private readonly database: FakeDatabase,
    private readonly onRelease: (client: FakePostgresClient) => void,
  ) {}

  describe(): string {
    if (this.#state === 'idle') return `client #${this.id}`;
    return `client #${this.id} (open transaction, first statement "${this.#since || 'BEGIN'}")`;
  }

  /** True while this client has a transaction open (or failed and not yet ended). */
  get inTransaction(): boolean {
    return this.#state !== 'idle';
  }

  async query(input: FakeQueryInput, values?: unknown[]): Promise<FakeQueryResult> {
    const text = typeof input === 'string' ? input : input.text;
    const params = typeof input === 'string' ? values : (input.values ?? values);
    if (this.#released) throw new FakePostgresError('08003', `client #${this.id} was released to the pool`);
    switch (transactionControl(text)) {
      case 'begin':
        return this.#begin();
      case 'commit':
        return this.#end(this.#state === 'open' ? 'COMMIT' : 'ROLLBACK');
      case 'rollback':
        return this.#end('ROLLBACK');
      case 'savepoint':
        throw new FakePostgresError('0A000', 'fake postgres: savepoints are not supported (pg-mem has none)');
      default:
        return this.#statement(text, params);
    }
  }

  /** Returns the client to the pool, rolling back a transaction it left open. */
  release(_error?: Error | boolean): void {
    if (this.#released) return;
    if (this.#state !== 'idle') this.#end('ROLLBACK');
    this.#released = true;
    this.onRelease(this);
  }

  async #begin(): Promise<FakeQueryResult> {
    if (this.#state !== 'idle') return done('BEGIN'); // PostgreSQL only warns
    await this.database.lock.acquire(this);
    this.#backup = this.database.db.backup();
    this.#state = 'open';
    this.#since = '';
    return done('BEGIN');
  }

  #end(command: 'COMMIT' | 'ROLLBACK'): FakeQueryResult {
    if (this.#state === 'idle') return done(command); // PostgreSQL only warns
    const backup = this.#backup;
    this.#backup = undefined;
    this.#state = 'idle';
    try {
      if (command === 'ROLLBACK') backup?.restore();
    } catch (error) {
      throw new FakePostgresError(
        '0A000',
        'fake postgres: cannot roll back a schema change (pg-mem restores data only)',
        {
          cause: error,
        },
      );
    } finally {
      this.database.lock.release(this);
    }
    return done(command);
  }

  async #statement(text: string, params: unknown[] | undefined): Promise<FakeQueryResult> {
    if (this.#state === 'failed') {
      throw new FakePostgresError(
        '25P02',
        'current transaction is aborted, commands ignored until end of transaction block',
      );
    }
    if (this.#state === 'open') return this.#inTransaction(text, params);
    await this.database.lock.acquire(this);
    try {
      return this.database.engine.execute(text, params);
    } finally {
      this.database.lock.release(this);
    }
  }

  #inTransaction(text: string, params: unknown[] | undefined): FakeQueryResult {
    if (this.#since === '') this.#since = text.replace(/\s+/g, ' ').trim().slice(0, 80);
    try {
      return this.database.engine.execute(text, params);
    } catch (error) {
      this.#state = 'failed';
      throw error;
    }
  }
}
