import { describe, expect, it } from 'vitest';
import { ValidationError } from './errors.js';
import type { EventMessage } from './events.js';
import type { Topology } from './messaging.js';
import {
  exceedsBodyLimit,
  isReservedHeader,
  MESSAGING_LIMITS,
  validateConsumeOptions,
  validateEventMessage,
  validatePublisherOptions,
  validateTopology,
} from './messaging-limits.js';

const event: EventMessage = { id: 'e-1', type: 'order.paid', payload: null, occurredAt: new Date(0) };

function issuesOf(run: () => void): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues.map((issue) => `${issue.path}:${issue.code}`);
    throw error;
  }
  return [];
}

describe('validateEventMessage', () => {
  it('returns the payload as the JSON text it checked, for a publisher to send as is', () => {
    const payload = { orderId: 'o-1', total: 12.5, lines: [{ sku: 'a', note: 'é \u2028' }] };
    expect(validateEventMessage({ ...event, payload })).toBe(JSON.stringify(payload));
  });

  it('accepts 255 UTF-8 bytes and refuses 256, counting bytes, not characters', () => {
    expect(issuesOf(() => validateEventMessage({ ...event, id: 'x'.repeat(255) }))).toEqual([]);
    expect(issuesOf(() => validateEventMessage({ ...event, id: `${'é'.repeat(127)}x` }))).toEqual([]);
    expect(issuesOf(() => validateEventMessage({ ...event, id: 'é'.repeat(128) }))).toEqual(['id:too_long']);
    expect(issuesOf(() => validateEventMessage({ ...event, type: '😀'.repeat(64) }))).toEqual([
      'type:too_long',
    ]);
  });

  it('lists every problem at once: empty id, long routing key and correlation id, invalid date', () => {
    const bad = {
      ...event,
      id: '',
      type: 'k'.repeat(300),
      correlationId: 'c'.repeat(256),
      occurredAt: new Date(Number.NaN),
    };
    expect(issuesOf(() => validateEventMessage(bad))).toEqual([
      'id:required',
      'type:too_long',
      'correlationId:too_long',
      'occurredAt:invalid',
    ]);
    expect(issuesOf(() => validateEventMessage({ ...event, occurredAt: new Date(-1) }))).toEqual([
      'occurredAt:invalid',
    ]);
  });

  it('refuses reserved, over-long and non-finite headers, and a header table over 60 KiB', () => {
    const headers = {
      'x-delivery-count': 1,
      'x-first-death-queue': 'q',
      'x-seams-anything': true,
      n: Number.NaN,
      i: -Infinity,
    };
    expect(issuesOf(() => validateEventMessage({ ...event, headers }))).toEqual([
      'headers.x-delivery-count:reserved',
      'headers.x-first-death-queue:reserved',
      'headers.x-seams-anything:reserved',
      'headers.n:not_finite',
      'headers.i:not_finite',
    ]);
    const long = { ['h'.repeat(256)]: 1 };
    expect(issuesOf(() => validateEventMessage({ ...event, headers: long }))).toEqual([
      `headers.${'h'.repeat(256)} (name):too_long`,
    ]);
    expect(issuesOf(() => validateEventMessage({ ...event, headers: { big: 'x'.repeat(61_500) } }))).toEqual([
      'headers:too_large',
    ]);
    expect(issuesOf(() => validateEventMessage({ ...event, headers: { big: 'x'.repeat(60_000) } }))).toEqual(
      [],
    );
  });

  it('refuses header numbers below -2^63, which amqplib would send as a 64-bit integer and fail on', () => {
    const headers = {
      min: -(2 ** 63),
      below: -(2 ** 63) - 4096,
      e20: -1e20,
      max: -Number.MAX_VALUE,
      top: 2 ** 63,
    };
    expect(issuesOf(() => validateEventMessage({ ...event, headers }))).toEqual([
      'headers.below:out_of_range',
      'headers.e20:out_of_range',
      'headers.max:out_of_range',
    ]);
  });

  it('knows the headers the broker and adapters own', () => {
    expect(['x-death', 'CC', 'BCC', 'x-last-death-reason'].every(isReservedHeader)).toBe(true);
    expect(['x-tenant', 'x-deathly', 'cc'].some(isReservedHeader)).toBe(false);
  });
});

