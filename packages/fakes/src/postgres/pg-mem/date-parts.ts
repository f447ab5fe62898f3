import { DataType, type IMemoryDb } from 'pg-mem';
import type { Expr } from 'pgsql-ast-parser';
import type { PgType } from './pg-type.js';
import { T } from './pg-type.js';
import { pgError, refuse } from './refusal.js';
import { heldRunTimeError } from './subquery-errors.js';
import type { Typed } from './typed.js';

/**
 * date_trunc(), extract() and date_part() on timestamp, timestamptz and date, as PostgreSQL 15
 * computes them. The engine's session is always UTC (SET TIME ZONE is refused) and its
 * timestamps keep milliseconds (microsecond input is refused), so pg-mem's Dates read in UTC are
 * PostgreSQL's values; a year before 1 (BC) is refused where it would need PostgreSQL's own rules.
 */

/** The unit spellings PostgreSQL 15's deltatktbl maps to each unit (DecodeUnits), lower-case. */
const UNITS: Readonly<Record<string, string>> = {
  ...spellings('microseconds', 'microsecond microseconds microsecon us usec usecs'),
  ...spellings('milliseconds', 'millisecond milliseconds millisecon ms msec msecs'),
  ...spellings('second', 'second seconds s sec secs'),
  ...spellings('minute', 'minute minutes m min mins'),
  ...spellings('hour', 'hour hours h hr hrs'),
  ...spellings('day', 'day days d'),
  ...spellings('week', 'week weeks w'),
  ...spellings('month', 'month months mon mons'),
  ...spellings('quarter', 'quarter qtr'),
  ...spellings('year', 'year years y yr yrs'),
  ...spellings('decade', 'decade decades dec decs'),
  ...spellings('century', 'century centuries c cent'),
  ...spellings('millennium', 'millennium millennia mil mils'),
  // extract() and date_part() only (DecodeSpecial's words).
  ...spellings('epoch', 'epoch'),
  ...spellings('dow', 'dow'),
  ...spellings('isodow', 'isodow'),
  ...spellings('doy', 'doy'),
  ...spellings('isoyear', 'isoyear'),
};

function spellings(unit: string, words: string): Record<string, string> {
  return Object.fromEntries(words.split(' ').map((word) => [word, unit]));
}

const TRUNCATABLE = new Set([
  'microseconds',
  'milliseconds',
  'second',
  'minute',
  'hour',
  'day',
  'week',
  'month',
  'quarter',
  'year',
  'decade',
  'century',
  'millennium',
]);

/** Units extract() on a date rejects with 0A000 (PostgreSQL 15's extract_date). */
const TIME_UNITS = new Set(['microseconds', 'milliseconds', 'second', 'minute', 'hour']);

/** extract()'s numeric display scale per unit on a timestamp (int64_div_fast_to_numeric's digits). */
const EXTRACT_SCALE: Readonly<Record<string, number>> = { milliseconds: 3, second: 6, epoch: 6 };

const TYPE_LABEL: Readonly<Record<string, string>> = {
  timestamp: 'timestamp without time zone',
  timestamptz: 'timestamp with time zone',
  date: 'date',
};

export type DateKind = 'timestamp' | 'timestamptz' | 'date';

export function dateKind(type: PgType): DateKind | undefined {
  if (type.array) return undefined;
  return type.name === 'timestamp' || type.name === 'timestamptz' || type.name === 'date'
    ? type.name
    : undefined;
}

/** The unit a constant text names, or a refusal (a unit from a column or parameter). */
export function unitText(field: Typed): string | undefined {
  return field.expr.type === 'string' && !field.type.array ? field.expr.value : undefined;
}

function unitOf(text: string | undefined, what: string): string {
  if (text === undefined) throw refuse(`${what} of a unit given by an expression`);
  const unit = UNITS[text.toLowerCase()];
  if (unit === undefined) throw refuse(`${what} of the unit "${text}"`);
  return unit;
}

function sourceKind(source: Typed, what: string): DateKind {
  const kind = dateKind(source.type);
  if (!kind || source.untyped)
    throw refuse(`${what} of ${source.untyped ? 'an untyped' : `a ${source.type.name}`} value`);
  return kind;
}

const unitLiteral = (unit: string): Expr => ({ type: 'string', value: unit });

