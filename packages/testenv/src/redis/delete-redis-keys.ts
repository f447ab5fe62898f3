import { Redis } from 'ioredis';

/** Escapes glob characters so a prefix matches only itself in SCAN's MATCH. */
const globLiteral = (text: string): string => text.replace(/[*?[\]\\]/g, '\\$&');

/** Deletes every key starting with `prefix` (SCAN + UNLINK: never blocks the server like KEYS). */
export async function deleteRedisKeys(url: string, prefix: string): Promise<number> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await client.connect();
  let deleted = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await client.scan(cursor, 'MATCH', `${globLiteral(prefix)}*`, 'COUNT', 500);
      if (keys.length > 0) deleted += await client.unlink(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    await client.quit();
  }
  return deleted;
}
