import { describe, expect, it } from 'vitest';
import { withDefaultValuesRead } from './default-values.js';

describe('withDefaultValuesRead', () => {
  it('writes DEFAULT VALUES as a one-item VALUES row of DEFAULT', () => {
    expect(withDefaultValuesRead('insert into "settings" default values returning "id"')).toBe(
      'insert into "settings" VALUES (DEFAULT) returning "id"',
    );
    expect(withDefaultValuesRead('INSERT INTO "public"."Audit" AS a DEFAULT VALUES')).toBe(
      'INSERT INTO "public"."Audit" AS a VALUES (DEFAULT)',
    );
  });

  it('rewrites every statement of a simple-protocol text', () => {
    expect(withDefaultValuesRead('INSERT INTO t DEFAULT VALUES; INSERT INTO u DEFAULT VALUES')).toBe(
      'INSERT INTO t VALUES (DEFAULT); INSERT INTO u VALUES (DEFAULT)',
    );
  });

  it('leaves texts where the words could be inside a literal or comment', () => {
    const texts = [
      "INSERT INTO t DEFAULT VALUES RETURNING 'x'",
      'INSERT INTO t DEFAULT VALUES -- note',
      'INSERT INTO t DEFAULT VALUES RETURNING $$x$$',
      'SELECT 1',
    ];
    for (const text of texts) expect(withDefaultValuesRead(text)).toBe(text);
  });
});
