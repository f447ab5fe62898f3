import { DataType, type IMemoryDb } from 'pg-mem';
import { pgError, refuse } from './refusal.js';

/**
 * PostgreSQL's string functions (9.4) over code points, as a UTF-8 database computes them, by
 * the names the analysis calls them under (`seams_text_<name>`): pg-mem lacks most of them.
 * Each takes its text arguments as text and its counts as integers; NULL gives NULL but for
 * concat and concat_ws, which skip NULLs.
 */

/** The functions with their argument kinds ('t' text, 'i' integer) and result ('t' text, 'b' boolean, 'i' integer). */
export const TEXT_FUNCTIONS: Readonly<
  Record<string, { readonly args: readonly (readonly ('t' | 'i')[])[]; readonly returns: 't' | 'b' | 'i' }>
> = {
  replace: { args: [['t', 't', 't']], returns: 't' },
  left: { args: [['t', 'i']], returns: 't' },
  right: { args: [['t', 'i']], returns: 't' },
  lpad: {
    args: [
      ['t', 'i'],
      ['t', 'i', 't'],
    ],
    returns: 't',
  },
  rpad: {
    args: [
      ['t', 'i'],
      ['t', 'i', 't'],
    ],
    returns: 't',
  },
  repeat: { args: [['t', 'i']], returns: 't' },
  reverse: { args: [['t']], returns: 't' },
  starts_with: { args: [['t', 't']], returns: 'b' },
  split_part: { args: [['t', 't', 'i']], returns: 't' },
  strpos: { args: [['t', 't']], returns: 'i' },
  substr: {
    args: [
      ['t', 'i'],
      ['t', 'i', 'i'],
    ],
    returns: 't',
  },
  substring: {
    args: [
      ['t', 'i'],
      ['t', 'i', 'i'],
    ],
    returns: 't',
  },
  btrim: { args: [['t'], ['t', 't']], returns: 't' },
  trim: { args: [['t']], returns: 't' },
  ltrim: { args: [['t'], ['t', 't']], returns: 't' },
  rtrim: { args: [['t'], ['t', 't']], returns: 't' },
  initcap: { args: [['t']], returns: 't' },
};

/** The most arguments concat and concat_ws are run with (one function per count). */
export const MOST_CONCAT_ARGS = 12;

export const textFunctionName = (name: string, arity: number): string => `seams_text_${name}_${arity}`;

/**
 * The forms above that raise on some arguments: a negative substring length (22011) and a field
 * position of zero (22023). Where PostgreSQL would not evaluate them (a later COALESCE argument, the
 * far side of an AND), pg-mem must not either.
 */
export const RAISING_TEXT_FUNCTIONS: readonly string[] = [
  textFunctionName('substr', 3),
  textFunctionName('substring', 3),
  textFunctionName('split_part', 3),
];

const points = (text: string): string[] => Array.from(text);

/** The longest result the fake builds: PostgreSQL's limit is 1 GB, which no test reaches on purpose. */
const MOST_RESULT_POINTS = 10_000_000;

function checked(length: number): void {
  if (length > MOST_RESULT_POINTS)
    throw refuse('a string function result of more than 10 million characters');
}

function pad(text: string, length: number, fill: string, left: boolean): string {
  const chars = points(text);
  if (length <= 0) return '';
  checked(length);
  if (chars.length >= length) return chars.slice(0, length).join('');
  const filler = points(fill);
  if (filler.length === 0) return text;
  const needed = length - chars.length;
  const padding = Array.from({ length: needed }, (_, index) => filler[index % filler.length]).join('');
  return left ? padding + text : text + padding;
}

function trimmed(text: string, chars: string, leading: boolean, trailing: boolean): string {
  const set = new Set(points(chars));
  const list = points(text);
  let start = 0;
  let end = list.length;
  while (leading && start < end && set.has(list[start] ?? '')) start += 1;
  while (trailing && end > start && set.has(list[end - 1] ?? '')) end -= 1;
  return list.slice(start, end).join('');
}

function substring(text: string, from: number, count?: number): string {
  if (count !== undefined && count < 0) throw pgError('22011', 'negative substring length not allowed');
  const list = points(text);
  const start = Math.max(from, 1);
  const end = count === undefined ? list.length + 1 : from + count;
  if (end <= start) return '';
  return list.slice(start - 1, end - 1).join('');
}

