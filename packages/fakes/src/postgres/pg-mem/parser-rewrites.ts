// Rewrites of a statement's text that let pg-mem's parser read PostgreSQL syntax it lacks (DEFAULT
// VALUES, REFERENCES without a column list, IS [NOT] DISTINCT FROM, HAVING without GROUP BY); the
// analysis of the parsed statement checks or undoes each, so the answer is PostgreSQL's or a refusal.
import { tokenize } from '../sql-tokens.js';

/** A name as the grammar reads it: quoted (with "" inside) or a plain identifier. */
const NAME = String.raw`(?:"(?:[^"]|"")*"|[A-Za-z_][\w$]*)`;

/** `INSERT INTO name [AS alias] DEFAULT VALUES`, the name optionally schema-qualified. */
const DEFAULT_VALUES = new RegExp(
  String.raw`(\bINSERT\s+INTO\s+${NAME}(?:\s*\.\s*${NAME})?(?:\s+(?:AS\s+)?${NAME})?\s+)DEFAULT\s+VALUES\b`,
  'gi',
);

/**
 * The text with each `INSERT ... DEFAULT VALUES` written as `INSERT ... VALUES (DEFAULT)`, which
 * pg-mem's parser reads (it has no DEFAULT VALUES) and PostgreSQL runs alike: a one-item VALUES row
 * with no column list fills the first column, with its default, and every other column with its own.
 * Texts with string literals, dollar quotes or comments are left alone: the pattern could match
 * inside them, and change a value rather than a clause.
 */
export function withDefaultValuesRead(text: string): string {
  if (!/default\s+values/i.test(text)) return text;
  if (/'|--|\/\*|\$(?!\d)/.test(text)) return text;
  return text.replace(DEFAULT_VALUES, '$1VALUES (DEFAULT)');
}

/**
 * The column list a `REFERENCES table` without one stands for: the referenced table's primary key,
 * which the DDL analysis puts in its place (ddl-analyzer.ts). A name no one writes: quoted, with a colon.
 */
export const PRIMARY_KEY_COLUMNS = 'seams: primary key';

/** `REFERENCES name` (optionally schema-qualified) not followed by a column list. */
const IMPLICIT_REFERENCES = new RegExp(
  String.raw`(\bREFERENCES\s+${NAME}(?:\s*\.\s*${NAME})?)(?![\w$"])(?!\s*\()`,
  'gi',
);

/**
 * The text with each `REFERENCES table` that names no columns written `REFERENCES table ("seams:
 * primary key")`: pg-mem's parser requires the list, PostgreSQL takes the table's primary key. Only
 * the SQL between string literals, dollar quotes and comments is rewritten.
 */
export function withImplicitReferencesRead(text: string): string {
  if (!/references/i.test(text)) return text;
  const sentinel = `"${PRIMARY_KEY_COLUMNS}"`;
  return outsideLiterals(text, (code) => code.replace(IMPLICIT_REFERENCES, `$1 (${sentinel})`));
}

/** `REFERENCES public.name` or `REFERENCES "public"."name"`: the schema, then the dot. */
const PUBLIC_REFERENCES = new RegExp(String.raw`(\bREFERENCES\s+)("public"|public)\s*\.\s*(?=${NAME})`, 'gi');

/**
 * The text with each `REFERENCES public.table` written `REFERENCES table`: pg-mem's parser reads no
 * schema there, and drizzle-kit writes one on every foreign key (`REFERENCES "public"."users"("id")`).
 * The same table: pg-mem has the public schema only, and the analysis refuses a search_path without
 * it. `"PUBLIC"`, another schema, is left as it is; only the SQL outside literals and comments is read.
 */
export function withPublicReferencesRead(text: string): string {
  if (!/references/i.test(text)) return text;
  return outsideLiterals(text, (code) =>
    code.replace(PUBLIC_REFERENCES, (match: string, keyword: string, schema: string) =>
      schema.startsWith('"') && schema !== '"public"' ? match : keyword,
    ),
  );
}

/** The schemas of the operators `IS [NOT] DISTINCT FROM` is written as for the parser: no one names such a schema. */
export const DISTINCT_FROM_SCHEMAS = {
  distinct: 'seams_is_distinct',
  notDistinct: 'seams_is_not_distinct',
} as const;

/** `IS [NOT] DISTINCT FROM`, or a quoted identifier, which is left as it is. */
const DISTINCT_FROM = /"(?:[^"]|"")*"|\bIS\s+(NOT\s+)?DISTINCT\s+FROM\b/gi;

