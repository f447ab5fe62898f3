import type { TestReply } from '../test-server.js';
import type { InterceptedRequest } from './intercepted-request.js';
import type { NetworkFailure } from './network-failure.js';
import { type PathParams, PathPattern } from './path-pattern.js';
import {
  basicAuthCriterion,
  bodyCriterion,
  type Criterion,
  customCriterion,
  headerCriterion,
  jsonCriterion,
  type MockMatcher,
  queryCriterion,
} from './request-criteria.js';

/** What a mock answers: the test server's reply vocabulary, plus a network failure. */
export interface MockReply extends TestReply {
  /**
   * Fails the request as the network would, in the shape its client reports (see `NetworkFailure`);
   * an `Error` is used as the low-level error (`fetch` wraps it in `TypeError: fetch failed`).
   */
  readonly networkError?: NetworkFailure | Error;
}

/** A request as a mock's reply function sees it: with the path parameters its path template captured. */
export interface MatchedRequest extends InterceptedRequest {
  /** `{ id: '42' }` for a mock on `/users/:id` and a request to `/users/42`; empty without parameters. */
  readonly params: PathParams;
}

/** A fixed reply, or one computed from the request (e.g. `FakePaymentsApi.handle`). */
export type MockResponder = MockReply | ((request: MatchedRequest) => MockReply | Promise<MockReply>);

/**
 * One declared request and its replies, built fluently: `mock.post(url).header(...).json(...).reply(201, body)`.
 * Matches once unless `.times(n)` or `.persist()`; a reply sequence answers in order, the last one repeating.
 */
export class HttpMock {
  readonly method: string;
  readonly #target: string;
  readonly #path: PathPattern;
  readonly #criteria: Criterion[] = [];
  readonly #responders: MockResponder[] = [];
  #times = 1;
  #persist = false;
  #optional = false;
  #calls = 0;
  #delayMs = 0;

  /** @internal Created by `MockHttp.intercept`. */
  constructor(method: string, url: string, path?: string | RegExp) {
    this.method = method.toUpperCase();
    const parsed = new URL(url);
    this.#path = new PathPattern(path ?? parsed.pathname);
    const shownPath = typeof this.#path.source === 'string' ? this.#path.source : String(this.#path.source);
    this.#target = `${parsed.protocol}//${parsed.host}${shownPath}`;
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
          this.#path.match(r.path) ? undefined : `path: expected ${this.#path}, got "${r.path}"`,
      },
    );
    if (parsed.search) this.query(Object.fromEntries(parsed.searchParams));
  }

  /** Requires these query parameters (others may be present too). */
  query(params: Readonly<Record<string, MockMatcher>>): this {
    for (const [name, expected] of Object.entries(params))
      this.#criteria.push(queryCriterion(name, expected));
    return this;
  }

  /** Requires a header (name case-insensitive). Credential headers are redacted in messages. */
  header(name: string, expected: MockMatcher): this {
    this.#criteria.push(headerCriterion(name, expected));
    return this;
  }

  /** Requires every header given. */
  headers(expected: Readonly<Record<string, MockMatcher>>): this {
    for (const [name, value] of Object.entries(expected)) this.header(name, value);
    return this;
  }

  /** Requires `Authorization: Basic` with this user and password (`pass` defaults to empty, as in nock). */
  basicAuth(credentials: { readonly user: string; readonly pass?: string }): this {
    this.#criteria.push(basicAuthCriterion(credentials.user, credentials.pass ?? ''));
    return this;
  }

  /** Requires a JSON body deeply equal to `expected`, or one the predicate accepts. */
  json(expected: unknown): this {
    this.#criteria.push(jsonCriterion(expected));
    return this;
  }

  /** Requires the raw body to equal `expected` or match the pattern. */
  body(expected: MockMatcher): this {
    this.#criteria.push(bodyCriterion(expected));
    return this;
  }

  /** Requires a custom condition, named in failure messages by `description`. */
  match(predicate: (request: InterceptedRequest) => boolean, description = 'custom matcher'): this {
    this.#criteria.push(customCriterion(predicate, description));
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

  /**
   * Makes the mock optional, as nock's `optionally()`: it still answers, but counts as done
   * without being called, so `pendingMocks()`, `isDone()` and `assertAllDone()` leave it out.
   */
  optionally(optional = true): this {
    this.#optional = optional;
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

  /** Answers with a reply object or with what a function computes from the request (`request.params` included). */
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

  /** Fails matching requests as the network would (default `closed`: the connection cut before an answer). */
  networkError(failure: NetworkFailure | Error = 'closed'): this {
    return this.replyWith({ networkError: failure });
  }

  /** Requests this mock has answered. */
  get calls(): number {
    return this.#calls;
  }

  /** True once it has answered all the requests it expects (one, for a persistent mock), or when optional. */
  get isDone(): boolean {
    return this.#optional || this.#calls >= (this.#persist ? 1 : this.#times);
  }

  /** @internal True when it will match no more requests. */
  get exhausted(): boolean {
    return !this.#persist && this.#calls >= this.#times;
  }

  /** @internal Why `request` does not match, one line per failed criterion; empty when it matches. */
  mismatches(request: InterceptedRequest): string[] {
    return this.#criteria.map((c) => c.check(request)).filter((m): m is string => m !== undefined);
  }

  /** @internal The path parameters of a request this mock matches. */
  params(request: InterceptedRequest): PathParams {
    return this.#path.match(request.path) ?? {};
  }

  /** @internal Adds a condition (recorded exchanges use it for an exact query). */
  require(criterion: Criterion): this {
    this.#criteria.push(criterion);
    return this;
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
    return `${this.method} ${this.#target}${extra} (${calls}${this.#optional ? ', optional' : ''})`;
  }
}
