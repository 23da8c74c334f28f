// The engine's default parameters: what it assumes when the manifest does not say. Each with its source and spread.
import type { AcceleratorKind, CloudProvider, SourcedRange } from './types.js';
import { METHODOLOGY_DOC_URL } from './project-docs.js';

/** Data-centre PUE by operator; "unknown" covers on-premises and unnamed sites. */
export const PUE: Record<CloudProvider | 'unknown', SourcedRange> = {
  gcp: {
    value: 1.1,
    low: 1.06,
    high: 1.13,
    source:
      'Google fleet trailing-12-month PUE ~1.10, best site 1.06 (DatacenterDynamics 2024); regional 1.07-1.13 (CCF constants)',
    year: 2024,
    url: 'https://www.google.com/about/datacenters/efficiency/',
  },
  aws: {
    value: 1.15,
    low: 1.04,
    high: 1.2,
    source: 'AWS sustainability report global PUE 1.15, best site 1.04 (2023-2024)',
    year: 2024,
    url: 'https://sustainability.aboutamazon.com/products-services/aws-cloud',
  },
  azure: {
    value: 1.18,
    low: 1.12,
    high: 1.2,
    source: 'Microsoft fleet PUE 1.18, newest designs 1.12 (DatacenterDynamics 2024)',
    year: 2024,
    url: 'https://datacenters.microsoft.com/sustainability/efficiency/',
  },
  unknown: {
    value: 1.56,
    low: 1.2,
    high: 1.8,
    source: 'Uptime Institute Global Data Center Survey 2024 average PUE 1.56',
    year: 2024,
    url: 'https://uptimeinstitute.com/resources/research-and-reports/uptime-institute-global-data-center-survey-results-2024',
  },
};

/**
 * Model-FLOPs utilisation: achieved model FLOP/s over dense peak at the run's precision.
 * Used only when hours are not given and must be derived from FLOPs.
 */
export const UTILIZATION: Record<AcceleratorKind, SourcedRange> = {
  gpu: {
    value: 0.35,
    low: 0.2,
    high: 0.5,
    source: 'Reported MFU of large runs 30-56% (Megatron, MT-NLG, PaLM); Epoch AI default 0.3-0.4',
    year: 2023,
    url: 'https://arxiv.org/abs/2104.04473',
  },
  tpu: {
    value: 0.45,
    low: 0.3,
    high: 0.55,
    source: 'PaLM 46.2% MFU on TPU v4, Gopher 32.5% on TPU v3',
    year: 2022,
    url: 'https://arxiv.org/abs/2204.02311',
  },
  asic: {
    value: 0.35,
    low: 0.2,
    high: 0.5,
    source: 'No public MFU for Trainium/Inferentia; GPU range assumed',
    year: 2023,
    url: METHODOLOGY_DOC_URL,
  },
  cpu: {
    value: 0.3,
    low: 0.1,
    high: 0.5,
    source: 'ml-carbon assumption for CPU training, wide range',
    year: 2023,
    url: METHODOLOGY_DOC_URL,
  },
  soc: {
    value: 0.3,
    low: 0.1,
    high: 0.5,
    source: 'ml-carbon assumption for Apple silicon, wide range',
    year: 2023,
    url: METHODOLOGY_DOC_URL,
  },
};

/** Average accelerator draw during training as a fraction of TDP. */
export const POWER_FRACTION_OF_TDP: SourcedRange = {
  value: 0.8,
  low: 0.55,
  high: 1.0,
  source:
    'Measured average/TDP in published runs (Patterson et al. 2021 and later reports): TPU v3 0.54-0.69, P100 0.90-0.99, H100 ~0.89-0.93; Google TPU docs mean/max 0.84-0.89',
  year: 2025,
  url: 'https://arxiv.org/abs/2104.10350',
};

/** Host (CPU, memory, network, fans) energy as a fraction of accelerator energy. */
export const HOST_OVERHEAD_FRACTION: SourcedRange = {
  value: 0.25,
  low: 0.1,
  high: 0.4,
  source:
    'Dodge et al. 2022: BERT-base on one Titan X, GPU 74 % of the total draw (host = 0.35 of GPU); AWS p4d.24xlarge 3.43 kW for 8 x 400 W A100 (Chien et al. 2023 via Scope3): 0.07-0.34 of GPU draw depending on GPU load; DGX host 2 CPUs of 225-350 W per 8 GPUs. Not fitted: calibration runs measure the whole system or the GPU alone, never both',
  year: 2023,
  url: 'https://arxiv.org/abs/2206.05229',
};

/** Serving keeps accelerators far from peak; energy per token depends on load (Morrison et al. 2025: ~30x between 1 req/s and full batching). */
export const INFERENCE_UTILIZATION: SourcedRange = {
  value: 0.1,
  low: 0.03,
  high: 0.3,
  source:
    'Morrison et al. 2025 (ICLR) serving on H100 at three loads; Power Hungry Processing (Luccioni et al. 2024) unbatched A100 figures',
  year: 2025,
  url: 'https://arxiv.org/abs/2311.16863',
};

/** Average draw while serving, as a fraction of TDP (memory-bound decode rarely reaches training power). */
export const INFERENCE_POWER_FRACTION_OF_TDP: SourcedRange = {
  value: 0.6,
  low: 0.35,
  high: 0.9,
  source:
    'Morrison et al. 2025: serving draw well below training draw; Google TPU docs: minimum draw 0.47 of the maximum (v3 123/262 W, v4 90/192 W)',
  year: 2025,
  url: 'https://cloud.google.com/tpu/docs/v4',
};

