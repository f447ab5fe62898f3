import { MAX_TIMESTAMP_PRECISION, type PgType, typeOid } from './pg-type.js';
import { pgError, refuse } from './refusal.js';

const TYPE_NAMES: Readonly<Record<string, string>> = {
  int2: 'smallint',
  int4: 'integer',
  int8: 'bigint',
  numeric: 'numeric',
  float8: 'double precision',
  bool: 'boolean',
  uuid: 'uuid',
  timestamptz: 'timestamp with time zone',
  timestamp: 'timestamp without time zone',
  date: 'date',
  jsonb: 'json',
  json: 'json',
  bytea: 'bytea',
};

const RANGES: Readonly<Record<string, readonly [bigint, bigint]>> = {
  int2: [-32768n, 32767n],
  int4: [-2147483648n, 2147483647n],
  int8: [-9223372036854775808n, 9223372036854775807n],
};

/** Significant digits a double keeps exactly: beyond this pg-mem's number would not be the value sent. */
const EXACT_DIGITS = 15;
/** The smallest normal double: below it a double keeps fewer than 15 significant digits. */
const DOUBLE_NORMAL_MIN = 2.2250738585072014e-308;
/** A power of ten safely inside a double's range, so that a numeric's arithmetic stays finite. */
const DOUBLE_EXACT_MAX = 1e300;

/**
 * The blanks PostgreSQL's input functions skip around a value: C's isspace in the C locale, byte by
 * byte, so ASCII only. JavaScript's trim() also strips no-break, em and ideographic spaces and the
 * BOM, which PostgreSQL refuses with 22P02 (E'\u00a012'::int).
 */
const trimAsciiSpace = (text: string): string => text.replace(/^[ \t\n\v\f\r]+|[ \t\n\v\f\r]+$/g, '');

const invalid = (type: PgType, text: string) =>
  pgError('22P02', `invalid input syntax for type ${TYPE_NAMES[type.name] ?? type.name}: "${text}"`);

/**
 * A value in PostgreSQL's text input format, checked as PostgreSQL's input function checks it,
 * and rewritten into the form pg-mem parses to the same value. Throws PostgreSQL's error for
 * input PostgreSQL refuses, and a refusal for input pg-mem cannot hold exactly.
 */
export function inputText(text: string, type: PgType, enumLabels?: readonly string[]): string {
  if (text.includes('\u0000')) {
    throw pgError('22021', 'invalid byte sequence for encoding "UTF8": 0x00');
  }
  if (type.array) return text;
  if (type.enumName !== undefined) {
    if (enumLabels && !enumLabels.includes(text)) {
      throw pgError('22P02', `invalid input value for enum ${type.enumName}: "${text}"`);
    }
    return text;
  }
  switch (type.name) {
    case 'int2':
    case 'int4':
    case 'int8':
      return integerText(text, type);
    case 'numeric':
      return numericText(text, type);
    case 'float8':
      return floatText(text, type);
    case 'bool':
      return boolText(text, type);
    case 'uuid':
      return uuidText(text, type);
    case 'timestamptz':
    case 'timestamp':
    case 'date':
      return timeText(text, type);
    case 'jsonb':
    case 'json':
      return jsonText(text, type);
    case 'varchar':
      return varcharText(text, type);
    case 'bytea':
      return `\\x${byteaBytes(text).toString('hex')}`;
    default:
      return text;
  }
}

function integerText(text: string, type: PgType): string {
  const trimmed = trimAsciiSpace(text);
  if (!/^[+-]?\d+$/.test(trimmed)) throw invalid(type, text);
  const value = BigInt(trimmed);
  const [min, max] = RANGES[type.name] ?? [0n, 0n];
  if (value < min || value > max) {
    throw pgError('22003', `value "${text}" is out of range for type ${TYPE_NAMES[type.name]}`);
  }
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw refuse(`an integer beyond 2^53 (${trimmed}: pg-mem stores it as a float)`);
  }
  return value.toString();
}

const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

