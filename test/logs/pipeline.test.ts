import { describe, expect, it } from 'vitest';
import { readRunLogs, type GuardedFileReader } from '../../src/logs/attach.js';
import { parseManifest } from '../../src/manifest/parse.js';
import { analyze } from '../../src/pipeline.js';

function memoryFiles(files: Record<string, string>, refused: Record<string, string> = {}): GuardedFileReader {
  return {
    async readText(path) {
      return files[path];
    },
    openStream(path) {
      const text = files[path];
      if (text === undefined) return undefined;
      return (async function* () {
        yield new TextEncoder().encode(text);
      })();
    },
    async refuse(path) {
      return refused[path];
    },
  };
}

const CC_HEADER = 'timestamp,project_name,run_id,duration,emissions,energy_consumed';
const ccLog = (kwh: number, kg: number) =>
  `${CC_HEADER}\n2025-01-01T10:00:00,p,2f524e76-36ca-4f87-819e-d55a056ecd03,7200,${kg},${kwh}\n`;

const MANIFEST = `version: 1
defaults: { carbon_intensity: 200, pue: 1 }
runs:
  - id: train
    model: { parameters: 1B }
    hardware: { accelerator: A100-SXM4-80GB, count: 2, hours: 2 }
    logs:
      - logs/emissions.csv
`;

describe('readRunLogs', () => {
  it('reads paths relative to the manifest and reports missing, escaping and refused logs with their field', async () => {
    const text = `version: 1
runs:
  - id: a
    model: { parameters: 1B }
    hardware: { accelerator: A100-SXM4-80GB, count: 1, hours: 1 }
    logs:
      - logs/emissions.csv
      - logs/missing.csv
      - ../../etc/passwd
      - /abs/gpu.csv
      - logs/link.csv
`;
    const manifest = parseManifest(text, 'ml/ml-carbon.yml').manifest!;
    const files = memoryFiles(
      { 'ml/logs/emissions.csv': ccLog(1, 0.2), 'ml/logs/link.csv': 'x' },
      { 'ml/logs/link.csv': 'symlink to /etc/shadow, outside the repository' },
    );
    const { measurements, problems } = await readRunLogs(manifest, files);
    expect(measurements.get('a')!.map((m) => m.file)).toEqual(['ml/logs/emissions.csv']);
    const byField = Object.fromEntries(problems.map((p) => [p.path, p]));
    expect(byField['runs[0].logs[1]']!.severity).toBe('warning');
    expect(byField['runs[0].logs[1]']!.message).toMatch(/not found/);
    expect(byField['runs[0].logs[2]']!.severity).toBe('error');
    expect(byField['runs[0].logs[2]']!.message).toMatch(/leaves the repository/);
    expect(byField['runs[0].logs[3]']!.message).toMatch(/absolute/);
    expect(byField['runs[0].logs[4]']!.message).toMatch(/refused: symlink/);
    expect(problems.every((p) => p.file === 'ml/ml-carbon.yml' && p.line === 3)).toBe(true);
  });
});

describe('readRunLogs bounds', () => {
  const runWithLogs = (paths: string[]) => `version: 1
runs:
  - id: a
    model: { parameters: 1B }
    hardware: { accelerator: A100-SXM4-80GB, count: 1, hours: 1 }
    logs: [${paths.join(', ')}]
`;
  /** Counts how often each file is opened. */
  function counting(files: Record<string, string>) {
    const opened: string[] = [];
    const inner = memoryFiles(files);
    return {
      opened,
      files: { ...inner, openStream: (path: string) => (opened.push(path), inner.openStream(path)) },
    };
  }

  it('the same log named 10,000 times is opened once and used by every reference', async () => {
    const manifest = parseManifest(runWithLogs(Array(10_000).fill('e.csv')), 'ml-carbon.yml').manifest!;
    const { files, opened } = counting({ 'e.csv': ccLog(1, 0.2) });
    const { measurements, problems } = await readRunLogs(manifest, files);
    expect(opened).toEqual(['e.csv']);
    expect(measurements.get('a')).toHaveLength(10_000);
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  it('more distinct logs than the cap: the rest are not opened, and one error says how many', async () => {
    const paths = Array.from({ length: 8 }, (_, i) => `l${i}.csv`);
    const manifest = parseManifest(runWithLogs(paths), 'ml-carbon.yml').manifest!;
    const { files, opened } = counting(Object.fromEntries(paths.map((path) => [path, ccLog(1, 0.2)])));
    const { problems } = await readRunLogs(manifest, files, { maxFiles: 5, maxReferences: 100, maxBytes: 1e6 });
    expect(opened).toHaveLength(5);
    expect(problems).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        message: expect.stringMatching(/^3 log reference\(s\) were not read: .*more than 5 distinct/),
      }),
    );
  });

  it('a log over the byte cap is an error, is not read to the end, and its run falls back to the estimate', async () => {
    const manifest = parseManifest(runWithLogs(['big.csv']), 'ml-carbon.yml').manifest!;
    let chunksRead = 0;
    const files: GuardedFileReader = {
      readText: async () => undefined,
      openStream: () =>
        (async function* () {
          yield new TextEncoder().encode(`${CC_HEADER}\n`);
          // An endless log: only the cap ends the reading.
          for (;;) {
            chunksRead++;
            yield new TextEncoder().encode(
              '2025-01-01T10:00:00,p,2f524e76-36ca-4f87-819e-d55a056ecd03,7200,0.1,1\n'.repeat(100),
            );
          }
        })(),
    };
    const { measurements, problems } = await readRunLogs(manifest, files, {
      maxFiles: 5,
      maxReferences: 100,
      maxBytes: 100_000,
    });
    expect(measurements.get('a')).toBeUndefined();
    expect(problems).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        path: 'runs[0].logs[0]',
        message: expect.stringMatching(/larger than/),
      }),
    );
    // ~7.2 kB per chunk: 100 kB is reached after about 14 chunks.
    expect(chunksRead).toBeLessThan(20);
  });
});

