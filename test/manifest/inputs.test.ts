// Inputs as users write them (issue 12): units, empty sections, error wording, serving-only runs, accelerators the
// table lacks, facility and country aliases.
import { describe, expect, it } from 'vitest';
import { estimateRun } from '../../src/estimate/estimate.js';
import { parseManifest } from '../../src/manifest/parse.js';

const parse = (text: string) => parseManifest(text, 'ml-carbon.yml');
const errors = (text: string) => parse(text).problems.filter((problem) => problem.severity === 'error');

/** A one-run manifest whose run body is `body` (indented four spaces). */
const oneRun = (body: string, top = '') => `version: 1\n${top}runs:\n  - id: r\n${body.replace(/^/gm, '    ')}\n`;
const BASE =
  'model: { parameters: 1B }\ntraining: { tokens: 10B }\nhardware: { accelerator: A100-SXM4-80GB, count: 8 }';

describe('durations', () => {
  it('reads months and refuses the ambiguous "m" with a clear message', () => {
    const months = parse(oneRun(`${BASE}\ninference: { tokens_per_day: 1M, days: 6mo }`));
    expect(months.problems).toEqual([]);
    expect(months.manifest!.runs[0]!.inference!.days).toBeCloseTo(182.5, 6); // 6 x 730 h / 24
    const [problem] = errors(oneRun(`${BASE}\ninference: { tokens_per_day: 1M, days: 6m }`));
    expect(problem).toMatchObject({ path: 'runs[0].inference.days', line: 7 });
    expect(problem!.message).toMatch(/"m" is ambiguous: write "min" for minutes or "mo" for months/);
  });

  it('reads hours as h, d, w, mo and y', () => {
    const hours = (written: string) =>
      parse(oneRun(`model: { parameters: 1B }\nhardware: { accelerator: T4, hours: "${written}" }`)).manifest!.runs[0]!
        .hardware.hours;
    expect([hours('36h'), hours('2d'), hours('1w'), hours('1mo'), hours('1y'), hours('90min')]).toEqual([
      36, 48, 168, 730, 8760, 1.5,
    ]);
  });
});

describe('empty sections mean absent', () => {
  it('accepts `budget:`, `defaults:` and `logs:` with everything commented out', () => {
    const text = `version: 1
defaults:
  # location: FR
runs:
  - id: r
    model: { parameters: 1B }
    training: { tokens: 10B }
    hardware: { accelerator: T4 }
    logs:
      # - emissions.csv
budget:
  # total_co2e_kg: 500
`;
    const { manifest, problems } = parse(text);
    expect(problems).toEqual([]);
    expect(manifest!.budget).toBeUndefined();
    expect(manifest!.runs[0]!.logs).toEqual([]);
  });
});

