// NVIDIA data-centre, workstation and consumer GPUs. Peaks are dense TFLOP/s (TOP/s for int8/int4);
// NVIDIA's "with sparsity" figures are exactly twice these. Aliases include the names nvidia-smi prints.
import type { Accelerator, Precision, SourcedRange } from './types.js';
import { GENERIC_CARD_EMBODIED, GEFORCE_SPEC, NVIDIA_SPEC, NVIDIA_SPEC_UNVERIFIED, bottomUpEmbodied } from './accelerator-sources.js';

interface NvidiaCard {
  id: string;
  name: string;
  aliases: string[];
  releaseYear: number;
  memoryGb: number;
  generation: string;
  tdpWatts: number;
  tdpSource?: string;
  peak: Partial<Record<Precision, number>>;
  peakSource?: string;
  embodied?: SourcedRange;
  /** NVIDIA's product page for the card. */
  url?: string;
}

function nvidia(card: NvidiaCard): Accelerator {
  const sparsity = !['pascal', 'volta', 'turing'].includes(card.generation);
  return {
    id: card.id,
    name: card.name,
    vendor: 'nvidia',
    kind: 'gpu',
    aliases: card.aliases,
    releaseYear: card.releaseYear,
    memoryGb: card.memoryGb,
    generation: card.generation,
    tdpWatts: { value: card.tdpWatts, source: card.tdpSource ?? NVIDIA_SPEC, year: card.releaseYear, ...(card.url ? { url: card.url } : {}) },
    peakTflops: { value: card.peak, source: card.peakSource ?? NVIDIA_SPEC, year: card.releaseYear, ...(card.url ? { url: card.url } : {}) },
    embodiedKgCo2e: card.embodied ?? GENERIC_CARD_EMBODIED,
    ...(sparsity ? { structuredSparsity: true } : {}),
  };
}

// V100 has no bf16 tensor cores: bf16 runs at the fp32 rate.
const V100_NOTE = 'V100 has no bf16 tensor cores, so bf16 is listed at the fp32 rate';
const A100 = { fp32: 19.5, tf32: 156, fp16: 312, bf16: 312, int8: 624 };
const H100_SXM = { fp32: 67, tf32: 494.7, fp16: 989.4, bf16: 989.4, fp8: 1979, int8: 1979 };
const H100_PCIE = { fp32: 51, tf32: 378, fp16: 756, bf16: 756, fp8: 1513, int8: 1513 };
const H100_NVL = { fp32: 60, tf32: 417, fp16: 835, bf16: 835, fp8: 1670, int8: 1670 };

