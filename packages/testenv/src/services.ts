/** A real server a containers project can ask for. */
export type ServiceName = 'postgres' | 'rabbitmq' | 'redis';

/** Every service, in the order they are resolved and reported. */
export const SERVICE_NAMES: readonly ServiceName[] = ['postgres', 'rabbitmq', 'redis'];

/** How a service is named by the environment: the URL of an existing server, or the image to start. */
export interface ServiceSpec {
  readonly urlVariable: string;
  readonly imageVariable: string;
  /** The official image: what a machine with a registry-fed Docker engine already has or can get. */
  readonly defaultImage: string;
}

export const SERVICE_SPECS: Readonly<Record<ServiceName, ServiceSpec>> = {
  postgres: {
    urlVariable: 'TEST_POSTGRES_URL',
    imageVariable: 'TEST_POSTGRES_IMAGE',
    defaultImage: 'postgres:16-alpine',
  },
  rabbitmq: {
    urlVariable: 'TEST_RABBITMQ_URL',
    imageVariable: 'TEST_RABBITMQ_IMAGE',
    defaultImage: 'rabbitmq:3-management-alpine',
  },
  redis: {
    urlVariable: 'TEST_REDIS_URL',
    imageVariable: 'TEST_REDIS_IMAGE',
    defaultImage: 'redis:7-alpine',
  },
};

/** Narrows configuration input (a plain string list) to known services, refusing typos loudly. */
export function toServiceNames(values: readonly string[]): ServiceName[] {
  return values.map((value) => {
    if (!(SERVICE_NAMES as readonly string[]).includes(value)) {
      throw new Error(`unknown service "${value}" in containers.services: use ${SERVICE_NAMES.join(', ')}`);
    }
    return value as ServiceName;
  });
}
