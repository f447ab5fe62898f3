import { describe, expect, it } from 'vitest';
import { withDefaultValuesRead, withImplicitReferencesRead } from './parser-rewrites.js';

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

describe('withImplicitReferencesRead', () => {
  it('gives a REFERENCES without columns the primary key stand-in, outside literals and comments', () => {
    expect(
      withImplicitReferencesRead(
        `CREATE TABLE c (a int REFERENCES p ON DELETE CASCADE, b int references "P", d text DEFAULT 'REFERENCES q')`,
      ),
    ).toBe(
      `CREATE TABLE c (a int REFERENCES p ("seams: primary key") ON DELETE CASCADE, b int references "P" ("seams: primary key"), d text DEFAULT 'REFERENCES q')`,
    );
    expect(
      withImplicitReferencesRead('CREATE TABLE c (a int, FOREIGN KEY (a) REFERENCES public.parent)'),
    ).toBe('CREATE TABLE c (a int, FOREIGN KEY (a) REFERENCES public.parent ("seams: primary key"))');
  });

  it('leaves column lists, literals, dollar quotes and comments alone', () => {
    const texts = [
      'CREATE TABLE c (a int REFERENCES parent(id), b int REFERENCES parent (id))',
      "SELECT 'REFERENCES x', E'it\\'s REFERENCES y', $$REFERENCES z$$, $t$ REFERENCES w $t$",
      'SELECT 1 -- REFERENCES x\n/* REFERENCES /* y */ z */',
    ];
    for (const text of texts) expect(withImplicitReferencesRead(text)).toBe(text);
  });
});
