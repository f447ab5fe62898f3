import { EventEmitter } from 'node:events';
import { type AddressInfo, createServer } from 'node:net';
import { FakeClock } from '@seams/fakes';
import { hasErrorCode } from '@seams/ports';
import { describe, expect, it, onTestFinished } from 'vitest';
import { AmqpConnection } from './amqp-connection.js';
import { isConnectionLoss } from './amqp-errors.js';
import type { AmqpModel } from './amqp-model.js';

/** Stands in for amqplib's connection: it opens no channels and can be closed from either side. */
class FakeModel extends EventEmitter implements AmqpModel {
  closed = false;
  createChannel(): never {
    throw new Error('FakeModel opens no channels');
  }
  createConfirmChannel(): never {
    throw new Error('FakeModel opens no channels');
  }
  async close(): Promise<void> {
    this.drop();
  }
  drop(): void {
    if (this.closed) return;
    this.closed = true;
    this.emit('close', new Error('socket closed'));
  }
}

function harness(failures = 0) {
  const clock = new FakeClock();
  const models: FakeModel[] = [];
  let attempts = 0;
  const connect = async (): Promise<AmqpModel> => {
    attempts += 1;
    if (attempts <= failures) throw new Error('ECONNREFUSED');
    const model = new FakeModel();
    models.push(model);
    return model;
  };
  const connection = new AmqpConnection({
    url: 'amqp://guest:s3cret@127.0.0.1:5672',
    clock,
    random: () => 0,
    backoff: { initialMs: 100, maxMs: 400 },
    connect,
  });
  return { clock, models, connection, attempts: () => attempts };
}

describe('AmqpConnection', () => {
  it('gives up a connect that hears nothing after connectTimeoutMs (a partitioned broker)', async () => {
    // The client gives up and resets the socket: that reset is the test's doing, not a server error.
    const silent = createServer((socket) => socket.on('data', () => undefined).on('error', () => undefined));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    onTestFinished(() => new Promise<void>((resolve) => silent.close(() => resolve())));
    const { port } = silent.address() as AddressInfo;
    const connection = new AmqpConnection({ url: `amqp://127.0.0.1:${port}`, connectTimeoutMs: 100 });
    onTestFinished(() => connection.close());
    const error = await connection.connect().catch((caught: unknown) => caught);
    expect(hasErrorCode(error, 'DEPENDENCY_UNAVAILABLE')).toBe(true);
  });

  it('rejects a failed first connect with DependencyUnavailableError, password redacted', async () => {
    const { connection } = harness(1);
    const error = await connection.connect().catch((caught: unknown) => caught);
    expect(hasErrorCode(error, 'DEPENDENCY_UNAVAILABLE')).toBe(true);
    expect(String((error as Error).message)).toContain('guest:***@');
    expect(String((error as Error).message)).not.toContain('s3cret');
  });

  it('reconnects after a loss with capped exponential backoff and reruns topology hooks before channel hooks', async () => {
    const { clock, models, connection, attempts } = harness();
    const order: string[] = [];
    await connection.attach({ phase: 'channels', open: async () => void order.push('channels') });
    await connection.attach({ phase: 'topology', open: async () => void order.push('topology') });
    await connection.connect();
    expect(order).toEqual(['topology', 'channels']);
    models[0]?.drop();
    expect(connection.state).toBe('reconnecting');
    expect(connection.model).toBeUndefined();
    await clock.advance(49);
    expect(attempts()).toBe(1);
    await clock.advance(1);
    expect(connection.state).toBe('connected');
    expect(order).toEqual(['topology', 'channels', 'topology', 'channels']);
  });

  it('keeps retrying while the broker is down, waiting longer each time up to the cap', async () => {
    const { clock, models, connection, attempts } = harness();
    await connection.connect();
    let refuse = false;
    await connection.attach({
      phase: 'channels',
      open: async () => {
        if (refuse) throw new Error('broker still starting');
      },
    });
    refuse = true;
    models[0]?.drop();
    await clock.advance(50); // attempt 2 fails; next waits 100
    await clock.advance(100); // attempt 3 fails; next waits 200
    await clock.advance(200); // attempt 4 fails; next waits 200 (cap 400 / 2)
    expect(attempts()).toBe(4);
    refuse = false;
    await clock.advance(199);
    expect(connection.state).toBe('reconnecting');
    await clock.advance(1);
    expect(connection.state).toBe('connected');
  });

  it('reconnected() resolves once a reconnect is over: connected, or closed', async () => {
    const { clock, models, connection } = harness();
    await connection.connect();
    await expect(connection.reconnected()).resolves.toBe('connected');
    models[0]?.drop();
    const back = connection.reconnected();
    await clock.advance(50);
    await expect(back).resolves.toBe('connected');
    models[1]?.drop();
    const closed = connection.reconnected();
    await connection.close();
    await expect(closed).resolves.toBe('closed');
  });

  it('a hook whose open failed because the connection dropped under it runs again on the reconnect', async () => {
    const { clock, models, connection } = harness();
    await connection.connect();
    const opened: number[] = [];
    let first = true;
    await connection.attach({
      phase: 'channels',
      open: async (model) => {
        if (first) {
          first = false;
          (model as FakeModel).drop();
          // What amqplib throws for an operation on a connection that is closing.
          throw Object.assign(new Error('Connection closing'), { name: 'IllegalOperationError' });
        }
        opened.push(models.indexOf(model as FakeModel));
      },
    });
    await clock.advance(50);
    expect(connection.state).toBe('connected');
    expect(opened).toEqual([1]);
  });

  it('a hook refused with an AMQP reply code fails attach and is not kept', async () => {
    const { clock, models, connection } = harness();
    await connection.connect();
    let runs = 0;
    const refused = Object.assign(new Error('NOT_FOUND'), { code: 404 });
    const attaching = connection.attach({
      phase: 'channels',
      open: async () => {
        runs += 1;
        throw refused;
      },
    });
    await expect(attaching).rejects.toBe(refused);
    models[0]?.drop();
    await clock.advance(50);
    expect(connection.state).toBe('connected');
    expect(runs).toBe(1);
  });

  it('isConnectionLoss tells an operation cut short by a closing connection from a refusal or a mistake', () => {
    const named = (name: string, message: string) => Object.assign(new Error(message), { name });
    expect(isConnectionLoss(named('IllegalOperationError', 'Connection closing'))).toBe(true);
    expect(isConnectionLoss(new Error('Channel ended, no reply will be forthcoming'))).toBe(true);
    expect(isConnectionLoss(Object.assign(new Error('NOT_FOUND'), { code: 404 }))).toBe(false);
    expect(isConnectionLoss(new TypeError('bad argument'))).toBe(false);
    expect(isConnectionLoss(new Error('No channels left to allocate'))).toBe(false);
  });

  it('close() stops reconnecting and is idempotent', async () => {
    const { clock, models, connection, attempts } = harness();
    await connection.connect();
    models[0]?.drop();
    await connection.close();
    await connection.close();
    await clock.advance(10_000);
    expect(attempts()).toBe(1);
    expect(connection.state).toBe('closed');
  });
});
