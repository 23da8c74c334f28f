import { expect } from 'vitest';
import { adviseRun } from '../../src/advice/advise.js';
import type { Advice } from '../../src/advice/types.js';
import { parseManifest } from '../../src/manifest/parse.js';
import type { Run } from '../../src/manifest/types.js';

/** One run from YAML (indented under `runs:` for you). */
export function runFrom(yaml: string): Run {
  const { manifest, problems } = parseManifest(`version: 1\nruns:\n  - id: r\n${yaml.trim().replace(/^/gm, '    ')}\n`, 't.yml');
  expect(problems).toEqual([]);
  return manifest!.runs[0]!;
}

export const adviceFor = (run: Run, id: string): Advice | undefined => adviseRun(run).find((advice) => advice.id === id);

// Embodied kg CO2e per accelerator-hour: (card + 300 kg host share) / (4 years x 8760 h).
export const A100_EMBODIED_PER_HOUR = (273 + 300) / 35040;
export const H100_EMBODIED_PER_HOUR = (575 + 300) / 35040;
export const T4_EMBODIED_PER_HOUR = (150 + 300) / 35040;

/**
 * A T4 serving hour at PUE 1 and 1000 g/kWh: 70 W TDP x 0.6 serving share x 1.25 host = 52.5 Wh -> 0.0525 kg, plus
 * the embodied share.
 */
export const T4_SERVING_KG_PER_HOUR = 0.0525 + T4_EMBODIED_PER_HOUR;
/** An A100 training hour at 800 W, PUE 1, 1000 g/kWh: 0.8 kWh x 1.25 host = 1 kWh -> 1 kg, plus embodied. */
export const A100_800W_KG_PER_HOUR = 1 + A100_EMBODIED_PER_HOUR;
