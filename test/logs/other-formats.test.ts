import { describe, expect, it } from 'vitest';
import { messages, readFixture, readText } from './helpers.js';
import { readMeasurement } from '../../src/logs/read.js';

describe('Hugging Face Trainer files', () => {
  it('trainer_state.json: runtime and FLOPs from the last train() entry, with the resume caveat', async () => {
    const m = await readFixture('hf-trainer/trainer_state.json');
    expect(m.format).toBe('hf-trainer');
    // 7200 s = 2 h
    expect(m.durationHours).toBe(2);
    expect(m.flops).toBe(3.6e18);
    expect(m.energyKwh).toBeUndefined();
    expect(messages(m)).toMatch(/train_runtime covers only the last train\(\) call/);
  });

  it('train_results.json without total_flos: runtime only, and points at trainer_state.json', async () => {
    const m = await readFixture('hf-trainer/train_results-no-total_flos.json');
    // 5400 s = 1.5 h
    expect(m.durationHours).toBe(1.5);
    expect(m.flops).toBeUndefined();
    expect(messages(m)).toMatch(/no total_flos/);
  });

  it('a JSON file cut while being written gives a warning, not a throw', async () => {
    const m = await readText('{\n  "epoch": 1.0,\n  "train_runtime": 12', 'hf-trainer');
    expect(m.durationHours).toBeUndefined();
    expect(messages(m)).toMatch(/not valid JSON/);
  });
});

describe('Hugging Face model card co2_eq_emissions', () => {
  it('scalar form is grams', async () => {
    const m = await readFixture('hf-model-card/README-scalar.md');
    expect(m.format).toBe('hf-model-card');
    // 1500 g = 1.5 kg
    expect(m.co2eKg).toBeCloseTo(1.5, 12);
    expect(m.warnings).toEqual([]);
  });

  it('mapping form: emissions in grams (first number of a string), location and hardware; the body is ignored', async () => {
    const m = await readFixture('hf-model-card/README-mapping.md');
    // "2,500 g" -> 2500 g = 2.5 kg; the 99999 in the body is not metadata
    expect(m.co2eKg).toBeCloseTo(2.5, 12);
    expect(m.location).toBe('Ghent, Belgium');
    expect(m.acceleratorName).toBe('1 x NVIDIA A100-SXM4-40GB');
  });

  it('flags a value below one gram as probably not grams', async () => {
    const m = await readFixture('hf-model-card/README-below-one-gram.md');
    expect(m.co2eKg).toBeCloseTo(0.0005, 12);
    expect(messages(m)).toMatch(/2: co2_eq_emissions is 0.5 g, below one gram/);
  });

  it('a card without the key says so', async () => {
    const m = await readText('---\nlicense: mit\n---\n# model\n', 'hf-model-card');
    expect(m.co2eKg).toBeUndefined();
    expect(messages(m)).toMatch(/no co2_eq_emissions/);
  });
});

describe('carbontracker output log', () => {
  it('sums the Actual blocks of every session and ignores predictions', async () => {
    const m = await readFixture('carbontracker/two-sessions_carbontracker_output.log');
    expect(m.format).toBe('carbontracker');
    // actual: 0.5 + 0.25 kWh (the predicted 5 kWh is not counted); 100 + 50 g = 0.15 kg; 1 h + 0.5 h
    expect(m.energyKwh).toBeCloseTo(0.75, 12);
    expect(m.co2eKg).toBeCloseTo(0.15, 12);
    expect(m.durationHours).toBeCloseTo(1.5, 12);
    expect(m.runCount).toBe(2);
    // 150 g / 0.75 kWh = 200 g/kWh
    expect(m.intensityGPerKwh).toBeCloseTo(200, 9);
    expect(m.pueIncluded).toBe(true);
  });
});

describe('eco2AI emission.csv', () => {
  it('keeps the longest row per id (cumulative) and sums ids; quoted commas in CPU_name', async () => {
    const m = await readFixture('eco2ai/emission.csv');
    expect(m.format).toBe('eco2ai');
    // id 1: the 100 s row (0.01 kWh, 0.004 kg) replaces the 50 s row; id 2: 200 s, 0.02 kWh, 0.008 kg
    expect(m.energyKwh).toBeCloseTo(0.03, 12);
    expect(m.co2eKg).toBeCloseTo(0.012, 12);
    expect(m.durationHours).toBeCloseTo(300 / 3600, 12);
    expect(m.runCount).toBe(2);
    // 0.012 kg / 0.03 kWh = 400 g/kWh
    expect(m.intensityGPerKwh).toBeCloseTo(400, 9);
    expect(m.acceleratorName).toBe('NVIDIA A100');
    expect(m.acceleratorCount).toBe(1);
    expect(m.warnings).toEqual([]);
  });
});

describe('bounded memory for huge inputs', () => {
  it('a model card whose front matter exceeds the cap is reported, not held whole', async () => {
    const { MAX_FRONT_MATTER_CHARS } = await import('../../src/logs/hf-model-card.js');
    // 5 MiB of front matter in 1 KiB lines, streamed: the parser stops keeping lines past the 4 MiB cap.
    const line = `tags: ${'x'.repeat(1018)}\n`;
    async function* card(): AsyncIterable<Uint8Array> {
      yield new TextEncoder().encode('---\nco2_eq_emissions: 12\n');
      const block = new TextEncoder().encode(line.repeat(1024));
      for (let written = 0; written <= MAX_FRONT_MATTER_CHARS; written += block.length) yield block;
      yield new TextEncoder().encode('---\n# card\n');
    }
    const m = await readMeasurement(card(), 'README.md');
    expect(m.format).toBe('hf-model-card');
    expect(m.co2eKg).toBeUndefined();
    expect(messages(m)).toMatch(/front matter longer than 4 MiB: not read/);
  });

  it('a CodeCarbon file with a new run id on every row keeps at most MAX_RUNS runs and says so', async () => {
    const { MAX_RUNS } = await import('../../src/logs/codecarbon.js');
    const header = 'timestamp,run_id,duration,emissions,energy_consumed\n';
    const rows = MAX_RUNS + 5;
    async function* log(): AsyncIterable<Uint8Array> {
      yield new TextEncoder().encode(header);
      let batch = '';
      for (let row = 0; row < rows; row++) {
        batch += `2025-01-01T00:00:00,00000000-0000-4000-8000-${String(row).padStart(12, '0')},1,0.001,0.01\n`;
        if (batch.length > 1 << 16) {
          yield new TextEncoder().encode(batch);
          batch = '';
        }
      }
      yield new TextEncoder().encode(batch);
    }
    const m = await readMeasurement(log(), 'emissions.csv');
    // Each kept run is 0.01 kWh; the 5 rows past the cap are left out.
    expect(m.runCount).toBe(MAX_RUNS);
    expect(m.energyKwh).toBeCloseTo(MAX_RUNS * 0.01, 6);
    expect(messages(m)).toMatch(/more than 100000 distinct run ids: 5 rows of further runs were left out/);
  });
});
