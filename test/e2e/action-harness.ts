// Runs the bundled action (built from src/ into a temporary folder) in a child process the way the GitHub runner does: INPUT_* variables, an event file,
// a git workspace, output and summary files, and GITHUB_API_URL pointing at the emulator.
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { GitHubEmulator } from '../support/github-emulator.js';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
/**
 * The bundle under test: built from the current src/ into a temporary folder named after a hash of its inputs, so the
 * work tree (and the committed dist/, which CI checks for freshness separately) is never written.
 */
const BUILD_INPUTS = [
  'src',
  'scripts/build.mjs',
  'scripts/bundle-licenses.mjs',
  'scripts/cli-launcher.mjs',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
];

function hashInputs(): string {
  const hash = createHash('sha256');
  const add = (relative: string) => {
    const full = join(REPO_ROOT, relative);
    if (statSync(full).isDirectory()) {
      for (const name of readdirSync(full).sort()) add(join(relative, name));
    } else {
      hash.update(relative).update('\0').update(readFileSync(full)).update('\0');
    }
  };
  for (const input of BUILD_INPUTS) add(input);
  return hash.digest('hex').slice(0, 16);
}

const BUILD_ROOT = join(tmpdir(), `ml-carbon-e2e-${process.getuid?.() ?? 'user'}-${hashInputs()}`);
export const DIST_ENTRY = join(BUILD_ROOT, 'dist', 'index.js');
/** The CLI's launcher in the same build (it loads the CLI bundle in dist/cli/). */
export const DIST_CLI = join(BUILD_ROOT, 'dist', 'cli.js');

/**
 * Builds the action (the same scripts/build.mjs the release uses, with `--out`) unless this source was built already.
 * Test files run in parallel workers: a lock folder (mkdir is atomic) keeps two builds from deleting each other's
 * output.
 */
export async function ensureBuilt(): Promise<void> {
  mkdirSync(BUILD_ROOT, { recursive: true, mode: 0o700 });
  const lock = join(BUILD_ROOT, '.build-lock');
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      const held = statSync(lock, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > 300_000) rmSync(lock, { recursive: true, force: true });
      await new Promise((done) => setTimeout(done, 200));
    }
  }
  try {
    if (!existsSync(DIST_ENTRY))
      execFileSync('node', ['scripts/build.mjs', '--out', join(BUILD_ROOT, 'dist')], {
        cwd: REPO_ROOT,
        stdio: 'ignore',
      });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export interface ActionRun {
  exitCode: number;
  /** Wall-clock time of the step. */
  elapsedMs: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** The JSON report the action wrote to RUNNER_TEMP, parsed (undefined when absent). */
  report: unknown;
}

/** Parses the GITHUB_OUTPUT file format (name<<delimiter ... delimiter, as GitHub documents it). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i]!);
      outputs[name!] = value.join('\n');
    } else if (lines[i]!.includes('=')) {
      const at = lines[i]!.indexOf('=');
      outputs[lines[i]!.slice(0, at)] = lines[i]!.slice(at + 1);
    }
  }
  return outputs;
}

export interface RunOptions {
  emulator: GitHubEmulator;
  workspace: string;
  eventName: string;
  payload: unknown;
  inputs: Record<string, string>;
  sha: string;
  /** Extra runner variables; undefined removes one (e.g. GITHUB_REPOSITORY). */
  env?: Record<string, string | undefined>;
  /** The event file's raw text instead of the JSON payload; null leaves no file at GITHUB_EVENT_PATH. */
  rawEvent?: string | null;
}

export async function runAction(options: RunOptions): Promise<ActionRun> {
  const scratch = mkdtempSync(join(tmpdir(), 'ml-carbon-runner-'));
  const files = {
    event: join(scratch, 'event.json'),
    output: join(scratch, 'output'),
    summary: join(scratch, 'summary.md'),
    temp: join(scratch, 'temp'),
  };
  mkdirSync(files.temp);
  if (options.rawEvent !== null) writeFileSync(files.event, options.rawEvent ?? JSON.stringify(options.payload));
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  // Start from a clean environment: nothing of the host's own CI leaks in.
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? scratch,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: `${options.emulator.owner}/${options.emulator.repo}`,
    GITHUB_REPOSITORY_OWNER: options.emulator.owner,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_SHA: options.sha,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: files.temp,
    GITHUB_API_URL: options.emulator.apiUrl,
    GITHUB_GRAPHQL_URL: options.emulator.enterprise
      ? `${options.emulator.url}/api/graphql`
      : `${options.emulator.url}/graphql`,
    GITHUB_SERVER_URL: 'https://github.example.test',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    ML_CARBON_RETRY_BASE_MS: '20',
  };
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  // The runner keeps hyphens and upper-cases the name: INPUT_GITHUB-TOKEN.
  for (const [name, value] of Object.entries(options.inputs))
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const started = Date.now();
  // ML_CARBON_E2E_NODE runs the action on another Node, e.g. the runner's Node 24 (.ci/run sets it).
  const child = spawn(process.env.ML_CARBON_E2E_NODE || process.execPath, [DIST_ENTRY], {
    cwd: options.workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exitCode = await new Promise<number>((done) => child.on('close', (code) => done(code ?? -1)));
  const outputs = parseOutputFile(readFileSync(files.output, 'utf8'));
  const reportPath = outputs['report-json'];
  const report = reportPath && existsSync(reportPath) ? JSON.parse(readFileSync(reportPath, 'utf8')) : undefined;
  const elapsedMs = Date.now() - started;
  const summary = readFileSync(files.summary, 'utf8');
  const result = { exitCode, elapsedMs, stdout, stderr, outputs, summary, report };
  rmSync(scratch, { recursive: true, force: true });
  return result;
}
