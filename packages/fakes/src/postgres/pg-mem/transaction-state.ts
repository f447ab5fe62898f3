import type { IBackup, IMemoryDb } from 'pg-mem';
import type { TransactionStatus } from '../postgres-engine.js';
import type { IsolationLevel, TransactionMode } from '../transaction-control.js';
import type { Catalog } from './catalog.js';
import { pgError, refuse } from './refusal.js';

interface Mark {
  readonly name: string;
  readonly data: IBackup;
  readonly catalog: Catalog;
  readonly schemaVersion: number;
  /** Read-only as the savepoint began: PostgreSQL restores it when the savepoint ends either way. */
  readonly readOnly: boolean;
}

/**
 * PostgreSQL's transaction rules over pg-mem (which commits every statement): BEGIN marks a
 * backup of the data and of the engine's catalog, ROLLBACK returns to it, SAVEPOINT adds a mark
 * ROLLBACK TO returns to (pg-mem's backups cost about a microsecond whatever the size), an error
 * makes the transaction failed (25P02) until ROLLBACK or ROLLBACK TO. Schema changes cannot be
 * rolled back in pg-mem: that is refused loudly.
 */
export class TransactionState {
  #status: TransactionStatus = 'idle';
  #marks: Mark[] = [];
  #readOnly = false;
  #isolation: IsolationLevel = 'read committed';
  /** A statement ran in the transaction (PostgreSQL's FirstSnapshotSet): modes are fixed from then on. */
  #queried = false;
  #started = new Date();
  #schemaVersion = 0;

  constructor(
    private readonly db: IMemoryDb,
    private readonly catalog: () => Catalog,
    private readonly restoreCatalog: (catalog: Catalog) => void,
  ) {
    // pg-mem's own schema changes count too (a DDL it failed partway, a sequence): its backups from
    // before one cannot be restored, so a rollback past it is refused rather than failing uncoded.
    db.on('schema-change', () => {
      this.#schemaVersion += 1;
    });
  }

  get status(): TransactionStatus {
    return this.#status;
  }

  get readOnly(): boolean {
    return this.#readOnly;
  }

  /** The transaction's isolation level as SHOW transaction_isolation prints it. */
  get isolation(): IsolationLevel {
    return this.#isolation;
  }

  /** now(): the start of the transaction, or of the statement outside one. */
  get started(): Date {
    return this.#started;
  }

  statementStarts(at: Date): void {
    if (this.#status === 'idle') this.#started = at;
  }

  /** Bumped by every schema change: a backup from an older version cannot be restored. */
  get schemaVersion(): number {
    return this.#schemaVersion;
  }

  /** Called after DDL ran: a rollback past this point cannot restore pg-mem's schema. */
  schemaChanged(): void {
    this.#schemaVersion += 1;
  }

  begin(): void {
    this.#status = 'transaction';
    this.#readOnly = false;
    this.#isolation = 'read committed';
    this.#queried = false;
    this.#marks = [this.#mark('')];
  }

  /** A statement runs in the transaction (it takes a snapshot, in PostgreSQL's terms). */
  queried(): void {
    if (this.#status !== 'idle') this.#queried = true;
  }

  /**
   * A mode of BEGIN, applied as PostgreSQL's check hooks for transaction_isolation and
   * transaction_read_only allow it (25001 once a query ran, or inside a savepoint).
   */
  setMode(mode: TransactionMode): void {
    const inSavepoint = this.#marks.length > 1;
    if (mode.kind === 'deferrable') throw refuse('BEGIN ... DEFERRABLE');
    if (mode.kind === 'read only') {
      this.#readOnly = true;
    } else if (mode.kind === 'read write') {
      if (this.#readOnly && inSavepoint)
        throw pgError('25001', 'cannot set transaction read-write mode inside a read-only transaction');
      if (this.#readOnly && this.#queried)
        throw pgError('25001', 'transaction read-write mode must be set before any query');
      this.#readOnly = false;
    } else if (mode.level !== this.#isolation) {
      if (this.#queried)
        throw pgError('25001', 'SET TRANSACTION ISOLATION LEVEL must be called before any query');
      if (inSavepoint)
        throw pgError('25001', 'SET TRANSACTION ISOLATION LEVEL must not be called in a subtransaction');
      this.#isolation = mode.level;
    }
  }

  fail(): void {
    if (this.#status === 'transaction') this.#status = 'failed';
  }

  /** COMMIT: ends the transaction; after an error it is a ROLLBACK, as in PostgreSQL. */
  commit(): 'COMMIT' | 'ROLLBACK' {
    if (this.#status === 'failed') return this.rollback();
    this.#end();
    return 'COMMIT';
  }

  rollback(): 'ROLLBACK' {
    const [first] = this.#marks;
    this.#end();
    if (first) this.#restore(first);
    return 'ROLLBACK';
  }

  savepoint(name: string): void {
    if (this.#status === 'idle') throw pgError('25P01', 'SAVEPOINT can only be used in transaction blocks');
    this.#checkNotFailed();
    this.#marks.push(this.#mark(name));
  }

  rollbackTo(name: string): void {
    if (this.#status === 'idle')
      throw pgError('25P01', 'ROLLBACK TO SAVEPOINT can only be used in transaction blocks');
    const index = this.#find(name);
    const mark = this.#marks[index];
    if (!mark) throw pgError('3B001', `savepoint "${name}" does not exist`);
    this.#marks = this.#marks.slice(0, index + 1);
    this.#restore(mark);
    this.#readOnly = mark.readOnly;
    this.#status = 'transaction';
  }

  release(name: string): void {
    if (this.#status === 'idle')
      throw pgError('25P01', 'RELEASE SAVEPOINT can only be used in transaction blocks');
    this.#checkNotFailed();
    const index = this.#find(name);
    const mark = this.#marks[index];
    if (!mark) throw pgError('3B001', `savepoint "${name}" does not exist`);
    this.#marks = this.#marks.slice(0, index);
    this.#readOnly = mark.readOnly;
  }

  /** 25P02 while the transaction is failed. */
  checkNotFailed(): void {
    this.#checkNotFailed();
  }

  #checkNotFailed(): void {
    if (this.#status === 'failed') {
      throw pgError(
        '25P02',
        'current transaction is aborted, commands ignored until end of transaction block',
      );
    }
  }

  #find(name: string): number {
    for (let index = this.#marks.length - 1; index > 0; index -= 1) {
      if (this.#marks[index]?.name === name) return index;
    }
    return -1;
  }

  #mark(name: string): Mark {
    return {
      name,
      data: this.db.backup(),
      catalog: this.catalog().clone(),
      schemaVersion: this.#schemaVersion,
      readOnly: this.#readOnly,
    };
  }

  #restore(mark: Mark): void {
    if (mark.schemaVersion !== this.#schemaVersion) {
      throw refuse('rolling back a schema change (pg-mem restores data, not tables or columns)');
    }
    mark.data.restore();
    this.restoreCatalog(mark.catalog);
  }

  #end(): void {
    this.#status = 'idle';
    this.#readOnly = false;
    this.#isolation = 'read committed';
    this.#queried = false;
    this.#marks = [];
  }
}