function splitPart(text: string, delimiter: string, field: number): string {
  if (field === 0) throw pgError('22023', 'field position must not be zero');
  if (delimiter === '') return field === 1 || field === -1 ? text : '';
  const parts = text.split(delimiter);
  const index = field > 0 ? field - 1 : parts.length + field;
  return parts[index] ?? '';
}

function initcap(text: string): string {
  // isalnum and toupper of the database's locale decide past ASCII.
  if (Array.from(text).some((char) => (char.codePointAt(0) ?? 0) > 0x7f))
    throw refuse('initcap() of non-ASCII text (its result depends on the locale)');
  let wordStart = true;
  let out = '';
  for (const char of text) {
    const alnum = /[A-Za-z0-9]/.test(char);
    out += alnum ? (wordStart ? char.toUpperCase() : char.toLowerCase()) : char;
    wordStart = !alnum;
  }
  return out;
}

type Implementation = (...args: never[]) => unknown;

const IMPLEMENTATIONS: Readonly<Record<string, Implementation>> = {
  replace: (text: string, from: string, to: string) => (from === '' ? text : text.split(from).join(to)),
  left: (text: string, n: number) => {
    const list = points(text);
    return (n >= 0 ? list.slice(0, n) : list.slice(0, Math.max(list.length + n, 0))).join('');
  },
  right: (text: string, n: number) => {
    const list = points(text);
    return (n >= 0 ? list.slice(Math.max(list.length - n, 0)) : list.slice(Math.min(-n, list.length))).join(
      '',
    );
  },
  lpad: (text: string, length: number, fill = ' ') => pad(text, length, fill, true),
  rpad: (text: string, length: number, fill = ' ') => pad(text, length, fill, false),
  repeat: (text: string, n: number) => {
    if (n <= 0) return '';
    checked(points(text).length * n);
    return text.repeat(n);
  },
  reverse: (text: string) => points(text).reverse().join(''),
  starts_with: (text: string, prefix: string) => text.startsWith(prefix),
  split_part: splitPart,
  strpos: (text: string, sub: string) => {
    const at = text.indexOf(sub);
    return at < 0 ? 0 : points(text.slice(0, at)).length + 1;
  },
  substr: substring,
  substring,
  btrim: (text: string, chars = ' ') => trimmed(text, chars, true, true),
  trim: (text: string) => trimmed(text, ' ', true, true),
  ltrim: (text: string, chars = ' ') => trimmed(text, chars, true, false),
  rtrim: (text: string, chars = ' ') => trimmed(text, chars, false, true),
  initcap,
};

export function registerTextFunctions(db: IMemoryDb): void {
  const fn = db.public.registerFunction.bind(db.public);
  const types = { t: DataType.text, i: DataType.integer, b: DataType.bool } as const;
  for (const [name, { args, returns }] of Object.entries(TEXT_FUNCTIONS)) {
    const implementation = IMPLEMENTATIONS[name];
    if (!implementation) continue;
    for (const signature of args) {
      fn({
        name: textFunctionName(name, signature.length),
        args: signature.map((kind) => types[kind]),
        returns: types[returns],
        // pg-mem passes the values of the declared types: the signatures above are those.
        implementation: implementation as (...values: unknown[]) => string | number | boolean | null,
      });
    }
  }
  for (let count = 1; count <= MOST_CONCAT_ARGS; count += 1) {
    fn({
      name: textFunctionName('concat', count),
      args: Array.from({ length: count }, () => DataType.text),
      returns: DataType.text,
      allowNullArguments: true,
      implementation: (...parts: (string | null | undefined)[]) => parts.map((part) => part ?? '').join(''),
    });
    fn({
      name: textFunctionName('concat_ws', count + 1),
      args: Array.from({ length: count + 1 }, () => DataType.text),
      returns: DataType.text,
      allowNullArguments: true,
      implementation: (separator: string | null | undefined, ...parts: (string | null | undefined)[]) =>
        separator === null || separator === undefined
          ? null
          : parts.filter((part): part is string => part !== null && part !== undefined).join(separator),
    });
  }
}
