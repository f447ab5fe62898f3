import { describe, expect, it } from 'vitest';
import {
  NO_CREDIT_ARGUMENTS,
  readsCreditArgument,
  type SettlingChannel,
  settlementsApplied,
} from './settlements-applied.js';

function recordingChannel(calls: string[], version = '3.10.8'): SettlingChannel {
  return {
    connection: { serverProperties: { version } },
    consume: async (queue, _onMessage, options) => {
      calls.push(`consume ${queue} ${JSON.stringify(options?.arguments)}`);
      return { consumerTag: 'probe-1' };
    },
    cancel: async (consumerTag) => {
      calls.push(`cancel ${consumerTag}`);
      return { consumerTag };
    },
    prefetch: async (count) => {
      calls.push(`qos ${count}`);
      return {};
    },
    nack: () => {
      calls.push('nack');
    },
  };
}

describe('settlementsApplied', () => {
  it('adds a consumer without credit, cancels it, then waits on a qos round trip', async () => {
    const calls: string[] = [];
    await settlementsApplied(recordingChannel(calls), 'work');
    expect(calls).toEqual([`consume work ${JSON.stringify(NO_CREDIT_ARGUMENTS)}`, 'cancel probe-1', 'qos 0']);
  });

  it('asks for no credit in the types RabbitMQ 3.10 reads: credit a 64-bit long, drain a bool', () => {
    expect(NO_CREDIT_ARGUMENTS['x-credit']).toEqual({ credit: { '!': 'long', value: 0 }, drain: false });
  });

  it('does nothing on a broker that does not read x-credit (RabbitMQ 4, or an unknown version)', async () => {
    const calls: string[] = [];
    await settlementsApplied(recordingChannel(calls, '4.0.5'), 'work');
    expect(calls).toEqual([]);
    expect(readsCreditArgument({ ...recordingChannel([]), connection: {} })).toBe(false);
    expect(readsCreditArgument(recordingChannel([], '3.13.7'))).toBe(true);
  });
});
