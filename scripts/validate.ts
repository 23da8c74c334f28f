// npm run validate: runs the engine on every usable published run and writes docs/validation.md.
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

const { hours, energy } = result.summary;
const pct = (value: number) => `${(value * 100).toFixed(1)} %`;
console.log(
  `(a) hours from FLOPs: ${hours.runs} runs, median abs. error ${pct(hours.medianAbsError)} (leave-one-out ${pct(hours.leaveOneOutMedianAbsError)}), inside range ${pct(hours.coverage)}`,
);
console.log(
  `(b) energy from hours: ${energy.runs} runs, median abs. error ${pct(energy.medianAbsError)} (leave-one-out ${pct(energy.leaveOneOutMedianAbsError)}), TDP method ${pct(energy.baselineMedianAbsError)}, inside range ${pct(energy.coverage)}, high/low max ${energy.maxHighOverLow.toFixed(2)}`,
);
const fromFlops = result.summary.energyFromFlops;
console.log(
  `(c) energy from FLOPs, no hours: ${fromFlops.runs} runs, median abs. error ${pct(fromFlops.medianAbsError)} (leave-one-out ${pct(fromFlops.leaveOneOutMedianAbsError)}), literature defaults ${pct(fromFlops.baselineMedianAbsError)}, inside range ${pct(fromFlops.coverage)}`,
);
const failed = Object.entries(targetsMet(result))
  .filter(([, ok]) => !ok)
  .map(([name]) => name);
console.log(failed.length ? `Targets missed: ${failed.join(', ')}` : 'All targets met.');
console.log(`Wrote ${path.relative(repoRoot, target)}`);
process.exitCode = failed.length ? 1 : 0;
