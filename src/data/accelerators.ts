// Accelerator table: TDP, dense peak throughput per precision, memory, embodied carbon.
// Throughput is dense (NVIDIA's "with sparsity" figures are exactly 2x these).
import type { Accelerator } from './types.js';
import { closest } from '../util/suggest.js';

const NVIDIA_DATASHEET = 'NVIDIA datasheet figures as tabulated in ml-carbon reference data (REFERENCE_DATA.md §1.1)';
const BOAVIZTA_EMBODIED = 'Bottom-up estimate with Boavizta GPU model and factors (REFERENCE_DATA.md §4.2); low: Teads/CCF 150 kg per GPU card';
const GENERIC_GPU_EMBODIED = { value: 150, low: 60, high: 575, source: 'Teads/CCF generic GPU card 150 kg; range ECODIAG 60 kg to Boavizta H100 575 kg (REFERENCE_DATA.md §4)', year: 2023 };

export const ACCELERATORS: Accelerator[] = [
  {
    id: 'V100-SXM2-32GB', name: 'NVIDIA V100 SXM2', vendor: 'nvidia', kind: 'gpu', releaseYear: 2017, memoryGb: 32,
    aliases: ['V100', 'Tesla V100', 'V100-SXM2', 'V100-SXM2-16GB', 'Tesla V100-SXM2-32GB', 'Tesla V100-SXM2-16GB'],
    tdpWatts: { value: 300, source: NVIDIA_DATASHEET, year: 2017 },
    peakTflops: { value: { fp32: 15.7, fp16: 125, bf16: 15.7 }, source: 'NVIDIA developer blog "Programming Tensor Cores in CUDA 9" (125 TFLOP/s tensor); V100 has no bf16 tensor cores', year: 2017 },
    embodiedKgCo2e: GENERIC_GPU_EMBODIED,
  },
  {
    id: 'T4', name: 'NVIDIA T4', vendor: 'nvidia', kind: 'gpu', releaseYear: 2018, memoryGb: 16,
    aliases: ['Tesla T4', 'NVIDIA T4'],
    tdpWatts: { value: 70, source: NVIDIA_DATASHEET, year: 2018 },
    peakTflops: { value: { fp32: 8.1, fp16: 65, int8: 130, int4: 260 }, source: NVIDIA_DATASHEET, year: 2018 },
    embodiedKgCo2e: GENERIC_GPU_EMBODIED,
  },
  {
    id: 'A10G', name: 'NVIDIA A10G', vendor: 'nvidia', kind: 'gpu', releaseYear: 2021, memoryGb: 24,
    aliases: ['NVIDIA A10G', 'A10G 24GB'],
    tdpWatts: { value: 150, source: 'ML CO2 Impact gpus.csv (150 W); CCF GPU table max 153 W', year: 2021 },
    peakTflops: { value: { fp32: 31.5, tf32: 62.5, fp16: 125, bf16: 125, int8: 250 }, source: 'ML CO2 Impact gpus.csv (fp32 31.52); tensor figures assumed equal to the A10 datasheet', year: 2021 },
    embodiedKgCo2e: GENERIC_GPU_EMBODIED,
    structuredSparsity: true,
  },
  {
    id: 'L4', name: 'NVIDIA L4', vendor: 'nvidia', kind: 'gpu', releaseYear: 2023, memoryGb: 24,
    aliases: ['NVIDIA L4'],
    tdpWatts: { value: 72, source: NVIDIA_DATASHEET, year: 2023 },
    peakTflops: { value: { fp32: 30.3, tf32: 60, fp16: 121, bf16: 121, fp8: 242.5, int8: 242.5 }, source: NVIDIA_DATASHEET, year: 2023 },
    embodiedKgCo2e: { value: 114, low: 60, high: 150, source: BOAVIZTA_EMBODIED, year: 2024 },
    structuredSparsity: true,
  },
  {
    id: 'A100-SXM4-40GB', name: 'NVIDIA A100 SXM4 40GB', vendor: 'nvidia', kind: 'gpu', releaseYear: 2020, memoryGb: 40,
    aliases: ['A100-SXM4-40GB', 'A100 40GB', 'A100-40GB', 'NVIDIA A100-SXM4-40GB'],
    tdpWatts: { value: 400, source: NVIDIA_DATASHEET, year: 2020 },
    peakTflops: { value: { fp32: 19.5, tf32: 156, fp16: 312, bf16: 312, int8: 624 }, source: NVIDIA_DATASHEET, year: 2020 },
    embodiedKgCo2e: { value: 273, low: 150, high: 318, source: BOAVIZTA_EMBODIED + '; high: Chien et al. 2023 A100 incl. host share 318 kg', year: 2024 },
    structuredSparsity: true,
  },
  {
    id: 'A100-SXM4-80GB', name: 'NVIDIA A100 SXM4 80GB', vendor: 'nvidia', kind: 'gpu', releaseYear: 2020, memoryGb: 80,
    aliases: ['A100', 'A100 80GB', 'A100-80GB', 'NVIDIA A100-SXM4-80GB', 'A100-SXM4'],
    tdpWatts: { value: 400, source: NVIDIA_DATASHEET, year: 2020 },
    peakTflops: { value: { fp32: 19.5, tf32: 156, fp16: 312, bf16: 312, int8: 624 }, source: NVIDIA_DATASHEET, year: 2020 },
    embodiedKgCo2e: { value: 273, low: 150, high: 318, source: BOAVIZTA_EMBODIED, year: 2024 },
    structuredSparsity: true,
  },
  {
    id: 'H100-SXM5-80GB', name: 'NVIDIA H100 SXM5 80GB', vendor: 'nvidia', kind: 'gpu', releaseYear: 2022, memoryGb: 80,
    aliases: ['H100', 'H100-SXM', 'H100-80GB', 'NVIDIA H100 80GB HBM3', 'H100 SXM5'],
    tdpWatts: { value: 700, source: NVIDIA_DATASHEET, year: 2022 },
    peakTflops: { value: { fp32: 67, tf32: 494.7, fp16: 989.4, bf16: 989.4, fp8: 1979, int8: 1979 }, source: NVIDIA_DATASHEET, year: 2022 },
    embodiedKgCo2e: { value: 575, low: 150, high: 575, source: BOAVIZTA_EMBODIED, year: 2024 },
    structuredSparsity: true,
  },
  {
    id: 'TPU-v3', name: 'Google TPU v3 (per chip)', vendor: 'google', kind: 'tpu', releaseYear: 2018, memoryGb: 32,
    aliases: ['TPU v3', 'tpuv3', 'v3'],
    tdpWatts: { value: 262, source: 'Google Cloud TPU v3 documentation (measured max per chip 262 W, mean 220 W)', year: 2023 },
    peakTflops: { value: { bf16: 123, fp32: 123 / 4 }, source: 'Google Cloud TPU v3 documentation (123 TFLOP/s bf16); fp32 assumed a quarter of bf16', year: 2023 },
    embodiedKgCo2e: GENERIC_GPU_EMBODIED,
  },
  {
    id: 'TPU-v4', name: 'Google TPU v4 (per chip)', vendor: 'google', kind: 'tpu', releaseYear: 2021, memoryGb: 32,
    aliases: ['TPU v4', 'tpuv4', 'v4'],
    tdpWatts: { value: 192, source: 'Google Cloud TPU v4 documentation (measured max per chip 192 W, mean 170 W)', year: 2023 },
    peakTflops: { value: { bf16: 275, int8: 275, fp32: 275 / 4 }, source: 'Google Cloud TPU v4 documentation (275 TFLOP/s bf16/int8); fp32 assumed a quarter of bf16', year: 2023 },
    embodiedKgCo2e: GENERIC_GPU_EMBODIED,
  },
  {
    id: 'RTX-4090', name: 'NVIDIA GeForce RTX 4090', vendor: 'nvidia', kind: 'gpu', releaseYear: 2022, memoryGb: 24,
    aliases: ['RTX 4090', 'GeForce RTX 4090', 'NVIDIA GeForce RTX 4090', '4090'],
    tdpWatts: { value: 450, source: 'NVIDIA GeForce RTX 4090 specifications (450 W TGP)', year: 2022 },
    peakTflops: { value: { fp32: 82.6, fp16: 165.2, bf16: 165.2, fp8: 330.3, int8: 660.6 }, source: 'Ada Lovelace whitepaper figures with FP32 accumulation (REFERENCE_DATA.md §1.2)', year: 2022 },
    embodiedKgCo2e: GENERIC_GPU_EMBODIED,
  },
  {
    id: 'CPU', name: 'Generic server CPU socket', vendor: 'generic', kind: 'cpu', releaseYear: 2020,
    aliases: ['cpu', 'generic-cpu', 'x86'],
    tdpWatts: { value: 150, source: 'Green Algorithms TDP_cpu.csv: Intel Xeon Gold 6148 150 W, a common HPC socket', year: 2021 },
    peakTflops: { value: { fp32: 1.5, bf16: 1.5, fp16: 1.5, int8: 3 }, source: 'ml-carbon assumption: ~20 cores x 2.4 GHz x 32 FP32 FLOP/cycle (AVX-512 FMA)', year: 2021 },
    embodiedKgCo2e: { value: 100, low: 50, high: 150, source: 'Teads/CCF extra CPU 100 kg', year: 2023 },
  },
];

