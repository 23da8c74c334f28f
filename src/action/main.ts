// The action: inputs and event -> head/base sources -> analyze -> outputs, job summary, JSON report, comment, check,
// badge, and the exit code (budget, unusable input, and a base that could not be read: the gate fails closed).
// Everything runs under one time limit; a backstop timer ends the step by the same rules if anything still hangs.
import type { Comparison } from '../compare/types.js';
import { formatProblem, type InputProblem } from '../errors.js';
import { createClient, type GitHubClient } from '../github/client.js';
import { Deadline } from '../github/deadline.js';
import { type CommitAccess, CommitUnreadable } from '../github/base-files.js';
import { analyzeSources, HeadUnreadable, type SettledAnalysis } from './analyze-sources.js';
import { isDefaultBranchPush } from './badge-hook.js';
import { decide, type Decision } from './decision.js';
import { targetFromEvent, type Target } from './event.js';
import { type ActionInputs, parseInputs } from './inputs.js';
import { inputFromEnv } from './input-names.js';
import { runChart } from './mermaid-chart.js';
import { stepOutputs } from './outputs.js';
import { commentBody, publishCheck, publishComment, type PublishLog } from './publish.js';
import { resolveTarget } from './resolve-target.js';
import { runUrl, type RunnerEnv } from './runner-env.js';
import { buildSources } from './sources.js';
import type { Started } from './start.js';
import { setErrorOutputs, setOutputs, writeJsonReport, writeSummary } from './step-report.js';
import * as core from './workflow-commands.js';

const log: PublishLog = { info: (message) => core.info(message), warning: (message) => core.warning(message) };

/** Runs the action; whatever goes wrong, the outputs and the job summary are written and the step says why it failed. */
export async function run(started: Started): Promise<void> {
  try {
    await runAction(started);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    setErrorOutputs();
    await writeSummary(`### 🌱 ml-carbon could not finish\n\n${message}\n`);
    core.setFailed(`ml-carbon failed: ${message}`);
  }
}

async function runAction(started: Started): Promise<void> {
  const { env } = started;
  const parsed = parseInputs((name) => inputFromEnv(process.env, name));
  const inputs = parsed.inputs;
  if (!inputs) return reportInvalidInputs(parsed.problems);
  // The entry counted the time limit from the start by the same rules; a new one is a guard, never expected.
  const deadline =
    started.deadline?.totalMs === inputs.timeLimitMs ? started.deadline : new Deadline(inputs.timeLimitMs);
  const backstop = armBackstop(inputs, deadline);
  try {
    await runWithin(env, inputs, deadline, started.listings);
  } finally {
    clearTimeout(backstop);
    deadline.dispose();
  }
}

async function reportInvalidInputs(problems: InputProblem[]): Promise<void> {
  for (const problem of problems) core.error(formatProblem(problem));
  setOutputs(stepOutputs(undefined, ''));
  await writeSummary(
    ['### 🌱 ml-carbon: invalid inputs', '', '```text', ...problems.map(formatProblem), '```', ''].join('\n'),
  );
  core.setFailed('ml-carbon: invalid action inputs (see above)');
}

/**
 * The time limit aborts every API request; this timer covers the rest (a hung git process, a file system that stops
 * answering). Past the limit plus a grace period it writes the error outputs and ends the process.
 */
function armBackstop(inputs: ActionInputs, deadline: Deadline): NodeJS.Timeout {
  const graceMs = Math.max(5000, Math.min(30_000, inputs.timeLimitMs / 10));
  const timer = setTimeout(() => {
    const message = `ml-carbon did not finish within its time limit of ${Math.round(deadline.totalMs / 1000)} s (input \`time-limit-seconds\`)`;
    setErrorOutputs();
    void writeSummary(`### 🌱 ml-carbon could not finish\n\n${message}.\n`).finally(() => {
      if (inputs.mode === 'gate') core.setFailed(message);
      else core.warning(message);
      process.exit(process.exitCode ?? 0);
    });
  }, inputs.timeLimitMs + graceMs);
  timer.unref();
  return timer;
}

