import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';
import { type Fakes, loadFakes, preloadFakes } from './load-fakes.js';

/** What Node throws for `import('@seams/fakes')` in an install without it. */
function missing(name: string): Error {
  return Object.assign(
    new Error(`Cannot find package '${name}' imported from /srv/order-service/dist/server.js`),
    {
      code: 'ERR_MODULE_NOT_FOUND',
    },
  );
}

const failing = (error: Error) => (): Promise<Fakes> => Promise.reject(error);

describe('loadFakes', () => {
  it('loads @seams/fakes when a part runs embedded', async () => {
    const fakes = await loadFakes(loadConfig({}));
    expect(typeof fakes.createFakePostgres).toBe('function');
  });

  it('without @seams/fakes installed, names each variable to set instead', async () => {
    const config = loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379' });
    await expect(loadFakes(config, failing(missing('@seams/fakes')))).rejects.toThrow(
      new ConfigError([
        'DATABASE_URL must be set: the embedded database (PGlite or pg-mem) comes from @seams/fakes, which this install leaves out',
        'AMQP_URL must be set: the embedded broker comes from @seams/fakes, which this install leaves out',
        'PAYMENTS_URL and PAYMENTS_API_KEY must be set: the embedded payments API comes from @seams/fakes, which this install leaves out',
      ]),
    );
  });

  it('lets any other failure through: a dependency of the fakes missing is a broken install', async () => {
    const broken = missing('pg-mem');
    await expect(loadFakes(loadConfig({}), failing(broken))).rejects.toBe(broken);
  });

  it('preloads nothing when every part runs on a real server', async () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://db/orders',
      AMQP_URL: 'amqp://mq',
      REDIS_URL: 'redis://cache',
      PAYMENTS_URL: 'https://pay.example',
      PAYMENTS_API_KEY: 'k',
    });
    await expect(preloadFakes(config, failing(missing('@seams/fakes')))).resolves.toBeUndefined();
    await expect(preloadFakes(loadConfig({}), failing(missing('@seams/fakes')))).rejects.toBeInstanceOf(
      ConfigError,
    );
  });
});
