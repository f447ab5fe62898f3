import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

async function outcomes(schema: string, ...statements: string[]): Promise<(string | undefined)[]> {
  const fake = await createFakePostgres({ engine: 'pg-mem' });
  const codes: (string | undefined)[] = [];
  for (const sql of [schema, ...statements]) {
    codes.push(
      await fake.pool.query(sql).then(
        () => 'ok',
        (error: unknown) => (error as { code?: string }).code,
      ),
    );
  }
  return codes;
}

describe("a CHECK constraint's integer arithmetic, as PostgreSQL's int4 operators compute it", () => {
  it('raises 22012 for a zero divisor where pg-mem divided to Infinity', async () => {
    expect(
      await outcomes('CREATE TABLE z (a int, b int CHECK (a / b > 0))', 'INSERT INTO z VALUES (1, 0)'),
    ).toEqual(['ok', '22012']);
    expect(await outcomes('CREATE TABLE z (a int CHECK (10 % a = 0))', 'INSERT INTO z VALUES (0)')).toEqual([
      'ok',
      '22012',
    ]);
  });

  it('truncates an integer quotient (1 / 2 is 0, so the CHECK fails)', async () => {
    expect(
      await outcomes(
        'CREATE TABLE z (a int CHECK (a / 2 > 0))',
        'INSERT INTO z VALUES (1)',
        'INSERT INTO z VALUES (2)',
      ),
    ).toEqual(['ok', '23514', 'ok']);
  });

  it('raises 22003 past the integer range where pg-mem computed in doubles', async () => {
    expect(
      await outcomes('CREATE TABLE k (a int CHECK (a * 1000000 > 0))', 'INSERT INTO k VALUES (3000)'),
    ).toEqual(['ok', '22003']);
    expect(
      await outcomes('CREATE TABLE k (a smallint CHECK (a + a > 0))', 'INSERT INTO k VALUES (20000)'),
    ).toEqual(['ok', '22003']);
    expect(
      await outcomes('CREATE TABLE k (a bigint CHECK (a * 1000000 > 0))', 'INSERT INTO k VALUES (3000)'),
    ).toEqual(['ok', 'ok']);
  });

  it('keeps ordinary arithmetic CHECKs working, and refuses a division of other types', async () => {
    expect(
      await outcomes(
        'CREATE TABLE k (lo int, hi int, CHECK (lo + 1 <= hi))',
        'INSERT INTO k VALUES (1, 2)',
        'INSERT INTO k VALUES (2, 2)',
      ),
    ).toEqual(['ok', 'ok', '23514']);
    // Typed as a statement's expression, a numeric quotient is PostgreSQL's, or refused where its scale is in doubt.
    expect(
      await outcomes(
        'CREATE TABLE k (a numeric CHECK (a / 2 > 0))',
        'INSERT INTO k VALUES (4)',
        'INSERT INTO k VALUES (0)',
      ),
    ).toEqual(['ok', 'ok', '0A000']);
  });
});

describe("a CHECK constraint's NULLs, as PostgreSQL's three-valued logic treats them", () => {
  it('fails NULL AND false, and NOT (NULL OR true), which pg-mem computed as NULL (a pass)', async () => {
    expect(
      await outcomes(
        'CREATE TABLE n (a int, b int, CHECK (a > 0 AND b > 0), CHECK (NOT (a > 0 OR b > 0) OR b < 5))',
        'INSERT INTO n VALUES (NULL, -1)',
        'INSERT INTO n VALUES (NULL, 7)',
        'INSERT INTO n VALUES (NULL, 1)',
        'INSERT INTO n VALUES (1, 1)',
      ),
    ).toEqual(['ok', '23514', '23514', 'ok', 'ok']);
  });

  it('skips NULL arguments of greatest() and least(), which pg-mem made NULL (a pass)', async () => {
    expect(
      await outcomes(
        'CREATE TABLE g (a int, b int, c int, CHECK (greatest(a, b, c) < 10), CHECK (least(a, b) > 0))',
        'INSERT INTO g VALUES (11, NULL, NULL)',
        'INSERT INTO g VALUES (NULL, -1, 1)',
        'INSERT INTO g VALUES (NULL, NULL, NULL)',
        'INSERT INTO g VALUES (5, NULL, 9)',
      ),
    ).toEqual(['ok', '23514', '23514', 'ok', 'ok']);
  });
});

describe("a CHECK constraint's functions and operators, as a statement's expression runs them", () => {
  // upper('ß') and lower('ΣΣ') were 'SS' and 'σς' (JavaScript's mapping, not C.UTF-8's): now refused.
  it("refuses pg-mem's case mapping of non-ASCII text, and gives LIKE its ESCAPE and -a its overflow", async () => {
    expect(
      await outcomes(
        "CREATE TABLE c (s text CHECK (s = upper(s)), l text CHECK (lower(l) = 'σς'), p text CHECK (p LIKE 'a\\%%'), a int CHECK (-a <> 0))",
        "INSERT INTO c (s) VALUES ('ß')",
        "INSERT INTO c (l) VALUES ('ΣΣ')",
        "INSERT INTO c (p) VALUES ('ab')",
        "INSERT INTO c (p) VALUES ('a%b')",
        'INSERT INTO c (a) VALUES (-2147483648)',
      ),
    ).toEqual(['ok', '0A000', '0A000', '23514', 'ok', '22003']);
  });
});