describe('validateEventMessage: what UTF-8 and JSON cannot carry', () => {
  // Untyped callers (JavaScript, JSON from elsewhere): amqplib throws on some of these after taking a
  // confirm slot, and RabbitMQ never delivers others; both sides refuse them here instead.
  it('refuses ids, types and header values outside the port types, naming each', () => {
    const bad = {
      ...event,
      id: 5,
      type: undefined,
      correlationId: { c: 1 },
      occurredAt: '2026-01-01',
      headers: { n: null, d: new Date(0), b: 1n, f: () => 1, ok: 'x', skipped: undefined },
    };
    expect(issuesOf(() => validateEventMessage(bad as unknown as EventMessage))).toEqual([
      'type:required',
      'id:invalid_type',
      'correlationId:invalid_type',
      'occurredAt:invalid',
      'headers.n:invalid_type',
      'headers.d:invalid_type',
      'headers.b:invalid_type',
      'headers.f:invalid_type',
    ]);
    for (const headers of [null, 'h', [1]]) {
      const message = { ...event, headers } as unknown as EventMessage;
      expect(issuesOf(() => validateEventMessage(message))).toEqual(['headers:invalid_type']);
    }
    const noId = { ...event, id: undefined } as unknown as EventMessage;
    expect(issuesOf(() => validateEventMessage(noId))).toEqual(['id:required']);
  });

  // RabbitMQ 3.10 takes a body of exactly max_message_size and refuses one byte more (bisected with
  // the AMQP adapter); shown on small limits, since a 128 MiB body takes seconds to build and count.
  it("counts a body against RabbitMQ's max_message_size in UTF-8 bytes, refusing only what is over", () => {
    expect(MESSAGING_LIMITS.maxBodyBytes).toBe(134_217_728);
    expect([
      exceedsBodyLimit('"xx"', 4),
      exceedsBodyLimit('"xxx"', 4),
      exceedsBodyLimit('"é"', 4),
      exceedsBodyLimit('"€"', 4),
      exceedsBodyLimit('"😀"', 5),
      exceedsBodyLimit('"😀"', 6),
    ]).toEqual([false, true, false, true, true, false]);
  });

  it('refuses unpaired surrogates in id, type, correlation id, header names and string values', () => {
    const bad = {
      ...event,
      id: 'x\ud800',
      type: 'order.\udc00',
      correlationId: '\ud83d',
      headers: { 'h\udfff': 'v', h: 'v\ud800', n: 1 },
    };
    expect(issuesOf(() => validateEventMessage(bad))).toEqual([
      'id:not_well_formed',
      'type:not_well_formed',
      'correlationId:not_well_formed',
      'headers.h\udfff (name):not_well_formed',
      'headers.h:not_well_formed',
    ]);
  });

  it('accepts surrogate pairs, and lone surrogates inside the payload (JSON escapes them)', () => {
    const fine = { ...event, id: '😀', type: 'order.😀', headers: { '😀': '😀' }, payload: { s: '\ud800' } };
    expect(issuesOf(() => validateEventMessage(fine))).toEqual([]);
  });

  it('refuses payloads JSON cannot encode; accepts what JSON rewrites', () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    for (const payload of [undefined, () => 1, Symbol('s'), 10n, circular, { deep: [1n] }]) {
      const message = { ...event, payload: payload as unknown as EventMessage['payload'] };
      expect(issuesOf(() => validateEventMessage(message))).toEqual(['payload:not_json']);
    }
    const rewritten = { a: undefined, n: Number.NaN, list: [undefined, () => 1] };
    expect(
      issuesOf(() =>
        validateEventMessage({ ...event, payload: rewritten as unknown as EventMessage['payload'] }),
      ),
    ).toEqual([]);
  });

  it('skips an undefined header value (it is not sent)', () => {
    const headers = { a: 1, gone: undefined } as unknown as EventMessage['headers'];
    expect(issuesOf(() => validateEventMessage({ ...event, headers }))).toEqual([]);
  });
});

