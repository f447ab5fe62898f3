import type { ReceivedRequest } from '../test-server.js';

/** A request mockHttp intercepted: the test server's `ReceivedRequest` plus where it was going. */
export interface InterceptedRequest extends ReceivedRequest {
  /** The full URL, e.g. `https://payments.example/v1/charges?expand=card`. */
  readonly url: string;
  /** `host[:port]` as in the URL, e.g. `payments.example` or `127.0.0.1:8080`. */
  readonly host: string;
  /** `https:` or `http:`. */
  readonly protocol: string;
}

/** Reads a fetch `Request` (what the interceptors hand over) once, body included. */
export async function readIntercepted(request: Request): Promise<InterceptedRequest> {
  const url = new URL(request.url);
  const body = request.body === null ? '' : await request.clone().text();
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name] = value;
  });
  return {
    method: request.method.toUpperCase(),
    url: url.toString(),
    protocol: url.protocol,
    host: url.host,
    path: url.pathname,
    query: url.searchParams,
    headers,
    body,
    json: () => JSON.parse(body),
  };
}

/** `POST payments.example/v1/charges`: how errors and pending lists name a request. */
export function describeRequest(
  request: Pick<InterceptedRequest, 'method' | 'host' | 'path' | 'query'>,
): string {
  const query = request.query.toString();
  return `${request.method} ${request.host}${request.path}${query ? `?${query}` : ''}`;
}
