import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isInSeamsRepo, noServerMessage } from './no-server-message.js';

describe('noServerMessage', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('tells a user of another repo what to set, and to start Docker with the images pulled', () => {
    vi.stubEnv('TEST_REDIS_IMAGE', '');
    const message = noServerMessage({
      missing: ['postgres', 'redis'],
      dockerHost: undefined,
      inSeamsRepo: false,
    });
    expect(message).toBe(
      [
        '@seams/testenv: no server for postgres, redis, so no real-server test can run.',
        '',
        'Point the tests at servers you run:',
        '  TEST_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/postgres',
        '  TEST_REDIS_URL=redis://127.0.0.1:6379',
        'or let Testcontainers start them on a Docker engine: none answers at the default socket (DOCKER_HOST is unset).',
        'Start Docker (or set DOCKER_HOST to a running engine) and pull the images first (testenv never pulls):',
        '  docker pull postgres:16-alpine',
        '  docker pull redis:7-alpine',
      ].join('\n'),
    );
  });

  it('names the image a user chose, and DOCKER_HOST without its password', () => {
    vi.stubEnv('TEST_POSTGRES_IMAGE', 'postgres:17');
    const message = noServerMessage({
      missing: ['postgres'],
      dockerHost: 'tcp://me:s3cret@10.0.0.5:2376',
      inSeamsRepo: false,
    });
    expect(message).toContain('none answers at DOCKER_HOST=tcp://me:***@10.0.0.5:2376.');
    expect(message).toContain('  docker pull postgres:17');
    expect(message).not.toContain('s3cret');
  });
});

describe('isInSeamsRepo', () => {
  it('finds the engine script from any folder of this repo, and not from elsewhere', () => {
    expect(isInSeamsRepo(fileURLToPath(new URL('.', import.meta.url)))).toBe(true);
    expect(isInSeamsRepo(tmpdir())).toBe(false);
  });
});
