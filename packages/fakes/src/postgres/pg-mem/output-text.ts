import { roundDecimal } from './input-text.js';
import type { PgType } from './pg-type.js';
import { pgError, refuse } from './refusal.js';

const INT_RANGES: Readonly<Record<string, readonly [number, number, string]>> = {
  int2: [-32768, 32767, 'smallint'],
  int4: [-2147483648, 2147483647, 'integer'],
  int8: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, 'bigint'],
};

/**
 * A value pg-mem computed, in PostgreSQL's text output format for the type PostgreSQL would give
 * it. Where pg-mem's float arithmetic cannot be the value PostgreSQL computes (an integer past
 * its type's range, a float8 overflow pg-mem turned into Infinity, a bigint past 2^53), it fails
 * as PostgreSQL would or refuses.
 */
export function outputText(value: unknown, type: PgType): string | null {
  if (type.opaque) throw refuse('printing an information_schema column (its domain type)');
  if (value === null || value === undefined) return null;
  if (type.array) {
    if (!Array.isArray(value)) throw refuse(`an array value pg-mem returned as ${typeof value}`);
    return arrayText(value, { ...type, array: undefined });
  }
  switch (type.name) {
    case 'bool':
      return value === true ? 't' : 'f';
    case 'int2':
    case 'int4':
    case 'int8':
      return integerOut(value, type);
    case 'numeric':
      return numericOut(value, type);
    case 'float8':
      return floatResult(value);
    case 'jsonb':
      return jsonbOut(value);
    case 'json':
      throw refuse('json (not jsonb) output (pg-mem does not keep the input text json returns)');
    case 'timestamptz':
    case 'timestamp':
    case 'date':
      return timeOut(value, type);
    case 'bytea':
      if (!Buffer.isBuffer(value)) throw refuse('a bytea value pg-mem did not return as bytes');
      return `\\x${value.toString('hex')}`;
    case 'void':
      return '';
    case 'uuid':
      return String(value).toLowerCase();
    default:
      if (typeof value === 'object') throw refuse(`a ${type.name} value pg-mem returned as an object`);
      return String(value);
  }
}

function number(value: unknown, what: string): number {
  const n = typeof value === 'number' ? value : Number(value);
  if (Number.isNaN(n) && typeof value !== 'number')
    throw refuse(`a ${what} value pg-mem computed as another type (${String(value)})`);
  return n;
}

function integerOut(value: unknown, type: PgType): string {
  const n = number(value, type.name);
  const [min, max, name] = INT_RANGES[type.name] ?? [0, 0, type.name];
  // Division by zero fails where it happens (seams_int_div); an infinite integer is an overflow.
  if (Number.isNaN(n)) throw refuse(`a ${name} pg-mem computed as NaN`);
  if (!Number.isInteger(n) && Number.isFinite(n))
    throw refuse(`a ${name} computed as the fraction ${n} by pg-mem`);
  if (n < min || n > max) {
    if (type.name === 'int8') throw refuse('a bigint beyond 2^53 (pg-mem computes bigints as floats)');
    throw pgError('22003', `${name} out of range`);
  }
  return String(n);
}

function numericOut(value: unknown, type: PgType): string {
  const n = number(value, 'numeric');
  // Division by zero fails where it happens (seams_checked_arithmetic); past a double's range PostgreSQL's
  // numeric is still exact, where pg-mem's float became Infinity.
  if (!Number.isFinite(n))
    throw refuse("a numeric result beyond a double's range (pg-mem computes numeric as a float)");
  if (type.scale === undefined)
    throw refuse('a numeric result whose scale PostgreSQL decides by its own rules');
  const shortest = String(n);
  if (shortest.replace(/e.*$/, '').replace(/[^\d]/g, '').replace(/^0+/, '').length > 15) {
    throw refuse(
      `a numeric result of more than 15 significant digits (${shortest}: pg-mem computed it as a float)`,
    );
  }
  return roundDecimal(shortest, type.scale);
}

