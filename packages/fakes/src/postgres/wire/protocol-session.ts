import type { DatabaseLock, LockOwner } from '../database-lock.js';
import { FakePostgresError } from '../fake-postgres-error.js';
import type {
  EngineReply,
  EngineRequest,
  PostgresEngine,
  PostgresErrorFields,
  TransactionStatus,
} from '../postgres-engine.js';
import { type SqlToken, tokenize } from '../sql-tokens.js';
import { BackendWriter } from './backend-messages.js';
import type { FrontendMessage } from './frontend-messages.js';
import { SERVER_VERSION } from './server-version.js';

/**
 * How many statements `text` holds as PostgreSQL's parser splits it: at each `;` outside
 * parentheses, empty statements left out. A BEGIN ATOMIC body's `;`s are its own: such a text is
 * left to the engine.
 */
export function statementCount(text: string): number {
  const tokens = tokenize(text);
  const word = (token: SqlToken | undefined, value: string) =>
    token?.kind === 'word' && token.value === value;
  if (tokens.some((token, index) => word(token, 'begin') && word(tokens[index + 1], 'atomic'))) return 1;
  let count = 0;
  let pending = false;
  let depth = 0;
  for (const token of tokens) {
    const punct = token.kind === 'punct' ? token.value : '';
    if (punct === '(') depth += 1;
    else if (punct === ')') depth = Math.max(0, depth - 1);
    if (punct === ';' && depth === 0) {
      if (pending) count += 1;
      pending = false;
    } else pending = true;
  }
  return pending ? count + 1 : count;
}

/** What every connection of one fake database shares: the engine and the one-transaction lock. */
export interface FakeDatabase {
  readonly engine: PostgresEngine;
  readonly lock: DatabaseLock;
}

interface Portal {
  readonly request: EngineRequest;
  /** The prepared statement it was bound from ('' for the unnamed one). */
  readonly statement: string;
  reply?: EngineReply;
  described?: boolean;
  sent: number;
}

const SERVER_PARAMETERS: ReadonlyArray<readonly [string, string]> = [
  // The version the engines answer as (see server-version.ts), whichever engine is underneath.
  ['server_version', SERVER_VERSION],
  ['server_encoding', 'UTF8'],
  ['client_encoding', 'UTF8'],
  ['DateStyle', 'ISO, MDY'],
  ['integer_datetimes', 'on'],
  ['standard_conforming_strings', 'on'],
  ['TimeZone', 'UTC'],
];

/** Session keys unique within the process: pools sharing one fake database number their connections alike. */
let sessions = 0;
/** Connections by session key, for notifications another connection's NOTIFY sends them. */
const connected = new Map<number, ProtocolSession>();

/**
 * The server side of one connection: reads node-pg's protocol messages, runs statements on the
 * shared engine, and answers as PostgreSQL would. A connection takes the database lock for a
 * statement and keeps it while the engine reports an open transaction, so transactions from
 * several connections run one at a time.
 */
