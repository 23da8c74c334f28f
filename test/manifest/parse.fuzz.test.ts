// Fuzzing the manifest parser (issue 11): whatever text arrives, parseManifest returns located problems and never
// throws, and whatever it accepts holds only finite numbers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseManifest, type ParseResult } from '../../src/manifest/parse.js';

const FILE = 'fuzz/ml-carbon.yml';
const FUZZ_TIMEOUT_MS = 300_000;

function checkResult(result: ParseResult): void {
  for (const problem of result.problems) {
    expect(problem.file).toBe(FILE);
    expect(typeof problem.message).toBe('string');
    expect(problem.message.length).toBeGreaterThan(0);
    expect(['error', 'warning']).toContain(problem.severity);
    if (problem.line !== undefined) expect(Number.isInteger(problem.line) && problem.line >= 1).toBe(true);
  }
  for (const run of result.manifest?.runs ?? []) {
    const numbers = [
      run.model.parameters,
      run.model.activeParameters,
      run.training?.tokens,
      run.training?.flops,
      run.hardware.count,
      run.hardware.hours,
      run.hardware.acceleratorHours,
      run.inference?.days,
      run.repeats,
    ].filter((value) => value !== undefined);
    for (const value of numbers) expect(Number.isFinite(value) && value > 0).toBe(true);
  }
}

const parseChecked = (text: string) => {
  let result: ParseResult | undefined;
  expect(() => {
    result = parseManifest(text, FILE);
  }).not.toThrow();
  checkResult(result!);
};

/** Values a manifest field might hold, hostile ones included. */
const scalar = fc.oneof(
  fc.constantFrom('7B', '1e400', '-1', '0', 'NaN', '6m', '6mo', '1y', '90min', 'BF16', 'T4', 'H100', 'UK', 'FR', ''),
  fc.constantFrom('__proto__', 'constructor', 'gcp:us-central1', 'RTX 5090', 'workstation', 'lora', '1e308', '2.5T'),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.string({ maxLength: 12 }),
);
const KEYS = [
  'version',
  'defaults',
  'runs',
  'budget',
  'id',
  'model',
  'parameters',
  'active_parameters',
  'config',
  'training',
  'tokens',
  'samples',
  'sequence_length',
  'epochs',
  'flops',
  'precision',
  'method',
  'hardware',
  'accelerator',
  'count',
  'hours',
  'accelerator_hours',
  'utilization',
  'power_watts',
  'tdp_watts',
  'peak_tflops',
  'location',
  'facility',
  'pue',
  'carbon_intensity',
  'repeats',
  'inference',
  'tokens_per_day',
  'replicas',
  'days',
  'logs',
  'path',
  'format',
  'gpus',
  '__proto__',
  'total_co2e_kg',
];
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('list'), tie('map')),
  list: fc.array(tie('node'), { maxLength: 4 }),
  map: fc.dictionary(fc.constantFrom(...KEYS), tie('node'), { maxKeys: 6 }),
})).node;

/** Manifest-shaped documents: mostly right, with any field replaced by anything. */
const manifestLike = fc.record({
  version: fc.oneof(fc.constant(1), scalar),
  defaults: fc.option(value),
  runs: fc.oneof(
    fc.array(
      fc.record(
        {
          id: fc.oneof(fc.constantFrom('a', 'b', 'a/b', 'a'), scalar),
          model: fc.oneof(fc.record({ parameters: scalar }), value),
          training: value,
          hardware: fc.oneof(fc.record({ accelerator: scalar, count: scalar, hours: scalar }), value),
          inference: value,
          logs: value,
          location: scalar,
        },
        { requiredKeys: [] },
      ),
      { maxLength: 4 },
    ),
    value,
  ),
  budget: fc.option(value),
});

const VALID = `version: 1
defaults: { location: gcp:us-central1, facility: cloud }
runs:
  - id: a
    model: { parameters: 7B, config: model/config.json }
    training: { tokens: 2T, precision: bf16 }
    hardware: { accelerator: H100, count: 8, utilization: 0.4 }
    inference: { tokens_per_day: 50M, days: 6mo }
    logs: [logs/emissions.csv, { path: gpu.csv, format: nvidia-smi }]
budget: { total_co2e_kg: 500 }
`;

describe('parseManifest under fuzzing', () => {
  it(
    'never throws on manifest-shaped documents (10,000 cases)',
    () => {
      fc.assert(
        fc.property(manifestLike, (document) => parseChecked(stringify(document))),
        { numRuns: 10_000 },
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'never throws on arbitrary text (2,000 cases)',
    () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => parseChecked(text)),
        { numRuns: 2_000 },
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'never throws on a valid manifest with characters inserted or removed (1,000 cases)',
    () => {
      const edit = fc.tuple(
        fc.nat(VALID.length),
        fc.nat(4),
        fc.constantFrom('', ':', '-', ' ', '\n', '&a', '*a', '"', '{', '[', '!!', '<<: '),
      );
      fc.assert(
        fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
          let text = VALID;
          for (const [at, remove, insert] of edits) text = text.slice(0, at) + insert + text.slice(at + remove);
          parseChecked(text);
        }),
        { numRuns: 1_000 },
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});
