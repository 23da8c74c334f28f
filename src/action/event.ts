// What the triggering event means for ml-carbon, from a plain context object (no process.env, no github.context):
// where to comment, which commit is the head, where head files come from, and the candidate base commit.

export interface EventContext {
  eventName: string;
  /** The parsed webhook payload (GITHUB_EVENT_PATH). */
  payload: Record<string, unknown>;
  /** owner/name (GITHUB_REPOSITORY). */
  repository: string;
  /** GITHUB_SHA. */
  sha: string;
}

export interface TargetOverrides {
  prNumber?: number;
  headSha?: string;
}

export interface Target {
  event: string;
  owner: string;
  repo: string;
  /** The PR to comment on; undefined for push, workflow_dispatch, or a workflow_run whose PR must still be looked up. */
  prNumber?: number;
  /** Commit the check run / status is attached to. */
  headSha: string;
  /**
   * Where head files are read: the checked-out workspace, or the head commit itself (pull_request_target and
   * workflow_run run the base branch's workflow, so the workspace is not the PR's code).
   */
  headSource: 'workspace' | 'commit';
  /** Base commit and branch the event names, if any. */
  baseSha?: string;
  baseRef?: string;
  /** PR head and base live in different repositories. */
  isFork: boolean;
  /** A workflow_run without PR details: the shell must ask the API for the PR (by number or by head SHA). */
  needsPullLookup: boolean;
  /** Comments belong to pull requests only. */
  canComment: boolean;
}

type Obj = Record<string, unknown>;
const obj = (value: unknown): Obj => (typeof value === 'object' && value !== null ? (value as Obj) : {});
const str = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined);
const num = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isInteger(value) ? value : undefined;
const ZERO_SHA = /^0{40}$/;

export function targetFromEvent(context: EventContext, overrides: TargetOverrides = {}): Target {
  const [owner = '', repo = ''] = context.repository.split('/');
  const payload = context.payload;
  const common = { event: context.eventName, owner, repo, isFork: false, needsPullLookup: false };
  switch (context.eventName) {
    case 'pull_request':
    case 'pull_request_target': {
      const pull = obj(payload.pull_request);
      const head = obj(pull.head);
      const base = obj(pull.base);
      const headRepo = str(obj(head.repo).full_name);
      const baseRepo = str(obj(base.repo).full_name) ?? context.repository;
      return {
        ...common,
        prNumber: overrides.prNumber ?? num(pull.number) ?? num(payload.number),
        headSha: overrides.headSha ?? str(head.sha) ?? context.sha,
        headSource: context.eventName === 'pull_request_target' ? 'commit' : 'workspace',
        baseSha: str(base.sha),
        baseRef: str(base.ref),
        isFork: headRepo !== undefined && headRepo !== baseRepo,
        canComment: true,
      };
    }
    case 'workflow_run': {
      const run = obj(payload.workflow_run);
      const pulls = Array.isArray(run.pull_requests) ? run.pull_requests.map(obj) : [];
      const headRepo = str(obj(run.head_repository).full_name);
      const prNumber = overrides.prNumber ?? num(pulls[0]?.number);
      return {
        ...common,
        prNumber,
        headSha: overrides.headSha ?? str(run.head_sha) ?? context.sha,
        headSource: 'commit',
        isFork: headRepo !== undefined && headRepo !== context.repository,
        // Even when the payload names the PR, its base may have moved: the API's answer is authoritative.
        needsPullLookup: true,
        canComment: true,
      };
    }
    case 'push': {
      const before = str(payload.before);
      return {
        ...common,
        headSha: overrides.headSha ?? str(payload.after) ?? context.sha,
        headSource: 'workspace',
        baseSha: before && !ZERO_SHA.test(before) ? before : undefined,
        baseRef: str(payload.ref)?.replace(/^refs\/heads\//, ''),
        prNumber: overrides.prNumber,
        canComment: overrides.prNumber !== undefined,
      };
    }
    default:
      return {
        ...common,
        headSha: overrides.headSha ?? context.sha,
        headSource: overrides.headSha && overrides.headSha !== context.sha ? 'commit' : 'workspace',
        prNumber: overrides.prNumber,
        canComment: overrides.prNumber !== undefined,
      };
  }
}

export interface BaseChoice {
  /** The commit whose numbers are compared with the head. */
  sha: string;
  /**
   * The commit whose manifests hold the budget in force: the base branch tip (base.sha), the commit before a push, or
   * the `base-ref` commit. Never the merge-base: a branch cut from an old commit must not pick an older, looser budget.
   */
  budgetSha: string;
  kind: 'base-sha' | 'merge-base' | 'before' | 'override';
  /** One sentence for the comment: which commit and why. */
  reason: string;
}

/** Events whose base is a pull request's base branch: without one, the budget in force is unknown. */
export function expectsPullBase(eventName: string): boolean {
  return eventName === 'pull_request' || eventName === 'pull_request_target' || eventName === 'workflow_run';
}

export interface BaseFacts {
  /** Commit checked out in the workspace and its parents, when git could tell. */
  workspaceHead?: string;
  workspaceParents: string[];
  /** merge-base of the PR head and base, when both are in the local history. */
  mergeBase?: string;
  /** Resolved `base-ref` input. */
  override?: { ref: string; sha: string };
}

const short = (sha: string) => sha.slice(0, 7);

export function chooseBase(target: Target, facts: BaseFacts): BaseChoice | undefined {
  if (facts.override) {
    return {
      sha: facts.override.sha,
      budgetSha: facts.override.sha,
      kind: 'override',
      reason: `the \`base-ref\` input asked for \`${facts.override.ref}\` (${short(facts.override.sha)})`,
    };
  }
  if (!target.baseSha) return undefined;
  const branch = target.baseRef ? `\`${target.baseRef}\`` : 'the base branch';
  if (target.event === 'push') {
    return {
      sha: target.baseSha,
      budgetSha: target.baseSha,
      kind: 'before',
      reason: `the commit before this push to ${branch} (${short(target.baseSha)})`,
    };
  }
  const testMerge =
    target.headSource === 'workspace' &&
    facts.workspaceParents.length === 2 &&
    facts.workspaceParents[0] === target.baseSha;
  if (testMerge) {
    return {
      sha: target.baseSha,
      budgetSha: target.baseSha,
      kind: 'base-sha',
      reason: `the PR's base.sha ${short(target.baseSha)}: the checkout is GitHub's test merge into ${branch}, whose first parent is that commit, so the difference is exactly what merging adds`,
    };
  }
  if (facts.mergeBase && facts.mergeBase !== target.baseSha) {
    return {
      sha: facts.mergeBase,
      budgetSha: target.baseSha,
      kind: 'merge-base',
      reason: `the merge-base ${short(facts.mergeBase)} of the PR head and ${branch}: the head is checked out as is, so comparing with the merge-base shows only what this PR changes, not later commits on ${branch}; the budget in force is still read from the tip of ${branch} (${short(target.baseSha)})`,
    };
  }
  const why = facts.mergeBase
    ? 'the PR branch starts from it'
    : 'the merge-base is not in the local history (shallow checkout)';
  return {
    sha: target.baseSha,
    budgetSha: target.baseSha,
    kind: 'base-sha',
    reason: `the PR's base.sha ${short(target.baseSha)}, the tip of ${branch} when this event fired (${why})`,
  };
}
