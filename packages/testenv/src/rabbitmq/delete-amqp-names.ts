import amqp from 'amqplib';

/**
 * Deletes each name as a queue and as an exchange (a test may use a name for either). Both deletes
 * succeed when nothing of that name exists, so no bookkeeping of what was declared is needed.
 */
export async function deleteAmqpNames(url: string, names: readonly string[]): Promise<void> {
  if (names.length === 0) return;
  const connection = await amqp.connect(url);
  try {
    const channel = await connection.createChannel();
    for (const name of names) {
      await channel.deleteQueue(name);
      await channel.deleteExchange(name);
    }
    await channel.close();
  } finally {
    await connection.close();
  }
}
