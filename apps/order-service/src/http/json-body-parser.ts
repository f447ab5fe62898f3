import type { FastifyInstance } from 'fastify';
import { HttpError } from './http-error.js';

const UTF8 = new Set(['utf-8', 'utf8']);
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The `charset` parameter of a Content-Type header, lower-cased, if it has one. */
export function charsetOf(contentType: string | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return match?.[1]?.toLowerCase();
}

/**
 * Replaces Fastify's JSON parser with one that refuses what it would silently mangle: a `charset`
 * other than UTF-8 (415; Fastify would decode it as UTF-8 anyway) and bytes that are not valid
 * UTF-8 (400; Fastify would turn them into U+FFFD). The rest is Fastify's own parser, with its
 * `__proto__` and `constructor` poisoning checks.
 */
export function useStrictJsonParser(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    const charset = charsetOf(request.headers['content-type']);
    if (charset !== undefined && !UTF8.has(charset)) {
      done(
        new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', 'send the body as UTF-8 JSON (charset=utf-8)', {
          charset,
        }),
        undefined,
      );
      return;
    }
    let text: string;
    try {
      text = strictUtf8.decode(typeof body === 'string' ? Buffer.from(body) : body);
    } catch (error) {
      done(
        new HttpError(400, 'MALFORMED_JSON', 'the body is not valid UTF-8', {}, { cause: error }),
        undefined,
      );
      return;
    }
    parseJson(request, text, done);
  });
}
