import { SEAMS_ERROR_CODES } from '@seams/ports';
import { ServiceError } from '../service-errors.js';

/** A readiness probe: resolves when its dependency answers. */
export type ReadinessCheck = () => Promise<void>;

/** Each check's outcome: `ok`, or `unavailable: <reason>` (never a host, port or URL). */
export type ReadinessReport = Record<string, string>;

const NETWORK_REASONS: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  EPIPE: 'connection closed',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host not found',
};

class ProbeTimeoutError extends ServiceError {
  readonly code = 'PROBE_TIMEOUT';
  constructor(readonly timeoutMs: number) {
    super(`no answer within ${timeoutMs} ms`);
    this.name = 'ProbeTimeoutError';
  }
}

/** Runs every check at once, each bounded by `timeoutMs`; `onFailure` hears the full error. */
export async function probe(
  checks: Readonly<Record<string, ReadinessCheck>>,
  timeoutMs: number,
  onFailure: (name: string, error: unknown) => void = () => undefined,
): Promise<ReadinessReport> {
  const entries = await Promise.all(
    Object.entries(checks).map(async ([name, check]) => {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new ProbeTimeoutError(timeoutMs)), timeoutMs);
      });
      try {
        await Promise.race([check(), timeout]);
        return [name, 'ok'] as const;
      } catch (error) {
        onFailure(name, error);
        return [name, `unavailable: ${reasonOf(error)}`] as const;
      } finally {
        clearTimeout(timer);
      }
    }),
  );
  return Object.fromEntries(entries);
}

/**
 * Why a check failed, in words that carry no address: driver messages name hosts and ports
 * (`connect ECONNREFUSED 10.0.3.7:6379`), so the reason comes from error codes, never from text
 * the driver wrote. The full error goes to the log.
 */
export function reasonOf(error: unknown): string {
  for (let cause = error, depth = 0; typeof cause === 'object' && cause !== null && depth < 5; depth++) {
    if (cause instanceof ProbeTimeoutError) return cause.message;
    const { code, reason, message, name } = cause as Record<string, unknown>;
    if (typeof code === 'string' && code in NETWORK_REASONS) return NETWORK_REASONS[code] ?? code;
    if (code === SEAMS_ERROR_CODES.PUBLISH_FAILED && typeof reason === 'string')
      return `publish not confirmed (${reason})`;
    // ioredis: a command that waited through a reconnect attempt and gave up.
    if (name === 'MaxRetriesPerRequestError') return 'connection lost, reconnecting';
    if (typeof message === 'string' && /timed? ?out/i.test(message)) return 'timed out';
    if (typeof message === 'string' && /terminated|closed/i.test(message)) return 'connection closed';
    cause = (cause as { cause?: unknown }).cause;
  }
  return 'failed';
}
