import { describe, expect, it } from 'vitest';
import { asPg15Error } from './pg15-errors.js';

const report = (fields: { code: string; message: string; detail?: string }) => ({
  severity: 'ERROR',
  ...fields,
});

describe('asPg15Error', () => {
  it("keeps a built-in SQL function's statement frame on its run-time 0A000, as 15 names it", () => {
    const message = 'unit "timezone" not supported for type timestamp without time zone';
    const where = 'SQL function "date_part" statement 1';
    expect(asPg15Error({ ...report({ code: '0A000', message }), where })).toEqual({
      ...report({ code: '0A000', message }),
      where,
    });
    expect(
      asPg15Error({ ...report({ code: '0A000', message }), where: 'SQL function "mine" statement 1' }),
    ).toEqual({ ...report({ code: '0A000', message }), where: 'SQL function "mine" during startup' });
  });

  it("words a superuser-only setting read by another role as 15 does, without 16's detail", () => {
    expect(
      asPg15Error(
        report({
          code: '42501',
          message: 'permission denied to examine "data_directory"',
          detail: 'Only roles with privileges of the "pg_read_all_settings" role may examine this parameter.',
        }),
      ),
    ).toEqual(
      report({
        code: '42501',
        message: 'must be superuser or have privileges of pg_read_all_settings to examine "data_directory"',
      }),
    );
  });

  it('reports WITH TIES beside SKIP LOCKED with no position, as 15 does', () => {
    const message = 'SKIP LOCKED and WITH TIES options cannot be used together';
    expect(asPg15Error({ ...report({ code: '42601', message }), position: '49' })).toEqual(
      report({ code: '42601', message }),
    );
  });

  it('drops the hint 17 gives a SET target qualified with the relation name', () => {
    const error = {
      ...report({ code: '42703', message: 'column "t" of relation "t" does not exist' }),
      position: '66',
    };
    expect(
      asPg15Error({ ...error, hint: 'SET target columns cannot be qualified with the relation name.' }),
    ).toEqual(error);
  });

  it("spells the setting in a conflicting DateStyle's detail in lower case, as 15 does", () => {
    const message = 'invalid value for parameter "DateStyle": "ISO, German"';
    expect(
      asPg15Error(report({ code: '22023', message, detail: 'Conflicting "DateStyle" specifications.' })),
    ).toEqual(report({ code: '22023', message, detail: 'Conflicting "datestyle" specifications.' }));
  });

  it("reports xmlpi()'s reserved target name `xml` as 15 does: 42601, the `?>` case left at 2200T", () => {
    const message = 'invalid XML processing instruction';
    const target = 'XML processing instruction target name cannot be "xml".';
    expect(asPg15Error(report({ code: '2200T', message, detail: target }))).toEqual(
      report({ code: '42601', message, detail: target }),
    );
    const closing = report({
      code: '2200T',
      message,
      detail: 'XML processing instruction cannot contain "?>".',
    });
    expect(asPg15Error(closing)).toEqual(closing);
  });

  it("refuses ICU case mapping PGlite's ICU lacks the data for, not an internal error 15 does not raise", () => {
    expect(
      asPg15Error(report({ code: 'XX000', message: 'case conversion failed: U_MISSING_RESOURCE_ERROR' })),
    ).toMatchObject({ code: '0A000', message: expect.stringContaining('ICU') });
  });

  it('refuses LIKE under an indeterminate collation, which 15 answers, rather than raise 42P22 as 18 does', () => {
    const refused = asPg15Error(
      report({ code: '42P22', message: 'could not determine which collation to use for LIKE' }),
    );
    expect(refused).toMatchObject({
      code: '0A000',
      message: expect.stringContaining('indeterminate collation'),
    });
    // 15 raises 42P22 itself for the regular expressions: that report is left as it is.
    const regex = report({
      code: '42P22',
      message: 'could not determine which collation to use for regular expression',
    });
    expect(asPg15Error(regex)).toMatchObject({ code: '42P22' });
  });

  it("leaves the setting's name unquoted in U&'' refused under standard_conforming_strings off, as 15 does", () => {
    const message = 'unsafe use of string constant with Unicode escapes';
    expect(
      asPg15Error(
        report({
          code: '0A000',
          message,
          detail:
            'String constants with Unicode escapes cannot be used when "standard_conforming_strings" is off.',
        }),
      ),
    ).toEqual(
      report({
        code: '0A000',
        message,
        detail:
          'String constants with Unicode escapes cannot be used when standard_conforming_strings is off.',
      }),
    );
  });

  it('reports a snapshot identifier naming no exported snapshot as 15 does: 22023, "invalid"', () => {
    expect(
      asPg15Error(report({ code: '42704', message: 'snapshot "00000003-0000001B-1" does not exist' })),
    ).toEqual(report({ code: '22023', message: 'invalid snapshot identifier: "00000003-0000001B-1"' }));
    const other = report({ code: '42704', message: 'type "nope" does not exist' });
    expect(asPg15Error(other)).toEqual(other);
  });

  it('reports an ON DELETE/UPDATE RESTRICT violation as 15 does: 23503, "still referenced"', () => {
    expect(
      asPg15Error(
        report({
          code: '23001',
          message:
            'update or delete on table "parent" violates RESTRICT setting of foreign key constraint "child_pid_fkey" on table "child"',
          detail: 'Key (id)=(1) is referenced from table "child".',
        }),
      ),
    ).toEqual(
      report({
        code: '23503',
        message:
          'update or delete on table "parent" violates foreign key constraint "child_pid_fkey" on table "child"',
        detail: 'Key (id)=(1) is still referenced from table "child".',
      }),
    );
  });

  it("words a foreign key's incompatible column types as 15 does", () => {
    const error = report({
      code: '42804',
      message: 'foreign key constraint "c_fk" cannot be implemented',
      detail:
        'Key columns "pid" of the referencing table and "id" of the referenced table are of incompatible types: text and integer.',
    });
    expect(asPg15Error(error).detail).toBe(
      'Key columns "pid" and "id" are of incompatible types: text and integer.',
    );
  });

  it('drops the detail of "cannot open relation" only; other wrong-kind reports keep theirs, as on 15', () => {
    const detail = 'This operation is not supported for tables.';
    expect(asPg15Error(report({ code: '42809', message: 'cannot open relation "plain"', detail }))).toEqual(
      report({ code: '42809', message: 'cannot open relation "plain"' }),
    );
    const onView = report({
      code: '42809',
      message: 'cannot create index on relation "v"',
      detail: 'This operation is not supported for views.',
    });
    expect(asPg15Error(onView)).toBe(onView);
  });
  it("gives XPath faults 15's SQLSTATEs, refusing the XMLTABLE one 15 splits by path", () => {
    const xpath = (message: string, detail?: string) =>
      report({ code: '10608', message, ...(detail && { detail }) });
    expect(
      asPg15Error(xpath('invalid XPath expression', 'Invalid expression'), "SELECT xpath('//[', x)"),
    ).toEqual(report({ code: 'XX000', message: 'invalid XPath expression', detail: 'Invalid expression' }));
    expect(asPg15Error(xpath('empty XPath expression'), "SELECT xpath('', x)").code).toBe('22000');
    expect(asPg15Error(xpath('column path filter must not be empty string')).code).toBe('22000');
    expect(asPg15Error(xpath('could not create XPath object', 'Undefined namespace prefix')).code).toBe(
      'XX000',
    );
    const table = asPg15Error(
      xpath('invalid XPath expression', 'Invalid expression'),
      "SELECT * FROM XMLTABLE('//[' PASSING x COLUMNS a int)",
    );
    expect(table.code).toBe('0A000');
    expect(table.message).toMatch(/real server/);
    const other = report({ code: '2200M', message: 'could not parse XML document' });
    expect(asPg15Error(other)).toBe(other);
  });

  it("gives a malformed array literal 15's detail where 17's array_in found another fault first", () => {
    const malformed = (literal: string, detail: string) =>
      report({ code: '22P02', message: `malformed array literal: "${literal}"`, detail });
    expect(asPg15Error(malformed('{a,"b"c}', 'Incorrectly quoted array element.'))).toEqual(
      malformed('{a,"b"c}', 'Unexpected array element.'),
    );
    expect(
      asPg15Error(
        malformed('{a,{b}}', 'Multidimensional arrays must have sub-arrays with matching dimensions.'),
      ),
    ).toEqual(malformed('{a,{b}}', 'Unexpected "{" character.'));
    // 17 stops at another character than 15's ArrayCount in some literals.
    expect(asPg15Error(malformed('{1.000,{}}', 'Unexpected "}" character.'))).toEqual(
      malformed('{1.000,{}}', 'Unexpected "{" character.'),
    );
    const same = malformed(
      '{{1},{2,3}}',
      'Multidimensional arrays must have sub-arrays with matching dimensions.',
    );
    expect(asPg15Error(same)).toBe(same);
  });
});
