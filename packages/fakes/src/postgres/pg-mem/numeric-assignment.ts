import { DataType, type IMemoryDb } from 'pg-mem';
import { fitNumeric } from './input-text.js';
import { registerTimestampAssignment } from './timestamp-assignment.js';

/** The function a computed value assigned to a numeric(p, s) column is wrapped in (see DataChangeAnalyzer). */
export const NUMERIC_FIT = 'seams_numeric_fit';

/**
 * numeric(p, s) assignment of a value known only when the row is written (`SET v = v + 1`,
 * `INSERT ... SELECT`): rounded to s digits, 22003 when it has more than p - s integer digits, as
 * PostgreSQL assigns it. pg-mem stores any number. The analysis lets through only values whose
 * scale is at most s, so the double pg-mem computed is that decimal up to far smaller noise.
 */
export function registerNumericAssignment(db: IMemoryDb): void {
  db.public.registerFunction({
    name: NUMERIC_FIT,
    args: [DataType.decimal, DataType.integer, DataType.integer],
    returns: DataType.decimal,
    implementation: (value: number, precision: number, scale: number) =>
      Number(fitNumeric(String(value), precision, scale)),
  });
  // timestamp(p) columns are fitted on assignment the same way; registered with numeric's fit so
  // that every database that can assign to a typed column has both.
  registerTimestampAssignment(db);
}
