import type { CatalogStatement } from './pg15-catalog.js';

// A literal, not pg15-catalog's constant: that module imports this one (as pg15-type-input.ts does).
const PREFIX = 'pglite18_';

/**
 * Date/time text with words in it, read as PostgreSQL 15 reads it. 16-18 read such text otherwise
 * in three ways: 16 reads `+infinity` (15 raises 22007) and refuses `epoch`, `infinity` or
 * `-infinity` beside other fields (`'epoch 01:01:01'`, which 15 reads as the word alone); 18 looks a
 * zone abbreviation up in the session time zone's own data before timezone_abbreviations' set, so
 * under Asia/Kolkata `IST` is +05:30 (15: the set's +02), and under America/New_York `LMT` or `EWT`
 * is read (15 knows neither: 22007).
 *
 * Text without two letters in a row (`2024-01-01 10:00+00`, `2024-01-01T10:00:00.000Z`) reads
 * alike on both and never comes here: the text casts of pg15-catalog.ts (`t::timestamptz` of a
 * column, `('10:00 ' || 'IST')::timestamptz`) test for that first, a regular expression match. The rest
 * comes here: under a UTC session zone (whose data has no abbreviation but UTC, the set's too) the
 * built-in reads it as 15; otherwise a word the session zone's data uses as an abbreviation sends
 * the text to the built-in under TimeZone UTC, so that every abbreviation is read by the set alone,
 * as 15 does: a zone written in the text makes the value the same under any session zone, and date,
 * time and timestamp read the zone only to check it. (`now`, `today` and the like beside such an
 * abbreviation depend on the session zone: those are refused.)
 *
 * Not pg_type's input functions (as pg15-type-input.ts does for the numbers): a SQL stand-in there
 * costs every date/time input a SQL function call, measured at 7 times the built-in's time per value
 * on PGlite. Literals and parameters are read by the dialect and the engine instead.
 */
export interface DatetimeType {
  readonly oid: number;
  readonly type: string;
  /** 15's name of the type in its input errors. */
  readonly name: string;
  /** The built-in input function's call on `%s` (a cstring) and the typmod `%m`. */
  readonly call: string;
  /** Whether the type reads `epoch` and `infinity` (date and the timestamps). */
  readonly special: boolean;
}

export const DATETIME_TYPES: readonly DatetimeType[] = [
  { oid: 1082, type: 'date', name: 'date', call: 'pg_catalog.date_in(%s)', special: true },
  {
    oid: 1114,
    type: 'timestamp',
    name: 'timestamp',
    call: 'pg_catalog.timestamp_in(%s, 0, %m)',
    special: true,
  },
  {
    oid: 1184,
    type: 'timestamptz',
    name: 'timestamp with time zone',
    call: 'pg_catalog.timestamptz_in(%s, 0, %m)',
    special: true,
  },
  { oid: 1083, type: 'time', name: 'time', call: 'pg_catalog.time_in(%s, 0, %m)', special: false },
  {
    oid: 1266,
    type: 'timetz',
    name: 'time with time zone',
    call: 'pg_catalog.timetz_in(%s, 0, %m)',
    special: false,
  },
];

/**
 * Zone abbreviations some zone's own data uses that neither timezone_abbreviations' Default set nor
 * a zone name has (found by reading pg_timezone_abbrevs_zone() under each of PGlite's zones, less the
 * set and the names; none is in 15's set either). 15 refuses any of them in date/time text (22007)
 * under any session zone; 18 reads those of the session zone's data. A word of this list in a
 * literal or a parameter is refused with 15's error by the dialect and the engine.
 */
export const ZONE_DATA_ABBREVIATIONS: readonly string[] = (
  'ADDT ADMT AHDT AHST APT AWDT AWT BMT CAT CEMT CMT CPT CWT DMT EMT EPT EWT FFMT FMT GDT GST HDT HKST ' +
  'HKWT HMT HPT HWT IDDT IMT JDT JMT KMT LMT LST MDST MWT NDDT NWT NZMT PLMT PMMT PMT PPMT PPT QMT RMT ' +
  'SDMT SET SJMT SMT SST TBMT WEMT WEST WIB WIT WITA WMT YDDT YDT YPT YST YWT ZMT'
).split(' ');
/** One of them as a word (not inside a zone name): a pattern JavaScript and POSIX AREs read alike. */
export const ZONE_DATA_ABBREVIATION = new RegExp(
  `(?:^|[^A-Za-z0-9_/+-])(?:${ZONE_DATA_ABBREVIATIONS.join('|')})(?:[^A-Za-z0-9_/]|$)`,
  'i',
);

