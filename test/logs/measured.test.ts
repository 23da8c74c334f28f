import { describe, expect, it } from 'vitest';
import { estimateRun } from '../../src/estimate/estimate.js';
import { applyMeasurements, estimateManifestWithLogs } from '../../src/estimate/measured.js';
import type { Measurement } from '../../src/logs/types.js';
import { parseManifest } from '../../src/manifest/parse.js';
import type { Manifest, Run } from '../../src/manifest/types.js';

function manifestOf(runsYaml: string, defaults = ''): Manifest {
  const { manifest, problems } = parseManifest(`version: 1\n${defaults}runs:\n${runsYaml}`, 'm.yml');
  if (!manifest) throw new Error(JSON.stringify(problems));
  return manifest;
}

function runOf(yaml: string): Run {
  return manifestOf(yaml).runs[0]!;
}

const measurement = (fields: Partial<Measurement>): Measurement => ({
  file: 'log',
  format: 'codecarbon',
  warnings: [],
  ...fields,
});
const codecarbon = (energyKwh: number, co2eKg: number, runCount = 1): Measurement =>
  measurement({
    file: 'emissions.csv',
    energyKwh,
    co2eKg,
    energyScope: 'facility',
    pueIncluded: true,
    runCount,
    durationHours: 2,
  });

const A100_RUN = `  - id: a
    model: { parameters: 1B }
    hardware: { accelerator: A100-SXM4-80GB, count: 2, hours: 2 }
`;

