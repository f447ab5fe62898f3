import type { IdempotencyCase } from '../idempotency-case.js';
import { concurrencyCases } from './concurrency.js';
import { expiryCases } from './expiry.js';
import { fingerprintCases } from './fingerprints.js';
import { keyCases } from './keys.js';
import { lifecycleCases } from './lifecycle.js';
import { responseCases } from './responses.js';
import { round16Cases } from './round-16.js';
import { round17Cases } from './round-17.js';
import { round18Cases } from './round-18.js';
import { round19Cases } from './round-19.js';
import { round20Cases } from './round-20.js';
import { round21Cases } from './round-21.js';
import { round25Cases } from './round-25.js';
import { round27Cases } from './round-27.js';
import { validationCases } from './validation.js';

/** The IdempotencyStore differential corpus, in the order the snapshot lists it. */
export const IDEMPOTENCY_CORPUS: readonly IdempotencyCase[] = [
  ...lifecycleCases,
  ...concurrencyCases,
  ...expiryCases,
  ...fingerprintCases,
  ...keyCases,
  ...responseCases,
  ...validationCases,
  ...round16Cases,
  ...round17Cases,
  ...round18Cases,
  ...round19Cases,
  ...round20Cases,
  ...round21Cases,
  ...round25Cases,
  ...round27Cases,
];
