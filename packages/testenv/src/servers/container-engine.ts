import { existsSync } from 'node:fs';
import type { ContainerRuntimeClient } from 'testcontainers';

/** Labels on every container testenv starts: whose run it is, so leftovers can be found. */
export const OWNER_PID_LABEL = 'dev.seams.testenv.owner-pid';

/**
 * Testcontainers must never pull: Ryuk's image cannot be pulled on machines without a registry (we
 * stop our containers ourselves), and without a host override it pulls `alpine` to find the host.
 * A user's own setting wins.
 */
function configureTestcontainers(): void {
  process.env.TESTCONTAINERS_RYUK_DISABLED ??= 'true';
  process.env.TESTCONTAINERS_HOST_OVERRIDE ??= 'localhost';
}

/**
 * A `DOCKER_HOST=unix://...` whose socket is not there. Testcontainers would go on to the default
 * sockets; but the user named one engine, and another one standing in for it would surprise.
 */
function namedSocketMissing(dockerHost: string | undefined): boolean {
  return dockerHost?.startsWith('unix://') === true && !existsSync(dockerHost.slice('unix://'.length));
}

async function connectWithTestcontainers(): Promise<ContainerRuntimeClient> {
  const { getContainerRuntimeClient } = await import('testcontainers');
  return getContainerRuntimeClient();
}

/** The container engine Testcontainers finds (DOCKER_HOST, the default socket...), or undefined. */
export async function findContainerEngine(
  connect: () => Promise<ContainerRuntimeClient> = connectWithTestcontainers,
): Promise<ContainerRuntimeClient | undefined> {
  if (namedSocketMissing(process.env.DOCKER_HOST)) return undefined;
  configureTestcontainers();
  try {
    return await connect();
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes containers of earlier runs that were killed before their teardown (Ryuk is off). */
export async function removeOrphanedContainers(engine: ContainerRuntimeClient): Promise<void> {
  for (const info of await engine.container.list()) {
    const owner = Number(info.Labels[OWNER_PID_LABEL]);
    if (Number.isInteger(owner) && owner > 0 && !isAlive(owner)) {
      await engine.container
        .remove(engine.container.getById(info.Id), { removeVolumes: true })
        .catch(() => {});
    }
  }
}
