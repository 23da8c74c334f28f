// Reads the logs a manifest's runs name, through a FileReader, so the same code reads a checkout, git objects at
// the base SHA, or the contents API. Paths are relative to the manifest and may not leave the repository.
import path from 'node:path/posix';
import type { InputProblem } from '../errors.js';
import type { Manifest, Run } from '../manifest/types.js';
import type { FileReader } from '../util/file-reader.js';
import { checkLogPath } from './log-path.js';
import { readMeasurement } from './read.js';
import type { Measurement } from './types.js';

export interface RunLogs {
  /** Run id -> what its logs measured (files that could not be read are left out). */
  measurements: Map<string, Measurement[]>;
  problems: InputProblem[];
}

/** Optional capability of a FileReader: explains why a path may not be read (e.g. a symlink leaving the repository). */
export interface GuardedFileReader extends FileReader {
  refuse?(repoPath: string): Promise<string | undefined>;
}

/** What reading logs needs of a manifest: its file and each run's id, logs and line (validated or not yet). */
export type LogsOf = Pick<Manifest, 'file'> & { runs: readonly Pick<Run, 'id' | 'logs' | 'line'>[] };

export async function readRunLogs(manifest: LogsOf, files: GuardedFileReader): Promise<RunLogs> {
  const measurements = new Map<string, Measurement[]>();
  const problems: InputProblem[] = [];
  const manifestDir = path.dirname(manifest.file.replace(/\\/g, '/'));
  for (const [runIndex, run] of manifest.runs.entries()) {
    for (const [logIndex, log] of run.logs.entries()) {
      const field = `runs[${runIndex}].logs[${logIndex}]`;
      const where = { file: manifest.file, ...(run.line !== undefined ? { line: run.line } : {}), path: field };
      const checked = checkLogPath(manifest.file, manifestDir, log.path, field);
      if (!checked.ok) {
        problems.push({ ...checked.problem, ...where });
        continue;
      }
      const refusal = await files.refuse?.(checked.repoPath);
      if (refusal) {
        problems.push({
          ...where,
          message: `log path "${log.path}" refused: ${refusal}`,
          hint: 'logs must live in the repository',
          severity: 'error',
        });
        continue;
      }
      const stream = files.openStream(checked.repoPath);
      if (!stream) {
        problems.push({
          ...where,
          message: `log file ${checked.repoPath} not found; the run is estimated`,
          hint: 'paths in logs: are relative to the manifest',
          severity: 'warning',
        });
        continue;
      }
      const measurement = await readMeasurement(stream, checked.repoPath, log.format);
      problems.push(...measurement.warnings);
      measurements.set(run.id, [...(measurements.get(run.id) ?? []), measurement]);
    }
  }
  return { measurements, problems };
}
