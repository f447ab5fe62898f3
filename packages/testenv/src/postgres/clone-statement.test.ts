import { describe, expect, it } from 'vitest';
import { cloneStatement } from './clone-statement.js';

describe('cloneStatement', () => {
  it('clones from the template with the chosen strategy, names quoted', () => {
    expect(cloneStatement('seams_a_b_1', 'seams_a_tpl_f', ' STRATEGY = FILE_COPY')).toBe(
      'CREATE DATABASE "seams_a_b_1" TEMPLATE "seams_a_tpl_f" STRATEGY = FILE_COPY',
    );
  });

  it('refuses a name testenv did not make', () => {
    expect(() => cloneStatement('x; DROP DATABASE postgres', 'seams_a_tpl_f', '')).toThrow(/unsafe/);
  });
});
