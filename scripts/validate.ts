// npm run validate: runs the engine on every usable published run (../shared/calibration: published_runs.csv and
// published_hours.csv, transcribed from the publications listed in scripts/derive-calibration.ts) and writes
// docs/validation.md, leading with leave-one-family-out figures.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FITTED_CALIBRATION } from '../src/data/calibration.generated.js';
import { renderValidation, targetsMet } from '../src/accuracy/markdown.js';
import { validate } from '../src/accuracy/validate.js';
import { loadPublishedRuns, repoRoot } from './shared-calibration.js';

const { cases, skipped } = loadPublishedRuns();
const result = validate(cases);
const target = path.join(repoRoot, 'docs/validation.md');
mkdirSync(path.dirname(target), { recursive: true });
writeFileSync(target, renderValidation(result, FITTED_CALIBRATION, skipped));

const { hours, energy, energyFromFlops } = result.summary;
const pct = (value: number) => `${(value * 100).toFixed(1)} %`;
const line = (name: string, s: typeof hours) =>
  `${name}: ${s.runs} runs, out of sample (leave one family out) median abs. error ${pct(s.leaveOneOutMedianAbsError)}, inside range ${pct(s.leaveOneOutCoverage)}; in sample ${pct(s.medianAbsError)}, ${pct(s.coverage)}`;
console.log(line('(a) hours from FLOPs', hours));
console.log(line('(b) energy from hours', energy));
console.log(line('(c) energy from FLOPs, no hours', energyFromFlops));
const failed = Object.entries(targetsMet(result))
  .filter(([, ok]) => !ok)
  .map(([name]) => name);
console.log(failed.length ? `Targets missed: ${failed.join(', ')}` : 'All targets met.');
console.log(`Wrote ${path.relative(repoRoot, target)}`);
process.exitCode = failed.length ? 1 : 0;
