import { describe, expect, it } from 'vitest';
import { lastUsedOf, runPrefix, templateComment, templateName } from './database-names.js';

describe('database names', () => {
  it('names a template by its key alone, so every run with the same migrations finds it', () => {
    expect(templateName('schema-v1')).toBe(templateName('schema-v1'));
    expect(templateName('schema-v1')).not.toBe(templateName('schema-v2'));
    expect(templateName('schema-v1')).toMatch(/^seams_tpl_[0-9a-f]{16}$/);
  });

  it('keeps templates apart from the run databases that sweeps drop', () => {
    expect(templateName('k').startsWith(runPrefix('tpl00000'))).toBe(false);
    expect(/^seams_([a-z0-9]{8})_/.test(templateName('k'))).toBe(false);
  });

  it('reads back when a template was last used, and nothing from a comment not its own', () => {
    const when = new Date('2026-12-03T12:00:00.000Z');
    expect(lastUsedOf(templateComment(when))).toEqual(when);
    expect(lastUsedOf('seams-testenv template, last used yesterday')).toBeUndefined();
    expect(lastUsedOf('a comment of someone else')).toBeUndefined();
    expect(lastUsedOf(null)).toBeUndefined();
  });
});
