import { describe, expect, it } from 'vitest';
import { transactionControl } from './transaction-control.js';

describe('transactionControl', () => {
  it('reads through comments, block comments nesting as in PostgreSQL', () => {
    expect(
      transactionControl('/* a /* nested */ comment */ BEGIN -- why\n ISOLATION LEVEL SERIALIZABLE'),
    ).toEqual({
      kind: 'begin',
      tag: 'BEGIN',
      modes: [{ kind: 'isolation', level: 'serializable' }],
    });
    expect(transactionControl('COMMIT /* done */;')).toEqual({ kind: 'commit' });
  });

  it('leaves a statement whose block comment never closes to the engine (PostgreSQL reports 42601)', () => {
    expect(transactionControl('/* a /* nested */ BEGIN')).toBeUndefined();
  });
});
