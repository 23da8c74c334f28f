// Accuracy regression guard that every clone can run: the shipped calibration against whole runs the project
// transcribed from their publications (fixtures/calibration/whole-runs.csv), hours withheld and predicted from FLOPs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildHoursCases } from '../../src/accuracy/cases.js';
import { parseCsvRecords } from '../../src/util/csv.js';
import { median } from '../../src/accuracy/fit.js';
import { estimateRun } from '../../src/estimate/estimate.js';
import type { Run } from '../../src/manifest/types.js';

const csv = readFileSync(path.resolve(import.meta.dirname, '../../fixtures/calibration/whole-runs.csv'), 'utf8');
const cases = buildHoursCases(parseCsvRecords(csv));

const predicted = cases.map((c) => {
  const active = c.activeParameters ?? c.parameters;
  const run: Run = {
    id: c.id,
    model: { parameters: c.parameters, activeParameters: c.activeParameters },
    training: { tokens: c.flops! / (6 * active), precision: c.precision, precisionGiven: true },
    hardware: { accelerator: c.accelerator, count: c.count },
    repeats: 1,
    logs: [],
    carbonIntensity: 400,
  };
  const hours = estimateRun(run).acceleratorHours;
  const published = c.publishedAcceleratorHours!;
  return { id: c.id, error: hours.value / published - 1, inside: hours.low <= published && published <= hours.high };
});

describe('accuracy on the project fixture of published whole runs', () => {
  it('reads every row, with its source', () => {
    expect(cases).toHaveLength(12);
    expect(cases.every((c) => c.flops! > 0 && c.publishedAcceleratorHours! > 0)).toBe(true);
  });

  // Measured when written: median abs. error 28 % (LLaMA and Llama 2 sit above the A100 level), all 12 inside (these
  // runs are in the fit, so this is a regression guard, not an out-of-sample figure: docs/validation.md has those).
  it('predicts accelerator-hours from FLOPs within a median 30 %, at least 11 of 12 inside the range', () => {
    const medianAbsError = median(predicted.map((p) => Math.abs(p.error)));
    expect(medianAbsError).toBeLessThanOrEqual(0.3);
    expect(predicted.filter((p) => p.inside).length).toBeGreaterThanOrEqual(11);
  });
});
