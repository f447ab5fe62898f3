import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyBaseLogger } from 'fastify';
import type { ErrorBody } from './error-response.js';
import { HttpError } from './http-error.js';
import { REQUEST_ID_HEADER } from './request-id.js';

/** Headers every answer of the API carries. */
export const API_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
};

interface ClientErrorLike {
  readonly code?: unknown;
  readonly rawPacket?: unknown;
}

// A request line that parses except for its method: a token, a target, a version.
const REQUEST_LINE = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+ \S+ HTTP\/\d\.\d\r?\n/;

/** What a request node:http could not even parse gets: its status, code and message. */
export function clientErrorAnswer(error: ClientErrorLike): HttpError {
  switch (error.code) {
    case 'HPE_HEADER_OVERFLOW':
      return new HttpError(431, 'HEADERS_TOO_LARGE', 'the request line and headers are larger than 16 KiB');
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return new HttpError(408, 'REQUEST_TIMEOUT', 'the request did not arrive in time');
    case 'HPE_INVALID_METHOD':
      if (REQUEST_LINE.test(String(error.rawPacket ?? ''))) {
        return new HttpError(501, 'METHOD_NOT_IMPLEMENTED', 'the request method is not one HTTP defines');
      }
  }
  return new HttpError(400, 'BAD_REQUEST', 'the request is not valid HTTP/1.1');
}

/** A raw HTTP/1.1 answer with a JSON body, for a socket no request or reply object exists for. */
export function rawAnswer(status: number, body: ErrorBody, headers: Record<string, string>): string {
  const json = JSON.stringify(body);
  const lines = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}`,
    'content-type: application/json; charset=utf-8',
    `content-length: ${Buffer.byteLength(json)}`,
    'connection: close',
    ...Object.entries({ ...API_HEADERS, ...headers }).map(([name, value]) => `${name}: ${value}`),
  ];
  return `${lines.join('\r\n')}\r\n\r\n${json}`;
}

/**
 * Fastify's `clientErrorHandler`: node:http calls it for bytes that never became a request
 * (an unknown method, headers over the limit, garbage, a timeout), before any route or hook.
 * It answers in the API's `{ code, message, details }` shape, with a request id, and closes.
 */
export function createClientErrorHandler(logger: FastifyBaseLogger | undefined, newRequestId: () => string) {
  return (error: Error & ClientErrorLike, socket: Socket): void => {
    // The peer is gone already: nothing to answer (node:http's own rule).
    if (error.code === 'ECONNRESET' || socket.destroyed) return;
    const answer = clientErrorAnswer(error);
    const requestId = newRequestId();
    logger?.info(
      { reqId: requestId, code: answer.code, status: answer.status, parserCode: error.code },
      'request refused before parsing',
    );
    if (socket.writable) {
      socket.end(rawAnswer(answer.status, answer.body, { [REQUEST_ID_HEADER]: requestId }));
    } else {
      socket.destroy();
    }
  };
}
