import { HttpMock, type MockReply } from './http-mock.js';
import type { InterceptedRequest } from './intercepted-request.js';
import { exactQueryCriterion } from './request-criteria.js';

/** A body in a fixture: parsed JSON, text, or bytes in base64 (exactly one, or none for no body). */
export interface RecordedBody {
  readonly json?: unknown;
  readonly text?: string;
  readonly base64?: string;
}

/** One request and the answer the real server gave, as a fixture file stores it. */
export interface RecordedExchange {
  /** The request's body is text as the mock reads it: `json` or `text`. */
  readonly request: { readonly method: string; readonly url: string } & Omit<RecordedBody, 'base64'>;
  readonly response: {
    readonly status: number;
    readonly headers: Readonly<Record<string, string>>;
  } & RecordedBody;
}

// Not replayable (the mock computes its own framing) or credentials, which never go into a fixture.
const UNRECORDED_RESPONSE_HEADERS = new Set([
  'connection',
  'content-encoding',
  'content-length',
  'date',
  'keep-alive',
  'set-cookie',
  'transfer-encoding',
]);

function parseJson(text: string): { readonly json: unknown } | undefined {
  try {
    return { json: JSON.parse(text) };
  } catch {
    return undefined;
  }
}

function bodyOf(bytes: Buffer, contentType: string): RecordedBody {
  if (bytes.length === 0) return {};
  const text = bytes.toString('utf8');
  if (!Buffer.from(text, 'utf8').equals(bytes)) return { base64: bytes.toString('base64') };
  return (/\bjson\b/i.test(contentType) ? parseJson(text) : undefined) ?? { text };
}

/** The exchange to store for a request let through and the real server's response. */
export async function recordExchange(
  request: InterceptedRequest,
  response: Response,
): Promise<RecordedExchange> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (!UNRECORDED_RESPONSE_HEADERS.has(name)) headers[name] = value;
  });
  const requestType = request.headers['content-type'] ?? '';
  const requestBody =
    request.body === ''
      ? {}
      : ((/\bjson\b/i.test(requestType) ? parseJson(request.body) : undefined) ?? { text: request.body });
  const responseBody = bodyOf(
    Buffer.from(await response.arrayBuffer()),
    response.headers.get('content-type') ?? '',
  );
  return {
    request: { method: request.method, url: request.url, ...requestBody },
    response: { status: response.status, headers, ...responseBody },
  };
}

/**
 * A mock answering what the exchange recorded, for a request with the same method, origin, path,
 * exact query and body (JSON compared deeply). Headers are not compared, as in nock's fixtures.
 */
export function mockForExchange({ request, response }: RecordedExchange): HttpMock {
  const url = new URL(request.url);
  const mock = new HttpMock(request.method, `${url.origin}${url.pathname}`).require(
    exactQueryCriterion(url.searchParams),
  );
  if ('json' in request) mock.json(request.json);
  else if (request.text !== undefined) mock.body(request.text);
  const reply: MockReply = { status: response.status, headers: response.headers };
  if ('json' in response) return mock.replyWith({ ...reply, body: response.json });
  if (response.text !== undefined) return mock.replyWith({ ...reply, body: response.text });
  if (response.base64 !== undefined)
    return mock.replyWith({ ...reply, body: new Uint8Array(Buffer.from(response.base64, 'base64')) });
  return mock.replyWith(reply);
}
