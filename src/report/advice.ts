// Advice in the PR comment, as an engineer gives it: the few biggest savings for the PR as a whole above the fold,
// each with its kilograms, effort and caveat; the rest, the details and the evidence collapsed. Selection, ranking
// and the combined figure come from advice/advise.ts (`advisePullRequest`); this file only writes them.
import type { PullRequestAdvice, PullRequestAdviceSummary } from '../estimate/advice-result.js';
import type { Source } from '../data/types.js';
import { formatKg, formatNumber, formatWhole } from '../util/format.js';
import { code, prose } from './escape.js';
import { collapsed } from './markdown-blocks.js';

const EFFORT_LABEL: Record<PullRequestAdvice['effort'], string> = {
  low: 'low effort',
  medium: 'some effort',
  high: 'high effort',
};

/** Whole percents between 10 and 99, three figures outside (so 99.8% is not rounded up to 100%). */
export function formatShare(percent: number): string {
  const magnitude = Math.abs(percent);
  return `${magnitude >= 10 && magnitude < 99.5 ? Math.round(magnitude) : formatNumber(magnitude)}%`;
}

/** "Sanh et al. 2019, DistilBERT ..." -> "Sanh et al. 2019"; names without a year get theirs appended. */
export function shortSource(source: Source): string {
  const head = source.source.split(/[;,(]/)[0]!.trim();
  return head.includes(String(source.year)) ? head : `${head} ${source.year}`;
}

function evidenceLink(evidence: Source[]): string {
  const first = evidence[0];
  if (!first) return '';
  const label = prose(shortSource(first));
  return first.url ? `[${label}](${first.url})` : label;
}

function runsClause(item: PullRequestAdvice): string {
  if (item.runs.length === 1) return `on ${code(item.runs[0]!.id)}`;
  return `on ${formatWhole(item.runs.length)} runs`;
}

function paybackText(item: PullRequestAdvice): string {
  const days = item.runs.map((run) => run.paybackDays).filter((value) => value !== undefined);
  if (!days.length) return '';
  if (days.some((value) => value === null)) return 'one-time cost never repaid on some runs';
  const longest = Math.max(...(days as number[]));
  if (longest === 0) return 'one-time cost included';
  if (longest < 1) return 'repays its one-time cost within the first day of serving';
  return `repays its one-time cost after ${formatNumber(longest)} days of serving`;
}

/** "−71.1 kg (58% of this PR), low effort, on `run`" */
function savingClause(item: PullRequestAdvice): string {
  return `−${formatKg(item.savingCo2eKg)} (${formatShare(item.savingPercent)} of this PR), ${EFFORT_LABEL[item.effort]}, ${runsClause(item)}`;
}

/** One line per top item: what to do, what it saves, how hard, and the catch. */
function topLine(item: PullRequestAdvice, index: number): string {
  return `${index + 1}. **${prose(item.title)}**: ${savingClause(item)}. ${prose(item.caveat)}`;
}

function combinedLine(summary: PullRequestAdviceSummary): string {
  const combined = summary.combined;
  if (!combined || summary.topCount < 2) return '';
  const which = summary.topCount === 2 ? 'Both' : `All ${summary.topCount}`;
  const lessThanSum = combined.sumOfItemsKg - combined.savingCo2eKg > 0.005 * combined.sumOfItemsKg;
  return `${which} together, re-estimated on each run: −${formatKg(combined.savingCo2eKg)} (${formatShare(combined.savingPercent)} of this PR)${lessThanSum ? `, less than the ${formatKg(combined.sumOfItemsKg)} they save one at a time, because each change shrinks what the others save` : ''}.`;
}

export function renderTopAdvice(summary: PullRequestAdviceSummary): string {
  const top = summary.items.slice(0, summary.topCount);
  if (!top.length) return '';
  return [
    `**💡 Biggest savings** (ranked by kilograms weighed by effort):`,
    '',
    ...top.map(topLine),
    ...(combinedLine(summary) ? ['', combinedLine(summary)] : []),
  ].join('\n');
}

/** Runs named per advice item; a monorepo's long tail is counted, not listed. */
const MAX_RUNS_LISTED = 5;
const largestFirst = <T extends { savingCo2eKg: number }>(runs: T[]): T[] =>
  [...runs].sort((a, b) => b.savingCo2eKg - a.savingCo2eKg);

function detailItem(item: PullRequestAdvice, index: number): string {
  const extras = [paybackText(item), item.scaledToMeasured ? 'scaled to the measured figure' : '']
    .filter(Boolean)
    .join('; ');
  const perRun =
    item.runs.length > 1
      ? ` Per run: ${largestFirst(item.runs)
          .slice(0, MAX_RUNS_LISTED)
          .map((run) => `${code(run.id)} −${formatKg(run.savingCo2eKg)}`)
          .join(', ')}${item.runs.length > MAX_RUNS_LISTED ? `, and ${item.runs.length - MAX_RUNS_LISTED} more` : ''}.`
      : '';
  // The detail is the largest-saving run's (advice/advise.ts): name it, so its figures are not read as the sum.
  const detailOf = item.runs.length > 1 ? `On ${code(largestFirst(item.runs)[0]!.id)}, which saves most: ` : '';
  const evidence = evidenceLink(item.evidence);
  return [
    `${index + 1}. **${prose(item.title)}**: ${savingClause(item)}${extras ? ` (${extras})` : ''}.`,
    `   ${detailOf}${prose(item.detail)}${perRun} ${prose(item.caveat)}${evidence ? ` Evidence: ${evidence}.` : ''}`,
  ].join('\n');
}

export function renderAdviceDetails(summary: PullRequestAdviceSummary): string {
  const lines: string[] = [];
  if (summary.items.length) lines.push(summary.items.map(detailItem).join('\n'));
  else lines.push('No change would save a material amount on this PR.');
  const notes = [
    `Advice saving under ${formatKg(summary.materialKg)} (the larger of 1 kg and 2% of this PR) is not shown${summary.belowThreshold ? `: ${summary.belowThreshold} such suggestion${summary.belowThreshold > 1 ? 's' : ''} left out` : ''}.`,
    "Savings are counterfactual: each change is applied to the run and the run re-estimated; one-time costs (distillation, quantization) are subtracted. For measured runs the estimator's ratio is applied to the measured figure.",
  ];
  if (summary.inferredObjectives.length) {
    const byObjective = new Map<string, string[]>();
    for (const { runId, objective } of summary.inferredObjectives)
      byObjective.set(objective, [...(byObjective.get(objective) ?? []), runId]);
    const stated = [...byObjective]
      .map(
        ([objective, ids]) =>
          `\`${objective}\` for ${ids.slice(0, 5).map(code).join(', ')}${ids.length > 5 ? ` and ${ids.length - 5} more` : ''}`,
      )
      .join('; ');
    notes.push(
      `Training objective inferred from \`training.method\`: ${stated}. Set \`training.objective: pretrain-base | domain-adapt | fine-tune\` to say what a run is for (only \`domain-adapt\` is advised to start from an open checkpoint).`,
    );
  }
  lines.push('', ...notes.map((note) => `<sub>${note}</sub>\n`));
  const count = summary.items.length;
  return collapsed(
    count ? `💡 All advice (${count} item${count > 1 ? 's' : ''}), with details and evidence` : '💡 Advice',
    lines.join('\n').trim(),
  );
}