describe('validateTopology: what the port does not offer', () => {
  it("refuses the default exchange '' and amq.* exchanges in bindings and as dead-letter exchange", () => {
    const topology = {
      exchanges: [],
      queues: [
        { name: 'q1', bindings: [{ exchange: '', pattern: 'x' }], deadLetterExchange: 'amq.topic' },
        { name: 'q2', bindings: [{ exchange: 'amq.direct', pattern: 'x' }], deadLetterExchange: '' },
      ],
    };
    expect(issuesOf(() => validateTopology(topology))).toEqual([
      'queues[0].deadLetterExchange:reserved',
      'queues[0].bindings[0].exchange:reserved',
      'queues[1].deadLetterExchange:reserved',
      'queues[1].bindings[0].exchange:reserved',
    ]);
  });

  it("accepts a message TTL of 10 years (RabbitMQ's limit) and refuses one more millisecond", () => {
    const withTtl = (messageTtlMs: number) => ({
      exchanges: [],
      queues: [{ name: 'q', bindings: [], messageTtlMs }],
    });
    expect(issuesOf(() => validateTopology(withTtl(315_360_000_000)))).toEqual([]);
    expect(issuesOf(() => validateTopology(withTtl(315_360_000_001)))).toEqual([
      'queues[0].messageTtlMs:out_of_range',
    ]);
  });

  it('refuses names and patterns with an unpaired surrogate', () => {
    const topology = {
      exchanges: [{ name: 'x\ud800', type: 'topic' as const }],
      queues: [{ name: 'q\udc00', bindings: [{ exchange: 'x', pattern: 'p.\ud800' }] }],
    };
    expect(issuesOf(() => validateTopology(topology))).toEqual([
      'exchanges[0].name:not_well_formed',
      'queues[0].name:not_well_formed',
      'queues[0].bindings[0].pattern:not_well_formed',
    ]);
  });

  it("validatePublisherOptions refuses '' and amq.* and accepts a declared exchange's name", () => {
    expect(issuesOf(() => validatePublisherOptions({ exchange: '' }))).toEqual(['exchange:reserved']);
    expect(issuesOf(() => validatePublisherOptions({ exchange: 'amq.topic' }))).toEqual([
      'exchange:reserved',
    ]);
    expect(issuesOf(() => validatePublisherOptions({ exchange: 'orders' }))).toEqual([]);
  });
});

describe('validateTopology and validateConsumeOptions', () => {
  it('refuses empty, reserved and over-long names, long patterns and negative arguments', () => {
    const topology = {
      exchanges: [{ name: 'amq.mine', type: 'topic' as const }],
      queues: [
        {
          name: '',
          bindings: [{ exchange: 'x', pattern: 'p'.repeat(256) }],
          messageTtlMs: -1,
          maxLength: 1.5,
        },
        { name: 'q'.repeat(256), bindings: [] },
      ],
    };
    expect(issuesOf(() => validateTopology(topology))).toEqual([
      'exchanges[0].name:reserved',
      'queues[0].name:required',
      'queues[0].messageTtlMs:out_of_range',
      'queues[0].maxLength:out_of_range',
      'queues[0].bindings[0].pattern:too_long',
      'queues[1].name:too_long',
    ]);
  });

  it('accepts prefetch 1 to 65,535 and maxDeliveries from 1', () => {
    expect(issuesOf(() => validateConsumeOptions({ prefetch: 65_535, maxDeliveries: 1 }))).toEqual([]);
    expect(issuesOf(() => validateConsumeOptions({ prefetch: 0, maxDeliveries: 0 }))).toEqual([
      'prefetch:out_of_range',
      'maxDeliveries:out_of_range',
    ]);
    expect(issuesOf(() => validateConsumeOptions({ prefetch: 65_536 }))).toEqual(['prefetch:out_of_range']);
    expect(issuesOf(() => validateConsumeOptions({ prefetch: 0 }, 'q'.repeat(256)))).toEqual([
      'queue:too_long',
      'prefetch:out_of_range',
    ]);
    expect(issuesOf(() => validateConsumeOptions({}, 'q'.repeat(255)))).toEqual([]);
    expect(issuesOf(() => validateConsumeOptions({}, ''))).toEqual([]);
  });
});

describe('validateTopology: shapes an untyped caller passes', () => {
  it('names a missing bindings list, a non-string name and a non-object entry instead of throwing a TypeError', () => {
    const topology = JSON.parse(
      '{"exchanges":[{"name":"x","type":"topic"},3],"queues":[{"name":"q"},{"name":5,"bindings":[null,{"exchange":1,"pattern":"#"}]}]}',
    ) as Topology;
    expect(issuesOf(() => validateTopology(topology))).toEqual([
      'exchanges[1]:invalid_type',
      'queues[0].bindings:invalid_type',
      'queues[1].name:invalid_type',
      'queues[1].bindings[0]:invalid_type',
      'queues[1].bindings[1].exchange:invalid_type',
    ]);
  });
});

describe('validateTopology: types the port does not offer', () => {
  it('refuses exchange types other than topic and queue types other than quorum and classic, as an untyped caller passes them', () => {
    const topology = JSON.parse(
      JSON.stringify({
        exchanges: [{ name: 'ok', type: 'topic' }, { name: 'f', type: 'fanout' }, { name: 'u' }],
        queues: [
          { name: 'q1', bindings: [] },
          { name: 'q2', type: 'classic', bindings: [] },
          { name: 'q3', type: 'stream', bindings: [] },
        ],
      }),
    ) as Topology;
    expect(issuesOf(() => validateTopology(topology))).toEqual([
      'exchanges[1].type:unsupported',
      'exchanges[2].type:unsupported',
      'queues[2].type:unsupported',
    ]);
  });
});