function apiAccess(
  env: RunnerEnv,
  inputs: ActionInputs,
  deadline: Deadline,
  listings: Started['listings'],
): CommitAccess {
  const [owner = '', repo = ''] = env.repository.split('/');
  const base = { repo: { owner, repo }, repoDir: env.workspace, listings };
  if (env.repositoryProblem) return { ...base, noClientReason: `${env.repositoryProblem}, so the API is not asked` };
  if (!inputs.githubToken)
    return { ...base, noClientReason: 'no github-token was given (a secret is not passed to a fork PR)' };
  const client = createClient({
    token: inputs.githubToken,
    baseUrl: env.apiUrl,
    retry: {
      deadline,
      requestTimeoutMs: inputs.requestTimeoutMs,
      ...(env.retryBaseMs === undefined ? {} : { baseDelayMs: env.retryBaseMs }),
    },
    log: (message) => core.info(message),
  });
  return { ...base, client };
}

async function runWithin(
  env: RunnerEnv,
  inputs: ActionInputs,
  deadline: Deadline,
  listings: Started['listings'],
): Promise<void> {
  const access = apiAccess(env, inputs, deadline, listings);
  if (access.noClientReason)
    core.warning(`ml-carbon: ${access.noClientReason}; the report goes to the job summary only`);
  if (env.eventProblem) core.warning(`ml-carbon: ${env.eventProblem}`);
  const resolved = await resolveTarget(
    access.client,
    targetFromEvent(
      { eventName: env.eventName, payload: env.payload, repository: env.repository, sha: env.sha },
      { prNumber: inputs.prNumber, headSha: inputs.headSha },
    ),
    env.eventProblem,
    (message) => core.info(`ml-carbon: ${message}`),
  );
  const target = resolved.target;
  let settled: SettledAnalysis;
  try {
    const sources = await buildSources(access, target, resolved.problems, inputs, env.workspace, env.workflowPath);
    for (const note of sources.notes) core.info(`ml-carbon: ${note}`);
    for (const warning of sources.warnings) core.warning(`ml-carbon: ${warning}`);
    settled = await analyzeSources(sources, target, {
      budgetOverride: {
        totalCo2eKg: inputs.maxCo2eKg,
        maxIncreasePercent: inputs.maxIncreasePercent,
        warnIncreasePercent: inputs.warnIncreasePercent,
      },
      extraSections: chartSection,
    });
  } catch (error) {
    if (error instanceof HeadUnreadable) return headUnreadable(inputs, error.message);
    if (error instanceof CommitUnreadable) return headUnreadable(inputs, new HeadUnreadable(error.message).message);
    throw error;
  }
  const decision = await report(env, inputs, settled);
  if (access.client) await publish(access.client, env, inputs, target, settled, decision);
  if (inputs.badge) await badge(env, inputs, target, settled);
  if (decision.failure) core.setFailed(decision.failure);
  else if (settled.baseError) core.warning(`ml-carbon: ${decision.title} (${settled.baseError})`);
  else core.info(`ml-carbon: ${decision.title}`);
}

async function headUnreadable(inputs: ActionInputs, reason: string): Promise<void> {
  setErrorOutputs();
  await writeSummary(`### 🌱 ml-carbon could not finish\n\n${reason}.\n`);
  if (inputs.mode === 'gate') core.setFailed(`ml-carbon: ${reason}`);
  else core.warning(`ml-carbon: ${reason}`);
}