/**
 * A float8 pg-mem computed. No NaN or infinity comes in (their input is refused) and division by
 * zero fails where it happens (seams_checked_arithmetic), so an infinite result is an overflow PostgreSQL
 * raised while computing it, and a NaN came from one.
 */
function floatResult(value: unknown): string {
  const n = number(value, 'float8');
  if (Number.isNaN(n)) throw refuse('a float8 NaN pg-mem computed');
  if (!Number.isFinite(n)) throw pgError('22003', 'value out of range: overflow');
  return floatOut(n);
}

/** float8 as PostgreSQL 12+ prints it: the shortest exact form, exponents with at least two digits. */
export function floatOut(value: unknown): string {
  const n = number(value, 'float8');
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? 'Infinity' : '-Infinity';
  if (Object.is(n, -0)) return '-0';
  const text = String(n);
  const exponent = /e([+-])(\d+)$/.exec(text);
  if (exponent) return text.replace(/e[+-]\d+$/, `e${exponent[1]}${(exponent[2] ?? '').padStart(2, '0')}`);
  // JS switches to exponents at 1e21, PostgreSQL at 1e15 (and below 1e-4).
  if (Math.abs(n) >= 1e15 || (Math.abs(n) < 1e-4 && n !== 0)) return exponential(n);
  return text;
}

function exponential(n: number): string {
  const [mantissa = '', exp = '0'] = n.toExponential().split('e');
  const sign = exp.startsWith('-') ? '-' : '+';
  return `${mantissa}e${sign}${exp.replace(/^[+-]/, '').padStart(2, '0')}`;
}

/** jsonb's text: keys shortest first then by bytes, one space after `:` and `,`. */
export function jsonbOut(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw refuse('a non-finite number in jsonb');
    return String(value).includes('e') ? refuseExponent(value) : String(value);
  }
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(jsonbOut).join(', ')}]`;
  if (typeof value === 'object') {
    const keys = Object.keys(value).sort(jsonbKeyOrder);
    const entries = keys.map((key) => `${JSON.stringify(key)}: ${jsonbOut(Reflect.get(value, key))}`);
    return `{${entries.join(', ')}}`;
  }
  throw refuse(`a jsonb value of JavaScript type ${typeof value}`);
}

function refuseExponent(value: number): never {
  throw refuse(`the jsonb number ${value} (PostgreSQL prints it in full, pg-mem kept a double)`);
}

function jsonbKeyOrder(a: string, b: string): number {
  const la = Buffer.byteLength(a);
  const lb = Buffer.byteLength(b);
  if (la !== lb) return la - lb;
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function timeOut(value: unknown, type: PgType): string {
  if (!(value instanceof Date) && typeof value !== 'string')
    throw refuse(`a ${type.name} value pg-mem returned as ${typeof value}`);
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime()))
    throw refuse(`a ${type.name} value pg-mem cannot print (${String(value)})`);
  const day = `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  if (type.name === 'date') return day;
  const millis = date.getUTCMilliseconds();
  const fraction = millis === 0 ? '' : `.${pad(millis, 3).replace(/0+$/, '')}`;
  const clock = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}${fraction}`;
  return type.name === 'timestamp' ? `${day} ${clock}` : `${day} ${clock}+00`;
}

/** An array literal as PostgreSQL prints it: elements quoted only when they must be. */
function arrayText(values: readonly unknown[], element: PgType): string {
  const items = values.map((item) => {
    if (Array.isArray(item)) throw refuse('a multidimensional array');
    const text = outputText(item, element);
    if (text === null) return 'NULL';
    const mustQuote = text === '' || /^null$/i.test(text) || /[{}," \\\t\n\r]/.test(text);
    return mustQuote ? `"${text.replace(/[\\"]/g, '\\$&')}"` : text;
  });
  return `{${items.join(',')}}`;
}
