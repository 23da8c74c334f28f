// Which tool wrote a log, judged from its first lines (never from the file name).
import type { LogFormat } from '../manifest/types.js';
import { readHeaderName } from './csv.js';
import { splitCsvLine } from '../util/csv.js';

/** Lines from the start of the file the detector looks at. */
export const DETECTION_LINES = 64;

const CARBONTRACKER_LINE =
  /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} - (CarbonTracker:|carbontracker version|Only predicted and actual|The following components)/;
const SMI_TIMESTAMP_CELL = /^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}\.\d{3}$/;
const SMI_FIELDS = new Set([
  'power.draw',
  'power.draw.average',
  'power.draw.instant',
  'power.limit',
  'utilization.gpu',
  'utilization.memory',
  'memory.used',
  'memory.total',
  'memory.free',
  'temperature.gpu',
  'pstate',
  'clocks.current.sm',
  'clocks.sm',
  'clocks.current.memory',
  'clocks.mem',
  'pci.bus_id',
  'fan.speed',
  'enforced.power.limit',
]);

/** The format of a log from its first lines (decoded, line ends removed), or undefined when no rule fits. */
export function detectFormat(firstLines: readonly string[]): LogFormat | undefined {
  const lines = firstLines.map((line) => line.trim()).filter((line) => line !== '');
  const first = lines[0];
  if (first === undefined) return undefined;
  if (first.startsWith('{') || first.startsWith('[')) return looksLikeTrainerJson(lines) ? 'hf-trainer' : undefined;
  if (first === '---') return 'hf-model-card';
  if (lines.some((line) => CARBONTRACKER_LINE.test(line))) return 'carbontracker';

  for (const line of lines) {
    const names = splitCsvLine(line).map((cell) => readHeaderName(cell).name);
    if (
      names.includes('power_consumption(kwh)') ||
      (names.includes('co2_emissions(kg)') && names.includes('duration(s)'))
    )
      return 'eco2ai';
    if (names.includes('energy_consumed') && names.includes('emissions')) return 'codecarbon';
    if (names.some((name) => SMI_FIELDS.has(name))) return 'nvidia-smi';
    if (names.includes('timestamp') && names.some((name) => /^power[._ ]?draw/.test(name))) return 'nvidia-smi';
  }
  if (lines.some((line) => line.includes('NVIDIA-SMI') || /^#\s*gpu\s/.test(line))) return 'nvidia-smi';
  if (lines.some((line) => SMI_TIMESTAMP_CELL.test(splitCsvLine(line)[0] ?? ''))) return 'nvidia-smi';
  return undefined;
}

function looksLikeTrainerJson(lines: readonly string[]): boolean {
  const head = lines.join('\n');
  return /"(train_runtime|total_flos|log_history|global_step|train_loss|eval_loss|epoch)"\s*:/.test(head);
}

const CODECARBON_NAMES = [
  'timestamp',
  'run_id',
  'experiment_id',
  'project_name',
  'duration',
  'emissions',
  'energy_consumed',
];

/** Why no rule fitted, when the first line says so: a spreadsheet's separator, or CodeCarbon without its energy. */
export function undetectedReason(firstLines: readonly string[]): string | undefined {
  const first = firstLines.find((line) => line.trim() !== '')?.trim();
  if (first === undefined) return undefined;
  for (const separator of [';', '\t']) {
    const names = first.split(separator).map((cell) => readHeaderName(cell).name);
    if (names.length > 2 && names.filter((name) => CODECARBON_NAMES.includes(name)).length >= 2)
      return `the columns are separated by "${separator === '\t' ? 'tab' : separator}" (a spreadsheet re-save?): CodeCarbon and nvidia-smi write commas; export it as comma-separated CSV`;
  }
  const names = splitCsvLine(first).map((cell) => readHeaderName(cell).name);
  if (names.includes('emissions') && names.includes('duration') && !names.includes('energy_consumed'))
    return 'it looks like CodeCarbon without the energy_consumed column: keep the columns CodeCarbon wrote';
  return undefined;
}
