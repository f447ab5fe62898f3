import type { EngineField, PostgresErrorFields, TransactionStatus } from '../postgres-engine.js';

/**
 * PostgreSQL's backend messages, encoded as a server sends them, for node-pg's own parser to read.
 * Only the messages the fake's server needs; text format throughout.
 */
export class BackendWriter {
  readonly #chunks: Buffer[] = [];

  /** Everything written since the last `take()`, as one buffer. */
  take(): Buffer {
    const out = Buffer.concat(this.#chunks);
    this.#chunks.length = 0;
    return out;
  }

  authenticationOk(): void {
    this.#message('R', int32(0));
  }

  parameterStatus(name: string, value: string): void {
    this.#message('S', cstring(name), cstring(value));
  }

  backendKeyData(processId: number, secretKey: number): void {
    this.#message('K', int32(processId), int32(secretKey));
  }

  /** NotificationResponse: a NOTIFY on a channel the connection listens to. */
  notification(processId: number, channel: string, payload: string): void {
    this.#message('A', int32(processId), cstring(channel), cstring(payload));
  }

  readyForQuery(status: TransactionStatus): void {
    this.#message('Z', Buffer.from(status === 'idle' ? 'I' : status === 'transaction' ? 'T' : 'E'));
  }

  /** The single byte refusing an SSLRequest or GSSENCRequest: the client goes on in plain text. */
  refuseEncryption(): void {
    this.#chunks.push(Buffer.from('N'));
  }

  parseComplete(): void {
    this.#message('1');
  }

  bindComplete(): void {
    this.#message('2');
  }

  closeComplete(): void {
    this.#message('3');
  }

  noData(): void {
    this.#message('n');
  }

  portalSuspended(): void {
    this.#message('s');
  }

  emptyQuery(): void {
    this.#message('I');
  }

  rowDescription(fields: readonly EngineField[]): void {
    const columns = fields.map((field) => {
      const fixed = Buffer.alloc(18);
      fixed.writeInt32BE(field.tableID, 0);
      fixed.writeInt16BE(field.columnID, 4);
      fixed.writeInt32BE(field.dataTypeID, 6);
      fixed.writeInt16BE(field.dataTypeSize, 10);
      fixed.writeInt32BE(field.dataTypeModifier, 12);
      fixed.writeInt16BE(0, 16); // text format
      return Buffer.concat([cstring(field.name), fixed]);
    });
    this.#message('T', int16(fields.length), ...columns);
  }

  dataRow(values: readonly (string | null)[]): void {
    const columns = values.map((value) => {
      if (value === null) return int32(-1);
      const bytes = Buffer.from(value, 'utf8');
      return Buffer.concat([int32(bytes.length), bytes]);
    });
    this.#message('D', int16(values.length), ...columns);
  }

  commandComplete(tag: string): void {
    this.#message('C', cstring(tag));
  }

  error(fields: PostgresErrorFields): void {
    this.#message('E', ...reportFields(fields));
  }

  notice(fields: PostgresErrorFields): void {
    this.#message('N', ...reportFields(fields));
  }

  #message(type: string, ...parts: Buffer[]): void {
    const body = Buffer.concat(parts);
    const header = Buffer.alloc(5);
    header.write(type, 0, 'latin1');
    header.writeInt32BE(body.length + 4, 1);
    this.#chunks.push(header, body);
  }
}

// The one-byte codes of ErrorResponse/NoticeResponse fields (PostgreSQL's protocol docs, 55.8).
const FIELD_CODES: ReadonlyArray<readonly [keyof PostgresErrorFields, string]> = [
  ['severity', 'S'],
  ['severity', 'V'],
  ['code', 'C'],
  ['message', 'M'],
  ['detail', 'D'],
  ['hint', 'H'],
  ['position', 'P'],
  ['internalPosition', 'p'],
  ['internalQuery', 'q'],
  ['where', 'W'],
  ['schema', 's'],
  ['table', 't'],
  ['column', 'c'],
  ['dataType', 'd'],
  ['constraint', 'n'],
  ['file', 'F'],
  ['line', 'L'],
  ['routine', 'R'],
];

function reportFields(fields: PostgresErrorFields): Buffer[] {
  const parts: Buffer[] = [];
  for (const [key, code] of FIELD_CODES) {
    const value = fields[key];
    if (value !== undefined) parts.push(Buffer.from(code, 'latin1'), cstring(value));
  }
  parts.push(Buffer.from([0]));
  return parts;
}

function cstring(value: string): Buffer {
  return Buffer.concat([Buffer.from(value, 'utf8'), Buffer.from([0])]);
}

function int16(value: number): Buffer {
  const buffer = Buffer.alloc(2);
  buffer.writeInt16BE(value);
  return buffer;
}

function int32(value: number): Buffer {
  const buffer = Buffer.alloc(4);
  buffer.writeInt32BE(value);
  return buffer;
}
