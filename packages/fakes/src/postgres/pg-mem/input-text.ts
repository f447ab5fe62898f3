import { type PgType, typeOid } from './pg-type.js';
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
      return jsonText(text);
    case 'varchar':
      return varcharText(text, type);
    default:
      return text;
  }
}

function integerText(text: string, type: PgType): string {
  const trimmed = text.trim();
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
  const trimmed = text.trim();
  if (/^nan$/i.test(trimmed)) throw refuse('numeric NaN');
  if (!NUMERIC.test(trimmed)) throw invalid(type, text);
  const digits = trimmed.replace(/e.*$/i, '').replace(/[^\d]/g, '').replace(/^0+/, '');
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
  const trimmed = text.trim();
  if (/^(nan|[+-]?infinity)$/i.test(trimmed)) throw refuse('float8 NaN or Infinity');
  if (!NUMERIC.test(trimmed)) throw invalid(type, text);
  return trimmed;
}

const TRUE = ['t', 'true', 'y', 'yes', 'on', '1'];
const FALSE = ['f', 'false', 'n', 'no', 'off', '0'];

function boolText(text: string, type: PgType): string {
  const value = text.trim().toLowerCase();
  // PostgreSQL accepts any unique prefix of the words (`tr`, `ye`), but `o` alone is ambiguous.
  const matches = (words: string[]) =>
    value.length > 0 &&
    words.some((word) => word === value || (word.length > 1 && word.startsWith(value) && value !== 'o'));
  if (matches(TRUE)) return 'true';
  if (matches(FALSE)) return 'false';
  throw invalid(type, text);
}

function uuidText(text: string, type: PgType): string {
  let hex = text.trim();
  if (hex.startsWith('{') && hex.endsWith('}')) hex = hex.slice(1, -1);
  // PostgreSQL allows a hyphen after any group of four hex digits.
  if (!/^[0-9a-f]{4}(-?[0-9a-f]{4}){7}$/i.test(hex)) throw invalid(type, text);
  const plain = hex.replace(/-/g, '').toLowerCase();
  return `${plain.slice(0, 8)}-${plain.slice(8, 12)}-${plain.slice(12, 16)}-${plain.slice(16, 20)}-${plain.slice(20)}`;
}

const DATE_TIME =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

function timeText(text: string, type: PgType): string {
  const match = DATE_TIME.exec(text.trim());
  const typeName = TYPE_NAMES[type.name] ?? type.name;
  if (!match) {
    if (/^(now|today|tomorrow|yesterday|epoch|[+-]?infinity|allballs)$/i.test(text.trim())) {
      throw refuse(`the special ${typeName} input '${text.trim()}'`);
    }
    if (/^\d{4}-\d{2}-\d{2}/.test(text.trim()) || /[a-z]/i.test(text)) {
      throw pgError('22007', `invalid input syntax for type ${typeName}: "${text}"`);
    }
    throw refuse(`the ${typeName} input format of '${text}'`);
  }
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '', zone] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const valid =
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= new Date(Date.UTC(year, month, 0)).getUTCDate() &&
    Number(h) <= 24 &&
    Number(mi) <= 59 &&
    Number(s) <= 60;
  if (!valid) throw pgError('22008', `date/time field value out of range: "${text}"`);
  if (/[1-9]/.test(fraction.slice(3))) {
    throw refuse(`a ${typeName} with microseconds ('${text}'; pg-mem keeps milliseconds)`);
  }
  const pad = (value: string, width = 2) => value.padStart(width, '0');
  const datePart = `${pad(y ?? '', 4)}-${pad(mo ?? '')}-${pad(d ?? '')}`;
  if (type.name === 'date') {
    if (match[4] !== undefined) throw refuse(`a date input with a time of day ('${text}')`);
    return datePart;
  }
  const millis = fraction.slice(0, 3).padEnd(3, '0');
  const clock = `${pad(h)}:${pad(mi)}:${pad(s)}.${millis}`;
  if (type.name === 'timestamp') return `${datePart}T${clock}`;
  return `${datePart}T${clock}${zoneText(zone)}`;
}

function zoneText(zone: string | undefined): string {
  // The session time zone is UTC, as the fake announces it.
  if (zone === undefined || zone.toUpperCase() === 'Z') return 'Z';
  const sign = zone[0];
  const digits = zone.slice(1).replace(':', '');
  return `${sign}${digits.slice(0, 2)}:${digits.slice(2, 4).padEnd(2, '0')}`;
}

function jsonText(text: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw refuse("invalid JSON input (pg-mem cannot give PostgreSQL's error detail for it)");
  }
  if (/\\u0000/.test(text)) throw refuse('\\u0000 in JSON text');
  if (/\d{16,}/.test(text.replace(/"(?:[^"\\]|\\.)*"/g, '""'))) {
    throw refuse('a JSON number with more than 15 digits (pg-mem parses JSON numbers as doubles)');
  }
  return JSON.stringify(parsed);
}

function varcharText(text: string, type: PgType): string {
  if (type.length === undefined || [...text].length <= type.length) return text;
  const kept = [...text].slice(0, type.length).join('');
  if (/^ *$/.test([...text].slice(type.length).join(''))) return kept;
  throw pgError('22001', `value too long for type character varying(${type.length})`);
}

/** The OID of a parameter type as announced to the client. */
export const parameterOid = typeOid;
