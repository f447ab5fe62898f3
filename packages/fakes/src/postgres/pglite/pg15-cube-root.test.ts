import { describe, expect, it } from 'vitest';
import { toPg15 } from './pg15-dialect.js';

describe('toPg15: cube roots, which the WebAssembly C library rounds otherwise than glibc', () => {
  it('refuses cbrt and its C name dcbrt, which pg_proc lists too, when called', () => {
    expect(toPg15('SELECT cbrt(1e308::float8)')?.refusal).toMatchObject({ code: '0A000' });
    expect(toPg15('SELECT pg_catalog.dcbrt(1e308::float8)')?.refusal).toMatchObject({
      code: '0A000',
      message: expect.stringMatching(/^dcbrt\(\) is refused: PGlite/),
    });
    expect(toPg15('SELECT DCBRT(27)')?.refusal).toMatchObject({ code: '0A000' });
    expect(
      toPg15('CREATE FUNCTION dcbrt(int) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$')?.refusal,
    ).toBeUndefined();
  });
});
