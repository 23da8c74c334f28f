// The dashboard's chart as an inline SVG string: total CO2e per commit with its range band, one line per run,
// measured points filled and estimated points hollow, and the budget as a dashed line.
import type { Range } from '../estimate/types.js';
import { xmlText } from '../report/escape.js';
import type { History, HistoryEntry } from './history.js';
import { formatCo2e } from './precision.js';

const WIDTH = 960;
const HEIGHT = 440;
const MARGIN = { left: 78, right: 24, top: 24, bottom: 72 };
const PLOT_WIDTH = WIDTH - MARGIN.left - MARGIN.right;
const PLOT_HEIGHT = HEIGHT - MARGIN.top - MARGIN.bottom;

export const TOTAL_COLOR = '#1f2937';
export const BUDGET_COLOR = '#dc2626';
const RUN_COLORS = ['#2563eb', '#059669', '#d97706', '#7c3aed', '#db2777', '#0891b2', '#65a30d', '#9333ea'];

export function runColor(index: number): string {
  return RUN_COLORS[index % RUN_COLORS.length] ?? '#2563eb';
}

/** Run ids in the order they first appear, so colours stay put as history grows. */
export function runIds(history: History): string[] {
  const ids: string[] = [];
  for (const entry of history.entries) for (const run of entry.runs) if (!ids.includes(run.id)) ids.push(run.id);
  return ids;
}

/** A round axis step (1, 2 or 5 x 10^n) giving about five ticks up to `max`. */
export function niceStep(max: number): number {
  if (!(max > 0)) return 1;
  const rough = max / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const scaled = rough / power;
  return (scaled <= 1 ? 1 : scaled <= 2 ? 2 : scaled <= 5 ? 5 : 10) * power;
}

function yAxisMax(history: History): number {
  const values = history.entries.flatMap((entry) => [
    entry.co2eKg.high,
    entry.co2eKg.value,
    entry.budgetKg ?? 0,
    ...entry.runs.map((run) => run.co2eKg.value),
  ]);
  const max = Math.max(0, ...values);
  const step = niceStep(max);
  return Math.max(step, Math.ceil(max / step) * step);
}

function tickLabel(kg: number, inTonnes: boolean): string {
  const value = inTonnes ? kg / 1000 : kg;
  return Number(value.toPrecision(6)).toLocaleString('en-US', { maximumFractionDigits: 3 });
}

function shortDate(iso: string): string {
  return iso.slice(0, 10);
}

function pointTitle(entry: HistoryEntry, what: string, range: Range, basis: string): string {
  return `${entry.sha.slice(0, 7)} ${shortDate(entry.date)}: ${what} ${formatCo2e(range)} (${formatCo2e({ ...range, value: range.low })}–${formatCo2e({ ...range, value: range.high })}), ${basis}`;
}

function point(
  x: number,
  y: number,
  radius: number,
  color: string,
  basis: string,
  attributes: string,
  title: string,
): string {
  const fill = basis === 'measured' ? color : basis === 'mixed' ? `${color}80` : '#ffffff';
  return `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${radius}" fill="${fill}" stroke="${color}" stroke-width="2" data-basis="${basis}" ${attributes}><title>${xmlText(title)}</title></circle>`;
}

/** Split a series at commits where it has no value, so a run that disappears leaves a gap. */
function segments(points: Array<[number, number] | undefined>): string[] {
  const paths: string[] = [];
  let current: string[] = [];
  for (const at of [...points, undefined]) {
    if (at) current.push(`${at[0].toFixed(1)},${at[1].toFixed(1)}`);
    else if (current.length) {
      paths.push(current.join(' '));
      current = [];
    }
  }
  return paths;
}

