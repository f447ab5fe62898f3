import { PaymentDeclinedError } from '@seams/ports';
import type { z } from 'zod';
import { PaymentRequestRejectedError, PaymentResponseError } from './errors.js';
import type { FetchLike } from './http-payment-gateway-config.js';
import {
  type ChargeResponseBody,
  chargeResponseSchema,
  errorResponseSchema,
  RETRYABLE_STATUSES,
} from './wire-protocol.js';

/** What one HTTP attempt came to. */
export type AttemptOutcome =
  | { readonly kind: 'charged'; readonly charge: ChargeResponseBody }
  | { readonly kind: 'failed'; readonly error: Error }
  | {
      readonly kind: 'retry';
      readonly status?: number;
      readonly retryAfter: string | null;
      readonly cause?: unknown;
    };

/** One POST of a charge; network failures and retryable statuses come back as `retry`, never thrown. */
export async function sendAttempt(
  fetchFn: FetchLike,
  url: string,
  init: RequestInit,
  signal: AbortSignal,
): Promise<AttemptOutcome> {
  let response: Response;
  let text: string;
  try {
    response = await fetchFn(url, { ...init, signal });
    text = await response.text();
  } catch (cause) {
    return { kind: 'retry', retryAfter: null, cause };
  }
  if (RETRYABLE_STATUSES.has(response.status)) {
    return { kind: 'retry', status: response.status, retryAfter: response.headers.get('retry-after') };
  }
  if (response.status === 200 || response.status === 201) {
    return { kind: 'charged', charge: parseBody(response.status, text, chargeResponseSchema) };
  }
  const { error } = parseBody(response.status, text, errorResponseSchema);
  if (response.status === 402) {
    return { kind: 'failed', error: new PaymentDeclinedError(error.code) };
  }
  const detail = `payments API refused the charge: ${response.status} ${error.type}/${error.code}`;
  return { kind: 'failed', error: new PaymentRequestRejectedError(response.status, error.code, detail) };
}

function parseBody<T>(status: number, text: string, schema: z.ZodType<T>): T {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new PaymentResponseError(status, '(root)', `payments API ${status} body is not JSON`, { cause });
  }
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue && issue.path.length > 0 ? issue.path.join('.') : '(root)';
  const message = `payments API ${status} body has an invalid field "${path}": ${issue?.message ?? 'invalid'}`;
  throw new PaymentResponseError(status, path, message, { cause: result.error });
}
