import { createHash } from 'node:crypto';
import { uniqueName } from '../unique-names.js';

/** Every database a run makes starts with this, so the run's teardown can find its leftovers. */
export const runPrefix = (runId: string): string => `seams_${runId}_`;

/** Templates belong to no run: they outlive it, for the next run with the same migrations. */
export const TEMPLATE_PREFIX = 'seams_tpl_';

/** The template for one `templateKey`: a changed key (migrations) names a new template. */
export function templateName(templateKey: string): string {
  const digest = createHash('sha256').update(templateKey).digest('hex').slice(0, 16);
  return `${TEMPLATE_PREFIX}${digest}`;
}

/** A fresh name for one test's database. */
export const cloneName = (runId: string): string => `seams_${uniqueName(runId, '_')}`;

/** The comment that marks a failed test's database as kept (`KEEP_FAILED_DB=1`): teardown spares it. */
export const KEPT_COMMENT = 'seams-testenv: kept after a failed test';

const LAST_USED = 'seams-testenv template, last used ';

/** The comment a template carries: when a run last used it, for the sweep of stale templates. */
export const templateComment = (lastUsed: Date): string => `${LAST_USED}${lastUsed.toISOString()}`;

/** When the template was last used, from its comment; undefined when the comment is not ours. */
export function lastUsedOf(comment: string | null): Date | undefined {
  if (!comment?.startsWith(LAST_USED)) return undefined;
  const date = new Date(comment.slice(LAST_USED.length));
  return Number.isNaN(date.getTime()) ? undefined : date;
}
