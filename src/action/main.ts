// The action: inputs and event -> head/base sources -> analyze -> outputs, job summary, JSON report, comment, check,
// and the exit code (budget and unusable input only).
import * as core from '@actions/core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem } from '../errors.js';
import { createClient } from '../github/client.js';
import { findPull } from '../github/pulls.js';
import { analyze, type Analysis } from '../pipeline.js';
import type { Comparison } from '../compare/types.js';
import { publishFromAction } from '../badge/action-publish.js';
import { isDefaultBranchPush } from './badge-hook.js';
import { runChart } from './mermaid-chart.js';
import { prose } from '../report/escape.js';
import { decide } from './decision.js';
import { targetFromEvent, type Target } from './event.js';
import { parseInputs, type ActionInputs } from './inputs.js';
import { stepOutputs, type StepOutputs } from './outputs.js';
import { commentBody, publishCheck, publishComment } from './publish.js';
import { readRunnerEnv, runUrl, type RunnerEnv } from './runner-env.js';
import { buildSources } from './sources.js';

/** The job summary accepts up to 1 MiB; stay clear of it. */
const SUMMARY_LIMIT_CHARS = 1_000_000;

function setOutputs(outputs: StepOutputs): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
}

async function writeSummary(markdown: string): Promise<void> {
  try {
    const text =
      markdown.length > SUMMARY_LIMIT_CHARS
        ? `${markdown.slice(0, SUMMARY_LIMIT_CHARS)}\n\n(report cut at 1 MB; the JSON report has everything)\n`
        : markdown;
    await core.summary.addRaw(text, true).write();
  } catch (error) {
    core.warning(`ml-carbon could not write the job summary: ${(error as Error).message}`);
  }
}

function writeJsonReport(env: RunnerEnv, key: string, analysis: Analysis | undefined): string {
  const folder = join(env.runnerTemp, 'ml-carbon');
  const path = join(folder, `report-${key.replace(/[^A-Za-z0-9._-]+/g, '-')}.json`);
  try {
    mkdirSync(folder, { recursive: true });
    writeFileSync(path, `${JSON.stringify(analysis?.json ?? null, null, 2)}\n`);
    return path;
  } catch (error) {
    core.warning(`ml-carbon could not write the JSON report to ${path}: ${(error as Error).message}`);
    return '';
  }
}

async function resolveTarget(client: ReturnType<typeof createClient>, target: Target): Promise<Target> {
  if (!target.needsPullLookup) return target;
  try {
    const pull = await findPull(
      client,
      { owner: target.owner, repo: target.repo },
      { number: target.prNumber, headSha: target.headSha },
    );
    if (!pull) {
      core.info(`ml-carbon: no open pull request has head ${target.headSha.slice(0, 7)}; reporting without a comment`);
      return { ...target, canComment: false };
    }
    return {
      ...target,
      prNumber: pull.number,
      baseSha: pull.baseSha,
      baseRef: pull.baseRef,
      isFork: pull.headRepo !== `${target.owner}/${target.repo}`,
    };
  } catch (error) {
    core.warning(`ml-carbon could not look up the pull request: ${(error as Error).message}; comparing without a base`);
    return { ...target, canComment: target.prNumber !== undefined };
  }
}

function baseContext(target: Target, baseHasManifest: boolean, reason: string | undefined, warnings: string[]): string {
  const lines = [
    reason
      ? `**Base:** ${prose(reason)}.`
      : `**Base:** none (\`${target.event}\` event without a base commit; set \`base-ref\` to compare).`,
  ];
  if (reason && !baseHasManifest) lines.push('The base commit has no ml-carbon manifest: every run is new.');
  // Reasons and warnings quote refs, patterns and error text: no tag, link or mention may come through.
  for (const warning of warnings) lines.push(`- ⚠️ ${prose(warning)}`);
  return lines.join('\n');
}

/** Runs the action; whatever goes wrong, the outputs and the job summary are written and the step says why it failed. */
export async function run(): Promise<void> {
  try {
    await runAction();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    setOutputs(stepOutputs(undefined, ''));
    await writeSummary(`### 🌱 ml-carbon could not finish\n\n${message}\n`);
    core.setFailed(`ml-carbon failed: ${message}`);
  }
}

