// Why a run's figure changed between base and head, named from the manifest fields that differ ("tokens 400M → 600M",
// "A100-SXM4-40GB → H100-SXM5-80GB", "fp32 → bf16", "measured log added"), so a reviewer need not diff the YAML.
import type { RunComparison } from '../compare/types.js';
import type { RunEstimate } from '../estimate/types.js';
import type { Run } from '../manifest/types.js';
import { formatCount, formatHours, formatNumber } from '../util/format.js';

/** The parsed runs of each side, by the run id the comparison uses (monorepo prefixes included). */
export interface RunInputs {
  base: Map<string, Run>;
  head: Map<string, Run>;
}

type Field = [label: string, read: (run: Run) => string | number | undefined, show?: (value: number) => string];

const count = (value: number) => formatCount(value);
const percent = (value: number) => `${formatNumber(value * 100)}%`;

/** In the order a reader thinks about a run: what is trained, on what, where, how often, then serving. */
const FIELDS: Field[] = [
  ['parameters', (run) => run.model.activeParameters ?? run.model.parameters, count],
  ['tokens', (run) => run.training?.tokens, count],
  ['samples', (run) => run.training?.samples, count],
  ['sequence length', (run) => run.training?.sequenceLength, count],
  ['epochs', (run) => run.training?.epochs],
  ['FLOPs', (run) => run.training?.flops, (value) => value.toExponential(1).replace('e+', 'e')],
  ['', (run) => (run.training?.precisionGiven ? run.training.precision : undefined)],
  ['method', (run) => run.training?.method],
  ['', (run) => run.hardware.accelerator],
  ['accelerators', (run) => run.hardware.count],
  ['hours', (run) => run.hardware.hours, formatHours],
  ['accelerator-hours', (run) => run.hardware.acceleratorHours, formatHours],
  ['utilization', (run) => run.hardware.utilization, percent],
  ['power', (run) => run.hardware.powerWatts, (value) => `${formatNumber(value)} W`],
  ['repeats', (run) => run.repeats],
  ['region', (run) => run.location],
  ['grid', (run) => run.carbonIntensity, (value) => `${formatNumber(value)} g/kWh`],
  ['PUE', (run) => run.pue],
  ['serving tokens/day', (run) => servingTokensPerDay(run), count],
  ['serving days', (run) => run.inference?.days],
  ['serving on', (run) => run.inference?.accelerator],
  ['serving', (run) => run.inference?.precision],
];

function servingTokensPerDay(run: Run): number | undefined {
  const inference = run.inference;
  if (!inference) return undefined;
  if (inference.tokensPerDay !== undefined) return inference.tokensPerDay;
  if (inference.requestsPerDay !== undefined && inference.tokensPerRequest !== undefined)
    return inference.requestsPerDay * inference.tokensPerRequest;
  return undefined;
}

function shown(field: Field, value: string | number | undefined): string {
  if (value === undefined) return 'unset';
  return typeof value === 'number' ? (field[2] ?? formatNumber)(value) : value;
}

/** "tokens 400M → 600M", one per differing field, at most `max` (then "+2 more"). */
export function fieldChanges(base: Run, head: Run, max = 3): string[] {
  const changes: string[] = [];
  for (const field of FIELDS) {
    const before = field[1](base);
    const after = field[1](head);
    if (before === after) continue;
    const label = field[0] ? `${field[0]} ` : '';
    changes.push(`${label}${shown(field, before)} → ${shown(field, after)}`);
  }
  if (!base.inference !== !head.inference) changes.push(head.inference ? 'serving added' : 'serving removed');
  return changes.length > max ? [...changes.slice(0, max), `+${changes.length - max} more`] : changes;
}

function measurementChange(base: RunEstimate | undefined, head: RunEstimate | undefined): string | undefined {
  const before = base?.basis === 'measured';
  const after = head?.basis === 'measured';
  if (!before && after) return 'measured log added';
  if (before && !after) return 'measured log dropped';
  if (before && after && base!.co2eKg.value !== head!.co2eKg.value) return 'measured figures changed';
  return undefined;
}

/** A short description of a new run: size, data and hardware. */
function describeRun(run: Run): string {
  const parts = [`${formatCount(run.model.activeParameters ?? run.model.parameters)} params`];
  if (run.training?.tokens !== undefined) parts.push(`${formatCount(run.training.tokens)} tokens`);
  parts.push(`${run.hardware.count} × ${run.hardware.accelerator}`);
  return parts.join(', ');
}

/** The drivers of a run's change, as plain text (callers escape it for their context). */
export function changeDrivers(row: RunComparison, inputs: RunInputs | undefined): string[] {
  const head = inputs?.head.get(row.id);
  const base = inputs?.base.get(row.previousId ?? row.id);
  switch (row.change) {
    case 'added':
      return [head ? `new: ${describeRun(head)}` : 'new run'];
    case 'removed':
      return ['removed'];
    case 'unchanged':
      return [];
    default: {
      const drivers = base && head ? fieldChanges(base, head) : [];
      const measured = measurementChange(row.base, row.head);
      if (measured) drivers.push(measured);
      if (!drivers.length && row.deltaCo2eKg !== 0) drivers.push('defaults or reference data changed');
      return drivers;
    }
  }
}
