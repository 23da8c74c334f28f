// The whole-run MFU level of every hardware generation in the accelerator table, with how it was obtained: the table
// both documents (methodology.md, validation.md) show, so no generation's level is hidden.
import { markdownTable } from 'markdown-table';
import { ACCELERATORS } from '../data/accelerators.js';
import { generationLevel, type CalibrationFit } from '../data/calibration.js';
import { FP8_SPEEDUP } from '../data/calibration-benchmarks.js';

const BASIS_TEXT = {
  'whole-run': 'own whole runs',
  'benchmark x realization': 'steady-state benchmark × realization',
  'relative benchmark': 'benchmark relative to another generation',
  'few families': 'own whole runs (fewer than the minimum families; no benchmark)',
  borrowed: 'no benchmark: median of benchmarked generations of its kind × realization',
} as const;

export function generationLevelsTable(fit: CalibrationFit): string {
  const seen = new Map<string, (typeof ACCELERATORS)[number]>();
  for (const accelerator of ACCELERATORS) {
    const key = accelerator.generation ?? accelerator.kind;
    if (!seen.has(key)) seen.set(key, accelerator);
  }
  return markdownTable(
    [
      ['Generation', 'Whole-run MFU at 10 B', 'Basis', 'fp8 speed-up', 'Source'],
      ...[...seen].map(([generation, accelerator]) => {
        const level = generationLevel(accelerator, fit);
        const fp8 = FP8_SPEEDUP[generation];
        return [
          generation,
          level.value.toFixed(3),
          BASIS_TEXT[level.basis],
          fp8 ? `× ${fp8.value} (${fp8.low}–${fp8.high})` : '—',
          level.source.replaceAll('|', '/'),
        ];
      }),
    ],
    { align: ['l', 'r', 'l', 'r', 'l'] },
  );
}
