// Reads the logs a manifest's runs name, through a FileReader, so the same code reads a checkout, git objects at
// the base SHA, or the contents API. Paths are relative to the manifest and may not leave the repository.
// Bounded: each distinct file is read once however often it is named, at most MAX_LOG_FILES files per manifest and
// MAX_LOG_REFERENCES references, and a file larger than MAX_LOG_BYTES is an error (its run is estimated instead).
import path from 'node:path/posix';
import type { InputProblem } from '../errors.js';
import type { LogRef, Manifest, Run } from '../manifest/types.js';
import type { FileReader } from '../util/file-reader.js';
import { checkLogPath } from './log-path.js';
import { readMeasurement } from './read.js';
import type { Measurement } from './types.js';

/** Distinct log files read per manifest: each may cost an API request and a full parse. */
export const MAX_LOG_FILES = 100;
/** Log references (run × log entries) per manifest; repeats of one file cost a lookup, not a read. */
export const MAX_LOG_REFERENCES = 10_000;
/** GitHub refuses files over 100 MB; a log bigger than that is not one a repository can hold. */
export const MAX_LOG_BYTES = 100 * 1024 * 1024;

export interface RunLogs {
  /** Run id -> what its logs measured (files that could not be read are left out). */
  measurements: Map<string, Measurement[]>;
  problems: InputProblem[];
}

/** Optional capability of a FileReader: explains why a path may not be read (e.g. a symlink leaving the repository). */
export interface GuardedFileReader extends FileReader {
  refuse?(repoPath: string): Promise<string | undefined>;
}

export interface LogLimits {
  maxFiles: number;
  maxReferences: number;
  maxBytes: number;
}

const DEFAULT_LIMITS: LogLimits = {
  maxFiles: MAX_LOG_FILES,
  maxReferences: MAX_LOG_REFERENCES,
  maxBytes: MAX_LOG_BYTES,
};

type Where = { file: string; line?: number; path: string };
type Read = { measurement: Measurement } | { problem: Omit<InputProblem, keyof Where> } | { missing: true };

/** Counts bytes as they pass; stops (and says so) past the limit instead of reading on. */
async function* bounded(
  stream: AsyncIterable<Uint8Array>,
  maxBytes: number,
  over: () => void,
): AsyncIterable<Uint8Array> {
  let bytes = 0;
  for await (const chunk of stream) {
    bytes += chunk.length;
    if (bytes > maxBytes) {
      over();
      return;
    }
    yield chunk;
  }
}

async function readOnce(files: GuardedFileReader, repoPath: string, log: LogRef, limits: LogLimits): Promise<Read> {
  const refusal = await files.refuse?.(repoPath);
  if (refusal)
    return {
      problem: {
        message: `log path "${log.path}" refused: ${refusal}`,
        hint: /folder/.test(refusal)
          ? 'name the log file inside it, e.g. logs/emissions.csv'
          : 'logs must live in the repository',
        severity: 'error',
      },
    };
  const stream = files.openStream(repoPath);
  if (!stream) return { missing: true };
  let tooLarge = false;
  const measurement = await readMeasurement(
    bounded(stream, limits.maxBytes, () => (tooLarge = true)),
    repoPath,
    log.format,
  );
  if (tooLarge)
    return {
      problem: {
        message: `log file ${repoPath} is larger than ${Math.round(limits.maxBytes / 1024 / 1024)} MB and was not used; the run is estimated`,
        hint: 'commit a summary of the log (e.g. CodeCarbon emissions.csv rows for this run only)',
        severity: 'error',
      },
    };
  return { measurement };
}

/** What reading logs needs of a manifest: its file and each run's id, logs and line (validated or not yet). */
export type LogsOf = Pick<Manifest, 'file'> & { runs: readonly Pick<Run, 'id' | 'logs' | 'line'>[] };

export async function readRunLogs(
  manifest: LogsOf,
  files: GuardedFileReader,
  limits: LogLimits = DEFAULT_LIMITS,
): Promise<RunLogs> {
  const measurements = new Map<string, Measurement[]>();
  const problems: InputProblem[] = [];
  const manifestDir = path.dirname(manifest.file.replace(/\\/g, '/'));
  const reads = new Map<string, Promise<Read>>();
  let references = 0;
  let skippedReferences = 0;
  let skippedFiles = 0;
  for (const [runIndex, run] of manifest.runs.entries()) {
    for (const [logIndex, log] of run.logs.entries()) {
      const field = `runs[${runIndex}].logs[${logIndex}]`;
      const line = log.line ?? run.line;
      const where: Where = { file: manifest.file, ...(line !== undefined ? { line } : {}), path: field };
      if (++references > limits.maxReferences) {
        skippedReferences++;
        continue;
      }
      const checked = checkLogPath(manifest.file, manifestDir, log.path, field);
      if (!checked.ok) {
        problems.push({ ...checked.problem, ...where });
        continue;
      }
      const key = `${checked.repoPath}\0${log.format ?? ''}`;
      let read = reads.get(key);
      if (!read) {
        if (reads.size >= limits.maxFiles) {
          skippedFiles++;
          continue;
        }
        read = readOnce(files, checked.repoPath, log, limits);
        reads.set(key, read);
        // The first reference reports what went wrong with the file; later ones only use the result.
        const result = await read;
        if ('measurement' in result) problems.push(...result.measurement.warnings);
        if ('problem' in result) problems.push({ ...result.problem, ...where });
        if ('missing' in result)
          problems.push({
            ...where,
            message: `log file ${checked.repoPath} not found; the run is estimated`,
            hint: 'paths in logs: are relative to the manifest',
            severity: 'warning',
          });
      }
      const result = await read;
      if ('measurement' in result) measurements.set(run.id, [...(measurements.get(run.id) ?? []), result.measurement]);
    }
  }
  if (skippedFiles)
    problems.push({
      file: manifest.file,
      severity: 'error',
      message: `${skippedFiles} log reference(s) were not read: the manifest names more than ${limits.maxFiles} distinct log files`,
      hint: 'combine logs, or keep per-run summaries instead of raw logs',
    });
  if (skippedReferences)
    problems.push({
      file: manifest.file,
      severity: 'error',
      message: `${skippedReferences} log reference(s) were not read: the manifest has more than ${limits.maxReferences} log entries`,
      hint: 'name each log once per run',
    });
  return { measurements, problems };
}
