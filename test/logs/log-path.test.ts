import { mkdtemp, mkdir, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLogPath } from '../../src/logs/log-path.js';
import { resolveLogPath } from '../../src/files/resolve-log-path.js';

describe('checkLogPath (no file system)', () => {
  it('joins the manifest folder and normalizes', () => {
    expect(checkLogPath('ml/ml-carbon.yml', 'ml', 'logs/../logs/emissions.csv')).toEqual({
      ok: true,
      repoPath: 'ml/logs/emissions.csv',
    });
    expect(checkLogPath('ml-carbon.yml', '', './emissions.csv')).toEqual({ ok: true, repoPath: 'emissions.csv' });
    expect(checkLogPath('ml/ml-carbon.yml', 'ml', '../shared/gpu.csv')).toEqual({
      ok: true,
      repoPath: 'shared/gpu.csv',
    });
  });

  it.each(['/etc/passwd', 'C:\\logs\\gpu.csv', '~/gpu.csv', '\\\\server\\share\\gpu.csv'])(
    'refuses the absolute path %s',
    (written) => {
      const result = checkLogPath('ml-carbon.yml', '', written);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problem.message).toMatch(/absolute/);
    },
  );

  it.each([
    ['', '../outside.csv'],
    ['ml', '../../x.csv'],
    ['ml', 'a/../../../x.csv'],
    ['', 'logs\\..\\..\\x.csv'],
  ])('refuses %s + %s climbing out', (dir, written) => {
    const result = checkLogPath('ml-carbon.yml', dir, written);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem.message).toMatch(/leaves the repository/);
      expect(result.problem.severity).toBe('error');
    }
  });
});

describe('resolveLogPath (shell side)', () => {
  it('accepts a file inside, refuses a symlink pointing outside, accepts a symlink pointing inside', async () => {
    const base = await mkdtemp(path.join(tmpdir(), 'ml-carbon-logs-'));
    const repo = path.join(base, 'repo');
    await mkdir(path.join(repo, 'ml', 'logs'), { recursive: true });
    await writeFile(path.join(repo, 'ml', 'logs', 'emissions.csv'), 'x');
    await writeFile(path.join(base, 'secret.txt'), 'x');
    await symlink(path.join(base, 'secret.txt'), path.join(repo, 'ml', 'logs', 'escape.csv'));
    await symlink(path.join(repo, 'ml', 'logs', 'emissions.csv'), path.join(repo, 'ml', 'inside.csv'));

    const inside = await resolveLogPath(repo, 'ml', 'logs/emissions.csv');
    expect(inside).toEqual({ ok: true, absolutePath: path.join(repo, 'ml', 'logs', 'emissions.csv') });
    const escaping = await resolveLogPath(repo, 'ml', 'logs/escape.csv');
    expect(escaping.ok).toBe(false);
    if (!escaping.ok) expect(escaping.problem.message).toMatch(/symlink .* outside the repository/);
    expect((await resolveLogPath(repo, 'ml', 'inside.csv')).ok).toBe(true);
    expect((await resolveLogPath(repo, 'ml', '../../secret.txt')).ok).toBe(false);
    // missing files are not this function's business
    expect((await resolveLogPath(repo, 'ml', 'logs/missing.csv')).ok).toBe(true);
  });
});
