// The history page: one self-contained HTML file (inline CSS and SVG, no script, no network) that reads the same
// from file:// and from GitHub Pages.
import { xmlText } from '../report/escape.js';
import { BUDGET_COLOR, renderChart, runColor, runIds, TOTAL_COLOR } from './history-chart.js';
import { FIGURE_LABELS } from './figure.js';
import type { History } from './history.js';
import { formatCo2e } from './precision.js';

const STYLE = `
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#111827;background:#fff;margin:0;padding:24px;max-width:1040px}
h1{font-size:22px;margin:0 0 4px}p.sub{color:#4b5563;margin:0 0 16px}
svg#chart{width:100%;height:auto;border:1px solid #e5e7eb;border-radius:6px}
.grid{stroke:#f3f4f6}.axis{stroke:#9ca3af}.tick{font-size:11px;fill:#4b5563}.sha{font-family:ui-monospace,monospace}
.axis-title{font-size:12px;fill:#374151}.band{fill:${TOTAL_COLOR};fill-opacity:.10;stroke:none}.range-bar{stroke:${TOTAL_COLOR};stroke-opacity:.3;stroke-width:8}
ul.legend{list-style:none;padding:0;margin:10px 0 18px;display:flex;flex-wrap:wrap;gap:6px 18px;font-size:13px}
ul.legend span.swatch{display:inline-block;width:18px;height:0;border-top:3px solid;vertical-align:middle;margin-right:6px}
ul.legend span.dot{display:inline-block;width:9px;height:9px;border-radius:50%;border:2px solid ${TOTAL_COLOR};vertical-align:middle;margin-right:6px}
table{border-collapse:collapse;font-size:13px}th,td{padding:4px 10px;border-bottom:1px solid #e5e7eb;text-align:left}td.num{text-align:right}
code{font-family:ui-monospace,monospace}
`;

export interface DashboardOptions {
  /** Repository name shown in the title, e.g. "owner/name". */
  repository?: string;
}

function legend(history: History): string {
  const items = [
    `<li><span class="swatch" style="border-color:${TOTAL_COLOR}"></span>total (shaded: low–high range)</li>`,
    ...runIds(history).map(
      (id, index) =>
        `<li><span class="swatch" style="border-color:${runColor(index)};border-top-width:2px"></span>run <code>${xmlText(id)}</code></li>`,
    ),
    `<li><span class="swatch" style="border-color:${BUDGET_COLOR};border-top-style:dashed"></span>budget</li>`,
    `<li><span class="dot" style="background:${TOTAL_COLOR}"></span>measured</li>`,
    `<li><span class="dot" style="background:${TOTAL_COLOR}80"></span>mixed (some runs measured)</li>`,
    `<li><span class="dot"></span>estimated</li>`,
  ];
  return `<ul class="legend">${items.join('')}</ul>`;
}

function table(history: History): string {
  const rows = [...history.entries].reverse().map((entry) => {
    const runs = entry.runs
      .map(
        (run) =>
          `<code>${xmlText(run.id)}</code> ${formatCo2e(run.co2eKg)}${run.basis === 'measured' ? ' (measured)' : ''}`,
      )
      .join(', ');
    const budget =
      entry.budgetKg === undefined
        ? ''
        : formatCo2e({ value: entry.budgetKg, low: entry.budgetKg, high: entry.budgetKg });
    return `<tr><td>${xmlText(entry.date.slice(0, 10))}</td><td><code>${xmlText(entry.sha.slice(0, 7))}</code></td><td class="num">${formatCo2e(entry.co2eKg)}</td><td>${xmlText(entry.grade)}</td><td>${entry.basis}</td><td class="num">${budget}</td><td>${runs}</td></tr>`;
  });
  return `<table><thead><tr><th>date</th><th>commit</th><th>CO2e</th><th>grade</th><th>basis</th><th>budget</th><th>runs</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

export function renderDashboard(history: History, options: DashboardOptions = {}): string {
  const title = `ml-carbon${options.repository ? `: ${options.repository}` : ''}`;
  const latest = history.entries[history.entries.length - 1];
  const subtitle = latest
    ? `${FIGURE_LABELS[latest.figure]} per commit on the default branch; latest ${formatCo2e(latest.co2eKg)} (grade ${xmlText(latest.grade)}, ${latest.basis}) at <code>${xmlText(latest.sha.slice(0, 7))}</code>.`
    : 'No history yet: the first push to the default branch with the badge enabled starts it.';
  const body = history.entries.length ? `${renderChart(history)}${legend(history)}${table(history)}` : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${xmlText(title)}</title><style>${STYLE}</style></head>
<body><h1>${xmlText(title)}</h1><p class="sub">${subtitle}</p>
${body}
</body></html>
`;
}
