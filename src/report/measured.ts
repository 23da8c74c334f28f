// The report section that puts measured figures next to the estimate, with the estimate's error and calibration.
import { markdownTable } from 'markdown-table';
import type { Comparison } from '../compare/types.js';
import type { Estimate, ObservedCalibration, RunEstimate } from '../estimate/types.js';
import { formatHours, formatKg, formatKwh, formatPercent, formatRange } from '../util/format.js';

const MARK = '📏';

export function renderMeasuredSection(comparison: Comparison): string {
  const runs = comparison.head.runs.filter((run) => run.measured);
  const calibration = calibrationLine(comparison.head);
  if (runs.length === 0 && !calibration) return '';
  const parts = [`**${MARK} Measured vs estimated** (${MARK} marks figures taken from logs)`];
  if (runs.length) {
    parts.push(measuredTable(runs));
    parts.push(runs.map(runNotes).join('\n'));
  }
  if (calibration) parts.push(calibration);
  return parts.join('\n\n');
}

function measuredTable(runs: RunEstimate[]): string {
  const rows = runs.map((run) => {
    const view = run.measured!;
    const measured = [
      view.energyKwh ? `${formatKwh(view.energyKwh.value)} ${MARK}` : '',
      view.co2eKg ? `${formatKg(view.co2eKg.value)} ${MARK}` : '',
      view.acceleratorHours !== undefined ? `${formatHours(view.acceleratorHours)} ${MARK}` : '',
    ];
    const estimated = [
      `${formatKwh(view.estimated.energyKwh.value)} (${formatRange(view.estimated.energyKwh, formatKwh)})`,
      `${formatKg(view.estimated.co2eKg.value)} (${formatRange(view.estimated.co2eKg, formatKg)})`,
      formatHours(view.estimated.acceleratorHours.value),
    ];
    const errors = view.errorPercent;
    return [
      `\`${run.id}\``,
      measured[0] || '—',
      estimated[0]!,
      errorCell(
        errors.energyKwh,
        view.energyKwh !== undefined && inRange(view.energyKwh.value, view.estimated.energyKwh),
      ),
      measured[1] || '—',
      estimated[1]!,
      errorCell(errors.co2eKg, view.co2eKg !== undefined && inRange(view.co2eKg.value, view.estimated.co2eKg)),
      measured[2]
        ? `${measured[2]} vs ${estimated[2]} (${errors.acceleratorHours === undefined ? '—' : formatPercent(errors.acceleratorHours)})`
        : '—',
    ];
  });
  return markdownTable(
    [
      [
        'Run',
        'Energy measured',
        'Energy estimated',
        'Estimate error',
        'CO2e measured',
        'CO2e estimated',
        'Estimate error',
        'Accelerator-hours measured vs estimated',
      ],
      ...rows,
    ],
    { align: ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r'], alignDelimiters: false },
  );
}

function inRange(value: number, range: { low: number; high: number }): boolean {
  return value >= range.low && value <= range.high;
}

function errorCell(percent: number | undefined, withinRange: boolean): string {
  if (percent === undefined) return '—';
  return `${formatPercent(percent)}${withinRange ? ' (in range)' : ' (outside range)'}`;
}

function runNotes(run: RunEstimate): string {
  const view = run.measured!;
  const sentences: string[] = [];
  if (view.energyNote) sentences.push(`energy: ${view.energyNote}`);
  if (view.intensityNote) sentences.push(`CO2e ${view.intensityNote}, plus estimated embodied carbon`);
  if (view.utilization !== undefined)
    sentences.push(
      `achieved utilization ${percentOf(view.utilization)} of dense peak${view.flops ? ` (${view.flops.toExponential(2)} FLOPs)` : ''}`,
    );
  if (view.averagePowerWatts !== undefined)
    sentences.push(
      `mean draw ${Math.round(view.averagePowerWatts)} W per accelerator (${percentOf(view.powerFractionOfTdp!)} of TDP)`,
    );
  const files = view.files
    .map(
      (file) => `\`${file.file}\`${file.contributed.length ? ` (${file.contributed.join(', ')})` : ' (nothing used)'}`,
    )
    .join(', ');
  return `- \`${run.id}\`: ${sentences.join('; ')}. From ${files}.`;
}

function percentOf(fraction: number): string {
  return `${Math.round(fraction * 1000) / 10}%`;
}

function calibrationLine(estimate: Estimate): string {
  const calibration: ObservedCalibration | undefined = estimate.calibration;
  if (!calibration) return '';
  const observed = [
    calibration.utilization
      ? `utilization ${percentOf(calibration.utilization.value)} (${percentOf(calibration.utilization.low)}–${percentOf(calibration.utilization.high)})`
      : '',
    calibration.powerFractionOfTdp
      ? `power draw ${percentOf(calibration.powerFractionOfTdp.value)} of TDP (${percentOf(calibration.powerFractionOfTdp.low)}–${percentOf(calibration.powerFractionOfTdp.high)})`
      : '',
  ].filter(Boolean);
  const from = calibration.fromRuns.map((id) => `\`${id}\``).join(', ');
  const applied = calibration.appliedTo.length
    ? `Used for the runs without logs (\`defaults.calibrate: true\`): ${calibration.appliedTo.map((id) => `\`${id}\``).join(', ')}.`
    : 'Not used for other runs; set `defaults.calibrate: true` to estimate runs without logs with these values.';
  return `**Calibration:** observed in this repository's measured runs (${from}): ${observed.join(', ')}. ${applied}`;
}
