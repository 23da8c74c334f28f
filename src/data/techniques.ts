// Effect sizes of efficiency techniques, each with the paper (or vendor document), figure and year it comes from,
// and how the advice engine maps it onto a Run (each entry's url opens the original).
import type { Sourced } from './types.js';

/** A published effect with the plain-language claim it rests on. */
export interface Effect extends Sourced<number> {
  /** The published claim, briefly, in the source's own terms. */
  claim: string;
}

/**
 * Training in mixed precision (fp16/bf16 with fp32 master weights) instead of fp32: wall-clock speed-up at most this
 * factor, and never more than the accelerator's peak ratio. Mapping: training work ÷ min(peak ratio, cap).
 */
export const MIXED_PRECISION_SPEEDUP_GPU: Effect = {
  value: 3,
  claim:
    'automatic mixed precision trains up to 3x faster on Tensor-Core GPUs; memory roughly halved, accuracy unchanged',
  source:
    'TensorFlow mixed-precision guide (">3x on modern GPUs"); NVIDIA Automatic Mixed Precision documentation ("up to 3x")',
  year: 2020,
  url: 'https://www.tensorflow.org/guide/mixed_precision',
};

export const MIXED_PRECISION_SPEEDUP_TPU: Effect = {
  value: 1.6,
  claim: 'mixed precision gives about +60% on TPUs',
  source: 'TensorFlow mixed-precision guide',
  year: 2020,
  url: 'https://www.tensorflow.org/guide/mixed_precision',
};

/**
 * FP8 training (Transformer Engine / float8 recipes) over bf16 on Hopper-class GPUs. Peak is 2x; measured end-to-end
 * gains are far lower. Mapping: training work ÷ min(peak ratio, this).
 */
export const FP8_TRAINING_SPEEDUP: Effect = {
  value: 1.25,
  claim:
    'Llama3-8B FP8 training ~25% faster than bf16 (torchao); 1.3-1.7x reported with Transformer Engine on large models; GPT-2 scale only ~5-7%',
  source:
    'torchao float8 training results (PyTorch, 2025); NVIDIA Transformer Engine benchmarks; A. Karpathy nanochat notes (2025)',
  year: 2025,
  url: 'https://github.com/pytorch/ao/tree/main/torchao/float8',
};

/**
 * Serving speed relative to fp16/bf16 serving, by precision. fp32 from the mixed-precision cap (fp16 up to 3x fp32);
 * int8 from INT8 tensor peaks being 2x FP16 on T4/A100/H100 (an upper bound; Q8BERT: speed-up only on INT8 hardware);
 * int4 weight-only from GPTQ's measured end-to-end decode speed-up on A100 (memory-bound, so no int4 math needed).
 */
export const SERVING_SPEED_VS_HALF_PRECISION: Record<
  'fp32' | 'tf32' | 'fp16' | 'bf16' | 'fp8' | 'int8' | 'int4',
  Effect
> = {
  fp32: {
    ...MIXED_PRECISION_SPEEDUP_GPU,
    value: 1 / 3,
    claim: 'fp16 serves up to 3x faster than fp32 on Tensor-Core GPUs',
  },
  tf32: {
    value: 1 / 2,
    claim: 'TF32 tensor peak is half the fp16 peak on A100/H100',
    source: 'NVIDIA A100/H100 datasheets',
    year: 2022,
  },
  fp16: { value: 1, claim: 'reference', source: 'reference point', year: 2024 },
  bf16: { value: 1, claim: 'reference', source: 'reference point', year: 2024 },
  fp8: {
    value: 2,
    claim: 'FP8 tensor peak is 2x bf16 on H100/L4 (upper bound)',
    source: 'NVIDIA H100 and L4 datasheets',
    year: 2022,
  },
  int8: {
    value: 2,
    claim:
      'Q8BERT: 4x smaller weights with minimal accuracy loss, faster only on INT8-capable hardware; INT8 tensor peak is 2x FP16 (upper bound)',
    source: 'Zafrir et al. 2019, Q8BERT: Quantized 8Bit BERT (abstract); NVIDIA T4/A100/H100 datasheets',
    year: 2019,
    url: 'https://arxiv.org/abs/1910.06188',
  },
  int4: {
    value: 3.25,
    claim:
      'GPTQ 3-4-bit weights: negligible accuracy loss, end-to-end inference 3.25x faster than FP16 on A100 (4.5x on A6000)',
    source: 'Frantar et al. 2022, GPTQ (abstract)',
    year: 2022,
    url: 'https://arxiv.org/abs/2210.17323',
  },
};

