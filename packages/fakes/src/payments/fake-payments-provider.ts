import { startTestServer, type TestServer } from '../http/test-server.js';
import { FakePaymentsApi, type FakePaymentsApiOptions, type ProviderRequest } from './fake-payments-api.js';
import type { RecordedCharge, RecordedRefund } from './payments-ledger.js';
import type { ProviderFailure } from './provider-replies.js';

/** Settings of `FakePaymentsProvider.start`. */
export interface FakePaymentsProviderOptions extends FakePaymentsApiOptions {
  /** Default `127.0.0.1`. */
  readonly host?: string;
  /** Default 0: a free port. */
  readonly port?: number;
}

/**
 * A payments API on a real HTTP server, speaking `@seams/http-client`'s wire protocol: `POST
 * /v1/charges` with a bearer key and an `Idempotency-Key`, `GET /v1/charges?idempotency_key=`,
 * `GET /v1/charges/:id` and `POST /v1/refunds`. Started in a vitest test it closes when
 * the test ends; elsewhere (a script, a service in dev) call `close()`. No vitest at runtime.
 *
 * @example
 * const provider = await FakePaymentsProvider.start({ apiKey: 'sk_test_1' });
 * provider.failNext(1, { status: 429, retryAfter: 1 });
 * const gateway = new HttpPaymentGateway({ baseUrl: provider.url, apiKey: provider.apiKey });
 */
export class FakePaymentsProvider {
  readonly #api: FakePaymentsApi;
  readonly #server: TestServer;

  private constructor(api: FakePaymentsApi, server: TestServer) {
    this.#api = api;
    this.#server = server;
  }

  /** Starts a provider on a free loopback port (or `host`/`port`). */
  static async start(options: FakePaymentsProviderOptions = {}): Promise<FakePaymentsProvider> {
    const api = new FakePaymentsApi(options);
    const server = await startTestServer((request) => api.handle(request), {
      ...(options.host === undefined ? {} : { host: options.host }),
      ...(options.port === undefined ? {} : { port: options.port }),
    });
    return new FakePaymentsProvider(api, server);
  }

  /** Base URL, e.g. `http://127.0.0.1:40123`, no trailing slash. */
  get url(): string {
    return this.#server.url;
  }

  /** The key the provider accepts. */
  get apiKey(): string {
    return this.#api.apiKey;
  }

  /** Every charge made, in order; idempotent replays add nothing. */
  get charges(): readonly RecordedCharge[] {
    return this.#api.charges;
  }

  /** Every refund made, in order; refunding a charge again adds nothing. */
  get refunds(): readonly RecordedRefund[] {
    return this.#api.refunds;
  }

  /** Every request received, with what was answered; the `Authorization` header is never kept. */
  get requests(): readonly ProviderRequest[] {
    return this.#api.requests;
  }

  /** Makes the next `count` requests fail: `{ status: 429, retryAfter: 1 }`, `{ status: 500 }`, `'hang'`, `'disconnect'`. */
  failNext(count: number, failure: ProviderFailure): void {
    this.#api.failNext(count, failure);
  }

  /** Stops the server, cutting hung requests; idempotent. */
  close(): Promise<void> {
    return this.#server.close();
  }
}