describe('applyMeasurements', () => {
  it('CodeCarbon energy is facility energy; CO2e is recomputed at the manifest intensity and says so', () => {
    const run = runOf(`${A100_RUN}    carbon_intensity: 500\n`);
    const estimate = estimateRun(run);
    const result = applyMeasurements(estimate, run, [codecarbon(10, 3)]);
    expect(result.basis).toBe('measured');
    expect(result.energyKwh).toEqual({ value: 10, low: 10, high: 10 });
    // 10 kWh x 500 g/kWh = 5 kg operational, plus the estimate's embodied share
    expect(result.breakdown.operationalCo2eKg.value).toBeCloseTo(5, 12);
    expect(result.co2eKg.value - estimate.breakdown.embodiedCo2eKg.value).toBeCloseTo(5, 12);
    expect(result.measured!.intensityNote).toMatch(/recomputed .* 500 gCO2e\/kWh \(carbon_intensity in the manifest\)/);
    // a whole-machine figure is split in the estimate's proportions, so the parts add up to the measured 10 kWh
    const parts =
      result.breakdown.acceleratorKwh.value +
      result.breakdown.hostKwh.value +
      result.breakdown.facilityOverheadKwh.value;
    expect(parts).toBeCloseTo(10, 9);
    expect(result.breakdown.hostKwh.value / result.breakdown.acceleratorKwh.value).toBeCloseTo(
      estimate.breakdown.hostKwh.value / estimate.breakdown.acceleratorKwh.value,
      12,
    );
    expect(result.measured!.estimated.energyKwh).toEqual(estimate.energyKwh);
    // error = (estimated - measured) / measured
    expect(result.measured!.errorPercent.energyKwh).toBeCloseTo(((estimate.energyKwh.value - 10) / 10) * 100, 9);
  });

  it('without location or intensity, keeps the tool own CO2e and its intensity', () => {
    const run = runOf(A100_RUN);
    const result = applyMeasurements(estimateRun(run), run, [codecarbon(10, 3)]);
    expect(result.breakdown.operationalCo2eKg.value).toBe(3);
    // 3 kg / 10 kWh = 300 g/kWh
    expect(result.measured!.intensityNote).toMatch(/as CodeCarbon computed it \(300 gCO2e\/kWh\)/);
  });

  it('nvidia-smi board energy gets host overhead and PUE as in the engine, with their range', () => {
    const run = runOf(`${A100_RUN}    pue: 1.2\n    carbon_intensity: 100\n`);
    const smi = measurement({
      file: 'gpu.csv',
      format: 'nvidia-smi',
      energyKwh: 8,
      energyScope: 'accelerator',
      pueIncluded: false,
      durationHours: 2,
      acceleratorCount: 2,
      averagePowerWatts: 240,
    });
    const result = applyMeasurements(estimateRun(run), run, [smi]);
    // 8 kWh x (1 + 0.25 host) x 1.2 = 12 kWh; host range 0.1-0.4 -> 8 x 1.1 x 1.2 = 10.56 to 8 x 1.4 x 1.2 = 13.44
    expect(result.energyKwh.value).toBeCloseTo(12, 9);
    expect(result.energyKwh.low).toBeCloseTo(10.56, 9);
    expect(result.energyKwh.high).toBeCloseTo(13.44, 9);
    // 12 kWh x 100 g/kWh = 1.2 kg
    expect(result.breakdown.operationalCo2eKg.value).toBeCloseTo(1.2, 9);
    // the boards' 8 kWh as measured; host 8 x 0.25 = 2 kWh; facility overhead 12 - 10 = 2 kWh
    expect(result.breakdown.acceleratorKwh.value).toBeCloseTo(8, 9);
    expect(result.breakdown.hostKwh.value).toBeCloseTo(2, 9);
    expect(result.breakdown.facilityOverheadKwh.value).toBeCloseTo(2, 9);
    // 240 W / 400 W TDP
    expect(result.measured!.powerFractionOfTdp).toBeCloseTo(0.6, 12);
    // 2 h x 2 GPUs
    expect(result.measured!.acceleratorHours).toBe(4);
  });

  it('Trainer runtime and FLOPs give the achieved utilization and replace the estimated hours', () => {
    const run = runOf(`  - id: t
    model: { parameters: 1B }
    training: { tokens: 10B, precision: bf16 }
    hardware: { accelerator: A100-SXM4-80GB, count: 2 }
`);
    const trainer = measurement({
      file: 'trainer_state.json',
      format: 'hf-trainer',
      durationHours: 2,
      flops: 1.1232e18,
    });
    const estimate = estimateRun(run);
    const result = applyMeasurements(estimate, run, [trainer]);
    // 1.1232e18 FLOPs / (7200 s x 2 GPUs x 312e12 FLOP/s bf16 peak) = 1.1232e18 / 4.4928e18 = 0.25
    expect(result.measured!.utilization).toBeCloseTo(0.25, 12);
    // 2 h wall x 2 GPUs = 4 accelerator-hours, used for the run; no energy was measured
    expect(result.acceleratorHours.value).toBeCloseTo(4, 12);
    expect(result.basis).toBe('estimated');
    expect(result.notes.join(' ')).toMatch(/Accelerator-hours from the Hugging Face Trainer/);
    expect(result.measured!.errorPercent.acceleratorHours).toBeCloseTo(
      ((estimate.acceleratorHours.value - 4) / 4) * 100,
      9,
    );
  });

  it('a log holding one run stands for one repeat', () => {
    const run = runOf(`${A100_RUN}    repeats: 4\n    carbon_intensity: 100\n`);
    const result = applyMeasurements(estimateRun(run), run, [codecarbon(1, 0.3)]);
    // 1 kWh x 4 repeats
    expect(result.energyKwh.value).toBe(4);
    expect(result.notes.join(' ')).toMatch(/one of 4 repeats/);
  });

  it('a log holding several runs is the total', () => {
    const run = runOf(`${A100_RUN}    repeats: 4\n    carbon_intensity: 100\n`);
    const result = applyMeasurements(estimateRun(run), run, [codecarbon(6, 0.3, 4)]);
    expect(result.energyKwh.value).toBe(6);
  });

  it('takes the widest energy scope and does not add the narrower one', () => {
    const run = runOf(`${A100_RUN}    carbon_intensity: 100\n`);
    const smi = measurement({ file: 'gpu.csv', format: 'nvidia-smi', energyKwh: 6, energyScope: 'accelerator' });
    const result = applyMeasurements(estimateRun(run), run, [smi, codecarbon(10, 3)]);
    expect(result.energyKwh.value).toBe(10);
    expect(result.notes.join(' ')).toMatch(/Energy of gpu.csv not added/);
  });

  it('sums several files of the same format (CodeCarbon .bak generations)', () => {
    const run = runOf(`${A100_RUN}    carbon_intensity: 100\n`);
    const result = applyMeasurements(estimateRun(run), run, [codecarbon(10, 3, 2), codecarbon(5, 1, 3)]);
    expect(result.energyKwh.value).toBe(15);
  });

  it('a model card gives CO2e (grams converted by the parser) and leaves energy estimated', () => {
    const run = runOf(A100_RUN);
    const estimate = estimateRun(run);
    const card = measurement({ file: 'README.md', format: 'hf-model-card', co2eKg: 2.5 });
    const result = applyMeasurements(estimate, run, [card]);
    expect(result.basis).toBe('measured');
    expect(result.breakdown.operationalCo2eKg.value).toBe(2.5);
    expect(result.energyKwh).toEqual(estimate.energyKwh);
  });

  it('flags a model card figure far below the estimate as a likely unit slip', () => {
    const run = runOf(A100_RUN);
    const estimate = estimateRun(run);
    // 0.0001 kg is far below any plausible figure for 4 A100-hours (the estimate is around a kilogram)
    const card = measurement({ file: 'README.md', format: 'hf-model-card', co2eKg: 0.0001 });
    expect(estimate.breakdown.operationalCo2eKg.value).toBeGreaterThan(0.0001 * 100);
    const result = applyMeasurements(estimate, run, [card]);
    expect(result.notes.join(' ')).toMatch(/below the estimate: the field is in grams; was kg entered/);
    const plausible = applyMeasurements(estimate, run, [
      measurement({ file: 'README.md', format: 'hf-model-card', co2eKg: estimate.breakdown.operationalCo2eKg.value }),
    ]);
    expect(plausible.notes.join(' ')).not.toMatch(/model card/);
  });

  it('unreadable logs leave the estimate untouched', () => {
    const run = runOf(A100_RUN);
    const estimate = estimateRun(run);
    expect(applyMeasurements(estimate, run, [measurement({ format: 'unknown' })])).toBe(estimate);
  });
});

