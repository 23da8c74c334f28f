// One consistent hardware model: the same job across every accelerator in the table, precision as the hardware
// runs it, LoRA FLOPs, and the plausibility warnings.
import { describe, expect, it } from 'vitest';
import { ACCELERATORS } from '../../src/data/accelerators.js';
import { generationLevel } from '../../src/data/calibration.js';
import { FP8_SPEEDUP } from '../../src/data/calibration-benchmarks.js';
import { ENERGY_PER_FLOP_BAND } from '../../src/data/calibration.js';
import { estimateRun } from '../../src/estimate/estimate.js';
import { bestTrainingPrecision } from '../../src/estimate/precision.js';
import type { Run } from '../../src/manifest/types.js';
import { parseManifest } from '../../src/manifest/parse.js';

function runFrom(yaml: string): Run {
  const { manifest, problems } = parseManifest(
    `version: 1\nruns:\n  - id: r\n${yaml.replace(/^/gm, '    ')}\n`,
    't.yml',
  );
  expect(problems).toEqual([]);
  return manifest!.runs[0]!;
}

const job = (accelerator: string, training: Partial<Run['training']> = {}): Run => ({
  id: 'job',
  model: { parameters: 1.1e9 },
  hardware: { accelerator, count: 64 },
  training: { tokens: 100e9, precision: 'bf16', precisionGiven: true, ...training } as Run['training'],
  repeats: 1,
  logs: [],
  pue: 1.1,
  carbonIntensity: 400,
});
const acceleratorKwh = (run: Run) => estimateRun(run).breakdown.acceleratorKwh.value;

describe('the same job on every accelerator', () => {
  it('costs less energy on H100 than on A100 (issue 10: 1,145 vs 952 kWh before)', () => {
    expect(acceleratorKwh(job('H100'))).toBeLessThan(acceleratorKwh(job('A100-SXM4-80GB')));
  });

  it('follows datasheet efficiency within the stated band, for every accelerator in the table', () => {
    // energy per FLOP x datasheet FLOP/s per watt = power share / MFU: the realization the model assumes per card.
    const realized = ACCELERATORS.map((accelerator) => {
      const precision = bestTrainingPrecision(accelerator);
      const run = job(accelerator.id, { precision, precisionGiven: true });
      const kwhPerFlop = acceleratorKwh(run) / 6.6e20;
      const peak = accelerator.peakTflops.value[precision]! * 1e12;
      return { id: accelerator.id, factor: kwhPerFlop * 3.6e6 * (peak / accelerator.tdpWatts.value) };
    });
    const sorted = realized.map((r) => r.factor).sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    for (const { id, factor } of realized) {
      expect(factor / median, id).toBeGreaterThanOrEqual(ENERGY_PER_FLOP_BAND.low);
      expect(factor / median, id).toBeLessThanOrEqual(ENERGY_PER_FLOP_BAND.high);
    }
  });

  it('gives no generation an unsourced utilization', () => {
    for (const accelerator of ACCELERATORS) {
      const use = estimateRun(job(accelerator.id, { precisionGiven: false })).assumptions.find((a) =>
        a.name.startsWith('model FLOPs utilization'),
      );
      expect(use, accelerator.id).toBeDefined();
      expect(use!.source, accelerator.id).toMatch(/fitted on|steady-state MFU|whole-run MFU/);
      expect(use!.source, accelerator.id).toBe(use!.source.replace(/no calibration data/, ''));
      expect(generationLevel(accelerator).value, accelerator.id).toBeGreaterThan(0);
    }
  });

  it('keeps Blackwell within the datasheet bound over Hopper (B200 saved 76 % before; at most 37 % is possible)', () => {
    const ratio = acceleratorKwh(job('B200')) / acceleratorKwh(job('H100'));
    // datasheet: H100 989.4 TFLOP/s / 700 W, B200 2,250 / 1,000 W: 1.59 x the FLOP/s per watt
    expect(ratio).toBeGreaterThanOrEqual(1 / 1.592);
  });
});

