import { describe, expect, it } from 'vitest';
import {
  assertionFailure,
  describeExpectedFailure,
  describeThrown,
  isExpectedFailure,
  matchesFailure,
} from './expected-failure.js';

class QueueFullError extends Error {
  override readonly name = 'QueueFullError';
  readonly code = 'QUEUE_FULL';
}

describe('matchesFailure', () => {
  const full = new QueueFullError('queue is full');

  it('matches a code on the thrown error itself only', () => {
    expect(matchesFailure({ code: 'QUEUE_FULL' }, full)).toBe(true);
    expect(matchesFailure({ code: 'QUEUE_FULL' }, new Error('x', { cause: full }))).toBe(false);
    expect(matchesFailure({ code: 'QUEUE_FULL' }, { code: 'QUEUE_EMPTY' })).toBe(false);
    expect(matchesFailure({ code: 'QUEUE_FULL' }, 'QUEUE_FULL')).toBe(false);
    expect(matchesFailure({ code: 'QUEUE_FULL' }, null)).toBe(false);
  });

  it('matches a class by instanceof, subclasses included', () => {
    expect(matchesFailure(QueueFullError, full)).toBe(true);
    expect(matchesFailure(Error, full)).toBe(true);
    expect(matchesFailure(RangeError, full)).toBe(false);
  });

  it('asks a predicate', () => {
    const predicate = { description: 'full', test: (e: unknown) => e === full };
    expect(matchesFailure(predicate, full)).toBe(true);
    expect(matchesFailure(predicate, new QueueFullError('another'))).toBe(false);
  });

  it('never takes a thrown error for a timeout', () => {
    expect(matchesFailure('timeout', new Error('timeout'))).toBe(false);
  });
});

describe('assertionFailure', () => {
  it('accepts only an AssertionError whose message matches', () => {
    const caught = (() => {
      try {
        expect(true).toBe(false);
      } catch (error) {
        return error;
      }
    })();
    expect(assertionFailure(/expected true to be false/).test(caught)).toBe(true);
    expect(assertionFailure(/expected false/).test(caught)).toBe(false);
    expect(assertionFailure(/expected true to be false/).test(new Error('expected true to be false'))).toBe(
      false,
    );
    expect(assertionFailure(/x/).description).toBe('assertion /x/');
  });
});

describe('describeExpectedFailure', () => {
  it('names each kind of declared failure in a few words', () => {
    expect(describeExpectedFailure('timeout')).toBe('timeout');
    expect(describeExpectedFailure({ code: '55P03' })).toBe('code 55P03');
    expect(describeExpectedFailure(QueueFullError)).toBe('QueueFullError');
    expect(describeExpectedFailure(class extends Error {})).toBe('an instance of an anonymous error class');
    expect(describeExpectedFailure({ description: 'a lock timeout', test: () => true })).toBe(
      'a lock timeout',
    );
  });
});

describe('describeThrown', () => {
  it('gives the name, the code when there is one and the first line of the message', () => {
    expect(describeThrown(new QueueFullError('queue is full\n  at the broker'))).toBe(
      'QueueFullError [code QUEUE_FULL]: queue is full',
    );
    expect(describeThrown(new TypeError('bad'))).toBe('TypeError: bad');
    expect(describeThrown(Object.assign(new Error('no code'), { code: undefined }))).toBe('Error: no code');
    expect(describeThrown('just a string')).toBe('a thrown string (just a string)');
  });
});

describe('isExpectedFailure', () => {
  it.each([
    ['timeout', 'timeout'],
    ['a code', { code: '55P03' }],
    ['Error', Error],
    ['an Error subclass', QueueFullError],
    ['a predicate', { description: 'd', test: () => true }],
  ])('accepts %s', (_, value) => {
    expect(isExpectedFailure(value)).toBe(true);
  });

  const yes = (): boolean => true;
  it.each<[string, unknown]>([
    ['another string', 'hangs'],
    ['an empty code', { code: '' }],
    ['a numeric code', { code: 55 }],
    ['a bare function', yes],
    ['a class that is not an error', class Queue {}],
    ['a predicate without description', { test: yes }],
    ['a predicate with an empty description', { description: '', test: yes }],
    ['a predicate with a description that is not a string', { description: 5, test: yes }],
    ['a description without a predicate', { description: 'd', test: 'yes' }],
    ['null', null],
    ['undefined', undefined],
  ])('refuses %s', (_, value) => {
    expect(isExpectedFailure(value)).toBe(false);
  });
});
