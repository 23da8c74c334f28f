import { describe, expect, it } from 'vitest';
import { messages, readFixture, readText } from './helpers.js';

describe('CodeCarbon emissions.csv', () => {
  it('1.x: each row is its own experiment, rows are summed', async () => {
    const m = await readFixture('codecarbon/cc-1x-two-experiments.csv');
    expect(m.format).toBe('codecarbon');
    // 0.01 + 0.02 kWh; 0.001 + 0.002 kg; 100 + 200 s = 300 s = 1/12 h
    expect(m.energyKwh).toBeCloseTo(0.03, 12);
    expect(m.co2eKg).toBeCloseTo(0.003, 12);
    expect(m.durationHours).toBeCloseTo(300 / 3600, 12);
    expect(m.runCount).toBe(2);
    // 0.003 kg / 0.03 kWh = 0.1 kg/kWh = 100 g/kWh
    expect(m.intensityGPerKwh).toBeCloseTo(100, 9);
    expect(m.pueIncluded).toBe(true);
    expect(m.energyScope).toBe('facility');
    expect(m.warnings).toEqual([]);
  });

  it('2.x: takes the last cumulative row per run_id, sums runs, drops garbled and shifted rows with their line', async () => {
    const m = await readFixture('codecarbon/cc-2x-cumulative-garbled-shifted.csv');
    // run 1111: rows at 100 s and 300 s are cumulative -> keep 0.15 kWh, 0.03 kg, 300 s; run 6666: 0.01 kWh, 0.002 kg, 60 s
    expect(m.energyKwh).toBeCloseTo(0.16, 12);
    expect(m.co2eKg).toBeCloseTo(0.032, 12);
    expect(m.durationHours).toBeCloseTo(360 / 3600, 12);
    expect(m.runCount).toBe(2);
    expect(m.runs!.map((run) => [run.id.slice(0, 8), run.energyKwh])).toEqual([
      ['11111111', 0.15],
      ['66666666', 0.01],
    ]);
    // gpu_energy 0.09 + 0.006 = 0.096 kWh over 2 GPUs x 360 s = 0.2 GPU-hours -> 480 W per GPU
    expect(m.averagePowerWatts).toBeCloseTo(480, 6);
    // the boards' share of the machine's energy, as measured: gpu_energy 0.096 of energy_consumed 0.16 kWh (pue 1)
    expect(m.parts!.acceleratorKwh).toBeCloseTo(0.096, 12);
    expect(m.parts!.itKwh).toBeCloseTo(0.16, 12);
    expect(m.acceleratorCount).toBe(2);
    expect(m.acceleratorName).toBe('NVIDIA A100-SXM4-80GB');
    expect(m.location).toBe('DEU/hesse');
    const lines = m.warnings.map((w) => w.line);
    expect(lines).toEqual([4, 6]);
    expect(messages(m)).toMatch(/4: row ignored: timestamp "ne"/);
    expect(messages(m)).toMatch(/6: row ignored: 28 fields where the header has 29/);
    expect(m.warnings.every((w) => w.severity === 'warning' && w.file.endsWith('.csv'))).toBe(true);
  });

  it('3.x: reads reordered, space-padded columns by name; survives CRLF and a NUL block', async () => {
    const m = await readFixture('codecarbon/cc-3x-reordered-padded-crlf-nul.csv');
    // one run, cumulative rows at 10 s and 3600 s: the 3600 s row counts
    expect(m.energyKwh).toBeCloseTo(0.5, 12);
    expect(m.co2eKg).toBeCloseTo(0.05, 12);
    expect(m.durationHours).toBeCloseTo(1, 12);
    expect(m.runCount).toBe(1);
    expect(m.location).toBe('FRA/bretagne');
    // line 4 was "2025-03-01T11:00:05,xgb-tune" followed by 300 NUL bytes: 2 fields, rejected
    expect(m.warnings).toHaveLength(1);
    expect(m.warnings[0]!.line).toBe(4);
  });

  it('ignores emissions_rate (g/s in 2.0-2.1, kg/s later) and derives the intensity from emissions and energy', async () => {
    const header = 'timestamp,project_name,run_id,duration,emissions,emissions_rate,energy_consumed';
    const row = '2022-04-19T21:01:24,p,2f524e76-36ca-4f87-819e-d55a056ecd03,3600,0.5,999999,2.0';
    const m = await readText(`${header}\n${row}\n`);
    // 0.5 kg / 2 kWh = 250 g/kWh whatever emissions_rate says
    expect(m.intensityGPerKwh).toBeCloseTo(250, 9);
    expect(m.co2eKg).toBe(0.5);
  });

  it('sums cpu, gpu and ram energy when energy_consumed is missing, and says the column is missing', async () => {
    const header = 'timestamp,run_id,duration,emissions,cpu_energy,gpu_energy,ram_energy';
    const row = '2024-01-01T00:00:00,2f524e76-36ca-4f87-819e-d55a056ecd03,60,0.01,0.1,0.2,0.05';
    const m = await readText(`${header}\n${row}\n`, 'codecarbon');
    // 0.1 + 0.2 + 0.05 = 0.35 kWh
    expect(m.energyKwh).toBeCloseTo(0.35, 12);
    expect(m.warnings).toEqual([]);
  });

  it('warns about a header without the energy columns and measures nothing', async () => {
    const m = await readText(
      'timestamp,run_id,duration,emissions\n2024-01-01T00:00:00,2f524e76-36ca-4f87-819e-d55a056ecd03,60,0.01\n',
      'codecarbon',
    );
    expect(m.energyKwh).toBeUndefined();
    expect(messages(m)).toMatch(/1: CodeCarbon header lacks energy_consumed/);
  });

  it('rejects a last row cut short while being written', async () => {
    const header = 'timestamp,project_name,run_id,duration,emissions,energy_consumed';
    const good = '2024-01-01T00:00:00,p,2f524e76-36ca-4f87-819e-d55a056ecd03,60,0.01,0.1';
    const cut = '2024-01-01T00:05:00,p,3f524e76-36ca-4f87-819e-d55a056ecd03,12';
    const m = await readText(`${header}\n${good}\n${cut}`);
    expect(m.energyKwh).toBeCloseTo(0.1, 12);
    expect(m.runCount).toBe(1);
    expect(messages(m)).toMatch(/3: row ignored: 4 fields .*cut while being written/);
  });

  it('reads files whose lines end in CR CR LF (1.x on Windows)', async () => {
    const m = await readText(
      'timestamp,experiment_id,duration,emissions,energy_consumed\r\r\n2021-01-01T00:00:00,0b9f6a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b,10,0.001,0.004\r\r\n',
    );
    expect(m.energyKwh).toBeCloseTo(0.004, 12);
    expect(m.warnings).toEqual([]);
  });
});

describe('CodeCarbon task mode', () => {
  it('task_name files (2.3+) hold one row per task: every row counts, no run_id needed', async () => {
    const header =
      'task_name,timestamp,project_name,run_id,duration,emissions,emissions_rate,cpu_power,gpu_power,ram_power,cpu_energy,gpu_energy,ram_energy,energy_consumed';
    const rows = [
      'load,2024-02-01T10:00:00,p,2f524e76-36ca-4f87-819e-d55a056ecd03,30,0.001,0,10,0,5,0.0001,0,0.0001,0.0002',
      'train,2024-02-01T11:00:00,p,2f524e76-36ca-4f87-819e-d55a056ecd03,3600,0.1,0,10,300,5,0.01,0.3,0.005,0.315',
    ];
    const m = await readText(`${header}\n${rows.join('\n')}\n`);
    // 0.0002 + 0.315 kWh (both tasks share a run_id but are separate rows, not cumulative)
    expect(m.energyKwh).toBeCloseTo(0.3152, 12);
    expect(m.runCount).toBe(2);
    expect(m.warnings).toEqual([]);
  });
});
