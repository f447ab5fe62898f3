import { isDeepStrictEqual } from 'node:util';
import type { InterceptedRequest } from './intercepted-request.js';

/** A value to match: exactly this string, or any string the pattern matches. */
export type MockMatcher = string | RegExp;

/** One condition a request must meet, and how failure messages name it. */
export interface Criterion {
  /** Shown in a mock's description; empty for method, host and path, which the target shows. */
  readonly label: string;
  /** Why the request fails this criterion, or `undefined` when it passes. */
  readonly check: (request: InterceptedRequest) => string | undefined;
}

// Values of these headers are credentials: messages show at most their scheme.
const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'x-api-key']);

const show = (matcher: MockMatcher) =>
  typeof matcher === 'string' ? JSON.stringify(matcher) : String(matcher);

const matches = (matcher: MockMatcher, value: string | null | undefined) =>
  value !== null &&
  value !== undefined &&
  (typeof matcher === 'string' ? matcher === value : matcher.test(value));

/** `"Bearer [redacted]"` for a credential header, the value itself for any other. */
function showHeader(name: string, value: MockMatcher): string {
  if (!SECRET_HEADERS.has(name) || value instanceof RegExp) return show(value);
  const scheme = /^(\S+)\s/.exec(value)?.[1];
  return JSON.stringify(scheme ? `${scheme} [redacted]` : '[redacted]');
}

export function queryCriterion(name: string, expected: MockMatcher): Criterion {
  return {
    label: `query ${name}=${show(expected)}`,
    check: (r) =>
      matches(expected, r.query.get(name))
        ? undefined
        : `query ${name}: expected ${show(expected)}, got ${JSON.stringify(r.query.get(name))}`,
  };
}

export function headerCriterion(name: string, expected: MockMatcher): Criterion {
  const key = name.toLowerCase();
  return {
    label: `header ${key}: ${showHeader(key, expected)}`,
    check: (r) => {
      const got = r.headers[key];
      if (matches(expected, got)) return undefined;
      return `header ${key}: expected ${showHeader(key, expected)}, got ${got === undefined ? 'none' : showHeader(key, got)}`;
    },
  };
}

export function jsonCriterion(expected: unknown): Criterion {
  const predicate = typeof expected === 'function' ? (expected as (body: unknown) => boolean) : undefined;
  return {
    label: predicate ? 'json (predicate)' : `json ${JSON.stringify(expected)}`,
    check: (r) => {
      let body: unknown;
      try {
        body = r.json();
      } catch {
        return `body: expected JSON, got ${JSON.stringify(r.body.slice(0, 80))}`;
      }
      const ok = predicate ? predicate(body) : isDeepStrictEqual(body, expected);
      return ok
        ? undefined
        : `json body: expected ${predicate ? 'the predicate to accept' : JSON.stringify(expected)}, got ${r.body.slice(0, 200)}`;
    },
  };
}

export function bodyCriterion(expected: MockMatcher): Criterion {
  return {
    label: `body ${show(expected)}`,
    check: (r) =>
      matches(expected, r.body)
        ? undefined
        : `body: expected ${show(expected)}, got ${JSON.stringify(r.body.slice(0, 200))}`,
  };
}

/** `Authorization: Basic base64(user:pass)`, as nock's `basicAuth`; messages never show a password. */
export function basicAuthCriterion(user: string, pass: string): Criterion {
  const wanted = `user ${JSON.stringify(user)}`;
  return {
    label: `basic auth ${wanted}`,
    check: (r) => {
      const header = r.headers.authorization;
      if (header === undefined) return `basic auth: expected ${wanted}, got no authorization header`;
      const [scheme = '', encoded = ''] = header.split(/\s+/, 2);
      if (scheme.toLowerCase() !== 'basic') {
        return `basic auth: expected ${wanted}, got a ${JSON.stringify(scheme)} authorization header`;
      }
      const decoded = Buffer.from(encoded, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      const gotUser = colon < 0 ? decoded : decoded.slice(0, colon);
      const gotPass = colon < 0 ? undefined : decoded.slice(colon + 1);
      if (gotUser !== user) return `basic auth: expected ${wanted}, got user ${JSON.stringify(gotUser)}`;
      return gotPass === pass ? undefined : `basic auth: ${wanted} with another password`;
    },
  };
}

export function customCriterion(
  predicate: (request: InterceptedRequest) => boolean,
  description: string,
): Criterion {
  return {
    label: description,
    check: (r) => (predicate(r) ? undefined : `${description}: not satisfied`),
  };
}

/** Requires exactly these query parameters, no more and no fewer (a recorded exchange's query). */
export function exactQueryCriterion(expected: URLSearchParams): Criterion {
  const sorted = (params: URLSearchParams) => [...params].sort(([a], [b]) => a.localeCompare(b));
  const text = expected.toString();
  return {
    label: text ? `query exactly ?${text}` : 'no query',
    check: (r) =>
      isDeepStrictEqual(sorted(r.query), sorted(expected))
        ? undefined
        : `query: expected ${text ? `exactly ?${text}` : 'none'}, got ${r.query.toString() ? `?${r.query}` : 'none'}`,
  };
}
