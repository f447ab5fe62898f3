/** The messages a client (node-pg) sends, as the fake's server reads them. */
export type FrontendMessage =
  | {
      readonly type: 'startup';
      readonly protocol: number;
      /** The startup packet's parameters (`user`, `database`, `application_name`, `options`, ...). */
      readonly parameters: Readonly<Record<string, string>>;
    }
  | { readonly type: 'query'; readonly text: string }
  | { readonly type: 'parse'; readonly name: string; readonly text: string; readonly paramTypes: number[] }
  | {
      readonly type: 'bind';
      readonly portal: string;
      readonly statement: string;
      readonly params: (string | null)[];
      /** True at each parameter sent in binary format (its `params` text is bytea's hex form). */
      readonly binaryParams?: boolean[];
      readonly binaryResults: boolean;
    }
  | { readonly type: 'describe'; readonly target: 'S' | 'P'; readonly name: string }
  | { readonly type: 'execute'; readonly portal: string; readonly maxRows: number }
  | { readonly type: 'close'; readonly target: 'S' | 'P'; readonly name: string }
  | { readonly type: 'sync' }
  | { readonly type: 'flush' }
  | { readonly type: 'terminate' }
  | { readonly type: 'unsupported'; readonly code: string };

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;

/**
 * Splits the client's byte stream into messages. The first message has no type byte (startup);
 * every later one is a type byte and an int32 length that counts itself.
 */
export class FrontendReader {
  #buffer: Buffer = Buffer.alloc(0);
  #started = false;

  /** Adds bytes and returns every message now complete. */
  read(chunk: Buffer): FrontendMessage[] {
    this.#buffer = this.#buffer.length === 0 ? chunk : Buffer.concat([this.#buffer, chunk]);
    const messages: FrontendMessage[] = [];
    for (;;) {
      const message = this.#next();
      if (!message) return messages;
      messages.push(message);
    }
  }

  #next(): FrontendMessage | undefined {
    const header = this.#started ? 5 : 4;
    if (this.#buffer.length < header) return undefined;
    const length = this.#buffer.readInt32BE(header - 4);
    const end = header - 4 + length;
    if (this.#buffer.length < end) return undefined;
    const body = new BodyReader(this.#buffer.subarray(header, end));
    const type = this.#started ? String.fromCharCode(this.#buffer[0] ?? 0) : '';
    this.#buffer = this.#buffer.subarray(end);
    if (!this.#started) return this.#startup(body);
    return decode(type, body);
  }

  #startup(body: BodyReader): FrontendMessage {
    const protocol = body.int32();
    // SSL and GSS requests come before the real startup message, which follows the refusal.
    if (protocol === SSL_REQUEST || protocol === GSSENC_REQUEST)
      return { type: 'startup', protocol, parameters: {} };
    this.#started = true;
    const parameters: Record<string, string> = {};
    for (let name = body.cstring(); name !== ''; name = body.cstring()) parameters[name] = body.cstring();
    return { type: 'startup', protocol, parameters };
  }
}

function decode(type: string, body: BodyReader): FrontendMessage {
  switch (type) {
    case 'Q':
      return { type: 'query', text: body.cstring() };
    case 'P': {
      const name = body.cstring();
      const text = body.cstring();
      const paramTypes = body.list(() => body.int32());
      return { type: 'parse', name, text, paramTypes };
    }
    case 'B':
      return decodeBind(body);
    case 'D':
      return { type: 'describe', target: body.target(), name: body.cstring() };
    case 'E':
      return { type: 'execute', portal: body.cstring(), maxRows: body.int32() };
    case 'C':
      return { type: 'close', target: body.target(), name: body.cstring() };
    case 'S':
      return { type: 'sync' };
    case 'H':
      return { type: 'flush' };
    case 'X':
      return { type: 'terminate' };
    default:
      return { type: 'unsupported', code: type };
  }
}

function decodeBind(body: BodyReader): FrontendMessage {
  const portal = body.cstring();
  const statement = body.cstring();
  const formats = body.list(() => body.int16());
  const values = body.list(() => body.bytes());
  const resultFormats = body.list(() => body.int16());
  // One format code applies to every parameter; none means text. Binary parameters are what pg
  // sends for a Buffer: passed on in bytea's text form, marked binary for the engine to read as
  // the type the parameter turns out to have.
  const binaryParams = values.map((_, index) => (formats.length === 1 ? formats[0] : formats[index]) === 1);
  const params = values.map((value, index) => {
    if (value === null) return null;
    return binaryParams[index] ? `\\x${value.toString('hex')}` : value.toString('utf8');
  });
  return {
    type: 'bind',
    portal,
    statement,
    params,
    ...(binaryParams.includes(true) && { binaryParams }),
    binaryResults: resultFormats.some((f) => f === 1),
  };
}

class BodyReader {
  #offset = 0;
  constructor(private readonly buffer: Buffer) {}

  int16(): number {
    const value = this.buffer.readInt16BE(this.#offset);
    this.#offset += 2;
    return value;
  }

  int32(): number {
    const value = this.buffer.readInt32BE(this.#offset);
    this.#offset += 4;
    return value;
  }

  cstring(): string {
    const end = this.buffer.indexOf(0, this.#offset);
    // A body that ends without its terminator (a startup packet's last pair): an empty string ends the list.
    if (end < 0) return '';
    const value = this.buffer.toString('utf8', this.#offset, end);
    this.#offset = end + 1;
    return value;
  }

  bytes(): Buffer | null {
    const length = this.int32();
    if (length < 0) return null;
    const value = this.buffer.subarray(this.#offset, this.#offset + length);
    this.#offset += length;
    return value;
  }

  target(): 'S' | 'P' {
    const byte = this.buffer[this.#offset++];
    return byte === 0x53 ? 'S' : 'P';
  }

  list<T>(item: () => T): T[] {
    const count = this.int16();
    return Array.from({ length: count }, item);
  }
}
