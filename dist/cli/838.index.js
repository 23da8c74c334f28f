export const id = 838;
export const ids = [838];
export const modules = {

/***/ 1341:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sk: () => (/* binding */ bottomUpEmbodied),
/* harmony export */   e0: () => (/* binding */ NVIDIA_SPEC),
/* harmony export */   ez: () => (/* binding */ GEFORCE_SPEC),
/* harmony export */   fx: () => (/* binding */ GENERIC_CARD_EMBODIED),
/* harmony export */   gk: () => (/* binding */ NVIDIA_SPEC_UNVERIFIED)
/* harmony export */ });
const NVIDIA_SPEC = 'NVIDIA datasheet figures via third-party copies of the spec tables (V)';
const NVIDIA_SPEC_UNVERIFIED = 'NVIDIA datasheet figures (U: datasheet not readable in stored text; provisional)';
const GEFORCE_SPEC = 'NVIDIA GeForce/RTX specifications; tensor rates with FP32 accumulation as training uses';
/** Teads/CCF generic 150 kg per GPU card, spread from ECODIAG's 60 kg to the Boavizta-method H100 figure. */
const GENERIC_CARD_EMBODIED = {
    value: 150,
    low: 60,
    high: 575,
    source: 'Teads/CCF generic GPU card 150 kg (C); range ECODIAG "powerful GPU" 60 kg (V) to Boavizta-method H100 SXM 575 kg',
    year: 2023,
    url: 'https://www.cloudcarbonfootprint.org/docs/embodied-emissions',
};
const BOAVIZTA = 'Bottom-up estimate with the Boavizta GPU model and factors (computed by ml-carbon from the published Boavizta factors, not verified by BoaviztAPI)';
/**
 * Totals computed by ml-carbon with Boavizta's published GPU model and impact factors
 * (https://github.com/Boavizta/boaviztapi): memory, die and the rest (board, casing, transport).
 */
const BOTTOM_UP = {
    h100Sxm80: { memoryKg: 431, memoryGb: 80, dieKg: 120, restKg: 25 },
    a100Sxm40: { memoryKg: 182, memoryGb: 40, dieKg: 77, restKg: 15 },
    a100Pcie40: { memoryKg: 182, memoryGb: 40, dieKg: 77, restKg: 17 },
    l4: { memoryKg: 93, memoryGb: 24, dieKg: 17, restKg: 4 },
};
/**
 * Embodied carbon of a card from a bottom-up reference card, with the memory share scaled to this card's capacity
 * (memory dominates the Boavizta estimate). Low: Teads generic 150 kg; high: +30 % for the model's own spread.
 */
function bottomUpEmbodied(reference, memoryGb) {
    const card = BOTTOM_UP[reference];
    const scaled = card.memoryGb !== memoryGb;
    const kg = Math.round(card.memoryKg * (memoryGb / card.memoryGb) + card.dieKg + card.restKg);
    return {
        value: kg,
        low: Math.min(150, kg),
        high: Math.round(kg * 1.3),
        source: scaled
            ? `${BOAVIZTA}, ${reference} reference card with memory scaled from ${card.memoryGb} GB to ${memoryGb} GB`
            : BOAVIZTA,
        year: 2025,
        url: 'https://doc.api.boavizta.org/Explanations/components/gpu/',
    };
}


/***/ }),

/***/ 1838:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Bo: () => (/* binding */ ACCELERATORS),
  e5: () => (/* binding */ getAccelerator),
  GI: () => (/* binding */ internAccelerator),
  aT: () => (/* binding */ resolveAccelerator)
});

// UNUSED EXPORTS: ACCELERATOR_NAMES, normalizeAcceleratorName

// EXTERNAL MODULE: ./build/util/suggest.js
var suggest = __webpack_require__(8639);
// EXTERNAL MODULE: ./build/data/accelerator-sources.js
var accelerator_sources = __webpack_require__(1341);
;// CONCATENATED MODULE: ./build/data/accelerators-nvidia.js

