import { describePaymentGatewayContract } from '@seams/contracts';
import { FakePaymentsApi, mockHttp } from '@seams/fakes';
import { httpGatewayContractContext } from './testing/http-contract-context.js';

const BASE_URL = 'https://payments.example';

describePaymentGatewayContract({
  name: 'HttpPaymentGateway through mockHttp interception (no socket)',
  setup: () => {
    // The provider's rules answer in-process: mockHttp hands each intercepted fetch to them.
    const api = new FakePaymentsApi({ apiKey: 'sk_test_contract' });
    const http = mockHttp();
    for (const [method, path] of [
      ['POST', '/v1/charges'],
      ['GET', '/v1/charges'],
      ['POST', '/v1/refunds'],
    ] as const) {
      http
        .intercept(method, `${BASE_URL}${path}`)
        .header('authorization', /^Bearer /)
        .persist()
        .replyWith((request) => api.handle(request));
    }
    return httpGatewayContractContext(api, BASE_URL);
  },
});
