// Steady-state training utilization by hardware generation, from tuned public benchmark tables, and the measured
// fp8 speed-up over bf16. Steady state is an upper bound on a whole run (restarts, evaluation and stragglers come on
// top): the calibration multiplies these levels by a whole-run realization factor fitted on published hours.
import type { AcceleratorKind, SourcedRange } from './types.js';

/** MFU at the bf16 dense peak while a tuned stack trains a 1 B-70 B transformer, between restarts. */
export interface SteadyStateLevel extends SourcedRange {
  /** Set when the benchmark only fixes the level relative to another generation measured by the same stack. */
  relativeTo?: { generation: string; ratio: number };
}

const LLM_FOUNDRY = 'https://github.com/mosaicml/llm-foundry/blob/main/scripts/train/benchmarking/README.md';
const TORCHTITAN = 'https://github.com/pytorch/torchtitan/blob/main/docs/performance.md';
const PALM = 'https://arxiv.org/abs/2204.02311';
const MAXTEXT = 'https://github.com/AI-Hypercomputer/maxtext';

export const STEADY_STATE_MFU: Record<string, SteadyStateLevel> = {
  volta: {
    value: 0.213,
    low: 0.213,
    high: 0.213,
    source: 'Chowdhery et al. 2022 (PaLM) Table 3: GPT-3 175B on V100, 21.3 % MFU',
    year: 2022,
    url: PALM,
  },
  ampere: {
    value: 0.54,
    low: 0.43,
    high: 0.64,
    source:
      'A100 bf16 steady-state MFU, median of MosaicML llm-foundry tables (43-64 %), PyTorch torchtitan Llama 3 8B/70B (50-58 %), MegaScale 175B on 12,288 A100 (55.2 %, Jiang et al. 2024) and MT-NLG 530B (30.2 %, PaLM Table 3)',
    year: 2024,
    url: LLM_FOUNDRY,
  },
  hopper: {
    value: 0.415,
    low: 0.33,
    high: 0.48,
    source:
      'H100 bf16 steady-state MFU, median of llm-foundry (36-46 %), Ai2 OLMo-core (39-48 %), torchtitan Llama 3.1 8B (33-39 %), Nemotron-4 340B (41-42 %) and Megatron-Core GPT-3 175B (40-47 %)',
    year: 2024,
    url: TORCHTITAN,
  },
  blackwell: {
    value: 0.387,
    low: 0.36,
    high: 0.41,
    relativeTo: { generation: 'hopper', ratio: 0.932 },
    source:
      'NVIDIA Megatron-Bridge 25.09 GB200 fp8 model TFLOP/s (Llama 3 8B/70B: 65-72 % of the bf16 dense peak) over NVIDIA NeMo 24.07 H100 fp8 (653-802 TFLOP/s: 66-81 % of the bf16 peak): 0.932 x the Hopper level, same stack and recipe. No whole-run Blackwell hours are published',
    year: 2025,
    url: 'https://docs.nvidia.com/nemo-framework/user-guide/latest/performance/performance-summary.html',
  },
  cdna2: {
    value: 0.36,
    low: 0.32,
    high: 0.384,
    source:
      'Dash et al. 2023, Optimizing Distributed Training on Frontier for Large Language Models (arXiv:2312.12705, abstract): 38.38 %, 36.14 % and 31.96 % of peak GPU throughput for 22 B, 175 B and 1 T models on MI250X (Megatron-DeepSpeed, steady-state throughput runs, not trained to completion); median 36.14 %',
    year: 2023,
    url: 'https://arxiv.org/abs/2312.12705',
  },
  'tpu-v3': {
    value: 0.325,
    low: 0.325,
    high: 0.325,
    source: 'PaLM Table 3: Gopher 280B on TPU v3, 32.5 % MFU',
    year: 2022,
    url: PALM,
  },
  'tpu-v4': {
    value: 0.462,
    low: 0.462,
    high: 0.462,
    source: 'Chowdhery et al. 2022 (PaLM 540B on 6,144 TPU v4): 46.2 % MFU',
    year: 2022,
    url: PALM,
  },
  'tpu-v5': {
    value: 0.62,
    low: 0.46,
    high: 0.71,
    source: 'Google MaxText tuned synthetic runs: TPU v5e 46-67 %, TPU v5p 64-71 % MFU (median of the two midpoints)',
    year: 2024,
    url: MAXTEXT,
  },
  'tpu-v6': {
    value: 0.425,
    low: 0.35,
    high: 0.5,
    source: 'Google MaxText model tiering: Llama 3.1 8B 45.5 %, 70B 50.3 %, 405B 38.6 %, Mixtral 35.2 % on TPU v6e',
    year: 2025,
    url: MAXTEXT,
  },
};

/** Generations with their own benchmark level, by kind; others of a kind take the kind's median (stated as such). */
const KIND_REFERENCE: Record<AcceleratorKind, 'gpu' | 'tpu'> = {
  gpu: 'gpu',
  tpu: 'tpu',
  asic: 'gpu',
  cpu: 'gpu',
  soc: 'gpu',
};
const TPU_GENERATIONS = new Set(['tpu-v3', 'tpu-v4', 'tpu-v5', 'tpu-v6']);

function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * The sourced steady-state level of a generation; for a generation no public benchmark covers, the median of the
 * benchmarked generations of its kind (GPUs for ASICs, CPUs and SoCs), with the span of those generations as range.
 */
export function steadyStateLevel(
  generation: string | undefined,
  kind: AcceleratorKind,
): SteadyStateLevel & { borrowed: boolean } {
  const own = generation ? STEADY_STATE_MFU[generation] : undefined;
  if (own) return { ...own, borrowed: false };
  const reference = KIND_REFERENCE[kind];
  const levels = Object.entries(STEADY_STATE_MFU)
    .filter(([name]) => TPU_GENERATIONS.has(name) === (reference === 'tpu'))
    .map(([, level]) => level.value);
  const value = Math.round(medianOf(levels) * 1000) / 1000;
  return {
    value,
    low: Math.min(...levels),
    high: Math.max(...levels),
    source: `no public steady-state benchmark for ${generation ?? kind}: the median of the benchmarked ${reference.toUpperCase()} generations (${Object.keys(
      STEADY_STATE_MFU,
    )
      .filter((name) => TPU_GENERATIONS.has(name) === (reference === 'tpu'))
      .join(', ')})`,
    year: 2025,
    url: reference === 'tpu' ? MAXTEXT : LLM_FOUNDRY,
    borrowed: true,
  };
}

/**
 * End-to-end fp8 training speed-up over bf16 (tokens per second), by generation with fp8 tensor cores. Measured on
 * Hopper; Ada and Blackwell use the same Transformer Engine fp8 recipes, so the Hopper figure is used for them.
 */
const HOPPER_FP8: SourcedRange = {
  value: 1.25,
  low: 1.16,
  high: 1.35,
  source:
    'Measured fp8 over bf16 tokens/s on H100: llm-foundry FP8 table, torchtitan Float8 (+28 % on Llama 3.1 8B), OLMo-core FP8 (+16-30 %)',
  year: 2025,
  url: TORCHTITAN,
};

export const FP8_SPEEDUP: Record<string, SourcedRange> = {
  hopper: HOPPER_FP8,
  ada: { ...HOPPER_FP8, source: `${HOPPER_FP8.source}; assumed for Ada (same fp8 tensor-core recipes)` },
  blackwell: { ...HOPPER_FP8, source: `${HOPPER_FP8.source}; assumed for Blackwell (same fp8 recipes)` },
};