function nvidia(card) {
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
        tdpWatts: {
            value: card.tdpWatts,
            source: card.tdpSource ?? accelerator_sources/* NVIDIA_SPEC */.e0,
            year: card.releaseYear,
            ...(card.url ? { url: card.url } : {}),
        },
        peakTflops: {
            value: card.peak,
            source: card.peakSource ?? accelerator_sources/* NVIDIA_SPEC */.e0,
            year: card.releaseYear,
            ...(card.url ? { url: card.url } : {}),
        },
        embodiedKgCo2e: card.embodied ?? accelerator_sources/* GENERIC_CARD_EMBODIED */.fx,
        ...(sparsity ? { structuredSparsity: true } : {}),
    };
}
// V100 has no bf16 tensor cores: bf16 runs at the fp32 rate.
const V100_NOTE = 'V100 has no bf16 tensor cores, so bf16 is listed at the fp32 rate';
const A100 = { fp32: 19.5, tf32: 156, fp16: 312, bf16: 312, int8: 624 };
const H100_SXM = { fp32: 67, tf32: 494.7, fp16: 989.4, bf16: 989.4, fp8: 1979, int8: 1979 };
const H100_PCIE = { fp32: 51, tf32: 378, fp16: 756, bf16: 756, fp8: 1513, int8: 1513 };
const H100_NVL = { fp32: 60, tf32: 417, fp16: 835, bf16: 835, fp8: 1670, int8: 1670 };
const NVIDIA_ACCELERATORS = [
    nvidia({
        id: 'P100-PCIE-16GB',
        name: 'NVIDIA Tesla P100 PCIe',
        releaseYear: 2016,
        memoryGb: 16,
        generation: 'pascal',
        aliases: ['Tesla P100-PCIE-16GB', 'Tesla P100-PCIE-12GB', 'P100-PCIE', 'P100 PCIe'],
        tdpWatts: 250,
        tdpSource: 'NVIDIA Tesla P100 PCIe datasheet 250 W (U); ML CO2 Impact gpus.csv (D)',
        peak: { fp32: 9.3, fp16: 18.7 },
        peakSource: accelerator_sources/* NVIDIA_SPEC_UNVERIFIED */.gk,
    }),
    nvidia({
        id: 'P100-SXM2-16GB',
        name: 'NVIDIA Tesla P100 SXM2',
        releaseYear: 2016,
        memoryGb: 16,
        generation: 'pascal',
        // Bare "P100" means the SXM2 card of DGX-1-class training servers, as in Patterson et al. 2021 (300 W).
        aliases: ['P100', 'Tesla P100', 'Tesla P100-SXM2-16GB', 'P100-SXM2', 'P100 SXM2'],
        tdpWatts: 300,
        tdpSource: 'NVIDIA Tesla P100 SXM2 datasheet 300 W (U); Patterson et al. 2021 Table 4 lists P100 at 300 W (V)',
        peak: { fp32: 10.6, fp16: 21.2 },
        peakSource: accelerator_sources/* NVIDIA_SPEC_UNVERIFIED */.gk,
    }),
    nvidia({
        id: 'P40',
        name: 'NVIDIA Tesla P40',
        releaseYear: 2016,
        memoryGb: 24,
        generation: 'pascal',
        aliases: ['Tesla P40'],
        tdpWatts: 250,
        tdpSource: 'NVIDIA Tesla P40 datasheet 250 W (U); ML CO2 Impact gpus.csv (D)',
        // P40 runs fp16 at 1/64 rate; fp16 work falls back to fp32 speed in practice.
        peak: { fp32: 11.8, fp16: 11.8, int8: 47 },
        peakSource: `${accelerator_sources/* NVIDIA_SPEC_UNVERIFIED */.gk}; fp16 listed at the fp32 rate (native fp16 is 1/64 rate)`,
    }),
    nvidia({
        id: 'V100-SXM2-16GB',
        name: 'NVIDIA V100 SXM2 16GB',
        releaseYear: 2017,
        memoryGb: 16,
        generation: 'volta',
        aliases: ['Tesla V100-SXM2-16GB', 'V100-SXM2-16GB', 'V100 16GB'],
        tdpWatts: 300,
        tdpSource: 'NVIDIA V100 datasheet 300 W (U); Green Algorithms TDP_gpu.csv "Tesla V100" 300 W (D)',
        peak: { fp32: 15.7, fp16: 125, bf16: 15.7 },
        peakSource: `NVIDIA developer blog "Programming Tensor Cores in CUDA 9": 125 TFLOP/s tensor (V); fp32 15.7 (U); ${V100_NOTE}`,
        url: 'https://www.nvidia.com/en-us/data-center/v100/',
    }),
    nvidia({
        id: 'V100-SXM2-32GB',
        name: 'NVIDIA V100 SXM2',
        releaseYear: 2018,
        memoryGb: 32,
        generation: 'volta',
        aliases: [
            'V100',
            'Tesla V100',
            'V100-SXM2',
            'V100 SXM2',
            'Tesla V100-SXM2-32GB',
            'V100 32GB',
            'Tesla V100-SXM3-32GB',
            'V100-SXM3-32GB',
        ],
        tdpWatts: 300,
        tdpSource: 'NVIDIA V100 datasheet 300 W (U); Green Algorithms TDP_gpu.csv "Tesla V100" 300 W (D)',
        peak: { fp32: 15.7, fp16: 125, bf16: 15.7 },
        peakSource: `NVIDIA developer blog "Programming Tensor Cores in CUDA 9": 125 TFLOP/s tensor (V); fp32 15.7 (U); ${V100_NOTE}`,
        url: 'https://www.nvidia.com/en-us/data-center/v100/',
    }),
    nvidia({
        id: 'V100-PCIE-16GB',
        name: 'NVIDIA V100 PCIe 16GB',
        releaseYear: 2017,
        memoryGb: 16,
        generation: 'volta',
        aliases: ['Tesla V100-PCIE-16GB', 'V100-PCIE-16GB', 'V100 PCIe', 'V100-PCIE', 'Tesla V100-PCIE'],
        tdpWatts: 250,
        tdpSource: 'io-tech.fi summary of the NVIDIA V100 PCIe launch: 250 W (V)',
        peak: { fp32: 14, fp16: 112, bf16: 14 },
        peakSource: `io-tech.fi summary of the NVIDIA launch: 14 fp32 / 112 tensor TFLOP/s (V); ${V100_NOTE}`,
        url: 'https://www.nvidia.com/en-us/data-center/v100/',
    }),
    nvidia({
        id: 'V100-PCIE-32GB',
        name: 'NVIDIA V100 PCIe 32GB',
        releaseYear: 2018,
        memoryGb: 32,
        generation: 'volta',
        aliases: ['Tesla V100-PCIE-32GB', 'V100-PCIE-32GB', 'V100S', 'Tesla V100S-PCIE-32GB'],
        tdpWatts: 250,
        tdpSource: 'io-tech.fi summary of the NVIDIA V100 PCIe launch: 250 W (V)',
        peak: { fp32: 14, fp16: 112, bf16: 14 },
        peakSource: `io-tech.fi summary of the NVIDIA launch: 14 fp32 / 112 tensor TFLOP/s (V); ${V100_NOTE}`,
        url: 'https://www.nvidia.com/en-us/data-center/v100/',
    }),
    nvidia({
        id: 'T4',
        name: 'NVIDIA T4',
        releaseYear: 2018,
        memoryGb: 16,
        generation: 'turing',
        aliases: ['Tesla T4', 'NVIDIA T4', 'T4 16GB'],
        tdpWatts: 70,
        tdpSource: 'NVIDIA T4 spec pages (V); ML CO2 Impact gpus.csv (D)',
        peak: { fp32: 8.1, fp16: 65, int8: 130, int4: 260 },
        peakSource: 'NVIDIA T4 spec pages (hmc-tech, sysrqmts) (V); T4 has no bf16 support',
        url: 'https://www.nvidia.com/en-us/data-center/tesla-t4/',
    }),
    nvidia({
        id: 'A10',
        name: 'NVIDIA A10',
        releaseYear: 2021,
        memoryGb: 24,
        generation: 'ampere',
        aliases: ['NVIDIA A10', 'A10 24GB', 'A10-24GB'],
        tdpWatts: 150,
        tdpSource: accelerator_sources/* NVIDIA_SPEC_UNVERIFIED */.gk,
        peak: { fp32: 31.2, tf32: 62.5, fp16: 125, bf16: 125, int8: 250 },
        peakSource: `fp32 31.24 (V, sysrqmts); tensor rates ${accelerator_sources/* NVIDIA_SPEC_UNVERIFIED */.gk}`,
        url: 'https://www.nvidia.com/en-us/data-center/products/a10-gpu/',
    }),
    nvidia({
        id: 'A10G',
        name: 'NVIDIA A10G',
        releaseYear: 2021,
        memoryGb: 24,
        generation: 'ampere',
        aliases: ['NVIDIA A10G', 'A10G 24GB', 'g5'],
        tdpWatts: 150,
        tdpSource: 'ML CO2 Impact gpus.csv 150 W (D); CCF GPU table max 153 W (C)',
        peak: { fp32: 31.5, tf32: 62.5, fp16: 125, bf16: 125, int8: 250 },
        peakSource: 'ML CO2 Impact gpus.csv fp32 31.52 (D); tensor rates assumed equal to the A10 (U: NVIDIA publishes no A10G datasheet)',
    }),
    nvidia({
        id: 'A30',
        name: 'NVIDIA A30',
        releaseYear: 2021,
        memoryGb: 24,
        generation: 'ampere',
        aliases: ['NVIDIA A30', 'A30 24GB'],
        tdpWatts: 165,
        tdpSource: accelerator_sources/* NVIDIA_SPEC_UNVERIFIED */.gk,
        peak: { fp32: 10.3, tf32: 82, fp16: 165, bf16: 165, int8: 330 },
        peakSource: accelerator_sources/* NVIDIA_SPEC_UNVERIFIED */.gk,
        url: 'https://www.nvidia.com/en-us/data-center/products/a30-gpu/',
    }),
    nvidia({
        id: 'A40',
        name: 'NVIDIA A40',
        releaseYear: 2020,
        memoryGb: 48,
        generation: 'ampere',
        aliases: ['NVIDIA A40', 'A40 48GB'],
        tdpWatts: 300,
        tdpSource: accelerator_sources/* NVIDIA_SPEC_UNVERIFIED */.gk,
        peak: { fp32: 37.4, tf32: 74.8, fp16: 149.7, bf16: 149.7, int8: 299.3 },
        peakSource: accelerator_sources/* NVIDIA_SPEC_UNVERIFIED */.gk,
        url: 'https://www.nvidia.com/en-us/data-center/a40/',
    }),
    nvidia({
        id: 'A100-PCIE-40GB',
        name: 'NVIDIA A100 PCIe 40GB',
        releaseYear: 2020,
        memoryGb: 40,
        generation: 'ampere',
        aliases: ['NVIDIA A100-PCIE-40GB', 'A100-PCIE-40GB', 'A100 PCIe 40GB', 'a100-pcie-40gb', 'A100 PCIe'],
        tdpWatts: 250,
        tdpSource: 'glennklockwood A100 page citing the NVIDIA datasheet: 250 W (V)',
        peak: A100,
        embodied: (0,accelerator_sources/* bottomUpEmbodied */.Sk)('a100Pcie40', 40),
        url: 'https://www.nvidia.com/en-us/data-center/a100/',
    }),
    nvidia({
        id: 'A100-PCIE-80GB',
        name: 'NVIDIA A100 PCIe 80GB',
        releaseYear: 2021,
        memoryGb: 80,
        generation: 'ampere',
        aliases: ['NVIDIA A100 80GB PCIe', 'A100 80GB PCIe', 'A100-PCIE-80GB', 'a100-pcie-80gb'],
        tdpWatts: 300,
        tdpSource: 'thundercompute A100 table 300 W (V); Green Algorithms TDP_gpu.csv 300 W (D)',
        peak: A100,
        embodied: (0,accelerator_sources/* bottomUpEmbodied */.Sk)('a100Pcie40', 80),
        url: 'https://www.nvidia.com/en-us/data-center/a100/',
    }),
    nvidia({
        id: 'A100-SXM4-40GB',
        name: 'NVIDIA A100 SXM4 40GB',
        releaseYear: 2020,
        memoryGb: 40,
        generation: 'ampere',
        aliases: ['A100-SXM4-40GB', 'A100 40GB', 'A100-40GB', 'NVIDIA A100-SXM4-40GB', 'A100 SXM4 40GB'],
        tdpWatts: 400,
        tdpSource: 'glennklockwood A100 page; PC2 wiki "Max TDP 400 W" (V)',
        peak: A100,
        embodied: (0,accelerator_sources/* bottomUpEmbodied */.Sk)('a100Sxm40', 40),
        url: 'https://www.nvidia.com/en-us/data-center/a100/',
    }),
    nvidia({
        id: 'A100-SXM4-80GB',
        name: 'NVIDIA A100 SXM4 80GB',
        releaseYear: 2020,
        memoryGb: 80,
        generation: 'ampere',
        aliases: [
            'A100',
            'A100 80GB',
            'A100-80GB',
            'NVIDIA A100-SXM4-80GB',
            'A100-SXM4',
            'A100 SXM4',
            'A100-SXM',
            'A100 SXM4 80GB',
            'NVIDIA A100',
        ],
        tdpWatts: 400,
        tdpSource: 'glennklockwood A100 page; PC2 wiki "Max TDP 400 W" (V)',
        peak: A100,
        embodied: (0,accelerator_sources/* bottomUpEmbodied */.Sk)('a100Sxm40', 80),
        url: 'https://www.nvidia.com/en-us/data-center/a100/',
    }),
    nvidia({
        id: 'A800-SXM4-80GB',
        name: 'NVIDIA A800 SXM4 80GB',
        releaseYear: 2022,
        memoryGb: 80,
        generation: 'ampere',
        aliases: ['A800', 'NVIDIA A800-SXM4-80GB', 'A800-80GB', 'A800 80GB', 'DGX-A800'],
        tdpWatts: 400,
        tdpSource: 'A800 is the export variant of the A100 SXM4 with reduced NVLink; same 400 W (U)',
        peak: A100,
        peakSource: 'Same compute as A100 SXM4 (export variant limits NVLink only) (U)',
        embodied: (0,accelerator_sources/* bottomUpEmbodied */.Sk)('a100Sxm40', 80),
    }),
    nvidia({
        id: 'A800-PCIE-80GB',
        name: 'NVIDIA A800 PCIe 80GB',
        releaseYear: 2022,
        memoryGb: 80,
        generation: 'ampere',
        aliases: ['NVIDIA A800 80GB PCIe', 'A800 PCIe', 'A800-PCIE-80GB'],
        tdpWatts: 300,
        tdpSource: 'Export variant of the A100 PCIe 80GB; same 300 W (U)',
        peak: A100,
        peakSource: 'Same compute as A100 PCIe (U)',
        embodied: (0,accelerator_sources/* bottomUpEmbodied */.Sk)('a100Pcie40', 80),
    }),
    nvidia({
        id: 'L4',
        name: 'NVIDIA L4',
        releaseYear: 2023,
        memoryGb: 24,
        generation: 'ada',
        aliases: ['NVIDIA L4', 'L4 24GB'],
        tdpWatts: 72,
        tdpSource: 'NVIDIA L4 specs via grokipedia L4-vs-L40S summary: 72 W (V)',
        peak: { fp32: 30.3, tf32: 60, fp16: 121, bf16: 121, fp8: 242.5, int8: 242.5 },
        peakSource: 'NVIDIA L4 specs (grokipedia, store.sourcecode, fpsbench), sparse figures halved (V)',
        embodied: (0,accelerator_sources/* bottomUpEmbodied */.Sk)('l4', 24),
        url: 'https://www.nvidia.com/en-us/data-center/l4/',
    }),
    nvidia({
        id: 'L40',
        name: 'NVIDIA L40',
        releaseYear: 2022,
        memoryGb: 48,
        generation: 'ada',
        aliases: ['NVIDIA L40', 'L40 48GB'],
        tdpWatts: 300,
        tdpSource: accelerator_sources/* NVIDIA_SPEC_UNVERIFIED */.gk,
        peak: { fp32: 90.5, tf32: 90.5, fp16: 181, bf16: 181, fp8: 362, int8: 362 },
        peakSource: accelerator_sources/* NVIDIA_SPEC_UNVERIFIED */.gk,
        url: 'https://www.nvidia.com/en-us/data-center/l40/',
    }),
    nvidia({
        id: 'L40S',
        name: 'NVIDIA L40S',
        releaseYear: 2023,
        memoryGb: 48,
        generation: 'ada',
        aliases: ['NVIDIA L40S', 'L40S 48GB', 'L40-S'],
        tdpWatts: 350,
        tdpSource: 'Reseller copy of the NVIDIA L40/L40S table; hmc-tech (V)',
        peak: { fp32: 91.6, tf32: 183, fp16: 362.05, bf16: 362.05, fp8: 733, int8: 733 },
        peakSource: 'Reseller copy of the NVIDIA L40/L40S table; hmc-tech (V)',
        url: 'https://www.nvidia.com/en-us/data-center/l40s/',
    }),
    nvidia({
        id: 'H100-PCIE-80GB',
        name: 'NVIDIA H100 PCIe 80GB',
        releaseYear: 2022,
        memoryGb: 80,
        generation: 'hopper',
        aliases: ['NVIDIA H100 PCIe', 'H100 PCIe', 'H100-PCIE', 'H100-PCIE-80GB', 'h100-pcie-80gb'],
        tdpWatts: 350,
        tdpSource: 'NVIDIA H100 PCIe product brief PB-11133-001_v02 (300-350 W configurable) (V)',
        peak: H100_PCIE,
        peakSource: 'bf16 756 and int8 1,513 dense: LLM-Viewer hardware table (C); tf32, fp8, fp32: NVIDIA datasheet (U)',
        embodied: (0,accelerator_sources/* bottomUpEmbodied */.Sk)('h100Sxm80', 80),
        url: 'https://www.nvidia.com/en-us/data-center/h100/',
    }),
    nvidia({
        id: 'H100-SXM5-80GB',
        name: 'NVIDIA H100 SXM5 80GB',
        releaseYear: 2022,
        memoryGb: 80,
        generation: 'hopper',
        aliases: [
            'H100',
            'H100-SXM',
            'H100-80GB',
            'NVIDIA H100 80GB HBM3',
            'H100 SXM5',
            'H100 SXM',
            'H100-SXM5',
            'H100 80GB',
            'NVIDIA H100',
            'HGX H100',
            'DGX H100',
        ],
        tdpWatts: 700,
        tdpSource: 'glennklockwood H100 page (NVIDIA datasheet figures) (V)',
        peak: H100_SXM,
        peakSource: 'glennklockwood H100 page; sparse figures halved (V)',
        embodied: (0,accelerator_sources/* bottomUpEmbodied */.Sk)('h100Sxm80', 80),
        url: 'https://www.nvidia.com/en-us/data-center/h100/',
    }),
    nvidia({
        id: 'H100-NVL',
        name: 'NVIDIA H100 NVL (per GPU)',
        releaseYear: 2023,
        memoryGb: 94,
        generation: 'hopper',
        aliases: ['NVIDIA H100 NVL', 'H100 NVL', 'H100-NVL-94GB', 'H100 94GB'],
        tdpWatts: 400,
        tdpSource: 'gpu.blog H100 NVL: 350-400 W per GPU (V); upper value used',
        peak: H100_NVL,
        peakSource: 'bf16 1,671 sparse: ML CO2 Impact gpus.csv (D), halved; other precisions derived (U)',
        embodied: (0,accelerator_sources/* bottomUpEmbodied */.Sk)('h100Sxm80', 94),
        url: 'https://www.nvidia.com/en-us/data-center/h100/',
    }),
    nvidia({
        id: 'H800-SXM5-80GB',
        name: 'NVIDIA H800 SXM5 80GB',
        releaseYear: 2023,
        memoryGb: 80,
        generation: 'hopper',
        aliases: ['H800', 'NVIDIA H800', 'NVIDIA H800 80GB HBM3', 'H800-SXM', 'H800 SXM5', 'H800-80GB'],
        tdpWatts: 700,
        tdpSource: 'Export variant of the H100 SXM5 with reduced NVLink; same 700 W (U)',
        peak: H100_SXM,
        peakSource: 'Same dense compute as H100 SXM5 (export variant limits NVLink and fp64) (U)',
        embodied: (0,accelerator_sources/* bottomUpEmbodied */.Sk)('h100Sxm80', 80),
    }),
    nvidia({
        id: 'H800-PCIE-80GB',
        name: 'NVIDIA H800 PCIe 80GB',
        releaseYear: 2023,
        memoryGb: 80,
        generation: 'hopper',
        aliases: ['NVIDIA H800 PCIe', 'H800 PCIe', 'H800-PCIE'],
        tdpWatts: 350,
        tdpSource: 'Export variant of the H100 PCIe; same 350 W (U)',
        peak: H100_PCIE,
        peakSource: 'Same dense compute as H100 PCIe (U)',
        embodied: (0,accelerator_sources/* bottomUpEmbodied */.Sk)('h100Sxm80', 80),
    }),
    nvidia({
        id: 'H200-SXM-141GB',
        name: 'NVIDIA H200 SXM 141GB',
        releaseYear: 2024,
        memoryGb: 141,
        generation: 'hopper',
        aliases: ['H200', 'NVIDIA H200', 'H200 SXM', 'H200-SXM', 'H200-141GB', 'H200 141GB', 'HGX H200'],
        tdpWatts: 700,
        tdpSource: 'Spec pages comparing H200 and H100: 700 W, same compute as H100 SXM (V)',
        peak: H100_SXM,
        peakSource: 'Spec pages: same compute as H100 SXM, sparse figures halved (V)',
        embodied: (0,accelerator_sources/* bottomUpEmbodied */.Sk)('h100Sxm80', 141),
        url: 'https://www.nvidia.com/en-us/data-center/h200/',
    }),
    nvidia({
        id: 'H200-NVL',
        name: 'NVIDIA H200 NVL',
        releaseYear: 2024,
        memoryGb: 141,
        generation: 'hopper',
        aliases: ['NVIDIA H200 NVL', 'H200 NVL', 'H200 PCIe'],
        tdpWatts: 600,
        tdpSource: 'saulelectric H200 NVL spec page: 600 W (V)',
        peak: H100_NVL,
        peakSource: 'Compute assumed equal to the H100 NVL class (U)',
        embodied: (0,accelerator_sources/* bottomUpEmbodied */.Sk)('h100Sxm80', 141),
        url: 'https://www.nvidia.com/en-us/data-center/h200/',
    }),
    nvidia({
        id: 'B200',
        name: 'NVIDIA B200 (HGX, 1,000 W)',
        releaseYear: 2024,
        memoryGb: 180,
        generation: 'blackwell',
        aliases: ['NVIDIA B200', 'B200 180GB', 'B200-180GB', 'HGX B200', 'DGX B200', 'B200 192GB'],
        tdpWatts: 1000,
        tdpSource: 'glennklockwood B200 page "HGX variant at 1,000 W"; Vultr hardware overview (V)',
        peak: { fp32: 80, tf32: 1100, fp16: 2250, bf16: 2250, fp8: 4500, int8: 4500 },
        peakSource: 'glennklockwood B200 page; Vultr (~4.5 PFLOP/s fp8 dense); sparse figures halved (V). fp4 9,000 dense not modelled',
        embodied: (0,accelerator_sources/* bottomUpEmbodied */.Sk)('h100Sxm80', 180),
        url: 'https://www.nvidia.com/en-us/data-center/dgx-b200/',
    }),
    nvidia({
        id: 'GB200',
        name: 'NVIDIA GB200 (per B200 GPU in NVL72, 1,200 W)',
        releaseYear: 2024,
        memoryGb: 186,
        generation: 'blackwell',
        aliases: ['NVIDIA GB200', 'GB200 NVL72', 'GB200-NVL72', 'B200 (GB200)'],
        tdpWatts: 1200,
        tdpSource: 'glennklockwood B200 page, GB200 variant 1,200 W per GPU (V); excludes the Grace CPU share',
        peak: { fp32: 90, tf32: 1250, fp16: 2500, bf16: 2500, fp8: 5000, int8: 5000 },
        peakSource: 'glennklockwood B200 page, GB200 variant; sparse figures halved (V)',
        embodied: (0,accelerator_sources/* bottomUpEmbodied */.Sk)('h100Sxm80', 186),
        url: 'https://www.nvidia.com/en-us/data-center/gb200-nvl72/',
    }),
    nvidia({
        id: 'RTX-3060',
        name: 'NVIDIA GeForce RTX 3060',
        releaseYear: 2021,
        memoryGb: 12,
        generation: 'ampere',
        aliases: ['RTX 3060', 'NVIDIA GeForce RTX 3060', 'GeForce RTX 3060', '3060'],
        tdpWatts: 170,
        tdpSource: `${accelerator_sources/* GEFORCE_SPEC */.ez} (U)`,
        peak: { fp32: 12.7, tf32: 12.7, fp16: 25.4, bf16: 25.4, int8: 101.9 },
        peakSource: `${accelerator_sources/* GEFORCE_SPEC */.ez} (U)`,
    }),
    nvidia({
        id: 'RTX-3060-TI',
        name: 'NVIDIA GeForce RTX 3060 Ti',
        releaseYear: 2020,
        memoryGb: 8,
        generation: 'ampere',
        aliases: ['RTX 3060 Ti', 'NVIDIA GeForce RTX 3060 Ti', 'GeForce RTX 3060 Ti', '3060 Ti'],
        tdpWatts: 200,
        tdpSource: `${accelerator_sources/* GEFORCE_SPEC */.ez} (U)`,
        peak: { fp32: 16.2, tf32: 16.2, fp16: 32.4, bf16: 32.4, int8: 129.6 },
        peakSource: `${accelerator_sources/* GEFORCE_SPEC */.ez} (U)`,
    }),
    nvidia({
        id: 'RTX-3080-TI',
        name: 'NVIDIA GeForce RTX 3080 Ti',
        releaseYear: 2021,
        memoryGb: 12,
        generation: 'ampere',
        aliases: ['RTX 3080 Ti', 'NVIDIA GeForce RTX 3080 Ti', 'GeForce RTX 3080 Ti', '3080 Ti'],
        tdpWatts: 350,
        tdpSource: `${accelerator_sources/* GEFORCE_SPEC */.ez} (U)`,
        peak: { fp32: 34.1, tf32: 34.1, fp16: 68.2, bf16: 68.2, int8: 272.8 },
        peakSource: `${accelerator_sources/* GEFORCE_SPEC */.ez} (U)`,
    }),
    nvidia({
        id: 'RTX-3090',
        name: 'NVIDIA GeForce RTX 3090',
        releaseYear: 2020,
        memoryGb: 24,
        generation: 'ampere',
        aliases: ['RTX 3090', 'NVIDIA GeForce RTX 3090', 'GeForce RTX 3090', '3090'],
        tdpWatts: 350,
        tdpSource: 'ML CO2 Impact gpus.csv (D); digitaltrends (V): 350 W',
        peak: { fp32: 35.6, tf32: 35.6, fp16: 71, bf16: 71, int8: 284 },
        peakSource: 'fp32 35.58: ML CO2 Impact gpus.csv (D); tensor rates with FP32 accumulation from the Ampere GA102 whitepaper (U)',
    }),
    nvidia({
        id: 'RTX-4090',
        name: 'NVIDIA GeForce RTX 4090',
        releaseYear: 2022,
        memoryGb: 24,
        generation: 'ada',
        aliases: ['RTX 4090', 'GeForce RTX 4090', 'NVIDIA GeForce RTX 4090', '4090'],
        tdpWatts: 450,
        tdpSource: 'NVIDIA GeForce RTX 4090 specifications 450 W TGP (techgoing) (V)',
        peak: { fp32: 82.6, tf32: 82.6, fp16: 165.2, bf16: 165.2, fp8: 330.3, int8: 660.6 },
        peakSource: 'waredb and gigagpu spec tables, tensor rates with FP32 accumulation (V)',
        url: 'https://www.nvidia.com/en-us/geforce/graphics-cards/40-series/rtx-4090/',
    }),
    nvidia({
        id: 'RTX-5080',
        name: 'NVIDIA GeForce RTX 5080',
        releaseYear: 2025,
        memoryGb: 16,
        generation: 'blackwell',
        aliases: ['RTX 5080', 'NVIDIA GeForce RTX 5080', 'GeForce RTX 5080', '5080'],
        tdpWatts: 360,
        tdpSource: `${accelerator_sources/* GEFORCE_SPEC */.ez} (U)`,
        peak: { fp32: 56.3, tf32: 56.3, fp16: 112.6, bf16: 112.6, fp8: 225.1, int8: 450.2 },
        peakSource: `${accelerator_sources/* GEFORCE_SPEC */.ez} (U)`,
    }),
    nvidia({
        id: 'RTX-A6000',
        name: 'NVIDIA RTX A6000',
        releaseYear: 2020,
        memoryGb: 48,
        generation: 'ampere',
        aliases: ['NVIDIA RTX A6000', 'RTX A6000', 'A6000', 'Quadro RTX A6000'],
        tdpWatts: 300,
        tdpSource: 'ML CO2 Impact gpus.csv 300 W (D)',
        peak: { fp32: 38.7, tf32: 77.4, fp16: 154.8, bf16: 154.8, int8: 309.7 },
        peakSource: 'fp32 38.7: ML CO2 Impact gpus.csv (D); tensor rates from the NVIDIA RTX A6000 datasheet, sparse halved (U)',
    }),
];