function numericText(text: string, type: PgType): string {
  const trimmed = trimAsciiSpace(text);
  if (/^nan$/i.test(trimmed)) throw refuse('numeric NaN');
  // PostgreSQL 14+ has numeric infinities; pg-mem's float would hold them, but nothing after
  // input (arithmetic, comparison, output) treats them as PostgreSQL does.
  if (/^[+-]?inf(inity)?$/i.test(trimmed)) throw refuse(`numeric ${trimmed}`);
  if (!NUMERIC.test(trimmed)) throw invalid(type, text);
  const digits = trimmed.replace(/e.*$/i, '').replace(/[^\d]/g, '').replace(/^0+/, '');
  const value = Number(trimmed);
  // numeric is exact at any exponent ('1e400' has 401 digits); the double pg-mem keeps is not
  // past its range, where the value would become Infinity, 0 or a denormal with fewer digits.
  if (/[1-9]/.test(digits) && !(Math.abs(value) >= DOUBLE_NORMAL_MIN && Math.abs(value) < DOUBLE_EXACT_MAX)) {
    throw refuse(`a numeric beyond a double's range (${trimmed}: pg-mem stores it as a float)`);
  }
  if (digits.length > EXACT_DIGITS) {
    throw refuse(
      `a numeric of more than ${EXACT_DIGITS} significant digits (${trimmed}: pg-mem stores it as a float)`,
    );
  }
  return type.precision === undefined ? trimmed : fitNumeric(trimmed, type.precision, type.scale ?? 0);
}

/** numeric(p, s) assignment: rounded half away from zero to s digits, 22003 when it does not fit. */
export function fitNumeric(text: string, precision: number, scale: number): string {
  const rounded = roundDecimal(text, scale);
  const integerDigits = rounded.replace(/^-/, '').split('.')[0]?.replace(/^0+/, '').length ?? 0;
  if (integerDigits > precision - scale) {
    throw pgError('22003', 'numeric field overflow', {
      detail:
        `A field with precision ${precision}, scale ${scale} must round to an absolute value less than ` +
        `${precision - scale === 0 ? '1' : `10^${precision - scale}`}.`,
    });
  }
  return rounded;
}

/** A decimal string rounded half away from zero to `scale` digits after the point, printed with exactly that many. */
export function roundDecimal(text: string, scale: number): string {
  const [mantissa = '0', exponentText] = text.trim().toLowerCase().split('e');
  const negative = mantissa.startsWith('-');
  const [whole = '', fraction = ''] = mantissa.replace(/^[+-]/, '').split('.');
  let digits = `${whole}${fraction}`.replace(/^$/, '0');
  let point = whole.length + Number(exponentText ?? 0);
  if (point < 0) {
    digits = `${'0'.repeat(-point)}${digits}`;
    point = 0;
  }
  digits = digits.padEnd(point + scale + 1, '0');
  const kept = BigInt(digits.slice(0, point + scale) || '0');
  const roundUp = Number(digits[point + scale] ?? '0') >= 5;
  const value = (kept + (roundUp ? 1n : 0n)).toString().padStart(scale + 1, '0');
  const intPart = value.slice(0, value.length - scale);
  const fracPart = value.slice(value.length - scale);
  const isZero = /^0*$/.test(value);
  return `${negative && !isZero ? '-' : ''}${intPart}${scale > 0 ? `.${fracPart}` : ''}`;
}

function floatText(text: string, type: PgType): string {
  const trimmed = trimAsciiSpace(text);
  // Refused, not accepted: the output layer reads a non-finite result as an overflow (PostgreSQL's
  // 22003), which only holds while no infinity can come in as a value.
  if (/^([+-]?nan|[+-]?inf(inity)?)$/i.test(trimmed)) throw refuse(`float8 ${trimmed}`);
  // PostgreSQL reads the text with the C library's strtod, which also takes hexadecimal floats.
  if (/^[+-]?0x/i.test(trimmed)) throw refuse(`a hexadecimal float8 input (${trimmed})`);
  if (!NUMERIC.test(trimmed)) throw invalid(type, text);
  const value = Number(trimmed);
  // float8in's range check: an overflow, or a non-zero input rounded to zero (denormals pass).
  if (!Number.isFinite(value) || (value === 0 && /[1-9]/.test(trimmed.replace(/e.*$/i, '')))) {
    throw pgError('22003', `"${trimmed}" is out of range for type double precision`);
  }
  return trimmed;
}

const TRUE = ['t', 'true', 'y', 'yes', 'on', '1'];
const FALSE = ['f', 'false', 'n', 'no', 'off', '0'];

