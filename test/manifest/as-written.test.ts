// Manifests as people write them without reading the README: shorthands are read exactly or refused with a located,
// actionable error; nothing is misread ("1.5B" is never 1.5) and nothing is silently dropped. Expected values are
// the written quantities converted by hand (e.g. "3 days" = 3 x 24 = 72 h; "40%" = 0.4; "0.3 kW" = 300 W).
import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../src/manifest/parse.js';
import { parseCount, parseHours, parseMeasure, UNITS } from '../../src/manifest/quantities.js';

const parse = (text: string) => parseManifest(text, 'ml-carbon.yml');
const errors = (text: string) => parse(text).problems.filter((problem) => problem.severity === 'error');
/** A one-run manifest; `hardware` and `extra` are YAML flow/blocks for the run (indented four spaces). */
const oneRun = (body: string) => `version: 1\nruns:\n  - id: r\n${body.replace(/^/gm, '    ')}\n`;
const run = (body: string) => {
  const result = parse(oneRun(body));
  expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  return result.manifest!.runs[0]!;
};

describe('counts as written', () => {
  it.each([
    ['1.5 billion', 1.5e9],
    ['2 trillion', 2e12],
    ['7Bn', 7e9],
    ['300bn', 3e11],
    ['1.2e21 FLOPs', 1.2e21],
    ['2T tokens', 2e12],
    ['1,000,000', 1e6],
    ['1,000.5', 1000.5],
    ['50_000', 5e4],
  ])('%s -> %d', (written, value) => {
    expect(parseCount(written)).toEqual({ value });
  });

  it.each(['1,5', '1,00', '8x', '7 bananas', '1.5.B'])('refuses %j instead of guessing', (written) => {
    expect(parseCount(written)).toHaveProperty('error');
  });

  it('never reads "1.5B" parameters as 1.5, nor "7e9" as 7', () => {
    const parameters = (written: string) =>
      run(`model: { parameters: ${written} }\nhardware: { accelerator: H100, hours: 1 }`).model.parameters;
    expect([parameters('1.5B'), parameters('7e9'), parameters('"1.5 billion"')]).toEqual([1.5e9, 7e9, 1.5e9]);
  });

  it('a negative count says it must be positive, not that it is unreadable', () => {
    const [problem] = errors(oneRun('model: { parameters: -7B }\nhardware: { accelerator: H100, hours: 1 }'));
    expect(problem).toMatchObject({ path: 'runs[0].model.parameters', line: 4 });
    expect(problem!.message).toBe('parameters must be greater than 0');
  });
});

describe('durations as written', () => {
  it.each([
    ['3 days', 72],
    ['1 week', 168],
    ['12 hours', 12],
    ['90 mins', 1.5],
    ['1h30m', 1.5], // m after hours is minutes: 1 + 30/60
    ['1d 12h', 36],
    ['02:30:00', 2.5],
    ['1:45', 1.75],
    ['72h', 72],
  ])('%s -> %d hours', (written, hours) => {
    expect(parseHours(written)).toEqual({ value: hours });
  });

  it.each(['30m', '30min 1h', '1h 1h', '3 fortnights', '1h30', 'soon'])('refuses %j', (written) => {
    expect(parseHours(written)).toHaveProperty('error');
  });
});

describe('numbers written with their unit', () => {
  it.each([
    ['300 W', UNITS.watts, 300],
    ['0.3 kW', UNITS.watts, 300],
    ['400 gCO2/kWh', UNITS.intensity, 400],
    ['0.4 kgCO2e/kWh', UNITS.intensity, 400],
    ['40%', UNITS.fraction, 0.4],
    ['2 t', UNITS.kilograms, 2000],
    ['1.2', UNITS.plain, 1.2],
  ])('%s -> %d', (written, units, value) => {
    expect(parseMeasure(written, units, 'x')).toEqual({ value });
  });

  it('refuses a unit of the wrong kind', () => {
    expect(parseMeasure('300 V', UNITS.watts, 'x')).toEqual({ error: 'x' });
    expect(parseMeasure('1.2 kWh', UNITS.watts, 'x')).toEqual({ error: 'x' });
  });

  it('reads the hardware, placement and budget fields written as strings with units', () => {
    const text = `version: 1
defaults: { pue: "1.2", carbon_intensity: "0.45 kg/kWh" }
runs:
  - id: r
    model: { parameters: 7B }
    hardware: { accelerator: H100, count: "1,000", hours: 3 days, utilization: "40%", power_watts: 300 W }
budget: { total_co2e_kg: 2 t, max_increase_percent: "10%" }
`;
    const { manifest, problems } = parse(text);
    expect(problems).toEqual([]);
    const only = manifest!.runs[0]!;
    expect(only.hardware).toMatchObject({ count: 1000, hours: 72, utilization: 0.4, powerWatts: 300 });
    expect([only.pue, only.carbonIntensity]).toEqual([1.2, 450]);
    expect(manifest!.budget).toMatchObject({ totalCo2eKg: 2000, maxIncreasePercent: 10 });
  });

  it('a bare number in the wrong unit is refused, not read as grams or watts', () => {
    const messages = errors(
      oneRun(
        'model: { parameters: 7B }\nhardware: { accelerator: H100, hours: 1, power_watts: 0.3 }\ncarbon_intensity: 0.4',
      ),
    ).map((problem) => problem.message);
    expect(messages).toEqual([
      'power_watts below 1 W is not plausible: it is in watts per accelerator (0.3 kW is 300, or write "0.3 kW")',
      'carbon_intensity below 1 gCO2e/kWh is not plausible: it is in grams per kWh (0.4 kg/kWh is 400, or write "0.4 kg/kWh")',
    ]);
  });

  it('a count of 8.5 is refused, never rounded', () => {
    const [problem] = errors(
      oneRun('model: { parameters: 7B }\nhardware: { accelerator: H100, count: "8.5", hours: 1 }'),
    );
    expect(problem).toMatchObject({ path: 'runs[0].hardware.count', message: 'count must be a whole number' });
  });

  it('says Infinity and NaN, not "null", when YAML gives them', () => {
    const messages = errors(
      oneRun('model: { parameters: .nan }\ntraining: { tokens: 1e400 }\nhardware: { accelerator: H100 }'),
    ).map((problem) => problem.message);
    expect(messages).toEqual(['expected a finite number, got NaN', 'expected a finite number, got Infinity']);
  });
});

