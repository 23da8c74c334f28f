// The advice section of the PR comment: per run, a ranked table of the top advice, then what the top advice saves
// when applied together. The full list is in the JSON.
import { markdownTable } from 'markdown-table';
import { type Advice, TOP_ADVICE_COUNT, topCompatible } from '../estimate/advice-result.js';
import { runTotalKg } from '../compare/run-total.js';
import type { Source } from '../data/types.js';
import type { RunEstimate } from '../estimate/types.js';
import { formatKg, formatNumber } from '../util/format.js';

const EFFORT_LABEL: Record<Advice['effort'], string> = {
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

function evidenceCell(evidence: Source[]): string {
  const first = evidence[0];
  if (!first) return '';
  const label = shortSource(first);
  return first.url ? `[${label}](${first.url})` : label;
}

function paybackText(advice: Advice): string {
  if (advice.paybackDays === undefined) return '';
  if (advice.paybackDays === null) return 'never pays back';
  if (advice.savingCo2eKg <= 0)
    return `never pays back within the declared serving period (needs ${formatNumber(advice.paybackDays)} days)`;
  if (advice.paybackDays === 0) return 'pays back at once';
  if (advice.paybackDays < 1) return 'pays back within the first day of serving';
  return `pays back after ${formatNumber(advice.paybackDays)} days of serving`;
}

function savingCell(advice: Advice): string {
  const payback = paybackText(advice);
  const saving = `−${formatKg(advice.savingCo2eKg)} (${formatShare(advice.savingPercent)})`;
  return payback ? `${saving}<br><sub>${payback}</sub>` : saving;
}

function adviceTable(advice: Advice[]): string {
  const rows = advice.map((item, index) => [
    String(index + 1),
    `**${item.title}**<br><sub>${item.detail}</sub>`,
    savingCell(item),
    `${item.caveat} <sub>(${EFFORT_LABEL[item.effort]})</sub>`,
    evidenceCell(item.evidence),
  ]);
  return markdownTable([['#', 'Advice', 'Saves', 'Cost and caveat', 'Evidence'], ...rows], {
    align: ['r', 'l', 'r', 'l', 'l'],
    alignDelimiters: false,
  });
}

function runSection(run: RunEstimate): string {
  const advice = run.advice ?? [];
  const top = topCompatible(advice, TOP_ADVICE_COUNT);
  const shown = new Set(top);
  const lines = [`**\`${run.id}\`** (${formatKg(runTotalKg(run))})`, '', adviceTable(top)];
  const scale = top[0]?.scaledToMeasured;
  if (scale !== undefined) {
    lines.push(
      '',
      `<sub>📏 Measured run: the savings above are the estimator's counterfactual ratios applied to the measured figure (estimator kilograms × ${formatShare(scale * 100)}); figures quoted inside the details are the estimator's own.</sub>`,
    );
  }
  const combined = run.adviceCombined;
  if (combined && top.length > 1) {
    lines.push(
      '',
      `${top.length === 2 ? 'Both' : `All ${top.length}`} together: −${formatKg(combined.savingCo2eKg)} (${formatShare(combined.savingPercent)}), ${formatKg(combined.beforeCo2eKg)} → ${formatKg(combined.afterCo2eKg)}.`,
    );
  }
  const rest = advice.filter((item) => !shown.has(item));
  if (rest.length) {
    const others = rest.map((item) => {
      const saving = item.savingCo2eKg > 0 ? `−${formatKg(item.savingCo2eKg)}` : '';
      return `${item.title} (${[saving, paybackText(item)].filter(Boolean).join(', ') || 'no saving'})`;
    });
    lines.push('', `<sub>Also: ${others.join(' · ')}</sub>`);
  }
  return lines.join('\n');
}

export function renderAdvice(runs: RunEstimate[]): string {
  const advised = runs.filter((run) => topCompatible(run.advice ?? []).length > 0);
  if (!advised.length) return '';
  advised.sort((a, b) => (b.adviceCombined?.savingCo2eKg ?? 0) - (a.adviceCombined?.savingCo2eKg ?? 0));
  const headKg = runs.reduce((total, run) => total + runTotalKg(run), 0);
  const savedKg = advised.reduce((total, run) => total + (run.adviceCombined?.savingCo2eKg ?? 0), 0);
  const summary =
    `If you applied the top advice for each run: **−${formatKg(savedKg)} CO2e (${formatShare(headKg > 0 ? (savedKg / headKg) * 100 : 0)} of the head)**. ` +
    "Each run's top advice is applied together and re-estimated (advice does not simply add up); one-time costs such as distillation are included.";
  return ['#### 💡 Ways to cut it', '', summary, '', ...advised.map(runSection).flatMap((section) => [section, ''])]
    .join('\n')
    .trimEnd();
}