/** date_trunc(unit, value): a timestamp stays one, a timestamptz too, a date becomes a timestamptz. */
export function typeDateTrunc(args: readonly Typed[]): { expr: Expr; type: PgType } {
  const [field, source, zone] = args;
  if (!field || !source) throw pgError('42883', 'function date_trunc() does not exist');
  if (zone) throw refuse('date_trunc() in a named time zone');
  const kind = sourceKind(source, 'date_trunc()');
  const unit = unitOf(unitText(field), 'date_trunc()');
  const type: PgType = kind === 'timestamp' ? T.timestamp : T.timestamptz;
  if (!TRUNCATABLE.has(unit))
    return {
      expr: heldRunTimeError(
        pgError('22023', `unit "${unit}" not supported for type ${TYPE_LABEL[type.name]}`),
        source.expr,
        type,
      ),
      type,
    };
  return {
    expr: {
      type: 'call',
      function: { name: kind === 'timestamp' ? 'seams_date_trunc_ts' : 'seams_date_trunc_tstz' },
      args: [unitLiteral(unit), source.expr],
    },
    type,
  };
}

/**
 * extract(unit FROM value) (numeric, at the scale PostgreSQL 15 gives each unit) or
 * date_part(unit, value) (float8; a date is read as its midnight timestamp).
 */
export function typeDatePart(
  field: string | undefined,
  source: Typed,
  numeric: boolean,
): { expr: Expr; type: PgType } {
  const what = numeric ? 'extract()' : 'date_part()';
  const kind = sourceKind(source, what);
  const unit = unitOf(field, what);
  const scale = numeric && kind !== 'date' ? (EXTRACT_SCALE[unit] ?? 0) : 0;
  // extract_date raises it as it runs, on a value that is not NULL (see heldRunTimeError).
  if (numeric && kind === 'date' && TIME_UNITS.has(unit))
    return {
      expr: heldRunTimeError(pgError('0A000', `unit "${unit}" not supported for type date`), source.expr, {
        name: 'numeric',
        scale,
      }),
      type: { name: 'numeric', scale },
    };
  const value: Expr = {
    type: 'call',
    function: { name: `seams_date_part_${kind}` },
    args: [unitLiteral(unit), source.expr],
  };
  if (!numeric) return { expr: value, type: T.float8 };
  return {
    expr: {
      type: 'call',
      function: { name: 'seams_numeric_round' },
      args: [value, { type: 'integer', value: scale }],
    },
    type: { name: 'numeric', scale },
  };
}

const DAY_MS = 86_400_000;

const isDay = (side: Typed) => side.type.name === 'date' && !side.type.array && !side.untyped;
const isDayCount = (side: Typed) =>
  (side.type.name === 'int4' || side.type.name === 'int2') && !side.type.array;

/**
 * date + integer, integer + date, date - integer (a date) and date - date (an integer of days), as
 * PostgreSQL's date_pli, integer_pl_date, date_mii and date_mi; undefined for any other operands.
 */
export function dateDays(op: string, left: Typed, right: Typed): { expr: Expr; type: PgType } | undefined {
  const call = (name: string, args: readonly Expr[]): Expr => ({
    type: 'call',
    function: { name },
    args: [...args],
  });
  if (op === '+' && isDay(left) && isDayCount(right))
    return { expr: call('seams_date_add_days', [left.expr, right.expr]), type: T.date };
  if (op === '+' && isDayCount(left) && isDay(right))
    return { expr: call('seams_date_add_days', [right.expr, left.expr]), type: T.date };
  if (op === '-' && isDay(left) && isDayCount(right))
    return { expr: call('seams_date_sub_days', [left.expr, right.expr]), type: T.date };
  if (op === '-' && isDay(left) && isDay(right))
    return { expr: call('seams_date_diff_days', [left.expr, right.expr]), type: T.int4 };
  return undefined;
}

function checkedDate(value: unknown): Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime()) || value.getUTCFullYear() < 1)
    throw refuse('a date or timestamp before year 1 or not finite in date_trunc(), extract() or date_part()');
  return value;
}

/** Midnight UTC of a day (Date.UTC would read the years 0 to 99 as 1900 to 1999). */
function utcDay(year: number, month: number, day: number): Date {
  const at = new Date(0);
  at.setUTCFullYear(year, month, day);
  return at;
}

/** PostgreSQL's date_trunc on a UTC wall-clock time. */
export function truncate(unit: string, at: Date): Date {
  const y = at.getUTCFullYear();
  const mo = at.getUTCMonth();
  const d = at.getUTCDate();
  const utc = (year: number, month = 0, day = 1) => utcDay(year, month, day);
  switch (unit) {
    case 'microseconds':
    case 'milliseconds':
      return new Date(at.getTime());
    case 'second':
      return new Date(Math.floor(at.getTime() / 1000) * 1000);
    case 'minute':
      return new Date(Math.floor(at.getTime() / 60_000) * 60_000);
    case 'hour':
      return new Date(Math.floor(at.getTime() / 3_600_000) * 3_600_000);
    case 'day':
      return utc(y, mo, d);
    case 'week':
      // The ISO week's Monday.
      return new Date(utc(y, mo, d).getTime() - ((at.getUTCDay() + 6) % 7) * DAY_MS);
    case 'month':
      return utc(y, mo);
    case 'quarter':
      return utc(y, mo - (mo % 3));
    case 'year':
      return utc(y);
    case 'decade':
      return utc(y - (y % 10));
    case 'century':
      return utc(Math.floor((y + 99) / 100) * 100 - 99);
    default:
      return utc(Math.floor((y + 999) / 1000) * 1000 - 999);
  }
}

