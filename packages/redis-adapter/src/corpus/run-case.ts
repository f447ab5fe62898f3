import type { JsonValue } from '@seams/ports';
import type { CorpusStores } from './corpus-store.js';
import type { IdempotencyCase } from './idempotency-case.js';

/** What one store answered to one case: its observation, or the error the case could not get past. */
export type CaseOutcome =
  | { readonly observed: JsonValue }
  | { readonly failed: { readonly code: string | null; readonly message: string } };

/** `value` with object keys sorted, so two stores' observations compare as text. */
function sortKeys(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const sorted: Record<string, JsonValue> = {};
  for (const key of Object.keys(value).sort()) sorted[key] = sortKeys(value[key] ?? null);
  return sorted;
}

/** Runs `idempotencyCase` on `stores`; observations never carry a key prefix, so none is stripped. */
export async function runCase(idempotencyCase: IdempotencyCase, stores: CorpusStores): Promise<CaseOutcome> {
  try {
    // Through JSON once: `undefined` properties drop out as they would in the snapshot file.
    const observed = JSON.parse(JSON.stringify(await idempotencyCase.run(stores))) as JsonValue;
    return { observed: sortKeys(observed) };
  } catch (error) {
    const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
    const message = error instanceof Error ? error.message : String(error);
    return { failed: { code: typeof code === 'string' ? code : null, message } };
  }
}
