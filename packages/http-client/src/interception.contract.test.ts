import { describePaymentGatewayContract } from '@seams/contracts';
import { FakePaymentsApi, mockHttp } from '@seams/fakes';
import { httpGatewayContractContext } from './testing/http-contract-context.js';

const BASE_URL = 'https://payments.example';

describePaymentGatewayContract({
  name: 'HttpPaymentGateway through mockHttp interception (no socket)',
  setup: () => {
    // The provider's rules answer in-process: mockHttp hands each intercepted fetch to them.
    const api = new FakePaymentsApi({ apiKey: 'sk_test_contract' });
    mockHttp()
      .post(`${BASE_URL}/v1/charges`)
      .header('authorization', /^Bearer /)
      .persist()
      .replyWith((request) => api.handle(request));
    return httpGatewayContractContext(api, BASE_URL);
  },
});
