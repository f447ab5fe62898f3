import { describe, expect, it } from 'vitest';
import { toPg15 } from './pg15-dialect.js';
import { icuKeywordLocale } from './pg15-icu-locale.js';

describe('icuKeywordLocale', () => {
  it.each([
    ['und-u-ks-level2', 'und@colstrength=secondary'],
    ['und-u-ks-level1', 'und@colstrength=primary'],
    ['en-u-kn-true', 'en@colnumeric=yes'],
    ['en-u-kn', 'en@colnumeric=yes'],
    ['de-DE-u-co-phonebk', 'de_DE@collation=phonebook'],
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

  it.each(['und-u-kr-latn-digit', 'und-u-ks-level9', 'en-u-xx-yes', 'en-GB-oxendict-u-ks-level2'])(
    'refuses %s, which it cannot spell',
    (tag) => {
      expect(icuKeywordLocale(tag)).toHaveProperty('unsupported');
    },
  );
});

describe('toPg15 on CREATE COLLATION', () => {
  it('hands PGlite the keyword form of an ICU tag, and refuses a keyword it cannot spell', () => {
    const ci = "CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false)";
    expect(toPg15(ci)?.text).toBe(
      "CREATE COLLATION ci (provider = icu, locale = E'und@colstrength=secondary', deterministic = false)",
    );
    expect(toPg15("CREATE COLLATION c (provider = libc, locale = 'und-u-ks-level2')")?.text).toBeUndefined();
    expect(toPg15("CREATE COLLATION r (provider = icu, locale = 'und-u-kr-latn')")?.refusal).toMatchObject({
      code: '0A000',
    });
  });
});
