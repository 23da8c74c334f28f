// The accelerator table as people read it: `ml-carbon accelerators` prints it and README.md carries the same text
// (a test keeps them equal), so the list users are pointed at is always the one the engine resolves names with.
import { ACCELERATORS } from './accelerators.js';
import type { Accelerator, Precision } from './types.js';

const COLUMNS: Precision[] = ['fp32', 'bf16', 'fp16', 'fp8', 'int8'];

const figure = (value: number | undefined) => (value === undefined ? '—' : String(Number(value.toPrecision(5))));
const cell = (text: string) => text.replace(/\|/g, '\\|');

function row(accelerator: Accelerator): string {
  const peaks = accelerator.peakTflops.value;
  return `| ${[
    `\`${accelerator.id}\``,
    cell(accelerator.name),
    cell(accelerator.aliases.join(', ')),
    figure(accelerator.tdpWatts.value),
    ...COLUMNS.map((precision) => figure(peaks[precision])),
  ].join(' | ')} |`;
}

/** Markdown table of every accelerator: id, name, aliases, TDP and dense peaks. */
export function acceleratorListMarkdown(): string {
  return [
    `| Id | Name | Also written | TDP (W) | ${COLUMNS.map((precision) => `${precision} ${precision === 'int8' ? 'TOP/s' : 'TFLOP/s'}`).join(' | ')} |`,
    `| :- | :- | :- | -: | ${COLUMNS.map(() => '-:').join(' | ')} |`,
    ...ACCELERATORS.map(row),
  ].join('\n');
}

export const ACCELERATOR_LIST_NOTE =
  'Names match case- and punctuation-insensitively, with vendor words and a leading count ("8x") ignored. Peaks are dense (never the sparse figure). Sources for every figure are in src/data/accelerators-*.ts and in each report\'s methodology.';