/** The ISO 8601 week-numbering year and week of a UTC day. */
function isoWeek(at: Date): { year: number; week: number } {
  const day = utcDay(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
  const thursday = new Date(day.getTime() + (3 - ((day.getUTCDay() + 6) % 7)) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - utcDay(year, 0, 1).getTime()) / (7 * DAY_MS));
  return { year, week };
}

/** PostgreSQL's extract on a UTC wall-clock time (a date is its midnight). */
export function datePart(unit: string, at: Date, isDate: boolean): number {
  const y = at.getUTCFullYear();
  const seconds = at.getUTCSeconds() + at.getUTCMilliseconds() / 1000;
  switch (unit) {
    case 'microseconds':
      return Math.round(seconds * 1_000_000);
    case 'milliseconds':
      return Math.round(seconds * 1_000_000) / 1000;
    case 'second':
      return seconds;
    case 'minute':
      return at.getUTCMinutes();
    case 'hour':
      return at.getUTCHours();
    case 'day':
      return at.getUTCDate();
    case 'week':
      return isoWeek(at).week;
    case 'month':
      return at.getUTCMonth() + 1;
    case 'quarter':
      return Math.floor(at.getUTCMonth() / 3) + 1;
    case 'year':
      return y;
    case 'decade':
      return Math.floor(y / 10);
    case 'century':
      return Math.floor((y + 99) / 100);
    case 'millennium':
      return Math.floor((y + 999) / 1000);
    case 'epoch':
      return isDate ? Math.floor(at.getTime() / 1000) : at.getTime() / 1000;
    case 'dow':
      return at.getUTCDay();
    case 'isodow':
      return at.getUTCDay() === 0 ? 7 : at.getUTCDay();
    case 'doy':
      return Math.floor((at.getTime() - utcDay(y, 0, 1).getTime()) / DAY_MS) + 1;
    case 'isoyear':
      return isoWeek(at).year;
    default:
      throw refuse(`extract() of the unit ${unit}`);
  }
}

/** Registers the functions typeDateTrunc and typeDatePart call. */
export function registerDateFunctions(db: IMemoryDb): void {
  const fn = db.public.registerFunction.bind(db.public);
  for (const [name, type] of [
    ['seams_date_trunc_ts', DataType.timestamp],
    ['seams_date_trunc_tstz', DataType.timestamptz],
  ] as const) {
    fn({
      name,
      args: [DataType.text, type],
      returns: type,
      implementation: (unit: string, at: unknown) => truncate(unit, checkedDate(at)),
    });
  }
  for (const [name, sign] of [
    ['seams_date_add_days', 1],
    ['seams_date_sub_days', -1],
  ] as const) {
    fn({
      name,
      args: [DataType.date, DataType.integer],
      returns: DataType.date,
      implementation: (day: unknown, days: number) => {
        const sum = new Date(checkedDate(day).getTime() + sign * days * DAY_MS);
        if (Number.isNaN(sum.getTime()) || sum.getUTCFullYear() < 1 || sum.getUTCFullYear() > 9999)
          throw refuse('date arithmetic outside the years 1 to 9999');
        return sum;
      },
    });
  }
  fn({
    name: 'seams_date_diff_days',
    args: [DataType.date, DataType.date],
    returns: DataType.integer,
    implementation: (a: unknown, b: unknown) =>
      Math.round((checkedDate(a).getTime() - checkedDate(b).getTime()) / DAY_MS),
  });
  for (const [name, type] of [
    ['seams_date_part_timestamp', DataType.timestamp],
    ['seams_date_part_timestamptz', DataType.timestamptz],
  ] as const) {
    fn({
      name,
      args: [DataType.text, type],
      returns: DataType.float,
      implementation: (unit: string, at: unknown) => datePart(unit, checkedDate(at), false),
    });
  }
  fn({
    name: 'seams_date_part_date',
    args: [DataType.text, DataType.date],
    returns: DataType.float,
    implementation: (unit: string, at: unknown) => datePart(unit, checkedDate(at), true),
  });
}
