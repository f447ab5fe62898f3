import { findContainerEngine } from '../src/servers/container-engine.js';
import { assertImagePresent, imageExistsOn, startContainer } from '../src/servers/start-container.js';
import { SERVICE_NAMES } from '../src/services.js';
import { show, timed } from './figures.js';

const STARTS = Number(process.env.SEAMS_BENCH_STARTS ?? 3);

/** Each service's container start-up (Testcontainers' default waits), when an engine and its image are there. */
export async function containerFigures(): Promise<void> {
  const engine = await findContainerEngine();
  if (!engine) return console.log('container start-up: skipped (no container engine reachable)');
  for (const service of SERVICE_NAMES) {
    const image = await assertImagePresent(imageExistsOn(engine), service).catch(() => undefined);
    if (!image) {
      console.log(`container start-up, ${service}: skipped (image not on the engine)`);
      continue;
    }
    const samples: number[] = [];
    for (let i = 0; i < STARTS; i++) {
      let stop = async () => {};
      samples.push(
        await timed(async () => {
          stop = (await startContainer(engine, service)).stop;
        }),
      );
      await stop();
    }
    show(`container start-up, ${service} (${image})`, samples);
  }
}
