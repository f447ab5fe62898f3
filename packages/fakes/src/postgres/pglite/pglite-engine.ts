import type { PGlite } from '@electric-sql/pglite';
import type {
  EngineField,
  EngineReply,
  EngineRequest,
  EngineResult,
  PostgresEngine,
  PostgresErrorFields,
  TransactionStatus,
} from '../postgres-engine.js';
import type { PgliteModule } from './load-pglite.js';
import { TableReset } from './table-reset.js';

const STATUS: Readonly<Record<string, TransactionStatus>> = { I: 'idle', T: 'transaction', E: 'failed' };

/**
 * PostgreSQL itself (compiled to WASM, in process) behind the engine interface. Each request goes
 * to PGlite as protocol messages (`execProtocol`) and comes back as PostgreSQL's own messages, so
 * values, type OIDs, command tags and error fields are the server's, untouched. Every request ends
 * with Sync, which is what keeps the session usable after an error.
 */
export class PgliteEngine implements PostgresEngine {
  readonly name = 'pglite';
  #status: TransactionStatus = 'idle';
  #reset: TableReset | undefined;

  constructor(
    private readonly db: PGlite,
    private readonly pglite: PgliteModule,
  ) {}

  /** The session's transaction status after the last request. */
  get status(): TransactionStatus {
    return this.#status;
  }

  async run(request: EngineRequest): Promise<EngineReply> {
    const { serialize } = this.pglite.protocol;
    const message =
      request.params === undefined
        ? serialize.query(request.text)
        : concat([
            serialize.parse({ text: request.text, types: [...(request.paramTypes ?? [])] }),
            serialize.bind({ values: [...request.params] }),
            serialize.describe({ type: 'P' }),
            serialize.execute({}),
            serialize.sync(),
          ]);
    const { messages } = await this.db.execProtocol(message, { throwOnError: false });
    const reply = this.#reply(messages);
    this.#status = reply.status;
    return reply;
  }

  async snapshot(): Promise<void> {
    this.#reset = await TableReset.record((text) => this.run({ text }));
  }

  async reset(): Promise<void> {
    if (this.#status !== 'idle') await this.run({ text: 'ROLLBACK' });
    await this.#reset?.apply((text) => this.run({ text }));
  }

  async close(): Promise<void> {
    await this.db.close();
  }

  #reply(messages: readonly unknown[]): EngineReply {
    const { messages: m } = this.pglite;
    const results: EngineResult[] = [];
    const notices: PostgresErrorFields[] = [];
    let error: PostgresErrorFields | undefined;
    let status: TransactionStatus = 'idle';
    let fields: EngineField[] | undefined;
    let rows: (string | null)[][] = [];
    for (const message of messages) {
      if (message instanceof m.RowDescriptionMessage) {
        fields = message.fields.map(({ format: _format, ...field }) => field);
        rows = [];
      } else if (message instanceof m.DataRowMessage) {
        rows.push(message.fields);
      } else if (message instanceof m.CommandCompleteMessage) {
        results.push({ command: message.text, rows, ...(fields ? { fields } : {}) });
        fields = undefined;
        rows = [];
      } else if (message instanceof m.DatabaseError) {
        error = reportOf(message);
      } else if (message instanceof m.NoticeMessage) {
        notices.push(reportOf(message));
      } else if (message instanceof m.ReadyForQueryMessage) {
        status = STATUS[message.status] ?? 'idle';
      }
    }
    return { results, notices, status, ...(error ? { error } : {}) };
  }
}

interface Report {
  readonly message?: string | undefined;
  readonly severity?: string | undefined;
  readonly code?: string | undefined;
}

const OPTIONAL_FIELDS = [
  'detail',
  'hint',
  'position',
  'where',
  'schema',
  'table',
  'column',
  'dataType',
  'constraint',
  'file',
  'line',
  'routine',
] as const;

function reportOf(
  report: Report & Partial<Record<(typeof OPTIONAL_FIELDS)[number], string>>,
): PostgresErrorFields {
  const fields: Record<string, string> = {};
  for (const key of OPTIONAL_FIELDS) {
    const value = report[key];
    if (value !== undefined) fields[key] = value;
  }
  return {
    ...fields,
    severity: report.severity ?? 'ERROR',
    code: report.code ?? 'XX000',
    message: report.message ?? '',
  };
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  return Buffer.concat(parts);
}
