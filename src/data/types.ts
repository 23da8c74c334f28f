// Shapes of the reference data the engine stands on. Every default carries where it comes from.

export interface Source {
  /** Short citation a reader can follow: paper, dataset or vendor document. */
  source: string;
  /** Year the figure describes (data year), or publication year when no data year applies. */
  year: number;
  url?: string;
}

/** One sourced number. */
export interface Sourced<T = number> extends Source {
  value: T;
}

/** A sourced number with the plausible spread around it. */
export interface SourcedRange extends Sourced<number> {
  low: number;
  high: number;
}

export const PRECISIONS = ['fp32', 'tf32', 'fp16', 'bf16', 'fp8', 'int8', 'int4'] as const;
export type Precision = (typeof PRECISIONS)[number];

export type AcceleratorKind = 'gpu' | 'tpu' | 'asic' | 'cpu' | 'soc';

export interface Accelerator {
  /** Canonical id, e.g. "A100-SXM4-80GB". */
  id: string;
  name: string;
  vendor: string;
  kind: AcceleratorKind;
  /** Other spellings people write (nvidia-smi names, cloud names); matched case- and punctuation-insensitively. */
  aliases: string[];
  releaseYear: number;
  memoryGb?: number;
  /** Maximum board power (TDP/TBP) in watts; for TPUs the published per-chip max. */
  tdpWatts: Sourced;
  /** Dense peak throughput in TFLOP/s (TOP/s for integer types) per precision; never the sparse figure. */
  peakTflops: Sourced<Partial<Record<Precision, number>>>;
  /** Embodied manufacturing emissions of one card, when a source exists. */
  embodiedKgCo2e?: SourcedRange;
  /** True when 2:4 structured sparsity runs at double rate on this accelerator. */
  structuredSparsity?: boolean;
  /** Hardware generation ("volta", "ampere", "hopper", "tpu-v4", ...): the calibration groups utilisation and power by it. */
  generation?: string;
}

export type CloudProvider = 'aws' | 'gcp' | 'azure';

export interface GridRegion {
  /** "gcp:us-central1", "aws:eu-west-1", "azure:westeurope", or an ISO 3166 code ("FR", "US-CA"). */
  id: string;
  name: string;
  provider?: CloudProvider;
  /** ISO 3166-1 alpha-2 country (or country-subdivision) the region sits in. */
  country?: string;
  /** Location-based grid intensity, gCO2e/kWh. */
  intensityGPerKwh: Sourced;
}

/** Where an assumption a result used came from; the report's methodology lists these. */
export interface AssumptionUse extends Source {
  /** What the number is, e.g. "A100-SXM4-80GB TDP". */
  name: string;
  value: number;
  unit: string;
  low?: number;
  high?: number;
  /** "manifest" when the user gave it, "default" when the engine chose it, "measured" when a log gave it. */
  origin: 'manifest' | 'default' | 'measured' | 'derived';
}
