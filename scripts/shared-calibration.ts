// Locates and reads the calibration set in ../shared/calibration (published_runs.csv, published_hours.csv) for the
// calibration and validation scripts. The rows are transcriptions of the original publications; each row's `source`
// and `source_locator` columns name the paper, model card or blog post and the table it comes from.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCases, buildHoursCases } from '../src/accuracy/cases.js';
import { parseCsvRecords } from '../src/util/csv.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const calibrationDir = path.resolve(repoRoot, '../shared/calibration');
export const publishedRunsPath = path.join(calibrationDir, 'published_runs.csv');
export const publishedHoursPath = path.join(calibrationDir, 'published_hours.csv');

export function loadPublishedRuns() {
  for (const file of [publishedRunsPath, publishedHoursPath]) {
    if (!existsSync(file)) {
      console.error(`${file} not found: the calibration set lives outside the repository (../shared).`);
      process.exit(1);
    }
  }
  const { cases, skipped } = buildCases(parseCsvRecords(readFileSync(publishedRunsPath, 'utf8')));
  const hours = buildHoursCases(parseCsvRecords(readFileSync(publishedHoursPath, 'utf8')));
  return { cases: [...cases, ...hours], skipped };
}
