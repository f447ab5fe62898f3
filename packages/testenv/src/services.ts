import { TestenvError } from './testenv-error.js';

/** A real server a containers project can ask for. */
export type ServiceName = 'postgres' | 'rabbitmq' | 'redis';

/** Every service, in the order they are resolved and reported. */
export const SERVICE_NAMES: readonly ServiceName[] = ['postgres', 'rabbitmq', 'redis'];

/** How a service is named by the environment: the URL of an existing server, or the image to start. */
export interface ServiceSpec {
  readonly urlVariable: string;
  /** A URL of the shape the variable takes: a server on this machine with the images' default credentials. */
  readonly exampleUrl: string;
  readonly imageVariable: string;
  /** The official image: what a machine with a registry-fed Docker engine already has or can get. */
  readonly defaultImage: string;
}

export const SERVICE_SPECS: Readonly<Record<ServiceName, ServiceSpec>> = {
  postgres: {
    urlVariable: 'TEST_POSTGRES_URL',
    exampleUrl: 'postgres://postgres@127.0.0.1:5432/postgres',
    imageVariable: 'TEST_POSTGRES_IMAGE',
    defaultImage: 'postgres:16-alpine',
  },
  rabbitmq: {
    urlVariable: 'TEST_RABBITMQ_URL',
    exampleUrl: 'amqp://guest:guest@127.0.0.1:5672',
    imageVariable: 'TEST_RABBITMQ_IMAGE',
    defaultImage: 'rabbitmq:3-management-alpine',
  },
  redis: {
    urlVariable: 'TEST_REDIS_URL',
    exampleUrl: 'redis://127.0.0.1:6379',
    imageVariable: 'TEST_REDIS_IMAGE',
    defaultImage: 'redis:7-alpine',
  },
};

const isServiceName = (value: string): value is ServiceName =>
  SERVICE_NAMES.some((service) => service === value);

/** Narrows configuration input (a plain string list) to known services, refusing typos loudly. */
export function toServiceNames(values: readonly string[]): ServiceName[] {
  return values.map((value) => {
    if (!isServiceName(value)) {
      throw new TestenvError(
        'UNKNOWN_SERVICE',
        `unknown service "${value}": use ${SERVICE_NAMES.join(', ')}`,
      );
    }
    return value;
  });
}
