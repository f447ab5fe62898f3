import { describe, expect, it } from 'vitest';
import { toPg15 } from './pg15-dialect.js';
import { icuKeywordLocale, withoutLocaleData } from './pg15-icu-locale.js';

describe('icuKeywordLocale', () => {
  it.each([
    ['und-u-ks-level2', 'und@colstrength=secondary'],
    ['und-u-ks-level1', 'und@colstrength=primary'],
    ['en-u-kn-true', 'en@colnumeric=yes'],
    ['en-u-kn', 'en@colnumeric=yes'],
    ['de-DE-u-co-standard', 'de_DE@collation=standard'],
    ['sr-latn-rs-u-ks-level2-kc-true', 'sr_Latn_RS@colstrength=secondary;colcaselevel=yes'],
    ['und-u-ka-shifted-ks-level1', 'und@colalternate=shifted;colstrength=primary'],
    ['en-u-kf-upper', 'en@colcasefirst=upper'],
  ])('writes %s as %s', (tag, locale) => {
    expect(icuKeywordLocale(tag)).toEqual({ locale });
  });

  it.each(['und', 'en-US', 'de_DE', '@colStrength=secondary', 'und@colStrength=secondary', 'C'])(
    'leaves %s to PGlite',
    (tag) => {
      expect(icuKeywordLocale(tag)).toBeUndefined();
    },
  );

  it.each([
    'und-u-kr-latn-digit',
    'und-u-ks-level9',
    'en-u-xx-yes',
    'en-GB-oxendict-u-ks-level2',
    'de-DE-u-co-phonebk',
  ])('refuses %s, which it cannot spell', (tag) => {
    expect(icuKeywordLocale(tag)).toHaveProperty('unsupported');
  });
});

describe('toPg15 on CREATE COLLATION', () => {
  it('hands PGlite the keyword form of an ICU tag, and refuses a keyword it cannot spell', () => {
    const ci = "CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false)";
    expect(toPg15(ci)?.text).toBe(
      "CREATE COLLATION ci (provider = icu, locale = E'und@colstrength=secondary', deterministic = false)",
    );
    // A libc collation is not given the ICU keyword form; over a name glibc reads in ways the fake
    // has not pinned down it is refused (pg15-locale-settings.ts).
    expect(toPg15("CREATE COLLATION c (provider = libc, locale = 'und-u-ks-level2')")?.refusal).toMatchObject(
      {
        code: '0A000',
        message: expect.stringContaining('libc collation over the locale "und-u-ks-level2"'),
      },
    );
    expect(toPg15("CREATE COLLATION r (provider = icu, locale = 'und-u-kr-latn')")?.refusal).toMatchObject({
      code: '0A000',
    });
  });
});

describe('withoutLocaleData', () => {
  it.each(['und', 'en-US', 'de_DE', 'fr-BE', 'pt-BR', 'und-u-ks-level2', 'en@colNumeric=yes', '', 'C'])(
    'leaves %s, whose collation is the root one, to PGlite',
    (tag) => {
      expect(withoutLocaleData(tag)).toBeUndefined();
    },
  );

  it.each([
    'sv',
    'sv-SE',
    'es',
    'da_DK',
    'fr-CA',
    'en-US-posix',
    'tr-u-ks-level2',
    'ja@colStrength=primary',
    'de@collation=phonebook',
  ])('refuses %s, which CLDR tailors', (tag) => {
    expect(withoutLocaleData(tag)).toContain(tag);
  });
});

describe('toPg15 on ICU collations PGlite lacks', () => {
  it('refuses CREATE COLLATION of a tailored language, which PGlite would sort as the root', () => {
    const sv = "CREATE COLLATION sv (provider = icu, locale = 'sv')";
    expect(toPg15(sv)?.refusal).toMatchObject({ code: '0A000' });
    expect(toPg15("CREATE COLLATION en1 (provider = icu, locale = 'en')")).toBeUndefined();
  });

  it("refuses a COLLATE naming one of 15's imported <locale>-x-icu collations but und-x-icu", () => {
    expect(toPg15('SELECT x FROM t ORDER BY x COLLATE "sv-x-icu"')?.refusal).toMatchObject({
      code: '0A000',
      position: 36,
    });
    expect(toPg15('SELECT x FROM t ORDER BY x COLLATE "und-x-icu"')?.refusal).toBeUndefined();
    expect(toPg15("SELECT '-x-icu\"' AS v")?.refusal).toBeUndefined();
    expect(toPg15('SELECT 1 AS "sv-x-icu"')?.refusal).toBeUndefined();
    expect(toPg15('SELECT x COLLATE pg_catalog."sv-x-icu" FROM t')?.refusal).toMatchObject({ code: '0A000' });
    expect(toPg15('CREATE COLLATION s FROM "sv-x-icu"')?.refusal).toMatchObject({ code: '0A000' });
  });
});
