import { expect } from 'vitest';
import { adviseRun, type AdviceOptions } from '../../src/advice/advise.js';
import type { Advice } from '../../src/estimate/advice-result.js';
import { getAccelerator } from '../../src/data/accelerators.js';
import {
  EMBODIED_LIFETIME_YEARS,
  HOST_EMBODIED_PER_ACCELERATOR_KG,
  SERVING_BUSY_SHARE_OF_TDP,
  SERVING_IDLE_SHARE_OF_TDP,
} from '../../src/data/defaults.js';
import { exact } from '../../src/estimate/range.js';
import { parseManifest } from '../../src/manifest/parse.js';
import type { Run } from '../../src/manifest/types.js';

/** One run from YAML (indented under `runs:` for you). */
export function runFrom(yaml: string): Run {
  const { manifest, problems } = parseManifest(
    `version: 1\nruns:\n  - id: r\n${yaml.trim().replace(/^/gm, '    ')}\n`,
    't.yml',
  );
  expect(problems).toEqual([]);
  return manifest!.runs[0]!;
}

/**
 * Training defaults pinned, so the arithmetic below holds whatever the calibrated defaults are: a card without a
 * given power draws 0.8 x TDP, and a run without a given utilization reaches 0.5 of peak.
 */
export const PINNED: AdviceOptions = {
  estimateOptions: { calibration: { powerFractionOfTdp: exact(0.8), utilization: exact(0.5) } },
};

export const adviceFor = (run: Run, id: string, options: AdviceOptions = PINNED): Advice | undefined =>
  adviseRun(run, options).find((advice) => advice.id === id);

/** Embodied kg CO2e per accelerator-hour: (card + host share) / (service life x 8760 h), from the data tables. */
export function embodiedPerHour(acceleratorId: string): number {
  const card = getAccelerator(acceleratorId).embodiedKgCo2e?.value ?? 0;
  return (card + HOST_EMBODIED_PER_ACCELERATOR_KG.value) / (EMBODIED_LIFETIME_YEARS.value * 8760);
}

/** kg CO2e per training hour at PUE 1 and 1000 g/kWh: watts x 1.25 host overhead / 1000 -> kg, plus embodied. */
export const trainingKgPerHour = (acceleratorId: string, watts: number): number =>
  (watts * 1.25) / 1000 + embodiedPerHour(acceleratorId);

/**
 * The same for an hour of serving work: provisioned accelerators draw the idle share around the clock, and each busy
 * hour adds (busy - idle) x TDP; embodied carbon follows the provisioned hours, so busy hours carry none.
 */
export const servingKgPerHour = (acceleratorId: string): number =>
  (getAccelerator(acceleratorId).tdpWatts.value *
    (SERVING_BUSY_SHARE_OF_TDP.value - SERVING_IDLE_SHARE_OF_TDP.value) *
    1.25) /
  1000;

/** An A100 training hour at a given 800 W: 0.8 kWh x 1.25 host = 1 kWh -> 1 kg, plus embodied. */
export const A100_800W_KG_PER_HOUR = trainingKgPerHour('A100', 800);