describe('error wording', () => {
  it('a misspelled required key is one error with one suggestion', () => {
    const problems = errors(
      oneRun('model: { parameters: 1B }\ntraining: { tokens: 1B }\nhardware: { acclerator: T4 }'),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path: 'runs[0].hardware.acclerator', hint: 'did you mean "accelerator"?' });
  });

  it('a misspelled run id is one error, not also a missing id', () => {
    const text = `version: 1\nruns:\n  - idd: r\n    model: { parameters: 1B }\n    training: { tokens: 1B }\n    hardware: { accelerator: T4 }\n`;
    const problems = errors(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.hint).toBe('did you mean "id"?');
  });

  it.each([
    ['gpus: 8 under hardware', 'hardware: { accelerator: T4, gpus: 8 }', 'did you mean "count"?'],
    ['gpus: 8 at run level', 'hardware: { accelerator: T4 }\ngpus: 8', 'did you mean hardware.count?'],
    ['params under model', 'hardware: { accelerator: T4 }\nmodel: { params: 1B }', 'did you mean "parameters"?'],
    ['CamelCase', 'hardware: { accelerator: T4, Count: 8 }', 'keys are lower-case snake_case: write "count"'],
  ])('%s', (_what, body, hint) => {
    const text = oneRun(
      `training: { tokens: 1B }\n${body.includes('model:') ? '' : 'model: { parameters: 1B }\n'}${body}`,
    );
    expect(errors(text).map((problem) => problem.hint)).toContain(hint);
  });

  it('a run key written flat says which section it belongs under', () => {
    const problems = errors(oneRun('model: { parameters: 1B }\ntokens: 1B\nhardware: { accelerator: T4 }'));
    expect(problems[0]).toMatchObject({
      message: 'unknown key "tokens"',
      hint: '"tokens" belongs under training: (indent it inside a "training:" block)',
    });
  });

  it('accepts precision in any case', () => {
    const { manifest, problems } = parse(oneRun(BASE.replace('tokens: 10B', 'tokens: 10B, precision: BF16')));
    expect(problems).toEqual([]);
    expect(manifest!.runs[0]!.training!.precision).toBe('bf16');
  });

  it('utilization written as a percentage says what it means', () => {
    const [problem] = errors(oneRun(BASE.replace('count: 8', 'count: 8, utilization: 40')));
    expect(problem!.message).toMatch(/at most 1 \(40% is 0\.4\)/);
  });

  it('a missing version says what to add', () => {
    const [problem] = errors('runs:\n  - id: r\n');
    expect(problem).toMatchObject({
      message: 'missing required field "version"',
      hint: 'add "version: 1" as the first line',
    });
  });

  it('an unknown accelerator points at the list command, not a README section', () => {
    const [problem] = errors(oneRun(BASE.replace('A100-SXM4-80GB', 'Quantum-X9')));
    expect(problem!.message).toBe('unknown accelerator "Quantum-X9"');
    expect(problem!.hint).toMatch(/`ml-carbon accelerators` lists the names it knows/);
    expect(problem!.hint).toMatch(/hours and power_watts, or tdp_watts and peak_tflops/);
  });
});

describe('serving-only runs', () => {
  const serving = oneRun(
    'model: { parameters: 7B }\nhardware: { accelerator: L4, count: 2 }\ninference: { tokens_per_day: 50M, days: 1y }',
  );

  it('parses model + hardware + inference without training', () => {
    const { manifest, problems } = parse(serving);
    expect(problems).toEqual([]);
    expect(manifest!.runs[0]!.training).toBeUndefined();
  });

  it('estimates serving through the same chain and no training', () => {
    const estimate = estimateRun(parse(serving).manifest!.runs[0]!);
    expect(estimate.co2eKg.value).toBe(0);
    expect(estimate.inference!.co2eKg.value).toBeGreaterThan(0);
    expect(estimate.inference!.days).toBe(365);
    expect(estimate.notes.join(' ')).toMatch(/Serving only/);
  });

  it('still refuses a run with neither training nor serving', () => {
    const [problem] = errors(oneRun('model: { parameters: 7B }\nhardware: { accelerator: L4 }'));
    expect(problem!.message).toBe('nothing to size the run with');
  });
});

