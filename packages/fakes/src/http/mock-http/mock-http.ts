import { BatchInterceptor } from '@mswjs/interceptors';
import { ClientRequestInterceptor } from '@mswjs/interceptors/ClientRequest';
import { FetchInterceptor } from '@mswjs/interceptors/fetch';
import { cleanUpAfterTest } from '../test-cleanup.js';
import { HttpMock, type MockReply } from './http-mock.js';
import { describeRequest, type InterceptedRequest, readIntercepted } from './intercepted-request.js';
import { MockHttpError } from './mock-http-error.js';
import { networkFailure, toResponse } from './reply-to-response.js';

/** Settings of `mockHttp`. */
export interface MockHttpOptions {
  /**
   * Hosts let through to the real network when no mock matches: `127.0.0.1` (any port),
   * `localhost:8080`, or a pattern tested on `host[:port]`. Default: none, every unmatched request fails.
   */
  readonly allowNetwork?: readonly (string | RegExp)[];
}

interface RequestEvent {
  readonly request: Request;
  readonly controller: {
    respondWith(response: Response): void;
    errorWith(reason?: unknown): void;
  };
}

/** The one scope active in this process: interception patches process-wide globals. */
let active: MockHttp | undefined;

/**
 * Declarative HTTP mocks for `fetch` and `node:http`/`https` clients, on `@mswjs/interceptors`;
 * no socket is opened. Real network is off: a request no mock matches fails, naming the request,
 * its host and the closest pending mock. Inside a vitest test the scope restores itself when the
 * test ends, and fails that test if a request went unmatched (unless the test restored it itself).
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

/** A set of mocks and the interception serving them, until `restore()`. */
export class MockHttp {
  readonly #mocks: HttpMock[] = [];
  readonly #requests: InterceptedRequest[] = [];
  readonly #unmatched: InterceptedRequest[] = [];
  readonly #waiting = new Set<() => void>();
  readonly #interceptor: BatchInterceptor<(ClientRequestInterceptor | FetchInterceptor)[]>;
  readonly #allow: readonly (string | RegExp)[];
  #restored = false;

  /** @internal Use `mockHttp()`. */
  constructor(options: MockHttpOptions) {
    this.#allow = options.allowNetwork ?? [];
    this.#interceptor = new BatchInterceptor({
      name: 'seams-mock-http',
      interceptors: [new ClientRequestInterceptor(), new FetchInterceptor()],
    });
    this.#interceptor.apply();
    this.#interceptor.on('request', (event: RequestEvent) => this.#handle(event));
  }

  /** Declares a request: a full URL (its query becomes a match), or an origin and a path pattern. */
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

  /** Requests no mock matched (and the network was not allowed for). */
  get unmatched(): readonly InterceptedRequest[] {
    return this.#unmatched;
  }

  /** Mocks still expecting requests, described. */
  pendingMocks(): string[] {
    return this.#mocks.filter((m) => !m.isDone).map((m) => m.describe());
  }

  /** True when every mock got its requests. */
  isDone(): boolean {
    return this.#mocks.every((m) => m.isDone);
  }

  /** Throws, listing them, when mocks are still pending or requests went unmatched. */
  assertAllDone(): void {
    const pending = this.pendingMocks();
    const problems = [
      ...pending.map((m) => `pending: ${m}`),
      ...this.#unmatched.map((r) => `unmatched: ${describeRequest(r)}`),
    ];
    if (problems.length > 0) {
      throw new MockHttpError('MOCK_HTTP_PENDING', `mockHttp: not all done:\n  ${problems.join('\n  ')}`);
    }
  }

  /**
   * Stops intercepting and releases hung replies; idempotent. With `verify`, throws when a request
   * went unmatched, so a test that swallowed the request's error (a client that retries) still fails.
   */
  restore(options: { verify?: boolean } = {}): void {
    if (!this.#restored) {
      this.#restored = true;
      this.#interceptor.dispose();
      for (const release of this.#waiting) release();
      if (active === this) active = undefined;
    }
    if (options.verify && this.#unmatched.length > 0) {
      const list = this.#unmatched.map((r) => `${describeRequest(r)} (host ${r.host})`).join(', ');
      throw new MockHttpError('MOCK_HTTP_UNMATCHED', `mockHttp: unmatched requests during the test: ${list}`);
    }
  }

  /** `using http = mockHttp()` restores at the end of the block. */
  [Symbol.dispose](): void {
    this.restore();
  }

  async #handle({ request, controller }: RequestEvent): Promise<void> {
    const seen = await readIntercepted(request);
    this.#requests.push(seen);
    const mock = this.#mocks.find((m) => !m.exhausted && m.mismatches(seen).length === 0);
    if (!mock) {
      if (this.#allowed(seen)) return;
      this.#unmatched.push(seen);
      controller.errorWith(new MockHttpError('MOCK_HTTP_UNMATCHED', this.#unmatchedMessage(seen)));
      return;
    }
    const { responder, delayMs } = mock.take();
    let reply: MockReply;
    try {
      if (!responder) throw new Error(`mockHttp: ${mock.describe()} has no reply; call .reply() on it`);
      reply = typeof responder === 'function' ? await responder(seen) : responder;
    } catch (error) {
      controller.errorWith(error);
      return;
    }
    const wait = reply.hang ? Number.POSITIVE_INFINITY : delayMs + (reply.delayMs ?? 0);
    if (wait > 0 && !(await this.#wait(wait, request.signal))) return;
    if (reply.hang) return;
    if (reply.networkError !== undefined || reply.disconnect) controller.errorWith(networkFailure(reply));
    else controller.respondWith(toResponse(reply));
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

  #allowed(request: InterceptedRequest): boolean {
    const hostname = request.host.replace(/:\d+$/, '');
    return this.#allow.some((allowed) =>
      typeof allowed === 'string'
        ? allowed === request.host || allowed === hostname
        : allowed.test(request.host),
    );
  }

  #unmatchedMessage(request: InterceptedRequest): string {
    const knownHost = this.#mocks.some((m) =>
      m.mismatches(request).every((line) => !line.startsWith('host:')),
    );
    const network = knownHost
      ? 'real network is disabled'
      : `real network is disabled, so the request to host ${request.host} was blocked`;
    return `mockHttp: no mock matches ${describeRequest(request)} (${network}). ${this.#closest(request)}`;
  }

  #closest(request: InterceptedRequest): string {
    let best: { mock: HttpMock; misses: string[] } | undefined;
    for (const mock of this.#mocks) {
      if (mock.exhausted) continue;
      const misses = mock.mismatches(request);
      if (!best || misses.length < best.misses.length) best = { mock, misses };
    }
    const used = this.#mocks.find((m) => m.exhausted && m.mismatches(request).length === 0);
    const usedUp = used ? ` A mock matching it is used up: ${used.describe()}.` : '';
    if (!best) return `No pending mocks.${usedUp}`;
    return `Closest pending mock: ${best.mock.describe()}: ${best.misses.join('; ')}.${usedUp}`;
  }
}
