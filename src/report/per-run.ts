// The collapsed per-run details: hardware, hours, energy, grid and the CO2e split with its range, as a list (a wide
// table does not fit a comment), then the notes the engine left, each naming its runs.
import type { RunEstimate } from '../estimate/types.js';
import { formatHours, formatKg, formatKwh, formatNumber, formatRange } from '../util/format.js';
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

function notesOf(runs: RunEstimate[]): string[] {
  const notes = new Map<string, string[]>();
  for (const run of runs) for (const note of run.notes) notes.set(note, [...(notes.get(note) ?? []), run.id]);
  return [...notes].map(([note, ids]) => `- ${prose(note)} (${ids.map(code).join(', ')})`);
}

export function renderPerRunDetails(runs: RunEstimate[]): string {
  const notes = notesOf(runs);
  return collapsed(
    'Per-run details',
    [...runs.map(runLine), ...(notes.length ? ['', '**Notes**', '', ...notes] : [])].join('\n'),
  );
}
