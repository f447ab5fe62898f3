import { DataType, type IMemoryDb } from 'pg-mem';
import { pgError } from './refusal.js';

const patched = new WeakSet<object>();

type DoCast = (this: unknown, value: unknown, to: unknown) => unknown;

/** A pg-mem evaluated value's `setConversion(convert, hash)`, as its text casts call it. */
type SetConversion = (convert: (value: unknown) => unknown, hash: (inner: unknown) => unknown) => unknown;

/**
 * A varchar(n)'s length in characters, as PostgreSQL counts them in a UTF-8 database: code points.
 * pg-mem 3.0.14's text-to-varchar(n) cast checks the string's JavaScript length (UTF-16 units), so
 * '😀😀😀' (3 characters, 6 units) failed a varchar(3) with 22001 where PostgreSQL stores it. The
 * cast is wrapped once per text type class: the same check, counting code points. What reaches it
 * was already read as PostgreSQL reads it (input-text.ts cuts trailing spaces past n, an explicit
 * cast cuts the text), so anything still longer is assigned as PostgreSQL's varchar(n) length
 * coercion assigns it: cut to n when only spaces are past n, else the 22001 PostgreSQL raises.
 */
export function countVarcharByCodePoints(db: IMemoryDb): void {
  const text: unknown = db.public.getType(DataType.text);
  const prototype: unknown = typeof text === 'object' && text !== null ? Object.getPrototypeOf(text) : null;
  if (typeof prototype !== 'object' || prototype === null || patched.has(prototype)) return;
  const original: unknown = Reflect.get(prototype, 'doCast');
  if (typeof original !== 'function')
    throw new Error("@seams/fakes: pg-mem's text type has no doCast(); pin pg-mem 3.0.14");
  const doCast = original as DoCast;
  Reflect.set(prototype, 'doCast', function (this: unknown, value: unknown, to: unknown): unknown {
    const length = varcharLength(to, prototype);
    const from = typeof this === 'object' && this !== null ? Reflect.get(this, 'len') : undefined;
    const setConversion: unknown =
      typeof value === 'object' && value !== null ? Reflect.get(value, 'setConversion') : undefined;
    // pg-mem skips the check from a shorter varchar (its values already fit): so does this.
    if (
      length === undefined ||
      typeof setConversion !== 'function' ||
      (typeof from === 'number' && from < length)
    )
      return doCast.call(this, value, to);
    return (setConversion as SetConversion).call(
      value,
      (str: unknown) => (typeof str === 'string' && str.length > length ? fitVarchar(str, length) : str),
      (truncate: unknown) => ({ truncate, len: length }),
    );
  });
  patched.add(prototype);
}

/** n of a pg-mem varchar(n) type (a text type of that class with a length, not citext). */
function varcharLength(to: unknown, prototype: object): number | undefined {
  if (typeof to !== 'object' || to === null || Object.getPrototypeOf(to) !== prototype) return undefined;
  if (Reflect.get(to, 'citext')) return undefined;
  const length: unknown = Reflect.get(to, 'len');
  return typeof length === 'number' ? length : undefined;
}

/**
 * A text assigned to varchar(n) (PostgreSQL's varchar() length coercion, not explicit): characters
 * past n that are all spaces are cut off; any other character there is 22001. pg-mem's own check
 * refused the spaces too, so `INSERT ... SELECT 'ab   '::text` into a varchar(2) failed where
 * PostgreSQL stores 'ab'.
 */
export function fitVarchar(text: string, length: number): string {
  const characters = [...text];
  if (characters.length <= length) return text;
  if (characters.slice(length).some((character) => character !== ' '))
    throw pgError('22001', `value too long for type character varying(${length})`);
  return characters.slice(0, length).join('');
}