const SPECIAL_TIME = String.raw`([01]?\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,6})?)?`;
const SPECIAL_DATE = String.raw`\d{4}-(0[1-9]|1[0-2])-(0[1-9]|1\d|2[0-8])`;
const SPECIAL_OFFSET = String.raw`[+-](0?\d|1[0-2])(:?[0-5]\d)?`;
const SPECIAL_WORD = '(epoch|-?infinity)';
/**
 * `epoch`, `infinity` or `-infinity` beside fields 15 checks and then reads past, so that the text
 * is the special value: a valid ISO date before the word, a time on one side of it, a numeric zone
 * offset (`'2024-01-15 10:30 +05 epoch'`, `'epoch 01:01:01'`, `'infinity +02'`). 15 refuses (22007)
 * many other fields beside the word (`'epoch 10:30 America/New_York'`, `'bc 2024-02-30 infinity'`,
 * `'epoch 2024-001'`), a date after it among them, and reads some (`'2024-01-15 epoch allballs'`
 * is 2024-01-15): text of any other shape with a special word is not read as the word alone. Case
 * insensitive; a pattern JavaScript and POSIX AREs read alike.
 */
export const SPECIAL_WORD_ALONE =
  `^\\s*(${SPECIAL_DATE}\\s+)?((${SPECIAL_TIME}\\s+)?(${SPECIAL_OFFSET}\\s+)?${SPECIAL_WORD}` +
  `|${SPECIAL_WORD}(\\s+${SPECIAL_TIME})?(\\s+${SPECIAL_OFFSET})?)\\s*$`;

/** Two letters in a row: the cheap test that sends text to the words function (a POSIX ARE). */
export const DATETIME_WORD = '[a-zA-Z][a-zA-Z]';

/** The function reading text with words in it as 15 does: `(input text, typmod integer)`. */
export const datetimeWordsFunction = (type: string): string => `pg_catalog.${PREFIX}${type}_words`;

const REFUSAL =
  'a special value such as now or today beside a zone abbreviation the session time zone uses: PGlite (PostgreSQL 18) reads that abbreviation otherwise than PostgreSQL 15, so the fake refuses it: run this test on the real server';

const SPECIAL_REFUSAL =
  'epoch or infinity beside a relative word such as today: PGlite (PostgreSQL 18) refuses what PostgreSQL 15 reads, and the fake does not read it as 15 does: run this test on the real server';

const SPECIAL_FIELDS_REFUSAL =
  'epoch or infinity beside fields other than a date before it, a time and a numeric zone offset: PostgreSQL 15 checks those fields and then reads the word alone or refuses the text, PGlite (PostgreSQL 18) refuses it, and the fake does not check them as 15 does: run this test on the real server';

/** Zones whose own data has no abbreviation but UTC: nothing to look up (and the common case). */
const UTC_NAMES = `'{UTC,Etc/UTC,UCT,Etc/UCT,Universal,Etc/Universal,Zulu,Etc/Zulu}'::pg_catalog.text[]`;

/**
 * Every alphabetic abbreviation some zone's own data uses (found as ZONE_DATA_ABBREVIATIONS were):
 * text with none of them reads alike under any session zone, with no look-up of the zone's data.
 */
const ZONE_ABBREVIATIONS = (
  'ACDT ACST ADDT ADMT ADT AEDT AEST AHDT AHST AKDT AKST AMT APT AST AWDT AWST AWT BDST BDT BMT BST ' +
  'CAST CAT CDT CEMT CEST CET CMT CPT CST CWT DMT EAST EAT EDT EEST EET EMT EPT EST EWT FFMT FMT GDT ' +
  'GMT GST HDT HKST HKT HKWT HMT HPT HST HWT IDDT IDT IMT IST JDT JMT JST KDT KMT KST LMT LST MDST ' +
  'MDT MEST MET MMT MPT MSD MSK MST MWT NDDT NDT NPT NST NWT NZDT NZMT NZST PDT PKST PKT PLMT PMMT ' +
  'PMT PPMT PPT PST PWT QMT RMT SAST SDMT SET SJMT SMT SST TBMT TMT UTC WAST WAT WEMT WEST WET WIB ' +
  'WIT WITA WMT YDDT YDT YPT YST YWT ZMT'
).split(' ');
const ANY_ZONE_ABBREVIATION = `(^|[^[:alpha:]])(${ZONE_ABBREVIATIONS.join('|')})([^[:alpha:]]|$)`;

/** One of ZONE_DATA_ABBREVIATIONS as a word, which 15 reads nowhere (22007, beside `today` too). */
const ANY_ZONE_DATA_ABBREVIATION = `(^|[^[:alnum:]_/+-])(${ZONE_DATA_ABBREVIATIONS.join('|')})([^[:alnum:]_/]|$)`;

const RAISE = `pg_catalog.${PREFIX}datetime_words_error`;
const ZONE_WORD = `pg_catalog.${PREFIX}session_zone_word`;

