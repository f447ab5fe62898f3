export { type ArgMatcher, any, anyNumber, anyString, argThat, type ExpectedArg } from './arg-matchers.js';
export { createPgMock, type PgMockOptions } from './create-pg-mock.js';
export type {
  CloseExpectation,
  ConnectExpectation,
  ExecExpectation,
  PrepareExpectation,
  QueryExpectation,
  TransactionExpectation,
} from './expectation.js';
export type { QueryCall } from './failure-message.js';
export { MockClient } from './mock-client.js';
export { type ConnectCallback, MockPool } from './mock-pool.js';
export type { MockRow } from './mock-result.js';
export { type PgErrorFields, pgError } from './pg-error.js';
export { PgMock } from './pg-mock.js';
export { PgMockError, type PgMockErrorCode } from './pg-mock-error.js';
export type { SqlMatcherFn, SqlMatching, SqlPattern } from './sql-pattern.js';
