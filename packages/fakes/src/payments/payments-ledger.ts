import type { Clock, IdGenerator, Money } from '@seams/ports';

/** Tokens the fake providers decline, and the provider code each declines with. */
export const DECLINING_TOKENS: Readonly<Record<string, string>> = {
  tok_declined: 'card_declined',
  tok_insufficient_funds: 'insufficient_funds',
  tok_expired_card: 'expired_card',
};

/** The decline code of amounts above `declineAmountsAbove`. */
export const AMOUNT_LIMIT_DECLINE_CODE = 'amount_too_large';

/** What a fake provider is asked to charge; the idempotency fingerprint covers every field. */
export interface ChargeSubmission {
  readonly amount: Money;
  readonly source: string;
  readonly reference?: string;
}

/** A charge on a fake provider's ledger. */
export interface RecordedCharge {
  readonly id: string;
  readonly amount: Money;
  readonly reference?: string;
  readonly source: string;
  readonly idempotencyKey: string;
  readonly created: Date;
}

/** A refund on a fake provider's ledger: always the whole charge. */
export interface RecordedRefund {
  readonly id: string;
  readonly chargeId: string;
  readonly amount: Money;
  readonly created: Date;
}

/** The outcome of a refund: the refund (`replayed` when the charge was refunded before), or no such charge. */
export type RefundOutcome =
  | { readonly kind: 'refunded'; readonly refund: RecordedRefund; readonly replayed: boolean }
  | { readonly kind: 'no_such_charge' };

/** The outcome of one submission; a replay hands back the first outcome for the key. */
export type SubmissionOutcome =
  | { readonly kind: 'charged'; readonly charge: RecordedCharge; readonly replayed: boolean }
  | { readonly kind: 'declined'; readonly declineCode: string; readonly replayed: boolean }
  | { readonly kind: 'key_reused' };

/** Settings shared by the in-memory gateway and the HTTP fake provider. */
export interface PaymentsLedgerOptions {
  readonly clock: Clock;
  readonly ids: IdGenerator;
  /** Amounts (minor units) above this are declined with `amount_too_large`; no limit by default. */
  readonly declineAmountsAbove?: number | undefined;
}

interface KeyRecord {
  readonly fingerprint: string;
  readonly outcome: Exclude<SubmissionOutcome, { kind: 'key_reused' }>;
}

/**
 * The rules both payment fakes share, so the in-memory gateway and the HTTP provider cannot drift:
 * declines by token and amount, and idempotency keys that remember their first outcome (a decline
 * too, as real providers do) and refuse another body.
 */
export class PaymentsLedger {
  readonly #charges: RecordedCharge[] = [];
  readonly #refunds: RecordedRefund[] = [];
  readonly #keys = new Map<string, KeyRecord>();
  readonly #options: PaymentsLedgerOptions;

  constructor(options: PaymentsLedgerOptions) {
    this.#options = options;
  }

  /** Every charge made, in order; replays add nothing. */
  get charges(): readonly RecordedCharge[] {
    return this.#charges;
  }

  /** Every refund made, in order; repeated refunds of a charge add nothing. */
  get refunds(): readonly RecordedRefund[] {
    return this.#refunds;
  }

  /** The charge `idempotencyKey` made, if it made one (a declined key made none). */
  chargeByKey(idempotencyKey: string): RecordedCharge | undefined {
    const outcome = this.#keys.get(idempotencyKey)?.outcome;
    return outcome?.kind === 'charged' ? outcome.charge : undefined;
  }

  /** Refunds the whole charge, once: a charge refunded before gets its first refund back. */
  refund(chargeId: string): RefundOutcome {
    const charge = this.#charges.find((candidate) => candidate.id === chargeId);
    if (!charge) return { kind: 'no_such_charge' };
    const earlier = this.#refunds.find((refund) => refund.chargeId === chargeId);
    if (earlier) return { kind: 'refunded', refund: earlier, replayed: true };
    const refund: RecordedRefund = {
      id: `re_${this.#options.ids.next()}`,
      chargeId,
      amount: { ...charge.amount },
      created: this.#options.clock.now(),
    };
    this.#refunds.push(refund);
    return { kind: 'refunded', refund, replayed: false };
  }

  submit(submission: ChargeSubmission, idempotencyKey: string): SubmissionOutcome {
    const fingerprint = JSON.stringify([
      submission.amount.amount,
      submission.amount.currency,
      submission.source,
      submission.reference ?? null,
    ]);
    const known = this.#keys.get(idempotencyKey);
    if (known) {
      return known.fingerprint === fingerprint
        ? { ...known.outcome, replayed: true }
        : { kind: 'key_reused' };
    }
    const outcome = this.#decide(submission, idempotencyKey);
    this.#keys.set(idempotencyKey, { fingerprint, outcome });
    return outcome;
  }

  #decide(submission: ChargeSubmission, idempotencyKey: string): KeyRecord['outcome'] {
    const declineCode = declineCodeFor(submission, this.#options.declineAmountsAbove);
    if (declineCode) return { kind: 'declined', declineCode, replayed: false };
    const charge: RecordedCharge = {
      id: `ch_${this.#options.ids.next()}`,
      amount: { ...submission.amount },
      ...(submission.reference === undefined ? {} : { reference: submission.reference }),
      source: submission.source,
      idempotencyKey,
      created: this.#options.clock.now(),
    };
    this.#charges.push(charge);
    return { kind: 'charged', charge, replayed: false };
  }
}

function declineCodeFor(submission: ChargeSubmission, declineAmountsAbove?: number): string | undefined {
  const byToken = DECLINING_TOKENS[submission.source];
  if (byToken) return byToken;
  if (declineAmountsAbove !== undefined && submission.amount.amount > declineAmountsAbove) {
    return AMOUNT_LIMIT_DECLINE_CODE;
  }
  return undefined;
}
