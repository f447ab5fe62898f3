// The port's error, re-exported: this adapter is where a caller meets it.
export { PaymentRequestRejectedError } from '@seams/ports';
export { PaymentResponseError } from './errors.js';
export { HttpPaymentGateway } from './http-payment-gateway.js';
export type {
  FetchLike,
  HttpPaymentGatewayConfig,
  PaymentGatewayLogger,
} from './http-payment-gateway-config.js';
export {
  type ChargeListResponseBody,
  type ChargeRequestBody,
  type ChargeResponseBody,
  chargeListResponseSchema,
  chargeResponseSchema,
  type ErrorResponseBody,
  errorResponseSchema,
  RETRYABLE_STATUSES,
  type RefundRequestBody,
  type RefundResponseBody,
  refundResponseSchema,
} from './wire-protocol.js';
