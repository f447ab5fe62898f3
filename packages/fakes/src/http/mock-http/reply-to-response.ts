import { encodeBody } from '../reply-body.js';
import type { MockReply } from './http-mock.js';

const NULL_BODY_STATUSES = new Set([204, 205, 304]);

/** A fetch `Response` for a reply: a string body as text, bytes as they are, anything else as JSON. */
export function toResponse(reply: MockReply): Response {
  const status = reply.status ?? 200;
  const body = NULL_BODY_STATUSES.has(status) ? undefined : encodeBody(reply.body);
  const type: Record<string, string> = body ? { 'content-type': body.contentType } : {};
  return new Response(body?.data ?? null, { status, headers: { ...type, ...reply.headers } });
}
