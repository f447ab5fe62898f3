import type { DataTypeDef, Expr } from 'pgsql-ast-parser';
import { arrayElements } from './array-input.js';
import { inputText } from './input-text.js';
import { type PgType, T } from './pg-type.js';
import { refuse } from './refusal.js';

// The names pg-mem 3.0.14 reads for each type (it has no int2 or float8 by those names).
const PG_MEM_NAMES: Readonly<Record<string, string>> = {
  bool: 'boolean',
  int2: 'integer',
  int4: 'integer',
  int8: 'bigint',
  numeric: 'numeric',
  float8: 'double precision',
  text: 'text',
  varchar: 'text',
  uuid: 'uuid',
  json: 'json',
  jsonb: 'jsonb',
  timestamptz: 'timestamptz',
  timestamp: 'timestamp',
  date: 'date',
  bytea: 'bytea',
  name: 'text',
  unknown: 'text',
  void: 'text',
};

/** The type as pg-mem's parser reads it, for a cast the engine writes. */
export function pgMemType(type: PgType): DataTypeDef {
  const scalar: DataTypeDef = { name: type.enumName ?? PG_MEM_NAMES[type.name] ?? 'text' };
  return type.array ? { kind: 'array', arrayOf: scalar } : scalar;
}

/**
 * A value in PostgreSQL's text form as a literal pg-mem reads as the same value of `type`: the
 * text checked as PostgreSQL's input function would (its errors included) and written in pg-mem's form.
 */
export function literalOf(text: string | null, type: PgType, enumLabels?: readonly string[]): Expr {
  if (text === null) return { type: 'cast', operand: { type: 'null' }, to: pgMemType(type) };
  if (type.array) {
    const element = { ...type, array: undefined };
    const items = arrayElements(inputText(text, type));
    return {
      type: 'cast',
      operand: { type: 'array', expressions: items.map((item) => literalOf(item, element, enumLabels)) },
      to: pgMemType(type),
    };
  }
  const value = inputText(text, type, enumLabels);
  switch (type.name) {
    case 'int2':
    case 'int4':
    case 'int8':
      return signed(Number(value), 'integer');
    case 'numeric':
    case 'float8':
      return signed(Number(value), 'numeric');
    case 'bool':
      return { type: 'boolean', value: value === 'true' };
    case 'text':
    case 'varchar':
    case 'unknown':
      return { type: 'string', value };
    case 'bytea':
      return byteaLiteral(value);
    default:
      return { type: 'cast', operand: { type: 'string', value }, to: pgMemType(type) };
  }
}

/**
 * bytea bytes (in PostgreSQL's hex output form) as a literal pg-mem reads as those bytes. pg-mem
 * turns text into bytea by its UTF-8 encoding, so the literal is the text whose UTF-8 bytes they
 * are; bytes that are no UTF-8 text (0xff, most binary data) have none, and are refused.
 */
function byteaLiteral(hex: string): Expr {
  const bytes = Buffer.from(hex.slice(2), 'hex');
  const text = bytes.toString('utf8');
  if (!Buffer.from(text, 'utf8').equals(bytes)) {
    throw refuse(
      `bytea bytes that are not UTF-8 text (\\x${bytes.toString('hex').slice(0, 32)}: pg-mem takes bytea only as text)`,
    );
  }
  return { type: 'cast', operand: { type: 'string', value: text }, to: pgMemType(T.bytea) };
}

function signed(value: number, kind: 'integer' | 'numeric'): Expr {
  const literal: Expr =
    kind === 'integer'
      ? { type: 'integer', value: Math.abs(value) }
      : { type: 'numeric', value: Math.abs(value) };
  return value < 0 || Object.is(value, -0) ? { type: 'unary', op: '-', operand: literal } : literal;
}

const LITERAL_TYPES: ReadonlySet<Expr['type']> = new Set(['integer', 'numeric', 'string', 'boolean', 'null']);

/** A literal as written or bound: a number, a string, a boolean or NULL. */
export const isLiteral = (expr: Expr): boolean => LITERAL_TYPES.has(expr.type);

/** A constant as written or bound: a literal, possibly negated or cast (a bound parameter is one). */
export function isConstant(expr: Expr): boolean {
  if (isLiteral(expr)) return true;
  switch (expr.type) {
    case 'cast':
      return isConstant(expr.operand);
    case 'unary':
      return expr.op === '-' && isConstant(expr.operand);
    default:
      return false;
  }
}

/** NULL as written or bound (a cast of NULL included). */
export function isNullLiteral(expr: Expr): boolean {
  return expr.type === 'null' || (expr.type === 'cast' && isNullLiteral(expr.operand));
}
