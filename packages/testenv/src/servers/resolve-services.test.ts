import { afterEach, describe, expect, it, vi } from 'vitest';
import { TestenvError } from '../testenv-error.js';
import { resolveServices } from './resolve-services.js';
import { assertImagePresent } from './start-container.js';

const noEngine = { findEngine: async () => undefined };

describe('resolveServices without a URL or an engine', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('fails with one error naming every missing variable and DOCKER_HOST', async () => {
    vi.stubEnv('TEST_POSTGRES_URL', '');
    vi.stubEnv('TEST_REDIS_URL', '');
    vi.stubEnv('DOCKER_HOST', 'unix:///nowhere/docker.sock');
    const failure = resolveServices(['postgres', 'redis'], noEngine);
    await expect(failure).rejects.toBeInstanceOf(TestenvError);
    await expect(failure).rejects.toMatchObject({ code: 'NO_SERVER' });
    await expect(failure).rejects.toThrow(
      /TEST_POSTGRES_URL=.*\n {2}TEST_REDIS_URL=.*\n.*DOCKER_HOST=unix:\/\/\/nowhere\/docker.sock/,
    );
  });

  it('asks nothing of an engine when no service is declared', async () => {
    const findEngine = vi.fn(async () => undefined);
    await expect(resolveServices([], { findEngine })).resolves.toMatchObject({ urls: {} });
    expect(findEngine).not.toHaveBeenCalled();
  });
});

describe('assertImagePresent', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('refuses an image the engine does not have instead of pulling it', async () => {
    vi.stubEnv('TEST_REDIS_IMAGE', 'seams-local/redis:does-not-exist');
    const exists = vi.fn(async () => false);
    await expect(assertImagePresent(exists, 'redis')).rejects.toMatchObject({
      code: 'IMAGE_MISSING',
      message: expect.stringMatching(/seams-local\/redis:does-not-exist.*never pulls.*TEST_REDIS_IMAGE/),
    });
  });

  it('takes the image from TEST_*_IMAGE, else the official one', async () => {
    const exists = vi.fn(async () => true);
    await expect(assertImagePresent(exists, 'postgres')).resolves.toBe('postgres:16-alpine');
    vi.stubEnv('TEST_POSTGRES_IMAGE', 'seams-local/postgres:15');
    await expect(assertImagePresent(exists, 'postgres')).resolves.toBe('seams-local/postgres:15');
    expect(exists.mock.calls).toEqual([['postgres:16-alpine'], ['seams-local/postgres:15']]);
  });
});
