import { describe, expect, it } from 'vitest';
import {
  ConcurrencyConflictError,
  DependencyUnavailableError,
  DuplicateError,
  hasErrorCode,
  InvalidTransitionError,
  NotFoundError,
  PaymentDeclinedError,
  PaymentRequestRejectedError,
  PaymentUnavailableError,
  PORT_ERROR_CODES,
  PublishError,
  SEAMS_ERROR_CODES,
  SeamsError,
  ValidationError,
} from './errors.js';

const cause = new Error('driver said no');

const cases = [
  { error: new NotFoundError('Invoice', 'inv-1', { cause }), name: 'NotFoundError', code: 'NOT_FOUND' },
  { error: new DuplicateError('Invoice', 'inv-1', { cause }), name: 'DuplicateError', code: 'DUPLICATE' },
  {
    error: new ConcurrencyConflictError('Invoice', 'inv-1', 2, { cause }),
    name: 'ConcurrencyConflictError',
    code: 'CONCURRENCY_CONFLICT',
  },
  {
    error: new InvalidTransitionError('invoice', 'void', 'issued', { cause }),
    name: 'InvalidTransitionError',
    code: 'INVALID_TRANSITION',
  },
  {
    error: new ValidationError([{ path: 'x', code: 'required', message: 'm' }], { cause }),
    name: 'ValidationError',
    code: 'VALIDATION_FAILED',
  },
  {
    error: new PaymentDeclinedError('insufficient_funds', undefined, { cause }),
    name: 'PaymentDeclinedError',
    code: 'PAYMENT_DECLINED',
  },
  {
    error: new PaymentUnavailableError('gave up', 3, 503, { cause }),
    name: 'PaymentUnavailableError',
    code: 'PAYMENT_UNAVAILABLE',
  },
  {
    error: new PaymentRequestRejectedError(422, 'idempotency_key_reused', 'key reused', { cause }),
    name: 'PaymentRequestRejectedError',
    code: 'PAYMENT_REQUEST_REJECTED',
  },
  {
    error: new PublishError('nacked', 'broker nacked', { cause }),
    name: 'PublishError',
    code: 'PUBLISH_FAILED',
  },
  {
    error: new DependencyUnavailableError('postgres', 'down', { cause }),
    name: 'DependencyUnavailableError',
    code: 'DEPENDENCY_UNAVAILABLE',
  },
] as const;

describe('errors', () => {
  it.each(cases)('$name has its name, stable code and cause', ({ error, name, code }) => {
    expect(error).toBeInstanceOf(SeamsError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe(name);
    expect(error.code).toBe(code);
    expect(error.cause).toBe(cause);
    expect(hasErrorCode(error, code)).toBe(true);
    expect(String(error)).toContain(name);
  });

  it('every port error is among the codes, and each code is its own value', () => {
    expect(new Set(cases.map(({ code }) => code))).toEqual(new Set(PORT_ERROR_CODES));
    for (const [key, value] of Object.entries(SEAMS_ERROR_CODES)) expect(value).toBe(key);
    for (const code of PORT_ERROR_CODES) expect(SEAMS_ERROR_CODES[code]).toBe(code);
  });

  it('leaves cause undefined when none is given', () => {
    expect(new NotFoundError('Invoice', 'inv-1').cause).toBeUndefined();
  });

  it('says what happened in the message', () => {
    expect(new NotFoundError('Invoice', 'inv-1').message).toBe('Invoice inv-1 was not found');
    expect(new DuplicateError('Invoice', 'inv-1').message).toBe('Invoice inv-1 already exists');
    expect(new ConcurrencyConflictError('Invoice', 'inv-1', 4).message).toBe(
      'Invoice inv-1 was changed concurrently (expected version 4)',
    );
    expect(new InvalidTransitionError('invoice', 'void', 'issued').message).toBe(
      'invoice cannot go from void to issued',
    );
    expect(new PaymentDeclinedError('card_expired').message).toBe('payment declined (card_expired)');
    expect(
      new ValidationError([{ path: '', code: 'not_object', message: 'must be an object' }]).message,
    ).toBe('invalid input: (root): must be an object');
  });

  it('keeps the details callers branch on', () => {
    expect(new PaymentUnavailableError('gave up', 3, 503)).toMatchObject({ attempts: 3, lastStatus: 503 });
    expect(new PublishError('unroutable', 'no queue')).toMatchObject({ reason: 'unroutable' });
    expect(new ConcurrencyConflictError('Invoice', 'inv-1', 7)).toMatchObject({
      entity: 'Invoice',
      expectedVersion: 7,
    });
  });

  it('hasErrorCode matches by code only, so duplicated package copies still match', () => {
    expect(hasErrorCode({ code: 'NOT_FOUND' }, 'NOT_FOUND')).toBe(true);
    expect(hasErrorCode(new NotFoundError('Invoice', 'inv-1'), 'DUPLICATE')).toBe(false);
    expect(hasErrorCode(null, 'NOT_FOUND')).toBe(false);
    expect(hasErrorCode('NOT_FOUND', 'NOT_FOUND')).toBe(false);
    expect(
      hasErrorCode(
        Object.assign(() => undefined, { code: 'NOT_FOUND' }),
        'NOT_FOUND',
      ),
    ).toBe(false);
  });
});