describe('names as written', () => {
  it('reads the count in "8x H100" instead of dropping it', () => {
    expect(run('model: { parameters: 7B }\nhardware: { accelerator: 8x H100, hours: 10 }').hardware.count).toBe(8);
    const [problem] = errors(
      oneRun('model: { parameters: 7B }\nhardware: { accelerator: 8x H100, count: 4, hours: 1 }'),
    );
    expect(problem).toMatchObject({ path: 'runs[0].hardware.count' });
    expect(problem!.message).toBe('count is 4 but accelerator "8x H100" names 8');
  });

  it('reads precision, facility and method words people use, and suggests for the rest', () => {
    const only = run(
      'model: { parameters: 7B }\ntraining: { tokens: 1B, precision: bfloat16, method: LoRA }\nhardware: { accelerator: H100 }\nfacility: On_Prem',
    );
    expect([only.training!.precision, only.training!.method, only.facility]).toEqual(['bf16', 'lora', 'on-prem']);
    const [mixed] = errors(
      oneRun('model: { parameters: 7B }\ntraining: { tokens: 1B, precision: mixed }\nhardware: { accelerator: H100 }'),
    );
    expect(mixed!.message).toMatch(/got "mixed" \(for mixed precision write .*bf16 or fp16\)/);
    const [typo] = errors(
      oneRun('model: { parameters: 7B }\ntraining: { tokens: 1B, precision: bf61 }\nhardware: { accelerator: H100 }'),
    );
    expect(typo!.message).toMatch(/did you mean "bf16"/);
  });

  it('suggests the provider regions of a city', () => {
    const [problem] = errors(
      oneRun('model: { parameters: 7B }\nhardware: { accelerator: H100, hours: 1 }\nlocation: Frankfurt'),
    );
    expect(problem).toMatchObject({ path: 'runs[0].location', line: 6 });
    expect(problem!.hint).toMatch(/"aws:eu-central-1"/);
    expect(problem!.hint).toMatch(/"DE"/);
  });

  it('reads yes/no for calibrate and "1" for version', () => {
    const { manifest, problems } = parse(
      'version: "1"\ndefaults: { calibrate: yes }\nruns:\n  - id: r\n    model: { parameters: 1B }\n    hardware: { accelerator: T4, hours: 1 }\n',
    );
    expect(problems).toEqual([]);
    expect(manifest!.defaults.calibrate).toBe(true);
  });
});