/**
 * The text with each `IS [NOT] DISTINCT FROM` written `OPERATOR(seams_is_[not_]distinct.=)`, which
 * pg-mem's parser reads (it has no DISTINCT FROM) as a binary operator at the level of `=`; the
 * grammar check then makes it the comparison PostgreSQL runs (numeric-literals.ts, which refuses
 * where the parser's precedence for it is not PostgreSQL's).
 */
export function withDistinctFromRead(text: string): string {
  if (!/distinct\s+from/i.test(text)) return text;
  return outsideLiterals(text, (code) =>
    code.replace(DISTINCT_FROM, (match: string, not: string | undefined) => {
      if (match.startsWith('"')) return match;
      const schema = not ? DISTINCT_FROM_SCHEMAS.notDistinct : DISTINCT_FROM_SCHEMAS.distinct;
      return `OPERATOR(${schema}.=)`;
    }),
  );
}

/** The GROUP BY item a HAVING without GROUP BY is given for the parser; the analysis takes it away. */
export const NO_GROUPS = 'seams: no groups';

/**
 * The text with `GROUP BY "seams: no groups"` before each HAVING whose SELECT has no GROUP BY:
 * pg-mem's parser requires one, PostgreSQL makes such a query one group of all its rows (the
 * select analysis removes the item again, see select-analyzer.ts).
 */
export function withHavingGroupsRead(text: string): string {
  if (!/having/i.test(text)) return text;
  const tokens = tokenize(text);
  // Per parenthesis depth, whether the SELECT being read there has a GROUP BY yet.
  const grouped: boolean[] = [false];
  const inserts: number[] = [];
  tokens.forEach((token, index) => {
    const depth = grouped.length - 1;
    if (token.kind === 'punct' && token.value === '(') grouped.push(false);
    else if (token.kind === 'punct' && token.value === ')') {
      if (grouped.length > 1) grouped.pop();
    } else if (token.kind === 'word') {
      if (['select', 'union', 'intersect', 'except'].includes(token.value)) grouped[depth] = false;
      else if (token.value === 'group' && tokens[index + 1]?.value === 'by') grouped[depth] = true;
      else if (token.value === 'having' && !grouped[depth]) inserts.push(token.start);
    }
  });
  let out = text;
  for (const at of inserts.reverse()) out = `${out.slice(0, at)}GROUP BY "${NO_GROUPS}" ${out.slice(at)}`;
  return out;
}

/** Applies `rewrite` to the parts of the text outside string literals, dollar quotes and comments. */
function outsideLiterals(text: string, rewrite: (code: string) => string): string {
  let out = '';
  let code = '';
  let i = 0;
  const flush = (literal: string) => {
    out += rewrite(code) + literal;
    code = '';
  };
  while (i < text.length) {
    const rest = text.slice(i);
    const literal =
      /^[eE]'(?:[^'\\]|\\[\s\S]|'')*(?:'|$)/.exec(rest)?.[0] ??
      /^'(?:[^']|'')*(?:'|$)/.exec(rest)?.[0] ??
      /^--[^\n]*/.exec(rest)?.[0] ??
      (rest.startsWith('/*') ? blockComment(rest) : undefined) ??
      dollarQuoted(rest);
    // A quoted identifier stays with the code (`REFERENCES "Parent"`), read whole so its quotes are no literal.
    const identifier = literal === undefined ? /^"(?:[^"]|"")*"/.exec(rest)?.[0] : undefined;
    const word = literal === undefined && identifier === undefined ? /^[\w$]+/.exec(rest)?.[0] : undefined;
    if (literal !== undefined) {
      flush(literal);
      i += literal.length;
    } else {
      const taken = identifier ?? word ?? (rest[0] as string);
      code += taken;
      i += taken.length;
    }
  }
  flush('');
  return out;
}

/** A block comment (they nest), to its end or the text's. */
function blockComment(text: string): string {
  let depth = 0;
  for (let i = 0; i < text.length - 1; i += 1) {
    if (text.startsWith('/*', i)) {
      depth += 1;
      i += 1;
    } else if (text.startsWith('*/', i)) {
      depth -= 1;
      i += 1;
      if (depth === 0) return text.slice(0, i + 1);
    }
  }
  return text;
}

