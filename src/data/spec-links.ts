// Where a reader can check an accelerator figure that carries no link of its own: the public dataset its source names,
// else the vendor's specification pages.
import type { Accelerator, Sourced, SourcedRange } from './types.js';

const DATASET_PAGES: [RegExp, string][] = [
  [/ML CO2 Impact/i, 'https://github.com/mlco2/impact'],
  [/Green Algorithms/i, 'https://github.com/GreenAlgorithms/green-algorithms-tool'],
  [/Teads|CCF/, 'https://www.cloudcarbonfootprint.org/docs/embodied-emissions'],
  [/Apple laptop product environmental report/i, 'https://www.apple.com/environment/'],
];

const VENDOR_PAGES: Record<string, string> = {
  nvidia: 'https://www.nvidia.com/en-us/data-center/',
  amd: 'https://www.amd.com/en/products/accelerators/instinct.html',
  google: 'https://cloud.google.com/tpu/docs/system-architecture-tpu-vm',
  aws: 'https://awsdocs-neuron.readthedocs-hosted.com/',
  apple: 'https://support.apple.com/specs',
  intel: 'https://www.intel.com/content/www/us/en/products/details/processors/ai-accelerators/gaudi.html',
  generic: 'https://github.com/GreenAlgorithms/green-algorithms-tool',
};
const GEFORCE_PAGE = 'https://www.nvidia.com/en-us/geforce/graphics-cards/';

function pageFor(accelerator: Accelerator, source: string): string | undefined {
  const dataset = DATASET_PAGES.find(([pattern]) => pattern.test(source));
  if (dataset) return dataset[1];
  if (accelerator.vendor === 'nvidia' && /GeForce|RTX [34]0/i.test(`${accelerator.name} ${source}`))
    return GEFORCE_PAGE;
  return VENDOR_PAGES[accelerator.vendor];
}

function linked<T extends Sourced<unknown> | SourcedRange>(entry: T, accelerator: Accelerator): T {
  return entry.url ? entry : { ...entry, url: pageFor(accelerator, entry.source) };
}

export function withSpecLinks(accelerator: Accelerator): Accelerator {
  return {
    ...accelerator,
    tdpWatts: linked(accelerator.tdpWatts, accelerator),
    peakTflops: linked(accelerator.peakTflops, accelerator),
    ...(accelerator.embodiedKgCo2e ? { embodiedKgCo2e: linked(accelerator.embodiedKgCo2e, accelerator) } : {}),
  };
}
