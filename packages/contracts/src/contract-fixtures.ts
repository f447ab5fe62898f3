import type { Clock, EventMessage, IdGenerator } from '@seams/ports';

/** An event with a nested payload, headers and a correlation id: a lossy store shows. */
export function anEvent(
  context: { readonly ids: IdGenerator; readonly clock: Clock },
  overrides: Partial<EventMessage> = {},
): EventMessage {
  return {
    id: context.ids.next(),
    type: 'item.created',
    payload: { itemId: 'i-1', total: 4_997, lines: [{ sku: 'a', quantity: 1 }], note: null, done: false },
    occurredAt: context.clock.now(),
    correlationId: 'corr-1',
    headers: { 'x-tenant': 'acme', 'x-attempt': 1, 'x-replay': false },
    ...overrides,
  };
}

/** A promise and its resolver: lets a case hold a transaction open while it acts elsewhere. */
export function gate<T = void>(): { readonly promise: Promise<T>; readonly open: (value: T) => void } {
  let open: (value: T) => void = () => undefined;
  const promise = new Promise<T>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}
