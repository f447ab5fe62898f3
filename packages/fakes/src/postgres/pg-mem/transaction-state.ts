import type { IBackup, IMemoryDb } from 'pg-mem';
import type { TransactionStatus } from '../postgres-engine.js';
import type { Catalog } from './catalog.js';
import { pgError, refuse } from './refusal.js';

interface Mark {
  readonly name: string;
  readonly data: IBackup;
  readonly catalog: Catalog;
  readonly schemaVersion: number;
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
  #started = new Date();
  #schemaVersion = 0;

  constructor(
    private readonly db: IMemoryDb,
    private readonly catalog: () => Catalog,
    private readonly restoreCatalog: (catalog: Catalog) => void,
  ) {}

  get status(): TransactionStatus {
    return this.#status;
  }

  get readOnly(): boolean {
    return this.#readOnly;
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

  begin(readOnly: boolean): void {
    this.#status = 'transaction';
    this.#readOnly = readOnly;
    this.#marks = [this.#mark('')];
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
    this.#status = 'transaction';
  }

  release(name: string): void {
    if (this.#status === 'idle')
      throw pgError('25P01', 'RELEASE SAVEPOINT can only be used in transaction blocks');
    this.#checkNotFailed();
    const index = this.#find(name);
    if (index < 0) throw pgError('3B001', `savepoint "${name}" does not exist`);
    this.#marks = this.#marks.slice(0, index);
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
    this.#marks = [];
  }
}
