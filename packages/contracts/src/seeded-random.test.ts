import { describe, expect, it } from 'vitest';
import { SeededRandom } from './seeded-random.js';

describe('SeededRandom', () => {
  it('draws mulberry32’s numbers, so a seed kept in a corpus draws the same case everywhere', () => {
    const random = new SeededRandom(1);
    // mulberry32(1)'s first three outputs.
    expect([random.next(), random.next(), random.next()]).toEqual([
      0.6270739405881613, 0.002735721180215478, 0.5274470399599522,
    ]);
  });

  it('keeps int within its bounds, both included, and below under its count', () => {
    const random = new SeededRandom(7);
    const ints = Array.from({ length: 2_000 }, () => random.int(-2, 2));
    expect(new Set(ints)).toEqual(new Set([-2, -1, 0, 1, 2]));
    const belows = Array.from({ length: 2_000 }, () => random.below(3));
    expect(new Set(belows)).toEqual(new Set([0, 1, 2]));
  });

  it('picks from a list and refuses an empty one', () => {
    const random = new SeededRandom(3);
    expect(['a', 'b']).toContain(random.pick(['a', 'b']));
    expect(() => random.pick([])).toThrow(/empty/);
  });

  it('answers chance(0) never and chance(1) always', () => {
    const random = new SeededRandom(9);
    const draws = Array.from({ length: 100 }, () => [random.chance(0), random.chance(1)]);
    expect(draws.every(([never, always]) => !never && always)).toBe(true);
  });
});