/** GPTQ quantises a 175B model in about 4 GPU-hours on one A100; the one-time cost is scaled linearly by parameters. */
export const GPTQ_A100_HOURS_PER_175B: Effect = {
  value: 4,
  claim: 'OPT-175B / BLOOM-176B quantised in approximately four GPU hours',
  source: 'Frantar et al. 2022, GPTQ (abstract)',
  year: 2022,
  url: 'https://arxiv.org/abs/2210.17323',
};

/**
 * DistilBERT: 40% fewer parameters (66M vs 110M), 60% faster, 97% of BERT's GLUE score. Mapping: the served model's
 * parameters x 0.6, so serving FLOPs (2N per token) x 0.6 (the paper's latency is x 0.625). The one-time cost is a
 * task-specific distillation pass over the run's training data: student 6 x 0.6N plus teacher forward 2N FLOPs per
 * token = 5.6N, i.e. 0.933 of one repeat of the original training.
 */
export const DISTILBERT_PARAMETER_RATIO: Effect = {
  value: 0.6,
  claim: 'reduces the size of a BERT model by 40%, retaining 97% of its language understanding and being 60% faster',
  source: 'Sanh et al. 2019, DistilBERT, a distilled version of BERT (abstract)',
  year: 2019,
  url: 'https://arxiv.org/abs/1910.01108',
};
export const DISTILBERT_QUALITY_KEPT = 0.97;

/**
 * 2:4 structured sparsity doubles dense tensor-core math throughput on Ampere and later. Mapping: serving work ÷ 2
 * (an upper bound: attention and non-matmul work do not speed up). One-time cost: the retraining workflow, counted as
 * one repeat of the run's training.
 */
export const STRUCTURED_SPARSITY_SPEEDUP: Effect = {
  value: 2,
  claim: '2:4 sparsity gives 2x math throughput of dense tensor cores; accuracy maintained with the retrain workflow',
  source: 'Mishra et al. 2021, Accelerating Sparse Deep Neural Networks (abstract)',
  year: 2021,
  url: 'https://arxiv.org/abs/2104.08378',
};

/**
 * Data-aware low-rank (SVD-style) factorisation of weight matrices: DRONE is 1.92x faster on MRPC with 1.5% accuracy
 * loss, without fine-tuning. Mapping: serving work ÷ 1.92; the closed-form factorisation's one-time cost is negligible.
 */
export const LOW_RANK_SPEEDUP: Effect = {
  value: 1.92,
  claim: 'DRONE alone is 1.92x faster on MRPC with only 1.5% loss of accuracy, no fine-tuning or distillation needed',
  source: 'Chen et al. 2021, DRONE: Data-aware Low-rank Compression for Large NLP Models (NeurIPS; abstract)',
  year: 2021,
  url: 'https://proceedings.neurips.cc/paper/2021/hash/f56de5ef149cf0aedcc8f4797031e229-Abstract.html',
};

/**
 * LoRA: training FLOPs per token ≈ forward 2N + backward through activations 2N, skipping weight gradients of frozen
 * weights (2N): 4N instead of 6N. Mapping: training work x 4/6. The paper reports on-par quality, 10,000x fewer
 * trainable parameters and 3x less GPU memory for GPT-3 175B.
 */
