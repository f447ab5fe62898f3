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

/** The container engine Testcontainers finds (DOCKER_HOST, the default socket...), or undefined. */
export async function findContainerEngine(): Promise<ContainerRuntimeClient | undefined> {
  configureTestcontainers();
  const { getContainerRuntimeClient } = await import('testcontainers');
  try {
    return await getContainerRuntimeClient();
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