describe('precision as the hardware does it', () => {
  it('trains fp8 at the bf16 rate x the measured speed-up, not at the fp8 peak', () => {
    const bf16 = estimateRun(job('H100')).acceleratorHours.value;
    const fp8 = estimateRun(job('H100', { precision: 'fp8' }));
    expect(bf16 / fp8.acceleratorHours.value).toBeCloseTo(FP8_SPEEDUP.hopper!.value, 9); // 1.25, not 2
    expect(fp8.notes.join(' ')).toMatch(/fp8 is costed as the bf16 rate x 1.25/);
  });

  it('warns and costs fp8 before Hopper as bf16, and bf16 on V100 as fp16', () => {
    const a100 = estimateRun(job('A100-SXM4-80GB', { precision: 'fp8' }));
    expect(a100.acceleratorHours.value).toBeCloseTo(estimateRun(job('A100-SXM4-80GB')).acceleratorHours.value, 9);
    expect(a100.notes.join(' ')).toMatch(/Warning: A100-SXM4-80GB has no fp8 units; training is costed as bf16/);
    const v100 = estimateRun(job('V100'));
    expect(v100.notes.join(' ')).toMatch(/no bf16 units; training is costed as fp16/);
    expect(v100.acceleratorHours.value).toBeCloseTo(
      estimateRun(job('V100', { precision: 'fp16' })).acceleratorHours.value,
      9,
    );
  });

  it('costs fp8 on a card that lists it at its bf16 rate as bf16, without claiming the card lacks fp8 (Gaudi 3)', () => {
    // Gaudi 3: fp8 and bf16 both 1,835 TFLOP/s dense in the table, so fp8 buys no rate over bf16.
    const gaudi = estimateRun(job('Gaudi3', { precision: 'fp8' }));
    expect(gaudi.acceleratorHours.value).toBeCloseTo(estimateRun(job('Gaudi3')).acceleratorHours.value, 9);
    expect(gaudi.notes.join(' ')).toMatch(/Gaudi3 runs fp8 at its bf16 rate \(datasheet\): training is costed as bf16/);
    expect(gaudi.notes.join(' ')).not.toMatch(/no fp8 units/);
  });

  it('costs int8 training at the half-precision rate, not the int8 peak (A100: 624 int8 vs 312 bf16 TOP/s)', () => {
    // int8 weights (bitsandbytes, QLoRA) are dequantized for the matmuls: the same hours as bf16, not half of them.
    const int8 = estimateRun(job('A100-SXM4-80GB', { precision: 'int8' }));
    expect(int8.acceleratorHours.value).toBeCloseTo(estimateRun(job('A100-SXM4-80GB')).acceleratorHours.value, 9);
    expect(int8.notes.join(' ')).toMatch(/Warning: int8 training computes in bf16/);
  });

  it('takes the best precision the accelerator supports when none is given, and says so', () => {
    const v100 = estimateRun(job('V100', { precisionGiven: false }));
    expect(v100.notes.join(' ')).toMatch(/Precision not given for training: fp16 mixed precision/);
    const h100 = estimateRun(job('H100', { precisionGiven: false }));
    expect(h100.notes.join(' ')).toMatch(/bf16 mixed precision, the fastest precision H100-SXM5-80GB supports/);
  });
});

describe('training FLOPs', () => {
  it('counts 4N instead of 6N per token for LoRA and QLoRA', () => {
    const full = estimateRun(job('H100', { method: 'full' }));
    for (const method of ['lora', 'qlora'] as const) {
      const adapter = estimateRun(job('H100', { method }));
      expect(adapter.flops! / full.flops!).toBeCloseTo(4 / 6, 12);
      expect(adapter.acceleratorHours.value / full.acceleratorHours.value).toBeCloseTo(4 / 6, 9);
    }
  });
});

describe('plausibility', () => {
  it('warns when hours given with tokens imply a utilization above 0.75', () => {
    // 6 x 1e9 x 1e12 = 6e21 FLOPs in 1,000 H100-hours: 6e21 / (1,000 x 3,600 x 989.4e12) = 1.68
    const run = runFrom(
      'model: { parameters: 1B }\ntraining: { tokens: 1T, precision: bf16 }\nhardware: { accelerator: H100, count: 10, hours: 100 }',
    );
    expect(estimateRun(run).notes.join(' ')).toMatch(/Warning: the hours given imply 168 % utilization/);
  });

  it('warns when power_watts is above 1.2 x TDP', () => {
    const run = runFrom('model: { parameters: 1B }\nhardware: { accelerator: A100, hours: 10, power_watts: 3200 }');
    expect(estimateRun(run).notes.join(' ')).toMatch(/power_watts 3200 W is 8.00 x the A100-SXM4-80GB TDP/);
  });

  it('lets hours carry a CNN without the parameter-based ramp halving its draw (ResNet-50 on V100: 250-290 W)', () => {
    const run = runFrom(
      'model: { parameters: 25.6M }\nhardware: { accelerator: V100, count: 8, hours: 10 }\npue: 1\ncarbon_intensity: 400',
    );
    const watts = (estimateRun(run).breakdown.acceleratorKwh.value * 1000) / 80;
    expect(watts).toBeGreaterThanOrEqual(250);
    expect(watts).toBeLessThanOrEqual(290);
  });

  it('takes a CNN written as images x epochs with hours: a warning, not an error, and the same 250-290 W', () => {
    // ResNet-50 on ImageNet: 1.28M images x 90 epochs on 8 V100 for 29 h; images have no sequence_length.
    const { manifest, problems } = parseManifest(
      'version: 1\nruns:\n  - id: resnet50\n    model: { parameters: 25.6M }\n    training: { samples: 1.28M, epochs: 90 }\n    hardware: { accelerator: V100, count: 8, hours: 29 }\n    pue: 1\n    carbon_intensity: 400\n',
      't.yml',
    );
    expect(problems.map((p) => [p.severity, p.message])).toEqual([
      ['warning', 'samples without sequence_length give no tokens: the run is sized by its hours or flops'],
    ]);
    const estimate = estimateRun(manifest!.runs[0]!);
    const watts = (estimate.breakdown.acceleratorKwh.value * 1000) / (8 * 29);
    expect(watts).toBeGreaterThanOrEqual(250);
    expect(watts).toBeLessThanOrEqual(290);
  });

  it('still refuses samples without sequence_length when nothing else sizes the run', () => {
    const { problems } = parseManifest(
      'version: 1\nruns:\n  - id: r\n    model: { parameters: 1B }\n    training: { samples: 1M }\n    hardware: { accelerator: A100 }\n',
      't.yml',
    );
    expect(problems.some((p) => p.severity === 'error' && /samples need sequence_length/.test(p.message))).toBe(true);
  });

  it('says 6 x N x D is a transformer rule where it uses it', () => {
    const run = runFrom('model: { parameters: 1B }\ntraining: { tokens: 1B }\nhardware: { accelerator: H100 }');
    expect(
      estimateRun(run)
        .assumptions.map((a) => a.name)
        .join(' '),
    ).toMatch(/a transformer rule/);
  });
});
