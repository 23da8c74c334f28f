// The engine's default parameters: what it assumes when the manifest does not say. Each with its source and spread.
import type { AcceleratorKind, CloudProvider, SourcedRange } from './types.js';

/** Data-centre PUE by operator; "unknown" covers on-premises and unnamed sites. */
export const PUE: Record<CloudProvider | 'unknown', SourcedRange> = {
  gcp: { value: 1.1, low: 1.06, high: 1.13, source: 'Google fleet trailing-12-month PUE ~1.10, best site 1.06 (DatacenterDynamics 2024); regional 1.07-1.13 (CCF constants)', year: 2024 },
  aws: { value: 1.15, low: 1.04, high: 1.2, source: 'AWS sustainability report global PUE 1.15, best site 1.04 (2023-2024)', year: 2024 },
  azure: { value: 1.18, low: 1.12, high: 1.2, source: 'Microsoft fleet PUE 1.18, newest designs 1.12 (DatacenterDynamics 2024)', year: 2024 },
  unknown: { value: 1.56, low: 1.2, high: 1.8, source: 'Uptime Institute Global Data Center Survey 2024 average PUE 1.56', year: 2024 },
};

/**
 * Model-FLOPs utilisation: achieved model FLOP/s over dense peak at the run's precision.
 * Used only when hours are not given and must be derived from FLOPs.
 */
export const UTILIZATION: Record<AcceleratorKind, SourcedRange> = {
  gpu: { value: 0.35, low: 0.2, high: 0.5, source: 'Reported MFU of large runs 30-56% (Megatron, MT-NLG, PaLM); Epoch AI default 0.3-0.4 (METHODS.md §11)', year: 2023 },
  tpu: { value: 0.45, low: 0.3, high: 0.55, source: 'PaLM 46.2% MFU on TPU v4, Gopher 32.5% on TPU v3 (METHODS.md §11)', year: 2022 },
  asic: { value: 0.35, low: 0.2, high: 0.5, source: 'No public MFU for Trainium/Inferentia; GPU range assumed (METHODS.md §11)', year: 2023 },
  cpu: { value: 0.3, low: 0.1, high: 0.5, source: 'ml-carbon assumption for CPU training, wide range', year: 2023 },
  soc: { value: 0.3, low: 0.1, high: 0.5, source: 'ml-carbon assumption for Apple silicon, wide range', year: 2023 },
};

/** Average accelerator draw during training as a fraction of TDP. */
export const POWER_FRACTION_OF_TDP: SourcedRange = {
  value: 0.8, low: 0.55, high: 1.0,
  source: 'Measured average/TDP in published runs: TPU v3 0.54-0.69, P100 0.90-0.99, H100 ~0.89-0.93 (calibration README); TPU docs mean/max 0.84-0.89',
  year: 2025,
};

/** Host (CPU, memory, network, fans) energy as a fraction of accelerator energy. */
export const HOST_OVERHEAD_FRACTION: SourcedRange = {
  value: 0.25, low: 0.1, high: 0.4,
  source: 'AWS p4d.24xlarge 3.43 kW whole-instance vs 8 x 400 W GPUs (Chien et al. 2023 via Scope3); DGX host 2 CPUs of 225-350 W per 8 GPUs (REFERENCE_DATA.md §1.4)',
  year: 2023,
};

/** Serving keeps accelerators far from peak; energy per token depends on load (Morrison et al. 2025: ~30x between 1 req/s and full batching). */
export const INFERENCE_UTILIZATION: SourcedRange = {
  value: 0.1, low: 0.03, high: 0.3,
  source: 'Morrison et al. 2025 (ICLR) serving on H100 at three loads; Power Hungry Processing (Luccioni et al. 2024) unbatched A100 figures',
  year: 2025,
};

/** Average draw while serving, as a fraction of TDP (memory-bound decode rarely reaches training power). */
export const INFERENCE_POWER_FRACTION_OF_TDP: SourcedRange = {
  value: 0.6, low: 0.35, high: 0.9,
  source: 'Morrison et al. 2025: serving draw well below training draw; TPU docs min/max 0.47-0.47 of max at idle-to-mean',
  year: 2025,
};

/** Service life over which manufacturing emissions are amortised. */
export const EMBODIED_LIFETIME_YEARS: SourcedRange = {
  value: 4, low: 3, high: 5,
  source: 'CCF, Impact Framework and SCI use 4 years; Boavizta 3, LLMCarbon 5 (REFERENCE_DATA.md §4.3)',
  year: 2023,
};

/** Host server embodied carbon carried by each accelerator (a 1,000 kg server base plus CPUs and memory, per 8 GPUs). */
export const HOST_EMBODIED_PER_ACCELERATOR_KG: SourcedRange = {
  value: 300, low: 150, high: 450,
  source: 'Dell R740 LCA base server 1,000 kg + 1.39 kg/GB DRAM (Teads via CCF); AWS p4d 4,677 kg incl. 1,200 kg GPUs, shared by 8 GPUs',
  year: 2023,
};

/** A plain-language equivalent for the report. */
export const CAR_KG_CO2E_PER_KM: SourcedRange = {
  value: 0.247, low: 0.247, high: 0.247,
  source: 'US EPA Greenhouse Gas Equivalencies: 3.98e-4 tCO2e per mile driven by an average passenger vehicle',
  year: 2023,
};

export const HOURS_PER_YEAR = 8760;

/** Year-to-year movement of a region's annual grid intensity (Google us-central1 394-479 g/kWh over 2019-2024). */
export const INTENSITY_VINTAGE_SPREAD: SourcedRange = {
  value: 1, low: 0.85, high: 1.15,
  source: 'Spread of annual intensities in Google region carbon data 2019-2024 (e.g. us-central1 394-479 g/kWh)',
  year: 2024,
};
