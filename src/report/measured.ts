// The collapsed section that puts measured figures next to the estimate. A run whose estimate misses its log gets one
// line saying which input most likely differs (hours, i.e. utilization, or power draw), and how calibration feeds
// the observation back.
import type { Comparison } from '../compare/types.js';
import type { Estimate, ObservedCalibration, RunEstimate } from '../estimate/types.js';
import { formatHours, formatKg, formatKwh, formatNumber, formatPercent, formatRange } from '../util/format.js';
import { code, prose } from './escape.js';
import { collapsed } from './markdown-blocks.js';

const MARK = '📏';
/** An estimate within this of its log, and inside its range, needs no explanation. */
const CLOSE_ENOUGH_PERCENT = 25;

function percentOf(fraction: number): string {
  return `${formatNumber(fraction * 100)}%`;
}

const inRange = (value: number, range: { low: number; high: number }) => value >= range.low && value <= range.high;

function comparisonClause(
  label: string,
  measured: number | undefined,
  estimated: { value: number; low: number; high: number },
  unit: (value: number) => string,
  errorPercent: number | undefined,
): string {
  if (measured === undefined) return '';
  const verdict = inRange(measured, estimated) ? 'in range' : 'outside the range';
  const error = errorPercent === undefined ? '' : `, estimate ${formatPercent(errorPercent)}, ${verdict}`;
  return `${label} ${unit(measured)} ${MARK} vs ${unit(estimated.value)} estimated (${formatRange(estimated, unit)}${error})`;
}

/**
 * Energy = hours × power, so the estimate's energy error splits into an hours ratio (utilization: FLOPs / (peak ×
 * utilization)) and a power ratio (draw per accelerator). The larger, in log terms, is named.
 */
export function missExplanation(run: RunEstimate): string | undefined {
  const view = run.measured;
  if (!view?.energyKwh) return undefined;
  const energyError = view.errorPercent.energyKwh;
  if (energyError === undefined) return undefined;
  if (Math.abs(energyError) <= CLOSE_ENOUGH_PERCENT && inRange(view.energyKwh.value, view.estimated.energyKwh))
    return undefined;
  const energyRatio = view.estimated.energyKwh.value / view.energyKwh.value;
  const hoursRatio =
    view.acceleratorHours !== undefined && view.acceleratorHours > 0
      ? view.estimated.acceleratorHours.value / view.acceleratorHours
      : undefined;
  const powerRatio = hoursRatio !== undefined ? energyRatio / hoursRatio : undefined;
  const direction = energyRatio > 1 ? 'over' : 'under';
  const utilizationDefault = run.assumptions.find((use) => use.name.startsWith('model FLOPs utilization'));
  if (
    hoursRatio !== undefined &&
    (powerRatio === undefined || Math.abs(Math.log(hoursRatio)) >= Math.abs(Math.log(powerRatio)))
  ) {
    const observed =
      view.utilization !== undefined
        ? `${percentOf(view.utilization)} utilization`
        : utilizationDefault
          ? `about ${percentOf(utilizationDefault.value * hoursRatio)} utilization`
          : 'a different utilization';
    const assumed = utilizationDefault ? ` where the estimate assumed ${percentOf(utilizationDefault.value)}` : '';
    return `${direction}estimates mostly through hours: ${formatHours(view.estimated.acceleratorHours.value)} estimated, ${formatHours(view.acceleratorHours!)} logged, so the run sustained ${observed}${assumed}`;
  }
  if (powerRatio !== undefined && view.averagePowerWatts !== undefined) {
    return `${direction}estimates mostly through power: the log shows ${formatNumber(view.averagePowerWatts)} W per accelerator${view.powerFractionOfTdp !== undefined ? ` (${percentOf(view.powerFractionOfTdp)} of TDP)` : ''}, about ${formatNumber(1 / powerRatio)}× what the estimate assumed`;
  }
  return `${direction}estimates the energy; the log has no duration or power draw to say whether hours or power differ`;
}

function runItem(run: RunEstimate, calibrate: boolean): string {
  const view = run.measured!;
  const errors = view.errorPercent;
  const figures = [
    comparisonClause('energy', view.energyKwh?.value, view.estimated.energyKwh, formatKwh, errors.energyKwh),
    comparisonClause('CO2e', view.co2eKg?.value, view.estimated.co2eKg, formatKg, errors.co2eKg),
    comparisonClause(
      'accelerator time',
      view.acceleratorHours,
      view.estimated.acceleratorHours,
      formatHours,
      errors.acceleratorHours,
    ),
  ].filter(Boolean);
  const lines = [`- ${code(run.id)}: ${figures.join('; ')}.`];
  const miss = missExplanation(run);
  if (miss)
    lines.push(
      `  **Why the estimate misses:** it ${miss}.${calibrate ? '' : ' With `defaults.calibrate: true` the runs without logs are estimated with what this run showed.'}`,
    );
  const sentences: string[] = [];
  if (view.energyNote) sentences.push(`energy: ${prose(view.energyNote)}`);
  if (view.intensityNote) sentences.push(`CO2e ${prose(view.intensityNote)}, plus estimated embodied carbon`);
  if (view.averagePowerWatts !== undefined)
    sentences.push(
      `mean draw ${formatNumber(view.averagePowerWatts)} W per accelerator${view.powerFractionOfTdp !== undefined ? ` (${percentOf(view.powerFractionOfTdp)} of TDP)` : ''}`,
    );
  const files = view.files
    .map(
      (file) => `${code(file.file)} (${file.contributed.length ? prose(file.contributed.join(', ')) : 'nothing used'})`,
    )
    .join(', ');
  lines.push(`  ${sentences.length ? `${sentences.join('; ')}. ` : ''}From ${files}.`);
  return lines.join('\n');
}

function calibrationLine(estimate: Estimate): string {
  const calibration: ObservedCalibration | undefined = estimate.calibration;
  if (!calibration) return '';
  const spread = (range: { value: number; low: number; high: number }) =>
    range.low === range.high
      ? percentOf(range.value)
      : `${percentOf(range.value)} (${percentOf(range.low)} – ${percentOf(range.high)})`;
  const observed = [
    calibration.utilization ? `utilization ${spread(calibration.utilization)}` : '',
    calibration.powerFractionOfTdp ? `power draw ${spread(calibration.powerFractionOfTdp)} of TDP` : '',
  ].filter(Boolean);
  const from = calibration.fromRuns.map(code).join(', ');
  const applied = calibration.appliedTo.length
    ? `Used for the runs without logs (\`defaults.calibrate: true\`): ${calibration.appliedTo.map(code).join(', ')}.`
    : 'Not used for other runs; set `defaults.calibrate: true` to estimate runs without logs with these values.';
  return `**Calibration:** observed in this repository's measured runs (${from}): ${observed.join(', ')}. ${applied}`;
}

export function renderMeasuredSection(comparison: Comparison): string {
  const runs = comparison.head.runs.filter((run) => run.measured);
  const calibration = calibrationLine(comparison.head);
  if (runs.length === 0 && !calibration) return '';
  const calibrate = (comparison.head.calibration?.appliedTo.length ?? 0) > 0;
  const misses = runs.filter((run) => missExplanation(run) !== undefined).length;
  const summary = `${MARK} Measured vs estimated (${runs.length} run${runs.length === 1 ? '' : 's'} with logs${misses ? `, ${misses} off the estimate` : ''})`;
  return collapsed(
    summary,
    [...(runs.length ? [runs.map((run) => runItem(run, calibrate)).join('\n')] : []), calibration]
      .filter(Boolean)
      .join('\n\n'),
  );
}