/** Lower-cases and drops punctuation and vendor words so "NVIDIA A100-SXM4-80GB" and "a100 sxm4 80gb" match. */
export function normaliseAcceleratorName(name: string): string {
  return name
    .toLowerCase()
    .replace(/\b(nvidia|tesla|geforce|google|amd|instinct|aws)\b/g, '')
    .replace(/[^a-z0-9]/g, '');
}

const BY_NAME = new Map<string, Accelerator>();
for (const accelerator of ACCELERATORS) {
  for (const name of [accelerator.id, accelerator.name, ...accelerator.aliases]) {
    const key = normaliseAcceleratorName(name);
    if (!BY_NAME.has(key)) BY_NAME.set(key, accelerator);
  }
}

export type Resolution<T> = { found: T } | { found?: undefined; suggestions: string[] };

export function resolveAccelerator(name: string): Resolution<Accelerator> {
  const found = BY_NAME.get(normaliseAcceleratorName(name));
  if (found) return { found };
  return { suggestions: closest(name, ACCELERATORS.map((a) => a.id), 3, normaliseAcceleratorName) };
}

export function getAccelerator(id: string): Accelerator {
  const resolved = resolveAccelerator(id);
  if (!resolved.found) throw new Error(`unknown accelerator ${id}`);
  return resolved.found;
}