;// CONCATENATED MODULE: ./build/data/accelerators-other.js

const NO_POWER_PUBLISHED = 'no per-chip power is published; ml-carbon assumption (U), treat as provisional';
const TPU_DOCS = (version) => `Google Cloud TPU ${version} documentation (V)`;
const INTEL_GAUDI3_PAPER = 'Intel Gaudi 3 AI Accelerator white paper (2024)';
const INTEL_GAUDI_URL = 'https://www.intel.com/content/www/us/en/content-details/817486/intel-gaudi-3-ai-accelerator-white-paper.html';
const NEURON_DOCS = (chip) => `AWS Neuron documentation "${chip} Architecture" (V)`;
const APPLE = 'Apple product specifications and third-party measurements (U): GPU fp32 rate, package power under sustained GPU load';
const CHIP_EMBODIED_ASSUMED = {
    ...accelerator_sources/* GENERIC_CARD_EMBODIED */.fx,
    source: `No published figure for this chip; ${accelerator_sources/* GENERIC_CARD_EMBODIED */.fx.source}`,
};
const OTHER_ACCELERATORS = [
    {
        id: 'MI250X',
        name: 'AMD Instinct MI250X',
        vendor: 'amd',
        kind: 'gpu',
        releaseYear: 2021,
        memoryGb: 128,
        generation: 'cdna2',
        aliases: ['AMD Instinct MI250X', 'MI250X', 'Instinct MI250X', 'AMD MI250X'],
        tdpWatts: { value: 560, source: 'zexron launch article reproducing the AMD table: 560 W (V)', year: 2021 },
        peakTflops: {
            value: { fp32: 95.7, fp16: 383, bf16: 383, int8: 383 },
            source: 'AMD MI250X table via zexron and gpu.blog: 95.7 fp32 matrix, 383 fp16/bf16 (V)',
            year: 2021,
        },
        embodiedKgCo2e: accelerator_sources/* GENERIC_CARD_EMBODIED */.fx,
    },
    {
        id: 'MI250',
        name: 'AMD Instinct MI250',
        vendor: 'amd',
        kind: 'gpu',
        releaseYear: 2021,
        memoryGb: 128,
        generation: 'cdna2',
        aliases: ['AMD Instinct MI250', 'MI250', 'Instinct MI250', 'AMD MI250'],
        tdpWatts: { value: 500, source: 'AMD MI250 board power 500 W (U)', year: 2021 },
        peakTflops: {
            value: { fp32: 90.5, fp16: 362.1, bf16: 362.1, int8: 362.1 },
            source: 'AMD MI250 table via zexron (V)',
            year: 2021,
        },
        embodiedKgCo2e: accelerator_sources/* GENERIC_CARD_EMBODIED */.fx,
    },
    {
        id: 'MI300X',
        name: 'AMD Instinct MI300X',
        vendor: 'amd',
        kind: 'gpu',
        releaseYear: 2023,
        memoryGb: 192,
        generation: 'cdna3',
        aliases: ['AMD Instinct MI300X', 'MI300X', 'Instinct MI300X', 'AMD MI300X', 'MI300X OAM'],
        tdpWatts: { value: 750, source: 'codesota, gpu.blog, aiwiki: 750 W, 192 GB (V)', year: 2023 },
        peakTflops: {
            value: { fp32: 163.4, tf32: 653.7, fp16: 1307.4, bf16: 1307.4, fp8: 2614.9, int8: 2614.9 },
            source: 'AMD MI300X datasheet dense figures (U: stored third-party pages disagree on throughput)',
            year: 2023,
            url: 'https://www.amd.com/en/products/accelerators/instinct/mi300/mi300x.html',
        },
        embodiedKgCo2e: accelerator_sources/* GENERIC_CARD_EMBODIED */.fx,
        structuredSparsity: true,
    },
    {
        id: 'MI325X',
        name: 'AMD Instinct MI325X',
        vendor: 'amd',
        kind: 'gpu',
        releaseYear: 2024,
        memoryGb: 256,
        generation: 'cdna3',
        aliases: ['AMD Instinct MI325X', 'MI325X', 'Instinct MI325X', 'AMD MI325X'],
        tdpWatts: { value: 1000, source: 'AMD Instinct MI325X specifications: 1,000 W, 256 GB HBM3E (U)', year: 2024 },
        peakTflops: {
            value: { fp32: 163.4, tf32: 653.7, fp16: 1307.4, bf16: 1307.4, fp8: 2614.9, int8: 2614.9 },
            source: 'AMD Instinct MI325X specifications: the MI300X compute (CDNA 3, same dense figures) (U)',
            year: 2024,
            url: 'https://www.amd.com/en/products/accelerators/instinct/mi300/mi325x.html',
        },
        embodiedKgCo2e: accelerator_sources/* GENERIC_CARD_EMBODIED */.fx,
        structuredSparsity: true,
    },
    {
        id: 'Gaudi2',
        name: 'Intel Gaudi 2 (OAM)',
        vendor: 'intel',
        kind: 'asic',
        releaseYear: 2022,
        memoryGb: 96,
        generation: 'gaudi2',
        aliases: ['Gaudi 2', 'Gaudi2', 'Intel Gaudi 2', 'Intel Gaudi2', 'HL-225', 'Habana Gaudi2', 'HL-225H'],
        tdpWatts: { value: 600, source: 'Intel Gaudi 2 HL-225H mezzanine card: 600 W TDP (U)', year: 2022 },
        peakTflops: {
            value: { fp32: 432 / 4, bf16: 432, fp16: 432, fp8: 865 },
            source: `${INTEL_GAUDI3_PAPER} comparison with Gaudi 2: matrix engines 432 bf16 / 865 fp8 TFLOP/s (U); fp32 assumed a quarter of bf16`,
            year: 2024,
            url: INTEL_GAUDI_URL,
        },
        embodiedKgCo2e: CHIP_EMBODIED_ASSUMED,
    },
    {
        id: 'Gaudi3',
        name: 'Intel Gaudi 3 (OAM)',
        vendor: 'intel',
        kind: 'asic',
        releaseYear: 2024,
        memoryGb: 128,
        generation: 'gaudi3',
        aliases: ['Gaudi 3', 'Gaudi3', 'Intel Gaudi 3', 'Intel Gaudi3', 'HL-325L'],
        tdpWatts: { value: 900, source: 'Intel Gaudi 3 HL-325L OAM mezzanine card: 900 W (U)', year: 2024 },
        peakTflops: {
            value: { fp32: 1835 / 4, bf16: 1835, fp16: 1835, fp8: 1835 },
            source: `${INTEL_GAUDI3_PAPER}: matrix engines 1,835 TFLOP/s bf16 and fp8 (U); fp32 assumed a quarter of bf16`,
            year: 2024,
            url: INTEL_GAUDI_URL,
        },
        embodiedKgCo2e: CHIP_EMBODIED_ASSUMED,
    },
    {
        id: 'TPU-v2',
        name: 'Google TPU v2 (per chip)',
        vendor: 'google',
        kind: 'tpu',
        releaseYear: 2017,
        memoryGb: 16,
        generation: 'tpu-v2',
        aliases: ['TPU v2', 'tpu-v2', 'tpuv2', 'Google TPU v2', 'v2-8'],
        tdpWatts: {
            value: 280,
            source: 'Patterson et al. 2021 Table 4 and Green Algorithms TDP_gpu.csv: TPU v2 280 W (D); ML CO2 Impact lists the 221 W measured average',
            year: 2021,
        },
        peakTflops: {
            value: { bf16: 45, fp16: 45, fp32: 45 / 4 },
            source: 'Google TPU v2 45 TFLOP/s bf16 per chip (U); fp32 assumed a quarter of bf16',
            year: 2017,
            url: 'https://cloud.google.com/tpu/docs/system-architecture-tpu-vm',
        },
        embodiedKgCo2e: CHIP_EMBODIED_ASSUMED,
    },
    {
        id: 'TPU-v3',
        name: 'Google TPU v3 (per chip)',
        vendor: 'google',
        kind: 'tpu',
        releaseYear: 2018,
        memoryGb: 32,
        generation: 'tpu-v3',
        aliases: ['TPU v3', 'tpu-v3', 'tpuv3', 'Google TPU v3', 'v3-8', 'v3'],
        tdpWatts: {
            value: 262,
            source: 'Google Cloud TPU v3 documentation: measured min/mean/max per chip 123/220/262 W (V)',
            year: 2023,
        },
        peakTflops: {
            value: { bf16: 123, fp16: 123, fp32: 123 / 4 },
            source: `${TPU_DOCS('v3')} 123 TFLOP/s bf16; fp32 assumed a quarter of bf16`,
            year: 2023,
            url: 'https://cloud.google.com/tpu/docs/system-architecture-tpu-vm',
        },
        embodiedKgCo2e: CHIP_EMBODIED_ASSUMED,
    },
    {
        id: 'TPU-v4',
        name: 'Google TPU v4 (per chip)',
        vendor: 'google',
        kind: 'tpu',
        releaseYear: 2021,
        memoryGb: 32,
        generation: 'tpu-v4',
        aliases: ['TPU v4', 'tpu-v4', 'tpuv4', 'Google TPU v4', 'v4-8', 'v4'],
        tdpWatts: {
            value: 192,
            source: 'Google Cloud TPU v4 documentation: measured min/mean/max per chip 90/170/192 W (V)',
            year: 2023,
        },
        peakTflops: {
            value: { bf16: 275, fp16: 275, int8: 275, fp32: 275 / 4 },
            source: `${TPU_DOCS('v4')} 275 TFLOP/s bf16/int8; fp32 assumed a quarter of bf16`,
            year: 2023,
            url: 'https://cloud.google.com/tpu/docs/v4',
        },
        embodiedKgCo2e: CHIP_EMBODIED_ASSUMED,
    },
    {
        id: 'TPU-v5e',
        name: 'Google TPU v5e (per chip)',
        vendor: 'google',
        kind: 'tpu',
        releaseYear: 2023,
        memoryGb: 16,
        generation: 'tpu-v5',
        aliases: ['TPU v5e', 'tpu-v5e', 'tpuv5e', 'Google TPU v5e', 'v5litepod', 'TPU v5 lite', 'v5e', 'TPU v5 lite pod'],
        tdpWatts: {
            value: 200,
            source: `TPU v5e: ${NO_POWER_PUBLISHED} (set near TPU v4's 192 W max for an efficiency-tier chip)`,
            year: 2023,
        },
        peakTflops: {
            value: { bf16: 197, fp16: 197, int8: 393, fp32: 197 / 4 },
            source: `${TPU_DOCS('v5e')} 197 bf16 / 393 int8; fp32 assumed a quarter of bf16`,
            year: 2023,
            url: 'https://cloud.google.com/tpu/docs/v5e',
        },
        embodiedKgCo2e: CHIP_EMBODIED_ASSUMED,
    },
    {
        id: 'TPU-v5p',
        name: 'Google TPU v5p (per chip)',
        vendor: 'google',
        kind: 'tpu',
        releaseYear: 2023,
        memoryGb: 95,
        generation: 'tpu-v5',
        aliases: ['TPU v5p', 'tpu-v5p', 'tpuv5p', 'Google TPU v5p', 'v5p'],
        tdpWatts: {
            value: 450,
            source: `TPU v5p: ${NO_POWER_PUBLISHED} (scaled from TPU v4 by bf16 peak and HBM)`,
            year: 2023,
        },
        peakTflops: {
            value: { bf16: 459, fp16: 459, int8: 918, fp32: 459 / 4 },
            source: `${TPU_DOCS('v5p')} 459 bf16 (V); int8 918 (U); fp32 assumed a quarter of bf16`,
            year: 2023,
            url: 'https://cloud.google.com/tpu/docs/v5p',
        },
        embodiedKgCo2e: CHIP_EMBODIED_ASSUMED,
    },
    {
        id: 'TPU-v6e',
        name: 'Google TPU v6e Trillium (per chip)',
        vendor: 'google',
        kind: 'tpu',
        releaseYear: 2024,
        memoryGb: 32,
        generation: 'tpu-v6',
        aliases: ['TPU v6e', 'tpu-v6e', 'tpuv6e', 'Trillium', 'Google TPU v6e', 'TPU v6', 'v6e', 'TPU Trillium'],
        tdpWatts: {
            value: 300,
            source: `TPU v6e: ${NO_POWER_PUBLISHED} (Google states 67 % better energy efficiency than v5e at 4.7x its peak)`,
            year: 2024,
        },
        peakTflops: {
            value: { bf16: 918, fp16: 918, int8: 1836, fp32: 918 / 4 },
            source: `${TPU_DOCS('v6e')} 918 bf16 / 1,836 int8; fp32 assumed a quarter of bf16`,
            year: 2024,
            url: 'https://cloud.google.com/tpu/docs/v6e',
        },
        embodiedKgCo2e: CHIP_EMBODIED_ASSUMED,
    },
    {
        id: 'Trainium',
        name: 'AWS Trainium (Trn1, per chip)',
        vendor: 'aws',
        kind: 'asic',
        releaseYear: 2022,
        memoryGb: 32,
        generation: 'trainium1',
        aliases: ['Trainium', 'Trainium1', 'trn1', 'AWS Trainium', 'trn1.32xlarge'],
        tdpWatts: { value: 200, source: `Trainium: ${NO_POWER_PUBLISHED}`, year: 2022 },
        peakTflops: {
            value: { fp32: 47.5, tf32: 190, fp16: 190, bf16: 190, fp8: 190, int8: 380 },
            source: NEURON_DOCS('Trainium'),
            year: 2022,
            url: 'https://awsdocs-neuron.readthedocs-hosted.com/en/latest/general/arch/neuron-hardware/trainium.html',
        },
        embodiedKgCo2e: CHIP_EMBODIED_ASSUMED,
    },
    {
        id: 'Trainium2',
        name: 'AWS Trainium2 (per chip)',
        vendor: 'aws',
        kind: 'asic',
        releaseYear: 2024,
        memoryGb: 96,
        generation: 'trainium2',
        aliases: ['Trainium2', 'trn2', 'AWS Trainium2', 'trn2.48xlarge'],
        tdpWatts: { value: 500, source: `Trainium2: ${NO_POWER_PUBLISHED}`, year: 2024 },
        peakTflops: {
            value: { fp32: 181, tf32: 667, fp16: 667, bf16: 667, fp8: 1299 },
            source: `${NEURON_DOCS('Trainium2')}; memory 96 GB (U)`,
            year: 2024,
            url: 'https://awsdocs-neuron.readthedocs-hosted.com/en/latest/general/arch/neuron-hardware/trainium2.html',
        },
        embodiedKgCo2e: CHIP_EMBODIED_ASSUMED,
    },
    {
        id: 'Inferentia',
        name: 'AWS Inferentia (Inf1, per chip)',
        vendor: 'aws',
        kind: 'asic',
        releaseYear: 2019,
        memoryGb: 8,
        generation: 'inferentia1',
        aliases: ['Inferentia', 'Inferentia1', 'inf1', 'AWS Inferentia'],
        tdpWatts: { value: 75, source: `Inferentia: ${NO_POWER_PUBLISHED}`, year: 2019 },
        peakTflops: {
            value: { fp16: 64, bf16: 64, int8: 128 },
            source: NEURON_DOCS('Inferentia'),
            year: 2019,
            url: 'https://awsdocs-neuron.readthedocs-hosted.com/en/latest/general/arch/neuron-hardware/inferentia.html',
        },
        embodiedKgCo2e: CHIP_EMBODIED_ASSUMED,
    },
    {
        id: 'Inferentia2',
        name: 'AWS Inferentia2 (per chip)',
        vendor: 'aws',
        kind: 'asic',
        releaseYear: 2023,
        memoryGb: 32,
        generation: 'inferentia2',
        aliases: ['Inferentia2', 'inf2', 'AWS Inferentia2', 'inf2.48xlarge'],
        tdpWatts: { value: 150, source: `Inferentia2: ${NO_POWER_PUBLISHED}`, year: 2023 },
        peakTflops: {
            value: { fp32: 47.5, fp16: 190, bf16: 190, fp8: 190, int8: 380 },
            source: NEURON_DOCS('Inferentia2'),
            year: 2023,
            url: 'https://awsdocs-neuron.readthedocs-hosted.com/en/latest/general/arch/neuron-hardware/inferentia2.html',
        },
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
        id: 'CPU',
        name: 'Generic server CPU socket',
        vendor: 'generic',
        kind: 'cpu',
        releaseYear: 2020,
        generation: 'cpu',
        aliases: ['cpu', 'generic-cpu', 'x86', 'generic cpu', 'Intel Xeon', 'AMD EPYC'],
        tdpWatts: {
            value: 150,
            source: 'Green Algorithms TDP_cpu.csv: Intel Xeon Gold 6148 150 W, a common HPC socket (D)',
            year: 2021,
        },
        peakTflops: {
            value: { fp32: 1.5, bf16: 1.5, fp16: 1.5, int8: 3 },
            source: 'ml-carbon assumption: ~20 cores x 2.4 GHz x 32 FP32 FLOP/cycle (AVX-512 FMA) (U)',
            year: 2021,
        },
        embodiedKgCo2e: { value: 100, low: 50, high: 150, source: 'Teads/CCF extra CPU 100 kg (C)', year: 2023 },
    },
];
/** Apple silicon: training runs on the GPU through Metal; fp16/bf16 run at the fp32 rate on M1-M3 GPUs. */
function apple(id, name, releaseYear, memoryGb, fp32Tflops, watts, aliases) {
    return {
        id,
        name,
        vendor: 'apple',
        kind: 'soc',
        releaseYear,
        memoryGb,
        generation: 'apple-silicon',
        aliases,
        tdpWatts: { value: watts, source: `${APPLE}: ~${watts} W package power`, year: releaseYear },
        peakTflops: {
            value: { fp32: fp32Tflops, fp16: fp32Tflops, bf16: fp32Tflops },
            source: `${APPLE}: ${fp32Tflops} TFLOP/s fp32 GPU`,
            year: releaseYear,
        },
        embodiedKgCo2e: {
            value: 50,
            low: 20,
            high: 100,
            source: 'Share of an Apple laptop product environmental report attributable to the SoC (U: ml-carbon assumption)',
            year: releaseYear,
        },
    };
}

