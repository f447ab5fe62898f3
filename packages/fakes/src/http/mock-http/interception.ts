import { ClientRequestInterceptor } from '@mswjs/interceptors/ClientRequest';
import { FetchInterceptor } from '@mswjs/interceptors/fetch';
import type { HttpTransport } from './network-failure.js';

/** One intercepted request: answer it, fail it, or return without either to let it through. */
export interface InterceptedCall {
  readonly request: Request;
  readonly requestId: string;
  readonly transport: HttpTransport;
  readonly controller: {
    respondWith(response: Response): void;
    errorWith(reason?: unknown): void;
  };
}

/** What the interception reports. */
export interface InterceptionHandlers {
  readonly onRequest: (call: InterceptedCall) => Promise<void>;
  /** A request let through got this answer from the real server (read it before returning). */
  readonly onRealResponse: (requestId: string, response: Response) => Promise<void>;
}

interface ResponseEvent {
  readonly response: Response;
  readonly isMockedResponse: boolean;
  readonly requestId: string;
}

/**
 * Patches `fetch` and `node:http`/`https` until the returned function is called. Each stack has
 * its own interceptor so a failure can take the shape that stack reports.
 */
export function intercept(handlers: InterceptionHandlers): () => void {
  const interceptors: ReadonlyArray<readonly [HttpTransport, FetchInterceptor | ClientRequestInterceptor]> = [
    ['fetch', new FetchInterceptor()],
    ['node:http', new ClientRequestInterceptor()],
  ];
  for (const [transport, interceptor] of interceptors) {
    interceptor.apply();
    interceptor.on('request', ({ request, requestId, controller }) =>
      handlers.onRequest({ request, requestId, transport, controller }),
    );
    interceptor.on('response', ({ response, isMockedResponse, requestId }: ResponseEvent) =>
      isMockedResponse ? undefined : handlers.onRealResponse(requestId, response),
    );
  }
  return () => {
    for (const [, interceptor] of interceptors) interceptor.dispose();
  };
}
