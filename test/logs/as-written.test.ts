// Logs and log paths as people really leave them: Python's NaN in a Trainer state, a folder named as a log, and
// problems that point at the log entry's own line in the manifest.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { localFiles } from '../../src/files/local.js';
import { readRunLogs } from '../../src/logs/attach.js';
import { checkLogPath } from '../../src/logs/log-path.js';
import { manifestReferences, parseManifest } from '../../src/manifest/parse.js';
import { readText } from './helpers.js';

describe('Hugging Face Trainer state with NaN and Infinity (as Python json writes them)', () => {
  it('reads the figures and says NaN values were read as missing', async () => {
    const text =
      '{"log_history": [{"step": 1, "loss": NaN, "grad_norm": Infinity},' +
      ' {"step": 2, "train_runtime": 3600.0, "total_flos": 3.6e18, "note": "NaN stays a string"}]}';
    const measurement = await readText(text, 'hf-trainer');
    // train_runtime 3600 s = 1 h; total_flos read as written.
    expect([measurement.durationHours, measurement.flops]).toEqual([1, 3.6e18]);
    expect(measurement.warnings.map((warning) => warning.message)).toContain(
      'NaN or Infinity values (as Python writes them) were read as missing',
    );
  });

  it('a NaN total_flos is missing, not a number', async () => {
    const measurement = await readText('{"train_runtime": 7200, "total_flos": NaN}', 'hf-trainer');
    expect(measurement.durationHours).toBe(2);
    expect(measurement.flops).toBeUndefined();
  });
});

describe('logs no rule recognizes', () => {
  it('says when a spreadsheet re-saved CodeCarbon with semicolons', async () => {
    const measurement = await readText(
      'timestamp;project_name;run_id;duration;emissions;energy_consumed\n2024-01-01T10:00:00;p;x;3600;0,5;1,05\n',
    );
    expect(measurement.format).toBe('unknown');
    expect(measurement.warnings[0]).toMatchObject({ message: 'could not tell which tool wrote this log' });
    expect(measurement.warnings[0]!.hint).toMatch(/separated by ";".*comma-separated/);
  });

  it('says when CodeCarbon lost its energy column', async () => {
    const measurement = await readText('timestamp,project_name,duration,emissions\n2024-01-01T10:00:00,p,3600,0.5\n');
    expect(measurement.warnings[0]!.hint).toMatch(/without the energy_consumed column/);
  });
});

describe('log paths that name a folder', () => {
  it.each(['.', 'logs/', './'])('%j is refused as a folder before anything is read', (written) => {
    const checked = checkLogPath('ml-carbon.yml', '', written, 'runs[0].logs[0]');
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.problem.message).toBe(`log path "${written}" names a folder, not a file`);
  });

  const root = mkdtempSync(path.join(tmpdir(), 'ml-carbon-logs-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('an existing folder is refused as a folder, at the line of its log entry', async () => {
    mkdirSync(path.join(root, 'runs'));
    const text = `version: 1
runs:
  - id: r
    model: { parameters: 1B }
    hardware: { accelerator: T4, hours: 1 }
    logs:
      - missing.csv
      - runs
`;
    writeFileSync(path.join(root, 'ml-carbon.yml'), text);
    const references = manifestReferences(text, 'ml-carbon.yml');
    expect(references[0]!.logs.map((log) => log.line)).toEqual([7, 8]);
    const { problems } = await readRunLogs({ file: 'ml-carbon.yml', runs: references }, localFiles(root));
    expect(problems.map((problem) => [problem.path, problem.line, problem.severity])).toEqual([
      ['runs[0].logs[0]', 7, 'warning'],
      ['runs[0].logs[1]', 8, 'error'],
    ]);
    expect(problems[1]!.message).toBe('log path "runs" refused: it is a folder, not a file');
    expect(problems[1]!.hint).toMatch(/name the log file inside it/);
  });
});

describe('a manifest that is not text', () => {
  it('says it is binary or UTF-16 instead of quoting the bytes', () => {
    const [problem] = parseManifest('\u0000\u0001garbage', 'ml-carbon.yml').problems;
    expect(problem!.message).toMatch(/not UTF-8 text/);
  });
});
