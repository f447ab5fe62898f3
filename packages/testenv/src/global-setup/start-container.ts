import type { ContainerRuntimeClient, StartedTestContainer } from 'testcontainers';
import type { ServiceName } from '../services.js';
import { SERVICE_SPECS } from '../services.js';
import { TestenvError } from '../testenv-error.js';
import { OWNER_PID_LABEL } from './container-engine.js';

/** A server started for this run. */
export interface StartedService {
  readonly url: string;
  readonly image: string;
  readonly container: StartedTestContainer;
}

const labels = () => ({ [OWNER_PID_LABEL]: String(process.pid) });

// Durability buys nothing for throw-away test data: no fsync, and the data directory in memory,
// make CREATE DATABASE (a test's clone) about ten times cheaper.
const POSTGRES_COMMAND = [
  'postgres',
  '-c',
  'fsync=off',
  '-c',
  'synchronous_commit=off',
  '-c',
  'full_page_writes=off',
];

const STARTERS: Record<ServiceName, (image: string) => Promise<Omit<StartedService, 'image'>>> = {
  async postgres(image) {
    const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
    const container = await new PostgreSqlContainer(image)
      .withCommand(POSTGRES_COMMAND)
      .withTmpFs({ '/var/lib/postgresql/data': 'rw' })
      .withLabels(labels())
      .start();
    return { container, url: container.getConnectionUri() };
  },
  async rabbitmq(image) {
    const { RabbitMQContainer } = await import('@testcontainers/rabbitmq');
    const container = await new RabbitMQContainer(image).withLabels(labels()).start();
    return { container, url: `amqp://guest:guest@${container.getHost()}:${container.getMappedPort(5672)}` };
  },
  async redis(image) {
    const { RedisContainer } = await import('@testcontainers/redis');
    const container = await new RedisContainer(image).withLabels(labels()).start();
    return { container, url: container.getConnectionUrl() };
  },
};

/** The image to run: `TEST_<SERVICE>_IMAGE`, else the official one. */
export const imageFor = (service: ServiceName): string =>
  process.env[SERVICE_SPECS[service].imageVariable] || SERVICE_SPECS[service].defaultImage;

/** Whether the engine already has an image, by its full name (e.g. `postgres:16-alpine`). */
export type ImageExists = (image: string) => Promise<boolean>;

/** Fails clearly unless the service's image is already on the engine: testenv never pulls. */
export async function assertImagePresent(exists: ImageExists, service: ServiceName): Promise<string> {
  const image = imageFor(service);
  if (!(await exists(image))) {
    const variable = SERVICE_SPECS[service].imageVariable;
    throw new TestenvError(
      'IMAGE_MISSING',
      `image ${image} for ${service} is not on the container engine and testenv never pulls: load or build it ` +
        `(tooling/container-images builds seams-local/* images) and name it in ${variable}`,
    );
  }
  return image;
}

/** The engine's image check; testcontainers (slow to import) is loaded only here, never by the check's tests. */
export function imageExistsOn(engine: ContainerRuntimeClient): ImageExists {
  return async (image) => {
    const { ImageName } = await import('testcontainers');
    return engine.image.exists(ImageName.fromString(image));
  };
}

/** Starts the service's container from an image already on the engine. */
export async function startContainer(
  engine: ContainerRuntimeClient,
  service: ServiceName,
): Promise<StartedService> {
  const image = await assertImagePresent(imageExistsOn(engine), service);
  return { image, ...(await STARTERS[service](image)) };
}
