import { isDeepStrictEqual } from 'node:util';
import type { TestReply } from '../test-server.js';
import type { InterceptedRequest } from './intercepted-request.js';

/** What a mock answers: the test server's reply vocabulary, plus a network error. */
export interface MockReply extends TestReply {
  /** Fails the request as a network failure would (`ECONNRESET` unless the error says otherwise). */
  readonly networkError?: string | Error;
}

/** A fixed reply, or one computed from the request (e.g. `FakePaymentsApi.handle`). */
export type MockResponder = MockReply | ((request: InterceptedRequest) => MockReply | Promise<MockReply>);

/** A value to match: exactly this string, or any string the pattern matches. */
export type MockMatcher = string | RegExp;

interface Criterion {
  readonly label: string;
  /** Why the request fails this criterion, or `undefined` when it passes. */
  readonly check: (request: InterceptedRequest) => string | undefined;
}

const show = (matcher: MockMatcher) =>
  typeof matcher === 'string' ? JSON.stringify(matcher) : String(matcher);
const matches = (matcher: MockMatcher, value: string | null | undefined) =>
  value !== null &&
  value !== undefined &&
  (typeof matcher === 'string' ? matcher === value : matcher.test(value));

/**
 * One declared request and its replies, built fluently: `mock.post(url).header(...).json(...).reply(201, body)`.
 * Matches once unless `.times(n)` or `.persist()`; a reply sequence answers in order, the last one repeating.
 */
export class HttpMock {
  readonly method: string;
  readonly #target: string;
  readonly #criteria: Criterion[] = [];
  readonly #responders: MockResponder[] = [];
  #times = 1;
  #persist = false;
  #calls = 0;
  #delayMs = 0;

