// The twenty-seventh round (2026-12-06): scenarios from the seeded generator in
// ../probes/scenario-gen.ts (queues with TTLs, length limits and dead-letter chains, topic
// bindings, consumers that hold, ack, requeue, reject, throw, stop and lose their connection,
// time passing), each written out as data so a change to the generator leaves them alone. Kept:
// the ones that found a difference and a spread of shapes, each answering the same on RabbitMQ
// run after run. Run by ../probes/run-scenario.ts.
import type { BrokerCase } from '../broker-case.js';
import { scenarioCase } from '../probes/run-scenario.js';
import type { Scenario } from '../probes/scenario-gen.js';

const generated: ReadonlyArray<readonly [string, BrokerCase['group'], Scenario]> = [
  // The difference round 27 found (gen 386 below is where): a subscription stopping with two held
  // messages requeues both into a queue of max length 1 while another consumer has room. RabbitMQ
  // handles each nack on its own and hands each requeued message over at once, so both reach the
  // other consumer; the fake delivered a stopping consumer's classic requeue a turn later, and the
  // second nack dropped the first (maxlen).
  [
    'r27 a stopping consumer requeues two held messages over a max length of 1: both reach the consumer with room',
    'dead-letters',
    {
      queues: [{ base: 'q0', from: 'main', patterns: ['#'], maxLength: 1, dlx: 'end' }],
      consumers: [
        { queue: 0, prefetch: 2, policy: 'hold' },
        { queue: 0, prefetch: 2, policy: 'ack' },
      ],
      steps: [
        { do: 'consume', consumer: 0 },
        { do: 'publish', key: 'a', count: 2 },
        { do: 'consume', consumer: 1 },
        { do: 'stop', consumer: 0, after: 'requeue' },
        { do: 'publish', key: 'a', count: 1 },
      ],
    },
  ],
  [
    'r27 gen 386: queues [a.* a.#, max 1, dlx→end], 3 consumers: publish consume throw stop+requeue requeue',
    'dead-letters',
    {
      queues: [{ base: 'q0', from: 'main', patterns: ['a.*', 'a.#'], maxLength: 1, dlx: 'end' }],
      consumers: [
        { queue: 0, prefetch: 2, policy: 'ack' },
        { queue: 0, prefetch: 2, policy: 'hold' },
        { queue: 0, prefetch: 2, policy: 'hold' },
      ],
      steps: [
        { do: 'publish', key: 'a.c', count: 1 },
        { do: 'consume', consumer: 2 },
        { do: 'settle', consumer: 2, pick: 'last', action: 'throw' },
        { do: 'consume', consumer: 1 },
        { do: 'settle', consumer: 1, pick: 'last', action: 'throw' },
        { do: 'stop', consumer: 2, after: 'requeue' },
        { do: 'consume', consumer: 2 },
        { do: 'consume', consumer: 0 },
        { do: 'settle', consumer: 2, pick: 'first', action: 'requeue' },
        { do: 'publish', key: 'a.b.c', count: 1 },
      ],
    },
  ],
  [
    'r27 gen 664: queues [b.*, max 2, dlx→end; a.#, max 3, dlx→end; #.b, ttl long, dlx→dlx; chained, ttl zero, dlx→end], 3 consumers: publish consume stop+requeue reject ack requeue',
    'dead-letters',
    {
      queues: [
        { base: 'q0', from: 'main', patterns: ['b.*'], maxLength: 2, dlx: 'end' },
        { base: 'q1', from: 'main', patterns: ['a.#'], maxLength: 3, dlx: 'end' },
        { base: 'q2', from: 'main', patterns: ['#.b'], ttl: 'long', dlx: 'dlx' },
        { base: 'chain', from: 'dlx', patterns: ['#.b'], ttl: 'zero', dlx: 'end' },
      ],
      consumers: [
        { queue: 0, prefetch: 3, policy: 'hold' },
        { queue: 2, prefetch: 1, maxDeliveries: 2, policy: 'hold' },
        { queue: 2, prefetch: 1, maxDeliveries: 3, policy: 'hold' },
      ],
      steps: [
        { do: 'publish', key: 'c.b', count: 3 },
        { do: 'consume', consumer: 2 },
        { do: 'consume', consumer: 1 },
        { do: 'stop', consumer: 1, after: 'requeue' },
        { do: 'settle', consumer: 2, pick: 'last', action: 'reject' },
        { do: 'settle', consumer: 2, pick: 'all', action: 'ack' },
        { do: 'publish', key: 'c.b', count: 2 },
        { do: 'consume', consumer: 0 },
        { do: 'settle', consumer: 0, pick: 'all', action: 'requeue' },
        { do: 'publish', key: 'b.c', count: 2 },
        { do: 'publish', key: 'a.b.c', count: 2 },
      ],
    },
  ],
  [
    'r27 gen 776: queues [b.* a.b, ttl short, max 2, dlx→end; a.b, max 0], 1 consumer: publish consume reject',
    'dead-letters',
    {
      queues: [
        { base: 'q0', from: 'main', patterns: ['b.*', 'a.b'], ttl: 'short', maxLength: 2, dlx: 'end' },
        { base: 'q1', from: 'main', patterns: ['a.b'], maxLength: 0 },
      ],
      consumers: [{ queue: 0, prefetch: 2, maxDeliveries: 3, policy: 'ack' }],
      steps: [
        { do: 'publish', key: 'b.c', count: 1 },
        { do: 'consume', consumer: 0 },
        { do: 'settle', consumer: 0, pick: 'last', action: 'reject' },
        { do: 'publish', key: 'a', count: 3 },
        { do: 'publish', key: 'a', count: 1 },
      ],
    },
  ],
  [
    'r27 gen 605: queues [*.b, ttl long, max 3, dlx→dlx; chained, max 1, dlx→end], 1 consumer: publish consume requeue throw stop+ack',
    'dead-letters',
    {
      queues: [
        { base: 'q0', from: 'main', patterns: ['*.b'], ttl: 'long', maxLength: 3, dlx: 'dlx' },
        { base: 'chain', from: 'dlx', patterns: ['#'], maxLength: 1, dlx: 'end' },
      ],
      consumers: [{ queue: 0, prefetch: 1, policy: 'ack' }],
      steps: [
        { do: 'publish', key: 'b.b', count: 3 },
        { do: 'publish', key: 'b.b', count: 1 },
        { do: 'publish', key: 'b.c', count: 2 },
        { do: 'consume', consumer: 0 },
        { do: 'settle', consumer: 0, pick: 'first', action: 'requeue' },
        { do: 'settle', consumer: 0, pick: 'first', action: 'throw' },
        { do: 'settle', consumer: 0, pick: 'last', action: 'requeue' },
        { do: 'stop', consumer: 0, after: 'ack' },
      ],
    },
  ],
  [
    'r27 gen 632: queues [*.b *.*, max 3, dlx→end], 2 consumers: publish consume throw drop ack stop+reject',
    'dead-letters',
    {
      queues: [{ base: 'q0', from: 'main', patterns: ['*.b', '*.*'], maxLength: 3, dlx: 'end' }],
      consumers: [
        { queue: 0, prefetch: 1, policy: 'hold' },
        { queue: 0, prefetch: 1, policy: 'ack' },
      ],
      steps: [
        { do: 'publish', key: 'a.b.c', count: 2 },
        { do: 'consume', consumer: 1 },
        { do: 'settle', consumer: 1, pick: 'first', action: 'throw' },
        { do: 'drop' },
        { do: 'settle', consumer: 1, pick: 'last', action: 'ack' },
        { do: 'settle', consumer: 1, pick: 'first', action: 'ack' },
        { do: 'stop', consumer: 1, after: 'reject' },
      ],
    },
  ],
  [
    'r27 gen 550: queues [#, max 0; *, ttl zero, max 0, dlx→end; * a.*, dlx→dlx; chained, ttl zero, dlx→end], 2 consumers: publish consume stop+throw throw',
    'dead-letters',
    {
      queues: [
        { base: 'q0', from: 'main', patterns: ['#'], maxLength: 0 },
        { base: 'q1', from: 'main', patterns: ['*'], ttl: 'zero', maxLength: 0, dlx: 'end' },
        { base: 'q2', from: 'main', patterns: ['*', 'a.*'], dlx: 'dlx' },
        { base: 'chain', from: 'dlx', patterns: ['#'], ttl: 'zero', dlx: 'end' },
      ],
      consumers: [
        { queue: 0, prefetch: 1, policy: 'hold' },
        { queue: 0, prefetch: 3, policy: 'hold' },
      ],
      steps: [
        { do: 'publish', key: 'b.c', count: 3 },
        { do: 'consume', consumer: 0 },
        { do: 'stop', consumer: 0, after: 'throw' },
        { do: 'publish', key: 'a.b.c', count: 2 },
        { do: 'consume', consumer: 0 },
        { do: 'settle', consumer: 0, pick: 'all', action: 'throw' },
        { do: 'settle', consumer: 0, pick: 'first', action: 'throw' },
      ],
    },
  ],
  [
    'r27 gen 720: queues [a.#, ttl zero, max 2, dlx→end; b.* #.b, max 1, dlx→dlx; chained, dlx→end], 3 consumers: publish consume drop stop+reject',
    'dead-letters',
    {
      queues: [
        { base: 'q0', from: 'main', patterns: ['a.#'], ttl: 'zero', maxLength: 2, dlx: 'end' },
        { base: 'q1', from: 'main', patterns: ['b.*', '#.b'], maxLength: 1, dlx: 'dlx' },
        { base: 'chain', from: 'dlx', patterns: ['#'], dlx: 'end' },
      ],
      consumers: [
        { queue: 1, prefetch: 3, policy: 'ack' },
        { queue: 0, prefetch: 3, policy: 'hold' },
        { queue: 2, prefetch: 2, policy: 'hold' },
      ],
      steps: [
        { do: 'publish', key: 'a.c', count: 1 },
        { do: 'consume', consumer: 2 },
        { do: 'drop' },
        { do: 'drop' },
        { do: 'stop', consumer: 2, after: 'reject' },
        { do: 'publish', key: 'b.b', count: 3 },
      ],
    },
  ],
  [
    'r27 gen 683: queues [* a.#, ttl short; *.b, ttl long, max 1, dlx→end], 2 consumers: publish expire',
    'dead-letters',
    {
      queues: [
        { base: 'q0', from: 'main', patterns: ['*', 'a.#'], ttl: 'short' },
        { base: 'q1', from: 'main', patterns: ['*.b'], ttl: 'long', maxLength: 1, dlx: 'end' },
      ],
      consumers: [
        { queue: 0, prefetch: 2, policy: 'hold' },
        { queue: 0, prefetch: 1, maxDeliveries: 2, policy: 'ack' },
      ],
      steps: [
        { do: 'publish', key: 'a.b.c', count: 1 },
        { do: 'publish', key: 'a.c', count: 1 },
        { do: 'expire' },
      ],
    },
  ],
  [
    'r27 gen 650: queues [#.b a.*, ttl short, dlx→end; a.#, ttl zero, dlx→end; #, max 3, dlx→dlx; chained], 1 consumer: publish consume stop+ack ack',
    'dead-letters',
    {
      queues: [
        { base: 'q0', from: 'main', patterns: ['#.b', 'a.*'], ttl: 'short', dlx: 'end' },
        { base: 'q1', from: 'main', patterns: ['a.#'], ttl: 'zero', dlx: 'end' },
        { base: 'q2', from: 'main', patterns: ['#'], maxLength: 3, dlx: 'dlx' },
        { base: 'chain', from: 'dlx', patterns: ['#'] },
      ],
      consumers: [{ queue: 0, prefetch: 1, policy: 'hold' }],
      steps: [
        { do: 'publish', key: 'b.c', count: 1 },
        { do: 'publish', key: 'a.b.c', count: 1 },
        { do: 'consume', consumer: 0 },
        { do: 'stop', consumer: 0, after: 'ack' },
        { do: 'consume', consumer: 0 },
        { do: 'settle', consumer: 0, pick: 'all', action: 'ack' },
      ],
    },
  ],
  [
    'r27 gen 468: queues [*, ttl long, max 2, dlx→end], 2 consumers: publish consume reject throw drop stop+requeue',
    'dead-letters',
    {
      queues: [{ base: 'q0', from: 'main', patterns: ['*'], ttl: 'long', maxLength: 2, dlx: 'end' }],
      consumers: [
        { queue: 0, prefetch: 1, maxDeliveries: 2, policy: 'ack' },
        { queue: 0, prefetch: 3, policy: 'ack' },
      ],
      steps: [
        { do: 'publish', key: 'b.c', count: 1 },
        { do: 'consume', consumer: 0 },
        { do: 'publish', key: 'b.b', count: 1 },
        { do: 'settle', consumer: 0, pick: 'first', action: 'reject' },
        { do: 'settle', consumer: 0, pick: 'first', action: 'throw' },
        { do: 'drop' },
        { do: 'settle', consumer: 0, pick: 'first', action: 'throw' },
        { do: 'settle', consumer: 0, pick: 'last', action: 'reject' },
        { do: 'stop', consumer: 0, after: 'requeue' },
      ],
    },
  ],
  [
    'r27 gen 731: queues [b.*, max 1, dlx→dlx; a.b, dlx→end; *.b, max 0; chained, dlx→end], 3 consumers: publish consume stop+ack reject',
    'dead-letters',
    {
      queues: [
        { base: 'q0', from: 'main', patterns: ['b.*'], maxLength: 1, dlx: 'dlx' },
        { base: 'q1', from: 'main', patterns: ['a.b'], dlx: 'end' },
        { base: 'q2', from: 'main', patterns: ['*.b'], maxLength: 0 },
        { base: 'chain', from: 'dlx', patterns: ['#'], dlx: 'end' },
      ],
      consumers: [
        { queue: 0, prefetch: 3, maxDeliveries: 3, policy: 'hold' },
        { queue: 3, prefetch: 1, maxDeliveries: 2, policy: 'hold' },
        { queue: 3, prefetch: 2, policy: 'ack' },
      ],
      steps: [
        { do: 'publish', key: 'a.b.c', count: 3 },
        { do: 'consume', consumer: 0 },
        { do: 'publish', key: 'a.b.c', count: 3 },
        { do: 'stop', consumer: 0, after: 'ack' },
        { do: 'consume', consumer: 1 },
        { do: 'settle', consumer: 1, pick: 'first', action: 'reject' },
        { do: 'publish', key: 'a', count: 2 },
      ],
    },
  ],
  [
    'r27 gen 743: queues [a.*; b.*, ttl long, dlx→end; a.b], 3 consumers: publish consume requeue ack stop+throw',
    'dead-letters',
    {
      queues: [
        { base: 'q0', from: 'main', patterns: ['a.*'] },
        { base: 'q1', from: 'main', patterns: ['b.*'], ttl: 'long', dlx: 'end' },
        { base: 'q2', from: 'main', patterns: ['a.b'] },
      ],
      consumers: [
        { queue: 0, prefetch: 1, maxDeliveries: 3, policy: 'ack' },
        { queue: 0, prefetch: 2, policy: 'hold' },
        { queue: 0, prefetch: 3, policy: 'hold' },
      ],
      steps: [
        { do: 'publish', key: 'a.b', count: 1 },
        { do: 'publish', key: 'a.b', count: 1 },
        { do: 'publish', key: 'a.b.c', count: 1 },
        { do: 'consume', consumer: 2 },
        { do: 'settle', consumer: 2, pick: 'first', action: 'requeue' },
        { do: 'publish', key: 'a.b', count: 1 },
        { do: 'settle', consumer: 2, pick: 'all', action: 'ack' },
        { do: 'consume', consumer: 0 },
        { do: 'consume', consumer: 1 },
        { do: 'stop', consumer: 1, after: 'throw' },
        { do: 'consume', consumer: 1 },
      ],
    },
  ],
  [
    'r27 gen 620: queues [a.#, dlx→end; #, max 1, dlx→end; a.*, ttl long, max 3, dlx→end], 1 consumer: publish consume stop+requeue stop+reject',
    'dead-letters',
    {
      queues: [
        { base: 'q0', from: 'main', patterns: ['a.#'], dlx: 'end' },
        { base: 'q1', from: 'main', patterns: ['#'], maxLength: 1, dlx: 'end' },
        { base: 'q2', from: 'main', patterns: ['a.*'], ttl: 'long', maxLength: 3, dlx: 'end' },
      ],
      consumers: [{ queue: 0, prefetch: 1, maxDeliveries: 3, policy: 'hold' }],
      steps: [
        { do: 'publish', key: 'a.b', count: 2 },
        { do: 'consume', consumer: 0 },
        { do: 'stop', consumer: 0, after: 'requeue' },
        { do: 'publish', key: 'a.b', count: 3 },
        { do: 'consume', consumer: 0 },
        { do: 'stop', consumer: 0, after: 'reject' },
        { do: 'publish', key: 'a', count: 2 },
      ],
    },
  ],
  [
    'r27 gen 561: queues [#, ttl long, max 3, dlx→end; *, dlx→dlx; a.b, dlx→end; chained], 2 consumers: publish consume drop stop+throw stop+ack',
    'dead-letters',
    {
      queues: [
        { base: 'q0', from: 'main', patterns: ['#'], ttl: 'long', maxLength: 3, dlx: 'end' },
        { base: 'q1', from: 'main', patterns: ['*'], dlx: 'dlx' },
        { base: 'q2', from: 'main', patterns: ['a.b'], dlx: 'end' },
        { base: 'chain', from: 'dlx', patterns: ['#'] },
      ],
      consumers: [
        { queue: 2, prefetch: 3, policy: 'hold' },
        { queue: 0, prefetch: 3, policy: 'hold' },
      ],
      steps: [
        { do: 'publish', key: 'a.b.c', count: 3 },
        { do: 'publish', key: 'b.b', count: 2 },
        { do: 'publish', key: 'c.b', count: 1 },
        { do: 'publish', key: 'b.b', count: 2 },
        { do: 'consume', consumer: 0 },
        { do: 'drop' },
        { do: 'consume', consumer: 1 },
        { do: 'stop', consumer: 0, after: 'throw' },
        { do: 'stop', consumer: 1, after: 'ack' },
      ],
    },
  ],
  [
    'r27 gen 780: queues [*, max 2; * b.*, ttl long, max 0; b.*, ttl long, dlx→end], 1 consumer: publish consume ack throw drop',
    'dead-letters',
    {
      queues: [
        { base: 'q0', from: 'main', patterns: ['*'], maxLength: 2 },
        { base: 'q1', from: 'main', patterns: ['*', 'b.*'], ttl: 'long', maxLength: 0 },
        { base: 'q2', from: 'main', patterns: ['b.*'], ttl: 'long', dlx: 'end' },
      ],
      consumers: [{ queue: 1, prefetch: 3, policy: 'hold' }],
      steps: [
        { do: 'publish', key: 'b.b', count: 1 },
        { do: 'consume', consumer: 0 },
        { do: 'settle', consumer: 0, pick: 'first', action: 'ack' },
        { do: 'settle', consumer: 0, pick: 'all', action: 'throw' },
        { do: 'publish', key: 'b.b', count: 2 },
        { do: 'drop' },
      ],
    },
  ],
  [
    'r27 gen 499: queues [*, ttl short, max 0; a.b, max 0, dlx→dlx; chained, max 3], 3 consumers: publish expire',
    'dead-letters',
    {
      queues: [
        { base: 'q0', from: 'main', patterns: ['*'], ttl: 'short', maxLength: 0 },
        { base: 'q1', from: 'main', patterns: ['a.b'], maxLength: 0, dlx: 'dlx' },
        { base: 'chain', from: 'dlx', patterns: ['#'], maxLength: 3 },
      ],
      consumers: [
        { queue: 0, prefetch: 2, maxDeliveries: 2, policy: 'hold' },
        { queue: 1, prefetch: 2, policy: 'hold' },
        { queue: 0, prefetch: 1, maxDeliveries: 3, policy: 'hold' },
      ],
      steps: [{ do: 'publish', key: 'b.b', count: 2 }, { do: 'expire' }],
    },
  ],
  [
    'r27 gen 518: queues [a.* a.b, max 1], 1 consumer: publish consume reject requeue ack stop+requeue',
    'settlement',
    {
      queues: [{ base: 'q0', from: 'main', patterns: ['a.*', 'a.b'], maxLength: 1 }],
      consumers: [{ queue: 0, prefetch: 2, maxDeliveries: 3, policy: 'ack' }],
      steps: [
        { do: 'publish', key: 'a.c', count: 3 },
        { do: 'consume', consumer: 0 },
        { do: 'settle', consumer: 0, pick: 'last', action: 'reject' },
        { do: 'settle', consumer: 0, pick: 'first', action: 'requeue' },
        { do: 'publish', key: 'b.b', count: 1 },
        { do: 'settle', consumer: 0, pick: 'first', action: 'requeue' },
        { do: 'settle', consumer: 0, pick: 'last', action: 'ack' },
        { do: 'publish', key: 'a.c', count: 2 },
        { do: 'stop', consumer: 0, after: 'requeue' },
        { do: 'publish', key: 'a.b.c', count: 3 },
      ],
    },
  ],
  [
    'r27 gen 750: queues [#.b, dlx→end; #.b, dlx→dlx; chained, ttl short, max 1, dlx→end], 1 consumer: publish consume throw',
    'dead-letters',
    {
      queues: [
        { base: 'q0', from: 'main', patterns: ['#.b'], dlx: 'end' },
        { base: 'q1', from: 'main', patterns: ['#.b'], dlx: 'dlx' },
        { base: 'chain', from: 'dlx', patterns: ['a.#'], ttl: 'short', maxLength: 1, dlx: 'end' },
      ],
      consumers: [{ queue: 2, prefetch: 3, policy: 'hold' }],
      steps: [
        { do: 'publish', key: 'c.b', count: 1 },
        { do: 'publish', key: 'a.b.c', count: 3 },
        { do: 'consume', consumer: 0 },
        { do: 'settle', consumer: 0, pick: 'all', action: 'throw' },
      ],
    },
  ],
  [
    'r27 gen 519: queues [#, max 1, dlx→dlx; a.*, max 2; chained, max 1, dlx→end], 1 consumer: publish consume stop+ack',
    'dead-letters',
    {
      queues: [
        { base: 'q0', from: 'main', patterns: ['#'], maxLength: 1, dlx: 'dlx' },
        { base: 'q1', from: 'main', patterns: ['a.*'], maxLength: 2 },
        { base: 'chain', from: 'dlx', patterns: ['*'], maxLength: 1, dlx: 'end' },
      ],
      consumers: [{ queue: 2, prefetch: 3, maxDeliveries: 3, policy: 'hold' }],
      steps: [
        { do: 'publish', key: 'a.b.c', count: 2 },
        { do: 'consume', consumer: 0 },
        { do: 'publish', key: 'b.b', count: 2 },
        { do: 'stop', consumer: 0, after: 'ack' },
      ],
    },
  ],
  [
    'r27 gen 448: queues [b.*, max 0; a.#; a.#, max 2], 1 consumer: publish consume stop+throw',
    'settlement',
    {
      queues: [
        { base: 'q0', from: 'main', patterns: ['b.*'], maxLength: 0 },
        { base: 'q1', from: 'main', patterns: ['a.#'] },
        { base: 'q2', from: 'main', patterns: ['a.#'], maxLength: 2 },
      ],
      consumers: [{ queue: 0, prefetch: 2, policy: 'hold' }],
      steps: [
        { do: 'publish', key: 'a.b.c', count: 1 },
        { do: 'consume', consumer: 0 },
        { do: 'stop', consumer: 0, after: 'throw' },
        { do: 'publish', key: 'a.c', count: 1 },
        { do: 'publish', key: 'b.c', count: 2 },
      ],
    },
  ],
  [
    'r27 gen 608: queues [*.*, dlx→end; #, max 3, dlx→dlx; *.b; chained, ttl short, max 2, dlx→end], 2 consumers: publish consume stop+requeue',
    'dead-letters',
    {
      queues: [
        { base: 'q0', from: 'main', patterns: ['*.*'], dlx: 'end' },
        { base: 'q1', from: 'main', patterns: ['#'], maxLength: 3, dlx: 'dlx' },
        { base: 'q2', from: 'main', patterns: ['*.b'] },
        { base: 'chain', from: 'dlx', patterns: ['#'], ttl: 'short', maxLength: 2, dlx: 'end' },
      ],
      consumers: [
        { queue: 2, prefetch: 3, policy: 'hold' },
        { queue: 3, prefetch: 1, maxDeliveries: 3, policy: 'ack' },
      ],
      steps: [
        { do: 'publish', key: 'b.b', count: 3 },
        { do: 'consume', consumer: 1 },
        { do: 'stop', consumer: 1, after: 'requeue' },
      ],
    },
  ],
  [
    'r27 gen crowded 11: queues [b.*, max 0, dlx→end], 3 consumers: publish consume stop+ack throw',
    'dead-letters',
    {
      queues: [{ base: 'q0', from: 'main', patterns: ['b.*'], maxLength: 0, dlx: 'end' }],
      consumers: [
        { queue: 0, prefetch: 2, policy: 'ack' },
        { queue: 0, prefetch: 3, policy: 'hold' },
        { queue: 0, prefetch: 1, policy: 'hold' },
      ],
      steps: [
        { do: 'publish', key: 'a', count: 2 },
        { do: 'consume', consumer: 2 },
        { do: 'consume', consumer: 1 },
        { do: 'publish', key: 'c.b', count: 1 },
        { do: 'stop', consumer: 2, after: 'ack' },
        { do: 'consume', consumer: 2 },
        { do: 'settle', consumer: 2, pick: 'first', action: 'throw' },
      ],
    },
  ],
  [
    'r27 gen crowded 192: queues [a.b, max 1, dlx→dlx; chained, ttl long, max 0, dlx→end], 3 consumers: publish consume stop+throw reject throw',
    'dead-letters',
    {
      queues: [
        { base: 'q0', from: 'main', patterns: ['a.b'], maxLength: 1, dlx: 'dlx' },
        { base: 'chain', from: 'dlx', patterns: ['a.*'], ttl: 'long', maxLength: 0, dlx: 'end' },
      ],
      consumers: [
        { queue: 0, prefetch: 2, policy: 'hold' },
        { queue: 0, prefetch: 1, policy: 'ack' },
        { queue: 0, prefetch: 2, policy: 'hold' },
      ],
      steps: [
        { do: 'publish', key: 'b.c', count: 2 },
        { do: 'publish', key: 'a.c', count: 3 },
        { do: 'consume', consumer: 2 },
        { do: 'stop', consumer: 2, after: 'throw' },
        { do: 'consume', consumer: 1 },
        { do: 'settle', consumer: 1, pick: 'first', action: 'reject' },
        { do: 'settle', consumer: 1, pick: 'all', action: 'throw' },
      ],
    },
  ],
  [
    'r27 gen crowded 204: queues [*.b, ttl long, max 3, dlx→end], 2 consumers: publish consume ack drop stop+throw',
    'dead-letters',
    {
      queues: [{ base: 'q0', from: 'main', patterns: ['*.b'], ttl: 'long', maxLength: 3, dlx: 'end' }],
      consumers: [
        { queue: 0, prefetch: 2, policy: 'hold' },
        { queue: 0, prefetch: 3, policy: 'hold' },
      ],
      steps: [
        { do: 'publish', key: 'a.b', count: 3 },
        { do: 'consume', consumer: 1 },
        { do: 'settle', consumer: 1, pick: 'first', action: 'ack' },
        { do: 'drop' },
        { do: 'stop', consumer: 1, after: 'throw' },
      ],
    },
  ],
];

export const twentySeventhRoundCases: BrokerCase[] = generated.map(([name, group, scenario]) =>
  scenarioCase(name, group, scenario),
);
