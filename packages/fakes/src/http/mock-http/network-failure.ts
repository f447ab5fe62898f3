import { isIP } from 'node:net';
import { type SystemErrorTarget, systemError } from '../../system-error.js';

/**
 * How a request fails on the wire, named by what the peer did:
 * - `refused`: nothing listens on the port (`ECONNREFUSED`);
 * - `reset`: the peer reset the connection (`ECONNRESET` on `read`);
 * - `closed`: the peer closed the connection without answering (`fetch`: `UND_ERR_SOCKET`
 *   "other side closed"; `node:http`: `ECONNRESET` "socket hang up").
 */
export type NetworkFailure = 'refused' | 'reset' | 'closed';

/** The client stack a request came from: `fetch` (undici) and `node:http` report failures differently. */
export type HttpTransport = 'fetch' | 'node:http';

/** Where the failed request was going: the host as in the URL, without IPv6 brackets (no DNS is done). */
export type FailureTarget = SystemErrorTarget;

/** What undici puts on `SocketError.socket`. */
export interface SocketInfo {
  readonly localAddress: string | undefined;
  readonly localPort: number | undefined;
  readonly remoteAddress: string | undefined;
  readonly remotePort: number | undefined;
  readonly remoteFamily: string | undefined;
  readonly timeout: number | undefined;
  readonly bytesWritten: number | undefined;
  readonly bytesRead: number | undefined;
}

/**
 * undici's `SocketError` as `fetch` reports a connection closed under it: same name, message,
 * `code` and `socket` keys (Node does not export undici's own class, so code can only check those).
 * Not a `SeamsError`, on purpose: it stands in for undici's error, whose shape it must keep.
 */
export class SocketError extends Error {
  readonly code = 'UND_ERR_SOCKET';

  constructor(
    message: string,
    readonly socket: SocketInfo,
  ) {
    super(message);
    this.name = 'SocketError';
  }
}

/** The error the request's own stack sees: for `fetch` the cause, for `node:http` the emitted error. */
function lowLevelError(failure: NetworkFailure, transport: HttpTransport, target: FailureTarget): Error {
  switch (failure) {
    case 'refused':
      return systemError('ECONNREFUSED', 'connect', target);
    case 'reset':
      return systemError('ECONNRESET', 'read');
    case 'closed':
      return transport === 'fetch'
        ? new SocketError('other side closed', socketInfo(target))
        : Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
  }
}

function socketInfo(target: FailureTarget): SocketInfo {
  const family = isIP(target.hostname);
  return {
    localAddress: undefined,
    localPort: undefined,
    remoteAddress: target.hostname,
    remotePort: target.port,
    remoteFamily: family === 0 ? undefined : `IPv${family}`,
    timeout: undefined,
    bytesWritten: undefined,
    bytesRead: 0,
  };
}

/**
 * What a request fails with when `failure` happens, exactly as the transport reports it:
 * `fetch` rejects with `TypeError: fetch failed` whose `cause` is the low-level error;
 * `node:http` emits the low-level error itself. `explanation` (why the mock failed it) is kept
 * on the low-level error as `explanation`, the only field a real failure does not have.
 * An `Error` given as `failure` is used as the low-level error.
 */
export function networkError(
  failure: NetworkFailure | Error,
  transport: HttpTransport,
  target: FailureTarget,
  explanation?: string,
): Error {
  const error = failure instanceof Error ? failure : lowLevelError(failure, transport, target);
  if (explanation !== undefined && !(failure instanceof Error)) Object.assign(error, { explanation });
  return transport === 'fetch' ? new TypeError('fetch failed', { cause: error }) : error;
}