/** PostgreSQL plans a named statement's first five executions for their values (choose_custom_plan). */
const CUSTOM_PLANS = 5;
const DEALLOCATES = /\b(?:discard|deallocate)\b/i;
const DEALLOCATED =
  /(?:^|;)\s*(?:discard\s+(all)\b|deallocate\s+(?:prepare\s+)?(?:(all)\b|("(?:[^"]|"")+"|[a-z_][\w$]*)))/gi;
/** A statement that only reads: failing it after it ran undoes nothing. */
const READS_ONLY =
  /^\s*(?:\(\s*)*(?:select|values|table)\b(?![\s\S]*\b(?:nextval|setval|pg_advisory|pg_try_advisory|set_config)\b)/i;

export class ProtocolSession implements LockOwner {
  readonly #writer = new BackendWriter();
  readonly #statements = new Map<string, { text: string; paramTypes: number[]; shape?: string }>();
  /** How many times each named statement was bound since it was parsed. */
  readonly #executions = new Map<string, number>();
  readonly #portals = new Map<string, Portal>();
  #status: TransactionStatus = 'idle';
  #skipToSync = false;
  #since = '';
  #checkedIn = false;
  readonly #session = ++sessions;
  #ended = false;
  #ownNotifications: [string, string][] = [];

  constructor(
    readonly id: number,
    private readonly database: FakeDatabase,
    private readonly send: (bytes: Buffer) => void,
    private readonly terminate: () => void,
  ) {
    connected.set(this.#session, this);
  }

  describe(): string {
    if (this.#status === 'idle') return `connection #${this.id}`;
    return `connection #${this.id} (open transaction, first statement "${this.#since}")`;
  }

  checkOut(): void {
    this.#checkedIn = false;
  }

  /** Marks the connection released at once; the socket then queues `close()` behind its work. */
  checkIn(): void {
    this.#checkedIn = true;
  }

  get releasing(): boolean {
    return this.#checkedIn;
  }

  async handle(message: FrontendMessage): Promise<void> {
    if (
      this.#checkedIn &&
      (message.type === 'query' || message.type === 'parse' || message.type === 'bind')
    ) {
      this.#fail({
        severity: 'ERROR',
        code: '08003',
        message: `fake postgres: connection #${this.id} was released to the pool; check out a client again`,
      });
      if (message.type === 'query') this.#endSimpleQuery();
      return;
    }
    if (this.#skipToSync && message.type !== 'sync' && message.type !== 'terminate') return;
    switch (message.type) {
      case 'startup':
        return this.#startup(message.protocol, message.parameters);
      case 'query':
        return this.#simpleQuery(message.text);
      case 'parse':
        // The server's parser refuses it before anything runs; the engines would run each statement.
        if (statementCount(message.text) > 1) {
          await this.#failTransaction({
            severity: 'ERROR',
            code: '42601',
            message: 'cannot insert multiple commands into a prepared statement',
          });
          return this.#flush();
        }
        this.#statements.set(message.name, { text: message.text, paramTypes: message.paramTypes });
        this.#executions.delete(message.name);
        return this.#writer.parseComplete();
      case 'bind':
        return await this.#bind(message);
      case 'describe':
        return this.#describe(message.target, message.name);
      case 'execute':
        return this.#execute(message.portal, message.maxRows);
      case 'close':
        if (message.target === 'S') {
          this.#statements.delete(message.name);
          this.#executions.delete(message.name);
        } else this.#portals.delete(message.name);
        return this.#writer.closeComplete();
      case 'sync':
        this.#skipToSync = false;
        this.#portals.delete('');
        this.#readyForQuery();
        return this.#flush();
      case 'flush':
        return this.#flush();
      case 'terminate':
        return this.terminate();
      case 'unsupported':
        this.#fail(unsupported(`protocol message '${message.code}'`));
        return this.#flush();
    }
  }

  /** Rolls back a transaction the connection leaves open and gives up the lock, as a server does on disconnect. */
  async close(): Promise<void> {
    if (this.database.lock.holder !== this) return;
    try {
      if (this.#status !== 'idle') await this.database.engine.run({ text: 'ROLLBACK' });
    } finally {
      this.#status = 'idle';
      this.database.lock.release(this);
    }
  }

  /** The connection is gone: its session's state (advisory locks, settings) ends, as on a server. */
  async end(): Promise<void> {
    connected.delete(this.#session);
    await this.close();
    const { engine, lock } = this.database;
    if (this.#ended || !engine.endSession) return;
    this.#ended = true;
    try {
      await lock.acquire(this);
    } catch {
      // Nobody gave the lock back in time: the session's state stays until the next reset().
      return;
    }
    try {
      await engine.endSession(this.#session);
    } catch {
      // The engine moved on (closed, or leased to a newer fake): what the session held went with it.
    } finally {
      lock.release(this);
    }
  }

  #startup(protocol: number, parameters: Readonly<Record<string, string>>): void {
    if (protocol !== 196608) {
      this.#writer.refuseEncryption();
      this.#flush();
      return;
    }
    // What pg sends beside user and database (application_name, statement_timeout, options' -c
    // settings) is the session's starting configuration, as on a server.
    this.database.engine.openSession?.(this.#session, startupSettings(parameters));
    this.#writer.authenticationOk();
    for (const [name, value] of SERVER_PARAMETERS) this.#writer.parameterStatus(name, value);
    this.#writer.backendKeyData(this.id, 0);
    this.#writer.readyForQuery('idle');
    this.#flush();
  }

  async #simpleQuery(text: string): Promise<void> {
    const reply = await this.#run({ text, session: this.#session });
    if (reply.results.length === 0 && !reply.error) this.#writer.emptyQuery();
    for (const result of reply.results) {
      if (result.fields) this.#writer.rowDescription(result.fields);
      for (const row of result.rows) this.#writer.dataRow(row);
      this.#writer.commandComplete(result.command);
    }
    if (reply.error) this.#writer.error(reply.error);
    this.#endSimpleQuery();
  }

  #endSimpleQuery(): void {
    this.#skipToSync = false;
    this.#readyForQuery();
    this.#flush();
  }

  async #bind(message: Extract<FrontendMessage, { type: 'bind' }>): Promise<void> {
    const statement = this.#statements.get(message.statement);
    if (!statement) {
      await this.#failTransaction({
        severity: 'ERROR',
        code: '26000',
        message: `prepared statement "${message.statement}" does not exist`,
      });
      return;
    }
    if (message.binaryResults) {
      this.#fail(unsupported('binary result format (pg `binary: true`)'));
      return;
    }
    // The unnamed statement is planned anew for each Bind; a named one may go generic from its sixth.
    const executions = message.statement === '' ? 0 : (this.#executions.get(message.statement) ?? 0) + 1;
    if (message.statement !== '') this.#executions.set(message.statement, executions);
    const request = {
      text: statement.text,
      params: message.params,
      ...(executions > CUSTOM_PLANS && { genericPlan: true }),
      ...(message.binaryParams && { binaryParams: message.binaryParams }),
      paramTypes: statement.paramTypes,
      session: this.#session,
    };
    this.#portals.set(message.portal, { request, statement: message.statement, sent: 0 });
    this.#writer.bindComplete();
  }

  async #describe(target: 'S' | 'P', name: string): Promise<void> {
    if (target === 'S') return this.#fail(unsupported('Describe of a prepared statement'));
    const portal = await this.#ranPortal(name);
    if (!portal?.reply) return;
    const fields = portal.reply.results[0]?.fields;
    if (fields) this.#writer.rowDescription(fields);
    else this.#writer.noData();
    portal.described = true;
  }

  async #execute(name: string, maxRows: number): Promise<void> {
    const portal = await this.#ranPortal(name);
    const result = portal?.reply?.results[0];
    if (!portal || !result) return;
    const end = maxRows > 0 ? Math.min(portal.sent + maxRows, result.rows.length) : result.rows.length;
    for (const row of result.rows.slice(portal.sent, end)) this.#writer.dataRow(row);
    portal.sent = end;
    if (maxRows > 0 && end < result.rows.length) return this.#writer.portalSuspended();
    this.#writer.commandComplete(result.command);
  }

  /** The portal with its statement run (once, on first Describe or Execute), or undefined after an error. */
  async #ranPortal(name: string): Promise<Portal | undefined> {
    const portal = this.#portals.get(name);
    if (!portal) {
      await this.#failTransaction({
        severity: 'ERROR',
        code: '34000',
        message: `portal "${name}" does not exist`,
      });
      return undefined;
    }
    if (!portal.reply) {
      const reply = await this.#run(portal.request);
      if (reply.error) {
        this.#fail(reply.error);
        return undefined;
      }
      if (reply.results.length !== 1) {
        this.#fail({
          severity: 'ERROR',
          code: '42601',
          message: 'cannot insert multiple commands into a prepared statement',
        });
        return undefined;
      }
      const changed = this.#resultTypeChanged(portal, reply);
      if (changed) {
        await this.#failTransaction(changed);
        return undefined;
      }
      portal.reply = reply;
    }
    return portal;
  }

  /**
   * A named statement keeps the result columns (names, types, modifiers) of its first run: PostgreSQL
   * plans it once, and when DDL since then changed what it returns (`SELECT *` after ADD COLUMN, a
   * column's type), revalidating the plan fails (0A000) rather than answer other columns. The
   * engines parse the text afresh each time, so the change shows only in the answer: a read is
   * failed as PostgreSQL fails it; a write has already been done, so it is refused loudly.
   */
  #resultTypeChanged(portal: Portal, reply: EngineReply): PostgresErrorFields | undefined {
    const statement = portal.statement === '' ? undefined : this.#statements.get(portal.statement);
    const fields = reply.results[0]?.fields;
    if (!statement || !fields) return undefined;
    const shape = JSON.stringify(
      fields.map((field) => [field.name, field.dataTypeID, field.dataTypeModifier]),
    );
    if (statement.shape === undefined) {
      statement.shape = shape;
      return undefined;
    }
    if (statement.shape === shape) return undefined;
    if (READS_ONLY.test(portal.request.text))
      return { severity: 'ERROR', code: '0A000', message: 'cached plan must not change result type' };
    return {
      severity: 'ERROR',
      code: '0A000',
      message: `the prepared statement "${portal.statement}" returns other columns than when it was first run (DDL changed them): PostgreSQL would fail it with "cached plan must not change result type" before writing, the fake's engine (pg-mem or PGlite) parses it afresh and has already written. Test this on the real server`,
    };
  }

  /**
   * DISCARD ALL and DEALLOCATE ALL drop the session's prepared statements, the protocol's named ones
   * too, and DEALLOCATE name the one of that name: a later Bind of it fails (26000) as on the server.
   */
  #deallocated(text: string): void {
    for (const [, discardAll, deallocateAll, name] of text.matchAll(DEALLOCATED)) {
      if (discardAll !== undefined || deallocateAll !== undefined) {
        for (const statement of [...this.#statements.keys()])
          if (statement !== '') this.#statements.delete(statement);
        this.#executions.clear();
      } else if (name !== undefined) {
        const unquoted = name.startsWith('"') ? name.slice(1, -1).replaceAll('""', '"') : name.toLowerCase();
        this.#statements.delete(unquoted);
        this.#executions.delete(unquoted);
      }
    }
  }

  /** Runs a request under the database lock, taken here unless this connection's transaction holds it. */
  async #run(request: EngineRequest): Promise<EngineReply> {
    const { lock, engine } = this.database;
    if (engine.inOrder && lock.holder !== this && this.#status === 'idle' && cannotOpenTransaction(request)) {
      return this.#runShared(request);
    }
    if (lock.holder !== this) {
      try {
        await lock.acquire(this);
      } catch (error) {
        if (error instanceof FakePostgresError) return { results: [], error: error.fields, status: 'idle' };
        throw error;
      }
      this.#since = '';
    }
    // The statement that says what the transaction is doing: the first one after BEGIN.
    if (this.#since === '' || /^(BEGIN|START)\b/i.test(this.#since)) {
      this.#since = request.text.replace(/\s+/g, ' ').trim().slice(0, 80);
    }
    let reply: EngineReply | undefined;
    try {
      reply = await engine.run(request);
      for (const notice of reply.notices ?? []) this.#writer.notice(notice);
      this.#deliver(reply);
      if (!reply.error && DEALLOCATES.test(request.text)) this.#deallocated(request.text);
      return reply;
    } finally {
      this.#status = reply?.status ?? 'idle';
      if (this.#status === 'idle') lock.release(this);
    }
  }

  /**
   * A statement that leaves the session as it found it (idle), on an engine that runs requests in
   * arrival order: it shares the lock with others like it, so several are in flight together
   * instead of each waiting for the answer before it; a transaction still has the database alone.
   */
  async #runShared(request: EngineRequest): Promise<EngineReply> {
    const { lock, engine } = this.database;
    try {
      await lock.acquireShared(this);
    } catch (error) {
      if (error instanceof FakePostgresError) return { results: [], error: error.fields, status: 'idle' };
      throw error;
    }
    try {
      const reply = await engine.run(request);
      for (const notice of reply.notices ?? []) this.#writer.notice(notice);
      this.#deliver(reply);
      return reply;
    } finally {
      lock.release(this);
    }
  }

  /** Sends each NOTIFY the reply committed to the connections listening, this one before its ReadyForQuery. */
  #deliver(reply: EngineReply): void {
    for (const { channel, payload, sessions: listeners = [this.#session] } of reply.notifications ?? []) {
      for (const key of listeners) connected.get(key)?.notify(this.id, channel, payload);
    }
  }

  /** A NOTIFY from the connection `processId` on a channel this one listens to. */
  notify(processId: number, channel: string, payload: string): void {
    // PostgreSQL sends a session its own transaction's notifications just before ReadyForQuery.
    if (processId === this.id) {
      this.#ownNotifications.push([channel, payload]);
      return;
    }
    this.#writer.notification(processId, channel, payload);
    // Another connection's notification arrives while this one may be idle: send it now.
    this.#flush();
  }

  #readyForQuery(): void {
    for (const [channel, payload] of this.#ownNotifications)
      this.#writer.notification(this.id, channel, payload);
    this.#ownNotifications = [];
    this.#writer.readyForQuery(this.#status);
  }

  #fail(error: PostgresErrorFields): void {
    this.#writer.error(error);
    this.#skipToSync = true;
  }

  /**
   * An error the protocol layer finds itself (a Parse of several statements, a Bind of an unknown
   * statement): in PostgreSQL it aborts the open transaction like any other, so the engine's
   * transaction is failed too (with a statement that always fails) and later statements get 25P02.
   */
  async #failTransaction(error: PostgresErrorFields): Promise<void> {
    this.#fail(error);
    if (this.#status === 'transaction') await this.#run({ text: 'SELECT 1/0', session: this.#session });
  }

  #flush(): void {
    const bytes = this.#writer.take();
    if (bytes.length > 0) this.send(bytes);
  }
}