/** Outputs, annotations, JSON report and job summary; returns the verdict. */
async function report(env: RunnerEnv, inputs: ActionInputs, settled: SettledAnalysis): Promise<Decision> {
  const { analysis, baseError } = settled;
  const reportPath = writeJsonReport(env, inputs.commentKey, analysis);
  const inputErrors = analysis.problems.filter((problem) => problem.severity === 'error').length;
  // With errors in the head's input the budget was not checked on the whole head: `error`, never `pass`.
  setOutputs(stepOutputs(analysis.comparison, reportPath, baseError !== undefined || inputErrors > 0));
  for (const problem of analysis.problems)
    (problem.severity === 'error' ? core.error : core.warning)(formatProblem(problem));
  await writeSummary(analysis.fullMarkdown);
  return decide(analysis.comparison, {
    mode: inputs.mode,
    failOnBudget: inputs.failOnBudget,
    inputErrors,
    baseError,
    onBaseError: inputs.onBaseError,
  });
}

async function publish(
  client: GitHubClient,
  env: RunnerEnv,
  inputs: ActionInputs,
  target: Target,
  settled: SettledAnalysis,
  decision: Decision,
): Promise<void> {
  const markdown = settled.analysis.markdown;
  const detailsUrl = runUrl(env);
  if (target.canComment && target.prNumber !== undefined && inputs.comment !== 'off') {
    const { body, truncated } = commentBody(markdown, inputs.commentKey, detailsUrl);
    if (truncated)
      core.info('ml-carbon: the comment was cut to 65,536 characters; the job summary has the full report');
    const posted = await publishComment(
      client,
      log,
      { owner: target.owner, repo: target.repo, issueNumber: target.prNumber, key: inputs.commentKey },
      body,
      inputs.comment,
    );
    if (posted === undefined)
      await writeSummary(
        `> [!NOTE]\n> The PR comment could not be posted (a fork PR's token is read-only; the log's warning says why). This summary is the report.\n`,
      );
  }
  if (target.headSha && /^[0-9a-f]{40}$/i.test(target.headSha)) {
    await publishCheck(
      client,
      log,
      { owner: target.owner, repo: target.repo, headSha: target.headSha },
      { verdict: decision.verdict, title: decision.title, summary: markdown, detailsUrl },
    );
  }
}

/** A failed badge push is a warning: the gate's verdict does not depend on it. */
async function badge(env: RunnerEnv, inputs: ActionInputs, target: Target, settled: SettledAnalysis): Promise<void> {
  const estimate = settled.analysis.head.estimate;
  if (!estimate) return;
  if (!isDefaultBranchPush(env.eventName, env.payload)) {
    core.info('ml-carbon: `badge` publishes only on pushes to the default branch');
    return;
  }
  const repository = env.payload.repository as { default_branch?: unknown } | undefined;
  try {
    // Loaded here only: the badge renderer's font tables cost start-up on every other run.
    const { publishFromAction } = await import('../badge/action-publish.js');
    const result = await publishFromAction({
      estimate,
      repoDir: env.workspace,
      sha: target.headSha,
      branch: inputs.badgeBranch,
      defaultBranch: typeof repository?.default_branch === 'string' ? repository.default_branch : undefined,
      figure: inputs.badgeFigure,
      grades: inputs.badgeGrades,
      budgetKg: settled.analysis.comparison.budget.limits.totalCo2eKg,
      repository: env.repository,
      timeoutMs: Math.max(1000, Math.min(120_000, inputs.timeLimitMs)),
    });
    for (const problem of result.problems) core.warning(formatProblem(problem));
    if (result.published)
      core.info(
        `ml-carbon: badge "${result.published.badge.message}" published to branch \`${result.published.branch}\``,
      );
  } catch (error) {
    core.warning(
      `ml-carbon could not publish the badge to \`${inputs.badgeBranch}\`: ${redactUrls((error as Error).message).slice(0, 300)}. The report and the gate are not affected; check that the job has \`contents: write\`.`,
    );
  }
}

/** git can name a remote URL with credentials in it (https://x-access-token:TOKEN@host/...). */
function redactUrls(text: string): string {
  return text.replace(/\/\/[^/@\s]+@/g, '//***@');
}

/** The base-vs-head chart, where it helps a reader more than the table. */
function chartSection(comparison: Comparison): string[] {
  const chart = runChart(comparison);
  return chart ? [chart] : [];
}
