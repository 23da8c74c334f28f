import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as commands from '../../src/action/workflow-commands.js';
import { parseOutputFile } from '../e2e/action-harness.js';

let written: string[];
beforeEach(() => {
  written = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    written.push(String(chunk));
    return true;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  process.exitCode = undefined;
});

describe('workflow commands', () => {
  it('escapes %, CR and LF in a message so it cannot start another command', () => {
    commands.warning('50% done\n::error::injected\r');
    expect(written).toEqual(['::warning::50%25 done%0A::error::injected%0D\n']);
  });
  it('pauses command processing around a log line whose text would read as a command, and only then', () => {
    commands.info('ml-carbon: run "a" has no log');
    commands.info('ml-carbon: note\n  ::add-mask::x\n::error::injected');
    expect(written[0]).toBe('ml-carbon: run "a" has no log\n');
    const token = written[1]!.match(/^::stop-commands::(ml-carbon-[0-9a-f-]{36})\n/)?.[1];
    expect(token).toBeDefined();
    expect(written[1]).toBe(
      `::stop-commands::${token}\nml-carbon: note\n  ::add-mask::x\n::error::injected\n::${token}::\n`,
    );
  });
  it('masks a secret, and fails the step with an error annotation', () => {
    commands.setSecret('t0k3n');
    commands.setFailed('broken');
    expect(written).toEqual(['::add-mask::t0k3n\n', '::error::broken\n']);
    expect(process.exitCode).toBe(1);
  });
  it('writes outputs as name<<delimiter blocks that keep line breaks, and appends to the job summary', () => {
    const folder = mkdtempSync(join(tmpdir(), 'ml-carbon-commands-'));
    const output = join(folder, 'output');
    const summary = join(folder, 'summary');
    writeFileSync(output, '');
    writeFileSync(summary, 'before\n');
    vi.stubEnv('GITHUB_OUTPUT', output);
    vi.stubEnv('GITHUB_STEP_SUMMARY', summary);
    commands.setOutput('co2e-kg', '12.5');
    commands.setOutput('multi', 'line one\nline two');
    commands.appendSummary('### report');
    expect(parseOutputFile(readFileSync(output, 'utf8'))).toEqual({ 'co2e-kg': '12.5', multi: 'line one\nline two' });
    expect(readFileSync(summary, 'utf8')).toBe('before\n### report\n');
  });
});
