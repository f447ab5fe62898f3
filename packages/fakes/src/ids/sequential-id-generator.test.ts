import { describe, expect, it } from 'vitest';
import { SequentialIdGenerator } from './sequential-id-generator.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('SequentialIdGenerator', () => {
  it('counts from 1 in a readable, valid UUID v4 shape', () => {
    const ids = new SequentialIdGenerator();
    expect([ids.next(), ids.next(), ids.next()]).toEqual([
      '00000000-0000-4000-8000-000000000001',
      '00000000-0000-4000-8000-000000000002',
      '00000000-0000-4000-8000-000000000003',
    ]);
    expect(ids.next()).toMatch(UUID_V4);
  });

  it('starts where asked and counts in hex', () => {
    const ids = new SequentialIdGenerator({ start: 255 });
    expect(ids.next()).toBe('00000000-0000-4000-8000-0000000000ff');
    expect(ids.next()).toBe('00000000-0000-4000-8000-000000000100');
  });

  it('is deterministic: two generators give the same sequence', () => {
    const a = new SequentialIdGenerator();
    const b = new SequentialIdGenerator();
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
  });
});
