/**
 * ICU locales written as BCP 47 language tags with collation keywords (`und-u-ks-level2`, the
 * case-insensitive collation of PostgreSQL 15's manual, 24.2.2.4; `en-u-kn-true`, numeric order):
 * PGlite's ICU opens them without their keywords (its data lacks the table that maps the `-u-`
 * keys to ICU's own), so `'abc' = 'ABC' COLLATE ci` is false there and a unique key on such a
 * column lets duplicates in. ICU's own keyword syntax (`und@colStrength=secondary`) it honours: a
 * CREATE COLLATION's tag is handed to PGlite in that form. A key or value without an ICU spelling
 * here is refused rather than dropped.
 */

/** BCP 47 collation keys (UTS #35) and their ICU keywords; values map where ICU spells them otherwise. */
const KEYS: Readonly<
  Record<string, { readonly keyword: string; readonly values: Readonly<Record<string, string>> }>
> = {
  ks: {
    keyword: 'colStrength',
    values: {
      level1: 'primary',
      level2: 'secondary',
      level3: 'tertiary',
      level4: 'quaternary',
      identic: 'identical',
    },
  },
  ka: { keyword: 'colAlternate', values: { noignore: 'non-ignorable', shifted: 'shifted' } },
  kb: { keyword: 'colBackwards', values: { true: 'yes', false: 'no' } },
  kc: { keyword: 'colCaseLevel', values: { true: 'yes', false: 'no' } },
  kf: { keyword: 'colCaseFirst', values: { upper: 'upper', lower: 'lower', false: 'no' } },
  kk: { keyword: 'colNormalization', values: { true: 'yes', false: 'no' } },
  kn: { keyword: 'colNumeric', values: { true: 'yes', false: 'no' } },
  kv: {
    keyword: 'maxVariable',
    values: { space: 'space', punct: 'punct', symbol: 'symbol', currency: 'currency' },
  },
  // Only the standard one: every other (phonebk, trad, pinyin...) is a tailoring, whose data
  // PGlite's ICU lacks, so it would sort by the root collation instead.
  co: { keyword: 'collation', values: { standard: 'standard' } },
};

/** language[-Script][-REGION], the part before the extension. */
const BASE = /^([a-z]{2,3})(?:-([a-z]{4}))?(?:-([a-z]{2}|\d{3}))?$/i;

/**
 * ICU's keyword form of `tag`: `{ locale }` when it holds a `-u-` extension PGlite's ICU would
 * ignore, `{ unsupported }` naming what has no spelling here, undefined when PGlite reads it as is.
 */
export function icuKeywordLocale(
  tag: string,
): { readonly locale: string } | { readonly unsupported: string } | undefined {
  const at = tag.toLowerCase().indexOf('-u-');
  if (at < 0) return undefined;
  const base = BASE.exec(tag.slice(0, at));
  if (!base) return { unsupported: `the ICU locale "${tag}"` };
  const [, language = '', script, region] = base;
  const subtags = tag
    .slice(at + 3)
    .toLowerCase()
    .split('-');
  const keywords: string[] = [];
  for (let index = 0; index < subtags.length; ) {
    const key = subtags[index] ?? '';
    const known = KEYS[key];
    if (!known) return { unsupported: `the ICU locale keyword "${key}" (in "${tag}")` };
    const values: string[] = [];
    index += 1;
    while (index < subtags.length && (subtags[index]?.length ?? 0) > 2) values.push(subtags[index++] ?? '');
    // A key without a value is `true` (UTS #35).
    const value = values.length === 0 ? 'true' : values.join('-');
    const spelled = known.values[value];
    if (spelled === undefined)
      return { unsupported: `the ICU locale keyword "${key}-${value}" (in "${tag}")` };
    // Lower case (ICU reads keywords in any case): the mark `ICU_WRITTEN` reads the tag back by.
    keywords.push(`${known.keyword.toLowerCase()}=${spelled}`);
  }
  const name = [
    language.toLowerCase() === 'und' ? 'und' : language.toLowerCase(),
    ...(script ? [script.charAt(0).toUpperCase() + script.slice(1).toLowerCase()] : []),
    ...(region ? [region.toUpperCase()] : []),
  ].join('_');
  return { locale: `${name}@${keywords.join(';')}` };
}

interface LocaleToken {
  readonly kind: string;
  readonly start: number;
  readonly end: number;
  readonly value: string;
}

/**
 * In a CREATE COLLATION's tokens, the ICU locale literal (`provider = icu, locale = '...'`) whose
 * keywords PGlite's ICU would drop, with what to do about it; `textOf` reads a string token.
 */
