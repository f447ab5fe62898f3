export { PaymentRequestRejectedError, PaymentResponseError } from './errors.js';
export { HttpPaymentGateway } from './http-payment-gateway.js';
export type {
  FetchLike,
  HttpPaymentGatewayConfig,
  PaymentGatewayLogger,
} from './http-payment-gateway-config.js';
export {
  type ChargeRequestBody,
  type ChargeResponseBody,
  chargeResponseSchema,
  type ErrorResponseBody,
  errorResponseSchema,
  RETRYABLE_STATUSES,
} from './wire-protocol.js';
