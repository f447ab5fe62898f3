// to_char(timestamp | timestamptz | date, text) as PostgreSQL 15's DCH_to_char (formatting.c) in
// the C locale. Sessions compute in UTC only and timestamps keep milliseconds (see date-parts.ts),
// so a pg-mem Date read in UTC is the value's broken-down time. Keywords it has no exact answer for
// (time zone names and offsets, FF1-FF6, SP) are refused.
import { DataType, type IMemoryDb } from 'pg-mem';
import type { Expr } from 'pgsql-ast-parser';
import { dateKind } from './date-parts.js';
import { type PgType, T } from './pg-type.js';
import { refuse } from './refusal.js';
import type { Typed } from './typed.js';

/** formatting.c's DCH_keywords in its order: the first whose text starts at a position is read. */
const KEYWORDS = [
  'A.D.',
  'A.M.',
  'AD',
  'AM',
  'B.C.',
  'BC',
  'CC',
  'DAY',
  'DDD',
  'DD',
  'DY',
  'Day',
  'Dy',
  'D',
  'FF1',
  'FF2',
  'FF3',
  'FF4',
  'FF5',
  'FF6',
  'FX',
  'HH24',
  'HH12',
  'HH',
  'IDDD',
  'ID',
  'IW',
  'IYYY',
  'IYY',
  'IY',
  'I',
  'J',
  'MI',
  'MM',
  'MONTH',
  'MON',
  'MS',
  'Month',
  'Mon',
  'OF',
  'P.M.',
  'PM',
  'Q',
  'RM',
  'SSSSS',
  'SSSS',
  'SS',
  'TZH',
  'TZM',
  'TZ',
  'US',
  'WW',
  'W',
  'Y,YYY',
  'YYYY',
  'YYY',
  'YY',
  'Y',
  'a.d.',
  'a.m.',
  'ad',
  'am',
  'b.c.',
  'bc',
  'cc',
  'day',
  'ddd',
  'dd',
  'dy',
  'd',
  'ff1',
  'ff2',
  'ff3',
  'ff4',
  'ff5',
  'ff6',
  'fx',
  'hh24',
  'hh12',
  'hh',
  'iddd',
  'id',
  'iw',
  'iyyy',
  'iyy',
  'iy',
  'i',
  'j',
  'mi',
  'mm',
  'month',
  'mon',
  'ms',
  'of',
  'p.m.',
  'pm',
  'q',
  'rm',
  'sssss',
  'ssss',
  'ss',
  'tzh',
  'tzm',
  'tz',
  'us',
  'ww',
  'w',
  'y,yyy',
  'yyyy',
  'yyy',
  'yy',
  'y',
] as const;

const PREFIXES = ['FM', 'fm', 'TM', 'tm'] as const;
const SUFFIXES = ['TH', 'th', 'SP', 'sp'] as const;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

type Node =
  | { readonly kind: 'text'; readonly text: string }
  | {
      readonly kind: 'key';
      readonly key: string;
      readonly fm: boolean;
      readonly tm: boolean;
      readonly th?: 'TH' | 'th';
    };

/** The format as parse_format reads it: keywords with FM/TM before and TH after, quoted and other text. */
export function parseFormat(format: string): Node[] {
  const nodes: Node[] = [];
  let i = 0;
  while (i < format.length) {
    let fm = false;
    let tm = false;
    const prefix = PREFIXES.find((p) => format.startsWith(p, i));
    if (prefix) {
      fm = prefix.toUpperCase() === 'FM';
      tm = !fm;
      i += 2;
    }
    const key = KEYWORDS.find((k) => format.startsWith(k, i));
    if (key) {
      i += key.length;
      const suffix = SUFFIXES.find((s) => format.startsWith(s, i));
      if (suffix === 'SP' || suffix === 'sp') throw refuse('to_char() with the SP suffix');
      if (suffix) i += 2;
      nodes.push({ kind: 'key', key, fm, tm, ...(suffix && { th: suffix }) });
      continue;
    }
    // A prefix before no keyword is dropped, and the next character read as text, as parse_format does.
    if (i >= format.length) break;
    const char = format[i] as string;
    if (char === '"') {
      let text = '';
      i += 1;
      while (i < format.length && format[i] !== '"') {
        if (format[i] === '\\' && i + 1 < format.length) i += 1;
        text += format[i];
        i += 1;
      }
      i += 1;
      nodes.push({ kind: 'text', text });
      continue;
    }
    if (char === '\\' && format[i + 1] === '"') {
      nodes.push({ kind: 'text', text: '"' });
      i += 2;
      continue;
    }
    nodes.push({ kind: 'text', text: char });
    i += 1;
  }
  for (const node of nodes) {
    if (node.kind === 'key' && /^(?:tz|TZ|of|OF)/.test(node.key))
      throw refuse(`to_char() with the pattern ${node.key}`);
  }
  return nodes;
}

