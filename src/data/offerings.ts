// Which accelerators each cloud provider rents out, by canonical accelerator id (ids missing from ACCELERATORS are
// ignored, so the table may name accelerators the accelerator table has yet to describe).
import type { CloudProvider, Sourced } from './types.js';

export const PROVIDER_OFFERINGS: Record<CloudProvider, Sourced<string[]>> = {
  aws: {
    // p3/p3dn (V100), g4dn (T4), g5 (A10G), g6 (L4), p4d (A100 40GB), p4de (A100 80GB), p5 (H100)
    value: ['V100-SXM2-32GB', 'T4', 'A10G', 'L4', 'A100-SXM4-40GB', 'A100-SXM4-80GB', 'H100-SXM5-80GB'],
    source: 'Amazon EC2 accelerated computing instance types (P3, P4d, P4de, P5, G4dn, G5, G6)',
    year: 2024,
    url: 'https://aws.amazon.com/ec2/instance-types/#Accelerated_Computing',
  },
  gcp: {
    // N1 + V100/T4, G2 (L4), A2 standard (A100 40GB), A2 ultra (A100 80GB), A3 (H100), Cloud TPU v3/v4/v5e/v5p
    value: ['V100-SXM2-32GB', 'T4', 'L4', 'A100-SXM4-40GB', 'A100-SXM4-80GB', 'H100-SXM5-80GB', 'TPU-v3', 'TPU-v4', 'TPU-v5e', 'TPU-v5p'],
    source: 'Google Cloud GPU machine types (A3, A2, G2, N1) and Cloud TPU versions documentation',
    year: 2024,
    url: 'https://cloud.google.com/compute/docs/gpus',
  },
  azure: {
    // NCv3/NDv2 (V100), NCasT4_v3 (T4), ND A100 v4 (40GB), NDm A100 v4 (80GB), ND H100 v5
    value: ['V100-SXM2-32GB', 'T4', 'A100-SXM4-40GB', 'A100-SXM4-80GB', 'H100-SXM5-80GB'],
    source: 'Microsoft Azure GPU-optimized virtual machine sizes (NC, ND families)',
    year: 2024,
    url: 'https://learn.microsoft.com/azure/virtual-machines/sizes/overview#gpu-accelerated',
  },
};
