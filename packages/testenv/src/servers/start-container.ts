import type { ContainerRuntimeClient, GenericContainer, StartedTestContainer } from 'testcontainers';
import type { ServiceName } from '../services.js';
import { SERVICE_SPECS } from '../services.js';
import { TestenvError } from '../testenv-error.js';
import { type ContainerPlan, containerPlan } from './container-plan.js';

/** A server started (or, with reuse, taken over) for this run. */
export interface StartedService {
  readonly url: string;
  readonly image: string;
  /** Kept after the run for the next one (`TESTCONTAINERS_REUSE_ENABLE=true`). */
  readonly reusable: boolean;
  /** Stops and removes the container, unless it is reusable. */
  stop(): Promise<void>;
}

interface Started {
  readonly url: string;
  readonly container: StartedTestContainer;
}

/**
 * How long a container may take to say it is ready: `SEAMS_CONTAINER_STARTUP_SECONDS`, default 120.
 * Testcontainers' modules each choose their own (PostgreSQL's and Redis' 120 s, RabbitMQ's 30 s), and
 * RabbitMQ's Erlang boot took longer than 30 s on a 2-core machine while another test pass ran beside it.
 */
export function containerStartupMs(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.SEAMS_CONTAINER_STARTUP_SECONDS;
  if (raw === undefined || raw === '') return 120_000;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds <= 0) {
    throw new TestenvError(
      'CONTAINER_FAILED',
      `SEAMS_CONTAINER_STARTUP_SECONDS must be a positive number of seconds, not ${JSON.stringify(raw)}`,
    );
  }
  return seconds * 1000;
}

interface StartPlan extends ContainerPlan {
  readonly startupMs: number;
}

/** The run's labels, its startup bound, and reuse when the user asked for it. */
function planned<C extends GenericContainer>(container: C, plan: StartPlan): C {
  const labelled = container.withLabels({ ...plan.labels }).withStartupTimeout(plan.startupMs);
  return plan.reuse ? labelled.withReuse() : labelled;
}

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

const STARTERS: Record<ServiceName, (image: string, plan: StartPlan) => Promise<Started>> = {
  async postgres(image, plan) {
    const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
    const container = await planned(
      new PostgreSqlContainer(image)
        .withCommand(POSTGRES_COMMAND)
        .withTmpFs({ '/var/lib/postgresql/data': 'rw' }),
      plan,
    ).start();
    return { container, url: container.getConnectionUri() };
  },
  async rabbitmq(image, plan) {
    const { RabbitMQContainer } = await import('@testcontainers/rabbitmq');
    const container = await planned(new RabbitMQContainer(image), plan).start();
    return { container, url: `amqp://guest:guest@${container.getHost()}:${container.getMappedPort(5672)}` };
  },
  async redis(image, plan) {
    const { RedisContainer } = await import('@testcontainers/redis');
    const container = await planned(new RedisContainer(image), plan).start();
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

/** Starts the service's container from an image already on the engine (or takes over a reusable one). */
export async function startContainer(
  engine: ContainerRuntimeClient,
  service: ServiceName,
): Promise<StartedService> {
  const image = await assertImagePresent(imageExistsOn(engine), service);
  const plan = { ...containerPlan(), startupMs: containerStartupMs() };
  const { url, container } = await STARTERS[service](image, plan).catch((error: unknown) => {
    // Testcontainers' own message names neither the service nor the image.
    const reason = error instanceof Error ? error.message : String(error);
    throw new TestenvError(
      'CONTAINER_FAILED',
      `${service} container from ${image} did not start (bound: ${plan.startupMs / 1000} s, ` +
        `SEAMS_CONTAINER_STARTUP_SECONDS): ${reason}`,
      { cause: error },
    );
  });
  return {
    url,
    image,
    reusable: plan.reuse,
    stop: async () => {
      if (!plan.reuse) await container.stop({ remove: true });
    },
  };
}
