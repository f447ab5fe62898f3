import { describe, expect, it } from 'vitest';
import { ClassicDeliveryCounts } from './classic-delivery-counts.js';

describe('ClassicDeliveryCounts', () => {
  it('counts 1 on a first delivery and one more on each redelivery, until the message is forgotten', () => {
    const counts = new ClassicDeliveryCounts();
    expect([counts.next('a', false), counts.next('a', true), counts.next('a', true)]).toEqual([1, 2, 3]);
    counts.forget('a');
    expect(counts.next('a', true)).toBe(2);
  });

  it('counts 2 for a redelivery it never saw, and forgets the oldest ids past its capacity', () => {
    const counts = new ClassicDeliveryCounts(2);
    counts.next('a', false);
    counts.next('b', false);
    counts.next('a', true);
    counts.next('c', false);
    // `c` pushed out `b`, the least recently delivered: `a` still counts on, `b` starts again at 2.
    expect([counts.next('a', true), counts.next('b', true)]).toEqual([3, 2]);
  });
});
