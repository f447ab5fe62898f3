import { cleanUpAfterTest } from '../test-cleanup.js';
import { HttpFixture, type HttpFixtureOptions } from './http-fixture.js';
import { HttpMock, type MatchedRequest, type MockReply } from './http-mock.js';
import { describeRequest, type InterceptedRequest, readIntercepted } from './intercepted-request.js';
import { type InterceptedCall, intercept } from './interception.js';
import { MockHttpError } from './mock-http-error.js';
import { type FailureTarget, networkError } from './network-failure.js';
import { mockForExchange } from './recorded-exchange.js';
import { toResponse } from './reply-to-response.js';
import {
  hostnameOf,
  isAllowed,
  isLoopback,
  type OnUnhandledRequest,
  strategyFor,
} from './unhandled-request.js';
import { type BlockedBecause, explainUnmatched } from './unmatched-explanation.js';

/** Settings of `mockHttp`. */
export interface MockHttpOptions {
  /**
   * Hosts let through to the real network when no mock matches, in every mode: `127.0.0.1` (any
   * port), `localhost:8080`, or a pattern tested on `host[:port]`. Default: none.
   */
  readonly allowNetwork?: readonly (string | RegExp)[];
  /** What happens to a request no mock matches (see `UnhandledRequestStrategy`). Default `error`. */
  readonly onUnhandledRequest?: OnUnhandledRequest;
  /** Replays (and records) exchanges from a JSON fixture, as `nock.back` does (see `HttpFixtureMode`). */
  readonly fixture?: HttpFixtureOptions;
}

/** The one scope active in this process: interception patches process-wide globals. */
let active: MockHttp | undefined;

/**
 * Declarative HTTP mocks for `fetch` and `node:http`/`https` clients, on `@mswjs/interceptors`;
 * no socket is opened. Real network is off: a request no mock matches fails as a refused connection
 * does (`fetch`: `TypeError: fetch failed`, cause `ECONNREFUSED`), with `explanation` on the cause
 * naming the request, its host and the closest pending mock. Inside a vitest test the scope
 * restores itself when the test ends, and fails that test if a request went unmatched (unless the
 * test restored it itself).
 *
 * @example
 * const http = mockHttp();
 * http.post('https://payments.example/v1/charges').header('idempotency-key', 'k1').reply(201, charge);
 * await client.charge(request);
 * http.assertAllDone();
 */
export function mockHttp(options: MockHttpOptions = {}): MockHttp {
  if (active) {
    throw new MockHttpError(
      'MOCK_HTTP_BUSY',
      'mockHttp: another scope is active in this process; restore it first (interception is per process, ' +
        'so concurrent tests in one file cannot each have their own mocks)',
    );
  }
  const scope = new MockHttp(options);
  active = scope;
  // A test that restored the scope itself has looked at what happened; only verify the others.
  cleanUpAfterTest(() => scope.restore({ verify: !scope.restored }));
  return scope;
}

/** `hostname` and port of a request, for a failure's `address`/`port`. */
function targetOf(request: InterceptedRequest): FailureTarget {
  const url = new URL(request.url);
  const port = url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
  return { hostname: hostnameOf(url.host), port };
}

/** A set of mocks and the interception serving them, until `restore()`. */
export class MockHttp {
  readonly #mocks: HttpMock[] = [];
  readonly #requests: InterceptedRequest[] = [];
  readonly #unmatched = new Map<InterceptedRequest, string>();
  readonly #waiting = new Set<() => void>();
  readonly #options: MockHttpOptions;
  readonly #fixture: HttpFixture | undefined;
  readonly #dispose: () => void;
  #restored = false;