  /** @internal Created by `MockHttp.intercept`. */
  constructor(method: string, url: string, path?: string | RegExp) {
    this.method = method.toUpperCase();
    const parsed = new URL(url);
    const wantedPath = path ?? parsed.pathname;
    this.#target = `${parsed.protocol}//${parsed.host}${typeof wantedPath === 'string' ? wantedPath : String(wantedPath)}`;
    this.#criteria.push(
      {
        label: '',
        check: (r) =>
          r.method === this.method ? undefined : `method: expected ${this.method}, got ${r.method}`,
      },
      {
        label: '',
        check: (r) =>
          r.protocol === parsed.protocol && r.host === parsed.host
            ? undefined
            : `host: expected ${parsed.protocol}//${parsed.host}, got ${r.protocol}//${r.host}`,
      },
      {
        label: '',
        check: (r) =>
          matches(wantedPath, r.path) ? undefined : `path: expected ${show(wantedPath)}, got "${r.path}"`,
      },
    );
    if (parsed.search) this.query(Object.fromEntries(parsed.searchParams));
  }

  /** Requires these query parameters (others may be present too). */
  query(params: Readonly<Record<string, MockMatcher>>): this {
    for (const [name, expected] of Object.entries(params)) {
      this.#criteria.push({
        label: `query ${name}=${show(expected)}`,
        check: (r) =>
          matches(expected, r.query.get(name))
            ? undefined
            : `query ${name}: expected ${show(expected)}, got ${JSON.stringify(r.query.get(name))}`,
      });
    }
    return this;
  }

  /** Requires a header (name case-insensitive). */
  header(name: string, expected: MockMatcher): this {
    const key = name.toLowerCase();
    this.#criteria.push({
      label: `header ${key}: ${show(expected)}`,
      check: (r) =>
        matches(expected, r.headers[key])
          ? undefined
          : `header ${key}: expected ${show(expected)}, got ${r.headers[key] === undefined ? 'none' : JSON.stringify(r.headers[key])}`,
    });
    return this;
  }

  /** Requires every header given. */
  headers(expected: Readonly<Record<string, MockMatcher>>): this {
    for (const [name, value] of Object.entries(expected)) this.header(name, value);
    return this;
  }

  /** Requires a JSON body deeply equal to `expected`, or one the predicate accepts. */
  json(expected: unknown): this {
    const predicate = typeof expected === 'function' ? (expected as (body: unknown) => boolean) : undefined;
    this.#criteria.push({
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
    });
    return this;
  }

  /** Requires the raw body to equal `expected` or match the pattern. */
  body(expected: MockMatcher): this {
    this.#criteria.push({
      label: `body ${show(expected)}`,
      check: (r) =>
        matches(expected, r.body)
          ? undefined
          : `body: expected ${show(expected)}, got ${JSON.stringify(r.body.slice(0, 200))}`,
    });
    return this;
  }

  /** Requires a custom condition, named in failure messages by `description`. */
  match(predicate: (request: InterceptedRequest) => boolean, description = 'custom matcher'): this {
    this.#criteria.push({
      label: description,
      check: (r) => (predicate(r) ? undefined : `${description}: not satisfied`),
    });
    return this;
  }

  /** Matches `count` requests, then stops matching. */
  times(count: number): this {
    if (!Number.isInteger(count) || count < 1)
      throw new RangeError(`times: count must be >= 1, got ${count}`);
    this.#times = count;
    return this;
  }

  /** Matches any number of requests; done once it has matched one. */
  persist(): this {
    this.#persist = true;
    return this;
  }

  /** Waits `ms` (real time) before every reply of this mock. */
  delay(ms: number): this {
    this.#delayMs = ms;
    return this;
  }

  /** Answers with a status, a body (a string as text, anything else as JSON) and headers. */
  reply(status: number, body?: unknown, headers?: Readonly<Record<string, string>>): this {
    return this.replyWith({
      status,
      ...(body === undefined ? {} : { body }),
      ...(headers ? { headers } : {}),
    });
  }

  /** Answers with a reply object or with what a function computes from the request. */
  replyWith(responder: MockResponder): this {
    this.#responders.splice(0, this.#responders.length, responder);
    return this;
  }

  /** Answers requests in this order, e.g. 429, 500, then 201; matches as many times as replies are given. */
  replySequence(...responders: readonly MockResponder[]): this {
    if (responders.length === 0) throw new RangeError('replySequence needs at least one reply');
    this.#responders.splice(0, this.#responders.length, ...responders);
    this.#times = responders.length;
    return this;
  }

  /** Fails matching requests with a network error. */
  networkError(message = 'socket hang up'): this {
    return this.replyWith({ networkError: message });
  }

  /** Requests this mock has answered. */
  get calls(): number {
    return this.#calls;
  }

  /** True once it has answered all the requests it expects (one, for a persistent mock). */
  get isDone(): boolean {
    return this.#calls >= (this.#persist ? 1 : this.#times);
  }

  /** @internal True when it will match no more requests. */
  get exhausted(): boolean {
    return !this.#persist && this.#calls >= this.#times;
  }

  /** @internal Why `request` does not match, one line per failed criterion; empty when it matches. */
  mismatches(request: InterceptedRequest): string[] {
    return this.#criteria.map((c) => c.check(request)).filter((m): m is string => m !== undefined);
  }

  /** @internal Counts a call and hands back its responder and delay. */
  take(): { readonly responder: MockResponder | undefined; readonly delayMs: number } {
    const responder = this.#responders[Math.min(this.#calls, this.#responders.length - 1)];
    this.#calls++;
    return { responder, delayMs: this.#delayMs };
  }

  /** `POST https://payments.example/v1/charges [header idempotency-key: "k1"] (0 of 1 calls)`. */
  describe(): string {
    const labels = this.#criteria.map((c) => c.label).filter(Boolean);
    const extra = labels.length > 0 ? ` [${labels.join(', ')}]` : '';
    const calls = this.#persist
      ? `${this.#calls} calls, persistent`
      : `${this.#calls} of ${this.#times} calls`;
    return `${this.method} ${this.#target}${extra} (${calls})`;
  }
}
