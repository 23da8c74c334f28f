// The bundled CLI the way users run it: `node dist/cli.js` (the launcher) loading dist/cli/index.js and its chunks,
// from the e2e tests' build of the current sources.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import module from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST_CLI, ensureBuilt, REPO_ROOT } from '../e2e/action-harness.js';

const CLI = DIST_CLI;
const hasCompileCache = typeof (module as { enableCompileCache?: unknown }).enableCompileCache === 'function';

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

  it('runs estimate from the bundle and its chunks', () => {
    const result = runDist(['estimate', 'fixtures/example/head/ml-carbon.yml', '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).head.runs).toHaveLength(3);
    expect(runDist(['estimate', 'fixtures/example/head/ml-carbon.yml', '--format', 'text']).stdout).toMatch(
      /^ml-carbon estimate · /,
    );
  });

  it('loads for `estimate --json` neither the badge renderer nor the text and markdown reports', () => {
    // A module hook (Node >= 20.6) lists every file the run loads; the chunks of dynamic imports carry their module's
    // name (scripts/build.mjs), so `badge-*.js` is the badge command with its renderer.
    const folder = mkdtempSync(join(tmpdir(), 'ml-carbon-loads-'));
    const log = join(folder, 'loaded.txt');
    const hooks = join(folder, 'hooks.mjs');
    writeFileSync(
      hooks,
      `import { appendFileSync } from 'node:fs';\nexport async function load(url, context, next) {\n  appendFileSync(${JSON.stringify(log)}, url + '\\n');\n  return next(url, context);\n}\n`,
    );
    const register = join(folder, 'register.mjs');
    writeFileSync(
      register,
      `import { register } from 'node:module';\nregister(${JSON.stringify(`file://${hooks}`)});\n`,
    );
    const result = spawnSync(
      process.execPath,
      ['--import', register, CLI, 'estimate', 'fixtures/example/head/ml-carbon.yml', '--json'],
      { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, ML_CARBON_NO_COMPILE_CACHE: '1' } },
    );
    expect(result.status).toBe(0);
    const loaded = readFileSync(log, 'utf8')
      .split('\n')
      .filter((url) => url.includes('/dist/cli/'))
      .map((url) => basename(url));
    expect(loaded).toContainEqual(expect.stringMatching(/^estimate-\w+\.js$/));
    expect(loaded.filter((name) => /^(badge|text|estimate-markdown|compare)-/.test(name))).toEqual([]);
    // The same check sees the renderers when they are used.
    writeFileSync(log, '');
    spawnSync(process.execPath, ['--import', register, CLI, 'estimate', 'fixtures/example/head/ml-carbon.yml'], {
      cwd: REPO_ROOT,
      env: { ...process.env, ML_CARBON_NO_COMPILE_CACHE: '1' },
    });
    expect(readFileSync(log, 'utf8')).toMatch(/\/estimate-markdown-\w+\.js/);
  });

  it('is executable', () => {
    expect(statSync(CLI).mode & 0o111).not.toBe(0);
    expect(execFileSync(CLI, ['--version'], { env: { ...process.env, ML_CARBON_NO_COMPILE_CACHE: '1' } })).toBeTruthy();
  });
});

describe.skipIf(!hasCompileCache)('compile cache (Node 22.1+; skipped on older Node, which has none)', () => {
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
});
