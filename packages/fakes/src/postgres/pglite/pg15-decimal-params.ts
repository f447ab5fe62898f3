/**
 * Plain decimal parameters of the integer and numeric types, bound in binary.
 *
 * pg15-type-input.ts puts SQL stand-ins in pg_type for the text input of int2, int4, int8 and
 * numeric (16+ reads `0x1F` and `1_000` there, 15 does not): every text parameter of those types
 * then runs a SQL function as PostgreSQL binds it, several microseconds a value, a fifth or more of
 * a small INSERT's time on the fake. A parameter whose text is plain decimal (an optional sign and
 * digits, a numeric's one point) is read alike by 15's input and by PGlite's: the engine sends that
 * one in binary instead, which the type's receive function reads with no SQL function, to the same
 * value (numeric_recv keeps the display scale, as numeric_in does). Anything else (white space,
 * exponents, NaN, out of range, a domain or array type) stays text and meets the stand-in.
 */

const INT2 = 21;
const INT4 = 23;
const INT8 = 20;
const NUMERIC = 1700;

/** The types bound in binary when their text is plain decimal. */
export const DECIMAL_PARAM_TYPES: ReadonlySet<number> = new Set([INT2, INT4, INT8, NUMERIC]);

const INTEGER = /^[+-]?\d{1,20}$/;
/** At least one digit; the length bound keeps far inside numeric's limits (131072 digits before the point, 16383 after). */
const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?$/;
const MAX_NUMERIC_TEXT = 1000;

const INTEGER_RANGE: ReadonlyMap<number, readonly [bigint, bigint, number]> = new Map([
  [INT2, [-(2n ** 15n), 2n ** 15n - 1n, 2]],
  [INT4, [-(2n ** 31n), 2n ** 31n - 1n, 4]],
  [INT8, [-(2n ** 63n), 2n ** 63n - 1n, 8]],
]);

/** The binary form of `value` bound as a parameter of type `oid`, or undefined to bind it as text. */
export function decimalParamBinary(value: unknown, oid: number | undefined): Buffer | undefined {
  if (typeof value !== 'string' || oid === undefined) return undefined;
  if (oid === NUMERIC) return numericBinary(value);
  if (DATETIME_PARAM_TYPES.has(oid)) return datetimeBinary(value, oid);
  const range = INTEGER_RANGE.get(oid);
  if (!range || !INTEGER.test(value)) return undefined;
  const [low, high, bytes] = range;
  const number = BigInt(value);
  // Out of range: the text input's own 22003 error, with its wording, through the stand-in.
  if (number < low || number > high) return undefined;
  const buffer = Buffer.alloc(bytes);
  if (bytes === 2) buffer.writeInt16BE(Number(number));
  else if (bytes === 4) buffer.writeInt32BE(Number(number));
  else buffer.writeBigInt64BE(number);
  return buffer;
}

/**
 * numeric's binary form (numeric_send's): ndigits, weight, sign, dscale, then base-10000 digits,
 * the value's leading and trailing zero digits left out as make_result leaves them out.
 */
function numericBinary(value: string): Buffer | undefined {
  if (value.length > MAX_NUMERIC_TEXT) return undefined;
  const match = DECIMAL.exec(value);
  if (!match) return undefined;
  const [, sign = '', whole = '', fraction = ''] = match;
  if (whole === '' && fraction === '') return undefined;
  const wholeGroups = Math.ceil(whole.length / 4);
  const padded =
    whole.padStart(wholeGroups * 4, '0') + fraction.padEnd(Math.ceil(fraction.length / 4) * 4, '0');
  const digits: number[] = [];
  for (let at = 0; at < padded.length; at += 4) digits.push(Number(padded.slice(at, at + 4)));
  let weight = wholeGroups - 1;
  let first = 0;
  while (first < digits.length && digits[first] === 0) {
    first += 1;
    weight -= 1;
  }
  let end = digits.length;
  while (end > first && digits[end - 1] === 0) end -= 1;
  const kept = digits.slice(first, end);
  const negative = sign === '-' && kept.length > 0;
  const buffer = Buffer.alloc(8 + 2 * kept.length);
  buffer.writeUInt16BE(kept.length, 0);
  buffer.writeInt16BE(kept.length === 0 ? 0 : weight, 2);
  buffer.writeUInt16BE(negative ? 0x4000 : 0x0000, 4);
  buffer.writeUInt16BE(fraction.length, 6);
  for (const [index, digit] of kept.entries()) buffer.writeUInt16BE(digit, 8 + 2 * index);
  return buffer;
}