export const NVIDIA_ACCELERATORS: Accelerator[] = [
  nvidia({
    id: 'P100-PCIE-16GB', name: 'NVIDIA Tesla P100 PCIe', releaseYear: 2016, memoryGb: 16, generation: 'pascal',
    aliases: ['Tesla P100-PCIE-16GB', 'Tesla P100-PCIE-12GB', 'P100-PCIE', 'P100 PCIe'],
    tdpWatts: 250, tdpSource: 'NVIDIA Tesla P100 PCIe datasheet 250 W (U); ML CO2 Impact gpus.csv (D)',
    peak: { fp32: 9.3, fp16: 18.7 }, peakSource: NVIDIA_SPEC_UNVERIFIED,
  }),
  nvidia({
    id: 'P100-SXM2-16GB', name: 'NVIDIA Tesla P100 SXM2', releaseYear: 2016, memoryGb: 16, generation: 'pascal',
    // Bare "P100" means the SXM2 card of DGX-1-class training servers, as in Patterson et al. 2021 (300 W).
    aliases: ['P100', 'Tesla P100', 'Tesla P100-SXM2-16GB', 'P100-SXM2', 'P100 SXM2'],
    tdpWatts: 300, tdpSource: 'NVIDIA Tesla P100 SXM2 datasheet 300 W (U); Patterson et al. 2021 Table 4 lists P100 at 300 W (V)',
    peak: { fp32: 10.6, fp16: 21.2 }, peakSource: NVIDIA_SPEC_UNVERIFIED,
  }),
  nvidia({
    id: 'P40', name: 'NVIDIA Tesla P40', releaseYear: 2016, memoryGb: 24, generation: 'pascal',
    aliases: ['Tesla P40'],
    tdpWatts: 250, tdpSource: 'NVIDIA Tesla P40 datasheet 250 W (U); ML CO2 Impact gpus.csv (D)',
    // P40 runs fp16 at 1/64 rate; fp16 work falls back to fp32 speed in practice.
    peak: { fp32: 11.8, fp16: 11.8, int8: 47 }, peakSource: `${NVIDIA_SPEC_UNVERIFIED}; fp16 listed at the fp32 rate (native fp16 is 1/64 rate)`,
  }),
  nvidia({
    id: 'V100-SXM2-16GB', name: 'NVIDIA V100 SXM2 16GB', releaseYear: 2017, memoryGb: 16, generation: 'volta',
    aliases: ['Tesla V100-SXM2-16GB', 'V100-SXM2-16GB', 'V100 16GB'],
    tdpWatts: 300, tdpSource: 'NVIDIA V100 datasheet 300 W (U); Green Algorithms TDP_gpu.csv "Tesla V100" 300 W (D)',
    peak: { fp32: 15.7, fp16: 125, bf16: 15.7 },
    peakSource: `NVIDIA developer blog "Programming Tensor Cores in CUDA 9": 125 TFLOP/s tensor (V); fp32 15.7 (U); ${V100_NOTE}`,
    url: 'https://www.nvidia.com/en-us/data-center/v100/',
  }),
  nvidia({
    id: 'V100-SXM2-32GB', name: 'NVIDIA V100 SXM2', releaseYear: 2018, memoryGb: 32, generation: 'volta',
    aliases: ['V100', 'Tesla V100', 'V100-SXM2', 'V100 SXM2', 'Tesla V100-SXM2-32GB', 'V100 32GB', 'Tesla V100-SXM3-32GB', 'V100-SXM3-32GB'],
    tdpWatts: 300, tdpSource: 'NVIDIA V100 datasheet 300 W (U); Green Algorithms TDP_gpu.csv "Tesla V100" 300 W (D)',
    peak: { fp32: 15.7, fp16: 125, bf16: 15.7 },
    peakSource: `NVIDIA developer blog "Programming Tensor Cores in CUDA 9": 125 TFLOP/s tensor (V); fp32 15.7 (U); ${V100_NOTE}`,
    url: 'https://www.nvidia.com/en-us/data-center/v100/',
  }),
  nvidia({
    id: 'V100-PCIE-16GB', name: 'NVIDIA V100 PCIe 16GB', releaseYear: 2017, memoryGb: 16, generation: 'volta',
    aliases: ['Tesla V100-PCIE-16GB', 'V100-PCIE-16GB', 'V100 PCIe', 'V100-PCIE', 'Tesla V100-PCIE'],
    tdpWatts: 250, tdpSource: 'io-tech.fi summary of the NVIDIA V100 PCIe launch: 250 W (V)',
    peak: { fp32: 14, fp16: 112, bf16: 14 }, peakSource: `io-tech.fi summary of the NVIDIA launch: 14 fp32 / 112 tensor TFLOP/s (V); ${V100_NOTE}`,
    url: 'https://www.nvidia.com/en-us/data-center/v100/',
  }),
  nvidia({
    id: 'V100-PCIE-32GB', name: 'NVIDIA V100 PCIe 32GB', releaseYear: 2018, memoryGb: 32, generation: 'volta',
    aliases: ['Tesla V100-PCIE-32GB', 'V100-PCIE-32GB', 'V100S', 'Tesla V100S-PCIE-32GB'],
    tdpWatts: 250, tdpSource: 'io-tech.fi summary of the NVIDIA V100 PCIe launch: 250 W (V)',
    peak: { fp32: 14, fp16: 112, bf16: 14 }, peakSource: `io-tech.fi summary of the NVIDIA launch: 14 fp32 / 112 tensor TFLOP/s (V); ${V100_NOTE}`,
    url: 'https://www.nvidia.com/en-us/data-center/v100/',
  }),
  nvidia({
    id: 'T4', name: 'NVIDIA T4', releaseYear: 2018, memoryGb: 16, generation: 'turing',
    aliases: ['Tesla T4', 'NVIDIA T4', 'T4 16GB'],
    tdpWatts: 70, tdpSource: 'NVIDIA T4 spec pages (V); ML CO2 Impact gpus.csv (D)',
    peak: { fp32: 8.1, fp16: 65, int8: 130, int4: 260 }, peakSource: 'NVIDIA T4 spec pages (hmc-tech, sysrqmts) (V); T4 has no bf16 support',
    url: 'https://www.nvidia.com/en-us/data-center/tesla-t4/',
  }),
  nvidia({
    id: 'A10', name: 'NVIDIA A10', releaseYear: 2021, memoryGb: 24, generation: 'ampere',
    aliases: ['NVIDIA A10', 'A10 24GB', 'A10-24GB'],
    tdpWatts: 150, tdpSource: NVIDIA_SPEC_UNVERIFIED,
    peak: { fp32: 31.2, tf32: 62.5, fp16: 125, bf16: 125, int8: 250 }, peakSource: `fp32 31.24 (V, sysrqmts); tensor rates ${NVIDIA_SPEC_UNVERIFIED}`,
    url: 'https://www.nvidia.com/en-us/data-center/products/a10-gpu/',
  }),
  nvidia({
    id: 'A10G', name: 'NVIDIA A10G', releaseYear: 2021, memoryGb: 24, generation: 'ampere',
    aliases: ['NVIDIA A10G', 'A10G 24GB', 'g5'],
    tdpWatts: 150, tdpSource: 'ML CO2 Impact gpus.csv 150 W (D); CCF GPU table max 153 W (C)',
    peak: { fp32: 31.5, tf32: 62.5, fp16: 125, bf16: 125, int8: 250 },
    peakSource: 'ML CO2 Impact gpus.csv fp32 31.52 (D); tensor rates assumed equal to the A10 (U: NVIDIA publishes no A10G datasheet)',
  }),
  nvidia({
    id: 'A30', name: 'NVIDIA A30', releaseYear: 2021, memoryGb: 24, generation: 'ampere',
    aliases: ['NVIDIA A30', 'A30 24GB'],
    tdpWatts: 165, tdpSource: NVIDIA_SPEC_UNVERIFIED,
    peak: { fp32: 10.3, tf32: 82, fp16: 165, bf16: 165, int8: 330 }, peakSource: NVIDIA_SPEC_UNVERIFIED,
    url: 'https://www.nvidia.com/en-us/data-center/products/a30-gpu/',
  }),
  nvidia({
    id: 'A40', name: 'NVIDIA A40', releaseYear: 2020, memoryGb: 48, generation: 'ampere',
    aliases: ['NVIDIA A40', 'A40 48GB'],
    tdpWatts: 300, tdpSource: NVIDIA_SPEC_UNVERIFIED,
    peak: { fp32: 37.4, tf32: 74.8, fp16: 149.7, bf16: 149.7, int8: 299.3 }, peakSource: NVIDIA_SPEC_UNVERIFIED,
    url: 'https://www.nvidia.com/en-us/data-center/a40/',
  }),
  nvidia({
    id: 'A100-PCIE-40GB', name: 'NVIDIA A100 PCIe 40GB', releaseYear: 2020, memoryGb: 40, generation: 'ampere',
    aliases: ['NVIDIA A100-PCIE-40GB', 'A100-PCIE-40GB', 'A100 PCIe 40GB', 'a100-pcie-40gb', 'A100 PCIe'],
    tdpWatts: 250, tdpSource: 'glennklockwood A100 page citing the NVIDIA datasheet: 250 W (V)',
    peak: A100, embodied: bottomUpEmbodied('a100Pcie40', 40),
    url: 'https://www.nvidia.com/en-us/data-center/a100/',
  }),
  nvidia({
    id: 'A100-PCIE-80GB', name: 'NVIDIA A100 PCIe 80GB', releaseYear: 2021, memoryGb: 80, generation: 'ampere',
    aliases: ['NVIDIA A100 80GB PCIe', 'A100 80GB PCIe', 'A100-PCIE-80GB', 'a100-pcie-80gb'],
    tdpWatts: 300, tdpSource: 'thundercompute A100 table 300 W (V); Green Algorithms TDP_gpu.csv 300 W (D)',
    peak: A100, embodied: bottomUpEmbodied('a100Pcie40', 80),
    url: 'https://www.nvidia.com/en-us/data-center/a100/',
  }),
  nvidia({
    id: 'A100-SXM4-40GB', name: 'NVIDIA A100 SXM4 40GB', releaseYear: 2020, memoryGb: 40, generation: 'ampere',
    aliases: ['A100-SXM4-40GB', 'A100 40GB', 'A100-40GB', 'NVIDIA A100-SXM4-40GB', 'A100 SXM4 40GB'],
    tdpWatts: 400, tdpSource: 'glennklockwood A100 page; PC2 wiki "Max TDP 400 W" (V)',
    peak: A100, embodied: bottomUpEmbodied('a100Sxm40', 40),
    url: 'https://www.nvidia.com/en-us/data-center/a100/',
  }),
  nvidia({
    id: 'A100-SXM4-80GB', name: 'NVIDIA A100 SXM4 80GB', releaseYear: 2020, memoryGb: 80, generation: 'ampere',
    aliases: ['A100', 'A100 80GB', 'A100-80GB', 'NVIDIA A100-SXM4-80GB', 'A100-SXM4', 'A100 SXM4', 'A100-SXM', 'A100 SXM4 80GB', 'NVIDIA A100'],
    tdpWatts: 400, tdpSource: 'glennklockwood A100 page; PC2 wiki "Max TDP 400 W" (V)',
    peak: A100, embodied: bottomUpEmbodied('a100Sxm40', 80),
    url: 'https://www.nvidia.com/en-us/data-center/a100/',
  }),
  nvidia({
    id: 'A800-SXM4-80GB', name: 'NVIDIA A800 SXM4 80GB', releaseYear: 2022, memoryGb: 80, generation: 'ampere',
    aliases: ['A800', 'NVIDIA A800-SXM4-80GB', 'A800-80GB', 'A800 80GB', 'DGX-A800'],
    tdpWatts: 400, tdpSource: 'A800 is the export variant of the A100 SXM4 with reduced NVLink; same 400 W (U)',
    peak: A100, peakSource: 'Same compute as A100 SXM4 (export variant limits NVLink only) (U)',
    embodied: bottomUpEmbodied('a100Sxm40', 80),
  }),
  nvidia({
    id: 'A800-PCIE-80GB', name: 'NVIDIA A800 PCIe 80GB', releaseYear: 2022, memoryGb: 80, generation: 'ampere',
    aliases: ['NVIDIA A800 80GB PCIe', 'A800 PCIe', 'A800-PCIE-80GB'],
    tdpWatts: 300, tdpSource: 'Export variant of the A100 PCIe 80GB; same 300 W (U)',
    peak: A100, peakSource: 'Same compute as A100 PCIe (U)', embodied: bottomUpEmbodied('a100Pcie40', 80),
  }),
  nvidia({
    id: 'L4', name: 'NVIDIA L4', releaseYear: 2023, memoryGb: 24, generation: 'ada',
    aliases: ['NVIDIA L4', 'L4 24GB'],
    tdpWatts: 72, tdpSource: 'NVIDIA L4 specs via grokipedia L4-vs-L40S summary: 72 W (V)',
    peak: { fp32: 30.3, tf32: 60, fp16: 121, bf16: 121, fp8: 242.5, int8: 242.5 },
    peakSource: 'NVIDIA L4 specs (grokipedia, store.sourcecode, fpsbench), sparse figures halved (V)',
    embodied: bottomUpEmbodied('l4', 24),
    url: 'https://www.nvidia.com/en-us/data-center/l4/',
  }),
  nvidia({
    id: 'L40', name: 'NVIDIA L40', releaseYear: 2022, memoryGb: 48, generation: 'ada',
    aliases: ['NVIDIA L40', 'L40 48GB'],
    tdpWatts: 300, tdpSource: NVIDIA_SPEC_UNVERIFIED,
    peak: { fp32: 90.5, tf32: 90.5, fp16: 181, bf16: 181, fp8: 362, int8: 362 }, peakSource: NVIDIA_SPEC_UNVERIFIED,
    url: 'https://www.nvidia.com/en-us/data-center/l40/',
  }),
  nvidia({
    id: 'L40S', name: 'NVIDIA L40S', releaseYear: 2023, memoryGb: 48, generation: 'ada',
    aliases: ['NVIDIA L40S', 'L40S 48GB', 'L40-S'],
    tdpWatts: 350, tdpSource: 'Reseller copy of the NVIDIA L40/L40S table; hmc-tech (V)',
    peak: { fp32: 91.6, tf32: 183, fp16: 362.05, bf16: 362.05, fp8: 733, int8: 733 },
    peakSource: 'Reseller copy of the NVIDIA L40/L40S table; hmc-tech (V)',
    url: 'https://www.nvidia.com/en-us/data-center/l40s/',
  }),
  nvidia({
    id: 'H100-PCIE-80GB', name: 'NVIDIA H100 PCIe 80GB', releaseYear: 2022, memoryGb: 80, generation: 'hopper',
    aliases: ['NVIDIA H100 PCIe', 'H100 PCIe', 'H100-PCIE', 'H100-PCIE-80GB', 'h100-pcie-80gb'],
    tdpWatts: 350, tdpSource: 'NVIDIA H100 PCIe product brief PB-11133-001_v02 (300-350 W configurable) (V)',
    peak: H100_PCIE,
    peakSource: 'bf16 756 and int8 1,513 dense: LLM-Viewer hardware table (C); tf32, fp8, fp32: NVIDIA datasheet (U)',
    embodied: bottomUpEmbodied('h100Sxm80', 80),
    url: 'https://www.nvidia.com/en-us/data-center/h100/',
  }),
  nvidia({
    id: 'H100-SXM5-80GB', name: 'NVIDIA H100 SXM5 80GB', releaseYear: 2022, memoryGb: 80, generation: 'hopper',
    aliases: ['H100', 'H100-SXM', 'H100-80GB', 'NVIDIA H100 80GB HBM3', 'H100 SXM5', 'H100 SXM', 'H100-SXM5', 'H100 80GB', 'NVIDIA H100', 'HGX H100', 'DGX H100'],
    tdpWatts: 700, tdpSource: 'glennklockwood H100 page (NVIDIA datasheet figures) (V)',
    peak: H100_SXM, peakSource: 'glennklockwood H100 page; sparse figures halved (V)',
    embodied: bottomUpEmbodied('h100Sxm80', 80),
    url: 'https://www.nvidia.com/en-us/data-center/h100/',
  }),
  nvidia({
    id: 'H100-NVL', name: 'NVIDIA H100 NVL (per GPU)', releaseYear: 2023, memoryGb: 94, generation: 'hopper',
    aliases: ['NVIDIA H100 NVL', 'H100 NVL', 'H100-NVL-94GB', 'H100 94GB'],
    tdpWatts: 400, tdpSource: 'gpu.blog H100 NVL: 350-400 W per GPU (V); upper value used',
    peak: H100_NVL, peakSource: 'bf16 1,671 sparse: ML CO2 Impact gpus.csv (D), halved; other precisions derived (U)',
    embodied: bottomUpEmbodied('h100Sxm80', 94),
    url: 'https://www.nvidia.com/en-us/data-center/h100/',
  }),
  nvidia({
    id: 'H800-SXM5-80GB', name: 'NVIDIA H800 SXM5 80GB', releaseYear: 2023, memoryGb: 80, generation: 'hopper',
    aliases: ['H800', 'NVIDIA H800', 'NVIDIA H800 80GB HBM3', 'H800-SXM', 'H800 SXM5', 'H800-80GB'],
    tdpWatts: 700, tdpSource: 'Export variant of the H100 SXM5 with reduced NVLink; same 700 W (U)',
    peak: H100_SXM, peakSource: 'Same dense compute as H100 SXM5 (export variant limits NVLink and fp64) (U)',
    embodied: bottomUpEmbodied('h100Sxm80', 80),
  }),
  nvidia({
    id: 'H800-PCIE-80GB', name: 'NVIDIA H800 PCIe 80GB', releaseYear: 2023, memoryGb: 80, generation: 'hopper',
    aliases: ['NVIDIA H800 PCIe', 'H800 PCIe', 'H800-PCIE'],
    tdpWatts: 350, tdpSource: 'Export variant of the H100 PCIe; same 350 W (U)',
    peak: H100_PCIE, peakSource: 'Same dense compute as H100 PCIe (U)',
    embodied: bottomUpEmbodied('h100Sxm80', 80),
  }),
  nvidia({
    id: 'H200-SXM-141GB', name: 'NVIDIA H200 SXM 141GB', releaseYear: 2024, memoryGb: 141, generation: 'hopper',
    aliases: ['H200', 'NVIDIA H200', 'H200 SXM', 'H200-SXM', 'H200-141GB', 'H200 141GB', 'HGX H200'],
    tdpWatts: 700, tdpSource: 'Spec pages comparing H200 and H100: 700 W, same compute as H100 SXM (V)',
    peak: H100_SXM, peakSource: 'Spec pages: same compute as H100 SXM, sparse figures halved (V)',
    embodied: bottomUpEmbodied('h100Sxm80', 141),
    url: 'https://www.nvidia.com/en-us/data-center/h200/',
  }),
  nvidia({
    id: 'H200-NVL', name: 'NVIDIA H200 NVL', releaseYear: 2024, memoryGb: 141, generation: 'hopper',
    aliases: ['NVIDIA H200 NVL', 'H200 NVL', 'H200 PCIe'],
    tdpWatts: 600, tdpSource: 'saulelectric H200 NVL spec page: 600 W (V)',
    peak: H100_NVL, peakSource: 'Compute assumed equal to the H100 NVL class (U)',
    embodied: bottomUpEmbodied('h100Sxm80', 141),
    url: 'https://www.nvidia.com/en-us/data-center/h200/',
  }),
  nvidia({
    id: 'B200', name: 'NVIDIA B200 (HGX, 1,000 W)', releaseYear: 2024, memoryGb: 180, generation: 'blackwell',
    aliases: ['NVIDIA B200', 'B200 180GB', 'B200-180GB', 'HGX B200', 'DGX B200', 'B200 192GB'],
    tdpWatts: 1000, tdpSource: 'glennklockwood B200 page "HGX variant at 1,000 W"; Vultr hardware overview (V)',
    peak: { fp32: 80, tf32: 1100, fp16: 2250, bf16: 2250, fp8: 4500, int8: 4500 },
    peakSource: 'glennklockwood B200 page; Vultr (~4.5 PFLOP/s fp8 dense); sparse figures halved (V). fp4 9,000 dense not modelled',
    embodied: bottomUpEmbodied('h100Sxm80', 180),
    url: 'https://www.nvidia.com/en-us/data-center/dgx-b200/',
  }),
  nvidia({
    id: 'GB200', name: 'NVIDIA GB200 (per B200 GPU in NVL72, 1,200 W)', releaseYear: 2024, memoryGb: 186, generation: 'blackwell',
    aliases: ['NVIDIA GB200', 'GB200 NVL72', 'GB200-NVL72', 'B200 (GB200)'],
    tdpWatts: 1200, tdpSource: 'glennklockwood B200 page, GB200 variant 1,200 W per GPU (V); excludes the Grace CPU share',
    peak: { fp32: 90, tf32: 1250, fp16: 2500, bf16: 2500, fp8: 5000, int8: 5000 },
    peakSource: 'glennklockwood B200 page, GB200 variant; sparse figures halved (V)',
    embodied: bottomUpEmbodied('h100Sxm80', 186),
    url: 'https://www.nvidia.com/en-us/data-center/gb200-nvl72/',
  }),
  nvidia({
    id: 'RTX-3060', name: 'NVIDIA GeForce RTX 3060', releaseYear: 2021, memoryGb: 12, generation: 'ampere',
    aliases: ['RTX 3060', 'NVIDIA GeForce RTX 3060', 'GeForce RTX 3060', '3060'],
    tdpWatts: 170, tdpSource: `${GEFORCE_SPEC} (U)`,
    peak: { fp32: 12.7, tf32: 12.7, fp16: 25.4, bf16: 25.4, int8: 101.9 }, peakSource: `${GEFORCE_SPEC} (U)`,
  }),
  nvidia({
    id: 'RTX-3060-TI', name: 'NVIDIA GeForce RTX 3060 Ti', releaseYear: 2020, memoryGb: 8, generation: 'ampere',
    aliases: ['RTX 3060 Ti', 'NVIDIA GeForce RTX 3060 Ti', 'GeForce RTX 3060 Ti', '3060 Ti'],
    tdpWatts: 200, tdpSource: `${GEFORCE_SPEC} (U)`,
    peak: { fp32: 16.2, tf32: 16.2, fp16: 32.4, bf16: 32.4, int8: 129.6 }, peakSource: `${GEFORCE_SPEC} (U)`,
  }),
  nvidia({
    id: 'RTX-3080-TI', name: 'NVIDIA GeForce RTX 3080 Ti', releaseYear: 2021, memoryGb: 12, generation: 'ampere',
    aliases: ['RTX 3080 Ti', 'NVIDIA GeForce RTX 3080 Ti', 'GeForce RTX 3080 Ti', '3080 Ti'],
    tdpWatts: 350, tdpSource: `${GEFORCE_SPEC} (U)`,
    peak: { fp32: 34.1, tf32: 34.1, fp16: 68.2, bf16: 68.2, int8: 272.8 }, peakSource: `${GEFORCE_SPEC} (U)`,
  }),
  nvidia({
    id: 'RTX-3090', name: 'NVIDIA GeForce RTX 3090', releaseYear: 2020, memoryGb: 24, generation: 'ampere',
    aliases: ['RTX 3090', 'NVIDIA GeForce RTX 3090', 'GeForce RTX 3090', '3090'],
    tdpWatts: 350, tdpSource: 'ML CO2 Impact gpus.csv (D); digitaltrends (V): 350 W',
    peak: { fp32: 35.6, tf32: 35.6, fp16: 71, bf16: 71, int8: 284 },
    peakSource: 'fp32 35.58: ML CO2 Impact gpus.csv (D); tensor rates with FP32 accumulation from the Ampere GA102 whitepaper (U)',
  }),
  nvidia({
    id: 'RTX-4090', name: 'NVIDIA GeForce RTX 4090', releaseYear: 2022, memoryGb: 24, generation: 'ada',
    aliases: ['RTX 4090', 'GeForce RTX 4090', 'NVIDIA GeForce RTX 4090', '4090'],
    tdpWatts: 450, tdpSource: 'NVIDIA GeForce RTX 4090 specifications 450 W TGP (techgoing) (V)',
    peak: { fp32: 82.6, tf32: 82.6, fp16: 165.2, bf16: 165.2, fp8: 330.3, int8: 660.6 },
    peakSource: 'waredb and gigagpu spec tables, tensor rates with FP32 accumulation (V)',
    url: 'https://www.nvidia.com/en-us/geforce/graphics-cards/40-series/rtx-4090/',
  }),
  nvidia({
    id: 'RTX-5080', name: 'NVIDIA GeForce RTX 5080', releaseYear: 2025, memoryGb: 16, generation: 'blackwell',
    aliases: ['RTX 5080', 'NVIDIA GeForce RTX 5080', 'GeForce RTX 5080', '5080'],
    tdpWatts: 360, tdpSource: `${GEFORCE_SPEC} (U)`,
    peak: { fp32: 56.3, tf32: 56.3, fp16: 112.6, bf16: 112.6, fp8: 225.1, int8: 450.2 }, peakSource: `${GEFORCE_SPEC} (U)`,
  }),
  nvidia({
    id: 'RTX-A6000', name: 'NVIDIA RTX A6000', releaseYear: 2020, memoryGb: 48, generation: 'ampere',
    aliases: ['NVIDIA RTX A6000', 'RTX A6000', 'A6000', 'Quadro RTX A6000'],
    tdpWatts: 300, tdpSource: 'ML CO2 Impact gpus.csv 300 W (D)',
    peak: { fp32: 38.7, tf32: 77.4, fp16: 154.8, bf16: 154.8, int8: 309.7 },
    peakSource: 'fp32 38.7: ML CO2 Impact gpus.csv (D); tensor rates from the NVIDIA RTX A6000 datasheet, sparse halved (U)',
  }),
];
