import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { redactUrl } from '@seams/ports';
import { SERVICE_SPECS, type ServiceName } from '../services.js';
import { imageFor } from './start-container.js';

/** What the message depends on, gathered by the caller so the wording can be tested alone. */
export interface NoServerFacts {
  readonly missing: readonly ServiceName[];
  /** `DOCKER_HOST` as set, or undefined (Testcontainers then tries the default sockets). */
  readonly dockerHost: string | undefined;
  /** Whether the run is inside the Seams repository, whose scripts start a local engine. */
  readonly inSeamsRepo: boolean;
}

// The same commands the root README gives: keep the two in step.
const SEAMS_ENGINE = [
  'In this repo, start a local engine and build its images from Debian packages (nothing is pulled):',
  '  eval "$(bash scripts/docker-engine.sh start)"',
  '  bash tooling/container-images/build-images.sh',
];
const SEAMS_IMAGES: Record<ServiceName, string> = {
  postgres: 'seams-local/postgres:15',
  rabbitmq: 'seams-local/rabbitmq:3.10',
  redis: 'seams-local/redis:7',
};

/**
 * The one message a run without servers prints: the variables to set (with URLs of the shape they
 * take), the engine Testcontainers looked for, and how to get one, in this repo or another.
 */
export function noServerMessage({ missing, dockerHost, inSeamsRepo }: NoServerFacts): string {
  const engine = dockerHost
    ? `none answers at DOCKER_HOST=${redactUrl(dockerHost)}`
    : 'none answers at the default socket (DOCKER_HOST is unset)';
  const lines = [
    `@seams/testenv: no server for ${missing.join(', ')}, so no real-server test can run.`,
    '',
    'Point the tests at servers you run:',
    ...missing.map(
      (service) => `  ${SERVICE_SPECS[service].urlVariable}=${SERVICE_SPECS[service].exampleUrl}`,
    ),
    `or let Testcontainers start them on a Docker engine: ${engine}.`,
  ];
  if (inSeamsRepo) {
    const images = missing.map(
      (service) => `${SERVICE_SPECS[service].imageVariable}=${SEAMS_IMAGES[service]}`,
    );
    lines.push(...SEAMS_ENGINE, `  then run again with ${images.join(' ')}`);
  } else {
    lines.push(
      'Start Docker (or set DOCKER_HOST to a running engine) and pull the images first (testenv never pulls):',
      ...missing.map((service) => `  docker pull ${imageFor(service)}`),
    );
  }
  return lines.join('\n');
}

/** Whether `dir` or a parent holds the Seams repository's engine script (the run is inside the repo). */
export function isInSeamsRepo(dir: string): boolean {
  for (let current = dir; ; current = dirname(current)) {
    if (existsSync(join(current, 'scripts', 'docker-engine.sh'))) return true;
    if (dirname(current) === current) return false;
  }
}
