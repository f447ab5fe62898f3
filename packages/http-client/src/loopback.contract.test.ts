import { describePaymentGatewayContract } from '@seams/contracts';
import { FakePaymentsProvider } from '@seams/fakes';
import { httpGatewayContractContext } from './testing/http-contract-context.js';

describePaymentGatewayContract({
  name: 'HttpPaymentGateway over loopback HTTP (FakePaymentsProvider)',
  setup: async () => {
    const provider = await FakePaymentsProvider.start({ apiKey: 'sk_test_contract' });
    return { ...httpGatewayContractContext(provider, provider.url), teardown: () => provider.close() };
  },
});
