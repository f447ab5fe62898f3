/**
 * The transaction boundary. `TScope` is what the work may touch: the stores of one service,
 * bound to the transaction (e.g. `{ invoices: InvoiceRepository; outbox: OutboxStore }`).
 * Everything `work` does through `scope` commits together or not at all; a thrown error rolls
 * back and is rethrown unchanged; a nested `run` joins the outer one.
 *
 * @example
 * const uow: UnitOfWork<{ invoices: InvoiceRepository; outbox: OutboxStore }> = ...;
 * await uow.run(async ({ invoices, outbox }) => {
 *   const saved = await invoices.update(issued);
 *   await outbox.add(invoiceIssuedEvent(saved));
 * });
 */
export interface UnitOfWork<TScope> {
  run<T>(work: (scope: TScope) => Promise<T>): Promise<T>;
}