/**
 * The parameters with each plain decimal one of `types` (the statement's described parameter
 * types) in binary; the others as they were. `binary`: which the client itself sent in binary.
 */
export function withDecimalParamsBinary<Value>(
  values: readonly Value[],
  types: readonly number[],
  binary: readonly boolean[] | undefined,
): (Value | Buffer)[] {
  return values.map((value, index) =>
    binary?.[index] ? value : (decimalParamBinary(value, types[index]) ?? value),
  );
}

/** Whether any of `values` may be bound in binary: worth describing the statement for. */
export function hasDecimalParam(values: readonly unknown[]): boolean {
  return values.some((value) => typeof value === 'string' && /^[+-]?\.?\d/.test(value));
}

const DATE = 1082;
const TIMESTAMP = 1114;
const TIMESTAMPTZ = 1184;

/**
 * Dates and timestamps too: pg15-type-input.ts puts stand-ins in front of their text input (18
 * reads `+infinity`, `epoch` beside other fields and zone abbreviations otherwise), and every
 * timestamp node-pg binds (a JS Date becomes `2024-03-10T07:30:00.123+00:00`) would run one. Plain
 * ISO 8601 text with a four-digit year reads alike under any DateStyle on 15 and 18: a date, a
 * timestamp (whose input ignores a zone written after it, as 15's does) and a timestamptz that
 * names its offset (without one it is read in the session's zone: left as text) go in binary,
 * microseconds (days for a date) since 2000-01-01, which the receive functions read to the same
 * value. Anything else (BC, 24:00, seconds of 60, seven fraction digits, an offset past 15 hours,
 * a day the month lacks) stays text, and meets the stand-in or the built-in's own error.
 */
const DATETIME_PARAM_TYPES: ReadonlySet<number> = new Set([DATE, TIMESTAMP, TIMESTAMPTZ]);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?(Z|([+-])(\d{2})(?::?(\d{2}))?)?$/;
const MS_2000 = Date.UTC(2000, 0, 1);
const MS_PER_DAY = 86_400_000;

/** Milliseconds since 1970 of a calendar day and time, or undefined where the month lacks the day. */
function utcMilliseconds(year: number, month: number, day: number, hour = 0, minute = 0, second = 0) {
  if (year < 1000 || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59)
    return undefined;
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  return new Date(ms).getUTCDate() === day ? ms : undefined;
}

function datetimeBinary(value: string, oid: number): Buffer | undefined {
  if (oid === DATE) {
    const match = ISO_DATE.exec(value);
    const ms = match && utcMilliseconds(Number(match[1]), Number(match[2]), Number(match[3]));
    if (ms === undefined || ms === null) return undefined;
    const buffer = Buffer.alloc(4);
    buffer.writeInt32BE((ms - MS_2000) / MS_PER_DAY);
    return buffer;
  }
  const match = ISO_TIMESTAMP.exec(value);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, fraction = '', zone, sign, zoneHours, zoneMinutes = '00'] =
    match;
  if (oid === TIMESTAMPTZ && zone === undefined) return undefined;
  const ms = utcMilliseconds(
    Number(year),
    Number(month),
    Number(day),
    Number(hour),
    Number(minute),
    Number(second),
  );
  if (ms === undefined) return undefined;
  let offsetSeconds = 0;
  if (oid === TIMESTAMPTZ && sign !== undefined) {
    if (Number(zoneHours) > 15 || Number(zoneMinutes) > 59) return undefined;
    offsetSeconds = (sign === '-' ? -1 : 1) * (Number(zoneHours) * 3600 + Number(zoneMinutes) * 60);
  }
  const micros =
    BigInt(ms - MS_2000) * 1000n + BigInt(fraction.padEnd(6, '0')) - BigInt(offsetSeconds) * 1_000_000n;
  const buffer = Buffer.alloc(8);
  buffer.writeBigInt64BE(micros);
  return buffer;
}