;// CONCATENATED MODULE: ./build/data/accelerators-rtx.js


const GEFORCE_PAGE = (series, page) => `https://www.nvidia.com/en-us/geforce/graphics-cards/${series}-series/${page}/`;
function geforce(card) {
    const name = `NVIDIA GeForce ${card.model}`;
    const half = Math.round(card.fp32 * 2 * 10) / 10;
    const fp8 = card.generation === 'ampere' ? {} : { fp8: Math.round((card.int8 / 2) * 10) / 10 };
    const bare = card.model.replace(/^RTX /, '');
    return nvidia({
        id: card.id,
        name,
        releaseYear: card.releaseYear,
        memoryGb: card.memoryGb,
        generation: card.generation,
        aliases: [card.model, name, `GeForce ${card.model}`, bare],
        tdpWatts: card.tdpWatts,
        tdpSource: `${accelerator_sources/* GEFORCE_SPEC */.ez}: total graphics power ${card.tdpWatts} W (U)`,
        peak: { fp32: card.fp32, tf32: card.fp32, fp16: half, bf16: half, ...fp8, int8: card.int8 },
        peakSource: `${accelerator_sources/* GEFORCE_SPEC */.ez}: FP32 ${card.fp32} TFLOP/s; tensor rates derived from AI TOPS (U)`,
        url: card.url,
    });
}
const RTX_ACCELERATORS = [
    geforce({
        id: 'RTX-5090',
        model: 'RTX 5090',
        releaseYear: 2025,
        memoryGb: 32,
        generation: 'blackwell',
        tdpWatts: 575,
        fp32: 104.8,
        int8: 838,
        url: GEFORCE_PAGE('50', 'rtx-5090'),
    }),
    geforce({
        id: 'RTX-5070-TI',
        model: 'RTX 5070 Ti',
        releaseYear: 2025,
        memoryGb: 16,
        generation: 'blackwell',
        tdpWatts: 300,
        fp32: 43.9,
        int8: 351.5,
        url: GEFORCE_PAGE('50', 'rtx-5070-family'),
    }),
    geforce({
        id: 'RTX-5070',
        model: 'RTX 5070',
        releaseYear: 2025,
        memoryGb: 12,
        generation: 'blackwell',
        tdpWatts: 250,
        fp32: 30.9,
        int8: 247,
        url: GEFORCE_PAGE('50', 'rtx-5070-family'),
    }),
    geforce({
        id: 'RTX-5060-TI',
        model: 'RTX 5060 Ti',
        releaseYear: 2025,
        memoryGb: 16,
        generation: 'blackwell',
        tdpWatts: 180,
        fp32: 23.7,
        int8: 189.7,
        url: GEFORCE_PAGE('50', 'rtx-5060-family'),
    }),
    geforce({
        id: 'RTX-4080-SUPER',
        model: 'RTX 4080 SUPER',
        releaseYear: 2024,
        memoryGb: 16,
        generation: 'ada',
        tdpWatts: 320,
        fp32: 52.2,
        int8: 418,
        url: GEFORCE_PAGE('40', 'rtx-4080-family'),
    }),
    geforce({
        id: 'RTX-4080',
        model: 'RTX 4080',
        releaseYear: 2022,
        memoryGb: 16,
        generation: 'ada',
        tdpWatts: 320,
        fp32: 48.7,
        int8: 390,
        url: GEFORCE_PAGE('40', 'rtx-4080-family'),
    }),
    geforce({
        id: 'RTX-4070-TI',
        model: 'RTX 4070 Ti',
        releaseYear: 2023,
        memoryGb: 12,
        generation: 'ada',
        tdpWatts: 285,
        fp32: 40.1,
        int8: 320.5,
        url: GEFORCE_PAGE('40', 'rtx-4070-family'),
    }),
    geforce({
        id: 'RTX-4070',
        model: 'RTX 4070',
        releaseYear: 2023,
        memoryGb: 12,
        generation: 'ada',
        tdpWatts: 200,
        fp32: 29.1,
        int8: 233,
        url: GEFORCE_PAGE('40', 'rtx-4070-family'),
    }),
    geforce({
        id: 'RTX-4060-TI',
        model: 'RTX 4060 Ti',
        releaseYear: 2023,
        memoryGb: 16,
        generation: 'ada',
        tdpWatts: 165,
        fp32: 22.1,
        int8: 176.5,
        url: GEFORCE_PAGE('40', 'rtx-4060-4060ti'),
    }),
    geforce({
        id: 'RTX-4060',
        model: 'RTX 4060',
        releaseYear: 2023,
        memoryGb: 8,
        generation: 'ada',
        tdpWatts: 115,
        fp32: 15.1,
        int8: 121,
        url: GEFORCE_PAGE('40', 'rtx-4060-4060ti'),
    }),
    geforce({
        id: 'RTX-3090-TI',
        model: 'RTX 3090 Ti',
        releaseYear: 2022,
        memoryGb: 24,
        generation: 'ampere',
        tdpWatts: 450,
        fp32: 40,
        int8: 320,
        url: GEFORCE_PAGE('30', 'rtx-3090-3090ti'),
    }),
    geforce({
        id: 'RTX-3080',
        model: 'RTX 3080',
        releaseYear: 2020,
        memoryGb: 10,
        generation: 'ampere',
        tdpWatts: 320,
        fp32: 29.8,
        int8: 238,
        url: GEFORCE_PAGE('30', 'rtx-3080-3080ti'),
    }),
    geforce({
        id: 'RTX-3070-TI',
        model: 'RTX 3070 Ti',
        releaseYear: 2021,
        memoryGb: 8,
        generation: 'ampere',
        tdpWatts: 290,
        fp32: 21.7,
        int8: 174,
        url: GEFORCE_PAGE('30', 'rtx-3070-3070ti'),
    }),
    geforce({
        id: 'RTX-3070',
        model: 'RTX 3070',
        releaseYear: 2020,
        memoryGb: 8,
        generation: 'ampere',
        tdpWatts: 220,
        fp32: 20.3,
        int8: 162.6,
        url: GEFORCE_PAGE('30', 'rtx-3070-3070ti'),
    }),
    nvidia({
        id: 'RTX-6000-ADA',
        name: 'NVIDIA RTX 6000 Ada Generation',
        releaseYear: 2022,
        memoryGb: 48,
        generation: 'ada',
        aliases: ['RTX 6000 Ada', 'NVIDIA RTX 6000 Ada Generation', 'RTX 6000 Ada Generation', 'RTX6000 Ada'],
        tdpWatts: 300,
        tdpSource: 'NVIDIA RTX 6000 Ada Generation datasheet: max power 300 W (U)',
        peak: { fp32: 91.1, tf32: 182.1, fp16: 364.2, bf16: 364.2, fp8: 728.5, int8: 728.5 },
        peakSource: 'NVIDIA RTX 6000 Ada Generation datasheet: FP32 91.1 TFLOP/s, FP8 tensor 1,457 with sparsity, halved; bf16 and tf32 at 1/2 and 1/4 of FP8 (U)',
        url: 'https://www.nvidia.com/en-us/design-visualization/rtx-6000/',
    }),
    nvidia({
        id: 'GH200',
        name: 'NVIDIA GH200 Grace Hopper Superchip (per superchip, one GPU)',
        releaseYear: 2023,
        memoryGb: 96,
        generation: 'hopper',
        aliases: ['GH200', 'NVIDIA GH200', 'GH200 480GB', 'GH200 Grace Hopper', 'Grace Hopper', 'NVIDIA GH200 480GB'],
        tdpWatts: 1000,
        tdpSource: 'NVIDIA GH200 Grace Hopper Superchip datasheet: module power configurable 450-1,000 W, including the Grace CPU and its memory, so the host share is partly counted twice (U)',
        peak: { fp32: 67, tf32: 494.7, fp16: 989.4, bf16: 989.4, fp8: 1979, int8: 1979 },
        peakSource: 'NVIDIA GH200 datasheet: the H100 SXM tensor rates (sparse halved) (U)',
        url: 'https://www.nvidia.com/en-us/data-center/grace-hopper-superchip/',
    }),
    nvidia({
        id: 'H20',
        name: 'NVIDIA H20',
        releaseYear: 2024,
        memoryGb: 96,
        generation: 'hopper',
        aliases: ['NVIDIA H20', 'H20 96GB', 'NVIDIA H20 96GB HBM3'],
        tdpWatts: 400,
        tdpSource: 'NVIDIA H20 specifications as reported at launch (2024): 400 W, 96 GB HBM3 (U)',
        peak: { fp32: 44, tf32: 74, fp16: 148, bf16: 148, fp8: 296, int8: 296 },
        peakSource: 'NVIDIA H20 specifications as reported at launch (2024), dense (U)',
        url: 'https://www.nvidia.com/en-us/data-center/technologies/hopper-architecture/',
    }),
];

