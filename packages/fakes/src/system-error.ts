import { getSystemErrorMap } from 'node:util';

/** Where a connection was going, as Node's errors name it. */
export interface SystemErrorTarget {
  /** An IP, or the name as given: no DNS is done. */
  readonly hostname: string;
  readonly port: number;
}

/** The platform's libuv errno for a code (`ECONNREFUSED` is -111 on Linux, -61 on macOS). */
function errnoOf(code: string): number | undefined {
  for (const [errno, [name]] of getSystemErrorMap()) if (name === code) return errno;
  return undefined;
}

/** An error as Node's `uvException` builds it: `connect ECONNREFUSED 127.0.0.1:5432`, `errno`, `code`, `syscall`, `address`, `port`. */
export function systemError(code: string, syscall: string, target?: SystemErrorTarget): Error {
  const where = target ? ` ${target.hostname}:${target.port}` : '';
  const fields = target ? { address: target.hostname, port: target.port } : {};
  return Object.assign(new Error(`${syscall} ${code}${where}`), {
    errno: errnoOf(code),
    code,
    syscall,
    ...fields,
  });
}

/**
 * The error a client gets when nothing listens at `host:port`, exactly as Node reports it (pg,
 * ioredis and amqplib pass it through): `connect ECONNREFUSED 127.0.0.1:5432` with `code`, `errno`,
 * `syscall`, `address` and `port`.
 *
 * @example
 * mock.expectConnect().willReturnError(connectionRefusedError('127.0.0.1', 5432));
 */
export function connectionRefusedError(host: string, port: number): Error {
  return systemError('ECONNREFUSED', 'connect', { hostname: host, port });
}