/** The words and under-UTC functions of each type; plpgsql bodies, checked when called. */
export function datetimeWordStatements(): CatalogStatement[] {
  // Stable, not immutable: never run early by the planner on a constant, and no bar to inlining.
  const raise: CatalogStatement = {
    text: `CREATE OR REPLACE FUNCTION ${RAISE}(code text, message text, result anyelement)
      RETURNS anyelement LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
      BEGIN
        RAISE EXCEPTION USING ERRCODE = code, MESSAGE = message;
      END $$`,
    params: [],
  };
  // Whether a word of the text is an abbreviation of the session zone's own data (plpgsql: the
  // function it calls is renamed after this runs, pg15-newer-builtins.ts).
  const zoneWord: CatalogStatement = {
    text: `CREATE OR REPLACE FUNCTION ${ZONE_WORD}(input text) RETURNS boolean
      LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
      BEGIN
        RETURN EXISTS (SELECT FROM pg_catalog.regexp_matches(input, '[[:alpha:]]+', 'g') AS word(m)
          JOIN pg_catalog.${PREFIX}pg_timezone_abbrevs_zone() AS zone
            ON pg_catalog.upper(zone.abbrev) OPERATOR(pg_catalog.=) pg_catalog.upper(word.m[1]));
      END $$`,
    params: [],
  };
  return [
    raise,
    zoneWord,
    ...DATETIME_TYPES.flatMap(({ type, name, call, special }): CatalogStatement[] => {
      const read = (text: string, typmod: string): string =>
        call.replace('%s', `pg_catalog.textout(${text})`).replace('%m', typmod);
      const utc = `pg_catalog.${PREFIX}${type}_in_utc`;
      const invalid = `${RAISE}('22007', pg_catalog.format('invalid input syntax for type %s: "%s"', '${name}', input), NULL::pg_catalog.${type})`;
      // 15 reads a special word beside fields that set no date (`epoch 01:01:01`, `2024-01-01
      // epoch`) as the word alone; a date field after it (`infinity 2024-01-01`) or a second
      // special word conflicts (22007); a relative word after it wins, and moves; beside fields
      // of another shape (SPECIAL_WORD_ALONE) it is refused loudly.
      const specialArms = special
        ? `WHEN input OPERATOR(pg_catalog.~*) '^[[:space:]]*[+][[:space:]]*infinity[[:space:]]*$' THEN ${invalid}
           WHEN input OPERATOR(pg_catalog.~) '[^[:space:]][[:space:]]+[^[:space:]]'
             AND input OPERATOR(pg_catalog.~*) '(^|[[:space:]])(epoch|-?infinity)([[:space:]]|$)'
             THEN CASE
               WHEN input OPERATOR(pg_catalog.~*) '(^|[[:space:]])[-+]?(epoch|infinity)[[:space:]](.*[[:space:]])?[-+]?(epoch|infinity)([[:space:]]|$)'
                 OR input OPERATOR(pg_catalog.~*) '(^|[[:space:]])(epoch|-?infinity)[[:space:]](.*[[:space:]])?([0-9]+[-/]|[0-9]+[.][0-9]+[.])'
                 THEN ${invalid}
               WHEN input OPERATOR(pg_catalog.~*) '(^|[^[:alpha:]])(now|today|tomorrow|yesterday|allballs)([^[:alpha:]]|$)'
                 THEN ${RAISE}('0A000', '${SPECIAL_REFUSAL}', NULL::pg_catalog.${type})
               WHEN input OPERATOR(pg_catalog.~*) '${SPECIAL_WORD_ALONE}'
                 THEN ${read(`pg_catalog.lower(pg_catalog.substring(input, '(?i)(?:^|[[:space:]])(epoch|-?infinity)(?:[[:space:]]|$)'))`, 'typmod')}
               ELSE ${RAISE}('0A000', '${SPECIAL_FIELDS_REFUSAL}', NULL::pg_catalog.${type}) END`
        : '';
      return [
        {
          text: `CREATE OR REPLACE FUNCTION ${utc}(input text, typmod integer) RETURNS pg_catalog.${type}
            LANGUAGE sql STABLE PARALLEL SAFE SET "TimeZone" = 'UTC'
            AS $$ SELECT ${read('input', 'typmod')} $$`,
          params: [],
        },
        {
          // One CASE, so that the cast function calling it inlines it.
          text: `CREATE OR REPLACE FUNCTION ${datetimeWordsFunction(type)}(input text, typmod integer)
            RETURNS pg_catalog.${type} LANGUAGE sql STABLE PARALLEL SAFE AS $$
            SELECT CASE ${specialArms}
              WHEN pg_catalog.current_setting('TimeZone') OPERATOR(pg_catalog.=) ANY (${UTC_NAMES})
                OR input OPERATOR(pg_catalog.!~*) '${ANY_ZONE_ABBREVIATION}'
                OR NOT ${ZONE_WORD}(input) THEN ${read('input', 'typmod')}
              WHEN input OPERATOR(pg_catalog.~*) '${ANY_ZONE_DATA_ABBREVIATION}' THEN ${invalid}
              WHEN input OPERATOR(pg_catalog.~*) '(^|[^[:alpha:]])(now|today|tomorrow|yesterday)([^[:alpha:]]|$)'
                THEN ${RAISE}('0A000', '${REFUSAL}', NULL::pg_catalog.${type})
              ELSE ${utc}(input, typmod) END $$`,
          params: [],
        },
      ];
    }),
  ];
}
