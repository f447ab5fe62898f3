import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { hasLoneSurrogate } from './well-formed.js';

const CASES: readonly [string, boolean][] = [
  ['', false],
  ['plain ASCII', false],
  ['Latin-1 é', false],
  ['a pair 😀', false],
  ['\ud800', true],
  ['\udc00', true],
  ['a\ud800b', true],
  ['\udc00\ud800', true],
  ['😀\ud83d', true],
];

describe('hasLoneSurrogate', () => {
  it.each(CASES)('%j: %s', (text, lone) => {
    expect(hasLoneSurrogate(text)).toBe(lone);
  });

  it('answers the same where String.prototype.isWellFormed is missing', async () => {
    const prototype = String.prototype as { isWellFormed?: unknown };
    const native = Object.getOwnPropertyDescriptor(String.prototype, 'isWellFormed');
    expect(native).toBeDefined();
    delete prototype.isWellFormed;
    onTestFinished(() => {
      if (native) Object.defineProperty(String.prototype, 'isWellFormed', native);
    });
    vi.resetModules();
    const fallback = await import('./well-formed.js');
    expect(fallback.hasLoneSurrogate).not.toBe(hasLoneSurrogate);
    for (const [text, lone] of CASES)
      expect(fallback.hasLoneSurrogate(text), JSON.stringify(text)).toBe(lone);
  });
});
