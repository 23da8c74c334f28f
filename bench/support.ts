// Small helpers for the benchmark: bundling workers, timing child processes, medians.
import { spawn, spawnSync } from 'node:child_process';
import { build } from 'esbuild';

/** Bundles a TypeScript worker to plain ESM, so it runs on bare node (no tsx in the measured process). */
export async function bundle(entry: string, outfile: string): Promise<string> {
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'warning',
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  });
  return outfile;
}

export interface Timed {
  wallSeconds: number;
  stdout: string;
  status: number | null;
}

/** Runs a command to completion; wall time from spawn to exit. */
export function timed(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Timed {
  const started = performance.now();
  const result = spawnSync(command, args, { ...options, encoding: 'utf8', maxBuffer: 1 << 28 });
  const wallSeconds = (performance.now() - started) / 1000;
  if (result.status !== 0 && result.status !== 1)
    throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${result.stderr?.slice(0, 2000)}`);
  return { wallSeconds, stdout: result.stdout, status: result.status };
}

/** Runs a node worker that prints one JSON line; returns it with the wall time around the process. */
export function worker<T>(node: string, script: string, args: string[]): T & { wallSeconds: number } {
  const run = timed(node, [script, ...args]);
  const line = run.stdout.trim().split('\n').at(-1) ?? '{}';
  return { ...(JSON.parse(line) as T), wallSeconds: run.wallSeconds };
}

/** Spawn to the first HTTP request the child makes to `url`'s server; the child is then stopped. */
export function spawnToFirstRequest(
  node: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
  firstRequest: Promise<number>,
  timeoutMs = 20_000,
): Promise<number | undefined> {
  const started = performance.now();
  const child = spawn(node, args, { ...options, stdio: 'ignore' });
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.kill();
      resolve(undefined);
    }, timeoutMs);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve(undefined);
    });
    firstRequest.then((at) => {
      clearTimeout(timer);
      child.kill();
      resolve((at - started) / 1000);
    });
  });
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function nodeVersion(node: string): string {
  return spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
}