describe('calibration from measured runs', () => {
  const runs = `  - id: measured
    model: { parameters: 1B }
    training: { tokens: 10B, precision: bf16 }
    hardware: { accelerator: A100-SXM4-80GB, count: 2 }
    logs: [trainer_state.json, gpu.csv]
  - id: b
    model: { parameters: 1B }
    training: { tokens: 10B, precision: bf16 }
    hardware: { accelerator: A100-SXM4-80GB, count: 1 }
`;
  const logs = new Map([
    [
      'measured',
      [
        measurement({ file: 'trainer_state.json', format: 'hf-trainer', durationHours: 2, flops: 1.1232e18 }),
        measurement({
          file: 'gpu.csv',
          format: 'nvidia-smi',
          energyKwh: 1,
          energyScope: 'accelerator',
          averagePowerWatts: 240,
          durationHours: 2,
        }),
      ],
    ],
  ]);

  it('with calibrate: true, runs without logs use the observed utilization and power', () => {
    const estimate = estimateManifestWithLogs(
      manifestOf(runs, 'defaults: { calibrate: true, carbon_intensity: 100 }\n'),
      logs,
    );
    expect(estimate.calibration!.fromRuns).toEqual(['measured']);
    expect(estimate.calibration!.appliedTo).toEqual(['b']);
    expect(estimate.calibration!.utilization!.value).toBeCloseTo(0.25, 12);
    const b = estimate.runs.find((run) => run.id === 'b')!;
    // 6 x 1e9 x 1e10 = 6e19 FLOPs / 312e12 FLOP/s / 0.25 = 769,230.77 s = 213.675 accelerator-hours
    expect(b.acceleratorHours.value).toBeCloseTo(6e19 / 312e12 / 0.25 / 3600, 6);
    expect(b.notes.join(' ')).toMatch(
      /Calibrated on this repository's measured runs \(measured\): utilization 25%, power 60% of TDP/,
    );
    // accelerator energy = hours x 400 W x 0.6 (observed) / 1000
    expect(b.breakdown.acceleratorKwh.value).toBeCloseTo((b.acceleratorHours.value * 400 * 0.6) / 1000, 6);
  });

  it('without calibrate, the observation is reported but not applied', () => {
    const manifest = manifestOf(runs, 'defaults: { carbon_intensity: 100 }\n');
    const estimate = estimateManifestWithLogs(manifest, logs);
    expect(estimate.calibration!.appliedTo).toEqual([]);
    const b = estimate.runs.find((run) => run.id === 'b')!;
    // the engine's own default utilization, untouched by the observation
    const uncalibrated = estimateRun(manifest.runs.find((run) => run.id === 'b')!);
    expect(b.acceleratorHours.value).toBeCloseTo(uncalibrated.acceleratorHours.value, 9);
  });
});

describe('several files of one tool', () => {
  it('a run repeated across CodeCarbon backups counts once, with its longest record', () => {
    const run = runOf(`${A100_RUN}    carbon_intensity: 100\n`);
    const older = codecarbon(3, 0.9, 2);
    older.runs = [
      { id: 'r1', energyKwh: 1, co2eKg: 0.3, durationHours: 1 },
      { id: 'r2', energyKwh: 2, co2eKg: 0.6, durationHours: 2 },
    ];
    const newer = codecarbon(6, 1.8, 2);
    newer.runs = [
      { id: 'r2', energyKwh: 2.5, co2eKg: 0.75, durationHours: 2.5 },
      { id: 'r3', energyKwh: 3.5, co2eKg: 1.05, durationHours: 3 },
    ];
    const result = applyMeasurements(estimateRun(run), run, [older, newer]);
    // r1 1 kWh + r2 (the longer record) 2.5 kWh + r3 3.5 kWh = 7 kWh, not 3 + 6 = 9
    expect(result.energyKwh.value).toBeCloseTo(7, 12);
    expect(result.notes.join(' ')).toMatch(/1 run\(s\) appear in more than one log file/);
  });
});
