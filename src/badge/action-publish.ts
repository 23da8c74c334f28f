// What the action calls on a push to the default branch with `badge: true`: validate the inputs, then publish the
// badge, history and dashboard to the badge branch of `origin` (the checkout's persisted credentials push).
import type { InputProblem } from '../errors.js';
import type { Estimate } from '../estimate/types.js';
import type { Badge } from './badge.js';
import { parseBadgeFigure } from './figure.js';
import { buildBadgeFiles } from './files.js';
import { commitProblems } from './history.js';
import { publishToBranch, readCommit, type PublishResult } from './git-publisher.js';
import { parseGradeThresholds } from './grades.js';
import { badgeUrls, type BadgeUrls } from './urls.js';

export interface ActionBadgeInputs {
  estimate: Estimate;
  /** The checkout (GITHUB_WORKSPACE). */
  repoDir: string;
  /** The pushed commit (GITHUB_SHA). */
  sha: string;
  /** Commit date (the push event's head_commit.timestamp); read from the checkout when absent. */
  date?: string;
  /** Input `badge-branch`; default "ml-carbon". */
  branch?: string;
  /** The repository's default branch (from the event): badge files are never committed onto it. */
  defaultBranch?: string;
  /** Timeout of each network step of the push. */
  timeoutMs?: number;
  /** Input `badge-figure`: training (default), training-and-inference or max-run. */
  figure?: string;
  /** Input `badge-grades`, e.g. "A:10kg,B:100kg,C:1t,D:10t,E:100t,F". */
  grades?: string;
  /** The total budget in force, kg CO2e, drawn as the dashboard's budget line. */
  budgetKg?: number;
  /** "owner/name" (GITHUB_REPOSITORY), for the page title and the URLs. */
  repository?: string;
  remote?: string;
}

export interface ActionBadgeResult {
  published?: PublishResult & { badge: Badge; urls?: BadgeUrls };
  problems: InputProblem[];
}

export { shouldPublishBadge } from './publish-rule.js';

/** The rules of `git check-ref-format --branch` that a typed name can break. */
export function branchProblems(branch: string, file = 'input badge-branch'): InputProblem[] {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: git refuses control characters in ref names
  const broken = /[\s~^:?*[\\\x00-\x1f\x7f]|\.\.|@\{|^[-/.]|\/\.|\/\/|[/.]$|\.lock$/.test(branch) || branch === '@';
  return broken
    ? [
        {
          file,
          message: `"${branch}" is not a valid branch name`,
          hint: 'use letters, digits, "-", "_" and "/", e.g. ml-carbon',
          severity: 'error',
        },
      ]
    : [];
}

/** Branches that hold code or releases by convention: badge commits never go there. */
const PROTECTED_BRANCHES = new Set([
  'main',
  'master',
  'trunk',
  'develop',
  'development',
  'production',
  'staging',
  'head',
]);
const PROTECTED_PREFIXES = ['release/', 'releases/', 'hotfix/', 'refs/'];

/** The badge branch may be neither the default branch nor a conventionally protected one. */
export function protectedBranchProblems(
  branch: string,
  defaultBranch: string | undefined,
  file = 'input badge-branch',
): InputProblem[] {
  const name = branch.toLowerCase();
  const why =
    defaultBranch !== undefined && name === defaultBranch.toLowerCase()
      ? 'it is the default branch'
      : PROTECTED_BRANCHES.has(name) || PROTECTED_PREFIXES.some((prefix) => name.startsWith(prefix))
        ? 'branches of that name hold code or releases'
        : undefined;
  return why
    ? [
        {
          file,
          message: `badge-branch "${branch}" is refused: ${why}, and the badge commits would land on it`,
          hint: 'use a branch of its own, e.g. ml-carbon (the default)',
          severity: 'error',
        },
      ]
    : [];
}

export async function publishFromAction(inputs: ActionBadgeInputs): Promise<ActionBadgeResult> {
  // Unset action inputs arrive as empty strings.
  const branch = inputs.branch?.trim() || 'ml-carbon';
  const figure = parseBadgeFigure(inputs.figure, 'input badge-figure');
  const grades = inputs.grades?.trim()
    ? parseGradeThresholds(inputs.grades, 'input badge-grades')
    : { thresholds: undefined, problems: [] };
  const problems = [
    ...branchProblems(branch),
    ...protectedBranchProblems(branch, inputs.defaultBranch),
    ...figure.problems,
    ...grades.problems,
  ];
  if (problems.some((problem) => problem.severity === 'error')) return { problems };

  const commit = { sha: inputs.sha, date: inputs.date ?? (await readCommit(inputs.repoDir, inputs.sha)).date };
  const badCommit = commitProblems(commit, 'GITHUB_SHA');
  if (badCommit.length) return { problems: [...problems, ...badCommit] };
  let badge: Badge | undefined;
  // Only the last attempt's history problems count: a retry re-reads the history.
  let historyProblems: InputProblem[] = [];
  const result = await publishToBranch({
    repoDir: inputs.repoDir,
    remote: inputs.remote,
    branch,
    ...(inputs.timeoutMs ? { networkTimeoutMs: inputs.timeoutMs } : {}),
    message: `ml-carbon: badge and history for ${inputs.sha.slice(0, 12)}`,
    makeFiles: (previous) => {
      const built = buildBadgeFiles(
        {
          estimate: inputs.estimate,
          commit,
          figure: figure.figure,
          thresholds: grades.thresholds,
          budgetKg: inputs.budgetKg,
          repository: inputs.repository,
        },
        previous,
      );
      badge = built.badge;
      historyProblems = built.problems;
      return built.files;
    },
  });
  const urls = inputs.repository ? badgeUrls(inputs.repository, result.branch) : undefined;
  return { published: { ...result, badge: badge!, urls }, problems: [...problems, ...historyProblems] };
}