export function icuCollationLocale<T extends LocaleToken>(
  tokens: readonly T[],
  textOf: (token: T) => string,
):
  | { readonly token: T; readonly locale: string }
  | { readonly token: T; readonly unsupported: string }
  | undefined {
  const option = (name: string): T | undefined => {
    const at = tokens.findIndex(
      (token, index) => token.kind === 'word' && token.value === name && tokens[index + 1]?.value === '=',
    );
    return at < 0 ? undefined : tokens[at + 2];
  };
  const provider = option('provider');
  if (!provider || !/^icu$/i.test(provider.kind === 'string' ? textOf(provider) : provider.value))
    return undefined;
  const token = option('locale');
  if (token?.kind !== 'string') return undefined;
  const tag = textOf(token);
  const untailored = withoutLocaleData(tag);
  if (untailored) return { token, unsupported: untailored };
  const found = icuKeywordLocale(tag);
  return found && { token, ...found };
}

/**
 * Languages whose CLDR standard collation is the root collation itself (no tailoring). PGlite's
 * ICU carries the root collation's data and no locale's: `locale = 'sv'` opens there as the root,
 * so `'ö' < 'z'` where Swedish (PostgreSQL 15's ICU) sorts ö after z. These it sorts right.
 */
const ROOT_COLLATION_LANGUAGES: ReadonlySet<string> = new Set([
  'und',
  'root',
  'en',
  'de',
  'fr',
  'it',
  'nl',
  'pt',
  'id',
  'ms',
]);

/**
 * Why PGlite's ICU cannot sort by `tag` as PostgreSQL 15's does (a language tailored in CLDR, or
 * a tailored variant of an untailored one); undefined when the root collation is its collation.
 */
export function withoutLocaleData(tag: string): string | undefined {
  // The part before any keywords, `-u-` (BCP 47) or `@` (ICU's own form); `_` as ICU writes it.
  const base = tag.split('@')[0]?.toLowerCase().replaceAll('_', '-').split('-u-')[0] ?? '';
  if (base === '' || base === 'c' || base === 'posix') return undefined;
  const [language = '', ...rest] = base.split('-');
  const tailored =
    !ROOT_COLLATION_LANGUAGES.has(language) ||
    // Canadian French sorts accents backwards; en-US-POSIX sorts as ASCII.
    (language === 'fr' && rest.includes('ca')) ||
    rest.includes('posix') ||
    // ICU's own form of a tailored variant (`de@collation=phonebook`).
    /[@;]collation=(?!standard\b)/i.test(tag);
  return tailored
    ? `the ICU locale "${tag}" (its collation is tailored in CLDR and PGlite's ICU has only the root collation's data)`
    : undefined;
}

/**
 * Whether `name` is one of the `<locale>-x-icu` collations PostgreSQL 15's initdb imports from
 * ICU (806 of them): PGlite's catalog holds only `und-x-icu`, so a COLLATE naming another fails
 * there with 42704 where 15 sorts by it.
 */
export function isMissingIcuCollation(name: string): boolean {
  return name.endsWith('-x-icu') && name !== 'und-x-icu';
}

/**
 * pg_collation's locale as 15 shows it, the tag as written: the keyword form above read back
 * (`und@colstrength=secondary` is `und-u-ks-level2`). A locale written in ICU's own form keeps
 * its camel-case keywords, and any other locale, as it is.
 */
export const ICU_WRITTEN = 'pg_catalog.pglite18_icu_written';

export const ICU_WRITTEN_STATEMENT = {
  text: `CREATE OR REPLACE FUNCTION ${ICU_WRITTEN}(locale text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
    DECLARE
      keys jsonb := ${`'${JSON.stringify(
        Object.fromEntries(
          Object.entries(KEYS).map(([key, { keyword, values }]) => [
            keyword.toLowerCase(),
            { key, values: Object.fromEntries(Object.entries(values).map(([tag, icu]) => [icu, tag])) },
          ]),
        ),
      )}'`};
      at int := pg_catalog.strpos(locale, '@');
      tag text;
      item text;
      pair text[];
    BEGIN
      IF at = 0 THEN
        RETURN locale;
      END IF;
      tag := pg_catalog.replace(pg_catalog.left(locale, at - 1), '_', '-') OPERATOR(pg_catalog.||) '-u';
      FOREACH item IN ARRAY pg_catalog.string_to_array(pg_catalog.substr(locale, at + 1), ';') LOOP
        pair := pg_catalog.string_to_array(item, '=');
        IF NOT keys ? pair[1] OR NOT (keys -> pair[1] -> 'values') ? pair[2] THEN
          RETURN locale;
        END IF;
        tag := tag OPERATOR(pg_catalog.||) '-' OPERATOR(pg_catalog.||) (keys -> pair[1] ->> 'key')
          OPERATOR(pg_catalog.||) '-' OPERATOR(pg_catalog.||) (keys -> pair[1] -> 'values' ->> pair[2]);
      END LOOP;
      RETURN tag;
    END $$`,
  params: [],
};