/** A dollar-quoted string (`$$...$$`, `$tag$...$tag$`), to its end or the text's. */
function dollarQuoted(text: string): string | undefined {
  const tag = /^\$(?:[A-Za-z_][\w]*)?\$/.exec(text)?.[0];
  if (tag === undefined) return undefined;
  const end = text.indexOf(tag, tag.length);
  return end < 0 ? text : text.slice(0, end + tag.length);
}

/** A numeric literal with an exponent, as PostgreSQL 15's scanner reads one (no `_`, decimal only). */
const EXPONENT_LITERAL = /^(\d*)(?:\.(\d*))?[eE]([+-]?\d+)$/;
/** The largest exponent written out in full: beyond it the literal is left to the parser (which refuses it). */
const MOST_EXPONENT_DIGITS = 100;

/**
 * The text with each numeric literal written with an exponent (`1e3`, `1.5E-2`) written as the
 * plain decimal of the same value and display scale (`1000.`, `0.015`), which pg-mem's parser reads
 * (it has no exponents). PostgreSQL reads both as one numeric constant: `1.50e1` is 15.0, its scale
 * the fraction's digits less the exponent, never below 0, and `1000.` is numeric, not integer.
 * Only number tokens outside literals and comments, not run into a following name or dot, are rewritten.
 */
export function withExponentLiteralsRead(text: string): string {
  if (!/\d[eE]/.test(text)) return text;
  let out = text;
  for (const token of tokenize(text).reverse()) {
    if (token.kind !== 'number') continue;
    const decimal = plainDecimal(token.value);
    if (decimal === undefined || /[\w$.]/.test(text[token.end] ?? '')) continue;
    out = `${out.slice(0, token.start)}${decimal}${out.slice(token.end)}`;
  }
  return out;
}

/** `1.50e1` as `15.0`, `1e3` as `1000.`, `1e-3` as `0.001`; undefined for what is no such literal. */
export function plainDecimal(literal: string): string | undefined {
  const match = EXPONENT_LITERAL.exec(literal);
  if (!match) return undefined;
  const [, whole = '', fraction = '', exponentText = '0'] = match;
  if (whole === '' && fraction === '') return undefined;
  const exponent = Number(exponentText);
  if (Math.abs(exponent) > MOST_EXPONENT_DIGITS) return undefined;
  const digits = whole + fraction;
  const point = whole.length + exponent;
  const padded =
    point <= 0
      ? `${'0'.repeat(1 - point)}${digits}`
      : point > digits.length
        ? `${digits}${'0'.repeat(point - digits.length)}`
        : digits;
  const at = point <= 0 ? 1 : point;
  const integer = padded.slice(0, at).replace(/^0+(?=\d)/, '');
  return `${integer}.${padded.slice(at)}`;
}

/** The schema `#>` is written under for the parser; numeric-literals.ts makes the node `#>` again. */
export const JSON_PATH_SCHEMA = 'seams_jsonb_path';

/**
 * The text with each `#>` operator (jsonb at a path, as jsonb) written `OPERATOR(seams_jsonb_path.#>>)`,
 * which pg-mem's parser reads (it has `#>>` but no `#>`) at the level it gives `#>>`; the grammar check
 * then names the node `#>` and regroups it as PostgreSQL does (any other operator), and the analysis
 * answers it as PostgreSQL's `#>`. An operator run of exactly `#` and `>` is rewritten (not `#>>`).
 */
export function withJsonPathRead(text: string): string {
  if (!text.includes('#>')) return text;
  const tokens = tokenize(text);
  const glued = (index: number) => {
    const token = tokens[index];
    const before = tokens[index - 1];
    return token?.kind === 'op' && before?.kind === 'op' && before.end === token.start;
  };
  let out = text;
  for (let index = tokens.length - 1; index >= 1; index -= 1) {
    const hash = tokens[index - 1];
    if (hash?.value !== '#' || tokens[index]?.value !== '>' || !glued(index)) continue;
    if (glued(index - 1) || glued(index + 1)) continue;
    out = `${out.slice(0, hash.start)} OPERATOR(${JSON_PATH_SCHEMA}.#>>) ${out.slice(hash.start + 2)}`;
  }
  return out;
}