function boolText(text: string, type: PgType): string {
  const value = trimAsciiSpace(text).toLowerCase();
  // PostgreSQL accepts any unique prefix of the words (`tr`, `ye`), but `o` alone is ambiguous.
  const matches = (words: string[]) =>
    value.length > 0 &&
    words.some((word) => word === value || (word.length > 1 && word.startsWith(value) && value !== 'o'));
  if (matches(TRUE)) return 'true';
  if (matches(FALSE)) return 'false';
  throw invalid(type, text);
}

function uuidText(text: string, type: PgType): string {
  // No trimming: PostgreSQL's uuid_in takes no whitespace around the value.
  let hex = text;
  if (hex.startsWith('{') && hex.endsWith('}')) hex = hex.slice(1, -1);
  // PostgreSQL allows a hyphen after any group of four hex digits.
  if (!/^[0-9a-f]{4}(-?[0-9a-f]{4}){7}$/i.test(hex)) throw invalid(type, text);
  const plain = hex.replace(/-/g, '').toLowerCase();
  return `${plain.slice(0, 8)}-${plain.slice(8, 12)}-${plain.slice(12, 16)}-${plain.slice(16, 20)}-${plain.slice(20)}`;
}

// ISO dates (the forms drivers and ORMs send), an optional time of day, and an optional zone: a
// UTC spelling or a numeric offset in one of the forms PostgreSQL's DecodeTimezone reads.
const DATE_TIME =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:\s+|T)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?\s*(z|zulu|utc|gmt|ut|[+-]\d{1,2}|[+-]\d{4}|[+-]\d{2}:\d{2}|[+-]\d{2}:\d{2}:\d{2})?$/i;

// Inputs PostgreSQL reads as a moment named by a word, alone or with other fields.
const SPECIAL_WORDS = /now|today|tomorrow|yesterday|epoch|infinity|allballs/i;

/** pg-mem's dates are JavaScript Dates read by moment: years 1 to 9999 in ISO form. */
const LAST_YEAR = 9999;

function timeText(text: string, type: PgType): string {
  const trimmed = trimAsciiSpace(text);
  const match = DATE_TIME.exec(trimmed);
  const typeName = TYPE_NAMES[type.name] ?? type.name;
  if (!match) {
    if (SPECIAL_WORDS.test(trimmed)) throw refuse(`the special ${typeName} input '${trimmed}'`);
    // Every date/time PostgreSQL reads has a number in it (a year, a day); without one, and
    // without a special word, its parser has nothing to make a date of.
    if (!/\d/.test(trimmed)) {
      throw pgError('22007', `invalid input syntax for type ${typeName}: "${text}"`);
    }
    // PostgreSQL reads many more forms ('Mar 15 2024', '15/03/2024', 'BC', zone names, '+05:'),
    // each with its own rules (DateStyle, the time zone database): refused, not a guessed 22007.
    throw refuse(`the ${typeName} input format of '${trimmed}'`);
  }
  const [, y = '', mo = '', d = '', h, mi = '0', s = '0', fraction = '', zone] = match;
  const [year, month, day] = [Number(y), Number(mo), Number(d)];
  const [hour, minute, second] = [Number(h ?? '0'), Number(mi), Number(s)];
  // ParseFractionalSecond: the fraction read as a double, then rint() to microseconds (ties to even).
  const micros = fraction === '' ? 0 : roundHalfEven(Number(`0.${fraction}`) * MICROS_PER_SECOND);
  const valid =
    year >= 1 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    // time_overflows: 24:00:00 and :60 are allowed, but nothing past 24:00:00 in all.
    minute <= 59 &&
    second <= 60 &&
    (hour * 3600 + minute * 60 + second) * MICROS_PER_SECOND + micros <= 24 * 3600 * MICROS_PER_SECOND;
  // Year 0 is out of range too: PostgreSQL counts 1 BC, then 1 AD.
  if (!valid) throw pgError('22008', `date/time field value out of range: "${text}"`);
  const offset = zoneOffsetSeconds(zone);
  if (offset === undefined) throw pgError('22009', `time zone displacement out of range: "${text}"`);
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  // A date takes the date as written: its time of day is checked, then ignored, as is its zone.
  if (type.name === 'date') return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  const at = new Date(0);
  // setUTCFullYear, not Date.UTC, which reads years 0 to 99 as 1900 to 1999.
  at.setUTCFullYear(year, month - 1, day);
  at.setUTCHours(hour, minute, second, 0);
  // A timestamp without time zone ignores a zone written in its input, as PostgreSQL does.
  const wholeMillis = at.getTime() - (type.name === 'timestamptz' ? offset * 1000 : 0);
  const kept = roundMicros(wholeMillis, micros, type.precision ?? MAX_TIMESTAMP_PRECISION);
  if (kept % 1000 !== 0) {
    throw refuse(`a ${typeName} with microseconds ('${trimmed}'; pg-mem keeps milliseconds)`);
  }
  const utc = new Date(wholeMillis + kept / 1000);
  const utcYear = utc.getUTCFullYear();
  if (utcYear < 1 || utcYear > LAST_YEAR) {
    throw refuse(`a ${typeName} outside the years 1 to ${LAST_YEAR} ('${trimmed}')`);
  }
  const clock =
    `${pad(utc.getUTCHours())}:${pad(utc.getUTCMinutes())}:${pad(utc.getUTCSeconds())}` +
    `.${pad(utc.getUTCMilliseconds(), 3)}`;
  const written = `${pad(utcYear, 4)}-${pad(utc.getUTCMonth() + 1)}-${pad(utc.getUTCDate())}T${clock}`;
  // The session time zone is UTC, as the fake announces it: a timestamptz without a zone is UTC.
  return type.name === 'timestamp' ? written : `${written}Z`;
}

