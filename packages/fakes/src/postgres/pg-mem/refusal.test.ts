import { describe, expect, it } from 'vitest';
import { fixedHint, pgError } from './refusal.js';

describe("fixedHint: the hint PostgreSQL 15's parser attaches to an error of that form", () => {
  it.each([
    [
      '42883',
      'operator does not exist: text + integer',
      'No operator matches the given name and argument types. You might need to add explicit type casts.',
    ],
    [
      '42883',
      'operator does not exist: - timestamp with time zone',
      'No operator matches the given name and argument type. You might need to add an explicit type cast.',
    ],
    [
      '42883',
      'function upper(integer) does not exist',
      'No function matches the given name and argument types. You might need to add explicit type casts.',
    ],
    [
      '42725',
      'operator is not unique: unknown + unknown',
      'Could not choose a best candidate operator. You might need to add explicit type casts.',
    ],
    [
      '42725',
      'function f(unknown) is not unique',
      'Could not choose a best candidate function. You might need to add explicit type casts.',
    ],
  ])('%s %s', (code, message, hint) => {
    expect(fixedHint(code, message)).toBe(hint);
  });

  it.each([
    // regproc input names the function without arguments, and 15 gives it no hint.
    ['42883', 'function "foo" does not exist'],
    ['42883', 'could not identify an equality operator for type json'],
    ['42P01', 'relation "t" does not exist'],
  ])('none for %s %s', (code, message) => {
    expect(fixedHint(code, message)).toBeUndefined();
  });

  it("keeps a call site's own hint", () => {
    expect(pgError('42883', 'operator does not exist: text + integer', { hint: 'own' }).fields.hint).toBe(
      'own',
    );
  });
});
