import { describe, expect, it } from 'vitest';
import {
  plainDecimal,
  withDefaultValuesRead,
  withExponentLiteralsRead,
  withImplicitReferencesRead,
  withJsonPathRead,
} from './parser-rewrites.js';

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

describe('withExponentLiteralsRead', () => {
  it('writes each exponent literal as the plain decimal of its value and PostgreSQL display scale', () => {
    expect(plainDecimal('1e3')).toBe('1000.');
    expect(plainDecimal('1.5E3')).toBe('1500.');
    expect(plainDecimal('1.50e1')).toBe('15.0');
    expect(plainDecimal('1e-3')).toBe('0.001');
    expect(plainDecimal('12e-1')).toBe('1.2');
    expect(plainDecimal('.5e+1')).toBe('5.');
    expect(plainDecimal('0.0e0')).toBe('0.0');
    expect(plainDecimal('1.e2')).toBe('100.');
    expect(plainDecimal('123')).toBeUndefined();
    expect(plainDecimal('1e101')).toBeUndefined();
  });

  it('rewrites number tokens only, never inside literals, names or comments, nor one glued to a name', () => {
    expect(withExponentLiteralsRead('SELECT 1e3 AS a, -2E-2, \'x 1e3\', "c1e3" -- 1e3\nFROM t')).toBe(
      'SELECT 1000. AS a, -0.02, \'x 1e3\', "c1e3" -- 1e3\nFROM t',
    );
    expect(withExponentLiteralsRead('SELECT 1e3abc, 1e3.5')).toBe('SELECT 1e3abc, 1e3.5');
  });
});

describe('withJsonPathRead', () => {
  it('writes the #> operator as OPERATOR(seams_jsonb_path.#>>), leaving #>>, #- and literals alone', () => {
    expect(
      withJsonPathRead("SELECT doc#>'{a}', doc #> ARRAY[$1], doc #>> '{b}', doc #- '{c}', '#>' FROM t"),
    ).toBe(
      "SELECT doc OPERATOR(seams_jsonb_path.#>>) '{a}', doc  OPERATOR(seams_jsonb_path.#>>)  ARRAY[$1], doc #>> '{b}', doc #- '{c}', '#>' FROM t",
    );
    expect(withJsonPathRead('SELECT "a#>b" FROM t -- x #> y')).toBe('SELECT "a#>b" FROM t -- x #> y');
  });
});
