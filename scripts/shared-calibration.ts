// Locates and reads ../shared/calibration/published_runs.csv for the calibration and validation scripts.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCases } from '../src/accuracy/cases.js';
import { parseCsvRecords } from '../src/util/csv.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const publishedRunsPath = path.resolve(repoRoot, '../shared/calibration/published_runs.csv');

export function loadPublishedRuns() {
  if (!existsSync(publishedRunsPath)) {
    console.error(`${publishedRunsPath} not found: the calibration set lives outside the repository (../shared).`);
    process.exit(1);
  }
  return buildCases(parseCsvRecords(readFileSync(publishedRunsPath, 'utf8')));
}
