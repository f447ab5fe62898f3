import { DataType, type IMemoryDb } from 'pg-mem';
import type { Expr } from 'pgsql-ast-parser';
import { roundMicros } from './input-text.js';
import { isTimestamp, type PgType } from './pg-type.js';

/** The functions a computed value assigned to (or cast to) a timestamp(p) or timestamptz(p) is wrapped in. */
const TIMESTAMP_FIT = { timestamp: 'seams_timestamp_fit', timestamptz: 'seams_timestamptz_fit' } as const;

/** pg-mem keeps milliseconds: a precision of 3 or more leaves every value it holds as it is. */
const KEPT_DIGITS = 3;

/**
 * A value of a timestamp type given the type's precision, as PostgreSQL's assignment (and cast)
 * to timestamp(p) rounds it: text input is rounded when it is read (see inputText), a value
 * known only when the row is written (`now()`, `v + interval '1 ms'`, another column) here, the
 * way numeric(p, s) values go through NUMERIC_FIT.
 */
export function fitTimestamp(expr: Expr, type: PgType): Expr {
  if (!isTimestamp(type) || type.precision === undefined || type.precision >= KEPT_DIGITS) return expr;
  const name = type.name === 'timestamptz' ? 'timestamptz' : 'timestamp';
  // The value may be another date/time type (now() is timestamptz, a date widens): pg-mem picks a
  // function by its argument types and converts timestamptz to timestamp only when told to.
  const value: Expr = { type: 'cast', operand: expr, to: { name } };
  return {
    type: 'call',
    function: { name: TIMESTAMP_FIT[name] },
    args: [value, { type: 'integer', value: type.precision }],
  };
}

/** A pg-mem timestamp (a Date of whole milliseconds) rounded to `precision` fractional digits. */
export function roundTimestamp(value: Date, precision: number): Date {
  const millis = value.getTime();
  const wholeMillis = Math.floor(millis / 1000) * 1000;
  const kept = roundMicros(wholeMillis, (millis - wholeMillis) * 1000, precision);
  return new Date(wholeMillis + kept / 1000);
}

export function registerTimestampAssignment(db: IMemoryDb): void {
  for (const [type, name] of [
    [DataType.timestamp, TIMESTAMP_FIT.timestamp],
    [DataType.timestamptz, TIMESTAMP_FIT.timestamptz],
  ] as const) {
    db.public.registerFunction({
      name,
      args: [type, DataType.integer],
      returns: type,
      implementation: (value: Date, precision: number) => roundTimestamp(value, precision),
    });
  }
}
