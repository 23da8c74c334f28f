// Runs every real log in ../shared/reference/logs (see its SOURCES.md) through readMeasurement.
// Expected figures below were read off the files by hand (or with a one-line awk where noted), not from this code.
import { createReadStream, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMeasurement } from '../../src/logs/read.js';
import type { Measurement } from '../../src/logs/types.js';
import { sharedData } from '../support/shared-data.js';
import { messages } from './helpers.js';

const { path: shared, present, reason } = sharedData('reference/logs');

function allFiles(): string[] {
  if (!present) return [];
  return readdirSync(shared, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((folder) => readdirSync(path.join(shared, folder.name)).map((name) => `${folder.name}/${name}`));
}

function read(relative: string): Promise<Measurement> {
  return readMeasurement(createReadStream(path.join(shared, relative), { highWaterMark: 4096 }), relative);
}

describe.skipIf(!present)(`conformance on real logs${reason}`, () => {
  // Without ../shared the list is empty: one placeholder test then stands (skipped, with the reason) for all files.
  const files = allFiles();
  if (files.length) {
    it.each(files)('%s reads without throwing and with well-formed warnings', async (relative) => {
      const m = await read(relative);
      expect(m.file).toBe(relative);
      for (const warning of m.warnings) {
        expect(warning.severity).toBe('warning');
        expect(warning.file).toBe(relative);
        expect(warning.message.length).toBeGreaterThan(0);
      }
      for (const value of [m.energyKwh, m.co2eKg, m.durationHours, m.flops, m.averagePowerWatts]) {
        if (value !== undefined) expect(Number.isFinite(value) && value >= 0).toBe(true);
      }
    });
  } else {
    it('every real log reads without throwing (no log found)', () => expect(files).not.toEqual([]));
  }

  it('CodeCarbon 2.3.2 TeenyTinyLlama-160m: the single row as written', async () => {
    const m = await read('codecarbon/cc-2.3.2-a100-pretrain-ttl160m-single-row.csv');
    expect(m.energyKwh).toBe(15.521334974149243);
    expect(m.co2eKg).toBe(5.672690942347121);
    // duration 139415.49263334274 s / 3600
    expect(m.durationHours).toBeCloseTo(38.7265, 4);
    expect(m.acceleratorName).toBe('NVIDIA A100-SXM4-40GB');
  });

  it('CodeCarbon 3.1.1: one run with two cumulative rows counts once (the 5,151 s row)', async () => {
    const m = await read('codecarbon/cc-3.1.1-reordered-one-run-two-cumulative-rows.csv.bak');
    expect(m.runCount).toBe(1);
    expect(m.energyKwh).toBe(0.1369804009701738);
    expect(m.co2eKg).toBe(0.004772808111003767);
  });

  it('CodeCarbon 2.3.1: 12 rows of 5 runs; 2.6.0: 125 rows of 116 runs (FORMATS.md counts)', async () => {
    expect((await read('codecarbon/cc-2.3.1-macos-m2-repeated-run_id-cumulative.csv')).runCount).toBe(5);
    expect((await read('codecarbon/cc-2.6.0-125-rows-116-runs-appended.csv')).runCount).toBe(116);
  });

  it('CodeCarbon 2.0-2.1 garbled file: the 12 fragments (lines not starting with a date) are dropped', async () => {
    const m = await read('codecarbon/cc-2.0-2.1-concurrent-writers-garbled-rows-first150.csv');
    expect(messages(m)).toMatch(/\(12 in all\)/);
    expect(m.warnings[0]!.line).toBe(84);
  });

  it('CodeCarbon 3.0.2 excerpt with a NUL block: 16 rows, the NUL-damaged one dropped, 15 runs', async () => {
    const m = await read('codecarbon/cc-3.0.2-windows-crlf-nul-block-lines560-575.csv');
    expect(m.runCount).toBe(15);
    expect(m.warnings.map((w) => w.line)).toEqual([5]);
  });

  it('CodeCarbon empty file: no data, no error', async () => {
    const m = await read('codecarbon/cc-empty-file-newline-only.csv');
    expect(m.energyKwh).toBeUndefined();
    expect(messages(m)).toMatch(/empty file/);
  });

  it('nvidia-smi 50 ms log: energy matches an awk trapezoid sum (79.820330 J), 3.624 s long', async () => {
    const m = await read('nvidia-smi/smi-units-power-only-50ms-rtx.csv');
    expect(m.energyKwh! * 3.6e6).toBeCloseTo(79.82033, 4);
    // 18:42:33.189 -> 18:42:36.813
    expect(m.durationHours! * 3600).toBeCloseTo(3.624, 6);
    // readings lie between 20.92 W and 23.00 W
    expect(m.averagePowerWatts).toBeGreaterThan(20.92);
    expect(m.averagePowerWatts).toBeLessThan(23);
  });

  it('nvidia-smi wrapper: 8 H100s told apart by the gpu column although index is always 0; 8 s long', async () => {
    const m = await read('nvidia-smi/wrapper-iso8601-tz-8xH100-interleaved-nounits.csv');
    expect(m.acceleratorCount).toBe(8);
    // 17:26:50+08:00 -> 17:26:58+08:00
    expect(m.durationHours! * 3600).toBeCloseTo(8, 9);
  });

  it('nvidia-smi UTF-16LE PowerShell log: detected, no power column reported', async () => {
    const m = await read('nvidia-smi/smi-utf16le-bom-crlf-windows-powershell.csv');
    expect(m.format).toBe('nvidia-smi');
    expect(messages(m)).toMatch(/no power column/);
  });

  it('carbontracker 8xV100: Actual block 0.013489 kWh, 3.968608 g; standard log: 8 GPUs, mean 45.4757 W', async () => {
    const output = await read('carbontracker/ct-1.1.6-8xV100-wrapped-array_carbontracker_output.log');
    expect(output.energyKwh).toBe(0.013489);
    expect(output.co2eKg).toBeCloseTo(0.003968608, 12);
    const standard = await read('carbontracker/ct-1.1.6-8xV100-wrapped-array_carbontracker.log');
    expect(standard.acceleratorCount).toBe(8);
    // (44.728 + 46.3455 + 45.05433333 + 45.05933333 + 45.15966667 + 45.85266667 + 46.607 + 44.999) / 8 = 45.4756875
    expect(standard.averagePowerWatts).toBeCloseTo(45.4756875, 6);
  });

  it('carbontracker 4 sessions in one file: 0.003732 + 0.010093 + 0.002247 + 0.003706 = 0.019778 kWh', async () => {
    const m = await read('carbontracker/ct-1.1.6-cpu-4-sessions-in-one-file_carbontracker_output.log');
    expect(m.runCount).toBe(4);
    expect(m.energyKwh).toBeCloseTo(0.019778, 12);
  });

  it('eco2AI Colab file: 0.0138430122689666 + 0.2968423997156947 + 0.016650459388936778 kWh, 2 GPUs', async () => {
    const m = await read('eco2ai/eco2ai-colab-gpu-name-empty_emission.csv');
    expect(m.energyKwh).toBeCloseTo(0.327335871, 8);
    expect(m.acceleratorCount).toBe(2);
  });

  it('HF Trainer: t5 runtime 54713.1806 s and total_flos 2.2882818626410906e17; whisper-tiny 623384.3788 s', async () => {
    const t5 = await read('hf-trainer/t5-cnndm-2025_trainer_state-new-fields.json');
    expect(t5.durationHours! * 3600).toBeCloseTo(54713.1806, 6);
    expect(t5.flops).toBe(2.2882818626410906e17);
    const tiny = await read('hf-trainer/whisper-tiny-streaming_trainer_state-epochs-sysmaxsize.json');
    expect(tiny.durationHours! * 3600).toBeCloseTo(623384.3788, 4);
    expect(tiny.flops).toBe(3.151209909694464e20);
  });

  it('model cards: 41100 g -> 41.1 kg (TeenyTinyLlama-460m), scalar 7.300283563922049 g', async () => {
    expect((await read('hf-model-card/TeenyTinyLlama-460m_README-frontmatter.md')).co2eKg).toBeCloseTo(41.1, 12);
    expect((await read('hf-model-card/404E-autotrain-formality_scalar-form_README-frontmatter.md')).co2eKg).toBeCloseTo(
      0.007300283563922049,
      15,
    );
  });

  it('unsupported tools (experiment-impact-tracker, pynvml summaries) are reported as unknown, not misread', async () => {
    expect((await read('experiment-impact-tracker/eit-0.1.9-8xV100-single-sample_data.json')).format).toBe('unknown');
    expect((await read('other/pynvml-2gpu-energy-joules_power_log_summary.csv')).format).toBe('unknown');
  });
});
