import { createHash } from 'node:crypto';
import { uniqueName } from '../unique-names.js';

/** Every database a run makes starts with this, so the run's teardown can find its leftovers. */
export const runPrefix = (runId: string): string => `seams_${runId}_`;

/** The template for one `templateKey` in one run: a changed key (migrations) names a new template. */
export function templateName(runId: string, templateKey: string): string {
  const digest = createHash('sha256').update(templateKey).digest('hex').slice(0, 16);
  return `${runPrefix(runId)}tpl_${digest}`;
}

/** A fresh name for one test's database. */
export const cloneName = (runId: string): string => `seams_${uniqueName(runId, '_')}`;

/** The comment that marks a failed test's database as kept (`KEEP_FAILED_DB=1`): teardown spares it. */
export const KEPT_COMMENT = 'seams-testenv: kept after a failed test';