describe('accelerators the table lacks', () => {
  it('are accepted with hours and power_watts, with a warning and a generic embodied figure', () => {
    const { manifest, problems } = parse(
      oneRun('model: { parameters: 1B }\nhardware: { accelerator: Quantum-X9, count: 2, hours: 10, power_watts: 300 }'),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'warning', path: 'runs[0].hardware.accelerator' });
    expect(problems[0]!.message).toMatch(/not in the table.*generic embodied figure/);
    const estimate = estimateRun(manifest!.runs[0]!);
    // 2 x 10 h x 300 W = 6 kWh at the boards.
    expect(estimate.breakdown.acceleratorKwh.value).toBeCloseTo(6, 9);
    expect(estimate.assumptions.find((use) => /embodied carbon of one Quantum-X9/.test(use.name))?.value).toBe(150);
  });

  it('are estimated from hours and power_watts when the run also gives tokens (no peak to judge the hours by)', () => {
    const { manifest } = parse(
      oneRun(
        'model: { parameters: 1B }\ntraining: { tokens: 10B }\nhardware: { accelerator: Quantum-X9, count: 2, hours: 10, power_watts: 300 }',
      ),
    );
    const estimate = estimateRun(manifest!.runs[0]!);
    // 2 x 10 h x 300 W = 6 kWh at the boards, as without tokens; the tokens only feed the (skipped) hours check.
    expect(estimate.breakdown.acceleratorKwh.value).toBeCloseTo(6, 9);
    expect(estimate.notes.join(' ')).not.toMatch(/utilization of/);
  });

  it('are accepted with tdp_watts and peak_tflops, hours derived from FLOPs', () => {
    const { manifest, problems } = parse(
      oneRun(
        'model: { parameters: 1B }\ntraining: { tokens: 10B }\nhardware: { accelerator: Quantum-X9, tdp_watts: 500, peak_tflops: 200, utilization: 0.5 }',
      ),
    );
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    const estimate = estimateRun(manifest!.runs[0]!);
    // 6 x 1e9 x 1e10 = 6e19 FLOPs / (200e12 x 0.5) = 6e5 s = 166.7 h.
    expect(estimate.acceleratorHours.value).toBeCloseTo(6e5 / 3600, 6);
    expect(estimate.accelerator).toBe('Quantum-X9 (TDP 500 W, 200 TFLOP/s bf16)');
  });

  it('needs peak_tflops when hours must come from FLOPs', () => {
    const [problem] = errors(
      oneRun(
        'model: { parameters: 1B }\ntraining: { tokens: 10B }\nhardware: { accelerator: Quantum-X9, power_watts: 300 }',
      ),
    );
    expect(problem!.message).toBe('unknown accelerator "Quantum-X9"');
  });

  it('a known accelerator may carry its own TDP', () => {
    const { manifest } = parse(oneRun(BASE.replace('count: 8', 'count: 8, tdp_watts: 350')));
    const estimate = estimateRun(manifest!.runs[0]!);
    expect(estimate.assumptions.find((use) => / TDP$/.test(use.name))?.value).toBe(350);
  });
});

describe('where the run happens', () => {
  const pueOf = (top: string, placement = '') =>
    estimateRun(parse(oneRun(`${BASE}${placement}`, top)).manifest!.runs[0]!).pue;

  it('a workstation has no facility overhead; a country code alone assumes an average data centre', () => {
    expect(pueOf('defaults: { location: DE, facility: workstation }\n')).toBe(1);
    expect(pueOf('defaults: { location: DE }\n')).toBe(1.56);
    expect(pueOf('', '\nlocation: DE\nfacility: on-prem')).toBe(1.63);
    expect(pueOf('', '\nlocation: gcp:us-central1\nfacility: cloud')).toBe(1.1);
    expect(pueOf('', '\nlocation: DE\nfacility: Cloud')).toBe(1.25);
    expect(pueOf('', '\nlocation: DE\nfacility: workstation\npue: 1.2')).toBe(1.2);
  });

  it('says which PUE was assumed when no facility is given', () => {
    const estimate = estimateRun(parse(oneRun(BASE, 'defaults: { location: DE }\n')).manifest!.runs[0]!);
    expect(estimate.notes.join(' ')).toMatch(/No facility given: the PUE of an average data centre \(1\.56\)/);
  });

  it.each([
    ['USA/Iowa', 'US-IA'],
    ['FRA/Île-de-France', 'FR'],
    ['gcp:us-central1', 'gcp:us-central1'],
  ])('CodeCarbon location %s resolves to %s', async (written, id) => {
    const { resolveLocation } = await import('../../src/data/grid.js');
    expect(resolveLocation(written).found?.id).toBe(id);
  });

  it.each([
    ['UK', 'GB'],
    ['EL', 'GR'],
    ['DEU', 'DE'],
    ['USA', 'US'],
  ])('location %s means %s', (written, id) => {
    const { manifest, problems } = parse(oneRun(`${BASE}\nlocation: ${written}`));
    expect(problems).toEqual([]);
    expect(manifest!.runs[0]!.location).toBe(id);
  });
});