export const LORA_FLOPS_RATIO: Effect = {
  value: 4 / 6,
  claim:
    '10,000x fewer trainable parameters, 3x less GPU memory, on-par or better quality than full fine-tuning, higher training throughput',
  source:
    'Hu et al. 2021, LoRA: Low-Rank Adaptation of Large Language Models (abstract); 4N/6N FLOPs derived from the backward pass without weight gradients',
  year: 2021,
  url: 'https://arxiv.org/abs/2106.09685',
};

/**
 * Continued (domain-adaptive) pre-training of an existing checkpoint instead of pre-training from scratch. DAPT ran
 * 12.5K steps (one pass over each domain corpus) against RoBERTa's 500K pre-training steps: 2.5% of the steps (0.6% of
 * the tokens, DAPT's batches being smaller); the larger figure is used. Mapping: training work x 0.025.
 */
export const CONTINUED_PRETRAINING_FRACTION: Effect = {
  value: 12.5 / 500,
  claim: 'domain-adaptive pre-training (12.5K steps from RoBERTa) gives consistent gains on all four domains',
  source: "Gururangan et al. 2020, Don't Stop Pretraining (ACL), §3; RoBERTa pre-training steps from Liu et al. 2019",
  year: 2020,
  url: 'https://arxiv.org/abs/2004.10964',
};

/** Chinchilla: about 20 tokens per parameter is compute-optimal (70B on 1.4T tokens). */
export const CHINCHILLA_TOKENS_PER_PARAMETER: Effect = {
  value: 20,
  claim:
    'for compute-optimal training, model size and tokens scale equally: ~20 tokens per parameter (Chinchilla 70B on 1.4T)',
  source: 'Hoffmann et al. 2022, Training Compute-Optimal Large Language Models',
  year: 2022,
  url: 'https://arxiv.org/abs/2203.15556',
};

/** The parametric loss fit L(N, D) = E + A / N^alpha + B / D^beta (Hoffmann et al. 2022, Approach 3, eq. 10). */
export const CHINCHILLA_LOSS_FIT = {
  E: 1.69,
  A: 406.4,
  B: 410.7,
  alpha: 0.34,
  beta: 0.28,
  source: 'Hoffmann et al. 2022, Training Compute-Optimal Large Language Models, §3.3 (Approach 3 fit)',
  year: 2022,
  url: 'https://arxiv.org/abs/2203.15556',
} as const;

/** Runs with fewer than 20/2 or more than 20x2 tokens per parameter are flagged as far from compute-optimal. */
export const CHINCHILLA_TOLERANCE_FACTOR = 2;

/**
 * Asynchronous successive halving (ASHA) with reduction factor eta = 3 (Hyperband's default): every trial runs 1/3^s
 * of the budget, the best third continues. Mapping: repeats -> the budget successive halving spends, in full runs.
 */
export const SUCCESSIVE_HALVING_ETA: Effect = {
  value: 3,
  claim:
    'successive halving / Hyperband with reduction factor eta = 3 finds good configurations with far fewer full-budget trials',
  source:
    'Li et al. 2020, A System for Massively Parallel Hyperparameter Tuning (ASHA, MLSys); Li et al. 2018, Hyperband (JMLR)',
  year: 2020,
  url: 'https://arxiv.org/abs/1810.05934',
};
/** Sweeps with at least this many repeats are worth early stopping. */
export const SWEEP_MIN_REPEATS = 4;

/** Region is the largest lever: low-carbon regions save >70% against carbon-heavy ones; time-shifting matters less. */
export const CARBON_AWARE_REGION: Effect = {
  value: 0.7,
  claim:
    'choosing a low-carbon region (France, Norway) saves over 70% against carbon-heavy ones; shifting start time helps short jobs, much less long ones',
  source: 'Dodge et al. 2022, Measuring the Carbon Intensity of AI in Cloud Instances (FAccT)',
  year: 2022,
  url: 'https://arxiv.org/abs/2206.05229',
};
