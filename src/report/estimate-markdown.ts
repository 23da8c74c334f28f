// `ml-carbon estimate --format markdown`: the estimate view as GitHub markdown (no comparison, no base).
import { markdownTable } from 'markdown-table';
import type { Comparison } from '../compare/types.js';
import { noWrap } from '../util/format.js';
import { code, MAX_INLINE_CHARS, prose, proseCell } from './escape.js';
import { estimateView, type TableView } from './estimate-view.js';

/**
 * The view's text carries user text (run ids, accelerator names): escaped as prose, so a name adds no tag, link or
 * mention and a pipe does not end the cell. Code spans the view wrote keep working.
 */
const cell = (text: string): string => noWrap(proseCell(text, MAX_INLINE_CHARS));

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
    `Manifest: ${code(view.manifest)}`,
    table(view.runs),
    view.budget
      ? [
          `**Budget** (from ${view.budget.authority}):`,
          '',
          ...view.budget.checks.map((check) => `- ${CHECK_MARK[check.status]} ${prose(check.message)}`),
        ].join('\n')
      : '',
    view.savings.length
      ? ['**Biggest savings**', '', ...view.savings.map((line) => `- ${prose(line)}`)].join('\n')
      : '',
    view.notes.length ? ['**Notes**', '', ...view.notes.map((line) => `- ${prose(line)}`)].join('\n') : '',
  ];
  return `${sections.filter((section) => section !== '').join('\n\n')}\n`;
}
