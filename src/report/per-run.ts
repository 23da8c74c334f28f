// The collapsed per-run details: hardware, hours, energy, grid and the CO2e split with its range, as a list (a wide
// table does not fit a comment), then the notes the engine left, each naming its runs.
import { runTotalKg } from '../compare/run-total.js';
import type { RunEstimate } from '../estimate/types.js';
import { formatHours, formatKg, formatKwh, formatNumber, formatRange, formatWhole } from '../util/format.js';
import { code, prose } from './escape.js';
import { collapsed } from './markdown-blocks.js';

function runLine(run: RunEstimate): string {
  const hardware = `${run.acceleratorCount} × ${prose(run.accelerator)}${run.repeats > 1 ? `, ${formatNumber(run.repeats)} repeats` : ''}`;
  const operationalCo2eKg = run.breakdown.operationalCo2eKg.value;
  const embodiedCo2eKg = run.breakdown.embodiedCo2eKg.value;
  const parts = [
    hardware,
    `${formatHours(run.acceleratorHours.value)} accelerator time`,
    `${formatKwh(run.energyKwh.value)} (facility)`,
    `grid ${formatNumber(run.carbonIntensityGPerKwh)} g/kWh, PUE ${formatNumber(run.pue)}`,
    `training ${formatKg(run.co2eKg.value)} (${formatRange(run.co2eKg, formatKg)}; ${formatKg(operationalCo2eKg)} operational + ${formatKg(embodiedCo2eKg)} embodied)`,
  ];
  if (run.inference)
    parts.push(
      `serving ${formatKg(run.inference.co2eKg.value)} over ${formatNumber(run.inference.days)} days (${formatRange(run.inference.co2eKg, formatKg)})`,
    );
  return `- ${code(run.id)}${run.basis === 'measured' ? ' 📏' : ''}: ${parts.join(' · ')}`;
}

/** Runs named per note; a monorepo's long tail is counted, not listed. */
const MAX_IDS_PER_NOTE = 10;

function idList(ids: string[]): string {
  const shown = ids.slice(0, MAX_IDS_PER_NOTE).map(code).join(', ');
  return ids.length > MAX_IDS_PER_NOTE ? `${shown} and ${formatWhole(ids.length - MAX_IDS_PER_NOTE)} more runs` : shown;
}

function notesOf(runs: RunEstimate[]): string[] {
  const notes = new Map<string, string[]>();
  for (const run of runs) {
    for (const note of run.notes) {
      const ids = notes.get(note);
      if (ids) ids.push(run.id);
      else notes.set(note, [run.id]);
    }
  }
  return [...notes].map(([note, ids]) => `- ${prose(note)} (${idList(ids)})`);
}

/** Every run's details, or the `limit` largest runs' with a line saying where the others are. */
export function renderPerRunDetails(runs: RunEstimate[], limit = Infinity, elsewhere = ''): string {
  const notes = notesOf(runs);
  const listed = runs.length <= limit ? runs : [...runs].sort((a, b) => runTotalKg(b) - runTotalKg(a)).slice(0, limit);
  const lines = listed.map(runLine);
  const summary =
    listed.length < runs.length
      ? `Per-run details (the ${listed.length} largest of ${formatWhole(runs.length)} runs)`
      : 'Per-run details';
  if (listed.length < runs.length) lines.push(`- ${formatWhole(runs.length - listed.length)} more runs: ${elsewhere}.`);
  return collapsed(summary, [...lines, ...(notes.length ? ['', '**Notes**', '', ...notes] : [])].join('\n'));
}
