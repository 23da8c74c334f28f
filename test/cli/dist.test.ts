// The bundled CLI the way users run it: `node dist/cli.js` (the launcher) loading the bundle in dist/cli/ with its
// code cache, from the e2e tests' build of the current sources.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST_CLI, ensureBuilt, REPO_ROOT } from '../e2e/action-harness.js';

const CLI = DIST_CLI;

function runDist(args: string[], env: Record<string, string> = { ML_CARBON_NO_COMPILE_CACHE: '1' }) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(ensureBuilt, 300_000);

describe('dist/cli.js', () => {
  it("prints package.json's version, written in at build time", () => {
    const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
    expect(runDist(['--version'])).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  it('runs estimate from the bundle', () => {
    const result = runDist(['estimate', 'fixtures/example/head/ml-carbon.yml', '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).head.runs).toHaveLength(3);
    expect(runDist(['estimate', 'fixtures/example/head/ml-carbon.yml', '--format', 'text']).stdout).toMatch(
      /^ml-carbon estimate · /,
    );
  });

  it('writes output larger than a pipe holds to a reader that is slow to start, and stops quietly when the reader leaves', async () => {
    // 400 runs print ~400 kB of JSON, several times a pipe's 64 kB buffer: the writer must wait for the reader.
    const folder = mkdtempSync(join(tmpdir(), 'ml-carbon-stdout-'));
    const run = (i: number) =>
      `  - id: r${i}\n    model: { parameters: ${i + 1}B }\n    training: { tokens: 2B }\n    hardware: { accelerator: A100-SXM4-80GB, count: 8 }\n`;
    const manifest = join(folder, 'ml-carbon.yml');
    writeFileSync(manifest, `version: 1\nruns:\n${Array.from({ length: 400 }, (_, i) => run(i)).join('')}`);
    const env = { ...process.env, ML_CARBON_NO_COMPILE_CACHE: '1' };
    const slow = spawn(process.execPath, [CLI, 'estimate', manifest, '--json'], { env });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const chunks: Buffer[] = [];
    slow.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    const code = await new Promise((resolve) => slow.on('close', resolve));
    expect(code).toBe(0);
    const printed = Buffer.concat(chunks).toString('utf8');
    expect(printed.length).toBeGreaterThan(200_000);
    expect(JSON.parse(printed).head.runs).toHaveLength(400);

    const early = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" estimate "${manifest}" --json | head -c 10`], {
      encoding: 'utf8',
      env,
    });
    expect(early.stdout).toBe('{"schemaVe');
    expect(early.stderr).toBe('');
  }, 60_000);

  it('is executable', () => {
    expect(statSync(CLI).mode & 0o111).not.toBe(0);
    expect(execFileSync(CLI, ['--version'], { env: { ...process.env, ML_CARBON_NO_COMPILE_CACHE: '1' } })).toBeTruthy();
  });
});

describe('code cache', () => {
  it('keeps the cache in a per-user folder only its owner can open', () => {
    const cacheHome = mkdtempSync(join(tmpdir(), 'ml-carbon-cache-'));
    expect(runDist(['--version'], { XDG_CACHE_HOME: cacheHome }).code).toBe(0);
    const folder = join(cacheHome, 'ml-carbon', 'compile-cache');
    expect(statSync(folder).mode & 0o777).toBe(0o700);
    expect(readdirSync(folder).length).toBeGreaterThan(0);
  });

  it('does not use a folder others can write to', () => {
    const cacheHome = mkdtempSync(join(tmpdir(), 'ml-carbon-cache-'));
    const folder = join(cacheHome, 'ml-carbon', 'compile-cache');
    mkdirSync(folder, { recursive: true });
    chmodSync(folder, 0o777);
    expect(runDist(['--version'], { XDG_CACHE_HOME: cacheHome }).code).toBe(0);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('gives the same output with a cache, and replaces a damaged cache', () => {
    const cacheHome = mkdtempSync(join(tmpdir(), 'ml-carbon-cache-'));
    const args = ['estimate', 'fixtures/example/head/ml-carbon.yml', '--json'];
    const cold = runDist(args, { XDG_CACHE_HOME: cacheHome });
    const folder = join(cacheHome, 'ml-carbon', 'compile-cache');
    const [cache] = readdirSync(folder).filter((name) => name.includes('-estimate-'));
    expect(cache).toMatch(/\.v8$/);
    const file = join(folder, cache!);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(runDist(args, { XDG_CACHE_HOME: cacheHome })).toEqual(cold);
    writeFileSync(file, 'not a V8 code cache');
    expect(runDist(args, { XDG_CACHE_HOME: cacheHome })).toEqual(cold);
    expect(readFileSync(file, 'utf8')).not.toBe('not a V8 code cache');
    expect(JSON.parse(cold.stdout).head.runs).toHaveLength(3);
  });
});
