import type { MockReply } from './http-mock.js';

/** The error a `networkError` or `disconnect` reply fails the request with. */
export function networkFailure(reply: MockReply): Error {
  if (reply.networkError instanceof Error) return reply.networkError;
  const message = reply.networkError ?? 'socket hang up';
  return Object.assign(new Error(message), { code: 'ECONNRESET' });
}

/** A fetch `Response` for a reply: a string body as text, anything else as JSON. */
export function toResponse(reply: MockReply): Response {
  const status = reply.status ?? 200;
  const isText = typeof reply.body === 'string';
  const nullBody = status === 204 || status === 205 || status === 304 || reply.body === undefined;
  const body = nullBody ? null : isText ? (reply.body as string) : JSON.stringify(reply.body);
  const type: Record<string, string> = nullBody
    ? {}
    : { 'content-type': isText ? 'text/plain' : 'application/json' };
  return new Response(body, { status, headers: { ...type, ...reply.headers } });
}
