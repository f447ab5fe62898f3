import type { HttpMock } from './http-mock.js';
import { describeRequest, type InterceptedRequest } from './intercepted-request.js';

/** Why the request was not let through to the network, for the explanation's parenthesis. */
export type BlockedBecause = 'network disabled' | 'loopback only' | 'lockdown';

function networkClause(request: InterceptedRequest, mocks: readonly HttpMock[], because: BlockedBecause) {
  const blocked = `so the request to host ${request.host} was blocked`;
  if (because === 'loopback only') return `only loopback hosts are let through, ${blocked}`;
  if (because === 'lockdown') return `the fixture is locked down, ${blocked}`;
  const knownHost = mocks.some((m) => m.mismatches(request).every((line) => !line.startsWith('host:')));
  return knownHost ? 'real network is disabled' : `real network is disabled, ${blocked}`;
}

function closest(request: InterceptedRequest, mocks: readonly HttpMock[]): string {
  let best: { mock: HttpMock; misses: string[] } | undefined;
  for (const mock of mocks) {
    if (mock.exhausted) continue;
    const misses = mock.mismatches(request);
    if (!best || misses.length < best.misses.length) best = { mock, misses };
  }
  const used = mocks.find((m) => m.exhausted && m.mismatches(request).length === 0);
  const usedUp = used ? ` A mock matching it is used up: ${used.describe()}.` : '';
  if (!best) return `No pending mocks.${usedUp}`;
  return `Closest pending mock: ${best.mock.describe()}: ${best.misses.join('; ')}.${usedUp}`;
}

/**
 * `mockHttp: no mock matches POST api.example/v1/charges (real network is disabled). Closest pending
 * mock: ...: header idempotency-key: expected "k-1", got "k-2".`
 */
export function explainUnmatched(
  request: InterceptedRequest,
  mocks: readonly HttpMock[],
  because: BlockedBecause,
): string {
  const clause = networkClause(request, mocks, because);
  return `mockHttp: no mock matches ${describeRequest(request)} (${clause}). ${closest(request, mocks)}`;
}