export function renderChart(history: History): string {
  const entries = history.entries;
  const yMax = yAxisMax(history);
  const inTonnes = yMax >= 2000;
  const step = niceStep(yMax);
  const x = (index: number) => MARGIN.left + ((index + 0.5) * PLOT_WIDTH) / Math.max(1, entries.length);
  const y = (kg: number) => MARGIN.top + PLOT_HEIGHT - (Math.max(0, kg) / yMax) * PLOT_HEIGHT;
  const parts: string[] = [];
  // Points shrink as commits crowd the axis, so a long history stays legible.
  const slot = PLOT_WIDTH / Math.max(1, entries.length);
  const totalRadius = Math.min(5.5, Math.max(2.5, slot / 4));
  const runRadius = Math.min(3.5, Math.max(1.5, slot / 6));

  for (let tick = 0; tick <= yMax + step / 1e6; tick += step) {
    parts.push(
      `<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${y(tick).toFixed(1)}" y2="${y(tick).toFixed(1)}" class="grid"/>`,
    );
    parts.push(
      `<text x="${MARGIN.left - 8}" y="${(y(tick) + 4).toFixed(1)}" text-anchor="end" class="tick">${tickLabel(tick, inTonnes)}</text>`,
    );
  }
  parts.push(
    `<text transform="translate(18 ${MARGIN.top + PLOT_HEIGHT / 2}) rotate(-90)" text-anchor="middle" class="axis-title">CO2e (${inTonnes ? 't' : 'kg'})</text>`,
  );

  const labelEvery = Math.max(1, Math.ceil(entries.length / 12));
  entries.forEach((entry, index) => {
    // Counted from the newest commit, so the latest is always labelled and the labels never crowd.
    if ((entries.length - 1 - index) % labelEvery !== 0) return;
    parts.push(
      `<text x="${x(index).toFixed(1)}" y="${HEIGHT - MARGIN.bottom + 18}" text-anchor="middle" class="tick sha">${xmlText(entry.sha.slice(0, 7))}</text>`,
    );
    parts.push(
      `<text x="${x(index).toFixed(1)}" y="${HEIGHT - MARGIN.bottom + 34}" text-anchor="middle" class="tick">${xmlText(shortDate(entry.date))}</text>`,
    );
  });

  const band = [
    ...entries.map((entry, index) => `${x(index).toFixed(1)},${y(entry.co2eKg.high).toFixed(1)}`),
    ...entries.map((entry, index) => `${x(index).toFixed(1)},${y(entry.co2eKg.low).toFixed(1)}`).reverse(),
  ];
  if (entries.length > 1) parts.push(`<polygon points="${band.join(' ')}" class="band" data-series="range"/>`);
  else if (entries.length === 1 && entries[0])
    parts.push(
      `<line x1="${x(0)}" x2="${x(0)}" y1="${y(entries[0].co2eKg.low).toFixed(1)}" y2="${y(entries[0].co2eKg.high).toFixed(1)}" class="range-bar" data-series="range"/>`,
    );

  // The budget holds from one commit to the next, so it is drawn as steps spanning each commit's slot.
  const halfSlot = slot / 2;
  const budgetSteps = entries.map((entry, index) =>
    entry.budgetKg === undefined ? undefined : ([x(index), y(entry.budgetKg)] as [number, number]),
  );
  for (const path of segments(budgetSteps)) {
    const steps = path.split(' ').flatMap((pair) => {
      const [px, py] = pair.split(',').map(Number) as [number, number];
      return [`${(px - halfSlot).toFixed(1)},${py.toFixed(1)}`, `${(px + halfSlot).toFixed(1)},${py.toFixed(1)}`];
    });
    parts.push(
      `<polyline points="${steps.join(' ')}" fill="none" stroke="${BUDGET_COLOR}" stroke-width="2" stroke-dasharray="8 5" data-series="budget"/>`,
    );
  }

  runIds(history).forEach((id, runIndex) => {
    const color = runColor(runIndex);
    const series = entries.map((entry, index) => {
      const run = entry.runs.find((candidate) => candidate.id === id);
      return run ? ([x(index), y(run.co2eKg.value)] as [number, number]) : undefined;
    });
    for (const path of segments(series))
      parts.push(
        `<polyline points="${path}" fill="none" stroke="${color}" stroke-width="1.5" data-series="run" data-run="${xmlText(id)}"/>`,
      );
    entries.forEach((entry, index) => {
      const run = entry.runs.find((candidate) => candidate.id === id);
      if (run)
        parts.push(
          point(
            x(index),
            y(run.co2eKg.value),
            runRadius,
            color,
            run.basis,
            `data-series="run" data-run="${xmlText(id)}" data-sha="${entry.sha}"`,
            pointTitle(entry, id, run.co2eKg, run.basis),
          ),
        );
    });
  });

  for (const path of segments(entries.map((entry, index) => [x(index), y(entry.co2eKg.value)]))) {
    parts.push(`<polyline points="${path}" fill="none" stroke="${TOTAL_COLOR}" stroke-width="3" data-series="total"/>`);
  }
  entries.forEach((entry, index) => {
    parts.push(
      point(
        x(index),
        y(entry.co2eKg.value),
        totalRadius,
        TOTAL_COLOR,
        entry.basis,
        `data-series="total" data-sha="${entry.sha}" data-kg="${entry.co2eKg.value}"`,
        pointTitle(entry, 'total', entry.co2eKg, entry.basis),
      ),
    );
  });

  parts.push(
    `<line x1="${MARGIN.left}" x2="${MARGIN.left}" y1="${MARGIN.top}" y2="${MARGIN.top + PLOT_HEIGHT}" class="axis"/>`,
  );
  parts.push(
    `<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${MARGIN.top + PLOT_HEIGHT}" y2="${MARGIN.top + PLOT_HEIGHT}" class="axis"/>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="CO2e per commit" id="chart">${parts.join('')}</svg>`;
}
