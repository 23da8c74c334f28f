// Which accelerators each cloud provider rents out, by canonical accelerator id (ids missing from ACCELERATORS are
// ignored, so the table may name accelerators the accelerator table has yet to describe).
import type { CloudProvider, Sourced } from './types.js';

export const PROVIDER_OFFERINGS: Record<CloudProvider, Sourced<string[]>> = {
  aws: {
    // p3/p3dn (V100), g4dn (T4), g5 (A10G), g6 (L4), g6e (L40S), p4d (A100 40GB), p4de (A100 80GB), p5 (H100),
    // p5e (H200), p6 (B200), trn1/trn2 (Trainium), inf2 (Inferentia2)
    value: [
      'V100-SXM2-16GB',
      'V100-SXM2-32GB',
      'T4',
      'A10G',
      'L4',
      'L40S',
      'A100-SXM4-40GB',
      'A100-SXM4-80GB',
      'H100-SXM5-80GB',
      'H200-SXM-141GB',
      'B200',
      'Trainium',
      'Trainium2',
      'Inferentia2',
    ],
    source:
      'Amazon EC2 accelerated computing instance types (P3, P4d, P4de, P5, P5e, P6, G4dn, G5, G6, G6e, Trn1, Trn2, Inf2)',
    year: 2024,
    url: 'https://aws.amazon.com/ec2/instance-types/#Accelerated_Computing',
  },
  gcp: {
    // N1 + V100/T4, G2 (L4), A2 standard (A100 40GB), A2 ultra (A100 80GB), A3 (H100), A3 Ultra (H200), A4 (B200),
    // Cloud TPU v3/v4/v5e/v5p/v6e
    value: [
      'V100-SXM2-16GB',
      'T4',
      'L4',
      'A100-SXM4-40GB',
      'A100-SXM4-80GB',
      'H100-SXM5-80GB',
      'H200-SXM-141GB',
      'B200',
      'TPU-v3',
      'TPU-v4',
      'TPU-v5e',
      'TPU-v5p',
      'TPU-v6e',
    ],
    source: 'Google Cloud GPU machine types (A4, A3, A2, G2, N1) and Cloud TPU versions documentation',
    year: 2024,
    url: 'https://cloud.google.com/compute/docs/gpus',
  },
  azure: {
    // NCv3/NDv2 (V100), NCasT4_v3 (T4), NVadsA10 v5 (A10), ND A100 v4 (40GB), NDm A100 v4 (80GB), NC A100 v4 (PCIe 80GB),
    // ND H100 v5, NC H100 v5 (H100 NVL), ND H200 v5, ND MI300X v5
    value: [
      'V100-SXM2-16GB',
      'V100-SXM2-32GB',
      'T4',
      'A10',
      'A100-SXM4-40GB',
      'A100-SXM4-80GB',
      'A100-PCIE-80GB',
      'H100-SXM5-80GB',
      'H100-NVL',
      'H200-SXM-141GB',
      'MI300X',
    ],
    source: 'Microsoft Azure GPU-accelerated virtual machine sizes (NC, ND, NV families)',
    year: 2024,
    url: 'https://learn.microsoft.com/azure/virtual-machines/sizes/overview#gpu-accelerated',
  },
};