/**
 * Serving as deployed: a provisioned accelerator draws an idle floor around the clock (model loaded, CUDA context up)
 * and up to the busy draw while requests are in flight.
 */
export const SERVING_IDLE_SHARE_OF_TDP: SourcedRange = {
  value: 0.15,
  low: 0.1,
  high: 0.25,
  source:
    'Vadari 2026, The Model Parking Tax (arXiv:2605.23918, abstract): a GPU with a model loaded idles at bare idle plus a CUDA-context step of 26-50 W on HBM cards (H100, A100) and 66 W on GDDR6 (L40S), independent of model size (< 0.02 W/GB; 18 days of telemetry on 14 production H100s, a Qwen2.5-7B check within 0.5 W). 0.15 x 700 W = 105 W on H100 leaves 55-80 W for bare idle; range 0.10-0.25 covers the bare-idle spread across boards',
  year: 2026,
  url: 'https://arxiv.org/abs/2605.23918',
};

export const SERVING_BUSY_SHARE_OF_TDP: SourcedRange = {
  value: 0.8,
  low: 0.55,
  high: 1.05,
  source:
    'Morrison et al. 2025 Table 3: one H100 serving 1-13 B models with SGLang at 8 requests/s drew 430-720 W (0.62-1.03 of TDP) while continuously busy',
  year: 2025,
  url: 'https://arxiv.org/abs/2503.05804',
};

/**
 * Decode at batch 1 streams every weight once per token: FLOP/s = 2 FLOPs per 2-byte weight x memory bandwidth, a
 * share of the bf16 peak equal to bandwidth / peak. H100 SXM: 3.35 TB/s over 989 TFLOP/s = 0.0034; A100: 2.0 TB/s
 * over 312 = 0.0064 (the high end); half of H100's as the low end for slower-memory cards.
 */
export const DECODE_SHARE_OF_PEAK: SourcedRange = {
  value: 0.0034,
  low: 0.0017,
  high: 0.0064,
  source: 'NVIDIA H100 and A100 datasheets: HBM bandwidth over dense bf16 peak',
  year: 2022,
  url: 'https://www.nvidia.com/en-us/data-center/h100/',
};

/** Service life over which manufacturing emissions are amortised. */
/** A serving replica's memory over its weights alone (KV cache and activations), which sizes replicas from traffic. */
export const SERVING_MEMORY_OVER_WEIGHTS: SourcedRange = {
  value: 1.2,
  low: 1.1,
  high: 1.5,
  source:
    'EleutherAI, Transformer Math 101: total inference memory ≈ 1.2 × the model weights (long contexts need more)',
  year: 2023,
  url: 'https://blog.eleuther.ai/transformer-math/',
};

export const EMBODIED_LIFETIME_YEARS: SourcedRange = {
  value: 4,
  low: 3,
  high: 5,
  source: 'CCF, Impact Framework and SCI use 4 years; Boavizta 3, LLMCarbon 5',
  year: 2023,
  url: 'https://www.cloudcarbonfootprint.org/docs/embodied-emissions',
};

/**
 * Host server embodied carbon carried by each accelerator. Derived per GPU from whole-server figures:
 * CCF AWS p4d.24xlarge 4,676.8 kg minus 8 x 150 kg GPUs = 3,476.8 kg / 8 = 435 kg (high);
 * CCF GCP a2-megagpu-16g 5,465.5 kg minus 2,400 kg GPUs = 3,065.5 kg / 16 = 192 kg (low);
 * Teads R740 base 1,000 kg + 1 extra CPU 100 kg + 1,008 GB DRAM x 1.39 kg/GB = 2,501 kg / 8 = 313 kg (central, rounded to 300).
 */
export const HOST_EMBODIED_PER_ACCELERATOR_KG: SourcedRange = {
  value: 300,
  low: 190,
  high: 435,
  source:
    'Teads Dell R740 LCA via CCF (1,000 kg base, 100 kg per extra CPU, 1.39 kg/GB DRAM) for a DGX-class host per 8 GPUs; CCF embodied coefficients for AWS p4d.24xlarge and GCP a2-megagpu-16g (ccf_coefficients-*-embodied.csv)',
  year: 2023,
  url: 'https://www.cloudcarbonfootprint.org/docs/embodied-emissions',
};

/** A plain-language equivalent for the report. */
export const CAR_KG_CO2E_PER_KM: SourcedRange = {
  value: 0.247,
  low: 0.247,
  high: 0.247,
  source: 'US EPA Greenhouse Gas Equivalencies: 3.98e-4 tCO2e per mile driven by an average passenger vehicle',
  year: 2023,
  url: 'https://www.epa.gov/energy/greenhouse-gas-equivalencies-calculator',
};

export const HOURS_PER_YEAR = 8760;

/** Year-to-year movement of a region's annual grid intensity (Google us-central1 394-479 g/kWh over 2019-2024). */
export const INTENSITY_VINTAGE_SPREAD: SourcedRange = {
  value: 1,
  low: 0.85,
  high: 1.15,
  source: 'Spread of annual intensities in Google region carbon data 2019-2024 (e.g. us-central1 394-479 g/kWh)',
  year: 2024,
  url: 'https://github.com/GoogleCloudPlatform/region-carbon-info',
};
