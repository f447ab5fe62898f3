import { redactUrl } from '@seams/ports';
import type { ContainerRuntimeClient } from 'testcontainers';
import type { ServiceName } from '../services.js';
import { SERVICE_SPECS } from '../services.js';
import { TestenvError } from '../testenv-error.js';
import { findContainerEngine, removeOrphanedContainers } from './container-engine.js';
import { isInSeamsRepo, noServerMessage } from './no-server-message.js';
import { startContainer } from './start-container.js';
import { verifyServer } from './verify-server.js';

/** The servers of one run, and how to stop the ones it started. */
export interface ResolvedServices {
  readonly urls: Partial<Record<ServiceName, string>>;
  /** One line per service: where it came from (URLs redacted). */
  readonly report: string[];
  stop(): Promise<void>;
}

function noServerError(missing: readonly ServiceName[]): TestenvError {
  const facts = { missing, dockerHost: process.env.DOCKER_HOST, inSeamsRepo: isInSeamsRepo(process.cwd()) };
  return new TestenvError('NO_SERVER', noServerMessage(facts));
}

/** How the resolution finds a container engine; tests replace it. */
export interface ResolveDependencies {
  findEngine(): Promise<ContainerRuntimeClient | undefined>;
}

/** Resolves each service: its TEST_*_URL when set, else a container on the local engine, else one clear error. */
export async function resolveServices(
  services: readonly ServiceName[],
  dependencies: ResolveDependencies = { findEngine: findContainerEngine },
): Promise<ResolvedServices> {
  const urls: Partial<Record<ServiceName, string>> = {};
  const report: string[] = [];
  const missing: ServiceName[] = [];
  for (const service of services) {
    const url = process.env[SERVICE_SPECS[service].urlVariable];
    if (!url) {
      missing.push(service);
      continue;
    }
    await verifyServer(service, url);
    urls[service] = url;
    report.push(`${service}: ${redactUrl(url)} (${SERVICE_SPECS[service].urlVariable})`);
  }
  const started = missing.length > 0 ? await startMissing(missing, dependencies) : [];
  started.forEach(({ service, started: { url, image, reusable } }) => {
    urls[service] = url;
    const kept = reusable ? ', reusable: kept for the next run' : '';
    report.push(`${service}: container ${image} at ${redactUrl(url)}${kept}`);
  });
  const stop = async () => {
    await Promise.allSettled(started.map(({ started: service }) => service.stop()));
  };
  return { urls, report, stop };
}

async function startMissing(missing: readonly ServiceName[], { findEngine }: ResolveDependencies) {
  const engine = await findEngine();
  if (!engine) throw noServerError(missing);
  await removeOrphanedContainers(engine);
  const results = await Promise.allSettled(missing.map((service) => startContainer(engine, service)));
  const started = results.flatMap((result, index) =>
    result.status === 'fulfilled' ? [{ service: missing[index] as ServiceName, started: result.value }] : [],
  );
  const failure = results.find((result) => result.status === 'rejected');
  if (failure) {
    // Leave nothing running when the run cannot start.
    await Promise.allSettled(started.map(({ started: service }) => service.stop()));
    throw failure.reason;
  }
  return started;
}
