/** A request mockHttp could not answer, or a scope left in a state the test did not expect. */
export class MockHttpError extends Error {
  readonly code: 'MOCK_HTTP_UNMATCHED' | 'MOCK_HTTP_PENDING' | 'MOCK_HTTP_BUSY';

  constructor(code: MockHttpError['code'], message: string) {
    super(message);
    this.name = 'MockHttpError';
    this.code = code;
  }
}
