// A pull request as the runner sees it: a temp git repository with a base commit on main, a PR head commit, and
// GitHub's test merge commit checked out; plus a pull_request payload from GitHub's examples adapted to it.
import type { GitHubEmulator } from '../support/github-emulator.js';
import { TempRepo } from '../support/temp-repo.js';
import { webhookExample } from '../support/webhook-payloads.js';

export const OWNER = 'octo-org';
export const REPO = 'ml-repo';
export const PR_NUMBER = 17;

export interface PullScenario {
  repo: TempRepo;
  baseSha: string;
  headSha: string;
  mergeSha: string;
  payload: Record<string, any>;
}

/** One run of `params` parameters trained on `tokens` tokens, sized so the numbers differ clearly. */
export function manifest(
  runs: { id: string; parameters: string; tokens: string; count?: number }[],
  budget?: string,
): string {
  const body = runs
    .map((run) =>
      [
        `  - id: ${run.id}`,
        '    model:',
        `      parameters: ${run.parameters}`,
        '    training:',
        `      tokens: ${run.tokens}`,
        '      precision: bf16',
        '    hardware:',
        '      accelerator: A100-SXM4-80GB',
        `      count: ${run.count ?? 8}`,
      ].join('\n'),
    )
    .join('\n');
  return `version: 1\ndefaults:\n  location: FR\nruns:\n${body}\n${budget ? `budget:\n${budget}\n` : ''}`;
}

export function pullScenario(
  baseFiles: Record<string, string | undefined>,
  headFiles: Record<string, string | undefined>,
  previous?: PullScenario,
): PullScenario {
  const repo = previous?.repo ?? new TempRepo();
  let baseSha: string;
  if (previous) {
    baseSha = previous.baseSha;
    repo.git('checkout', '-q', 'pr');
  } else {
    baseSha = repo.commit('base', { 'README.md': '# model repo\n', ...baseFiles });
    repo.git('checkout', '-q', '-b', 'pr');
  }
  const headSha = repo.commit('pr head', headFiles);
  // GitHub's refs/pull/N/merge: first parent the base tip, second the PR head.
  repo.git('checkout', '-q', '--detach', baseSha);
  repo.git('merge', '-q', '--no-ff', '--no-edit', headSha);
  const mergeSha = repo.git('rev-parse', 'HEAD');
  const payload = pullPayload(headSha, baseSha, previous ? 'synchronize' : 'opened');
  return { repo, baseSha, headSha, mergeSha, payload };
}

/** GitHub's example pull_request payload, pointed at this repository, PR_NUMBER, and the given commits. */
export function pullPayload(headSha: string, baseSha: string, action = 'opened'): Record<string, any> {
  const payload = webhookExample('pull_request', (p) => p.action === action);
  payload.number = PR_NUMBER;
  const pull = payload.pull_request;
  pull.number = PR_NUMBER;
  pull.head.sha = headSha;
  pull.head.ref = 'pr';
  pull.base.sha = baseSha;
  pull.base.ref = 'main';
  pull.head.repo.full_name = `${OWNER}/${REPO}`;
  pull.base.repo.full_name = `${OWNER}/${REPO}`;
  payload.repository.full_name = `${OWNER}/${REPO}`;
  payload.repository.name = REPO;
  payload.repository.owner.login = OWNER;
  return payload;
}

export interface ShallowPull {
  /** The checkout: one commit holding the merged tree, no history (actions/checkout's default fetch-depth 1). */
  workspace: string;
  /** That commit: GITHUB_SHA. */
  sha: string;
  baseSha: string;
  headSha: string;
  payload: Record<string, any>;
  remove: () => void;
}

/**
 * A pull request checked out the default way: the workspace holds only the merged tree, so the base is read through
 * the API. `baseFiles` are served by the emulator at base.sha (with a README); undefined leaves the base commit unknown
 * to it (a 404).
 */
export function shallowPullScenario(
  emulator: GitHubEmulator,
  baseFiles: Record<string, string> | undefined,
  headFiles: Record<string, string>,
): ShallowPull {
  const full = pullScenario(baseFiles ?? {}, headFiles);
  const shallow = new TempRepo();
  const sha = shallow.commit('merge', headFiles);
  if (baseFiles) emulator.addFiles(full.baseSha, { 'README.md': '# model repo\n', ...baseFiles });
  return {
    workspace: shallow.dir,
    sha,
    baseSha: full.baseSha,
    headSha: full.headSha,
    payload: full.payload,
    remove: () => {
      full.repo.remove();
      shallow.remove();
    },
  };
}
