export { HttpMock, type MockMatcher, type MockReply, type MockResponder } from './http-mock.js';
export { describeRequest, type InterceptedRequest } from './intercepted-request.js';
export { MockHttp, type MockHttpOptions, mockHttp } from './mock-http.js';
export { MockHttpError } from './mock-http-error.js';