;// CONCATENATED MODULE: ./build/data/spec-links.js
const DATASET_PAGES = [
    [/ML CO2 Impact/i, 'https://github.com/mlco2/impact'],
    [/Green Algorithms/i, 'https://github.com/GreenAlgorithms/green-algorithms-tool'],
    [/Teads|CCF/, 'https://www.cloudcarbonfootprint.org/docs/embodied-emissions'],
    [/Apple laptop product environmental report/i, 'https://www.apple.com/environment/'],
];
const VENDOR_PAGES = {
    nvidia: 'https://www.nvidia.com/en-us/data-center/',
    amd: 'https://www.amd.com/en/products/accelerators/instinct.html',
    google: 'https://cloud.google.com/tpu/docs/system-architecture-tpu-vm',
    aws: 'https://awsdocs-neuron.readthedocs-hosted.com/',
    apple: 'https://support.apple.com/specs',
    intel: 'https://www.intel.com/content/www/us/en/products/details/processors/ai-accelerators/gaudi.html',
    generic: 'https://github.com/GreenAlgorithms/green-algorithms-tool',
};
const spec_links_GEFORCE_PAGE = 'https://www.nvidia.com/en-us/geforce/graphics-cards/';
function pageFor(accelerator, source) {
    const dataset = DATASET_PAGES.find(([pattern]) => pattern.test(source));
    if (dataset)
        return dataset[1];
    if (accelerator.vendor === 'nvidia' && /GeForce|RTX [34]0/i.test(`${accelerator.name} ${source}`))
        return spec_links_GEFORCE_PAGE;
    return VENDOR_PAGES[accelerator.vendor];
}
function linked(entry, accelerator) {
    return entry.url ? entry : { ...entry, url: pageFor(accelerator, entry.source) };
}
function withSpecLinks(accelerator) {
    return {
        ...accelerator,
        tdpWatts: linked(accelerator.tdpWatts, accelerator),
        peakTflops: linked(accelerator.peakTflops, accelerator),
        ...(accelerator.embodiedKgCo2e ? { embodiedKgCo2e: linked(accelerator.embodiedKgCo2e, accelerator) } : {}),
    };
}