/**
 * Statements that cannot leave a transaction open: one statement (the extended protocol) that is a
 * plain query or write. Anything else (BEGIN, a leading comment, a simple-protocol string that may
 * hold several statements) takes the lock alone, as every statement does on other engines.
 */
const READ_OR_WRITE = /^\s*(SELECT|INSERT|UPDATE|DELETE|WITH|VALUES)\b/i;

function cannotOpenTransaction(request: EngineRequest): boolean {
  return request.params !== undefined && READ_OR_WRITE.test(request.text);
}

function unsupported(what: string): PostgresErrorFields {
  return { severity: 'ERROR', code: '0A000', message: `fake postgres: ${what} is not supported` };
}

/** Startup parameters that are settings: all but the connection's identity, and `options`' `-c name=value` pairs. */
export function startupSettings(parameters: Readonly<Record<string, string>>): [string, string][] {
  const settings: [string, string][] = [];
  for (const [name, value] of Object.entries(parameters)) {
    if (name === 'options') {
      for (const match of value.matchAll(/(?:-c\s*|--)([\w.]+)=((?:\\.|\S)*)/g)) {
        settings.push([match[1] ?? '', (match[2] ?? '').replace(/\\(.)/g, '$1')]);
      }
    } else if (!NOT_SETTINGS.has(name)) {
      settings.push([name, value]);
    }
  }
  return settings;
}

// The connection's identity and what the fake speaks anyway (UTF8), not session settings.
const NOT_SETTINGS = new Set(['user', 'database', 'replication', 'client_encoding']);