describe('analyze with logs', () => {
  it('reads logs on both sides from their own files and shows measured next to estimated', async () => {
    const base = memoryFiles({ 'ml-carbon.yml': MANIFEST, 'logs/emissions.csv': ccLog(10, 9) });
    const head = memoryFiles({ 'ml-carbon.yml': MANIFEST, 'logs/emissions.csv': ccLog(12, 9) });
    const analysis = await analyze({
      base: { manifestPaths: ['ml-carbon.yml'], files: base },
      head: { manifestPaths: ['ml-carbon.yml'], files: head },
    });
    const baseRun = analysis.comparison.base!.runs[0]!;
    const headRun = analysis.comparison.head.runs[0]!;
    expect(baseRun.basis).toBe('measured');
    expect(baseRun.energyKwh.value).toBe(10);
    expect(headRun.energyKwh.value).toBe(12);
    // intensity 200 g/kWh from the manifest: 12 kWh -> 2.4 kg operational (the tool's 9 kg is not used)
    expect(headRun.breakdown.operationalCo2eKg.value).toBeCloseTo(2.4, 12);
    // head - base: (12 - 10) kWh x 0.2 kg/kWh = 0.4 kg; embodied is the same on both sides
    expect(analysis.comparison.runs[0]!.deltaCo2eKg).toBeCloseTo(0.4, 9);
    expect(analysis.markdown).toMatch(/📏 Measured vs estimated/);
    expect(analysis.markdown).toMatch(/12\skWh 📏/u);
    expect(analysis.markdown).toMatch(
      /recomputed from the measured energy at 200\sgCO2e\/kWh \(carbon_intensity in the manifest\)/,
    );
    expect(analysis.json.head.runs[0]!.measured!.energyKwh!.value).toBe(12);
    expect(analysis.hasErrors).toBe(false);
  });

  it('a log path leaving the repository is an error of the head; a missing base log only a warning', async () => {
    const escaping = MANIFEST.replace('logs/emissions.csv', '../outside.csv');
    const analysis = await analyze({
      head: { manifestPaths: ['ml-carbon.yml'], files: memoryFiles({ 'ml-carbon.yml': escaping }) },
    });
    expect(analysis.hasErrors).toBe(true);
    expect(analysis.problems[0]!.message).toMatch(/leaves the repository/);
    const missing = await analyze({
      head: { manifestPaths: ['ml-carbon.yml'], files: memoryFiles({ 'ml-carbon.yml': MANIFEST }) },
    });
    expect(missing.hasErrors).toBe(false);
    expect(missing.comparison.head.runs[0]!.basis).toBe('estimated');
  });
});

describe('calibration in the report', () => {
  it('states the observed utilization and the runs it was applied to', async () => {
    const manifest = `version: 1
defaults: { calibrate: true, carbon_intensity: 100 }
runs:
  - id: measured
    model: { parameters: 1B }
    training: { tokens: 10B, precision: bf16 }
    hardware: { accelerator: A100-SXM4-80GB, count: 2 }
    logs: [out/trainer_state.json]
  - id: other
    model: { parameters: 1B }
    training: { tokens: 10B, precision: bf16 }
    hardware: { accelerator: A100-SXM4-80GB, count: 1 }
`;
    // 1.1232e18 FLOPs over 7200 s on 2 x 312 TFLOP/s = 25% utilization
    const trainer = JSON.stringify({
      log_history: [{ step: 10, train_runtime: 7200, total_flos: 1.1232e18 }],
      total_flos: 1.1232e18,
    });
    const analysis = await analyze({
      head: {
        manifestPaths: ['ml-carbon.yml'],
        files: memoryFiles({ 'ml-carbon.yml': manifest, 'out/trainer_state.json': trainer }),
      },
    });
    expect(analysis.markdown).toMatch(
      /\*\*Calibration:\*\* observed in this repository's measured runs \(`measured`\): utilization 25%/,
    );
    expect(analysis.markdown).toMatch(/Used for the runs without logs \(`defaults.calibrate: true`\): `other`/);
    expect(analysis.json.head.calibration!.appliedTo).toEqual(['other']);
  });
});
