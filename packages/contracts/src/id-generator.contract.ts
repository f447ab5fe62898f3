import type { IdGenerator } from '@seams/ports';
import { expect } from 'vitest';
import { defineContract } from './define-contract.js';

/** What the IdGenerator contract needs. */
export interface IdGeneratorContractContext {
  readonly ids: IdGenerator;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The IdGenerator contract. */
export const idGeneratorContract = defineContract<IdGeneratorContractContext>()('IdGenerator', {
  'ids are lower-case RFC 9562 UUIDs': ({ ids }) => {
    for (let i = 0; i < 100; i++) expect(ids.next()).toMatch(UUID);
  },
  'ids never repeat (10,000 draws)': ({ ids }) => {
    const seen = new Set<string>();
    for (let i = 0; i < 10_000; i++) seen.add(ids.next());
    expect(seen.size).toBe(10_000);
  },
});

/** Registers the IdGenerator contract for one implementation. */
export const describeIdGeneratorContract = idGeneratorContract.register;