  /** @internal Use `mockHttp()`. */
  constructor(options: MockHttpOptions) {
    this.#options = options;
    this.#fixture = options.fixture ? new HttpFixture(options.fixture) : undefined;
    for (const exchange of this.#fixture?.replayed ?? []) this.#mocks.push(mockForExchange(exchange));
    this.#dispose = intercept({
      onRequest: (call) => this.#handle(call),
      onRealResponse: async (requestId, response) => this.#fixture?.record(requestId, response),
    });
  }

  /** Declares a request: a full URL (its query becomes a match), or an origin and a path (template or RegExp). */
  intercept(method: string, url: string, path?: string | RegExp): HttpMock {
    if (this.#restored) throw new MockHttpError('MOCK_HTTP_BUSY', 'mockHttp: this scope was restored');
    const mock = new HttpMock(method, url, path);
    this.#mocks.push(mock);
    return mock;
  }

  get(url: string, path?: string | RegExp): HttpMock {
    return this.intercept('GET', url, path);
  }
  post(url: string, path?: string | RegExp): HttpMock {
    return this.intercept('POST', url, path);
  }
  put(url: string, path?: string | RegExp): HttpMock {
    return this.intercept('PUT', url, path);
  }
  patch(url: string, path?: string | RegExp): HttpMock {
    return this.intercept('PATCH', url, path);
  }
  delete(url: string, path?: string | RegExp): HttpMock {
    return this.intercept('DELETE', url, path);
  }

  /** True once `restore()` ran. */
  get restored(): boolean {
    return this.#restored;
  }

  /** Every request intercepted, matched or not, in order. */
  get requests(): readonly InterceptedRequest[] {
    return this.#requests;
  }

  /** Requests no mock matched and that were not let through. */
  get unmatched(): readonly InterceptedRequest[] {
    return [...this.#unmatched.keys()];
  }

  /** The fixture file in use, if any. */
  get fixtureFile(): string | undefined {
    return this.#fixture?.file;
  }

  /** Mocks still expecting requests, described (optional ones left out). */
  pendingMocks(): string[] {
    return this.#mocks.filter((m) => !m.isDone).map((m) => m.describe());
  }

  /** True when every mock got its requests. */
  isDone(): boolean {
    return this.#mocks.every((m) => m.isDone);
  }

  /** Throws, listing them, when mocks are still pending or requests went unmatched. */
  assertAllDone(): void {
    const problems = [
      ...this.pendingMocks().map((m) => `pending: ${m}`),
      ...this.unmatched.map((r) => `unmatched: ${describeRequest(r)}`),
    ];
    if (problems.length > 0) {
      throw new MockHttpError('MOCK_HTTP_PENDING', `mockHttp: not all done:\n  ${problems.join('\n  ')}`);
    }
  }

  /**
   * Stops intercepting, releases hung replies and writes a recording fixture; idempotent. With
   * `verify`, throws when a request went unmatched, so a test that swallowed the request's error
   * (a client that retries) still fails.
   */
  restore(options: { verify?: boolean } = {}): void {
    if (!this.#restored) {
      this.#restored = true;
      this.#dispose();
      for (const release of this.#waiting) release();
      if (active === this) active = undefined;
      this.#fixture?.save();
    }
    if (options.verify && this.#unmatched.size > 0) {
      const list = [...this.#unmatched.values()].map((explanation) => `\n  - ${explanation}`).join('');
      throw new MockHttpError('MOCK_HTTP_UNMATCHED', `mockHttp: unmatched requests during the test:${list}`);
    }
  }

  /** `using http = mockHttp()` restores at the end of the block. */
  [Symbol.dispose](): void {
    this.restore();
  }

  async #handle(call: InterceptedCall): Promise<void> {
    const seen = await readIntercepted(call.request);
    this.#requests.push(seen);
    const mock = this.#mocks.find((m) => !m.exhausted && m.mismatches(seen).length === 0);
    if (!mock) return this.#unhandled(call, seen);
    const { responder, delayMs } = mock.take();
    let reply: MockReply;
    try {
      if (!responder) throw new Error(`mockHttp: ${mock.describe()} has no reply; call .reply() on it`);
      const matched: MatchedRequest = { ...seen, params: mock.params(seen) };
      reply = typeof responder === 'function' ? await responder(matched) : responder;
    } catch (error) {
      call.controller.errorWith(error);
      return;
    }
    const wait = reply.hang ? Number.POSITIVE_INFINITY : delayMs + (reply.delayMs ?? 0);
    if (wait > 0 && !(await this.#wait(wait, call.request.signal))) return;
    if (reply.hang) return;
    if (reply.networkError === undefined && !reply.disconnect && !reply.reset) {
      call.controller.respondWith(toResponse(reply));
      return;
    }
    const failure = reply.networkError ?? (reply.reset ? 'reset' : 'closed');
    const explanation = `mockHttp: scripted network failure (${failure instanceof Error ? failure.message : failure}) by ${mock.describe()}`;
    call.controller.errorWith(networkError(failure, call.transport, targetOf(seen), explanation));
  }

  /** Lets the request through (loopback or allowed hosts, by mode), or fails it as a refused connection. */
  #unhandled(call: InterceptedCall, request: InterceptedRequest): void {
    const lockdown = this.#fixture?.lockedDown ?? false;
    const strategy = lockdown ? 'error' : strategyFor(this.#options.onUnhandledRequest, request);
    const allowed = isAllowed(this.#options.allowNetwork ?? [], request);
    const loopbackThrough = (strategy !== 'error' || this.#fixture?.recording) && isLoopback(request.host);
    if (!lockdown && (allowed || loopbackThrough)) {
      if (strategy === 'warn' && !allowed) {
        console.warn(
          `mockHttp: no mock matches ${describeRequest(request)}; it goes to the real server (onUnhandledRequest: 'warn')`,
        );
      }
      this.#fixture?.track(call.requestId, request);
      return;
    }
    const because: BlockedBecause = lockdown
      ? 'lockdown'
      : strategy === 'error'
        ? 'network disabled'
        : 'loopback only';
    const explanation = explainUnmatched(request, this.#mocks, because);
    if (strategy === 'warn') console.warn(explanation);
    this.#unmatched.set(request, explanation);
    call.controller.errorWith(networkError('refused', call.transport, targetOf(request), explanation));
  }

  /** Waits `ms` real time; false when the request aborted or the scope was restored first. */
  #wait(ms: number, signal: AbortSignal): Promise<boolean> {
    return new Promise((resolve) => {
      const finish = (done: boolean) => {
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
        this.#waiting.delete(onAbort);
        resolve(done);
      };
      const onAbort = () => finish(false);
      const timer = Number.isFinite(ms) ? setTimeout(() => finish(true), ms) : undefined;
      signal.addEventListener('abort', onAbort, { once: true });
      this.#waiting.add(onAbort);
    });
  }
}