async function runAction(): Promise<void> {
  const env = readRunnerEnv(process.env);
  const parsed = parseInputs((name) => core.getInput(name));
  if (!parsed.inputs) {
    for (const problem of parsed.problems) core.error(formatProblem(problem));
    setOutputs(stepOutputs(undefined, ''));
    await writeSummary(
      ['### 🌱 ml-carbon: invalid inputs', '', '```text', ...parsed.problems.map(formatProblem), '```', ''].join('\n'),
    );
    core.setFailed('ml-carbon: invalid action inputs (see above)');
    return;
  }
  const inputs: ActionInputs = parsed.inputs;
  if (inputs.githubToken) core.setSecret(inputs.githubToken);
  const client = createClient({
    token: inputs.githubToken,
    baseUrl: env.apiUrl,
    retry: env.retryBaseMs === undefined ? {} : { baseDelayMs: env.retryBaseMs },
    log: (message) => core.info(message),
  });
  const detailsUrl = runUrl(env);
  const eventTarget = targetFromEvent(
    { eventName: env.eventName, payload: env.payload, repository: env.repository, sha: env.sha },
    { prNumber: inputs.prNumber, headSha: inputs.headSha },
  );
  const target = await resolveTarget(client, eventTarget);

  const sources = await buildSources(client, target, inputs, env.workspace);
  for (const note of sources.notes) core.info(`ml-carbon: ${note}`);
  const budgetOverride = {
    totalCo2eKg: inputs.maxCo2eKg,
    maxIncreasePercent: inputs.maxIncreasePercent,
    warnIncreasePercent: inputs.warnIncreasePercent,
  };
  let analysis: Analysis;
  let context: string;
  try {
    const baseHasManifest = sources.base ? await anyManifest(sources.base) : false;
    context = baseContext(target, baseHasManifest, sources.baseChoice?.reason, sources.warnings);
    analysis = await analyze({
      head: sources.head,
      base: sources.base,
      budgetOverride,
      context,
      extraSections: chartSection,
    });
  } catch (error) {
    core.warning(`ml-carbon could not read the files to compare: ${(error as Error).message}; trying the head alone`);
    context = baseContext(target, false, undefined, [
      ...sources.warnings,
      `the base commit could not be read (${(error as Error).message}); shown without a comparison`,
    ]);
    analysis = await analyze({ head: sources.head, budgetOverride, context, extraSections: chartSection });
  }
  const markdown = analysis.markdown;

  const reportPath = writeJsonReport(env, inputs.commentKey, analysis);
  setOutputs(stepOutputs(analysis.comparison, reportPath));
  for (const problem of analysis.problems)
    (problem.severity === 'error' ? core.error : core.warning)(formatProblem(problem));
  await writeSummary(markdown);

  const decision = decide(analysis.comparison, {
    mode: inputs.mode,
    failOnBudget: inputs.failOnBudget,
    inputErrors: analysis.problems.filter((p) => p.severity === 'error').length,
  });
  const log = { info: (message: string) => core.info(message), warning: (message: string) => core.warning(message) };
  if (target.canComment && target.prNumber !== undefined && inputs.comment !== 'off') {
    const { body, truncated } = commentBody(markdown, inputs.commentKey, detailsUrl);
    if (truncated)
      core.info('ml-carbon: the comment was cut to 65,536 characters; the job summary has the full report');
    await publishComment(
      client,
      log,
      { owner: target.owner, repo: target.repo, issueNumber: target.prNumber, key: inputs.commentKey },
      body,
      inputs.comment,
    );
  }
  if (target.headSha) {
    await publishCheck(
      client,
      log,
      { owner: target.owner, repo: target.repo, headSha: target.headSha },
      { verdict: decision.verdict, title: decision.title, summary: markdown, detailsUrl },
    );
  }
  if (inputs.badge && analysis.head.estimate) {
    if (isDefaultBranchPush(env.eventName, env.payload)) {
      const badge = await publishFromAction({
        estimate: analysis.head.estimate,
        repoDir: env.workspace,
        sha: target.headSha,
        branch: inputs.badgeBranch,
        figure: inputs.badgeFigure,
        grades: inputs.badgeGrades,
        budgetKg: analysis.comparison.budget.limits.totalCo2eKg,
        repository: env.repository,
      });
      for (const problem of badge.problems) core.warning(formatProblem(problem));
      if (badge.published)
        core.info(
          `ml-carbon: badge "${badge.published.badge.message}" published to branch \`${badge.published.branch}\``,
        );
    } else core.info('ml-carbon: `badge` publishes only on pushes to the default branch');
  }
  if (decision.failure) core.setFailed(decision.failure);
  else core.info(`ml-carbon: ${decision.title}`);
}

/** The base-vs-head chart, where it helps a reader more than the table. */
function chartSection(comparison: Comparison): string[] {
  const chart = runChart(comparison);
  return chart ? [chart] : [];
}

/** Whether any base manifest exists, so the report can say "no manifest on base" before the numbers. */
async function anyManifest(base: {
  manifestPaths: string[];
  files: { readText(path: string): Promise<string | undefined> };
}): Promise<boolean> {
  for (const path of base.manifestPaths) if ((await base.files.readText(path)) !== undefined) return true;
  return false;
}
