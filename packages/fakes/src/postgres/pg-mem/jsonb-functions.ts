import { DataType, type IMemoryDb } from 'pg-mem';
import { pgError, refuse } from './refusal.js';

/**
 * jsonb `||` and jsonb_set() as PostgreSQL 15's jsonb_concat and jsonb_set (setPath) compute
 * them; pg-mem has neither. Values are pg-mem's parsed JSON, never changed in place (they may
 * be a stored row's): every level a change goes through is copied.
 */

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `a || b`: two objects merge (b's keys win), anything else concatenates as arrays (a non-array is one element). */
export function jsonbConcat(left: unknown, right: unknown): object {
  if (isObject(left) && isObject(right)) return { ...left, ...right };
  const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);
  return [...asArray(left), ...asArray(right)];
}

/**
 * An array index as setPathArray reads a path element for jsonb_set() and `#-`: strtoint's, so C
 * isspace() blanks and a sign may lead, and the whole int4 range is read (-2147483648 too).
 */
export function arrayIndex(step: string, position: number): number {
  const index = Number(step);
  if (!/^[ \t\n\v\f\r]*[+-]?\d+$/.test(step) || index < -2_147_483_648 || index > 2_147_483_647)
    throw pgError('22P02', `path element at position ${position} is not an integer: "${step}"`);
  return index;
}

/** A jsonb object or array with no member: jsonb_set() without create_missing and `#-` hand it back unread. */
export function isEmptyContainer(value: unknown): boolean {
  return Array.isArray(value) ? value.length === 0 : isObject(value) && Object.keys(value).length === 0;
}

function setPath(
  value: unknown,
  path: readonly (string | null)[],
  level: number,
  replacement: unknown,
  create: boolean,
): unknown {
  const step = path[level];
  if (step === undefined) return value;
  if (step === null) throw pgError('22004', `path element at position ${level + 1} is null`);
  const last = level === path.length - 1;
  if (isObject(value)) {
    if (Object.hasOwn(value, step)) {
      const next = last ? replacement : setPath(value[step], path, level + 1, replacement, create);
      return { ...value, [step]: next };
    }
    return last && create ? { ...value, [step]: replacement } : value;
  }
  if (Array.isArray(value)) {
    let index = arrayIndex(step, level + 1);
    if (index < 0) index += value.length;
    if (index >= 0 && index < value.length) {
      const copy = [...value];
      copy[index] = last ? replacement : setPath(value[index], path, level + 1, replacement, create);
      return copy;
    }
    if (!last || !create) return value;
    return index < 0 ? [replacement, ...value] : [...value, replacement];
  }
  // A scalar below the top: the path goes no further, the value stays (setPath's default case).
  return value;
}

/** jsonb_set(target, path, new_value, create_missing): a top-level scalar cannot take a path. */
export function jsonbSet(
  target: unknown,
  path: readonly (string | null)[],
  replacement: unknown,
  create: boolean,
): object {
  if (path.some((step) => Array.isArray(step))) throw refuse('jsonb_set() with a multidimensional path');
  if (!isObject(target) && !Array.isArray(target)) throw pgError('22023', 'cannot set path in scalar');
  // jsonb_set returns an empty root before it reads the path: a NULL or non-integer step is no error there.
  if (!create && isEmptyContainer(target)) return target;
  return setPath(target, path, 0, replacement, create) as object;
}

/** Registers the functions the engine's analysis rewrites jsonb `||` and jsonb_set() to. */
export function registerJsonbFunctions(db: IMemoryDb): void {
  const textArray = db.public.getType(DataType.text).asArray();
  db.public.registerFunction({
    name: 'seams_jsonb_concat',
    args: [DataType.jsonb, DataType.jsonb],
    returns: DataType.jsonb,
    implementation: (left: unknown, right: unknown): object => jsonbConcat(left, right),
  });
  db.public.registerFunction({
    name: 'seams_jsonb_set',
    args: [DataType.jsonb, textArray, DataType.jsonb, DataType.bool],
    returns: DataType.jsonb,
    implementation: (target: unknown, path: readonly (string | null)[], value: unknown, create: boolean) =>
      jsonbSet(target, path, value, create),
  });
}