;// CONCATENATED MODULE: ./build/data/accelerators.js





const ACCELERATORS = [...NVIDIA_ACCELERATORS, ...RTX_ACCELERATORS, ...OTHER_ACCELERATORS].map(withSpecLinks);
/**
 * Lower-cases and drops punctuation, vendor words, a leading count ("8x") and a trailing CodeCarbon
 * "1 device(s)", so "NVIDIA A100-SXM4-80GB", "a100 sxm4 80gb" and "8 x A100-SXM4-80GB" match.
 */
function normalizeAcceleratorName(name) {
    return name
        .toLowerCase()
        .replace(/^\s*\d+\s*[x×]\s*/, '')
        .replace(/\s+\d+\s+device\(s\)\s*$/, '')
        .replace(/\b(nvidia|tesla|geforce|google|amd|instinct|aws|cloud)\b/g, '')
        .replace(/[^a-z0-9]/g, '');
}
const BY_NAME = new Map();
for (const accelerator of ACCELERATORS) {
    for (const name of [accelerator.id, accelerator.name, ...accelerator.aliases]) {
        const key = normalizeAcceleratorName(name);
        if (!BY_NAME.has(key))
            BY_NAME.set(key, accelerator);
    }
}
/** Every spelling that resolves, with the accelerator it resolves to (for did-you-mean and tests). */
const ACCELERATOR_NAMES = (/* unused pure expression or super */ null && (BY_NAME));
function resolveAccelerator(name) {
    const found = BY_NAME.get(normalizeAcceleratorName(name));
    if (found)
        return { found };
    return { suggestions: suggestAccelerators(name) };
}
/** Normalized id or alias -> canonical id, built once: suggestions run on every unknown name. */
let suggestionIndex;
/** Up to three canonical ids whose id or an alias is close to `name`, best first. */
function suggestAccelerators(name) {
    if (!suggestionIndex) {
        suggestionIndex = new Map();
        for (const accelerator of ACCELERATORS) {
            for (const alias of [accelerator.id, ...accelerator.aliases]) {
                const key = normalizeAcceleratorName(alias);
                if (!suggestionIndex.has(key))
                    suggestionIndex.set(key, accelerator.id);
            }
        }
    }
    const ids = [];
    const keys = [...suggestionIndex.keys()];
    for (const key of (0,suggest/* closest */.kp)(normalizeAcceleratorName(name), keys, 50, (text) => text)) {
        const id = suggestionIndex.get(key);
        if (!ids.includes(id))
            ids.push(id);
        if (ids.length === 3)
            break;
    }
    return ids;
}
function getAccelerator(id) {
    const interned = INTERNED.get(id);
    if (interned)
        return interned;
    const resolved = resolveAccelerator(id);
    if (!resolved.found)
        throw new Error(`unknown accelerator ${id}`);
    return resolved.found;
}
/**
 * Accelerators defined by a manifest's own figures (a card the table lacks, or a TDP/peak override), interned by
 * content: the id spells the figures, so the same id always means the same accelerator and the estimator and advice
 * look it up like any other.
 */
