import { isIP } from 'node:net';
import type { InterceptedRequest } from './intercepted-request.js';

/**
 * What happens to a request no mock matches, named as msw names it:
 * - `error` (the default): it fails as a refused connection, and the test fails when the scope ends;
 * - `warn`: a warning names it and the closest mock, then it goes on as with `bypass`;
 * - `bypass`: a request to a loopback host (`localhost`, `127.0.0.0/8`, `::1`) goes to the real
 *   server; to any other host it still fails as with `error`. The network stays off.
 */
export type UnhandledRequestStrategy = 'error' | 'warn' | 'bypass';

/** A strategy, or a function choosing one per request. */
export type OnUnhandledRequest =
  | UnhandledRequestStrategy
  | ((request: InterceptedRequest) => UnhandledRequestStrategy);

/** `localhost`, `127.0.0.0/8`, `::1` (with or without a port). */
export function isLoopback(host: string): boolean {
  const hostname = hostnameOf(host);
  if (hostname === 'localhost') return true;
  if (isIP(hostname) === 4) return hostname.startsWith('127.');
  return hostname === '::1';
}

/** `host[:port]` without the port and IPv6 brackets. */
export function hostnameOf(host: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(host);
  return bracketed?.[1] ?? host.replace(/:\d+$/, '');
}

/** True when `allowNetwork` lets the request through: a host with or without its port, or a pattern on `host[:port]`. */
export function isAllowed(allow: readonly (string | RegExp)[], request: InterceptedRequest): boolean {
  const hostname = hostnameOf(request.host);
  return allow.some((allowed) =>
    typeof allowed === 'string'
      ? allowed === request.host || allowed === hostname
      : allowed.test(request.host),
  );
}

/** The strategy for one request. */
export function strategyFor(
  option: OnUnhandledRequest | undefined,
  request: InterceptedRequest,
): UnhandledRequestStrategy {
  const strategy = typeof option === 'function' ? option(request) : (option ?? 'error');
  if (strategy !== 'error' && strategy !== 'warn' && strategy !== 'bypass') {
    throw new RangeError(`mockHttp: onUnhandledRequest must be 'error', 'warn' or 'bypass', got ${strategy}`);
  }
  return strategy;
}
