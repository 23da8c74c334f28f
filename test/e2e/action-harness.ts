// Runs the bundled dist/index.js in a child process the way the GitHub runner does: INPUT_* variables, an event file,
// a git workspace, output and summary files, and GITHUB_API_URL pointing at the emulator.
import { execFileSync, spawn } from 'node:child_process';
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
import { dirname, join, resolve } from 'node:path';
import type { GitHubEmulator } from '../support/github-emulator.js';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
export const DIST_ENTRY = join(REPO_ROOT, 'dist/index.js');

function newestMtime(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = join(folder, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

const isFresh = () =>
  existsSync(DIST_ENTRY) &&
  statSync(DIST_ENTRY).mtimeMs >= newestMtime(join(REPO_ROOT, 'src')) &&
  !readFileSync(DIST_ENTRY, 'utf8').includes('action placeholder');

/**
 * Builds dist/ (the same `npm run build` the release uses) when it is missing or older than src/. Test files run in
 * parallel workers: a lock folder (mkdir is atomic) keeps two builds from deleting each other's output.
 */
export async function ensureBuilt(): Promise<void> {
  const lock = join(REPO_ROOT, 'test-artifacts', '.build-lock');
  mkdirSync(dirname(lock), { recursive: true });
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
    if (!isFresh()) execFileSync('node', ['scripts/build.mjs'], { cwd: REPO_ROOT, stdio: 'ignore' });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export interface ActionRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** The JSON report the action wrote to RUNNER_TEMP, parsed (undefined when absent). */
  report: unknown;
}

/** Parses the GITHUB_OUTPUT file format written by @actions/core (name<<delimiter ... delimiter). */
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
  writeFileSync(files.event, JSON.stringify(options.payload));
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
  // The runner keeps hyphens and upper-cases the name: INPUT_GITHUB-TOKEN.
  for (const [name, value] of Object.entries(options.inputs))
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
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
  const result = { exitCode, stdout, stderr, outputs, summary: readFileSync(files.summary, 'utf8'), report };
  rmSync(scratch, { recursive: true, force: true });
  return result;
}