const INTERNED = new Map();
const MAX_INTERNED = 10_000;
function internAccelerator(accelerator) {
    if (!INTERNED.has(accelerator.id)) {
        if (INTERNED.size >= MAX_INTERNED)
            INTERNED.delete(INTERNED.keys().next().value);
        INTERNED.set(accelerator.id, accelerator);
    }
    return accelerator.id;
}


/***/ }),

/***/ 8639:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   au: () => (/* binding */ didYouMean),
/* harmony export */   kp: () => (/* binding */ closest)
/* harmony export */ });
/* unused harmony export editDistance */
// Did-you-mean suggestions for names the user mistyped.
function editDistance(a, b) {
    const previous = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = previous[0];
        previous[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const above = previous[j];
            previous[j] = Math.min(above + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
            diagonal = above;
        }
    }
    return previous[b.length];
}
/** Candidates closest to `input`, best first; only those within a distance that still looks like a typo. */
function closest(input, candidates, limit = 3, normalize = (s) => s.toLowerCase()) {
    const wanted = normalize(input);
    const scored = candidates.map((candidate) => {
        const name = normalize(candidate);
        const distance = name.includes(wanted) || wanted.includes(name)
            ? Math.abs(name.length - wanted.length) / 2
            : editDistance(wanted, name);
        return { candidate, distance };
    });
    const tolerance = Math.max(2, Math.ceil(wanted.length / 3));
    return scored
        .filter((entry) => entry.distance <= tolerance)
        .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
        .slice(0, limit)
        .map((entry) => entry.candidate);
}
function didYouMean(input, candidates, normalize) {
    const found = closest(input, candidates, 3, normalize);
    return found.length ? `did you mean ${found.map((name) => `"${name}"`).join(' or ')}?` : undefined;
}


/***/ })

};
