import { DependencyUnavailableError, DuplicateError } from '@seams/ports';

/** SQLSTATEs the adapters act on (https://www.postgresql.org/docs/current/errcodes-appendix.html). */
export const SQLSTATE = {
  uniqueViolation: '23505',
  queryCanceled: '57014',
  /** The database named in the connection string does not exist. */
  invalidCatalogName: '3D000',
  duplicateDatabase: '42P04',
  adminShutdown: '57P01',
  crashShutdown: '57P02',
  cannotConnectNow: '57P03',
  tooManyConnections: '53300',
} as const;

const UNAVAILABLE_SQLSTATES: ReadonlySet<string> = new Set([
  SQLSTATE.adminShutdown,
  SQLSTATE.crashShutdown,
  SQLSTATE.cannotConnectNow,
  SQLSTATE.tooManyConnections,
]);
const UNAVAILABLE_NODE_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
// pg reports a lost or never-made connection, and a query_timeout, with these messages and no code.
const UNAVAILABLE_MESSAGE =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Query read timeout/i;

/** The SQLSTATE (or Node error code) of a driver error, if it has one. */
export function sqlState(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * True when the error says the connection is unusable: the server is unreachable or gone, or a
 * query got no answer in time (`query_timeout`), so nothing more should be sent down it.
 */
export function isConnectionError(error: unknown): boolean {
  const code = sqlState(error);
  if (code !== undefined && (code.startsWith('08') || UNAVAILABLE_SQLSTATES.has(code))) return true;
  if (code !== undefined && UNAVAILABLE_NODE_CODES.has(code)) return true;
  return error instanceof Error && UNAVAILABLE_MESSAGE.test(error.message);
}

/**
 * Maps a driver error to the ports' errors by SQLSTATE (never by constraint name: pg-mem leaves
 * it empty): 23505 → `DuplicateError`, a lost server → `DependencyUnavailableError`; anything
 * else is returned unchanged.
 */
export function mapPostgresError(error: unknown, subject: { entity: string; id: string }): unknown {
  if (sqlState(error) === SQLSTATE.uniqueViolation) {
    return new DuplicateError(subject.entity, subject.id, { cause: error });
  }
  // 57014 is statement_timeout firing (or an operator's cancel): the server could not answer in
  // time. The connection itself is fine, but to the caller it is the same outage.
  if (isConnectionError(error) || sqlState(error) === SQLSTATE.queryCanceled) {
    const detail = error instanceof Error ? error.message : String(error);
    return new DependencyUnavailableError('postgres', `PostgreSQL is unavailable: ${detail}`, {
      cause: error,
    });
  }
  return error;
}
