// Caps and hostile input (issue 11, manifest side): each is a located error, never a crash, an abort or a hang.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { estimateRun, totalOf } from '../../src/estimate/estimate.js';
import { localManifest } from '../../src/files/local.js';
import { LIMITS } from '../../src/manifest/limits.js';
import { parseManifest } from '../../src/manifest/parse.js';
import { analyze } from '../../src/pipeline.js';

const parse = (text: string) => parseManifest(text, 'ml-carbon.yml');
const run = (id: string, extra = '') =>
  `  - id: ${id}\n    model: { parameters: 1B }\n    training: { tokens: 1B }\n    hardware: { accelerator: T4 }\n${extra}`;

describe('numbers', () => {
  it.each([
    ['"1e400" as a string', 'parameters: "1e400"', 'runs[0].model.parameters', /finite number/],
    ['1e400 unquoted', 'parameters: 1e400', 'runs[0].model.parameters', /finite number/],
    ['an absurd finite count', 'parameters: 1e300', 'runs[0].model.parameters', /not plausible/],
  ])('%s is a located error', (_what, written, path, message) => {
    const { manifest, problems } = parse(
      `version: 1\nruns:\n  - id: r\n    model: { ${written} }\n    training: { tokens: 1B }\n    hardware: { accelerator: T4 }\n`,
    );
    expect(manifest!.runs).toEqual([]);
    expect(problems[0]).toMatchObject({ path, line: 4, severity: 'error' });
    expect(problems[0]!.message).toMatch(message);
  });

  it('the largest plausible inputs still give finite FLOPs and energy', () => {
    const { manifest, problems } = parse(
      'version: 1\nruns:\n  - id: r\n    model: { parameters: 1e15 }\n    training: { tokens: 1e17, epochs: 1e6 }\n    hardware: { accelerator: T4, count: 10000000 }\n    repeats: 1000000\n',
    );
    expect(problems).toEqual([]);
    const estimate = estimateRun(manifest!.runs[0]!);
    expect(Number.isFinite(estimate.flops!)).toBe(true);
    expect(Number.isFinite(estimate.co2eKg.high)).toBe(true);
  });
});

describe('YAML', () => {
  it('an alias bomb is a located error, not an abort', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let level = 1; level < 9; level++) {
      const previous = String.fromCharCode(96 + level);
      const name = String.fromCharCode(97 + level);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
    }
    const { manifest, problems } = parse(`version: 1\n${levels.join('\n')}\nruns: *i\n`);
    expect(manifest).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/aliases .* expand to too much data/);
  });
});

describe('caps', () => {
  it('on manifest size', () => {
    const text = `version: 1\n# ${'x'.repeat(LIMITS.manifestBytes)}\nruns:\n${run('r')}`;
    const { problems } = parse(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/characters; at most 1,048,576 are read/);
  });

  it('on run count', () => {
    const runs = Array.from({ length: LIMITS.runs + 1 }, (_, index) => `  - { id: r${index} }`).join('\n');
    const { problems } = parse(`version: 1\nruns:\n${runs}\n`);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path: 'runs', line: 3 });
    expect(problems[0]!.message).toMatch(/at most 2000 runs; split it into several manifests/);
  });

  it('on logs per run and per manifest', () => {
    const logs = (count: number) => `    logs: [${Array.from({ length: count }, () => 'e.csv').join(', ')}]\n`;
    const perRun = parse(`version: 1\nruns:\n${run('r', logs(LIMITS.logsPerRun + 1))}`);
    expect(perRun.problems[0]).toMatchObject({ path: 'runs[0].logs' });
    expect(perRun.problems[0]!.message).toMatch(/at most 10000 logs/);

    const runs = Array.from({ length: 3 }, (_, index) => run(`r${index}`, logs(LIMITS.logsPerRun / 2))).join('');
    const perManifest = parse(`version: 1\nruns:\n${runs}`);
    expect(perManifest.problems.map((problem) => problem.message)).toContain('the manifest names more than 10000 logs');
    expect(perManifest.manifest!.runs).toHaveLength(2);
  });

  it('a total over 150,000 runs does not overflow the stack', () => {
    const one = estimateRun(parse(`version: 1\nruns:\n${run('r')}`).manifest!.runs[0]!);
    const total = totalOf(Array.from({ length: 150_000 }, () => one));
    expect(total.co2eKg.value).toBeCloseTo(one.co2eKg.value * 150_000, 3);
  });
});

