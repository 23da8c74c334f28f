// AMD, Google TPU, AWS Trainium/Inferentia, Apple silicon and a generic CPU. Peaks are dense TFLOP/s per chip.
import type { Accelerator } from './types.js';
import { GENERIC_CARD_EMBODIED } from './accelerator-sources.js';

const NO_POWER_PUBLISHED = 'no per-chip power is published; ml-carbon assumption (U), treat as provisional';
const TPU_DOCS = (version: string) => `Google Cloud TPU ${version} documentation (V)`;
const NEURON_DOCS = (chip: string) => `AWS Neuron documentation "${chip} Architecture" (V)`;
const APPLE = 'Apple product specifications and third-party measurements (U): GPU fp32 rate, package power under sustained GPU load';
const CHIP_EMBODIED_ASSUMED = {
  ...GENERIC_CARD_EMBODIED,
  source: `No published figure for this chip; ${GENERIC_CARD_EMBODIED.source}`,
};

export const OTHER_ACCELERATORS: Accelerator[] = [
  {
    id: 'MI250X', name: 'AMD Instinct MI250X', vendor: 'amd', kind: 'gpu', releaseYear: 2021, memoryGb: 128, generation: 'cdna2',
    aliases: ['AMD Instinct MI250X', 'MI250X', 'Instinct MI250X', 'AMD MI250X'],
    tdpWatts: { value: 560, source: 'zexron launch article reproducing the AMD table: 560 W (V)', year: 2021 },
    peakTflops: { value: { fp32: 95.7, fp16: 383, bf16: 383, int8: 383 }, source: 'AMD MI250X table via zexron and gpu.blog: 95.7 fp32 matrix, 383 fp16/bf16 (V)', year: 2021 },
    embodiedKgCo2e: GENERIC_CARD_EMBODIED,
  },
  {
    id: 'MI250', name: 'AMD Instinct MI250', vendor: 'amd', kind: 'gpu', releaseYear: 2021, memoryGb: 128, generation: 'cdna2',
    aliases: ['AMD Instinct MI250', 'MI250', 'Instinct MI250', 'AMD MI250'],
    tdpWatts: { value: 500, source: 'AMD MI250 board power 500 W (U)', year: 2021 },
    peakTflops: { value: { fp32: 90.5, fp16: 362.1, bf16: 362.1, int8: 362.1 }, source: 'AMD MI250 table via zexron (V)', year: 2021 },
    embodiedKgCo2e: GENERIC_CARD_EMBODIED,
  },
  {
    id: 'MI300X', name: 'AMD Instinct MI300X', vendor: 'amd', kind: 'gpu', releaseYear: 2023, memoryGb: 192, generation: 'cdna3',
    aliases: ['AMD Instinct MI300X', 'MI300X', 'Instinct MI300X', 'AMD MI300X', 'MI300X OAM'],
    tdpWatts: { value: 750, source: 'codesota, gpu.blog, aiwiki: 750 W, 192 GB (V)', year: 2023 },
    peakTflops: {
      value: { fp32: 163.4, tf32: 653.7, fp16: 1307.4, bf16: 1307.4, fp8: 2614.9, int8: 2614.9 },
      source: 'AMD MI300X datasheet dense figures (U: stored third-party pages disagree on throughput)', year: 2023, url: 'https://www.amd.com/en/products/accelerators/instinct/mi300/mi300x.html',
    },
    embodiedKgCo2e: GENERIC_CARD_EMBODIED,
    structuredSparsity: true,
  },
  {
    id: 'TPU-v2', name: 'Google TPU v2 (per chip)', vendor: 'google', kind: 'tpu', releaseYear: 2017, memoryGb: 16, generation: 'tpu-v2',
    aliases: ['TPU v2', 'tpu-v2', 'tpuv2', 'Google TPU v2', 'v2-8'],
    tdpWatts: { value: 280, source: 'Patterson et al. 2021 Table 4 and Green Algorithms TDP_gpu.csv: TPU v2 280 W (D); ML CO2 Impact lists the 221 W measured average', year: 2021 },
    peakTflops: { value: { bf16: 45, fp16: 45, fp32: 45 / 4 }, source: 'Google TPU v2 45 TFLOP/s bf16 per chip (U); fp32 assumed a quarter of bf16', year: 2017, url: 'https://cloud.google.com/tpu/docs/system-architecture-tpu-vm' },
    embodiedKgCo2e: CHIP_EMBODIED_ASSUMED,
  },
  {
    id: 'TPU-v3', name: 'Google TPU v3 (per chip)', vendor: 'google', kind: 'tpu', releaseYear: 2018, memoryGb: 32, generation: 'tpu-v3',
    aliases: ['TPU v3', 'tpu-v3', 'tpuv3', 'Google TPU v3', 'v3-8', 'v3'],
    tdpWatts: { value: 262, source: 'Google Cloud TPU v3 documentation: measured min/mean/max per chip 123/220/262 W (V)', year: 2023 },
    peakTflops: { value: { bf16: 123, fp16: 123, fp32: 123 / 4 }, source: `${TPU_DOCS('v3')} 123 TFLOP/s bf16; fp32 assumed a quarter of bf16`, year: 2023, url: 'https://cloud.google.com/tpu/docs/system-architecture-tpu-vm' },
    embodiedKgCo2e: CHIP_EMBODIED_ASSUMED,
  },
  {
    id: 'TPU-v4', name: 'Google TPU v4 (per chip)', vendor: 'google', kind: 'tpu', releaseYear: 2021, memoryGb: 32, generation: 'tpu-v4',
    aliases: ['TPU v4', 'tpu-v4', 'tpuv4', 'Google TPU v4', 'v4-8', 'v4'],
    tdpWatts: { value: 192, source: 'Google Cloud TPU v4 documentation: measured min/mean/max per chip 90/170/192 W (V)', year: 2023 },
    peakTflops: { value: { bf16: 275, fp16: 275, int8: 275, fp32: 275 / 4 }, source: `${TPU_DOCS('v4')} 275 TFLOP/s bf16/int8; fp32 assumed a quarter of bf16`, year: 2023, url: 'https://cloud.google.com/tpu/docs/v4' },
    embodiedKgCo2e: CHIP_EMBODIED_ASSUMED,
  },
  {
    id: 'TPU-v5e', name: 'Google TPU v5e (per chip)', vendor: 'google', kind: 'tpu', releaseYear: 2023, memoryGb: 16, generation: 'tpu-v5',
    aliases: ['TPU v5e', 'tpu-v5e', 'tpuv5e', 'Google TPU v5e', 'v5litepod', 'TPU v5 lite'],
    tdpWatts: { value: 200, source: `TPU v5e: ${NO_POWER_PUBLISHED} (set near TPU v4's 192 W max for an efficiency-tier chip)`, year: 2023 },
    peakTflops: { value: { bf16: 197, fp16: 197, int8: 393, fp32: 197 / 4 }, source: `${TPU_DOCS('v5e')} 197 bf16 / 393 int8; fp32 assumed a quarter of bf16`, year: 2023, url: 'https://cloud.google.com/tpu/docs/v5e' },
    embodiedKgCo2e: CHIP_EMBODIED_ASSUMED,
  },
  {
    id: 'TPU-v5p', name: 'Google TPU v5p (per chip)', vendor: 'google', kind: 'tpu', releaseYear: 2023, memoryGb: 95, generation: 'tpu-v5',
    aliases: ['TPU v5p', 'tpu-v5p', 'tpuv5p', 'Google TPU v5p', 'v5p'],
    tdpWatts: { value: 450, source: `TPU v5p: ${NO_POWER_PUBLISHED} (scaled from TPU v4 by bf16 peak and HBM)`, year: 2023 },
    peakTflops: { value: { bf16: 459, fp16: 459, int8: 918, fp32: 459 / 4 }, source: `${TPU_DOCS('v5p')} 459 bf16 (V); int8 918 (U); fp32 assumed a quarter of bf16`, year: 2023, url: 'https://cloud.google.com/tpu/docs/v5p' },
    embodiedKgCo2e: CHIP_EMBODIED_ASSUMED,
  },
  {
    id: 'TPU-v6e', name: 'Google TPU v6e Trillium (per chip)', vendor: 'google', kind: 'tpu', releaseYear: 2024, memoryGb: 32, generation: 'tpu-v6',
    aliases: ['TPU v6e', 'tpu-v6e', 'tpuv6e', 'Trillium', 'Google TPU v6e', 'TPU v6'],
    tdpWatts: { value: 300, source: `TPU v6e: ${NO_POWER_PUBLISHED} (Google states 67 % better energy efficiency than v5e at 4.7x its peak)`, year: 2024 },
    peakTflops: { value: { bf16: 918, fp16: 918, int8: 1836, fp32: 918 / 4 }, source: `${TPU_DOCS('v6e')} 918 bf16 / 1,836 int8; fp32 assumed a quarter of bf16`, year: 2024, url: 'https://cloud.google.com/tpu/docs/v6e' },
    embodiedKgCo2e: CHIP_EMBODIED_ASSUMED,
  },
  {
    id: 'Trainium', name: 'AWS Trainium (Trn1, per chip)', vendor: 'aws', kind: 'asic', releaseYear: 2022, memoryGb: 32, generation: 'trainium1',
    aliases: ['Trainium', 'Trainium1', 'trn1', 'AWS Trainium', 'trn1.32xlarge'],
    tdpWatts: { value: 200, source: `Trainium: ${NO_POWER_PUBLISHED}`, year: 2022 },
    peakTflops: { value: { fp32: 47.5, tf32: 190, fp16: 190, bf16: 190, fp8: 190, int8: 380 }, source: NEURON_DOCS('Trainium'), year: 2022, url: 'https://awsdocs-neuron.readthedocs-hosted.com/en/latest/general/arch/neuron-hardware/trainium.html' },
    embodiedKgCo2e: CHIP_EMBODIED_ASSUMED,
  },
  {
    id: 'Trainium2', name: 'AWS Trainium2 (per chip)', vendor: 'aws', kind: 'asic', releaseYear: 2024, memoryGb: 96, generation: 'trainium2',
    aliases: ['Trainium2', 'trn2', 'AWS Trainium2', 'trn2.48xlarge'],
    tdpWatts: { value: 500, source: `Trainium2: ${NO_POWER_PUBLISHED}`, year: 2024 },
    peakTflops: { value: { fp32: 181, tf32: 667, fp16: 667, bf16: 667, fp8: 1299 }, source: `${NEURON_DOCS('Trainium2')}; memory 96 GB (U)`, year: 2024, url: 'https://awsdocs-neuron.readthedocs-hosted.com/en/latest/general/arch/neuron-hardware/trainium2.html' },
    embodiedKgCo2e: CHIP_EMBODIED_ASSUMED,
  },
  {
    id: 'Inferentia', name: 'AWS Inferentia (Inf1, per chip)', vendor: 'aws', kind: 'asic', releaseYear: 2019, memoryGb: 8, generation: 'inferentia1',
    aliases: ['Inferentia', 'Inferentia1', 'inf1', 'AWS Inferentia'],
    tdpWatts: { value: 75, source: `Inferentia: ${NO_POWER_PUBLISHED}`, year: 2019 },
    peakTflops: { value: { fp16: 64, bf16: 64, int8: 128 }, source: NEURON_DOCS('Inferentia'), year: 2019, url: 'https://awsdocs-neuron.readthedocs-hosted.com/en/latest/general/arch/neuron-hardware/inferentia.html' },
    embodiedKgCo2e: CHIP_EMBODIED_ASSUMED,
  },
  {
    id: 'Inferentia2', name: 'AWS Inferentia2 (per chip)', vendor: 'aws', kind: 'asic', releaseYear: 2023, memoryGb: 32, generation: 'inferentia2',
    aliases: ['Inferentia2', 'inf2', 'AWS Inferentia2', 'inf2.48xlarge'],
    tdpWatts: { value: 150, source: `Inferentia2: ${NO_POWER_PUBLISHED}`, year: 2023 },
    peakTflops: { value: { fp32: 47.5, fp16: 190, bf16: 190, fp8: 190, int8: 380 }, source: NEURON_DOCS('Inferentia2'), year: 2023, url: 'https://awsdocs-neuron.readthedocs-hosted.com/en/latest/general/arch/neuron-hardware/inferentia2.html' },
    embodiedKgCo2e: CHIP_EMBODIED_ASSUMED,
  },
  apple('Apple-M1', 'Apple M1', 2020, 16, 2.6, 20, ['Apple M1', 'M1']),
  apple('Apple-M1-Pro', 'Apple M1 Pro', 2021, 32, 5.2, 40, ['Apple M1 Pro', 'M1 Pro']),
  apple('Apple-M1-Max', 'Apple M1 Max', 2021, 64, 10.4, 60, ['Apple M1 Max', 'M1 Max']),
  apple('Apple-M2', 'Apple M2', 2022, 24, 3.6, 22, ['Apple M2', 'M2']),
  apple('Apple-M2-Max', 'Apple M2 Max', 2023, 96, 13.6, 70, ['Apple M2 Max', 'M2 Max']),
  apple('Apple-M3', 'Apple M3', 2023, 24, 4.1, 22, ['Apple M3', 'M3']),
  apple('Apple-M3-Pro', 'Apple M3 Pro', 2023, 36, 7.4, 40, ['Apple M3 Pro', 'M3 Pro']),
  apple('Apple-M3-Max', 'Apple M3 Max', 2023, 128, 16.4, 80, ['Apple M3 Max', 'M3 Max']),
  {
    id: 'CPU', name: 'Generic server CPU socket', vendor: 'generic', kind: 'cpu', releaseYear: 2020, generation: 'cpu',
    aliases: ['cpu', 'generic-cpu', 'x86', 'generic cpu', 'Intel Xeon', 'AMD EPYC'],
    tdpWatts: { value: 150, source: 'Green Algorithms TDP_cpu.csv: Intel Xeon Gold 6148 150 W, a common HPC socket (D)', year: 2021 },
    peakTflops: { value: { fp32: 1.5, bf16: 1.5, fp16: 1.5, int8: 3 }, source: 'ml-carbon assumption: ~20 cores x 2.4 GHz x 32 FP32 FLOP/cycle (AVX-512 FMA) (U)', year: 2021 },
    embodiedKgCo2e: { value: 100, low: 50, high: 150, source: 'Teads/CCF extra CPU 100 kg (C)', year: 2023 },
  },
];

/** Apple silicon: training runs on the GPU through Metal; fp16/bf16 run at the fp32 rate on M1-M3 GPUs. */
function apple(id: string, name: string, releaseYear: number, memoryGb: number, fp32Tflops: number, watts: number, aliases: string[]): Accelerator {
  return {
    id, name, vendor: 'apple', kind: 'soc', releaseYear, memoryGb, generation: 'apple-silicon', aliases,
    tdpWatts: { value: watts, source: `${APPLE}: ~${watts} W package power`, year: releaseYear },
    peakTflops: { value: { fp32: fp32Tflops, fp16: fp32Tflops, bf16: fp32Tflops }, source: `${APPLE}: ${fp32Tflops} TFLOP/s fp32 GPU`, year: releaseYear },
    embodiedKgCo2e: {
      value: 50, low: 20, high: 100,
      source: 'Share of an Apple laptop product environmental report attributable to the SoC (U: ml-carbon assumption)',
      year: releaseYear,
    },
  };
}
