import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../src/manifest/parse.js';

const valid = `version: 1
defaults:
  location: gcp:us-central1
runs:
  - id: bert
    model:
      parameters: 110M
    training:
      tokens: 2B
      precision: bf16
    hardware:
      accelerator: a100 80gb
      count: 8
  - id: moe
    model: { parameters: 47B, active_parameters: 13B }
    training: { samples: 1M, sequence_length: 2048, epochs: 2 }
    hardware: { accelerator: NVIDIA H100 80GB HBM3, count: 64, hours: 2d }
    location: FR
    pue: 1.2
    repeats: 3
    inference: { requests_per_day: 10K, tokens_per_request: 500, days: 30d }
budget:
  total_co2e_kg: 500
`;

describe('parseManifest: valid input', () => {
  const { manifest, problems } = parseManifest(valid, 'ml-carbon.yml');

  it('parses without problems', () => {
    expect(problems).toEqual([]);
    expect(manifest?.runs.map((run) => run.id)).toEqual(['bert', 'moe']);
  });

  it('normalizes counts, durations and accelerator aliases', () => {
    const [bert, moe] = manifest!.runs;
    expect(bert!.model.parameters).toBe(110e6);
    expect(bert!.training!.tokens).toBe(2e9);
    expect(bert!.hardware.accelerator).toBe('A100-SXM4-80GB');
    expect(moe!.hardware.accelerator).toBe('H100-SXM5-80GB');
    expect(moe!.hardware.hours).toBe(48);
    expect(moe!.inference!.days).toBe(30);
    expect(moe!.model.activeParameters).toBe(13e9);
  });

  it('merges defaults into runs, a run-level value winning', () => {
    const [bert, moe] = manifest!.runs;
    expect(bert!.location).toBe('gcp:us-central1');
    expect(moe!.location).toBe('FR');
    expect(moe!.pue).toBe(1.2);
    expect(bert!.repeats).toBe(1);
    expect(moe!.repeats).toBe(3);
  });

  it('assumes bf16 when precision is absent and remembers it was assumed', () => {
    const [bert, moe] = manifest!.runs;
    expect(bert!.training!.precisionGiven).toBe(true);
    expect(moe!.training!.precision).toBe('bf16');
    expect(moe!.training!.precisionGiven).toBe(false);
  });

  it('records the line of each run and the budget', () => {
    expect(manifest!.runs.map((run) => run.line)).toEqual([5, 14]);
    expect(manifest!.budget).toEqual({ totalCo2eKg: 500 });
  });
});

function problemsOf(text: string) {
  return parseManifest(text, 'repo/ml-carbon.yml').problems;
}

const run = (hardware: string, extra = '') => `version: 1
runs:
  - id: r1
    model:
      parameters: 1B
    training:
      tokens: 1B
    hardware:
${hardware}
${extra}`;