describe('the manifest through a symlink', () => {
  const root = mkdtempSync(join(tmpdir(), 'ml-carbon-symlink-'));
  const repo = join(root, 'repo');
  mkdirSync(join(repo, '.git'), { recursive: true });
  writeFileSync(join(root, 'outside.yml'), `version: 1\nruns:\n  - id: SECRET-CONTENT-42\n    model: { nope: 1 }\n`);
  symlinkSync(join(root, 'outside.yml'), join(repo, 'ml-carbon.yml'));

  it('leading out of the repository is refused without quoting its content', async () => {
    const analysis = await analyze({ head: localManifest(repo, 'ml-carbon.yml') });
    expect(analysis.hasErrors).toBe(true);
    expect(analysis.problems[0]!.message).toBe('manifest refused: it is a symlink to a file outside the repository');
    expect(JSON.stringify(analysis.problems)).not.toMatch(/SECRET-CONTENT/);
    expect(analysis.markdown).not.toMatch(/SECRET-CONTENT/);
  });

  it('makes the CLI exit 2', async () => {
    let stderr = '';
    const code = await runCli(['estimate', join(repo, 'ml-carbon.yml')], {
      stdout: () => {},
      stderr: (text) => {
        stderr += text;
      },
      cwd: root,
    });
    expect(code).toBe(2);
    expect(stderr).toMatch(/manifest refused/);
    expect(stderr).not.toMatch(/SECRET-CONTENT/);
  });
});

describe('a huge manifest on disk', () => {
  it('is refused by size without being read whole', async () => {
    const { openSync, closeSync, ftruncateSync, writeSync } = await import('node:fs');
    const repo = mkdtempSync(join(tmpdir(), 'ml-carbon-huge-'));
    const file = join(repo, 'ml-carbon.yml');
    const fd = openSync(file, 'w');
    writeSync(fd, 'version: 1\n# ');
    ftruncateSync(fd, 64 * 1024 * 1024); // sparse: 64 MB of NULs after the comment start
    closeSync(fd);
    const text = await localManifest(repo, 'ml-carbon.yml').files.readText('ml-carbon.yml');
    expect(text!.length).toBeLessThanOrEqual(16 * 1024 * 1024);
    expect(parse(text!).problems[0]!.message).toMatch(/at most 1,048,576 are read/);
  });
});

describe('the extremes the schema accepts', () => {
  it('still give a finite estimate and report', async () => {
    // Largest work on the slowest hardware the schema allows: 6 x 1e15 x 1e17 x 1e6 FLOPs at 1e-3 TFLOP/s x 0.001.
    const text = `version: 1
defaults: { carbon_intensity: 5000, pue: 3 }
runs:
  - id: huge
    model: { parameters: 1e15 }
    training: { tokens: 1e17, epochs: 1000000 }
    hardware: { accelerator: Slow-1, count: 10000000, tdp_watts: 100000, peak_tflops: 0.001, utilization: 0.001 }
    repeats: 1000000
    inference: { tokens_per_day: 1e16, days: 36500 }
`;
    const { manifest, problems } = parse(text);
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    const estimate = estimateRun(manifest!.runs[0]!);
    for (const value of [estimate.co2eKg.high, estimate.energyKwh.high, estimate.inference!.co2eKg.high])
      expect(Number.isFinite(value)).toBe(true);
    const analysis = await analyze({
      head: {
        manifestPaths: ['ml-carbon.yml'],
        files: { readText: async () => text, openStream: () => undefined },
      },
    });
    expect(analysis.markdown).toMatch(/huge/);
  });
});
