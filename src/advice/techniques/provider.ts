// The cloud provider a run is placed with, from its location ("gcp:us-central1"); none for countries or no location.
import { resolveLocation } from '../../data/grid.js';
import type { CloudProvider, GridRegion } from '../../data/types.js';
import type { Run } from '../../manifest/types.js';

export function providerOf(run: Run): { provider: CloudProvider; region: GridRegion } | undefined {
  const region = run.location ? resolveLocation(run.location).found : undefined;
  return region?.provider ? { provider: region.provider, region } : undefined;
}
