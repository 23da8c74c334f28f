import { estimateManifest } from '../src/estimate/estimate.js';
import { parseManifest } from '../src/manifest/parse.js';
import type { Manifest } from '../src/manifest/types.js';

/** A manifest whose runs have exact figures: hours, power, PUE 1 and intensity given, so CO2e is easy to compute by hand. */
export function exactManifest(runs: Record<string, number>, budget = ''): Manifest {
  // A run with h hours at 800 W on one accelerator: 0.8 h kWh x 1.25 host = h kWh; at 1000 g/kWh -> h kg operational.
  const body = Object.entries(runs)
    .map(
      ([id, hours]) =>
        `  - id: ${id}\n    model: { parameters: 1B }\n    hardware: { accelerator: A100-SXM4-40GB, hours: ${hours}, power_watts: 800 }\n    pue: 1\n    carbon_intensity: 1000`,
    )
    .join('\n');
  const { manifest, problems } = parseManifest(`version: 1\nruns:\n${body}\n${budget}`, 'm.yml');
  if (problems.length) throw new Error(JSON.stringify(problems));
  return manifest!;
}

/** Embodied kg per accelerator-hour of an A100 40GB: (274 card + 300 host share) / (4 x 8760). */
export const A100_EMBODIED_PER_HOUR = 574 / 35040;

export const estimateOf = (manifest: Manifest) => estimateManifest(manifest);