const MICROS_PER_SECOND = 1_000_000;

/** C's rint() in the default rounding mode: to the nearest integer, ties to the even one. */
function roundHalfEven(value: number): number {
  const floor = Math.floor(value);
  const rest = value - floor;
  if (rest !== 0.5) return Math.round(value);
  return floor % 2 === 0 ? floor : floor + 1;
}

/**
 * The microseconds past a whole second (`wholeMillis`, milliseconds since 1970) rounded to
 * `precision` digits as AdjustTimestampForTypmod rounds a timestamp: half away from zero in
 * microseconds since 2000-01-01, so a tie rounds up from 2000 on and down before it. May be a
 * whole second (1000000): the caller carries it.
 */
export function roundMicros(wholeMillis: number, micros: number, precision: number): number {
  if (precision >= MAX_TIMESTAMP_PRECISION) return micros;
  const scale = 10 ** (MAX_TIMESTAMP_PRECISION - precision);
  const half = scale / 2;
  return wholeMillis >= POSTGRES_EPOCH_MILLIS
    ? Math.floor((micros + half) / scale) * scale
    : Math.ceil((micros - half) / scale) * scale;
}

/** 2000-01-01 00:00:00 UTC, PostgreSQL's timestamp epoch, in JavaScript's milliseconds. */
export const POSTGRES_EPOCH_MILLIS = Date.UTC(2000, 0, 1);

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * The zone's offset east of UTC in seconds, read as DecodeTimezone reads it (`+5`, `+0530`,
 * `+05:30`, `+05:30:15`), or undefined past its range (15 hours, 59 minutes, 59 seconds).
 */
function zoneOffsetSeconds(zone: string | undefined): number | undefined {
  if (zone === undefined || /^[a-z]/i.test(zone)) return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const body = zone.slice(1);
  const parts = body.includes(':')
    ? body.split(':').map(Number)
    : body.length === 4
      ? [Number(body.slice(0, 2)), Number(body.slice(2))]
      : [Number(body)];
  const [hours = 0, minutes = 0, seconds = 0] = parts;
  if (hours > 15 || minutes > 59 || seconds > 59) return undefined;
  return sign * (hours * 3600 + minutes * 60 + seconds);
}

function jsonText(text: string, type: PgType): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw refuse("invalid JSON input (pg-mem cannot give PostgreSQL's error detail for it)");
  }
  if (/\\u0000/.test(text)) throw refuse('\\u0000 in JSON text');
  if (type.name === 'jsonb') checkSurrogates(text);
  const outsideStrings = text.replace(/"(?:[^"\\]|\\.)*"/g, '""');
  if (/\d{16,}/.test(outsideStrings)) {
    throw refuse('a JSON number with more than 15 digits (pg-mem parses JSON numbers as doubles)');
  }
  // jsonb keeps a number as numeric, as written: 10.00 prints (and ->> gives) 10.00, 1e2 gives 100.
  // pg-mem keeps a double, which prints 10: such numbers are refused, not rounded.
  for (const [number] of outsideStrings.matchAll(/-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g)) {
    if (/[eE]/.test(number) || /\.\d*0$/.test(number) || number === '-0')
      throw refuse(`the JSON number ${number} (jsonb keeps it as written, pg-mem as a double)`);
  }
  return JSON.stringify(parsed);
}

