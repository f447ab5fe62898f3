import type { z } from 'zod';
import { PaymentResponseError } from './errors.js';
import type { Transport, TransportRequest } from './http-transport.js';
import { type ErrorResponseBody, errorResponseSchema, RETRYABLE_STATUSES } from './wire-protocol.js';

/** What one HTTP attempt came to. */
export type AttemptOutcome<T> =
  | { readonly kind: 'ok'; readonly body: T }
  | { readonly kind: 'failed'; readonly error: Error }
  | {
      readonly kind: 'retry';
      readonly status?: number;
      readonly retryAfter: string | null;
      readonly cause?: unknown;
    };

/** One kind of request: how its success body reads and what a final refusal becomes. */
export interface Operation<T> {
  readonly schema: z.ZodType<T>;
  /** The error for a non-retryable, non-2xx answer (a decline, a missing charge, a bad request). */
  readonly refusal: (status: number, error: ErrorResponseBody['error']) => Error;
}

/** One request; network failures and retryable statuses come back as `retry`, never thrown. */
export async function sendAttempt<T>(
  transport: Transport,
  url: string,
  request: TransportRequest,
  operation: Operation<T>,
): Promise<AttemptOutcome<T>> {
  let answer: Awaited<ReturnType<Transport>>;
  try {
    answer = await transport(url, request);
  } catch (cause) {
    return { kind: 'retry', retryAfter: null, cause };
  }
  if (RETRYABLE_STATUSES.has(answer.status)) {
    return { kind: 'retry', status: answer.status, retryAfter: answer.header('retry-after') };
  }
  if (answer.status === 200 || answer.status === 201) {
    return { kind: 'ok', body: parseBody(answer.status, answer.text, operation.schema) };
  }
  const { error } = parseBody(answer.status, answer.text, errorResponseSchema);
  return { kind: 'failed', error: operation.refusal(answer.status, error) };
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