describe('through the whole pipeline', () => {
  const files = (manifest: string) => ({
    async readText(path: string) {
      return path === 'ml-carbon.yml' ? manifest : undefined;
    },
    openStream() {
      return undefined;
    },
  });
  const analyzeOne = async (manifest: string, base?: string) => {
    const { analyze } = await import('../../src/pipeline.js');
    return analyze({
      head: { manifestPaths: ['ml-carbon.yml'], files: files(manifest) },
      ...(base ? { base: { manifestPaths: ['ml-carbon.yml'], files: files(base) } } : {}),
    });
  };

  it('a serving-only run is compared and advised like any other', async () => {
    const serving = (tokens: string) =>
      oneRun(
        `model: { parameters: 7B }\nhardware: { accelerator: A100-SXM4-80GB, count: 2 }\ninference: { tokens_per_day: ${tokens}, days: 1y }`,
        'defaults: { location: FR, facility: cloud }\n',
      );
    const analysis = await analyzeOne(serving('100M'), serving('50M'));
    expect(analysis.problems).toEqual([]);
    const row = analysis.comparison.runs.find((candidate) => candidate.id === 'r')!;
    // Twice the load costs more, if not twice as much (serving is provisioned, see estimate/inference.ts).
    expect(row.head!.inference!.co2eKg.value).toBeGreaterThan(row.base!.inference!.co2eKg.value);
    expect(analysis.head.estimate!.runs[0]!.advice!.length).toBeGreaterThan(0);
    expect(analysis.markdown).toMatch(/Serving only/);
  });

  it('a run on an accelerator the table lacks is estimated and advised without errors', async () => {
    const analysis = await analyzeOne(
      oneRun(
        'model: { parameters: 7B }\ntraining: { tokens: 100B }\nhardware: { accelerator: RTX 9090, count: 4, tdp_watts: 600, peak_tflops: 400 }\ninference: { tokens_per_day: 10M }',
        'defaults: { location: DE, facility: workstation }\n',
      ),
    );
    expect(analysis.problems.map((problem) => problem.severity)).toEqual(['warning']);
    const run = analysis.head.estimate!.runs[0]!;
    expect(run.accelerator).toBe('RTX 9090 (TDP 600 W, 400 TFLOP/s bf16)');
    expect(run.pue).toBe(1);
    expect(run.co2eKg.value).toBeGreaterThan(0);
    expect(analysis.markdown).toContain('RTX 9090');
  });
});

describe('serving replicas (inference.replicas)', () => {
  const serving = (inference: string) =>
    oneRun(
      `model: { parameters: 1B }\nhardware: { accelerator: H100 }\ninference: { tokens_per_day: 1M, ${inference} }`,
    );

  it('provisions the replicas given, around the clock, instead of deriving them from traffic', () => {
    const { manifest, problems } = parse(serving('replicas: 3, days: 10'));
    expect(problems).toEqual([]);
    const estimate = estimateRun(manifest!.runs[0]!);
    expect(estimate.inference!.replicas).toBe(3);
    // 3 replicas x 1 H100 each (1 B bf16 weights fit in 80 GB) x 24 h x 10 days = 720 accelerator-hours
    expect(estimate.inference!.acceleratorHours.value).toBe(720);
    expect(estimate.notes.join(' ')).not.toMatch(/derived from the traffic/);
  });

  it.each([
    ['0', /replicas must be at least 1/],
    ['1.5', /replicas must be a whole number/],
    ['2000000', /replicas above 1000000 is not plausible/],
    ['"two"', /replicas as a whole number/],
  ])('refuses replicas: %s with a located error', (written, message) => {
    const [problem] = errors(serving(`replicas: ${written}`));
    // lines: version, runs, - id, model, hardware, inference (6)
    expect(problem).toMatchObject({ path: 'runs[0].inference.replicas', line: 6 });
    expect(problem!.message).toMatch(message);
  });

  it('suggests replicas for a slip or a synonym', () => {
    expect(errors(serving('replica: 2')).map((problem) => problem.hint)).toContain('did you mean "replicas"?');
    expect(errors(serving('num_replicas: 2')).map((problem) => problem.hint)).toContain('did you mean "replicas"?');
  });
});