/**
 * jsonb de-escapes its strings, and PostgreSQL's JSON lexer then takes a `\uXXXX` surrogate only as
 * a high one followed at once by a low one; JavaScript's JSON.parse keeps a lone surrogate. (json
 * keeps its text as written, and PostgreSQL accepts it there.)
 */
function checkSurrogates(text: string): void {
  const surrogateError = (detail: string) =>
    pgError('22P02', 'invalid input syntax for type json', { detail });
  for (const [literal] of text.matchAll(/"(?:[^"\\]|\\.)*"/g)) {
    let high = false;
    for (const [, hex] of literal.slice(1).matchAll(/\\(?:u([0-9a-fA-F]{4})|.)|[^\\]/gs)) {
      const unit = hex === undefined ? undefined : Number.parseInt(hex, 16);
      if (unit !== undefined && unit >= 0xd800 && unit <= 0xdbff) {
        if (high) throw surrogateError('Unicode high surrogate must not follow a high surrogate.');
        high = true;
      } else if (unit !== undefined && unit >= 0xdc00 && unit <= 0xdfff) {
        if (!high) throw surrogateError('Unicode low surrogate must follow a high surrogate.');
        high = false;
      } else if (high) {
        // Anything else after a high surrogate, the closing quote included.
        throw surrogateError('Unicode low surrogate must follow a high surrogate.');
      }
    }
  }
}

/**
 * bytea input as PostgreSQL's byteain reads it: `\x` then pairs of hex digits (whitespace allowed
 * between pairs), or else the escape format, where `\\` is a backslash, `\nnn` an octal byte, and
 * every other character its UTF-8 bytes.
 */
export function byteaBytes(text: string): Buffer {
  if (text.startsWith('\\x')) return hexBytes(text.slice(2));
  const bytes: number[] = [];
  for (let at = 0; at < text.length; ) {
    if (text[at] !== '\\') {
      const char = String.fromCodePoint(text.codePointAt(at) ?? 0);
      bytes.push(...Buffer.from(char, 'utf8'));
      at += char.length;
    } else if (/^\\[0-3][0-7]{2}/.test(text.slice(at, at + 4))) {
      bytes.push(Number.parseInt(text.slice(at + 1, at + 4), 8));
      at += 4;
    } else if (text[at + 1] === '\\') {
      bytes.push(0x5c);
      at += 2;
    } else {
      throw pgError('22P02', 'invalid input syntax for type bytea');
    }
  }
  return Buffer.from(bytes);
}

function hexBytes(hex: string): Buffer {
  const bytes: number[] = [];
  const digit = (at: number): number => {
    const char = String.fromCodePoint(hex.codePointAt(at) ?? 0);
    if (!/^[0-9a-f]$/i.test(char)) throw pgError('22023', `invalid hexadecimal digit: "${char}"`);
    return Number.parseInt(char, 16);
  };
  for (let at = 0; at < hex.length; ) {
    // hex_decode skips whitespace only where a pair would start.
    if (/[ \n\t\r]/.test(hex[at] ?? '')) {
      at += 1;
      continue;
    }
    const high = digit(at);
    if (at + 1 >= hex.length) throw pgError('22023', 'invalid hexadecimal data: odd number of digits');
    bytes.push(high * 16 + digit(at + 1));
    at += 2;
  }
  return Buffer.from(bytes);
}

function varcharText(text: string, type: PgType): string {
  if (type.length === undefined || [...text].length <= type.length) return text;
  const kept = [...text].slice(0, type.length).join('');
  if (/^ *$/.test([...text].slice(type.length).join(''))) return kept;
  throw pgError('22001', `value too long for type character varying(${type.length})`);
}

/** The OID of a parameter type as announced to the client. */
export const parameterOid = typeOid;
