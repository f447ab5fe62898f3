import { SeamsError } from '@seams/ports';
/** A stored value did not have the shape the schema promises (a corrupt row or a schema drift). */
export class UnexpectedColumnValueError extends SeamsError {
  readonly code = 'UNEXPECTED_COLUMN_VALUE';
  constructor(column: string, detail: string) {
    super(`column ${column}: ${detail}`);
    this.name = 'UnexpectedColumnValueError';
  }
}

/**
 * An int8/bigint column as a JS number. pg returns int8 as a string (it may exceed 2^53) and
 * pg-mem as a number; both are accepted, and a value past `Number.MAX_SAFE_INTEGER` is refused
 * rather than silently rounded.
 */
export function readInt8(value: unknown, column: string): number {
  const parsed = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
  if (typeof parsed !== 'number' || !Number.isSafeInteger(parsed)) {
    throw new UnexpectedColumnValueError(column, `expected an integer within ±2^53, got ${String(value)}`);
  }
  return parsed;
}

/** A timestamptz column as a Date (pg parses it; a string is accepted for other drivers). */
export function readDate(value: unknown, column: string): Date {
  const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime())) {
    throw new UnexpectedColumnValueError(column, `expected a timestamp, got ${String(value)}`);
  }
  return new Date(date.getTime());
}

/** A text column. */
export function readText(value: unknown, column: string): string {
  if (typeof value !== 'string')
    throw new UnexpectedColumnValueError(column, `expected text, got ${typeof value}`);
  return value;
}

/** A nullable text column; `undefined` for NULL. */
export function readOptionalText(value: unknown, column: string): string | undefined {
  return value === null || value === undefined ? undefined : readText(value, column);
}
