import type { JsonValue } from '@seams/ports';
import type { BrokerCase } from './broker-case.js';
import type { CorpusBroker } from './corpus-broker.js';

/** What one broker answered to one case: its observation, or the error the case could not get past. */
export type CaseOutcome =
  | { readonly observed: JsonValue }
  | { readonly failed: { readonly code: string | null; readonly message: string } };

/** `value` with `prefix` taken out of every string, keys sorted: one broker's names compare with another's. */
export function normalize(value: JsonValue, prefix: string): JsonValue {
  const strip = (text: string) => (prefix === '' ? text : text.split(prefix).join(''));
  if (typeof value === 'string') return strip(value);
  if (Array.isArray(value)) return value.map((item) => normalize(item, prefix));
  if (value === null || typeof value !== 'object') return value;
  const sorted: Record<string, JsonValue> = {};
  for (const key of Object.keys(value).sort()) {
    sorted[strip(key)] = normalize(value[key] ?? null, prefix);
  }
  return sorted;
}

/** Runs `brokerCase` on `broker`; `prefix` is what the broker's `name()` adds. */
export async function runCase(
  brokerCase: BrokerCase,
  broker: CorpusBroker,
  prefix: string,
): Promise<CaseOutcome> {
  try {
    // Through JSON once: `undefined` properties drop out as they would in the snapshot file.
    const observed = JSON.parse(JSON.stringify(await brokerCase.run(broker))) as JsonValue;
    return { observed: normalize(observed, prefix) };
  } catch (error) {
    const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
    const message = error instanceof Error ? error.message : String(error);
    return {
      failed: { code: typeof code === 'string' ? code : null, message: message.split(prefix).join('') },
    };
  }
}
