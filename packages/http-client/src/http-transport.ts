import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { FetchLike } from './http-payment-gateway-config.js';

/** One request as the gateway sends it. */
export interface TransportRequest {
  readonly method: 'GET' | 'POST';
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  readonly signal: AbortSignal;
}

/** All the gateway reads of an answer: its status, one header, and the whole body as text. */
export interface TransportAnswer {
  readonly status: number;
  header(name: string): string | null;
  readonly text: string;
}

/** Sends one request; rejects on a network failure, a body cut short, or an abort of `signal`. */
export type Transport = (url: string, request: TransportRequest) => Promise<TransportAnswer>;

/** A `Transport` over a `fetch`-shaped function (an injected one, for tests that route requests elsewhere). */
export function fetchTransport(fetchFn: FetchLike): Transport {
  return async (url, request) => {
    const response = await fetchFn(url, {
      method: request.method,
      headers: request.headers,
      signal: request.signal,
      ...(request.body === undefined ? {} : { body: request.body }),
    });
    const text = await response.text();
    return { status: response.status, header: (name) => response.headers.get(name), text };
  };
}

/**
 * The default `Transport`: `node:http`/`node:https` on their global agents, which keep connections
 * alive (Node 19+) and unref idle ones. Not the global `fetch`: its WHATWG layer (Request,
 * Headers, Response, a body stream and signals of its own per call) cost 250 to 400 µs more CPU
 * per charge than this on Node 20 and 150 to 250 µs on Node 24 (loopback, server included), more
 * than everything else the gateway does. `mockHttp` intercepts both.
 */
export const nodeHttpTransport: Transport = (url, request) =>
  new Promise((resolve, reject) => {
    // Looked up per call, not imported by name: interception (mockHttp, nock) replaces the
    // modules' `request` properties, which a named import would have copied before.
    const send = url.startsWith('https:') ? https.request : http.request;
    const headers: Record<string, string | number> = { ...request.headers };
    if (request.body !== undefined) headers['content-length'] = Buffer.byteLength(request.body);
    const outgoing = send(url, { method: request.method, headers, signal: request.signal }, (answer) => {
      readAnswer(answer).then(resolve, reject);
    });
    outgoing.on('error', reject);
    outgoing.end(request.body);
  });

function readAnswer(answer: IncomingMessage): Promise<TransportAnswer> {
  return new Promise((resolve, reject) => {
    let text = '';
    answer.setEncoding('utf8');
    answer.on('data', (chunk: string) => {
      text += chunk;
    });
    answer.on('error', reject);
    answer.on('end', () => {
      resolve({
        status: answer.statusCode ?? 0,
        header: (name) => headerValue(answer.headers[name.toLowerCase()]),
        text,
      });
    });
    // A connection closed before the body's end emits 'aborted'/'close' without 'end'.
    answer.on('close', () => {
      if (!answer.complete) reject(new BodyCutShortError());
    });
  });
}

function headerValue(value: string | string[] | undefined): string | null {
  if (value === undefined) return null;
  return Array.isArray(value) ? value.join(', ') : value;
}

/** The peer closed the connection before the answer's body ended. */
export class BodyCutShortError extends Error {
  readonly code = 'ECONNRESET';
  constructor() {
    super('the connection closed before the answer ended');
    this.name = 'BodyCutShortError';
  }
}
