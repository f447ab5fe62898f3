import type { EngineReply, EngineRequest, PostgresEngine } from '../postgres-engine.js';
import { describeDifferences } from './reply-differences.js';

/**
 * pg-mem checked against PostgreSQL on the user's own SQL: every statement runs on the pg-mem
 * engine and on a PGlite twin; when their answers differ (rows, row count, error code) the
 * statement fails with 'XX000' and a diff, so a test never passes on an answer PostgreSQL would
 * not give. The migrations run on each engine separately; everything after is compared.
 */
export class VerifyingEngine implements PostgresEngine {
  readonly name: string;

  constructor(
    private readonly primary: PostgresEngine,
    private readonly twin: PostgresEngine,
  ) {
    this.name = `${primary.name} verified on ${twin.name}`;
  }

  async run(request: EngineRequest): Promise<EngineReply> {
    const mine = await this.primary.run(request);
    const truth = await this.twin.run(request);
    const differences = describeDifferences(request, mine, truth);
    if (differences.length === 0) return mine;
    const message = [
      `fake postgres verify: ${this.primary.name} and PostgreSQL (${this.twin.name}) disagree on`,
      `  ${request.text.replace(/\s+/g, ' ').trim()}`,
      ...(request.params ? [`  params: ${JSON.stringify(request.params)}`] : []),
      ...differences.map((line) => `  ${line}`),
    ].join('\n');
    return { ...mine, error: { severity: 'ERROR', code: 'XX000', message } };
  }

  async snapshot(): Promise<void> {
    await Promise.all([this.primary.snapshot(), this.twin.snapshot()]);
  }

  async reset(): Promise<void> {
    await this.primary.reset();
    await this.twin.reset();
  }

  async close(): Promise<void> {
    await Promise.all([this.primary.close(), this.twin.close()]);
  }
}
