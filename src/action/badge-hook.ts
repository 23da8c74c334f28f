// When the action publishes the repository badge: a push to the default branch (the rule lives in src/badge).
import { shouldPublishBadge } from '../badge/publish-rule.js';

export function isDefaultBranchPush(eventName: string, payload: Record<string, unknown>): boolean {
  const repository = payload.repository as { default_branch?: unknown } | undefined;
  const defaultBranch = typeof repository?.default_branch === 'string' ? repository.default_branch : undefined;
  return shouldPublishBadge({
    eventName,
    ref: typeof payload.ref === 'string' ? payload.ref : '',
    defaultBranch,
    enabled: true,
  });
}
