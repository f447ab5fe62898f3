import { describe, expect, it } from 'vitest';
import { matchesTopic } from './topic-pattern.js';

describe('matchesTopic', () => {
  it.each([
    ['order.created', 'order.created', true],
    ['order.created', 'order.paid', false],
    ['order.*', 'order.paid', true],
    ['order.*', 'order', false],
    ['order.*', 'order.paid.v2', false],
    ['*.paid', 'order.paid', true],
    ['order.#', 'order', true],
    ['order.#', 'order.a.b.c', true],
    ['order.#', 'orders.a', false],
    ['#', 'anything.at.all', true],
    ['#.paid', 'paid', true],
    ['#.paid', 'order.eu.paid', true],
    ['a.#.z', 'a.z', true],
    ['a.#.z', 'a.b.c.z', true],
    ['a.*.#', 'a', false],
    ['#', '', true],
    ['*', '', false],
    ['#.*', '', false],
    ['*', '.', false],
    ['a.*.b', 'a..b', true],
  ])('%s matches %s: %s', (pattern, key, expected) => {
    expect(matchesTopic(pattern, key)).toBe(expected);
  });
});
