import pg from 'pg';

/** Optional fields of a PostgreSQL error report, as pg exposes them on `DatabaseError`. */
export interface PgErrorFields {
  readonly severity?: string;
  readonly detail?: string;
  readonly hint?: string;
  readonly schema?: string;
  readonly table?: string;
  readonly column?: string;
  readonly dataType?: string;
  readonly constraint?: string;
  readonly where?: string;
  readonly routine?: string;
}

/**
 * A real `pg` `DatabaseError` (what the driver throws for an ErrorResponse), with a SQLSTATE
 * `code`, so an adapter's error mapping is tested against the class and shape it meets in production.
 *
 * @example
 * mock.expectExec(insertSql).willReturnError(
 *   pgError('23505', 'duplicate key value violates unique constraint "invoices_pkey"', { constraint: 'invoices_pkey' }),
 * );
 */
export function pgError(code: string, message: string, fields: PgErrorFields = {}): pg.DatabaseError {
  if (!/^[0-9A-Z]{5}$/.test(code)) throw new RangeError(`pgError: ${code} is not a SQLSTATE (5 characters)`);
  const error = new pg.DatabaseError(message, Buffer.byteLength(message), 'error');
  error.code = code;
  error.severity = fields.severity ?? 'ERROR';
  const { severity: _severity, ...rest } = fields;
  Object.assign(error, rest);
  return error;
}