describe('shapes as written', () => {
  const first = (text: string) => errors(text)[0]!;

  it('a top-level list of runs says to put it under runs:', () => {
    const problem = first('- id: a\n  model: { parameters: 1B }\n');
    expect(problem).toMatchObject({ line: 1, message: expect.stringMatching(/the manifest is a list/) });
    expect(problem.hint).toMatch(/version: 1.*runs:/);
  });

  it('a single run without the list, and runs keyed by name, say how to write the list', () => {
    expect(first('version: 1\nruns:\n  id: a\n  model: { parameters: 1B }\n').message).toMatch(
      /put "- " before the run/,
    );
    expect(first('version: 1\nruns:\n  bert:\n    model: { parameters: 1B }\n').message).toMatch(
      /write each run as "- id: <name>"/,
    );
  });

  it('run keys written at the top level say they belong to a run', () => {
    const problem = errors('version: 1\nid: a\nmodel: { parameters: 1B }\nruns: []\n').find(
      (candidate) => candidate.path === 'model',
    );
    expect(problem).toMatchObject({ line: 3 });
    expect(problem!.hint).toMatch(/belongs to a run/);
  });

  it('a section written as a value says which key it probably is', () => {
    const problem = first(oneRun('model: { parameters: 7B }\nhardware: "A100 80GB"'));
    expect(problem).toMatchObject({ path: 'runs[0].hardware', line: 5 });
    expect(problem.message).toMatch(/did you mean "hardware: \{ accelerator: "A100 80GB" \}"/);
  });

  it('logs written as one path say to make it a list; a log entry gets located errors', () => {
    expect(
      first(oneRun('model: { parameters: 1B }\nhardware: { accelerator: T4, hours: 1 }\nlogs: e.csv')).message,
    ).toMatch(/logs: \[e\.csv\]/);
    const problems = errors(
      oneRun(
        'model: { parameters: 1B }\nhardware: { accelerator: T4, hours: 1 }\nlogs:\n  - { path: e.csv, format: codecarbon-csv }\n  - { file: f.csv }',
      ),
    );
    expect(problems.map((problem) => [problem.path, problem.line])).toEqual([
      ['runs[0].logs[1].file', 8],
      ['runs[0].logs[0].format', 7],
    ]);
    expect(problems[0]!.hint).toBe('did you mean "path"?');
    expect(problems[1]!.message).toMatch(/did you mean "codecarbon"/);
  });

  it('camelCase and kebab-case keys name the snake_case key', () => {
    const hints = errors(
      oneRun('model: { parameters: 7B }\nhardware: { accelerator: H100, acceleratorHours: 10, power-watts: 300 }'),
    ).map((problem) => problem.hint);
    expect(hints).toEqual([
      'keys are lower-case snake_case: write "accelerator_hours"',
      'keys are lower-case snake_case: write "power_watts"',
    ]);
  });

  it('a key with no near neighbour in its section gets the nearest key elsewhere, or the list of its keys', () => {
    const [budget] = errors(
      `${oneRun('model: { parameters: 1B }\nhardware: { accelerator: T4, hours: 1 }')}budget: { max_co2e: 5 }\n`,
    );
    expect(budget!.hint).toBe('did you mean "total_co2e_kg"?');
    const [energy] = errors(
      oneRun('model: { parameters: 1B }\nhardware: { accelerator: T4, hours: 1 }\nenergy: 1.2 kWh'),
    );
    expect(energy!.hint).toMatch(/no energy field.*logs:/);
  });

  it('a far-off key of another section is not offered as a typo; common words for a note are', () => {
    const text =
      'version: 1\n1: x\nruns:\n  - id: r\n    model: { parameters: 1B }\n    hardware: { accelerator: T4, hours: 1 }\n    comment: hi\n';
    const problems = errors(text);
    expect(problems.map((problem) => [problem.path, problem.line])).toEqual([
      ['1', 2],
      ['runs[0].comment', 7],
    ]);
    expect(problems[0]!.hint).toMatch(/^the top level takes "version"/);
    expect(problems[1]!.hint).toBe('did you mean "description"?');
  });

  it('an empty list entry names the entry, not "0"', () => {
    const problem = first('version: 1\nruns:\n  -\n');
    expect(problem).toMatchObject({
      path: 'runs[0]',
      message: 'runs[0] must be a block of keys, got an empty value (null)',
    });
  });

  it('a numeric id says to quote it', () => {
    const problem = first(
      'version: 1\nruns:\n  - id: 123\n    model: { parameters: 1B }\n    hardware: { accelerator: T4, hours: 1 }\n',
    );
    expect(problem.message).toBe('id must be a string, got 123: quote it (id: "123") so it is not read as a number');
  });
});

describe('YAML as written', () => {
  it('reads merge keys (<<: *anchor) instead of calling them unknown', () => {
    const text = `version: 1
runs:
  - id: a
    model: { parameters: 1B }
    hardware: &hw { accelerator: A100, count: 8, hours: 2 }
  - id: b
    model: { parameters: 1B }
    hardware:
      <<: *hw
      count: 16
`;
    const { manifest, problems } = parse(text);
    expect(problems).toEqual([]);
    expect(manifest!.runs.map((each) => [each.hardware.accelerator, each.hardware.count, each.hardware.hours])).toEqual(
      [
        ['A100-SXM4-80GB', 8, 2],
        ['A100-SXM4-80GB', 16, 2],
      ],
    );
  });

  it('names a duplicate key, tabs and several documents in words, at their line', () => {
    const duplicate = errors(
      oneRun('model: { parameters: 1B }\nhardware: { accelerator: T4, hours: 1 }\nhardware: {}'),
    )[0]!;
    expect(duplicate).toMatchObject({ line: 6, message: 'duplicate key "hardware"' });
    const tab = errors('version: 1\nruns:\n  - id: a\n    model:\n\t  parameters: 1B\n')[0]!;
    expect(tab).toMatchObject({ line: 5, message: 'a tab is used to indent' });
    const documents = errors('version: 1\nruns: []\n---\nversion: 1\n')[0]!;
    expect(documents.message).toMatch(/several YAML documents/);
    expect(documents.message).not.toMatch(/parseAllDocuments/);
  });
});
