import { z } from 'zod';

/** Body of `POST /v1/charges`. Amounts are integer minor units, as in the ports' `Money`. */
export interface ChargeRequestBody {
  readonly amount: number;
  readonly currency: string;
  readonly source: string;
  readonly reference?: string;
}

/** A charge as the payments API returns it (`201`, or `200` on an idempotent replay). */
export const chargeResponseSchema = z.object({
  id: z.string().min(1),
  object: z.literal('charge'),
  amount: z.number().int().nonnegative(),
  currency: z.string().regex(/^[A-Z]{3}$/),
  reference: z.string().nullable().optional(),
  status: z.literal('succeeded'),
  created: z.number().int(),
});

/** `GET /v1/charges?idempotency_key=<key>`: the charge that key made, as a list of zero or one. */
export const chargeListResponseSchema = z.object({
  object: z.literal('list'),
  data: z.array(chargeResponseSchema).max(1),
});

/** Body of `POST /v1/refunds`: refunds the whole charge. */
export interface RefundRequestBody {
  readonly charge: string;
}

/** A refund as the payments API returns it (`201`, or `200` when the charge was refunded before). */
export const refundResponseSchema = z.object({
  id: z.string().min(1),
  object: z.literal('refund'),
  charge: z.string().min(1),
  amount: z.number().int().nonnegative(),
  currency: z.string().regex(/^[A-Z]{3}$/),
  status: z.literal('succeeded'),
  created: z.number().int(),
});

/** The error envelope of every non-2xx answer, e.g. `402 {"error":{"type":"card_error","code":"card_declined"}}`. */
export const errorResponseSchema = z.object({
  error: z.object({
    type: z.string().min(1),
    code: z.string().min(1),
    message: z.string().optional(),
  }),
});

/** A charge as it travels on the wire. */
export type ChargeResponseBody = z.infer<typeof chargeResponseSchema>;
/** A list of charges as it travels on the wire. */
export type ChargeListResponseBody = z.infer<typeof chargeListResponseSchema>;
/** A refund as it travels on the wire. */
export type RefundResponseBody = z.infer<typeof refundResponseSchema>;
/** An error as it travels on the wire. */
export type ErrorResponseBody = z.infer<typeof errorResponseSchema>;

/** Statuses worth another attempt: rate limiting and the server-side failures a retry can cure. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 500, 502, 503, 504]);
