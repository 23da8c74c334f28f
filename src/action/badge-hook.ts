// Hook for the repository badge (issue 7). The badge helper's `publishFromAction` (src/badge/action-publish.ts) takes
// exactly a BadgeRequest; until that module is merged this hook only reports what it would publish.
import type { InputProblem } from '../errors.js';
import type { Estimate } from '../estimate/types.js';

export interface BadgeRequest {
  estimate: Estimate;
  /** The checkout; the badge branch is pushed through its persisted credentials. */
  repoDir: string;
  sha: string;
  branch: string;
  figure: string;
  grades: string;
  /** The total budget in force, drawn as the dashboard's budget line. */
  budgetKg?: number;
  repository: string;
}

export interface BadgeOutcome {
  published: boolean;
  problems: InputProblem[];
}

/** Badges come from the default branch only, never from pull requests. */
export function isDefaultBranchPush(eventName: string, payload: Record<string, unknown>): boolean {
  const repository = payload.repository as { default_branch?: unknown } | undefined;
  const branch = typeof repository?.default_branch === 'string' ? repository.default_branch : undefined;
  return eventName === 'push' && branch !== undefined && payload.ref === `refs/heads/${branch}`;
}

export async function publishBadgeHook(request: BadgeRequest, log: (message: string) => void): Promise<BadgeOutcome> {
  // Wiring once src/badge is merged: `const result = await publishFromAction(request);`
  log(`ml-carbon: badge for ${request.sha.slice(0, 7)} (figure \`${request.figure}\`) would go to branch \`${request.branch}\`; badge publishing (src/badge) is not part of this build`);
  return { published: false, problems: [] };
}
