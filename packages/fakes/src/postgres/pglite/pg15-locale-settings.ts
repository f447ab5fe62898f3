import type { SqlToken } from '../sql-tokens.js';

/**
 * The locale settings a session may SET. PostgreSQL checks each value with the C library's
 * setlocale(): the server the fake stands for (Debian, glibc, C.UTF-8 alone installed) takes `C`,
 * `POSIX`, the empty string and C.UTF-8's spellings, and fails any other name with 22023 (a
 * `de_DE.UTF-8` that is not installed). PGlite's musl takes every name, so `SET lc_monetary =
 * 'de_DE.UTF-8'` succeeded where the server fails. Names that glibc reads in ways hard to pin down
 * (`C_US.UTF-8` passes there, `C.UTF_8` fails) are refused rather than guessed.
 */
export const SESSION_LOCALE_SETTINGS: ReadonlySet<string> = new Set([
  'lc_messages',
  'lc_monetary',
  'lc_numeric',
  'lc_time',
]);

/** Values glibc with only C.UTF-8 installed takes: `C`, `POSIX`, '' and C.UTF-8 (its codeset in any case, `@modifier` ignored). */
const ACCEPTED = /^(?:|C|POSIX|C\.[Uu][Tt][Ff]-?8(?:@.*)?)$/s;
/** A language[_TERRITORY][.codeset][@modifier] name, or C/POSIX misspelt in case: no such locale there. */
const MISSING = /^(?:[a-z]{2,3}(?:_[A-Z]{2})?(?:\.[A-Za-z0-9-]+)?(?:@[a-z]+)?|c|posix|c\.utf-?8)$/;

/** How the server's glibc takes the locale name `text`: it has it, lacks it, or reads it in ways not pinned down here. */
export function libcLocaleVerdict(text: string): 'accepted' | 'missing' | 'unsure' {
  if (ACCEPTED.test(text)) return 'accepted';
  return MISSING.test(text) ? 'missing' : 'unsure';
}

/** The text of a locale name written as a '...' literal, a "..." identifier or a bare word (folded); undefined for any other token. */
export function localeNameText(token: SqlToken | undefined): string | undefined {
  if (!token) return undefined;
  if (token.kind === 'string' && token.value.startsWith("'"))
    return token.value.slice(1, -1).replaceAll("''", "'");
  if (token.kind === 'quoted' && !/^u&/i.test(token.value)) return token.value;
  if (token.kind === 'word' && token.value !== 'default') return token.value;
  return undefined;
}

/**
 * The collator version PostgreSQL 15's ICU (72, Debian bookworm) reports for the root collation and
 * the locales that use it unchanged (`und-x-icu`, `en`, `de`...): PGlite's newer ICU reports its
 * own (153.128), which pg_collation and pg_collation_actual_version() show as the server's. Tailored
 * locales, whose version differs, PGlite lacks (pg15-icu-locale.ts).
 */
export const SERVER_ICU_COLLATOR_VERSION = '153.120';

const SETTING_STATEMENT_HEADS = new Set(['set', 'alter', 'create']);

/**
 * A locale setting given a value the server's glibc lacks: `SET [SESSION | LOCAL] lc_x = | TO v`,
 * the same in `ALTER ROLE | DATABASE ... SET` and a routine's `SET` (15 checks the value there
 * too), and `set_config('lc_x', 'v', ...)`. A missing locale fails as on 15 (22023); a name glibc
 * reads in ways not pinned down here is refused. Undefined when nothing is to be said.
 */
export function localeSettingError(tokens: readonly SqlToken[]): LocaleError | undefined {
  const settable = SETTING_STATEMENT_HEADS.has(tokens[0]?.kind === 'word' ? tokens[0].value : '');
  for (const [index, token] of tokens.entries()) {
    let name: string | undefined;
    let value: SqlToken | undefined;
    let after: SqlToken | undefined;
    if (settable && token.kind === 'word' && SESSION_LOCALE_SETTINGS.has(token.value)) {
      const before = tokens[index - 1];
      const isSet =
        before?.kind === 'word' &&
        (before.value === 'set' ||
          (['session', 'local'].includes(before.value) && tokens[index - 2]?.value === 'set'));
      const operator = tokens[index + 1];
      if (!isSet || !(operator?.value === '=' || (operator?.kind === 'word' && operator.value === 'to')))
        continue;
      name = token.value;
      value = tokens[index + 2];
      after = tokens[index + 3];
    } else if (
      token.kind === 'word' &&
      token.value === 'set_config' &&
      tokens[index + 1]?.value === '(' &&
      tokens[index + 3]?.value === ','
    ) {
      const setting = localeNameText(tokens[index + 2]);
      if (
        setting === undefined ||
        tokens[index + 2]?.kind !== 'string' ||
        !SESSION_LOCALE_SETTINGS.has(setting.toLowerCase())
      )
        continue;
      name = setting.toLowerCase();
      value = tokens[index + 4];
      if (value?.kind !== 'string') continue;
    } else continue;
    if (after?.value === ',') continue;
    const text = localeNameText(value);
    if (text === undefined) continue;
    const verdict = libcLocaleVerdict(text);
    if (verdict === 'missing')
      return { code: '22023', message: `invalid value for parameter "${name}": "${text}"` };
    if (verdict === 'unsure') {
      return {
        code: '0A000',
        message: `${name} set to the locale "${text}" is refused: PGlite's C library takes any locale name, while PostgreSQL 15 takes only the locales installed on its host (C.UTF-8 on the server the fake stands for), so the fake cannot answer as 15 does: run this test on the real server`,
      };
    }
  }
  return undefined;
}

export interface LocaleError {
  readonly code: string;
  readonly message: string;
  readonly detail?: string;
}

/**
 * CREATE COLLATION of the libc provider (the default) over a locale the server lacks: 15 creates
 * the collation and then loads its locales with newlocale(), LC_COLLATE's first, failing with
 * 22023 where glibc has none; PGlite's musl loads any name, so the collation was made. A name
 * glibc reads in ways not pinned down here is refused. Undefined for ICU, `FROM`, or a locale the
 * server has.
 */
export function libcCollationError(tokens: readonly SqlToken[]): LocaleError | undefined {
  const option = (name: string): SqlToken | undefined => {
    const at = tokens.findIndex(
      (token, index) => token.kind === 'word' && token.value === name && tokens[index + 1]?.value === '=',
    );
    return at < 0 ? undefined : tokens[at + 2];
  };
  const provider = option('provider');
  if (provider && !/^libc$/i.test(localeNameText(provider) ?? '')) return undefined;
  const locale = localeNameText(option('locale'));
  const collate = localeNameText(option('lc_collate')) ?? locale;
  const ctype = localeNameText(option('lc_ctype')) ?? locale;
  for (const name of collate === ctype ? [collate] : [collate, ctype]) {
    if (name === undefined) continue;
    const verdict = libcLocaleVerdict(name);
    if (verdict === 'missing') {
      return {
        code: '22023',
        message: `could not create locale "${name}": No such file or directory`,
        detail: `The operating system could not find any locale data for the locale name "${name}".`,
      };
    }
    if (verdict === 'unsure') {
      return {
        code: '0A000',
        message: `a libc collation over the locale "${name}" is refused: PGlite's C library takes any locale name, while PostgreSQL 15 takes only the locales installed on its host (C.UTF-8 on the server the fake stands for), so the fake cannot answer as 15 does: run this test on the real server`,
      };
    }
  }
  return undefined;
}
