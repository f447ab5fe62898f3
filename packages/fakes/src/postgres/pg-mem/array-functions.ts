import { DataType, type IMemoryDb } from 'pg-mem';
import type { Expr } from 'pgsql-ast-parser';
import type { PgType } from './pg-type.js';
import { pgError, refuse } from './refusal.js';
import type { Typed } from './typed.js';

/**
 * array_append, array_prepend, array_cat, array_remove and `||` on arrays, as PostgreSQL 15 runs
 * them on one-dimensional arrays: append and prepend take a NULL array as an empty one, array_cat
 * skips a NULL side, array_remove drops every element equal to the value (NULLs included). pg-mem
 * has none of them; a multidimensional value is refused where PostgreSQL's rules would differ.
 */

/** The element types the functions are registered for (pg-mem resolves one name per type). */
const ELEMENTS = {
  int4: DataType.integer,
  int8: DataType.bigint,
  text: DataType.text,
  bool: DataType.bool,
  uuid: DataType.uuid,
} as const;

type Element = keyof typeof ELEMENTS;

function elementOf(type: PgType, what: string): Element {
  if (type.enumName === undefined && !type.length && Object.hasOwn(ELEMENTS, type.name))
    return type.name as Element;
  throw refuse(`${what} on ${type.enumName ?? type.name}[]`);
}

type Operation = 'append' | 'prepend' | 'cat' | 'remove';

function callOf(operation: Operation, element: Element, args: readonly Expr[]): Expr {
  return { type: 'call', function: { name: `seams_array_${operation}_${element}` }, args: [...args] };
}

/** `left || right` where a side is an array: array_cat, array_append or array_prepend. */
export function typeArrayConcat(left: Typed, right: Typed): { expr: Expr; type: PgType } {
  const array = left.type.array ? left.type : right.type;
  const element = elementOf(array, '||');
  const sameElement = (side: Typed) =>
    side.type.array ||
    (side.type.name === array.name && side.type.enumName === undefined && !side.type.length);
  if (!sameElement(left) || !sameElement(right))
    throw refuse(
      `|| between ${left.type.name}${left.type.array ? '[]' : ''} and ${right.type.name}${right.type.array ? '[]' : ''}`,
    );
  if (left.type.array && right.type.array) {
    if (left.type.name !== right.type.name)
      throw refuse(`|| between ${left.type.name}[] and ${right.type.name}[]`);
    return { expr: callOf('cat', element, [left.expr, right.expr]), type: array };
  }
  return left.type.array
    ? { expr: callOf('append', element, [left.expr, right.expr]), type: array }
    : { expr: callOf('prepend', element, [left.expr, right.expr]), type: array };
}

/** array_append(a, e), array_prepend(e, a), array_cat(a, b), array_remove(a, e): typed arguments in call order. */
export function typeArrayFunction(name: Operation, args: readonly Typed[]): { expr: Expr; type: PgType } {
  const arrays = name === 'cat' ? args : name === 'prepend' ? args.slice(1) : args.slice(0, 1);
  const elements = name === 'cat' ? [] : name === 'prepend' ? args.slice(0, 1) : args.slice(1);
  const [array] = arrays;
  if (args.length !== 2 || !array) throw refuse(`array_${name}() with ${args.length} arguments`);
  if (!arrays.every((a) => a.type.array && !a.untyped) || array.type.name === 'unknown')
    throw refuse(
      `array_${name}() of ${arrays.map((a) => (a.untyped ? 'an untyped value' : a.type.name)).join(' and ')}`,
    );
  const element = elementOf(array.type, `array_${name}()`);
  const same = (a: Typed) =>
    a.type.name === array.type.name && a.type.enumName === undefined && !a.type.length;
  if (!arrays.every(same) || !elements.every((e) => !e.type.array && same(e)))
    throw refuse(
      `array_${name}() of ${args.map((a) => `${a.type.name}${a.type.array ? '[]' : ''}`).join(' and ')}`,
    );
  return {
    expr: callOf(
      name,
      element,
      args.map((a) => a.expr),
    ),
    type: array.type,
  };
}

/** A one-dimensional array argument (NULL as null); a nested (multidimensional) one is refused. */
function oneDimensional(value: unknown): unknown[] | null {
  if (value === null || value === undefined) return null;
  if (!Array.isArray(value)) throw refuse(`an array value pg-mem passed as ${typeof value}`);
  if (value.some((item) => Array.isArray(item))) throw refuse('a function over a multidimensional array');
  return value;
}

function equal(element: Element, a: unknown, b: unknown): boolean {
  if (a === null || b === null) return a === b;
  return element === 'uuid' ? String(a).toLowerCase() === String(b).toLowerCase() : a === b;
}

/** Registers the functions typeArrayConcat and typeArrayFunction call. */
export function registerArrayFunctions(db: IMemoryDb): void {
  for (const [suffix, type] of Object.entries(ELEMENTS) as [Element, DataType][]) {
    const array = db.public.getType(type).asArray();
    const register = (
      operation: Operation,
      args: readonly [DataType | typeof array, DataType | typeof array],
      implementation: (a: unknown, b: unknown) => unknown[] | null,
    ) =>
      db.public.registerFunction({
        name: `seams_array_${operation}_${suffix}`,
        args: [...args],
        returns: array,
        allowNullArguments: true,
        implementation,
      });
    register('append', [array, type], (a, e) => [...(oneDimensional(a) ?? []), e ?? null]);
    register('prepend', [type, array], (e, a) => [e ?? null, ...(oneDimensional(a) ?? [])]);
    register('cat', [array, array], (a, b) => {
      const [left, right] = [oneDimensional(a), oneDimensional(b)];
      return left === null ? right : right === null ? left : [...left, ...right];
    });
    register('remove', [array, type], (a, e) => {
      if (a === null || a === undefined) return null;
      if (Array.isArray(a) && a.some((item) => Array.isArray(item)))
        throw pgError('0A000', 'removing elements from multidimensional arrays is not supported');
      return (oneDimensional(a) ?? []).filter((item) => !equal(suffix, item ?? null, e ?? null));
    });
  }
}
