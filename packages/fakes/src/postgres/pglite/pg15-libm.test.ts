import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

/** Starting PGlite takes seconds on a busy machine; it happens once per worker and schema. */
const PGLITE_START_MS = 60_000;

// Every expected answer below is PostgreSQL 15's (glibc), checked against a 15 server.
describe('PgliteEngine computes sin, cos and polygon(circle) as PostgreSQL 15', () => {
  it(
    'rounds as glibc does where musl is one unit off, and keeps the built-ins’ errors',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: [] });
      expect(
        (
          await pool.query(
            `SELECT sin(8 * (2 * pi() / 12))::text AS s, cos(0)::text AS c, sin('-0'::float8)::text AS z,
               sin('NaN'::float8)::text AS n, sin(1e300)::text AS big,
               polygon('<(0,0),2>'::circle)::text AS p`,
          )
        ).rows,
      ).toEqual([
        {
          s: '-0.8660254037844384',
          c: '1',
          z: '-0',
          n: 'NaN',
          big: '-0.8178819121159085',
          p: '((-2,0),(-1.7320508075688774,0.9999999999999999),(-1.0000000000000002,1.7320508075688772),(-1.2246467991473532e-16,2),(0.9999999999999996,1.7320508075688774),(1.732050807568877,1.0000000000000007),(2,2.4492935982947064e-16),(1.7320508075688776,-0.9999999999999994),(1.0000000000000009,-1.7320508075688767),(3.6739403974420594e-16,-2),(-0.9999999999999987,-1.732050807568878),(-1.7320508075688767,-1.0000000000000009))',
        },
      ]);
      await expect(pool.query("SELECT sin('Infinity'::float8)")).rejects.toMatchObject({
        code: '22003',
        message: 'input is out of range',
      });
      const zero = pool.query("SELECT polygon(4, '<(0,0),0>'::circle)");
      await expect(zero).rejects.toMatchObject({ code: '0A000', where: undefined });
      await pool.end();
    },
    PGLITE_START_MS,
  );
});