describe('parseManifest: errors for people', () => {
  it('names file, line, column, field and a did-you-mean for an unknown key', () => {
    const problems = problemsOf(run('      accelerator: A100\n      cuont: 8'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: 'repo/ml-carbon.yml',
      line: 10,
      column: 7,
      path: 'runs[0].hardware.cuont',
      severity: 'error',
      message: 'unknown key "cuont"',
    });
    expect(problems[0]!.hint).toContain('"count"');
  });

  it('suggests the nearest accelerator for an unknown one', () => {
    const [problem] = problemsOf(run('      accelerator: A100-SXM4-80G'));
    expect(problem).toMatchObject({
      line: 9,
      column: 20,
      path: 'runs[0].hardware.accelerator',
      message: 'unknown accelerator "A100-SXM4-80G"',
    });
    expect(problem!.hint).toContain('A100-SXM4-80GB');
  });

  it('suggests the nearest region for an unknown location', () => {
    const [problem] = problemsOf(run('      accelerator: A100', '    location: gcp:us-central7'));
    expect(problem).toMatchObject({
      path: 'runs[0].location',
      line: 10,
      message: 'unknown location "gcp:us-central7"',
    });
    expect(problem!.hint).toContain('gcp:us-central1');
  });

  it.each([
    ['zero accelerators', '      accelerator: A100\n      count: 0', 'runs[0].hardware.count', /at least 1/],
    ['a negative count', '      accelerator: A100\n      count: -4', 'runs[0].hardware.count', /at least 1/],
    ['a fractional count', '      accelerator: A100\n      count: 2.5', 'runs[0].hardware.count', /whole number/],
    ['NaN hours', '      accelerator: A100\n      hours: .nan', 'runs[0].hardware.hours', /finite/],
    ['negative hours', '      accelerator: A100\n      hours: -3', 'runs[0].hardware.hours', /greater than 0/],
    ['a string count', '      accelerator: A100\n      count: eight', 'runs[0].hardware.count', /whole number/],
    [
      'utilization above 1',
      '      accelerator: A100\n      utilization: 40',
      'runs[0].hardware.utilization',
      /at most 1/,
    ],
  ])('refuses %s at the field', (_name, hardware, path, message) => {
    const [problem] = problemsOf(run(hardware));
    expect(problem!.path).toBe(path);
    expect(problem!.message).toMatch(message);
    expect(problem!.line).toBe(10);
  });

  it('reports a missing required field at its parent', () => {
    const [problem] = problemsOf(
      'version: 1\nruns:\n  - id: r1\n    model:\n      parameters: 1B\n    training:\n      tokens: 1B\n',
    );
    expect(problem).toMatchObject({
      path: 'runs[0].hardware.accelerator',
      line: 3,
      message: 'missing hardware.accelerator',
    });
  });

  it('refuses a run with nothing to size it', () => {
    const [problem] = problemsOf(
      'version: 1\nruns:\n  - id: r1\n    model: { parameters: 1B }\n    hardware: { accelerator: T4 }\n',
    );
    expect(problem!.message).toBe('nothing to size the run with');
    expect(problem!.hint).toMatch(/tokens/);
  });

  it('refuses duplicate ids, pointing at the second', () => {
    const text =
      'version: 1\nruns:\n  - id: a\n    model: { parameters: 1B }\n    hardware: { accelerator: T4, hours: 1 }\n  - id: a\n    model: { parameters: 1B }\n    hardware: { accelerator: T4, hours: 1 }\n';
    const [problem] = problemsOf(text);
    expect(problem).toMatchObject({ line: 6, path: 'runs[1].id', message: 'duplicate run id "a"' });
  });

  it('reports YAML syntax errors with their line', () => {
    const [problem] = problemsOf('version: 1\nruns:\n  - id: [unclosed\n');
    expect(problem!.message).toMatch(/^YAML syntax/);
    expect(problem!.line).toBeGreaterThanOrEqual(3);
  });

  it('explains an empty file and a wrong version', () => {
    expect(problemsOf('')[0]!.message).toBe('the manifest is empty');
    expect(problemsOf('version: 2\nruns: []')[0]).toMatchObject({
      path: 'version',
      message: 'version must be 1, got 2',
      line: 1,
    });
  });

  it('keeps the good runs when one run is bad, so the report shows what could be computed', () => {
    const text =
      'version: 1\nruns:\n  - id: good\n    model: { parameters: 1B }\n    hardware: { accelerator: T4, hours: 1 }\n  - id: bad\n    model: { parameters: 1B }\n    hardware: { accelerator: T5, hours: 1 }\n';
    const result = parseManifest(text, 'm.yml');
    expect(result.manifest?.runs.map((r) => r.id)).toEqual(['good']);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.path).toBe('runs[1].hardware.accelerator');
  });

  it('says what a field expects when it has the wrong type, even where the schema gives no message of its own', () => {
    // zod's English messages (the schemas name only the fields that need more than "expected a string").
    const problems = problemsOf('version: 1\nruns:\n  - id: a\n    model: 5\n    description: 3\n');
    expect(problems).toEqual([
      expect.objectContaining({
        path: 'runs[0].description',
        line: 5,
        message: 'description must be a string, got 3',
      }),
      expect.objectContaining({
        path: 'runs[0].model',
        line: 4,
        message:
          'model is a block of keys (parameters, active_parameters, name, config, ...), got 5: did you mean "model: { parameters: 5 }"?',
      }),
    ]);
  });

  it('collects every problem, not only the first', () => {
    const problems = problemsOf(run('      accelerator: A100\n      count: 0\n      hourz: 3'));
    expect(problems.map((problem) => problem.path).sort()).toEqual([
      'runs[0].hardware.count',
      'runs[0].hardware.hourz',
    ]);
  });
});