/** str_numth: 1st, 2nd, 3rd, 4th, 11th..13th, by the number's last two digits as printed. */
function ordinal(number: string, th: 'TH' | 'th'): string {
  const last = number.at(-1);
  const suffix =
    number.at(-2) === '1' ? 'th' : last === '1' ? 'st' : last === '2' ? 'nd' : last === '3' ? 'rd' : 'th';
  return number + (th === 'TH' ? suffix.toUpperCase() : suffix);
}

const pad = (value: number, width: number, fm: boolean) => String(value).padStart(fm ? 0 : width, '0');
const word = (text: string, width: number, fm: boolean, tm: boolean) =>
  fm || tm ? text : text.padEnd(width);

/** Midnight UTC of a day (Date.UTC would read the years 0 to 99 as 1900 to 1999). */
function utcDay(year: number, month: number, day: number): Date {
  const at = new Date(0);
  at.setUTCFullYear(year, month, day);
  return at;
}

/** The ISO 8601 week-numbering year and week of a UTC day. */
function isoWeek(at: Date): { year: number; week: number } {
  const day = utcDay(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const year = day.getUTCFullYear();
  const week = Math.floor((day.getTime() - utcDay(year, 0, 1).getTime()) / 86_400_000 / 7) + 1;
  return { year, week };
}

function keyword(key: string, at: Date): { value: number; width: number } | string {
  const year = at.getUTCFullYear();
  const month = at.getUTCMonth() + 1;
  const hour = at.getUTCHours();
  const yday =
    Math.floor((Date.UTC(year, month - 1, at.getUTCDate()) - Date.UTC(year, 0, 1)) / 86_400_000) + 1;
  const pm = hour >= 12;
  const upper = key.toUpperCase();
  switch (key) {
    case 'A.M.':
    case 'P.M.':
      return pm ? 'P.M.' : 'A.M.';
    case 'a.m.':
    case 'p.m.':
      return pm ? 'p.m.' : 'a.m.';
    case 'AM':
    case 'PM':
      return pm ? 'PM' : 'AM';
    case 'am':
    case 'pm':
      return pm ? 'pm' : 'am';
    case 'A.D.':
    case 'B.C.':
      return 'A.D.';
    case 'a.d.':
    case 'b.c.':
      return 'a.d.';
    case 'AD':
    case 'BC':
      return 'AD';
    case 'ad':
    case 'bc':
      return 'ad';
    case 'MONTH':
      return MONTHS[month - 1]?.toUpperCase() ?? '';
    case 'Month':
      return MONTHS[month - 1] ?? '';
    case 'month':
      return MONTHS[month - 1]?.toLowerCase() ?? '';
    case 'MON':
      return MONTHS[month - 1]?.slice(0, 3).toUpperCase() ?? '';
    case 'Mon':
      return MONTHS[month - 1]?.slice(0, 3) ?? '';
    case 'mon':
      return MONTHS[month - 1]?.slice(0, 3).toLowerCase() ?? '';
    case 'DAY':
      return DAYS[at.getUTCDay()]?.toUpperCase() ?? '';
    case 'Day':
      return DAYS[at.getUTCDay()] ?? '';
    case 'day':
      return DAYS[at.getUTCDay()]?.toLowerCase() ?? '';
    case 'DY':
      return DAYS[at.getUTCDay()]?.slice(0, 3).toUpperCase() ?? '';
    case 'Dy':
      return DAYS[at.getUTCDay()]?.slice(0, 3) ?? '';
    case 'dy':
      return DAYS[at.getUTCDay()]?.slice(0, 3).toLowerCase() ?? '';
    case 'RM':
      return ROMAN[month - 1] ?? '';
    case 'rm':
      return ROMAN[month - 1]?.toLowerCase() ?? '';
    case 'FX':
    case 'fx':
      return '';
  }
  const iso = isoWeek(at);
  const weekday = at.getUTCDay();
  const numbers: Record<string, [number, number]> = {
    HH: [hour % 12 === 0 ? 12 : hour % 12, 2],
    HH12: [hour % 12 === 0 ? 12 : hour % 12, 2],
    HH24: [hour, 2],
    MI: [at.getUTCMinutes(), 2],
    SS: [at.getUTCSeconds(), 2],
    SSSS: [hour * 3600 + at.getUTCMinutes() * 60 + at.getUTCSeconds(), 0],
    SSSSS: [hour * 3600 + at.getUTCMinutes() * 60 + at.getUTCSeconds(), 0],
    MM: [month, 2],
    DDD: [yday, 3],
    IDDD: [(iso.week - 1) * 7 + (weekday || 7), 3],
    DD: [at.getUTCDate(), 2],
    D: [weekday + 1, 0],
    ID: [weekday || 7, 0],
    WW: [Math.floor((yday - 1) / 7) + 1, 2],
    IW: [iso.week, 2],
    Q: [Math.floor((month - 1) / 3) + 1, 0],
    CC: [Math.floor((year - 1) / 100) + 1, 2],
    YYYY: [year, 4],
    IYYY: [iso.year, 4],
    YYY: [year % 1000, 3],
    IYY: [iso.year % 1000, 3],
    YY: [year % 100, 2],
    IY: [iso.year % 100, 2],
    Y: [year % 10, 0],
    I: [iso.year % 10, 0],
    W: [Math.floor((at.getUTCDate() - 1) / 7) + 1, 0],
    J: [Math.floor(at.getTime() / 86_400_000) + 2_440_588, 0],
  };
  const found = numbers[upper];
  if (!found) throw refuse(`to_char() with the pattern ${key}`);
  return { value: found[0], width: found[1] };
}

/** PostgreSQL's to_char of a timestamp as the UTC wall-clock time of `at`. */
export function formatTimestamp(at: Date, format: string): string | null {
  if (format === '') return null;
  if (at.getUTCFullYear() < 1 || at.getUTCFullYear() > 9999)
    throw refuse('to_char() of a year outside 1 to 9999');
  let out = '';
  for (const node of parseFormat(format)) {
    if (node.kind === 'text') {
      out += node.text;
      continue;
    }
    const upper = node.key.toUpperCase();
    if (upper === 'MS') {
      out += node.th
        ? ordinal(pad(at.getUTCMilliseconds(), 3, false), node.th)
        : pad(at.getUTCMilliseconds(), 3, false);
      continue;
    }
    if (/^FF[1-6]$/.test(upper)) {
      // The fraction's first n digits, truncated (microseconds are milliseconds times 1000 here).
      const digits = Number(upper.slice(2));
      const text = pad(Math.floor((at.getUTCMilliseconds() * 1000) / 10 ** (6 - digits)), digits, false);
      out += node.th ? ordinal(text, node.th) : text;
      continue;
    }
    if (upper === 'US') {
      const us = pad(at.getUTCMilliseconds() * 1000, 6, false);
      out += node.th ? ordinal(us, node.th) : us;
      continue;
    }
    if (upper === 'Y,YYY') {
      const year = at.getUTCFullYear();
      const text = `${Math.floor(year / 1000)},${pad(year % 1000, 3, false)}`;
      out += node.th ? ordinal(text, node.th) : text;
      continue;
    }
    const value = keyword(node.key, at);
    if (typeof value === 'string') {
      const width = ['MONTH', 'DAY'].includes(upper) ? 9 : upper === 'RM' ? 4 : 0;
      out += width ? word(value, width, node.fm, node.tm && upper !== 'RM') : value;
      continue;
    }
    const text = pad(value.value, value.width, node.fm);
    out += node.th ? ordinal(text, node.th) : text;
  }
  return out;
}

/** to_char(value, format) for a timestamp, timestamptz or date value; undefined for other types. */
export function typeToChar(args: readonly Typed[]): { expr: Expr; type: PgType } | undefined {
  const [source, format] = args;
  if (!source || !format || args.length !== 2) return undefined;
  const kind = dateKind(source.type);
  if (!kind || source.untyped) return undefined;
  if (format.type.name !== 'text' || format.type.array) return undefined;
  // A constant format is read now: its refusal comes before any row is read, as PostgreSQL's errors would.
  if (format.expr.type === 'string') parseFormat(format.expr.value);
  return {
    expr: { type: 'call', function: { name: `seams_to_char_${kind}` }, args: [source.expr, format.expr] },
    type: T.text,
  };
}

export function registerToChar(db: IMemoryDb): void {
  for (const [kind, type] of [
    ['timestamp', DataType.timestamp],
    ['timestamptz', DataType.timestamptz],
    ['date', DataType.date],
  ] as const) {
    db.public.registerFunction({
      name: `seams_to_char_${kind}`,
      args: [type, DataType.text],
      returns: DataType.text,
      implementation: (at: unknown, format: string) => {
        if (!(at instanceof Date) || Number.isNaN(at.getTime()))
          throw refuse('to_char() of an infinite timestamp');
        return formatTimestamp(at, format);
      },
    });
  }
}
