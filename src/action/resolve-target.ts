// The target after the API had its say: under workflow_run the pull request (and so its base) comes from the API, and
// an event file that could not be read leaves the base unknown. Failures become TargetProblems, never a silent
// "no base" (which would hand the budget to the PR's own manifest).
import type { GitHubClient } from '../github/client.js';
import { describeApiError } from '../github/api-error.js';
import { findPull } from '../github/pulls.js';
import type { Target } from './event.js';
import type { TargetProblems } from './sources.js';

/** Events whose base is known only from the event file. */
const EVENTS_WITH_BASE = new Set(['pull_request', 'pull_request_target', 'workflow_run', 'push']);

export async function resolveTarget(
  client: GitHubClient | undefined,
  target: Target,
  eventProblem: string | undefined,
  log: (message: string) => void,
): Promise<{ target: Target; problems: TargetProblems }> {
  if (eventProblem && EVENTS_WITH_BASE.has(target.event))
    return { target: { ...target, canComment: false }, problems: { baseProblem: eventProblem } };
  if (!target.needsPullLookup) return { target, problems: {} };
  if (!client)
    return {
      target: { ...target, canComment: false },
      problems: { baseProblem: 'the pull request could not be looked up without a github-token' },
    };
  try {
    const pull = await findPull(
      client,
      { owner: target.owner, repo: target.repo },
      { number: target.prNumber, headSha: target.headSha },
    );
    if (!pull) {
      log(`no open pull request has head ${target.headSha.slice(0, 7)}; reporting without a comment`);
      return { target: { ...target, canComment: false }, problems: { noPull: true } };
    }
    return {
      target: {
        ...target,
        prNumber: pull.number,
        baseSha: pull.baseSha,
        baseRef: pull.baseRef,
        isFork: pull.headRepo !== `${target.owner}/${target.repo}`,
      },
      problems: {},
    };
  } catch (error) {
    return {
      target: { ...target, canComment: target.prNumber !== undefined },
      problems: { baseProblem: `the pull request could not be looked up: ${describeApiError(error)}` },
    };
  }
}
