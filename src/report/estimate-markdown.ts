// `ml-carbon estimate --format markdown`: the estimate view as GitHub markdown (no comparison, no base).
import { markdownTable } from 'markdown-table';
import type { Comparison } from '../compare/types.js';
import { noWrap } from '../util/format.js';
import { estimateView, type TableView } from './estimate-view.js';

/** Table cells cannot hold a raw pipe or newline. */
const cell = (text: string): string => noWrap(text.replaceAll('|', '\\|').replaceAll(/\r?\n/g, ' '));

function table(view: TableView): string {
  const footer = (view.footer ?? []).map((row) => row.map((text) => (text ? `**${cell(text)}**` : '')));
  return markdownTable([view.header, ...view.rows.map((row) => row.map(cell)), ...footer], {
    align: view.align,
    alignDelimiters: false,
  });
}

const CHECK_MARK = { pass: '✅', warn: '⚠️', fail: '❌' } as const;

export function renderEstimateMarkdown(comparison: Comparison): string {
  const view = estimateView(comparison);
  const sections = [
    `### 🌱 ml-carbon estimate: ${view.headline.map(noWrap).join(' · ')}`,
    `Manifest: \`${view.manifest.replaceAll('`', "'")}\``,
    table(view.runs),
    view.budget
      ? [
          `**Budget** (from ${view.budget.authority}):`,
          '',
          ...view.budget.checks.map((check) => `- ${CHECK_MARK[check.status]} ${check.message}`),
        ].join('\n')
      : '',
    view.savings.length ? ['**Biggest savings**', '', ...view.savings.map((line) => `- ${line}`)].join('\n') : '',
    view.notes.length ? ['**Notes**', '', ...view.notes.map((line) => `- ${line}`)].join('\n') : '',
  ];
  return `${sections.filter((section) => section !== '').join('\n\n')}\n`;
}
