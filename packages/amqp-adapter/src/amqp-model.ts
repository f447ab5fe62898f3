import type { ChannelModel } from 'amqplib';

/** The slice of amqplib's connection (`ChannelModel`) the adapters use: tests can fake just this. */
export interface AmqpModel extends Pick<ChannelModel, 'createChannel' | 'createConfirmChannel' | 'close'> {
  on(event: 'error' | 'close', listener: (error: unknown) => void): unknown;
  once(event: 'close', listener: (error: unknown) => void): unknown;
  removeAllListeners(event: 'close'): unknown;
}
