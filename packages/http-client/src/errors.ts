import { SeamsError } from '@seams/ports';
/**
 * The payments API answered with a body that does not match the wire protocol. `path` names the
 * offending field (`amount`, `error.code`), so the failure is read where it happens.
 */
export class PaymentResponseError extends SeamsError {
  readonly code = 'PAYMENT_RESPONSE_INVALID';
  constructor(
    readonly status: number,
    readonly path: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'PaymentResponseError';
  }
}
