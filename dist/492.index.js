export const id = 492;
export const ids = [492];
export const modules = {

/***/ 2864:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ FACILITY_PUE),
/* harmony export */   y: () => (/* binding */ FACILITIES)
/* harmony export */ });
/** Where the run happens: sets the PUE default when `pue` is not given (a workstation has no facility overhead). */
const FACILITIES = ['cloud', 'colocation', 'on-prem', 'workstation'];
const AWS_SUSTAINABILITY = 'https://sustainability.aboutamazon.com/products-services/aws-cloud';
const UPTIME_2024 = 'https://uptimeinstitute.com/resources/research-and-reports/uptime-institute-global-data-center-survey-results-2024';
const FACILITY_PUE = {
    cloud: {
        label: 'a public cloud data centre (provider not named)',
        value: 1.25,
        low: 1.08,
        high: 1.4,
        source: 'IDC public-cloud industry average PUE 1.25, as cited by AWS (2025); low end Meta/Google fleets ~1.08-1.10 (DatacenterDynamics 2024)',
        year: 2025,
        url: AWS_SUSTAINABILITY,
    },
    colocation: {
        label: 'a colocation data centre',
        value: 1.56,
        low: 1.3,
        high: 1.8,
        source: 'Uptime Institute Global Data Center Survey 2024 average PUE 1.56 (colocation and enterprise sites)',
        year: 2024,
        url: UPTIME_2024,
    },
    'on-prem': {
        label: 'an on-premises server room',
        value: 1.63,
        low: 1.3,
        high: 2,
        source: 'IDC on-premises enterprise average PUE 1.63, as cited by AWS (2025); Uptime Institute 2024 average 1.56',
        year: 2025,
        url: AWS_SUSTAINABILITY,
    },
    workstation: {
        label: 'a workstation (no data-centre facility)',
        value: 1,
        low: 1,
        high: 1.1,
        source: 'A desk-side or home machine has no data-centre cooling or power distribution: PUE 1 by definition (CodeCarbon also defaults to 1.0); up to 1.1 for an air-conditioned room (ml-carbon assumption)',
        year: 2024,
        url: 'https://mlco2.github.io/codecarbon/methodology.html',
    },
};


/***/ }),

/***/ 3913:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CD: () => (/* binding */ LOG_FORMATS),
/* harmony export */   Us: () => (/* binding */ TRAINING_METHODS),
/* harmony export */   q0: () => (/* binding */ TRAINING_OBJECTIVES),
/* harmony export */   yk: () => (/* reexport safe */ _data_facility_js__WEBPACK_IMPORTED_MODULE_0__.y)
/* harmony export */ });
/* harmony import */ var _data_facility_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2864);
const TRAINING_METHODS = ['full', 'lora', 'qlora', 'from_scratch'];
/** What the run is for: decides which advice fits (no "continue from a checkpoint" for a base model that has none). */
const TRAINING_OBJECTIVES = ['pretrain-base', 'domain-adapt', 'fine-tune'];
const LOG_FORMATS = [
    'codecarbon',
    'nvidia-smi',
    'hf-trainer',
    'hf-model-card',
    'carbontracker',
    'eco2ai',
];



/***/ }),

/***/ 1492:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  analyze: () => (/* binding */ analyze),
  loadSide: () => (/* binding */ loadSide)
});

// EXTERNAL MODULE: ./build/compare/run-total.js
var run_total = __webpack_require__(9970);
// EXTERNAL MODULE: ./build/util/suggest.js
var suggest = __webpack_require__(8639);
;// CONCATENATED MODULE: ./build/data/accelerator-sources.js
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
            source: card.tdpSource ?? NVIDIA_SPEC,
            year: card.releaseYear,
            ...(card.url ? { url: card.url } : {}),
        },
        peakTflops: {
            value: card.peak,
            source: card.peakSource ?? NVIDIA_SPEC,
            year: card.releaseYear,
            ...(card.url ? { url: card.url } : {}),
        },
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
        peakSource: NVIDIA_SPEC_UNVERIFIED,
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
        peakSource: NVIDIA_SPEC_UNVERIFIED,
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
        peakSource: `${NVIDIA_SPEC_UNVERIFIED}; fp16 listed at the fp32 rate (native fp16 is 1/64 rate)`,
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
        tdpSource: NVIDIA_SPEC_UNVERIFIED,
        peak: { fp32: 31.2, tf32: 62.5, fp16: 125, bf16: 125, int8: 250 },
        peakSource: `fp32 31.24 (V, sysrqmts); tensor rates ${NVIDIA_SPEC_UNVERIFIED}`,
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
        tdpSource: NVIDIA_SPEC_UNVERIFIED,
        peak: { fp32: 10.3, tf32: 82, fp16: 165, bf16: 165, int8: 330 },
        peakSource: NVIDIA_SPEC_UNVERIFIED,
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
        tdpSource: NVIDIA_SPEC_UNVERIFIED,
        peak: { fp32: 37.4, tf32: 74.8, fp16: 149.7, bf16: 149.7, int8: 299.3 },
        peakSource: NVIDIA_SPEC_UNVERIFIED,
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
        embodied: bottomUpEmbodied('a100Pcie40', 40),
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
        embodied: bottomUpEmbodied('a100Pcie40', 80),
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
        embodied: bottomUpEmbodied('a100Sxm40', 40),
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
        embodied: bottomUpEmbodied('a100Sxm40', 80),
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
        embodied: bottomUpEmbodied('a100Sxm40', 80),
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
        embodied: bottomUpEmbodied('a100Pcie40', 80),
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
        embodied: bottomUpEmbodied('l4', 24),
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
        tdpSource: NVIDIA_SPEC_UNVERIFIED,
        peak: { fp32: 90.5, tf32: 90.5, fp16: 181, bf16: 181, fp8: 362, int8: 362 },
        peakSource: NVIDIA_SPEC_UNVERIFIED,
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
        embodied: bottomUpEmbodied('h100Sxm80', 80),
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
        embodied: bottomUpEmbodied('h100Sxm80', 80),
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
        embodied: bottomUpEmbodied('h100Sxm80', 94),
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
        embodied: bottomUpEmbodied('h100Sxm80', 80),
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
        embodied: bottomUpEmbodied('h100Sxm80', 80),
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
        embodied: bottomUpEmbodied('h100Sxm80', 141),
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
        embodied: bottomUpEmbodied('h100Sxm80', 141),
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
        embodied: bottomUpEmbodied('h100Sxm80', 180),
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
        embodied: bottomUpEmbodied('h100Sxm80', 186),
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
        tdpSource: `${GEFORCE_SPEC} (U)`,
        peak: { fp32: 12.7, tf32: 12.7, fp16: 25.4, bf16: 25.4, int8: 101.9 },
        peakSource: `${GEFORCE_SPEC} (U)`,
    }),
    nvidia({
        id: 'RTX-3060-TI',
        name: 'NVIDIA GeForce RTX 3060 Ti',
        releaseYear: 2020,
        memoryGb: 8,
        generation: 'ampere',
        aliases: ['RTX 3060 Ti', 'NVIDIA GeForce RTX 3060 Ti', 'GeForce RTX 3060 Ti', '3060 Ti'],
        tdpWatts: 200,
        tdpSource: `${GEFORCE_SPEC} (U)`,
        peak: { fp32: 16.2, tf32: 16.2, fp16: 32.4, bf16: 32.4, int8: 129.6 },
        peakSource: `${GEFORCE_SPEC} (U)`,
    }),
    nvidia({
        id: 'RTX-3080-TI',
        name: 'NVIDIA GeForce RTX 3080 Ti',
        releaseYear: 2021,
        memoryGb: 12,
        generation: 'ampere',
        aliases: ['RTX 3080 Ti', 'NVIDIA GeForce RTX 3080 Ti', 'GeForce RTX 3080 Ti', '3080 Ti'],
        tdpWatts: 350,
        tdpSource: `${GEFORCE_SPEC} (U)`,
        peak: { fp32: 34.1, tf32: 34.1, fp16: 68.2, bf16: 68.2, int8: 272.8 },
        peakSource: `${GEFORCE_SPEC} (U)`,
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
        tdpSource: `${GEFORCE_SPEC} (U)`,
        peak: { fp32: 56.3, tf32: 56.3, fp16: 112.6, bf16: 112.6, fp8: 225.1, int8: 450.2 },
        peakSource: `${GEFORCE_SPEC} (U)`,
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
    ...GENERIC_CARD_EMBODIED,
    source: `No published figure for this chip; ${GENERIC_CARD_EMBODIED.source}`,
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
        embodiedKgCo2e: GENERIC_CARD_EMBODIED,
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
        embodiedKgCo2e: GENERIC_CARD_EMBODIED,
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
        embodiedKgCo2e: GENERIC_CARD_EMBODIED,
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
        embodiedKgCo2e: GENERIC_CARD_EMBODIED,
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
        tdpSource: `${GEFORCE_SPEC}: total graphics power ${card.tdpWatts} W (U)`,
        peak: { fp32: card.fp32, tf32: card.fp32, fp16: half, bf16: half, ...fp8, int8: card.int8 },
        peakSource: `${GEFORCE_SPEC}: FP32 ${card.fp32} TFLOP/s; tensor rates derived from AI TOPS (U)`,
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

;// CONCATENATED MODULE: ./build/manifest/facts.js
// Inputs a run left out that the repository's own files state: a Hugging Face config.json, a CodeCarbon or
// nvidia-smi log, a Trainer state. Gathered by the pipeline (which reads files); normalize.ts fills the run from
// them, an explicit manifest value always winning, and records where each came from.
const SCALES = [
    [1e12, 'T'],
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'K'],
];
/** 6738415616 -> "6.74B", as the manifest would write it. */
function formatCount(value) {
    for (const [scale, suffix] of SCALES)
        if (Math.abs(value) >= scale)
            return `${Number((value / scale).toPrecision(3))}${suffix}`;
    return String(Number(value.toPrecision(3)));
}
/** The report's provenance line for an input read from a file. */
function describeDerived(derived) {
    const value = typeof derived.value === 'number' ? formatCount(derived.value) : `"${derived.value}"`;
    return `\`${derived.field}\` = ${value}, from ${derived.source}.`;
}

;// CONCATENATED MODULE: ./build/estimate/range.js
const exact = (value) => ({ value, low: value, high: value });
function range(value, low, high) {
    return { value, low: Math.min(low, value), high: Math.max(high, value) };
}
/** 1 / x: the low end of the result comes from the high end of the input. */
function inverse(factor) {
    return { value: 1 / factor.value, low: 1 / factor.high, high: 1 / factor.low };
}
function product(...factors) {
    let value = 1;
    let upSquared = 0;
    let downSquared = 0;
    for (const factor of factors) {
        if (factor.value === 0)
            return exact(0);
        value *= factor.value;
        upSquared += Math.log(factor.high / factor.value) ** 2;
        downSquared += Math.log(factor.value / factor.low) ** 2;
    }
    return { value, low: value / Math.exp(Math.sqrt(downSquared)), high: value * Math.exp(Math.sqrt(upSquared)) };
}
function sum(...terms) {
    return sumOf(terms);
}
/** The sum of any number of ranges (an array, so long lists never meet the argument-count limit). */
function sumOf(terms) {
    return terms.reduce((total, term) => ({ value: total.value + term.value, low: total.low + term.low, high: total.high + term.high }), exact(0));
}
function scale(quantity, by) {
    return { value: quantity.value * by, low: quantity.low * by, high: quantity.high * by };
}

;// CONCATENATED MODULE: ./build/estimate/assumptions.js

class AssumptionLog {
    used = [];
    /** A value the user gave in the manifest: exact, no spread. */
    given(name, value, unit) {
        this.record({ name, value, unit, origin: 'manifest', source: 'manifest', year: 0 });
        return exact(value);
    }
    /** A default from a data module, with its spread. */
    fromDefault(name, entry, unit) {
        this.record({
            name,
            value: entry.value,
            low: entry.low,
            high: entry.high,
            unit,
            origin: 'default',
            source: entry.source,
            year: entry.year,
            url: entry.url,
        });
        return range(entry.value, entry.low, entry.high);
    }
    /** A single sourced figure (a TDP, a peak) used as exact. */
    fromTable(name, entry, unit) {
        this.record({
            name,
            value: entry.value,
            unit,
            origin: 'default',
            source: entry.source,
            year: entry.year,
            url: entry.url,
        });
        return exact(entry.value);
    }
    record(use) {
        const duplicate = this.used.some((existing) => existing.name === use.name && existing.value === use.value);
        if (!duplicate)
            this.used.push(use);
    }
}

;// CONCATENATED MODULE: ./build/data/project-docs.js
/** ml-carbon's own methodology, where its assumptions and calibration are written up (the action's repository). */
const METHODOLOGY_DOC_URL = 'https://github.com/ml-carbon/ml-carbon/blob/main/docs/methodology.md';

;// CONCATENATED MODULE: ./build/data/defaults.js

/** Data-centre PUE by operator; "unknown" covers on-premises and unnamed sites. */
const PUE = {
    gcp: {
        value: 1.1,
        low: 1.06,
        high: 1.13,
        source: 'Google fleet trailing-12-month PUE ~1.10, best site 1.06 (DatacenterDynamics 2024); regional 1.07-1.13 (CCF constants)',
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
const UTILIZATION = {
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
const POWER_FRACTION_OF_TDP = {
    value: 0.8,
    low: 0.55,
    high: 1.0,
    source: 'Measured average/TDP in published runs (Patterson et al. 2021 and later reports): TPU v3 0.54-0.69, P100 0.90-0.99, H100 ~0.89-0.93; Google TPU docs mean/max 0.84-0.89',
    year: 2025,
    url: 'https://arxiv.org/abs/2104.10350',
};
/** Host (CPU, memory, network, fans) energy as a fraction of accelerator energy. */
const HOST_OVERHEAD_FRACTION = {
    value: 0.25,
    low: 0.1,
    high: 0.4,
    source: 'Dodge et al. 2022: BERT-base on one Titan X, GPU 74 % of the total draw (host = 0.35 of GPU); AWS p4d.24xlarge 3.43 kW for 8 x 400 W A100 (Chien et al. 2023 via Scope3): 0.07-0.34 of GPU draw depending on GPU load; DGX host 2 CPUs of 225-350 W per 8 GPUs. Not fitted: calibration runs measure the whole system or the GPU alone, never both',
    year: 2023,
    url: 'https://arxiv.org/abs/2206.05229',
};
/** Serving keeps accelerators far from peak; energy per token depends on load (Morrison et al. 2025: ~30x between 1 req/s and full batching). */
const INFERENCE_UTILIZATION = {
    value: 0.1,
    low: 0.03,
    high: 0.3,
    source: 'Morrison et al. 2025 (ICLR) serving on H100 at three loads; Power Hungry Processing (Luccioni et al. 2024) unbatched A100 figures',
    year: 2025,
    url: 'https://arxiv.org/abs/2311.16863',
};
/** Average draw while serving, as a fraction of TDP (memory-bound decode rarely reaches training power). */
const INFERENCE_POWER_FRACTION_OF_TDP = {
    value: 0.6,
    low: 0.35,
    high: 0.9,
    source: 'Morrison et al. 2025: serving draw well below training draw; Google TPU docs: minimum draw 0.47 of the maximum (v3 123/262 W, v4 90/192 W)',
    year: 2025,
    url: 'https://cloud.google.com/tpu/docs/v4',
};
/**
 * Serving as deployed: a provisioned accelerator draws an idle floor around the clock (model loaded, CUDA context up)
 * and up to the busy draw while requests are in flight.
 */
const SERVING_IDLE_SHARE_OF_TDP = {
    value: 0.15,
    low: 0.1,
    high: 0.25,
    source: 'Vadari 2026, The Model Parking Tax (arXiv:2605.23918, abstract): a GPU with a model loaded idles at bare idle plus a CUDA-context step of 26-50 W on HBM cards (H100, A100) and 66 W on GDDR6 (L40S), independent of model size (< 0.02 W/GB; 18 days of telemetry on 14 production H100s, a Qwen2.5-7B check within 0.5 W). 0.15 x 700 W = 105 W on H100 leaves 55-80 W for bare idle; range 0.10-0.25 covers the bare-idle spread across boards',
    year: 2026,
    url: 'https://arxiv.org/abs/2605.23918',
};
const SERVING_BUSY_SHARE_OF_TDP = {
    value: 0.8,
    low: 0.55,
    high: 1.05,
    source: 'Morrison et al. 2025 Table 3: one H100 serving 1-13 B models with SGLang at 8 requests/s drew 430-720 W (0.62-1.03 of TDP) while continuously busy',
    year: 2025,
    url: 'https://arxiv.org/abs/2503.05804',
};
/**
 * Decode at batch 1 streams every weight once per token: FLOP/s = 2 FLOPs per 2-byte weight x memory bandwidth, a
 * share of the bf16 peak equal to bandwidth / peak. H100 SXM: 3.35 TB/s over 989 TFLOP/s = 0.0034; A100: 2.0 TB/s
 * over 312 = 0.0064 (the high end); half of H100's as the low end for slower-memory cards.
 */
const DECODE_SHARE_OF_PEAK = {
    value: 0.0034,
    low: 0.0017,
    high: 0.0064,
    source: 'NVIDIA H100 and A100 datasheets: HBM bandwidth over dense bf16 peak',
    year: 2022,
    url: 'https://www.nvidia.com/en-us/data-center/h100/',
};
/** Service life over which manufacturing emissions are amortised. */
/** A serving replica's memory over its weights alone (KV cache and activations), which sizes replicas from traffic. */
const SERVING_MEMORY_OVER_WEIGHTS = {
    value: 1.2,
    low: 1.1,
    high: 1.5,
    source: 'EleutherAI, Transformer Math 101: total inference memory ≈ 1.2 × the model weights (long contexts need more)',
    year: 2023,
    url: 'https://blog.eleuther.ai/transformer-math/',
};
const EMBODIED_LIFETIME_YEARS = {
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
const HOST_EMBODIED_PER_ACCELERATOR_KG = {
    value: 300,
    low: 190,
    high: 435,
    source: 'Teads Dell R740 LCA via CCF (1,000 kg base, 100 kg per extra CPU, 1.39 kg/GB DRAM) for a DGX-class host per 8 GPUs; CCF embodied coefficients for AWS p4d.24xlarge and GCP a2-megagpu-16g (ccf_coefficients-*-embodied.csv)',
    year: 2023,
    url: 'https://www.cloudcarbonfootprint.org/docs/embodied-emissions',
};
/** A plain-language equivalent for the report. */
const CAR_KG_CO2E_PER_KM = {
    value: 0.247,
    low: 0.247,
    high: 0.247,
    source: 'US EPA Greenhouse Gas Equivalencies: 3.98e-4 tCO2e per mile driven by an average passenger vehicle',
    year: 2023,
    url: 'https://www.epa.gov/energy/greenhouse-gas-equivalencies-calculator',
};
const HOURS_PER_YEAR = 8760;
/** Year-to-year movement of a region's annual grid intensity (Google us-central1 394-479 g/kWh over 2019-2024). */
const INTENSITY_VINTAGE_SPREAD = {
    value: 1,
    low: 0.85,
    high: 1.15,
    source: 'Spread of annual intensities in Google region carbon data 2019-2024 (e.g. us-central1 394-479 g/kWh)',
    year: 2024,
    url: 'https://github.com/GoogleCloudPlatform/region-carbon-info',
};

// EXTERNAL MODULE: ./build/util/units.js
var units = __webpack_require__(2782);
;// CONCATENATED MODULE: ./build/estimate/energy-chain.js
// Accelerator-hours -> accelerator, host and facility energy -> operational and embodied CO2e. Shared by training
// and inference.



function hostFraction(assumptions) {
    return assumptions.fromDefault('host overhead (CPU, memory, network) as a share of accelerator energy', HOST_OVERHEAD_FRACTION, '×');
}
function hostOverhead(assumptions) {
    const fraction = hostFraction(assumptions);
    return range(1 + fraction.value, 1 + fraction.low, 1 + fraction.high);
}
/** x - 1 for a factor >= 1 (PUE -> overhead share), keeping its range. */
const excess = (factor) => range(factor.value - 1, factor.low - 1, factor.high - 1);
/** Embodied kg CO2e carried by one accelerator-hour: (card + host share) / service life. */
function embodiedPerAcceleratorHour(accelerator, assumptions) {
    const card = accelerator.embodiedKgCo2e;
    const cardKg = card ? assumptions.fromDefault(`embodied carbon of one ${accelerator.id}`, card, 'kg CO2e') : exact(0);
    const hostKg = assumptions.fromDefault('embodied carbon of the host server per accelerator', HOST_EMBODIED_PER_ACCELERATOR_KG, 'kg CO2e');
    const lifetimeYears = assumptions.fromDefault('service life over which embodied carbon is amortised', EMBODIED_LIFETIME_YEARS, 'years');
    return product(sum(cardKg, hostKg), inverse(lifetimeYears), exact(1 / HOURS_PER_YEAR));
}
function energyChain(input, assumptions) {
    const acceleratorKwh = product(input.acceleratorHours, input.powerWatts, exact((0,units/* kwhFromWattHours */.K4)(1)));
    const itKwh = product(acceleratorKwh, hostOverhead(assumptions));
    const facilityKwh = product(itKwh, input.placement.pue);
    const operationalKg = product(facilityKwh, input.placement.intensity, exact((0,units/* kgFromGrams */.LB)(1)));
    const embodiedKg = product(input.acceleratorHours, embodiedPerAcceleratorHour(input.accelerator, assumptions));
    return {
        energyKwh: facilityKwh,
        co2eKg: sum(operationalKg, embodiedKg),
        breakdown: {
            acceleratorKwh,
            hostKwh: product(acceleratorKwh, hostFraction(assumptions)),
            facilityOverheadKwh: product(itKwh, excess(input.placement.pue)),
            operationalCo2eKg: operationalKg,
            embodiedCo2eKg: embodiedKg,
        },
    };
}
function scaleBreakdown(breakdown, by) {
    return {
        acceleratorKwh: scale(breakdown.acceleratorKwh, by),
        hostKwh: scale(breakdown.hostKwh, by),
        facilityOverheadKwh: scale(breakdown.facilityOverheadKwh, by),
        operationalCo2eKg: scale(breakdown.operationalCo2eKg, by),
        embodiedCo2eKg: scale(breakdown.embodiedCo2eKg, by),
    };
}

;// CONCATENATED MODULE: ./build/data/calibration-benchmarks.js
const LLM_FOUNDRY = 'https://github.com/mosaicml/llm-foundry/blob/main/scripts/train/benchmarking/README.md';
const TORCHTITAN = 'https://github.com/pytorch/torchtitan/blob/main/docs/performance.md';
const PALM = 'https://arxiv.org/abs/2204.02311';
const MAXTEXT = 'https://github.com/AI-Hypercomputer/maxtext';
const STEADY_STATE_MFU = {
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
        source: 'A100 bf16 steady-state MFU, median of MosaicML llm-foundry tables (43-64 %), PyTorch torchtitan Llama 3 8B/70B (50-58 %), MegaScale 175B on 12,288 A100 (55.2 %, Jiang et al. 2024) and MT-NLG 530B (30.2 %, PaLM Table 3)',
        year: 2024,
        url: LLM_FOUNDRY,
    },
    hopper: {
        value: 0.415,
        low: 0.33,
        high: 0.48,
        source: 'H100 bf16 steady-state MFU, median of llm-foundry (36-46 %), Ai2 OLMo-core (39-48 %), torchtitan Llama 3.1 8B (33-39 %), Nemotron-4 340B (41-42 %) and Megatron-Core GPT-3 175B (40-47 %)',
        year: 2024,
        url: TORCHTITAN,
    },
    blackwell: {
        value: 0.387,
        low: 0.36,
        high: 0.41,
        relativeTo: { generation: 'hopper', ratio: 0.932 },
        source: 'NVIDIA Megatron-Bridge 25.09 GB200 fp8 model TFLOP/s (Llama 3 8B/70B: 65-72 % of the bf16 dense peak) over NVIDIA NeMo 24.07 H100 fp8 (653-802 TFLOP/s: 66-81 % of the bf16 peak): 0.932 x the Hopper level, same stack and recipe. No whole-run Blackwell hours are published',
        year: 2025,
        url: 'https://docs.nvidia.com/nemo-framework/user-guide/latest/performance/performance-summary.html',
    },
    cdna2: {
        value: 0.36,
        low: 0.32,
        high: 0.384,
        source: 'Dash et al. 2023, Optimizing Distributed Training on Frontier for Large Language Models (arXiv:2312.12705, abstract): 38.38 %, 36.14 % and 31.96 % of peak GPU throughput for 22 B, 175 B and 1 T models on MI250X (Megatron-DeepSpeed, steady-state throughput runs, not trained to completion); median 36.14 %',
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
const KIND_REFERENCE = {
    gpu: 'gpu',
    tpu: 'tpu',
    asic: 'gpu',
    cpu: 'gpu',
    soc: 'gpu',
};
const TPU_GENERATIONS = new Set(['tpu-v3', 'tpu-v4', 'tpu-v5', 'tpu-v6']);
function medianOf(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
/**
 * The sourced steady-state level of a generation; for a generation no public benchmark covers, the median of the
 * benchmarked generations of its kind (GPUs for ASICs, CPUs and SoCs), with the span of those generations as range.
 */
function steadyStateLevel(generation, kind) {
    const own = generation ? STEADY_STATE_MFU[generation] : undefined;
    if (own)
        return { ...own, borrowed: false };
    const reference = KIND_REFERENCE[kind];
    const levels = Object.entries(STEADY_STATE_MFU)
        .filter(([name]) => TPU_GENERATIONS.has(name) === (reference === 'tpu'))
        .map(([, level]) => level.value);
    const value = Math.round(medianOf(levels) * 1000) / 1000;
    return {
        value,
        low: Math.min(...levels),
        high: Math.max(...levels),
        source: `no public steady-state benchmark for ${generation ?? kind}: the median of the benchmarked ${reference.toUpperCase()} generations (${Object.keys(STEADY_STATE_MFU)
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
const HOPPER_FP8 = {
    value: 1.25,
    low: 1.16,
    high: 1.35,
    source: 'Measured fp8 over bf16 tokens/s on H100: llm-foundry FP8 table, torchtitan Float8 (+28 % on Llama 3.1 8B), OLMo-core FP8 (+16-30 %)',
    year: 2025,
    url: TORCHTITAN,
};
const FP8_SPEEDUP = {
    hopper: HOPPER_FP8,
    ada: { ...HOPPER_FP8, source: `${HOPPER_FP8.source}; assumed for Ada (same fp8 tensor-core recipes)` },
    blackwell: { ...HOPPER_FP8, source: `${HOPPER_FP8.source}; assumed for Blackwell (same fp8 recipes)` },
};

;// CONCATENATED MODULE: ./build/estimate/throughput.js
const FALLBACK = {
    fp32: [],
    tf32: ['fp32'],
    fp16: ['bf16', 'fp32'],
    bf16: ['fp16', 'fp32'],
    fp8: ['bf16', 'fp16', 'fp32'],
    int8: ['fp8', 'fp16', 'bf16', 'fp32'],
    int4: ['int8', 'fp8', 'fp16', 'bf16', 'fp32'],
};
function peakThroughput(accelerator, wanted) {
    const peaks = accelerator.peakTflops.value;
    for (const precision of [wanted, ...FALLBACK[wanted]]) {
        const tflops = peaks[precision];
        if (tflops !== undefined && tflops > 0)
            return { flopsPerSecond: tflops * 1e12, precision };
    }
    const [precision, tflops] = Object.entries(peaks)[0];
    return { flopsPerSecond: tflops * 1e12, precision };
}

;// CONCATENATED MODULE: ./build/estimate/precision.js
// Precision as the hardware does it: which precision really runs on an accelerator, and the FLOP/s rate the engine
// divides by. fp8 trains at the bf16 rate times a measured, per-generation speed-up (not at the fp8 peak); a
// precision the hardware lacks is costed as what would really run, with a warning.


const HALF_PRECISIONS = ['bf16', 'fp16'];
/** Weight formats that do not train natively: the matmuls run in a half precision after dequantizing. */
const INTEGER_PRECISIONS = ['int8', 'int4'];
/** True when the accelerator has units that run `precision` faster than fp32 (V100 lists bf16 at the fp32 rate). */
function supportsPrecision(accelerator, precision) {
    const peaks = accelerator.peakTflops.value;
    const peak = peaks[precision];
    if (!peak)
        return false;
    if (precision === 'fp32')
        return true;
    if (precision === 'fp8')
        return peak > (peaks.bf16 ?? peaks.fp16 ?? 0);
    return peaks.fp32 === undefined || peak > peaks.fp32;
}
/** The fastest training precision an accelerator supports natively: bf16, else fp16, else fp32. */
function bestTrainingPrecision(accelerator) {
    return HALF_PRECISIONS.find((precision) => supportsPrecision(accelerator, precision)) ?? 'fp32';
}
function substituteFor(accelerator, wanted) {
    const chain = {
        fp32: [],
        tf32: ['fp32'],
        bf16: ['fp16', 'fp32'],
        fp16: ['bf16', 'fp32'],
        fp8: ['bf16', 'fp16', 'fp32'],
        int8: ['fp8', 'bf16', 'fp16', 'fp32'],
        int4: ['int8', 'fp8', 'bf16', 'fp16', 'fp32'],
    };
    return chain[wanted].find((precision) => supportsPrecision(accelerator, precision)) ?? 'fp32';
}
/** The training precision the manifest asked for; undefined when it left precision out (the card's best is taken). */
function requestedTrainingPrecision(run) {
    return run.training?.precisionGiven === false ? undefined : run.training?.precision;
}
/** The serving precision asked for: the inference's own, else the training precision the manifest gave. */
function requestedServingPrecision(run) {
    return run.inference?.precision ?? (run.training?.precisionGiven ? run.training.precision : undefined);
}
/**
 * FLOP/s the serving chain divides by: the dense peak of the precision that runs (serving gets no fp8 training
 * speed-up: fp8 serves at the bf16 rate).
 */
function servingRate(resolved) {
    return resolved.flopsPerSecond / (resolved.speedup?.value ?? 1);
}
/**
 * What runs and at what rate, for a run that asked for `wanted` (undefined when the manifest left precision out).
 * `purpose` words the notes ("training", "serving").
 */
function resolvePrecision(accelerator, wanted, purpose) {
    const notes = [];
    let precision;
    if (wanted === undefined) {
        precision = bestTrainingPrecision(accelerator);
        notes.push(`Precision not given for ${purpose}: ${precision}${precision === 'fp32' ? '' : ' mixed precision'}, the fastest precision ${accelerator.id} supports for ${purpose}, is assumed.`);
    }
    else if (purpose === 'training' && INTEGER_PRECISIONS.includes(wanted)) {
        precision = bestTrainingPrecision(accelerator);
        notes.push(`Warning: ${wanted} training computes in ${precision} (${wanted} weights are dequantized for the matmuls, as in bitsandbytes and QLoRA); training is costed as ${precision}, not at the ${wanted} peak.`);
    }
    else if (supportsPrecision(accelerator, wanted) || (wanted === 'fp32' && accelerator.peakTflops.value.fp32)) {
        precision = wanted;
    }
    else {
        precision = substituteFor(accelerator, wanted);
        const peaks = accelerator.peakTflops.value;
        notes.push((peaks[wanted] ?? 0) >= (peaks[precision] ?? Number.POSITIVE_INFINITY)
            ? `${accelerator.id} runs ${wanted} at its ${precision} rate (datasheet): ${purpose} is costed as ${precision}.`
            : `Warning: ${accelerator.id} has no ${wanted} units; ${purpose} is costed as ${precision}, what would really run.`);
    }
    if (precision !== 'fp8') {
        const peak = peakThroughput(accelerator, precision);
        return { precision, flopsPerSecond: peak.flopsPerSecond, ratePrecision: peak.precision, notes };
    }
    const base = HALF_PRECISIONS.find((half) => supportsPrecision(accelerator, half)) ?? 'fp32';
    const basePeak = peakThroughput(accelerator, base);
    const speedup = accelerator.generation ? FP8_SPEEDUP[accelerator.generation] : undefined;
    if (!speedup) {
        notes.push(`No measured fp8 speed-up for ${accelerator.generation ?? accelerator.id}: fp8 is costed at the ${base} rate.`);
        return { precision, flopsPerSecond: basePeak.flopsPerSecond, ratePrecision: basePeak.precision, notes };
    }
    notes.push(`fp8 is costed as the ${base} rate x ${speedup.value} (measured fp8 speed-up on ${accelerator.generation}), not at the fp8 peak.`);
    return {
        precision,
        flopsPerSecond: basePeak.flopsPerSecond * speedup.value,
        ratePrecision: basePeak.precision,
        speedup,
        notes,
    };
}

// EXTERNAL MODULE: ./build/util/format.js
var format = __webpack_require__(4722);
;// CONCATENATED MODULE: ./build/estimate/inference.js
// Serving as it is deployed: provisioned accelerators x wall-clock x the draw at the load the traffic implies (an idle
// floor plus a load-dependent part). The FLOPs view (2 x active parameters per token at a serving utilization, busy
// time only) is kept beside it as the lower bound.








const SECONDS_PER_DAY = 86_400;
const BYTES_PER_PARAMETER = {
    fp32: 4,
    tf32: 4,
    bf16: 2,
    fp16: 2,
    fp8: 1,
    int8: 1,
    int4: 0.5,
};
function inferenceTokensPerDay(run) {
    const inference = run.inference;
    return inference.tokensPerDay ?? (inference.requestsPerDay ?? 0) * (inference.tokensPerRequest ?? 0);
}
/** Accelerators one replica needs to hold the weights at the serving precision. */
function acceleratorsPerReplica(run, accelerator, precision) {
    if (!accelerator.memoryGb)
        return 1;
    const bytes = run.model.parameters * BYTES_PER_PARAMETER[precision] * SERVING_MEMORY_OVER_WEIGHTS.value;
    return Math.max(1, Math.ceil(bytes / (accelerator.memoryGb * 1e9)));
}
function estimateInference(run, placement, assumptions, notes) {
    const inference = run.inference;
    if (!inference)
        return undefined;
    const accelerator = getAccelerator(inference.accelerator ?? run.hardware.accelerator);
    const resolved = resolvePrecision(accelerator, requestedServingPrecision(run), 'serving');
    notes.push(...resolved.notes.filter((note) => !note.startsWith('fp8 is costed')));
    const rate = servingRate(resolved);
    assumptions.record({
        name: `${accelerator.id} dense peak at ${resolved.ratePrecision} (serving)`,
        value: rate / 1e12,
        unit: 'TFLOP/s',
        origin: 'default',
        source: accelerator.peakTflops.source,
        year: accelerator.peakTflops.year,
        url: accelerator.peakTflops.url,
    });
    const active = run.model.activeParameters ?? run.model.parameters;
    const tokensPerDay = inferenceTokensPerDay(run);
    const flopsPerDay = 2 * active * tokensPerDay;
    const batched = inference.utilization !== undefined
        ? assumptions.given('serving utilization', inference.utilization, '×')
        : assumptions.fromDefault('serving utilization (share of peak FLOP/s sustained)', INFERENCE_UTILIZATION, '×');
    // The FLOPs view: busy accelerator-hours only, the lower bound.
    const busyHoursPerDay = product(exact((0,units/* hoursFromSeconds */.N6)(flopsPerDay / rate)), inverse(batched));
    // Provisioned: replicas x accelerators per replica, around the clock; at least the replicas the traffic needs at
    // the batched throughput (low end at the high utilization, high end at the low one).
    const perReplica = acceleratorsPerReplica(run, accelerator, resolved.precision);
    const tokensPerSecond = tokensPerDay / SECONDS_PER_DAY;
    const needed = (utilization) => Math.max(1, Math.ceil(tokensPerSecond / Math.max((perReplica * rate * utilization) / (2 * active), 1e-12)));
    const replicasAt = (utilization) => Math.max(inference.replicas ?? 1, needed(utilization));
    const replicaRange = range(replicasAt(batched.value), replicasAt(batched.high), replicasAt(batched.low));
    const replicas = replicaRange.value;
    if (inference.replicas === undefined) {
        notes.push(`Serving: ${replicas} replica${replicas === 1 ? '' : 's'} of ${perReplica} ${accelerator.id} derived from the traffic (${formatRate(tokensPerSecond)} tokens/s) and the batched throughput; provisioned around the clock at the draw that load implies. The busy-time FLOPs view is the lower bound.`);
    }
    else if (inference.replicas < replicas) {
        notes.push(`Warning: inference.replicas ${inference.replicas} cannot serve ${formatRate(tokensPerSecond)} tokens/s: at ${batched.value} utilization one replica of ${perReplica} ${accelerator.id} serves about ${formatRate((perReplica * rate * batched.value) / (2 * active))} tokens/s, so ${replicas} replicas are costed. Check the replicas and the traffic, or set inference.utilization.`);
    }
    const provisioned = replicas * perReplica;
    const hoursPerDay = scale(replicaRange, perReplica * 24);
    assumptions.given('serving accelerators provisioned', provisioned, 'accelerators');
    const perAcceleratorWatts = servingWatts(accelerator, assumptions, busyShareOfDay(run, accelerator, resolved.precision, replicaRange, perReplica, busyHoursPerDay));
    const perDay = energyChain({ acceleratorHours: hoursPerDay, accelerator, powerWatts: perAcceleratorWatts, placement }, assumptions);
    const busyPower = product(exact(accelerator.tdpWatts.value), assumptions.fromDefault('average serving power while busy as a share of TDP', INFERENCE_POWER_FRACTION_OF_TDP, '×'));
    const busyOnly = product(busyHoursPerDay, busyPower, exact(inference.days / 1000));
    if (inference.utilization === undefined) {
        notes.push('Serving load not given: energy per token depends strongly on how busy the accelerators are kept, so the serving range is wide. Set `inference.utilization` to narrow it.');
    }
    const days = inference.days;
    return {
        days,
        tokensPerDay,
        accelerator: accelerator.id,
        replicas,
        acceleratorsPerReplica: perReplica,
        acceleratorHours: scale(hoursPerDay, days),
        energyKwh: scale(perDay.energyKwh, days),
        co2eKg: scale(perDay.co2eKg, days),
        perDay: { energyKwh: perDay.energyKwh, co2eKg: perDay.co2eKg },
        breakdown: scaleBreakdown(perDay.breakdown, days),
        busyOnly: { acceleratorHours: scale(busyHoursPerDay, days), acceleratorKwh: busyOnly },
    };
}
/**
 * Share of the day a provisioned accelerator is busy: the batched compute time the FLOPs need (the FLOPs view), or,
 * when more and the traffic is given as requests, the time requests are in flight decoding at batch 1 (memory-bound:
 * each token streams every weight, at the half-precision peak x the decode share x 2 / bytes per weight), capped at
 * the whole day.
 */
function busyShareOfDay(run, accelerator, precision, replicas, perReplica, busyHoursPerDay) {
    const inference = run.inference;
    // Requests in flight are known only when the traffic is given as requests of a known size.
    const known = inference.requestsPerDay !== undefined && inference.tokensPerRequest !== undefined;
    const half = peakThroughput(accelerator, 'bf16').flopsPerSecond;
    const inFlight = (decodeShare, count) => {
        if (!known)
            return 0;
        const decodeFlopsPerSecond = perReplica * half * decodeShare * (2 / BYTES_PER_PARAMETER[precision]);
        const activeParameters = run.model.activeParameters ?? run.model.parameters;
        const secondsPerRequest = (inference.tokensPerRequest * 2 * activeParameters) / decodeFlopsPerSecond;
        return (inference.requestsPerDay / SECONDS_PER_DAY / count) * secondsPerRequest;
    };
    // Each end pairs the busy hours with the replicas provisioned for them (more replicas at the low utilization).
    const share = (hours, decodeShare, count) => Math.min(1, Math.max(hours / (count * perReplica * 24), inFlight(decodeShare, count)));
    return range(share(busyHoursPerDay.value, DECODE_SHARE_OF_PEAK.value, replicas.value), share(busyHoursPerDay.low, DECODE_SHARE_OF_PEAK.high, replicas.low), share(busyHoursPerDay.high, DECODE_SHARE_OF_PEAK.low, replicas.high));
}
/** Average draw of a provisioned accelerator: idle + (busy - idle) x the busy share of the day. */
function servingWatts(accelerator, assumptions, busyShare) {
    const tdp = assumptions.fromTable(`${accelerator.id} TDP`, accelerator.tdpWatts, 'W').value;
    const idle = assumptions.fromDefault('serving idle draw as a share of TDP (model loaded)', SERVING_IDLE_SHARE_OF_TDP, '×');
    const busy = assumptions.fromDefault('serving busy draw as a share of TDP', SERVING_BUSY_SHARE_OF_TDP, '×');
    assumptions.fromDefault('batch-1 decode rate as a share of the dense peak', DECODE_SHARE_OF_PEAK, '×');
    const at = (idleShare, busyShareOfTdp, share) => tdp * (idleShare + (busyShareOfTdp - idleShare) * share);
    return range(at(idle.value, busy.value, busyShare.value), at(idle.low, busy.low, busyShare.low), at(idle.high, busy.high, busyShare.high));
}
function formatRate(value) {
    return value >= 100 ? (0,format/* formatWhole */.$X)(value) : value.toPrecision(2);
}

;// CONCATENATED MODULE: ./build/data/grid-gcp.generated.js
// GENERATED by scripts/derive-grid.ts (npm run derive:grid) from https://github.com/GoogleCloudPlatform/region-carbon-info data/yearly/<year>.csv. Do not edit by hand; rerun the script.
/** [region, location, ISO country, gCO2e/kWh, Google CFE share, data year] — newest year Google published per region. */
const GCP_GRID_ROWS = [
    ["africa-south1", "Johannesburg", 'ZA', 656.85, 0.15, 2024],
    ["asia-east1", "Taiwan", 'TW', 439.29, 0.17, 2024],
    ["asia-east2", "Hong Kong", 'HK', 505.02, 0.01, 2024],
    ["asia-northeast1", "Tokyo", 'JP', 452.85, 0.17, 2024],
    ["asia-northeast2", "Osaka", 'JP', 296.19, 0.46, 2024],
    ["asia-northeast3", "Seoul", 'KR', 356.57, 0.37, 2024],
    ["asia-south1", "Mumbai", 'IN', 678.76, 0.09, 2024],
    ["asia-south2", "Delhi", 'IN', 531.83, 0.29, 2024],
    ["asia-southeast1", "Singapore", 'SG', 366.85, 0.04, 2024],
    ["asia-southeast2", "Jakarta", 'ID', 560.55, 0.18, 2024],
    ["australia-southeast1", "Sydney", 'AU', 497.5, 0.34, 2024],
    ["australia-southeast2", "Melbourne", 'AU', 454.37, 0.39, 2024],
    ["europe-central2", "Warsaw", 'PL', 642.88, 0.4, 2024],
    ["europe-north1", "Finland", 'FI', 39.32, 0.98, 2024],
    ["europe-north2", "Stockholm", 'SE', 2.73, 1, 2024],
    ["europe-southwest1", "Madrid", 'ES', 89.04, 0.87, 2024],
    ["europe-west1", "Belgium", 'BE', 103.37, 0.84, 2024],
    ["europe-west10", "Berlin", 'DE', 275.82, 0.68, 2024],
    ["europe-west12", "Turin", 'IT', 201.69, 0.73, 2024],
    ["europe-west2", "London", 'GB', 105.94, 0.79, 2024],
    ["europe-west3", "Frankfurt", 'DE', 275.82, 0.68, 2024],
    ["europe-west4", "Eemshaven", 'NL', 208.81, 0.83, 2024],
    ["europe-west6", "Zürich", 'CH', 15.05, 0.98, 2024],
    ["europe-west8", "Milan", 'IT', 201.69, 0.73, 2024],
    ["europe-west9", "Paris", 'FR', 16.3, 0.96, 2024],
    ["me-central1", "Doha", 'QA', 366, 0.01, 2024],
    ["me-central2", "Dammam", 'SA', 382.23, 0.01, 2024],
    ["me-west1", "Tel Aviv", 'IL', 433.75, 0.07, 2024],
    ["northamerica-northeast1", "Montréal", 'CA', 5.48, 0.99, 2024],
    ["northamerica-northeast2", "Toronto", 'CA', 58.56, 0.84, 2024],
    ["northamerica-south1", "Mexico", 'MX', 305, 0.19, 2024],
    ["southamerica-east1", "Sāo Paulo", 'BR', 67.32, 0.88, 2024],
    ["southamerica-west1", "Santiago", 'CL', 238, 0.92, 2024],
    ["us-central1", "Iowa", 'US', 412.72, 0.87, 2024],
    ["us-central2", "Oklahoma", 'US', 372.23, 0.88, 2024],
    ["us-east1", "South Carolina", 'US', 575.77, 0.31, 2024],
    ["us-east2", "Georgia", 'US', 340.42, 0.42, 2024],
    ["us-east4", "Northern Virginia", 'US', 323.05, 0.62, 2024],
    ["us-east5", "Columbus", 'US', 323.05, 0.62, 2024],
    ["us-south1", "Dallas", 'US', 302.95, 0.94, 2024],
    ["us-west1", "Oregon", 'US', 79.23, 0.87, 2024],
    ["us-west2", "Los Angeles", 'US', 169.28, 0.63, 2024],
    ["us-west3", "Salt Lake City", 'US', 555.17, 0.33, 2024],
    ["us-west4", "Las Vegas", 'US', 357.3, 0.64, 2024],
];

;// CONCATENATED MODULE: ./build/data/grid-locations.generated.js
// GENERATED by scripts/derive-grid.ts (npm run derive:grid) from Our World in Data via https://github.com/mlco2/codecarbon global_energy_mix.json, https://github.com/lfwa/carbontracker carbon-intensities.csv and https://github.com/GreenAlgorithms/green-algorithms-tool CI_aggregated.csv. Do not edit by hand; rerun the script.
/** [ISO 3166 code, name, gCO2e/kWh, data year, dataset]: countries (OWID) then US/CA/AU subdivisions (Green Algorithms). */
const LOCATION_GRID_ROWS = [
    ['AE', "United Arab Emirates", 561.14, 2022, 'owid'],
    ['AF', "Afghanistan", 132.53, 2022, 'owid'],
    ['AG', "Antigua and Barbuda", 611.11, 2022, 'owid'],
    ['AL', "Albania", 24.29, 2022, 'owid'],
    ['AM', "Armenia", 264.54, 2022, 'owid'],
    ['AO', "Angola", 174.73, 2022, 'owid'],
    ['AR', "Argentina", 354.1, 2023, 'owid'],
    ['AS', "American Samoa", 611.11, 2022, 'owid'],
    ['AT', "Austria", 110.81, 2023, 'owid'],
    ['AU', "Australia", 548.69, 2023, 'owid'],
    ['AW', "Aruba", 561.22, 2022, 'owid'],
    ['AZ', "Azerbaijan", 671.39, 2022, 'owid'],
    ['BA', "Bosnia and Herzegovina", 600, 2023, 'owid'],
    ['BB', "Barbados", 605.51, 2022, 'owid'],
    ['BD', "Bangladesh", 691.41, 2023, 'owid'],
    ['BE', "Belgium", 138.11, 2023, 'owid'],
    ['BF', "Burkina Faso", 467.53, 2022, 'owid'],
    ['BG', "Bulgaria", 335.33, 2023, 'owid'],
    ['BH', "Bahrain", 904.62, 2022, 'owid'],
    ['BI', "Burundi", 250, 2022, 'owid'],
    ['BJ', "Benin", 584.07, 2022, 'owid'],
    ['BM', "Bermuda", 650.79, 2022, 'owid'],
    ['BN', "Brunei", 893.91, 2022, 'owid'],
    ['BO', "Bolivia", 531.69, 2023, 'owid'],
    ['BR', "Brazil", 98.35, 2023, 'owid'],
    ['BS', "Bahamas", 660.1, 2022, 'owid'],
    ['BT', "Bhutan", 23.33, 2022, 'owid'],
    ['BW', "Botswana", 847.91, 2022, 'owid'],
    ['BY', "Belarus", 441.74, 2022, 'owid'],
    ['BZ', "Belize", 225.81, 2022, 'owid'],
    ['CA', "Canada", 170.04, 2023, 'owid'],
    ['CD', "Democratic Republic of Congo", 24.46, 2022, 'owid'],
    ['CF', "Central African Republic", 0, 2022, 'owid'],
    ['CG', "Congo", 700, 2022, 'owid'],
    ['CH', "Switzerland", 34.84, 2023, 'owid'],
    ['CI', "Cote d'Ivoire", 393.89, 2022, 'owid'],
    ['CK', "Cook Islands", 250, 2022, 'owid'],
    ['CL', "Chile", 291.11, 2023, 'owid'],
    ['CM', "Cameroon", 305.42, 2022, 'owid'],
    ['CN', "China", 582.32, 2023, 'owid'],
    ['CO', "Colombia", 259.51, 2023, 'owid'],
    ['CR', "Costa Rica", 53.38, 2023, 'owid'],
    ['CU', "Cuba", 637.61, 2022, 'owid'],
    ['CV', "Cape Verde", 558.14, 2022, 'owid'],
    ['CY', "Cyprus", 534.32, 2023, 'owid'],
    ['CZ', "Czechia", 449.72, 2023, 'owid'],
    ['DE', "Germany", 380.95, 2023, 'owid'],
    ['DJ', "Djibouti", 692.31, 2022, 'owid'],
    ['DK', "Denmark", 151.65, 2023, 'owid'],
    ['DM', "Dominica", 529.41, 2022, 'owid'],
    ['DO', "Dominican Republic", 580.78, 2022, 'owid'],
    ['DZ', "Algeria", 634.61, 2022, 'owid'],
    ['EC', "Ecuador", 150.22, 2023, 'owid'],
    ['EE', "Estonia", 416.67, 2023, 'owid'],
    ['EG', "Egypt", 570.31, 2023, 'owid'],
    ['EH', "Western Sahara", 666.67, 2009, 'owid'],
    ['ER', "Eritrea", 631.58, 2022, 'owid'],
    ['ES', "Spain", 174.05, 2023, 'owid'],
    ['ET', "Ethiopia", 24.64, 2022, 'owid'],
    ['FI', "Finland", 79.16, 2023, 'owid'],
    ['FJ', "Fiji", 288.46, 2022, 'owid'],
    ['FK', "Falkland Islands", 500, 2022, 'owid'],
    ['FO', "Faroe Islands", 404.76, 2022, 'owid'],
    ['FR', "France", 56.04, 2023, 'owid'],
    ['GA', "Gabon", 491.6, 2022, 'owid'],
    ['GB', "United Kingdom", 237.59, 2023, 'owid'],
    ['GD', "Grenada", 640, 2022, 'owid'],
    ['GE', "Georgia", 167.59, 2023, 'owid'],
    ['GF', "French Guiana", 217.82, 2021, 'owid'],
    ['GH', "Ghana", 484, 2022, 'owid'],
    ['GI', "Gibraltar", 600, 2022, 'owid'],
    ['GL', "Greenland", 178.57, 2022, 'owid'],
    ['GM', "Gambia", 666.67, 2022, 'owid'],
    ['GN', "Guinea", 236.84, 2022, 'owid'],
    ['GP', "Guadeloupe", 500, 2021, 'owid'],
    ['GQ', "Equatorial Guinea", 591.84, 2022, 'owid'],
    ['GR', "Greece", 336.57, 2023, 'owid'],
    ['GT', "Guatemala", 328.27, 2022, 'owid'],
    ['GU', "Guam", 622.86, 2022, 'owid'],
    ['GW', "Guinea-Bissau", 625, 2022, 'owid'],
    ['GY', "Guyana", 640.35, 2022, 'owid'],
    ['HK', "Hong Kong", 699.5, 2022, 'owid'],
    ['HN', "Honduras", 282.27, 2022, 'owid'],
    ['HR', "Croatia", 204.96, 2023, 'owid'],
    ['HT', "Haiti", 567.31, 2022, 'owid'],
    ['HU', "Hungary", 204.19, 2023, 'owid'],
    ['ID', "Indonesia", 675.93, 2022, 'owid'],
    ['IE', "Ireland", 290.81, 2023, 'owid'],
    ['IL', "Israel", 582.93, 2022, 'owid'],
    ['IN', "India", 713.44, 2023, 'owid'],
    ['IQ', "Iraq", 688.81, 2022, 'owid'],
    ['IR', "Iran", 655.13, 2023, 'owid'],
    ['IS', "Iceland", 27.68, 2022, 'owid'],
    ['IT', "Italy", 330.72, 2023, 'owid'],
    ['JM', "Jamaica", 555.56, 2022, 'owid'],
    ['JO', "Jordan", 540.92, 2022, 'owid'],
    ['JP', "Japan", 485.39, 2023, 'owid'],
    ['KE', "Kenya", 70.49, 2023, 'owid'],
    ['KG', "Kyrgyzstan", 147.29, 2022, 'owid'],
    ['KH', "Cambodia", 417.71, 2022, 'owid'],
    ['KI', "Kiribati", 666.67, 2022, 'owid'],
    ['KM', "Comoros", 642.86, 2022, 'owid'],
    ['KN', "Saint Kitts and Nevis", 636.36, 2022, 'owid'],
    ['KP', "North Korea", 389.59, 2022, 'owid'],
    ['KR', "South Korea", 430.57, 2023, 'owid'],
    ['KW', "Kuwait", 649.16, 2023, 'owid'],
    ['KY', "Cayman Islands", 642.86, 2022, 'owid'],
    ['KZ', "Kazakhstan", 821.39, 2023, 'owid'],
    ['LA', "Laos", 265.51, 2022, 'owid'],
    ['LB', "Lebanon", 599.01, 2022, 'owid'],
    ['LC', "Saint Lucia", 666.67, 2022, 'owid'],
    ['LK', "Sri Lanka", 509.78, 2022, 'owid'],
    ['LR', "Liberia", 227.85, 2022, 'owid'],
    ['LS', "Lesotho", 20, 2022, 'owid'],
    ['LT', "Lithuania", 160.07, 2023, 'owid'],
    ['LU', "Luxembourg", 105.26, 2023, 'owid'],
    ['LV', "Latvia", 123.2, 2023, 'owid'],
    ['LY', "Libya", 818.69, 2022, 'owid'],
    ['MA', "Morocco", 630.01, 2023, 'owid'],
    ['MD', "Moldova", 643.46, 2023, 'owid'],
    ['ME', "Montenegro", 417.07, 2023, 'owid'],
    ['MG', "Madagascar", 436.44, 2022, 'owid'],
    ['MK', "North Macedonia", 565.35, 2023, 'owid'],
    ['ML', "Mali", 408, 2022, 'owid'],
    ['MM', "Myanmar", 398.9, 2023, 'owid'],
    ['MN', "Mongolia", 775.31, 2023, 'owid'],
    ['MO', "Macao", 448.98, 2022, 'owid'],
    ['MQ', "Martinique", 523.18, 2021, 'owid'],
    ['MR', "Mauritania", 464.71, 2022, 'owid'],
    ['MS', "Montserrat", 1000, 2022, 'owid'],
    ['MT', "Malta", 459.14, 2023, 'owid'],
    ['MU', "Mauritius", 632.48, 2022, 'owid'],
    ['MV', "Maldives", 611.77, 2022, 'owid'],
    ['MW', "Malawi", 66.67, 2022, 'owid'],
    ['MX', "Mexico", 507.25, 2023, 'owid'],
    ['MY', "Malaysia", 605.83, 2022, 'owid'],
    ['MZ', "Mozambique", 135.65, 2022, 'owid'],
    ['NA', "Namibia", 59.26, 2022, 'owid'],
    ['NC', "New Caledonia", 660.58, 2022, 'owid'],
    ['NE', "Niger", 670.89, 2022, 'owid'],
    ['NG', "Nigeria", 523.25, 2023, 'owid'],
    ['NI', "Nicaragua", 265.12, 2022, 'owid'],
    ['NL', "Netherlands", 267.62, 2023, 'owid'],
    ['NO', "Norway", 30.08, 2023, 'owid'],
    ['NP', "Nepal", 24.44, 2022, 'owid'],
    ['NR', "Nauru", 750, 2022, 'owid'],
    ['NZ', "New Zealand", 112.76, 2023, 'owid'],
    ['OM', "Oman", 564.64, 2023, 'owid'],
    ['PA', "Panama", 161.68, 2022, 'owid'],
    ['PE', "Peru", 266.48, 2023, 'owid'],
    ['PF', "French Polynesia", 442.86, 2022, 'owid'],
    ['PG', "Papua New Guinea", 507.25, 2022, 'owid'],
    ['PH', "Philippines", 610.69, 2023, 'owid'],
    ['PK', "Pakistan", 440.61, 2023, 'owid'],
    ['PL', "Poland", 661.93, 2023, 'owid'],
    ['PM', "Saint Pierre and Miquelon", 600, 2022, 'owid'],
    ['PR', "Puerto Rico", 678.74, 2022, 'owid'],
    ['PS', "Palestine", 516.13, 2022, 'owid'],
    ['PT', "Portugal", 165.55, 2023, 'owid'],
    ['PY', "Paraguay", 23.76, 2023, 'owid'],
    ['QA', "Qatar", 602.5, 2023, 'owid'],
    ['RE', "Reunion", 572.82, 2021, 'owid'],
    ['RO', "Romania", 240.58, 2023, 'owid'],
    ['RS', "Serbia", 636.06, 2023, 'owid'],
    ['RU', "Russia", 441.04, 2023, 'owid'],
    ['RW', "Rwanda", 316.33, 2022, 'owid'],
    ['SA', "Saudi Arabia", 706.79, 2022, 'owid'],
    ['SB', "Solomon Islands", 700, 2022, 'owid'],
    ['SC', "Seychelles", 564.52, 2022, 'owid'],
    ['SD', "Sudan", 263.16, 2022, 'owid'],
    ['SE', "Sweden", 40.7, 2023, 'owid'],
    ['SG', "Singapore", 470.78, 2023, 'owid'],
    ['SH', "Saint Helena", 1000, 2022, 'owid'],
    ['SI', "Slovenia", 231.28, 2023, 'owid'],
    ['SK', "Slovakia", 116.77, 2023, 'owid'],
    ['SL', "Sierra Leone", 50, 2022, 'owid'],
    ['SN', "Senegal", 511.6, 2022, 'owid'],
    ['SO', "Somalia", 578.95, 2022, 'owid'],
    ['SR', "Suriname", 349.28, 2022, 'owid'],
    ['SS', "South Sudan", 629.03, 2022, 'owid'],
    ['ST', "Sao Tome and Principe", 642.86, 2022, 'owid'],
    ['SV', "El Salvador", 271.47, 2023, 'owid'],
    ['SY', "Syria", 701.66, 2022, 'owid'],
    ['SZ', "Eswatini", 172.41, 2022, 'owid'],
    ['TC', "Turks and Caicos Islands", 653.85, 2022, 'owid'],
    ['TD', "Chad", 628.57, 2022, 'owid'],
    ['TG', "Togo", 443.18, 2022, 'owid'],
    ['TH', "Thailand", 549.58, 2023, 'owid'],
    ['TJ', "Tajikistan", 116.86, 2022, 'owid'],
    ['TL', "East Timor", 666.67, 2022, 'owid'],
    ['TM', "Turkmenistan", 1306.03, 2022, 'owid'],
    ['TN', "Tunisia", 563.96, 2023, 'owid'],
    ['TO', "Tonga", 625, 2022, 'owid'],
    ['TR', "Turkey", 464.59, 2023, 'owid'],
    ['TT', "Trinidad and Tobago", 681.53, 2022, 'owid'],
    ['TW', "Taiwan", 642.38, 2023, 'owid'],
    ['TZ', "Tanzania", 339.25, 2022, 'owid'],
    ['UA', "Ukraine", 259.69, 2022, 'owid'],
    ['UG', "Uganda", 44.53, 2022, 'owid'],
    ['US', "United States", 369.47, 2023, 'owid'],
    ['UY', "Uruguay", 128.79, 2023, 'owid'],
    ['UZ', "Uzbekistan", 1167.6, 2022, 'owid'],
    ['VC', "Saint Vincent and the Grenadines", 529.41, 2022, 'owid'],
    ['VE', "Venezuela", 185.8, 2022, 'owid'],
    ['VG', "British Virgin Islands", 647.06, 2022, 'owid'],
    ['VI', "United States Virgin Islands", 632.35, 2022, 'owid'],
    ['VN', "Vietnam", 475.45, 2023, 'owid'],
    ['VU', "Vanuatu", 571.43, 2022, 'owid'],
    ['WS', "Samoa", 473.68, 2022, 'owid'],
    ['YE', "Yemen", 566.1, 2022, 'owid'],
    ['ZA', "South Africa", 707.69, 2023, 'owid'],
    ['ZM', "Zambia", 111.97, 2022, 'owid'],
    ['ZW', "Zimbabwe", 297.87, 2022, 'owid'],
    ['AU-ACT', "Australian Capital Territory", 870, 2019, 'green-algorithms'],
    ['AU-NSW', "New South Wales", 870, 2019, 'green-algorithms'],
    ['AU-NT', "Northern Territory", 620, 2019, 'green-algorithms'],
    ['AU-QLD', "Queensland", 920, 2019, 'green-algorithms'],
    ['AU-SA', "South Australia", 420, 2019, 'green-algorithms'],
    ['AU-TAS', "Tasmania", 180, 2019, 'green-algorithms'],
    ['AU-VIC', "Victoria", 1060, 2019, 'green-algorithms'],
    ['AU-WA', "Western Australia (South West Interconnected System)", 700, 2019, 'green-algorithms'],
    ['CA-AB', "Alberta", 670, 2019, 'green-algorithms'],
    ['CA-BC', "British Columbia", 19.7, 2019, 'green-algorithms'],
    ['CA-MB', "Manitoba", 1.3, 2019, 'green-algorithms'],
    ['CA-NB', "New Brunswick", 270, 2019, 'green-algorithms'],
    ['CA-NL', "Newfoundland and Labrador", 29, 2019, 'green-algorithms'],
    ['CA-NS', "Nova Scotia", 810, 2019, 'green-algorithms'],
    ['CA-NT', "Northwest Territories", 200, 2019, 'green-algorithms'],
    ['CA-NU', "Nunavut", 900, 2019, 'green-algorithms'],
    ['CA-ON', "Ontario", 30, 2019, 'green-algorithms'],
    ['CA-PE', "Prince Edward Island", 2, 2019, 'green-algorithms'],
    ['CA-QC', "Quebec", 1.5, 2019, 'green-algorithms'],
    ['CA-SK', "Saskatchewan", 710, 2019, 'green-algorithms'],
    ['CA-YT', "Yukon Territory", 111, 2019, 'green-algorithms'],
    ['US-AK', "Alaska", 462.33, 2020, 'green-algorithms'],
    ['US-AL', "Alabama", 344.37, 2020, 'green-algorithms'],
    ['US-AR', "Arkansas", 454.4, 2020, 'green-algorithms'],
    ['US-AZ', "Arizona", 351.99, 2020, 'green-algorithms'],
    ['US-CA', "California", 216.43, 2020, 'green-algorithms'],
    ['US-CO', "Colorado", 582.34, 2020, 'green-algorithms'],
    ['US-CT', "Connecticut", 253, 2020, 'green-algorithms'],
    ['US-DC', "Washington DC", 382.68, 2020, 'green-algorithms'],
    ['US-DE', "Delaware", 360.68, 2020, 'green-algorithms'],
    ['US-FL', "Florida", 402.2, 2020, 'green-algorithms'],
    ['US-GA', "Georgia", 345.58, 2020, 'green-algorithms'],
    ['US-HI', "Hawaii", 731.21, 2020, 'green-algorithms'],
    ['US-IA', "Iowa", 293.85, 2020, 'green-algorithms'],
    ['US-ID', "Idaho", 101.89, 2020, 'green-algorithms'],
    ['US-IL', "Illinois", 265.8, 2020, 'green-algorithms'],
    ['US-IN', "Indiana", 740.02, 2020, 'green-algorithms'],
    ['US-KS', "Kansas", 384.08, 2020, 'green-algorithms'],
    ['US-KY', "Kentucky", 804.75, 2020, 'green-algorithms'],
    ['US-LA', "Louisiana", 363.82, 2020, 'green-algorithms'],
    ['US-MA', "Massachusetts", 420.32, 2020, 'green-algorithms'],
    ['US-MD', "Maryland", 308.21, 2020, 'green-algorithms'],
    ['US-ME', "Maine", 109, 2020, 'green-algorithms'],
    ['US-MI', "Michigan", 448.08, 2020, 'green-algorithms'],
    ['US-MN', "Minnesota", 367.93, 2020, 'green-algorithms'],
    ['US-MO', "Missouri", 773, 2020, 'green-algorithms'],
    ['US-MS', "Mississippi", 427.07, 2020, 'green-algorithms'],
    ['US-MT', "Montana", 435.87, 2020, 'green-algorithms'],
    ['US-NC', "North Carolina", 309.73, 2020, 'green-algorithms'],
    ['US-ND', "North Dakota", 663.05, 2020, 'green-algorithms'],
    ['US-NE', "Nebraska", 573.51, 2020, 'green-algorithms'],
    ['US-NH', "New Hampshire", 118.44, 2020, 'green-algorithms'],
    ['US-NJ', "New Jersey", 235.1, 2020, 'green-algorithms'],
    ['US-NM', "New Mexico", 601.77, 2020, 'green-algorithms'],
    ['US-NV', "Nevada", 342.25, 2020, 'green-algorithms'],
    ['US-NY', "New York", 199.01, 2020, 'green-algorithms'],
    ['US-OH', "Ohio", 598.58, 2020, 'green-algorithms'],
    ['US-OK', "Oklahoma", 338.44, 2020, 'green-algorithms'],
    ['US-OR', "Oregon", 163.15, 2020, 'green-algorithms'],
    ['US-PA', "Pennsylvania", 333.19, 2020, 'green-algorithms'],
    ['US-RI', "Rhode Island", 395.27, 2020, 'green-algorithms'],
    ['US-SC', "South Carolina", 245.48, 2020, 'green-algorithms'],
    ['US-SD', "South Dakota", 162.69, 2020, 'green-algorithms'],
    ['US-TN', "Tennessee", 272.89, 2020, 'green-algorithms'],
    ['US-TX', "Texas", 409.16, 2020, 'green-algorithms'],
    ['US-UT', "Utah", 747.82, 2020, 'green-algorithms'],
    ['US-VA', "Virginia", 308, 2020, 'green-algorithms'],
    ['US-VT', "Vermont", 14.45, 2020, 'green-algorithms'],
    ['US-WA', "Washington", 101.84, 2020, 'green-algorithms'],
    ['US-WI', "Wisconsin", 569.39, 2020, 'green-algorithms'],
    ['US-WV', "West Virginia", 919.34, 2020, 'green-algorithms'],
    ['US-WY', "Wyoming", 950.5, 2020, 'green-algorithms'],
];

;// CONCATENATED MODULE: ./build/data/cloud-regions.js
// AWS and Azure publish no per-region grid intensity, so each region maps to the grid of the country or
// US state / Canadian province / Australian state it sits in (region locations from the providers' region pages).
// The mapping is stated in every factor's source string.
const AWS_REGION_LOCATIONS = [
    ['us-east-1', 'US East (N. Virginia)', 'US-VA'],
    ['us-east-2', 'US East (Ohio)', 'US-OH'],
    ['us-west-1', 'US West (N. California)', 'US-CA'],
    ['us-west-2', 'US West (Oregon)', 'US-OR'],
    ['us-gov-east-1', 'AWS GovCloud (US-East, Ohio)', 'US-OH'],
    ['us-gov-west-1', 'AWS GovCloud (US-West, Oregon)', 'US-OR'],
    ['ca-central-1', 'Canada (Central, Montréal)', 'CA-QC'],
    ['ca-west-1', 'Canada West (Calgary)', 'CA-AB'],
    ['mx-central-1', 'Mexico (Central)', 'MX'],
    ['sa-east-1', 'South America (São Paulo)', 'BR'],
    ['af-south-1', 'Africa (Cape Town)', 'ZA'],
    ['ap-east-1', 'Asia Pacific (Hong Kong)', 'HK'],
    ['ap-east-2', 'Asia Pacific (Taipei)', 'TW'],
    ['ap-south-1', 'Asia Pacific (Mumbai)', 'IN'],
    ['ap-south-2', 'Asia Pacific (Hyderabad)', 'IN'],
    ['ap-southeast-1', 'Asia Pacific (Singapore)', 'SG'],
    ['ap-southeast-2', 'Asia Pacific (Sydney)', 'AU-NSW'],
    ['ap-southeast-3', 'Asia Pacific (Jakarta)', 'ID'],
    ['ap-southeast-4', 'Asia Pacific (Melbourne)', 'AU-VIC'],
    ['ap-southeast-5', 'Asia Pacific (Malaysia)', 'MY'],
    ['ap-southeast-6', 'Asia Pacific (New Zealand)', 'NZ'],
    ['ap-southeast-7', 'Asia Pacific (Thailand)', 'TH'],
    ['ap-northeast-1', 'Asia Pacific (Tokyo)', 'JP'],
    ['ap-northeast-2', 'Asia Pacific (Seoul)', 'KR'],
    ['ap-northeast-3', 'Asia Pacific (Osaka)', 'JP'],
    ['eu-central-1', 'Europe (Frankfurt)', 'DE'],
    ['eu-central-2', 'Europe (Zurich)', 'CH'],
    ['eu-west-1', 'Europe (Ireland)', 'IE'],
    ['eu-west-2', 'Europe (London)', 'GB'],
    ['eu-west-3', 'Europe (Paris)', 'FR'],
    ['eu-south-1', 'Europe (Milan)', 'IT'],
    ['eu-south-2', 'Europe (Spain)', 'ES'],
    ['eu-north-1', 'Europe (Stockholm)', 'SE'],
    ['eusc-de-east-1', 'AWS European Sovereign Cloud (Brandenburg)', 'DE'],
    ['il-central-1', 'Israel (Tel Aviv)', 'IL'],
    ['me-south-1', 'Middle East (Bahrain)', 'BH'],
    ['me-central-1', 'Middle East (UAE)', 'AE'],
    ['cn-north-1', 'China (Beijing)', 'CN'],
    ['cn-northwest-1', 'China (Ningxia)', 'CN'],
];
const AZURE_REGION_LOCATIONS = [
    ['eastus', 'East US (Virginia)', 'US-VA'],
    ['eastus2', 'East US 2 (Virginia)', 'US-VA'],
    ['eastus3', 'East US 3 (Georgia)', 'US-GA'],
    ['centralus', 'Central US (Iowa)', 'US-IA'],
    ['northcentralus', 'North Central US (Illinois)', 'US-IL'],
    ['southcentralus', 'South Central US (Texas)', 'US-TX'],
    ['westcentralus', 'West Central US (Wyoming)', 'US-WY'],
    ['westus', 'West US (California)', 'US-CA'],
    ['westus2', 'West US 2 (Washington)', 'US-WA'],
    ['westus3', 'West US 3 (Arizona)', 'US-AZ'],
    ['canadacentral', 'Canada Central (Toronto)', 'CA-ON'],
    ['canadaeast', 'Canada East (Québec City)', 'CA-QC'],
    ['mexicocentral', 'Mexico Central (Querétaro)', 'MX'],
    ['brazilsouth', 'Brazil South (São Paulo)', 'BR'],
    ['brazilsoutheast', 'Brazil Southeast (Rio de Janeiro)', 'BR'],
    ['chilecentral', 'Chile Central (Santiago)', 'CL'],
    ['northeurope', 'North Europe (Ireland)', 'IE'],
    ['westeurope', 'West Europe (Netherlands)', 'NL'],
    ['uksouth', 'UK South (London)', 'GB'],
    ['ukwest', 'UK West (Cardiff)', 'GB'],
    ['francecentral', 'France Central (Paris)', 'FR'],
    ['francesouth', 'France South (Marseille)', 'FR'],
    ['germanywestcentral', 'Germany West Central (Frankfurt)', 'DE'],
    ['germanynorth', 'Germany North (Berlin)', 'DE'],
    ['switzerlandnorth', 'Switzerland North (Zürich)', 'CH'],
    ['switzerlandwest', 'Switzerland West (Geneva)', 'CH'],
    ['norwayeast', 'Norway East (Oslo)', 'NO'],
    ['norwaywest', 'Norway West (Stavanger)', 'NO'],
    ['swedencentral', 'Sweden Central (Gävle)', 'SE'],
    ['swedensouth', 'Sweden South (Staffanstorp)', 'SE'],
    ['polandcentral', 'Poland Central (Warsaw)', 'PL'],
    ['italynorth', 'Italy North (Milan)', 'IT'],
    ['spaincentral', 'Spain Central (Madrid)', 'ES'],
    ['austriaeast', 'Austria East (Vienna)', 'AT'],
    ['belgiumcentral', 'Belgium Central (Brussels)', 'BE'],
    ['denmarkeast', 'Denmark East (Copenhagen)', 'DK'],
    ['finlandcentral', 'Finland Central (Helsinki)', 'FI'],
    ['greececentral', 'Greece Central (Athens)', 'GR'],
    ['eastasia', 'East Asia (Hong Kong)', 'HK'],
    ['southeastasia', 'Southeast Asia (Singapore)', 'SG'],
    ['japaneast', 'Japan East (Tokyo)', 'JP'],
    ['japanwest', 'Japan West (Osaka)', 'JP'],
    ['koreacentral', 'Korea Central (Seoul)', 'KR'],
    ['koreasouth', 'Korea South (Busan)', 'KR'],
    ['centralindia', 'Central India (Pune)', 'IN'],
    ['southindia', 'South India (Chennai)', 'IN'],
    ['westindia', 'West India (Mumbai)', 'IN'],
    ['jioindiacentral', 'Jio India Central (Nagpur)', 'IN'],
    ['jioindiawest', 'Jio India West (Jamnagar)', 'IN'],
    ['australiaeast', 'Australia East (New South Wales)', 'AU-NSW'],
    ['australiasoutheast', 'Australia Southeast (Victoria)', 'AU-VIC'],
    ['australiacentral', 'Australia Central (Canberra)', 'AU-ACT'],
    ['australiacentral2', 'Australia Central 2 (Canberra)', 'AU-ACT'],
    ['newzealandnorth', 'New Zealand North (Auckland)', 'NZ'],
    ['indonesiacentral', 'Indonesia Central (Jakarta)', 'ID'],
    ['malaysiawest', 'Malaysia West (Kuala Lumpur)', 'MY'],
    ['southafricanorth', 'South Africa North (Johannesburg)', 'ZA'],
    ['southafricawest', 'South Africa West (Cape Town)', 'ZA'],
    ['uaenorth', 'UAE North (Dubai)', 'AE'],
    ['uaecentral', 'UAE Central (Abu Dhabi)', 'AE'],
    ['qatarcentral', 'Qatar Central (Doha)', 'QA'],
    ['israelcentral', 'Israel Central', 'IL'],
    ['taiwannorth', 'Taiwan North (Taipei)', 'TW'],
];

;// CONCATENATED MODULE: ./build/data/grid.js




const DATASETS = {
    owid: 'Our World in Data carbon_intensity_elec (Ember, Energy Institute; CC-BY-4.0) as shipped in CodeCarbon global_energy_mix.json',
    'green-algorithms': 'Green Algorithms CI_aggregated.csv (carbonfootprint.com March 2022 compilation of EPA eGRID / national inventories)',
};
const DATASET_URLS = {
    owid: 'https://ourworldindata.org/grapher/carbon-intensity-electricity',
    'green-algorithms': 'https://github.com/GreenAlgorithms/green-algorithms-tool',
};
const GOOGLE_REGION_CARBON_URL = 'https://github.com/GoogleCloudPlatform/region-carbon-info';
const locations = LOCATION_GRID_ROWS.map(([code, name, value, year, dataset]) => ({
    id: code,
    name,
    country: code,
    intensityGPerKwh: { value, source: DATASETS[dataset], year, url: DATASET_URLS[dataset] },
}));
const LOCATION_BY_CODE = new Map(locations.map((location) => [location.id, location]));
const gcpRegions = GCP_GRID_ROWS.map(([region, name, country, value, cfe, year]) => ({
    id: `gcp:${region}`,
    name,
    provider: 'gcp',
    country,
    intensityGPerKwh: {
        value,
        year,
        url: GOOGLE_REGION_CARBON_URL,
        source: `Google Cloud region carbon data google-region-carbon-info_${year}.csv, location-based grid intensity (Google CFE ${Math.round(cfe * 100)} % is not applied)`,
    },
}));
const PROVIDER_NAMES = { aws: 'AWS', gcp: 'Google Cloud', azure: 'Azure' };
function mappedRegion(provider, [region, name, code]) {
    const location = LOCATION_BY_CODE.get(code);
    if (!location)
        throw new Error(`${provider}:${region} maps to ${code}, which has no grid factor`);
    const factor = {
        value: location.intensityGPerKwh.value,
        year: location.intensityGPerKwh.year,
        url: location.intensityGPerKwh.url,
        source: `${PROVIDER_NAMES[provider]} publishes no per-region grid data; ${region} (${name}) mapped to ${code} (${location.name}): ${location.intensityGPerKwh.source}`,
    };
    return { id: `${provider}:${region}`, name, provider, country: code, intensityGPerKwh: factor };
}
const GRID_REGIONS = [
    ...gcpRegions,
    ...AWS_REGION_LOCATIONS.map((mapping) => mappedRegion('aws', mapping)),
    ...AZURE_REGION_LOCATIONS.map((mapping) => mappedRegion('azure', mapping)),
    ...locations,
];
/** Used when a run names no location: the world average, with the full range of real grids around it. */
const WORLD_AVERAGE_INTENSITY = {
    value: 475,
    low: 30,
    high: 800,
    source: 'IEA Global Energy & CO2 Status Report 2019 world average (as used by Green Algorithms and CodeCarbon); range spans real national grids',
    year: 2019,
    url: 'https://www.iea.org/reports/global-energy-co2-status-report-2019',
};
/** Lower-case, no spaces, "provider/region" or "provider region" as "provider:region" — so "AWS/us-east-1", "gcp us-central1", "azure:West Europe" and "fr" match. */
function locationKey(location) {
    return location
        .trim()
        .toLowerCase()
        .replace(/^(aws|gcp|azure)\s*[\s/:]\s*/, '$1:')
        .replace(/\s+/g, '');
}
const BY_KEY = new Map();
for (const region of GRID_REGIONS)
    BY_KEY.set(locationKey(region.id), region);
// Bare region names ("us-central1", "eastus") when only one provider uses them, then country/region names.
const bareNames = new Map();
for (const region of GRID_REGIONS) {
    if (!region.provider)
        continue;
    const bare = locationKey(region.id.slice(region.provider.length + 1));
    bareNames.set(bare, [...(bareNames.get(bare) ?? []), region]);
}
for (const [bare, regions] of bareNames)
    if (regions.length === 1 && !BY_KEY.has(bare))
        BY_KEY.set(bare, regions[0]);
for (const location of locations)
    if (!BY_KEY.has(locationKey(location.name)))
        BY_KEY.set(locationKey(location.name), location);
/**
 * Codes people and tools write for a country that ISO 3166-1 alpha-2 spells otherwise: UK and EL (the EU's codes for
 * the United Kingdom and Greece), and alpha-3 codes (CodeCarbon's `country_iso_code`), per ISO 3166-1.
 */
const COUNTRY_ALIASES = {
    UK: 'GB',
    EL: 'GR',
    ...Object.fromEntries(('ARE AE,ARG AR,AUS AU,AUT AT,BEL BE,BGD BD,BGR BG,BRA BR,CAN CA,CHE CH,CHL CL,CHN CN,COL CO,CZE CZ,DEU DE,' +
        'DNK DK,EGY EG,ESP ES,EST EE,FIN FI,FRA FR,GBR GB,GRC GR,HKG HK,HRV HR,HUN HU,IDN ID,IND IN,IRL IE,ISL IS,' +
        'ISR IL,ITA IT,JPN JP,KEN KE,KOR KR,LTU LT,LUX LU,LVA LV,MEX MX,MYS MY,NGA NG,NLD NL,NOR NO,NZL NZ,PAK PK,' +
        'PER PE,PHL PH,POL PL,PRT PT,QAT QA,ROU RO,RUS RU,SAU SA,SGP SG,SRB RS,SVK SK,SVN SI,SWE SE,THA TH,TUR TR,' +
        'TWN TW,UKR UA,URY UY,USA US,VNM VN,ZAF ZA')
        .split(',')
        .map((pair) => pair.split(' '))),
};
function byKey(location) {
    const trimmed = location.trim();
    const upper = trimmed.toUpperCase();
    const alias = Object.hasOwn(COUNTRY_ALIASES, upper) ? COUNTRY_ALIASES[upper] : undefined;
    return BY_KEY.get(locationKey(alias ?? trimmed));
}
/**
 * Accepts "gcp:us-central1", "GCP:US-CENTRAL1", "aws/us-east-1", "us-east-1", "fr", "FR", "UK", "DEU", "US-CA",
 * "France", and CodeCarbon's "USA/Iowa" (country, then region: the region when known, else the country).
 */
function resolveLocation(location) {
    const found = byKey(location);
    if (found)
        return { found };
    const [country, region] = location.split('/', 2).map((part) => part.trim());
    if (country && region !== undefined) {
        const inCountry = byKey(country);
        if (inCountry && !inCountry.provider) {
            const subdivision = byKey(region);
            return { found: subdivision && subdivision.country?.startsWith(`${inCountry.id}-`) ? subdivision : inCountry };
        }
    }
    return { suggestions: suggestLocations(location) };
}
/** Normalized region id or location name -> region id, built once: suggestions run on every unknown location. */
let grid_suggestionIndex;
/** Up to three region ids whose id or name is close to `location`, best first. */
function suggestLocations(location) {
    if (!grid_suggestionIndex) {
        grid_suggestionIndex = new Map();
        for (const region of GRID_REGIONS) {
            const labels = region.provider ? [region.id] : [region.id, region.name];
            for (const label of labels)
                if (!grid_suggestionIndex.has(locationKey(label)))
                    grid_suggestionIndex.set(locationKey(label), region.id);
        }
    }
    const ids = [];
    for (const key of (0,suggest/* closest */.kp)(locationKey(location.trim()), [...grid_suggestionIndex.keys()], 50, (text) => text)) {
        const id = grid_suggestionIndex.get(key);
        if (!ids.includes(id))
            ids.push(id);
        if (ids.length === 3)
            break;
    }
    return ids;
}
function regionsOf(provider) {
    return GRID_REGIONS.filter((region) => region.provider === provider);
}

// EXTERNAL MODULE: ./build/data/facility.js
var data_facility = __webpack_require__(2864);
;// CONCATENATED MODULE: ./build/estimate/placement.js
// Where a run's electricity comes from: grid intensity and PUE, from the manifest or the location's defaults.




function resolvePlacement(placement, assumptions, notes) {
    const region = placement.location ? resolveLocation(placement.location).found : undefined;
    let intensity;
    if (placement.carbonIntensity !== undefined) {
        intensity = assumptions.given('grid carbon intensity', placement.carbonIntensity, 'gCO2e/kWh');
    }
    else if (region) {
        const entry = region.intensityGPerKwh;
        const spread = INTENSITY_VINTAGE_SPREAD;
        intensity = product(assumptions.fromTable(`grid carbon intensity ${region.id} (${region.name})`, entry, 'gCO2e/kWh'), range(1, spread.low, spread.high));
        assumptions.fromDefault('year-to-year spread of grid intensity', spread, '×');
    }
    else {
        intensity = assumptions.fromDefault('grid carbon intensity, world average (no location given)', WORLD_AVERAGE_INTENSITY, 'gCO2e/kWh');
        notes.push('No location given: the world-average grid intensity is used, with a wide range. Set `location` for a sharper estimate.');
    }
    let pue;
    const facility = placement.facility ? data_facility/* FACILITY_PUE */.X[placement.facility] : undefined;
    if (placement.pue !== undefined)
        pue = assumptions.given('PUE', placement.pue, '×');
    else if (region?.provider && placement.facility !== 'workstation' && placement.facility !== 'on-prem')
        pue = assumptions.fromDefault(`PUE of ${region.provider.toUpperCase()} data centres`, PUE[region.provider], '×');
    else if (facility)
        pue = assumptions.fromDefault(`PUE of ${facility.label}`, facility, '×');
    else {
        pue = assumptions.fromDefault('PUE of an unnamed data centre', PUE.unknown, '×');
        notes.push(`No facility given: the PUE of an average data centre (${PUE.unknown.value}) is assumed. Set \`facility\` (cloud, colocation, on-prem, workstation) or \`pue\`.`);
    }
    return { intensity, pue, provider: region?.provider };
}

;// CONCATENATED MODULE: ./build/data/calibration.generated.js
const FITTED_CALIBRATION = {
    dataset: "published_runs.csv and published_hours.csv",
    utilization: {
        referenceParams: 10000000000,
        sizeExponent: 0.05,
        paramsRange: {
            min: 64000000,
            max: 540350000000
        },
        wholeRun: {},
        fewFamilies: {
            pascal: {
                value: 0.322,
                families: [
                    "patterson2021"
                ],
                rows: 2
            },
            "tpu-v2": {
                value: 0.709,
                families: [
                    "patterson2021"
                ],
                rows: 3
            },
            ampere: {
                value: 0.321,
                families: [
                    "bloomberg",
                    "llama",
                    "mpt",
                    "pythia",
                    "starcoder"
                ],
                rows: 19
            },
            hopper: {
                value: 0.216,
                families: [
                    "granite",
                    "llama3",
                    "phi",
                    "smollm"
                ],
                rows: 9
            },
            volta: {
                value: 0.237,
                families: [
                    "xlm"
                ],
                rows: 1
            },
            "tpu-v4": {
                value: 0.249,
                families: [
                    "palm"
                ],
                rows: 1
            },
            "tpu-v3": {
                value: 0.256,
                families: [
                    "gopher"
                ],
                rows: 1
            }
        },
        minFamilies: 6,
        realization: {
            value: 0.597,
            byGeneration: {
                ampere: 0.594,
                hopper: 0.52,
                volta: 1.113,
                "tpu-v4": 0.539,
                "tpu-v3": 0.788
            }
        },
        moeFactor: {
            value: 0.8,
            rows: 5
        },
        band: {
            low: 0.59,
            high: 1.76
        },
        unbenchmarkedBand: {
            low: 0.39,
            high: 1.76
        },
        bounds: {
            min: 0.02,
            max: 0.6
        }
    },
    power: {
        byGeneration: {
            pascal: {
                value: 0.792,
                rows: 9
            },
            "tpu-v2": {
                value: 0.682,
                rows: 3
            },
            "tpu-v3": {
                value: 0.886,
                rows: 1
            },
            hopper: {
                value: 0.809,
                rows: 4
            },
            volta: {
                value: 0.888,
                rows: 6
            }
        },
        byKind: {
            gpu: 0.809,
            tpu: 0.784
        },
        smallModel: {
            minShare: 0.34,
            fromParams: 10000000,
            toParams: 160000000
        },
        band: {
            low: 0.41,
            high: 1.11
        },
        hostOverheadFraction: 0.25
    },
    rows: {
        hours: 41,
        hoursFamilies: 14,
        energy: 23
    }
};

;// CONCATENATED MODULE: ./build/data/calibration.js




/** Where the calibration is documented: docs/methodology.md §3 in the action's repository (as README names it). */
const CALIBRATION_DOC_URL = METHODOLOGY_DOC_URL;
const docLink = CALIBRATION_DOC_URL ? { url: CALIBRATION_DOC_URL } : {};
const CALIBRATION_SOURCE = (fit) => `ml-carbon calibration on ${fit.dataset} (whole-run hours: Pythia, MPT, StarCoder, BloombergGPT, LLaMA/Llama, Granite, Phi, SmolLM, DeepSeek, PaLM, Gopher, Patterson et al. 2021; measured energy: Patterson, Strubell, Dodge, OLMo); see docs/methodology.md`;
const round3 = (value) => Math.round(value * 1000) / 1000;
/**
 * The model's stated consistency band: for the same job, energy per FLOP x datasheet FLOP/s per watt (= power share /
 * MFU, what the model assumes each card realizes) stays within this factor of the table's median, for every
 * accelerator. Generations differ in how much of their peak whole runs realize: TPU v2 most (Patterson et al.'s three
 * TPU v2 runs imply 0.53-0.64 MFU at 0.60-0.66 of the 280 W TDP: 0.29 x the median), V100 least (its sourced
 * steady-state level is 21 % MFU, GPT-3 on V100 in PaLM Table 3: 2.0 x the median). A generation moving outside
 * this band means its level or draw changed by more than the sources behind it allow, and must be looked at.
 */
const ENERGY_PER_FLOP_BAND = { low: 0.25, high: 2.5 };
/** The whole-run MFU level of a generation at the reference size; every generation gets a sourced level. */
function generationLevel(accelerator, fit = FITTED_CALIBRATION) {
    const generation = accelerator.generation ?? accelerator.kind;
    const { wholeRun, fewFamilies, realization } = fit.utilization;
    const own = wholeRun[generation];
    if (own) {
        return {
            value: own.value,
            spread: { low: 1, high: 1 },
            basis: 'whole-run',
            source: `whole-run MFU ${own.value} fitted on ${own.rows} runs of ${own.families.length} model families (${own.families.join(', ')})`,
        };
    }
    const steady = steadyStateLevel(accelerator.generation, accelerator.kind);
    // The band is measured on exactly this path (every held-out run is predicted as benchmark x realization), so a
    // generation's own benchmark adds no spread; a borrowed or relative level, never validated, adds its span.
    const spread = { low: steady.low / steady.value, high: steady.high / steady.value };
    const relative = steady.relativeTo && wholeRun[steady.relativeTo.generation];
    if (steady.relativeTo && relative) {
        return {
            value: round3(relative.value * steady.relativeTo.ratio),
            spread,
            basis: 'relative benchmark',
            source: `${steady.relativeTo.generation} whole-run MFU ${relative.value} x ${steady.relativeTo.ratio} (${steady.source})`,
        };
    }
    const few = fewFamilies[generation];
    if (steady.borrowed && few) {
        return {
            value: few.value,
            spread: { low: 1, high: 1 },
            basis: 'few families',
            source: `whole-run MFU ${few.value} fitted on ${few.rows} runs of ${few.families.join(', ')} (no benchmark covers ${generation})`,
        };
    }
    return {
        value: round3(steady.value * realization.value),
        spread: steady.borrowed || steady.relativeTo ? spread : { low: 1, high: 1 },
        basis: steady.borrowed ? 'borrowed' : steady.relativeTo ? 'relative benchmark' : 'benchmark x realization',
        source: `steady-state MFU ${steady.value} (${steady.source}) x whole-run realization ${realization.value} (fitted across ${Object.keys(realization.byGeneration).join(', ')})`,
    };
}
/** MFU to assume for training on `accelerator` a model with `activeParams` active parameters. */
function trainingUtilization(accelerator, activeParams, options = {}, fit = FITTED_CALIBRATION) {
    const u = fit.utilization;
    const level = generationLevel(accelerator, fit);
    const sizeInRange = Math.min(u.paramsRange.max, Math.max(u.paramsRange.min, activeParams));
    const moe = options.mixtureOfExperts ? u.moeFactor.value : 1;
    const band = level.basis === 'borrowed' || level.basis === 'few families' ? u.unbenchmarkedBand : u.band;
    const scaled = level.value * (sizeInRange / u.referenceParams) ** u.sizeExponent * moe;
    const value = Math.min(u.bounds.max, Math.max(u.bounds.min, scaled));
    const sizeText = u.sizeExponent !== 0 ? ` x (active params / ${u.referenceParams / 1e9} B)^${u.sizeExponent}` : '';
    const moeText = options.mixtureOfExperts ? ` x ${u.moeFactor.value} (mixture of experts)` : '';
    return {
        name: `model FLOPs utilization on ${accelerator.generation ?? accelerator.kind} hardware (whole run)`,
        basis: level.basis,
        entry: {
            value: round3(value),
            low: round3((value / band.high) * level.spread.low),
            high: round3(Math.min(1, (value / band.low) * level.spread.high)),
            source: `${CALIBRATION_SOURCE(fit)}: ${level.source}${sizeText}${moeText}; range from leave-one-family-out residuals`,
            year: 2025,
            ...docLink,
        },
    };
}
/** Share of the small-model ramp a model of `params` parameters reaches (minShare .. 1). */
function smallModelShare(params, fit = FITTED_CALIBRATION) {
    const { minShare, fromParams, toParams } = fit.power.smallModel;
    const position = (Math.log10(params) - Math.log10(fromParams)) / (Math.log10(toParams) - Math.log10(fromParams));
    const clamped = Math.min(1, Math.max(0, Number.isFinite(position) ? position : 1));
    return minShare + (1 - minShare) * clamped;
}
/**
 * Average training draw as a share of TDP for `accelerator` training a model of `params` (active) parameters. The
 * small-model ramp sets the value only when the work was derived from the parameter count (6 x N x D, a transformer
 * rule); when FLOPs or hours are given (CNNs and others carry far more FLOPs per parameter) it only lowers the range.
 */
function trainingPowerFraction(accelerator, params, options = {}, fit = FITTED_CALIBRATION) {
    const generation = accelerator.generation ? fit.power.byGeneration[accelerator.generation] : undefined;
    const large = generation?.value ?? fit.power.byKind[accelerator.kind];
    if (large === undefined)
        return { name: 'average training power as a share of TDP', entry: POWER_FRACTION_OF_TDP };
    const share = smallModelShare(params, fit);
    if (options.rampAsLowEndOnly && share < 1) {
        return {
            name: `average training power as a share of TDP on ${accelerator.generation ?? accelerator.kind} hardware`,
            entry: {
                value: round3(large),
                low: round3(large * share * fit.power.band.low),
                high: round3(Math.min(1.2, large * fit.power.band.high)),
                source: `${CALIBRATION_SOURCE(fit)}: ${large} for ${accelerator.generation ?? accelerator.kind}; FLOPs or hours given, so the small-model ramp (x ${round3(share)} for ${formatParams(params)} parameters) only widens the range down`,
                year: 2025,
                ...docLink,
            },
        };
    }
    const value = large * share;
    const basis = generation
        ? `${large} for ${accelerator.generation} fitted on ${generation.rows} measured runs`
        : `${large}, the median of fitted ${accelerator.kind.toUpperCase()} generations (no measured runs on ${accelerator.generation ?? accelerator.id})`;
    const ramp = share < 1 ? `; x ${round3(share)} for a ${formatParams(params)}-parameter model (small-model ramp)` : '';
    return {
        name: `average training power as a share of TDP on ${accelerator.generation ?? accelerator.kind} hardware`,
        entry: {
            value: round3(value),
            low: round3(value * fit.power.band.low),
            high: round3(Math.min(1.2, value * fit.power.band.high)),
            source: `${CALIBRATION_SOURCE(fit)}: ${basis}${ramp}; range from leave-one-family-out residuals of measured runs`,
            year: 2025,
            ...docLink,
        },
    };
}
function formatParams(params) {
    return params >= 1e9 ? `${round3(params / 1e9)} B` : `${round3(params / 1e6)} M`;
}

;// CONCATENATED MODULE: ./build/data/techniques.js
/**
 * Training in mixed precision (fp16/bf16 with fp32 master weights) instead of fp32: wall-clock speed-up at most this
 * factor, and never more than the accelerator's peak ratio. Mapping: training work ÷ min(peak ratio, cap).
 */
const MIXED_PRECISION_SPEEDUP_GPU = {
    value: 3,
    claim: 'automatic mixed precision trains up to 3x faster on Tensor-Core GPUs; memory roughly halved, accuracy unchanged',
    source: 'TensorFlow mixed-precision guide (">3x on modern GPUs"); NVIDIA Automatic Mixed Precision documentation ("up to 3x")',
    year: 2020,
    url: 'https://www.tensorflow.org/guide/mixed_precision',
};
const MIXED_PRECISION_SPEEDUP_TPU = {
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
const FP8_TRAINING_SPEEDUP = {
    value: 1.25,
    claim: 'Llama3-8B FP8 training ~25% faster than bf16 (torchao); 1.3-1.7x reported with Transformer Engine on large models; GPT-2 scale only ~5-7%',
    source: 'torchao float8 training results (PyTorch, 2025); NVIDIA Transformer Engine benchmarks; A. Karpathy nanochat notes (2025)',
    year: 2025,
    url: 'https://github.com/pytorch/ao/tree/main/torchao/float8',
};
/**
 * Serving speed relative to fp16/bf16 serving, by precision. fp32 from the mixed-precision cap (fp16 up to 3x fp32);
 * int8 from INT8 tensor peaks being 2x FP16 on T4/A100/H100 (an upper bound; Q8BERT: speed-up only on INT8 hardware);
 * int4 weight-only from GPTQ's measured end-to-end decode speed-up on A100 (memory-bound, so no int4 math needed).
 */
const SERVING_SPEED_VS_HALF_PRECISION = {
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
        claim: 'Q8BERT: 4x smaller weights with minimal accuracy loss, faster only on INT8-capable hardware; INT8 tensor peak is 2x FP16 (upper bound)',
        source: 'Zafrir et al. 2019, Q8BERT: Quantized 8Bit BERT (abstract); NVIDIA T4/A100/H100 datasheets',
        year: 2019,
        url: 'https://arxiv.org/abs/1910.06188',
    },
    int4: {
        value: 3.25,
        claim: 'GPTQ 3-4-bit weights: negligible accuracy loss, end-to-end inference 3.25x faster than FP16 on A100 (4.5x on A6000)',
        source: 'Frantar et al. 2022, GPTQ (abstract)',
        year: 2022,
        url: 'https://arxiv.org/abs/2210.17323',
    },
};
/** GPTQ quantises a 175B model in about 4 GPU-hours on one A100; the one-time cost is scaled linearly by parameters. */
const GPTQ_A100_HOURS_PER_175B = {
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
const DISTILBERT_PARAMETER_RATIO = {
    value: 0.6,
    claim: 'reduces the size of a BERT model by 40%, retaining 97% of its language understanding and being 60% faster',
    source: 'Sanh et al. 2019, DistilBERT, a distilled version of BERT (abstract)',
    year: 2019,
    url: 'https://arxiv.org/abs/1910.01108',
};
const DISTILBERT_QUALITY_KEPT = 0.97;
/**
 * 2:4 structured sparsity doubles dense tensor-core math throughput on Ampere and later. Mapping: serving work ÷ 2
 * (an upper bound: attention and non-matmul work do not speed up). One-time cost: the retraining workflow, counted as
 * one repeat of the run's training.
 */
const STRUCTURED_SPARSITY_SPEEDUP = {
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
const LOW_RANK_SPEEDUP = {
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
const LORA_FLOPS_RATIO = {
    value: 4 / 6,
    claim: '10,000x fewer trainable parameters, 3x less GPU memory, on-par or better quality than full fine-tuning, higher training throughput',
    source: 'Hu et al. 2021, LoRA: Low-Rank Adaptation of Large Language Models (abstract); 4N/6N FLOPs derived from the backward pass without weight gradients',
    year: 2021,
    url: 'https://arxiv.org/abs/2106.09685',
};
/**
 * Continued (domain-adaptive) pre-training of an existing checkpoint instead of pre-training from scratch. DAPT ran
 * 12.5K steps (one pass over each domain corpus) against RoBERTa's 500K pre-training steps: 2.5% of the steps (0.6% of
 * the tokens, DAPT's batches being smaller); the larger figure is used. Mapping: training work x 0.025.
 */
const CONTINUED_PRETRAINING_FRACTION = {
    value: 12.5 / 500,
    claim: 'domain-adaptive pre-training (12.5K steps from RoBERTa) gives consistent gains on all four domains',
    source: "Gururangan et al. 2020, Don't Stop Pretraining (ACL), §3; RoBERTa pre-training steps from Liu et al. 2019",
    year: 2020,
    url: 'https://arxiv.org/abs/2004.10964',
};
/** Chinchilla: about 20 tokens per parameter is compute-optimal (70B on 1.4T tokens). */
const CHINCHILLA_TOKENS_PER_PARAMETER = {
    value: 20,
    claim: 'for compute-optimal training, model size and tokens scale equally: ~20 tokens per parameter (Chinchilla 70B on 1.4T)',
    source: 'Hoffmann et al. 2022, Training Compute-Optimal Large Language Models',
    year: 2022,
    url: 'https://arxiv.org/abs/2203.15556',
};
/** The parametric loss fit L(N, D) = E + A / N^alpha + B / D^beta (Hoffmann et al. 2022, Approach 3, eq. 10). */
const CHINCHILLA_LOSS_FIT = {
    E: 1.69,
    A: 406.4,
    B: 410.7,
    alpha: 0.34,
    beta: 0.28,
    source: 'Hoffmann et al. 2022, Training Compute-Optimal Large Language Models, §3.3 (Approach 3 fit)',
    year: 2022,
    url: 'https://arxiv.org/abs/2203.15556',
};
/** Runs with fewer than 20/2 or more than 20x2 tokens per parameter are flagged as far from compute-optimal. */
const CHINCHILLA_TOLERANCE_FACTOR = 2;
/**
 * Asynchronous successive halving (ASHA) with reduction factor eta = 3 (Hyperband's default): every trial runs 1/3^s
 * of the budget, the best third continues. Mapping: repeats -> the budget successive halving spends, in full runs.
 */
const SUCCESSIVE_HALVING_ETA = {
    value: 3,
    claim: 'successive halving / Hyperband with reduction factor eta = 3 finds good configurations with far fewer full-budget trials',
    source: 'Li et al. 2020, A System for Massively Parallel Hyperparameter Tuning (ASHA, MLSys); Li et al. 2018, Hyperband (JMLR)',
    year: 2020,
    url: 'https://arxiv.org/abs/1810.05934',
};
/** Sweeps with at least this many repeats are worth early stopping. */
const SWEEP_MIN_REPEATS = 4;
/** Region is the largest lever: low-carbon regions save >70% against carbon-heavy ones; time-shifting matters less. */
const CARBON_AWARE_REGION = {
    value: 0.7,
    claim: 'choosing a low-carbon region (France, Norway) saves over 70% against carbon-heavy ones; shifting start time helps short jobs, much less long ones',
    source: 'Dodge et al. 2022, Measuring the Carbon Intensity of AI in Cloud Instances (FAccT)',
    year: 2022,
    url: 'https://arxiv.org/abs/2206.05229',
};

;// CONCATENATED MODULE: ./build/estimate/training.js
// Training: FLOPs -> accelerator-hours -> the energy chain.





/** Above this, hours given with tokens imply a utilization no published whole run has reached. */
const IMPLAUSIBLE_UTILIZATION = 0.75;
/** Above this share of TDP, a given average power is more than boost clocks explain. */
const IMPLAUSIBLE_POWER_FRACTION = 1.2;
/** Tokens seen in training: given, or samples x sequence_length x epochs. */
function trainingTokens(run) {
    const training = run.training;
    if (!training)
        return undefined;
    if (training.tokens !== undefined)
        return training.tokens * (training.epochs ?? 1);
    if (training.samples !== undefined && training.sequenceLength !== undefined) {
        return training.samples * training.sequenceLength * (training.epochs ?? 1);
    }
    return undefined;
}
const isAdapterMethod = (run) => run.training?.method === 'lora' || run.training?.method === 'qlora';
/**
 * Model FLOPs of one training run: given, or 6 x (active) parameters x tokens (Kaplan et al. 2020, a transformer
 * rule), x 4/6 for LoRA/QLoRA (frozen weights need no weight gradients).
 */
function trainingFlops(run) {
    if (run.training?.flops !== undefined)
        return run.training.flops;
    const tokens = trainingTokens(run);
    if (tokens === undefined)
        return undefined;
    const adapter = isAdapterMethod(run) ? LORA_FLOPS_RATIO.value : 1;
    return 6 * activeParameters(run) * tokens * adapter;
}
/** True when the run's work comes from its parameter count (6 x N x D): no FLOPs and no hours given. */
const workFromParameters = (run) => run.training?.flops === undefined &&
    run.hardware.hours === undefined &&
    run.hardware.acceleratorHours === undefined &&
    trainingTokens(run) !== undefined;
/** The precision that really runs for training, with the engine's rate; notes go to the report. */
function trainingPrecision(run, accelerator, notes) {
    const resolved = resolvePrecision(accelerator, requestedTrainingPrecision(run), 'training');
    notes.push(...resolved.notes);
    return resolved;
}
function recordRate(accelerator, resolved, assumptions) {
    assumptions.record({
        name: `${accelerator.id} dense peak at ${resolved.ratePrecision}`,
        value: resolved.flopsPerSecond / (resolved.speedup?.value ?? 1) / 1e12,
        unit: 'TFLOP/s',
        origin: 'default',
        source: accelerator.peakTflops.source,
        year: accelerator.peakTflops.year,
        url: accelerator.peakTflops.url,
    });
    if (resolved.speedup)
        assumptions.fromDefault('fp8 training speed-up over bf16', resolved.speedup, '×');
}
function trainingAcceleratorHours(run, accelerator, assumptions, notes, calibration) {
    const { hardware } = run;
    const flops = trainingFlops(run);
    if (flops !== undefined && run.training?.flops === undefined)
        recordFlopsRule(run, assumptions);
    if (hardware.acceleratorHours !== undefined || hardware.hours !== undefined) {
        const hours = hardware.acceleratorHours !== undefined
            ? assumptions.given('accelerator-hours', hardware.acceleratorHours, 'h')
            : (assumptions.given('wall-clock hours', hardware.hours, 'h'), exact(hardware.count * hardware.hours));
        if (flops !== undefined)
            warnIfImplausiblyFast(run, accelerator, flops, hours.value, notes);
        return hours;
    }
    if (flops === undefined)
        throw new Error(`run ${run.id} has neither hours nor FLOPs; the parser should have refused it`);
    const resolved = trainingPrecision(run, accelerator, notes);
    recordRate(accelerator, resolved, assumptions);
    const utilization = hardware.utilization !== undefined
        ? assumptions.given('model FLOPs utilization', hardware.utilization, '×')
        : (calibration?.utilization ?? defaultUtilization(run, accelerator, assumptions));
    return product(exact((0,units/* hoursFromSeconds */.N6)(flops / resolved.flopsPerSecond)), inverse(utilization));
}
function recordFlopsRule(run, assumptions) {
    assumptions.record({
        name: `training FLOPs = 6 x ${run.model.activeParameters !== undefined ? 'active ' : ''}parameters x tokens${isAdapterMethod(run) ? ' x 4/6 (LoRA: no weight gradients for frozen weights)' : ''} (a transformer rule: give flops or hours for CNNs and other architectures)`,
        value: 6,
        unit: 'FLOPs per parameter per token',
        origin: 'default',
        source: 'Kaplan et al. 2020, Scaling Laws for Neural Language Models, §2.1',
        year: 2020,
        url: 'https://arxiv.org/abs/2001.08361',
    });
}
/** Hours given with a token count imply a utilization; above what any published run reached is a warning. */
function warnIfImplausiblyFast(run, accelerator, flops, acceleratorHours, notes) {
    if (run.training?.flops === undefined && trainingTokens(run) === undefined)
        return;
    // A card the table lacks, given by hours and power alone, has no peak to judge the hours against.
    if (Object.keys(accelerator.peakTflops.value).length === 0)
        return;
    const resolved = resolvePrecision(accelerator, requestedTrainingPrecision(run), 'training');
    const implied = flops / (acceleratorHours * 3600 * resolved.flopsPerSecond);
    const rate = resolved.speedup
        ? `fp8 rate (${resolved.ratePrecision} peak x ${resolved.speedup.value})`
        : `${resolved.ratePrecision} peak`;
    if (implied > IMPLAUSIBLE_UTILIZATION) {
        notes.push(`Warning: the hours given imply ${(implied * 100).toFixed(0)} % utilization of ${accelerator.id}'s ${rate} for ${flops.toExponential(2)} FLOPs; no published whole run exceeds about 60 %. Check the hours, the token count and the accelerator count.`);
    }
}
/** Average draw of one accelerator while training, watts. */
function trainingPowerWatts(run, accelerator, assumptions, calibration, notes = []) {
    if (run.hardware.powerWatts !== undefined) {
        const ratio = run.hardware.powerWatts / accelerator.tdpWatts.value;
        if (ratio > IMPLAUSIBLE_POWER_FRACTION)
            notes.push(`Warning: power_watts ${run.hardware.powerWatts} W is ${ratio.toFixed(2)} x the ${accelerator.id} TDP of ${accelerator.tdpWatts.value} W; per-accelerator averages rarely exceed TDP. Check that it is per accelerator, not per node.`);
        return assumptions.given('average power per accelerator', run.hardware.powerWatts, 'W');
    }
    const tdp = assumptions.fromTable(`${accelerator.id} TDP`, accelerator.tdpWatts, 'W');
    const fraction = calibration?.powerFractionOfTdp ??
        fromCalibratedDefault(trainingPowerFraction(accelerator, activeParameters(run), { rampAsLowEndOnly: !workFromParameters(run) }), assumptions);
    return product(tdp, fraction);
}
const activeParameters = (run) => run.model.activeParameters ?? run.model.parameters;
const isMixtureOfExperts = (run) => run.model.activeParameters !== undefined && run.model.activeParameters < run.model.parameters;
function defaultUtilization(run, accelerator, assumptions) {
    return fromCalibratedDefault(trainingUtilization(accelerator, activeParameters(run), { mixtureOfExperts: isMixtureOfExperts(run) }), assumptions);
}
/** Defaults fitted on published runs (src/data/calibration.ts) depend on the hardware generation and model size. */
function fromCalibratedDefault(calibrated, assumptions) {
    return assumptions.fromDefault(calibrated.name, calibrated.entry, '×');
}

;// CONCATENATED MODULE: ./build/estimate/estimate.js
// A run (or a whole manifest) -> its estimated energy and CO2e with ranges and the assumptions behind them.









function estimateRun(run, options = {}) {
    const assumptions = new AssumptionLog();
    const notes = [];
    const accelerator = getAccelerator(run.hardware.accelerator);
    for (const derived of run.derived ?? [])
        notes.push(describeDerived(derived));
    const placement = resolvePlacement(run, assumptions, notes);
    // A run that only serves (model + hardware + inference) has no training to size: its training share is zero.
    const trains = run.hardware.hours !== undefined || run.hardware.acceleratorHours !== undefined || trainingFlops(run) !== undefined;
    if (!trains)
        notes.push('Serving only: the run declares no training, so only its serving is estimated.');
    const hoursPerRepeat = trains
        ? trainingAcceleratorHours(run, accelerator, assumptions, notes, options.calibration)
        : exact(0);
    const powerWatts = trains ? trainingPowerWatts(run, accelerator, assumptions, options.calibration, notes) : exact(0);
    const once = energyChain({ acceleratorHours: hoursPerRepeat, accelerator, powerWatts, placement }, assumptions);
    if (run.repeats > 1)
        assumptions.given('repeats', run.repeats, '×');
    if (options.calibration?.source)
        notes.push(options.calibration.source);
    const estimate = {
        id: run.id,
        basis: 'estimated',
        flops: trainingFlops(run),
        accelerator: accelerator.id,
        acceleratorCount: run.hardware.count,
        repeats: run.repeats,
        location: run.location,
        carbonIntensityGPerKwh: placement.intensity.value,
        pue: placement.pue.value,
        acceleratorHours: scale(hoursPerRepeat, run.repeats),
        energyKwh: scale(once.energyKwh, run.repeats),
        co2eKg: scale(once.co2eKg, run.repeats),
        breakdown: scaleBreakdown(once.breakdown, run.repeats),
        inference: estimateInference(run, placement, assumptions, notes),
        assumptions: assumptions.used,
        notes,
    };
    if (run.marketCarbonIntensity !== undefined) {
        const facilityKwh = estimate.energyKwh.value + (estimate.inference?.energyKwh.value ?? 0);
        estimate.marketBasedOperationalCo2eKg = (0,units/* co2eKgOf */.Ju)(facilityKwh, run.marketCarbonIntensity);
    }
    return estimate;
}
function totalOf(runs) {
    // sumOf takes an array: spreading 150,000 runs into arguments would overflow the stack.
    const trainingCo2eKg = sumOf(runs.map((run) => run.co2eKg));
    const inferenceCo2eKg = sumOf(runs.map((run) => run.inference?.co2eKg ?? exact(0)));
    return {
        energyKwh: sumOf(runs.flatMap((run) => [run.energyKwh, run.inference?.energyKwh ?? exact(0)])),
        co2eKg: sum(trainingCo2eKg, inferenceCo2eKg),
        trainingCo2eKg,
        inferenceCo2eKg,
    };
}
function estimateManifest(manifest, options = {}) {
    const runs = manifest.runs.map((run) => estimateRun(run, options));
    return { manifest: manifest.file, runs, total: totalOf(runs) };
}

;// CONCATENATED MODULE: ./build/advice/evaluate.js
// Proposal -> Advice: the saving is the engine's estimate of the original run minus that of the transformed run and
// of any one-time work, never a constant.

const totalKwh = (estimate) => estimate.energyKwh.value + (estimate.inference?.energyKwh.value ?? 0);
const servingKg = (estimate) => estimate.inference?.co2eKg.value ?? 0;
const servingPerDayKg = (estimate) => estimate.inference?.perDay.co2eKg.value ?? 0;
/** CO2e and energy of one-time work, summed. */
function oneTimeCost(estimate, runs = []) {
    const estimates = runs.map(estimate);
    return {
        co2eKg: estimates.reduce((total, estimate) => total + (0,run_total/* runTotalKg */.U)(estimate), 0),
        kwh: estimates.reduce((total, estimate) => total + totalKwh(estimate), 0),
    };
}
/**
 * Days of serving after which the one-time cost is repaid: what the training saving does not cover, divided by the
 * daily serving saving. Null when serving saves nothing per day and the training saving does not cover the cost.
 */
function paybackDays(oneTimeKg, trainingSavingKg, servingSavingPerDayKg) {
    const outstanding = oneTimeKg - trainingSavingKg;
    if (outstanding <= 0)
        return 0;
    if (servingSavingPerDayKg <= 0)
        return null;
    return outstanding / servingSavingPerDayKg;
}
function evaluate(technique, proposal, estimate, before) {
    const after = estimate(proposal.transformed);
    const cost = oneTimeCost(estimate, proposal.oneTimeCost);
    const trainingSavingCo2eKg = before.co2eKg.value - after.co2eKg.value;
    const servingSavingCo2eKg = servingKg(before) - servingKg(after);
    const savingCo2eKg = trainingSavingCo2eKg + servingSavingCo2eKg - cost.co2eKg;
    const beforeKg = (0,run_total/* runTotalKg */.U)(before);
    const advice = {
        id: technique.id,
        group: technique.group,
        title: proposal.title,
        detail: proposal.detail,
        savingCo2eKg,
        savingPercent: beforeKg > 0 ? (savingCo2eKg / beforeKg) * 100 : 0,
        savingKwh: totalKwh(before) - totalKwh(after) - cost.kwh,
        trainingSavingCo2eKg,
        servingSavingCo2eKg,
        oneTimeCo2eKg: cost.co2eKg,
        caveat: proposal.caveat,
        effort: proposal.effort,
        evidence: proposal.evidence.map(({ source, year, url, claim }) => ({
            source,
            year,
            ...(url ? { url } : {}),
            ...(claim ? { claim } : {}),
        })),
    };
    if (proposal.oneTimeCost?.length) {
        const perDay = servingPerDayKg(before) - servingPerDayKg(after);
        advice.paybackDays = paybackDays(cost.co2eKg, trainingSavingCo2eKg, perDay);
    }
    return advice;
}

;// CONCATENATED MODULE: ./build/advice/transform.js
// Run -> Run edits shared by the techniques. Training and serving "work" are scaled in the field the engine reads:
// given accelerator-hours or wall-clock hours when the manifest has them, else the training FLOPs or served tokens.




/** The run's training takes `factor` times the accelerator time it did (factor 0.5 = twice as fast). */
function scaleTrainingWork(run, factor) {
    const { hardware } = run;
    if (hardware.acceleratorHours !== undefined)
        return { ...run, hardware: { ...hardware, acceleratorHours: hardware.acceleratorHours * factor } };
    if (hardware.hours !== undefined)
        return { ...run, hardware: { ...hardware, hours: hardware.hours * factor } };
    const flops = trainingFlops(run);
    if (flops === undefined || !run.training)
        return run;
    return { ...run, training: { ...run.training, flops: flops * factor } };
}
/** Serving takes `factor` times the accelerator time per day (the engine's serving chain is linear in tokens). */
function scaleServingWork(run, factor) {
    if (!run.inference)
        return run;
    return { ...run, inference: withTokensPerDay(run.inference, inferenceTokensPerDay(run) * factor) };
}
function withTokensPerDay(inference, tokensPerDay) {
    const { requestsPerDay: _requests, tokensPerRequest: _perRequest, ...rest } = inference;
    return { ...rest, tokensPerDay };
}
const transform_trainingPrecision = (run) => run.training?.precision ?? 'bf16';
const servingPrecision = (run) => run.inference?.precision ?? transform_trainingPrecision(run);
const servingAcceleratorId = (run) => run.inference?.accelerator ?? run.hardware.accelerator;
/**
 * Rate ratio new/old the engine would apply on this accelerator: for training fp8 at bf16 x measured speed-up and
 * integer weights at the half-precision rate; for serving each precision's own dense peak; fallbacks for both.
 */
function enginePeakRatio(acceleratorId, from, to, purpose = 'training') {
    const accelerator = getAccelerator(acceleratorId);
    const rate = (precision) => {
        const resolved = resolvePrecision(accelerator, precision, purpose);
        return purpose === 'serving' ? servingRate(resolved) : resolved.flopsPerSecond;
    };
    return rate(to) / rate(from);
}
/** Serving stays as declared while training changes: pins serving precision and accelerator. */
function pinServing(run, original) {
    if (!run.inference)
        return run;
    return {
        ...run,
        inference: { ...run.inference, precision: servingPrecision(original), accelerator: servingAcceleratorId(original) },
    };
}
/**
 * Training switches to `to` precision and runs `speedup` times faster. When hours come from FLOPs the engine already
 * divides by the new peak, so the FLOPs are corrected by (peak ratio / speedup) to land on `speedup` exactly.
 */
function withTrainingPrecision(run, to, speedup) {
    if (!run.training)
        return run;
    const derivesHours = run.hardware.hours === undefined && run.hardware.acceleratorHours === undefined;
    const peakRatio = derivesHours ? enginePeakRatio(run.hardware.accelerator, transform_trainingPrecision(run), to) : 1;
    const scaled = scaleTrainingWork(run, peakRatio / speedup);
    return pinServing({ ...scaled, training: { ...scaled.training, precision: to, precisionGiven: true } }, run);
}
/** Serving switches to `to` precision and runs `speedup` times faster; tokens are corrected for the engine's peak ratio. */
function withServingPrecision(run, to, speedup) {
    if (!run.inference)
        return run;
    const peakRatio = enginePeakRatio(servingAcceleratorId(run), servingPrecision(run), to, 'serving');
    const scaled = scaleServingWork(run, peakRatio / speedup);
    return { ...scaled, inference: { ...scaled.inference, precision: to, accelerator: servingAcceleratorId(run) } };
}
/** Serves a model with `ratio` times the parameters while training keeps its original FLOPs (or hours). */
function withServedParameters(run, ratio) {
    const flops = trainingFlops(run);
    const training = run.training && flops !== undefined ? { ...run.training, flops } : run.training;
    const { model } = run;
    return {
        ...run,
        training,
        model: {
            ...model,
            parameters: model.parameters * ratio,
            ...(model.activeParameters !== undefined ? { activeParameters: model.activeParameters * ratio } : {}),
        },
    };
}
/** One repeat of the run's training and nothing else: the unit of one-time costs. */
function oneTrainingRepeat(run, id) {
    const { inference: _inference, ...rest } = run;
    return { ...rest, id, repeats: 1 };
}

;// CONCATENATED MODULE: ./build/advice/techniques/format.js
// Short number formats for advice texts.

const formatFactor = (factor) => `${(0,format/* formatNumber */.ZV)(factor)}×`;
const format_formatCount = (count) => {
    if (count >= 1e12)
        return `${(0,format/* formatNumber */.ZV)(count / 1e12)}T`;
    if (count >= 1e9)
        return `${(0,format/* formatNumber */.ZV)(count / 1e9)}B`;
    if (count >= 1e6)
        return `${(0,format/* formatNumber */.ZV)(count / 1e6)}M`;
    if (count >= 1e3)
        return `${(0,format/* formatNumber */.ZV)(count / 1e3)}K`;
    return (0,format/* formatNumber */.ZV)(count);
};


;// CONCATENATED MODULE: ./build/advice/techniques/compression.js
// Smaller or faster served models: distillation to a student, 2:4 structured sparsity, low-rank factorisation.
// All three save on serving only; distillation and sparsity need one-time training work that serving must repay.




/** Below this size a distilled student is not worth the effort (DistilBERT's student itself has 66M parameters). */
const MIN_PARAMETERS_TO_DISTIL = 1e8;
/** Task-specific distillation FLOPs per token, as a share of the original 6N: student 6 x ratio x N + teacher forward 2N. */
const distillationWorkRatio = (ratio) => (6 * ratio + 2) / 6;
const distillation = {
    id: 'distillation',
    group: 'serving-model',
    propose(run) {
        if (!run.inference || run.model.parameters < MIN_PARAMETERS_TO_DISTIL)
            return undefined;
        const ratio = DISTILBERT_PARAMETER_RATIO.value;
        const student = Math.round(run.model.parameters * ratio);
        const work = distillationWorkRatio(ratio);
        return {
            title: `Serve a distilled ${format_formatCount(student)}-parameter student`,
            detail: `A student with ${Math.round((1 - ratio) * 100)}% fewer parameters cuts serving FLOPs to ${ratio}×; distilling it costs ${formatFactor(work)} one training pass (student training + teacher forward passes), counted once.`,
            transformed: withServedParameters(run, ratio),
            oneTimeCost: [scaleTrainingWork(oneTrainingRepeat(run, `${run.id}:distillation`), work)],
            caveat: `Keeps ~${Math.round(DISTILBERT_QUALITY_KEPT * 100)}% of the teacher's quality (DistilBERT on GLUE); an existing distilled checkpoint avoids most of the one-time cost.`,
            effort: 'high',
            evidence: [DISTILBERT_PARAMETER_RATIO],
        };
    },
};
const structuredSparsity = {
    id: 'structured-sparsity',
    group: 'serving-model',
    propose(run) {
        if (!run.inference)
            return undefined;
        const acceleratorId = servingAcceleratorId(run);
        if (!getAccelerator(acceleratorId).structuredSparsity)
            return undefined;
        const speedup = STRUCTURED_SPARSITY_SPEEDUP.value;
        return {
            title: 'Prune to 2:4 structured sparsity for serving',
            detail: `${acceleratorId} runs 2:4-sparse matmuls at up to ${formatFactor(speedup)} the dense rate; the prune-and-retrain workflow is counted as one more training pass.`,
            transformed: scaleServingWork(run, 1 / speedup),
            oneTimeCost: [oneTrainingRepeat(run, `${run.id}:sparse-retrain`)],
            caveat: 'Upper bound: attention and non-matmul work do not speed up. Accuracy is maintained only with the retraining step.',
            effort: 'medium',
            evidence: [STRUCTURED_SPARSITY_SPEEDUP],
        };
    },
};
const lowRank = {
    id: 'low-rank',
    group: 'serving-model',
    propose(run) {
        if (!run.inference)
            return undefined;
        const speedup = LOW_RANK_SPEEDUP.value;
        return {
            title: 'Factorise weight matrices into low-rank pairs (data-aware SVD)',
            detail: `Counted as ${formatFactor(speedup)} faster serving; the factorisation is closed-form, with no retraining.`,
            transformed: scaleServingWork(run, 1 / speedup),
            caveat: 'About 1.5% accuracy lost on MRPC (DRONE); the achievable rank depends on the model and task.',
            effort: 'medium',
            evidence: [LOW_RANK_SPEEDUP],
        };
    },
};

;// CONCATENATED MODULE: ./build/advice/objective.js
/** `from_scratch` is taken as base-model pre-training (nothing to continue from); other methods as fine-tuning. */
function objectiveOf(run) {
    const training = run.training;
    if (!training)
        return undefined;
    if (training.objective)
        return { objective: training.objective, inferred: false };
    if (training.method === 'from_scratch')
        return { objective: 'pretrain-base', inferred: true };
    if (training.method)
        return { objective: 'fine-tune', inferred: true };
    return undefined;
}

;// CONCATENATED MODULE: ./build/advice/techniques/compute-optimal.js
// Compute-optimal sizing (Chinchilla): flag pre-training runs far from ~20 tokens per parameter, say what the same
// compute buys, and count the compute the same loss needs at the optimal split (the saving).






const { E, A, B, alpha, beta } = CHINCHILLA_LOSS_FIT;
const chinchillaLoss = (parameters, tokens) => E + A / parameters ** alpha + B / tokens ** beta;
/**
 * The (N, D) reaching `loss` with the least 6ND. At the optimum alpha A / N^alpha = beta B / D^beta (Lagrange), so the
 * reducible loss splits as A / N^alpha = beta (L - E) / (alpha + beta) and B / D^beta = alpha (L - E) / (alpha + beta).
 */
function cheapestForLoss(loss) {
    const reducible = loss - E;
    const parameterTerm = (beta * reducible) / (alpha + beta);
    const tokenTerm = (alpha * reducible) / (alpha + beta);
    return { parameters: (A / parameterTerm) ** (1 / alpha), tokens: (B / tokenTerm) ** (1 / beta) };
}
/** The same compute C = 6ND split at the rule of thumb D = 20N: N = sqrt(C / (6 x 20)). */
function twentyTokensSplit(flops) {
    const ratio = CHINCHILLA_TOKENS_PER_PARAMETER.value;
    const parameters = Math.sqrt(flops / (6 * ratio));
    return { parameters, tokens: ratio * parameters };
}
const computeOptimalSizing = {
    id: 'compute-optimal-sizing',
    group: 'training-recipe',
    propose(run) {
        const training = run.training;
        if (training?.method !== 'from_scratch' || training.flops !== undefined || run.model.activeParameters !== undefined)
            return undefined;
        if (objectiveOf(run)?.objective === 'fine-tune')
            return undefined;
        const tokens = trainingTokens(run);
        if (tokens === undefined)
            return undefined;
        const parameters = run.model.parameters;
        const perParameter = tokens / parameters;
        const target = CHINCHILLA_TOKENS_PER_PARAMETER.value;
        if (perParameter >= target / CHINCHILLA_TOLERANCE_FACTOR && perParameter <= target * CHINCHILLA_TOLERANCE_FACTOR)
            return undefined;
        const sameCompute = twentyTokensSplit(6 * parameters * tokens);
        const cheapest = cheapestForLoss(chinchillaLoss(parameters, tokens));
        const computeRatio = (cheapest.parameters * cheapest.tokens) / (parameters * tokens);
        const resized = {
            ...run,
            model: { ...run.model, parameters: cheapest.parameters },
            training: {
                ...training,
                tokens: cheapest.tokens,
                epochs: undefined,
                samples: undefined,
                sequenceLength: undefined,
            },
        };
        // With hours given the engine ignores FLOPs: scale the hours by the compute ratio instead.
        const transformed = run.hardware.hours === undefined && run.hardware.acceleratorHours === undefined
            ? resized
            : scaleTrainingWork(resized, computeRatio);
        const shape = perParameter < target ? 'under-trained for its size' : 'small for its compute';
        return {
            title: `Compute-optimal sizing: ${(0,format/* formatNumber */.ZV)(perParameter)} tokens per parameter, not ~${target}`,
            detail: `The model is ${shape}. The same compute buys a ${format_formatCount(sameCompute.parameters)} model on ${format_formatCount(sameCompute.tokens)} tokens; the same loss needs ${(0,format/* formatNumber */.ZV)(computeRatio * 100)}% of the compute with ${format_formatCount(cheapest.parameters)} parameters on ${format_formatCount(cheapest.tokens)} tokens (Chinchilla loss fit).`,
            transformed,
            caveat: "The loss fit comes from Chinchilla's data and tokenizer; a model that serves heavy traffic may be deliberately small and over-trained.",
            effort: 'medium',
            evidence: [CHINCHILLA_TOKENS_PER_PARAMETER, CHINCHILLA_LOSS_FIT],
        };
    },
};

;// CONCATENATED MODULE: ./build/data/offerings.js
const PROVIDER_OFFERINGS = {
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
        source: 'Amazon EC2 accelerated computing instance types (P3, P4d, P4de, P5, P5e, P6, G4dn, G5, G6, G6e, Trn1, Trn2, Inf2)',
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

;// CONCATENATED MODULE: ./build/advice/techniques/provider.js
// The cloud provider a run is placed with, from its location ("gcp:us-central1"); none for countries or no location.

function providerOf(run) {
    const region = run.location ? resolveLocation(run.location).found : undefined;
    return region?.provider ? { provider: region.provider, region } : undefined;
}

;// CONCATENATED MODULE: ./build/advice/techniques/hardware.js
// The same work on an accelerator with more FLOP/s per watt that the same provider rents, for training and for
// serving. Candidates are compared by re-estimating the whole run, embodied carbon included. FLOP/s per watt is taken
// at the precision that really runs on each card (bf16 asked on a V100 runs as fp16), as the engine costs it.








/** The precision that runs on `accelerator` and the FLOP/s the engine divides by for it. */
function engineRate(accelerator, wanted, purpose) {
    const resolved = resolvePrecision(accelerator, wanted, purpose);
    const flopsPerSecond = purpose === 'serving' ? servingRate(resolved) : resolved.flopsPerSecond;
    return { precision: resolved.precision, flopsPerSecond };
}
const flopsPerWatt = (accelerator, wanted, purpose) => engineRate(accelerator, wanted, purpose).flopsPerSecond / accelerator.tdpWatts.value;
/** TPUs multiply in bf16; their fp32 figures are assumed fractions of it, too weak to move a run for. */
const runsNatively = (accelerator, wanted) => wanted === undefined
    ? accelerator.kind !== 'tpu' || supportsPrecision(accelerator, 'bf16')
    : supportsPrecision(accelerator, wanted) && (accelerator.kind !== 'tpu' || wanted === 'bf16' || wanted === 'int8');
const PORTING_CAVEAT = {
    tpu: 'Needs an XLA path (JAX, or PyTorch/XLA); availability and price differ.',
    asic: "Needs the vendor's compiler stack (e.g. AWS Neuron); availability and price differ.",
};
const GPU_CAVEAT = 'Availability and price differ; real speed-ups vary with the model and interconnect.';
/** Offered cards that run the precision natively, have as much memory per device, and more FLOP/s per watt. */
function betterOfferedCards(provider, current, wanted, purpose) {
    return PROVIDER_OFFERINGS[provider].value
        .map((id) => resolveAccelerator(id).found)
        .filter((candidate) => candidate !== undefined && candidate.id !== current.id)
        .filter((candidate) => runsNatively(candidate, wanted) && (candidate.memoryGb ?? 0) >= (current.memoryGb ?? 0))
        .filter((candidate) => flopsPerWatt(candidate, wanted, purpose) > flopsPerWatt(current, wanted, purpose));
}
/**
 * The run's training on another accelerator. Hours derived from FLOPs are re-derived by the engine; given hours are
 * converted by the ratio of the rates the engine uses on each card (the peak of the precision that runs there). A
 * measured power draw belongs to the old card and is dropped.
 */
function onAccelerator(run, accelerator) {
    const old = getAccelerator(run.hardware.accelerator);
    const { hours, acceleratorHours, powerWatts: _power, ...hardware } = run.hardware;
    const given = acceleratorHours ?? (hours !== undefined ? hours * hardware.count : undefined);
    const speedup = trainingSpeedup(run, old, accelerator);
    const moved = {
        ...hardware,
        accelerator: accelerator.id,
        ...(given !== undefined ? { acceleratorHours: given / speedup } : {}),
    };
    return pinServing({ ...run, hardware: moved }, run);
}
/** How many times faster the engine runs this training on `to` than on `from`. */
function trainingSpeedup(run, from, to) {
    const wanted = requestedTrainingPrecision(run);
    return engineRate(to, wanted, 'training').flopsPerSecond / engineRate(from, wanted, 'training').flopsPerSecond;
}
/** Serving on another accelerator: serving hours always come from FLOPs, so the engine re-derives them. */
function servingOn(run, accelerator) {
    if (!run.inference)
        return run;
    const precision = requestedServingPrecision(run);
    return { ...run, inference: { ...run.inference, accelerator: accelerator.id, ...(precision ? { precision } : {}) } };
}
/** Accelerator energy of the training (or serving) part, the quantity the datasheet ratio bounds. */
const trainingAcceleratorKwh = (estimate) => estimate.breakdown.acceleratorKwh.value;
const servingAcceleratorKwh = (estimate) => estimate.inference?.breakdown.acceleratorKwh.value ?? 0;
/**
 * Training moved to `card`, never saving more accelerator energy than the datasheet FLOP/s per watt allows (1 - 1/k
 * for k x the FLOP/s per watt): where the calibrated levels would promise more, the move is pinned at the bound by
 * giving the moved run its hours (old hours / peak ratio) and draw (old draw x TDP ratio).
 */
function trainingMoveWithinBound(run, card, estimate) {
    const current = getAccelerator(run.hardware.accelerator);
    const wanted = requestedTrainingPrecision(run);
    const moved = onAccelerator(run, card);
    const before = estimate(run);
    const ratio = flopsPerWatt(card, wanted, 'training') / flopsPerWatt(current, wanted, 'training');
    const bound = trainingAcceleratorKwh(before) / ratio;
    if (trainingAcceleratorKwh(estimate(moved)) >= bound * (1 - 1e-9))
        return moved;
    const hoursPerRepeat = before.acceleratorHours.value / run.repeats;
    const watts = (trainingAcceleratorKwh(before) * 1000) / before.acceleratorHours.value;
    return {
        ...moved,
        hardware: {
            ...moved.hardware,
            hours: undefined,
            acceleratorHours: hoursPerRepeat / trainingSpeedup(run, current, card),
            powerWatts: (watts * card.tdpWatts.value) / current.tdpWatts.value,
        },
    };
}
/** Serving moves that the datasheet ratio rules out are not offered. */
function servingMoveWithinBound(run, card, estimate) {
    const current = getAccelerator(servingAcceleratorId(run));
    const wanted = requestedServingPrecision(run);
    const moved = servingOn(run, card);
    const ratio = flopsPerWatt(card, wanted, 'serving') / flopsPerWatt(current, wanted, 'serving');
    return servingAcceleratorKwh(estimate(moved)) >= (servingAcceleratorKwh(estimate(run)) / ratio) * (1 - 1e-9)
        ? moved
        : undefined;
}
function bestMove(run, estimate, cards, move) {
    const before = (0,run_total/* runTotalKg */.U)(estimate(run));
    const scored = cards
        .map((card) => ({ card, transformed: move(run, card) }))
        .filter((option) => option.transformed !== undefined)
        .map((option) => ({ ...option, kg: (0,run_total/* runTotalKg */.U)(estimate(option.transformed)) }))
        .sort((a, b) => a.kg - b.kg);
    const best = scored[0];
    return best && best.kg < before ? best : undefined;
}
function proposal(purpose, provider, current, wanted, best) {
    const ratio = flopsPerWatt(best.card, wanted, purpose) / flopsPerWatt(current, wanted, purpose);
    const from = engineRate(current, wanted, purpose).precision;
    const to = engineRate(best.card, wanted, purpose).precision;
    const perWatt = from === to
        ? `the ${to} FLOP/s per watt of ${current.id}`
        : `the FLOP/s per watt of ${current.id} (${to} on ${best.card.id}, ${from} on ${current.id}: what each runs)`;
    return {
        title: `${purpose === 'training' ? 'Train' : 'Serve'} on ${best.card.id} instead of ${current.id}`,
        detail: `${provider.toUpperCase()} offers ${best.card.id}, with ${formatFactor(ratio)} ${perWatt} (datasheet peak over TDP): at most ${(0,format/* formatNumber */.ZV)((1 - 1 / ratio) * 100)}% less accelerator energy for the same work.`,
        transformed: best.transformed,
        caveat: PORTING_CAVEAT[best.card.kind] ?? GPU_CAVEAT,
        effort: 'low',
        evidence: [PROVIDER_OFFERINGS[provider], best.card.peakTflops, best.card.tdpWatts],
    };
}
const efficientAccelerator = {
    id: 'efficient-accelerator',
    group: 'hardware',
    propose(run, estimate) {
        const where = providerOf(run);
        if (!where)
            return undefined;
        const current = getAccelerator(run.hardware.accelerator);
        const wanted = requestedTrainingPrecision(run);
        const cards = betterOfferedCards(where.provider, current, wanted, 'training');
        const best = bestMove(run, estimate, cards, (moved, card) => trainingMoveWithinBound(moved, card, estimate));
        return best && proposal('training', where.provider, current, wanted, best);
    },
};
const efficientServingAccelerator = {
    id: 'efficient-serving-accelerator',
    group: 'serving-hardware',
    propose(run, estimate) {
        const where = providerOf(run);
        if (!where || !run.inference)
            return undefined;
        const current = getAccelerator(servingAcceleratorId(run));
        const wanted = requestedServingPrecision(run);
        const cards = betterOfferedCards(where.provider, current, wanted, 'serving');
        const best = bestMove(run, estimate, cards, (moved, card) => servingMoveWithinBound(moved, card, estimate));
        return best && proposal('serving', where.provider, current, wanted, best);
    },
};

;// CONCATENATED MODULE: ./build/advice/techniques/region.js
// Where the same work runs: the provider's lowest-intensity region, and a note on carbon-aware scheduling.






/** Grid intensity the engine uses for a run: the manifest's own figure, else its region's. */
const intensityOf = (run, region) => run.carbonIntensity ?? region.intensityGPerKwh.value;
/** Grids below this intensity are mostly hydro, nuclear or wind and vary little within a day. */
const VARIABLE_GRID_MIN_G_PER_KWH = 100;
/** Jobs up to a day long can be shifted into a grid's low-intensity hours (Dodge et al. 2022: short jobs gain most). */
const SHORT_JOB_HOURS = 24;
/** A sentence on carbon-aware scheduling for the run's current grid, or '' when the grid is already clean. */
function schedulingNote(run, intensityGPerKwh, estimate) {
    if (intensityGPerKwh < VARIABLE_GRID_MIN_G_PER_KWH)
        return '';
    const wallClockHours = estimate(run).acceleratorHours.value / Math.max(1, run.repeats) / Math.max(1, run.hardware.count);
    return wallClockHours <= SHORT_JOB_HOURS
        ? ` If it stays put: each training run takes ~${(0,format/* formatNumber */.ZV)(wallClockHours)} h, short enough to start in the grid's low-intensity hours (carbon-aware scheduling).`
        : ` If it stays put: at ~${(0,format/* formatNumber */.ZV)(wallClockHours)} h per training run, shifting the start time gains little; pausing in high-intensity hours helps only if the job may take longer.`;
}
const lowCarbonRegion = {
    id: 'low-carbon-region',
    group: 'location',
    propose(run, estimate) {
        const where = providerOf(run);
        if (!where)
            return undefined;
        const current = intensityOf(run, where.region);
        const lower = regionsOf(where.provider)
            .filter((region) => region.intensityGPerKwh.value < current)
            .sort((a, b) => a.intensityGPerKwh.value - b.intensityGPerKwh.value);
        const best = lower[0];
        if (!best)
            return undefined;
        const before = (0,run_total/* runTotalKg */.U)(estimate(run));
        const moveTo = (region) => ({
            ...run,
            location: region.id,
            carbonIntensity: undefined,
            marketCarbonIntensity: undefined,
        });
        const alternatives = lower
            .slice(0, 3)
            .map((region) => `\`${region.id}\` ${(0,format/* formatNumber */.ZV)(region.intensityGPerKwh.value)} g/kWh (−${(0,format/* formatKg */.KC)(before - (0,run_total/* runTotalKg */.U)(estimate(moveTo(region))))})`);
        return {
            title: `Run in \`${best.id}\` (${best.name}) instead of \`${where.region.id}\``,
            detail: `${(0,format/* formatNumber */.ZV)(best.intensityGPerKwh.value)} instead of ${(0,format/* formatNumber */.ZV)(current)} gCO2e/kWh. Best ${where.provider.toUpperCase()} regions: ${alternatives.join(', ')}.${schedulingNote(run, current, estimate)}`,
            transformed: moveTo(best),
            caveat: 'Check the accelerator is offered there, data-residency rules, and serving latency (the serving moves too).',
            effort: 'low',
            evidence: [CARBON_AWARE_REGION, best.intensityGPerKwh],
        };
    },
};

;// CONCATENATED MODULE: ./build/data/advice-applicability.js
/**
 * Below this saving (kg CO2e) advice is not shown at all: one kilogram is about 4 km by car (US EPA), less than the
 * uncertainty of most estimates here, and no reviewer should move a job to another continent for it.
 */
const MATERIAL_SAVING_KG = {
    value: 1,
    rationale: 'About 4 km driven by an average car; smaller than the spread of a typical estimate, so not worth a change of plan.',
    source: 'US EPA Greenhouse Gas Equivalencies Calculator (0.4 kg CO2e per mile for a passenger car)',
    year: 2023,
    url: 'https://www.epa.gov/energy/greenhouse-gas-equivalencies-calculator',
};
/**
 * Below this share of the pull request's CO2e, advice is not shown either. The GHG Protocol lets inventories leave
 * out sources up to about 5% in total when estimating them costs more than it tells; 2% per item keeps the bar lower
 * than that allowance while hiding noise in large PRs.
 */
const MATERIAL_SAVING_SHARE = {
    value: 0.02,
    rationale: 'Kept below the GHG Protocol materiality allowance (~5% of an inventory may be excluded); smaller items are noise.',
    source: 'GHG Protocol Corporate Value Chain (Scope 3) Standard, section 6.3 (exclusions and materiality)',
    year: 2011,
    url: 'https://ghgprotocol.org/corporate-value-chain-scope-3-standard',
};
/**
 * Ranking weight per effort level: advice is ranked by kilograms × weight, so a low-effort change that saves 40 kg
 * ranks above a high-effort one that saves 100 kg. The ratios follow the ICE/RICE habit of dividing impact by effort in
 * person-time; one low-effort change (a flag, a region) takes about a day, medium a week or two, high a month or more.
 */
const EFFORT_RANKING_WEIGHT = {
    low: 1,
    medium: 0.5,
    high: 0.25,
    rationale: 'Impact divided by effort (RICE scoring); effort levels are roughly a day, one to two weeks, and a month or more.',
    url: 'https://www.intercom.com/blog/rice-simple-prioritization-for-product-managers/',
};
/**
 * fp8 training pays off on large matmuls only: the casts and scaling of the FP8 recipe cost a fixed share, and
 * GPT-2-sized models gain ~5-7% while 8B-parameter models gain ~25%. Below a billion parameters it is not advised.
 */
const FP8_MIN_PARAMETERS = {
    value: 1e9,
    rationale: 'Measured FP8 gains grow with model size: ~5-7% at GPT-2 scale, ~25% at Llama3-8B (torchao).',
    source: 'torchao float8 training results (PyTorch, 2025)',
    year: 2025,
    url: 'https://github.com/pytorch/ao/tree/main/torchao/float8',
};

;// CONCATENATED MODULE: ./build/advice/techniques/precision.js
// Training precision: fp32 -> mixed precision where the accelerator has faster half-precision units; bf16/fp16 -> fp8
// where it has fp8 units. The speed-up is the published one, capped by the accelerator's own peak ratio.





/** The half-precision format that runs fastest on this accelerator, if any beats fp32. */
function fastestHalfPrecision(acceleratorId) {
    const peaks = getAccelerator(acceleratorId).peakTflops.value;
    const fp32 = peaks.fp32;
    if (!fp32)
        return undefined;
    const options = ['bf16', 'fp16', 'tf32']
        .filter((precision) => (peaks[precision] ?? 0) > fp32)
        .map((precision) => ({ precision, peakRatio: peaks[precision] / fp32 }));
    options.sort((a, b) => b.peakRatio - a.peakRatio || (a.precision === 'bf16' ? -1 : 1));
    return options[0];
}
const mixedPrecision = {
    id: 'mixed-precision',
    group: 'training-precision',
    propose(run) {
        if (run.training?.precision !== 'fp32')
            return undefined;
        const accelerator = getAccelerator(run.hardware.accelerator);
        const target = fastestHalfPrecision(accelerator.id);
        if (!target)
            return undefined;
        const effect = accelerator.kind === 'tpu' ? MIXED_PRECISION_SPEEDUP_TPU : MIXED_PRECISION_SPEEDUP_GPU;
        const speedup = Math.min(target.peakRatio, effect.value);
        return {
            title: `Train in ${target.precision} mixed precision instead of fp32`,
            detail: `${accelerator.id} peaks ${formatFactor(target.peakRatio)} higher at ${target.precision}; counted as ${formatFactor(speedup)} faster end to end, the published mixed-precision gain.`,
            transformed: withTrainingPrecision(run, target.precision, speedup),
            caveat: target.precision === 'fp16'
                ? 'Needs loss scaling with fp16; accuracy usually unchanged.'
                : 'Usually a one-line change (autocast); accuracy usually unchanged.',
            effort: 'low',
            evidence: [effect],
        };
    },
};
/** The datasheet fp8 peak over the peak of the precision the run trains in (2x on Hopper), not a speed-up. */
function fp8PeakRatio(peaks, from) {
    return (peaks.fp8 ?? 0) / (peaks[from] ?? Number.POSITIVE_INFINITY);
}
const fp8Training = {
    id: 'fp8-training',
    group: 'training-precision',
    propose(run) {
        const from = run.training?.precision;
        if (!run.training?.precisionGiven || (from !== 'bf16' && from !== 'fp16'))
            return undefined;
        // Adapter methods train a small share of the weights, and small models gain little from fp8's casts.
        if (run.training.method === 'lora' || run.training.method === 'qlora')
            return undefined;
        if ((run.model.activeParameters ?? run.model.parameters) < FP8_MIN_PARAMETERS.value)
            return undefined;
        const accelerator = getAccelerator(run.hardware.accelerator);
        if (!accelerator.peakTflops.value.fp8)
            return undefined;
        const peakRatio = enginePeakRatio(accelerator.id, from, 'fp8');
        if (peakRatio <= 1)
            return undefined;
        const speedup = Math.min(peakRatio, FP8_TRAINING_SPEEDUP.value);
        return {
            title: `Train the matmuls in fp8 instead of ${from}`,
            detail: `${accelerator.id} peaks ${formatFactor(fp8PeakRatio(accelerator.peakTflops.value, from))} higher at fp8, but measured fp8 training runs ${formatFactor(peakRatio)} faster than ${from}; counted as ${formatFactor(speedup)} faster end to end.`,
            transformed: withTrainingPrecision(run, 'fp8', speedup),
            caveat: 'Needs Transformer Engine or float8 recipes and a check that the loss curve matches; gains are small for small models.',
            effort: 'medium',
            evidence: [FP8_TRAINING_SPEEDUP],
        };
    },
};

;// CONCATENATED MODULE: ./build/advice/techniques/quantization.js
// Serving with int8 or 4-bit weights: the serving chain runs faster by the published factor relative to the current
// serving precision, int8 only where the accelerator has int8 units that beat its current precision.




const WIDER_THAN_8_BITS = new Set(['fp32', 'tf32', 'fp16', 'bf16']);
/** GPTQ's speed-ups and "negligible loss" were measured on billion-parameter decoders; smaller models are left alone. */
const MIN_PARAMETERS_FOR_4_BIT = 1e9;
/** Post-training quantisation is a small job: GPTQ's 4 A100-hours per 175B parameters, scaled to this model. */
function quantisationJob(run, id) {
    const hours = (GPTQ_A100_HOURS_PER_175B.value * run.model.parameters) / 175e9;
    const { inference: _inference, training: _training, ...rest } = run;
    return { ...rest, id, repeats: 1, hardware: { accelerator: 'A100-SXM4-80GB', count: 1, hours } };
}
const int8Serving = {
    id: 'int8-serving',
    group: 'serving-precision',
    propose(run) {
        if (!run.inference)
            return undefined;
        const from = servingPrecision(run);
        const acceleratorId = servingAcceleratorId(run);
        if (!WIDER_THAN_8_BITS.has(from) || !getAccelerator(acceleratorId).peakTflops.value.int8)
            return undefined;
        const peakRatio = enginePeakRatio(acceleratorId, from, 'int8', 'serving');
        if (peakRatio <= 1)
            return undefined;
        const published = SERVING_SPEED_VS_HALF_PRECISION.int8.value / SERVING_SPEED_VS_HALF_PRECISION[from].value;
        const speedup = Math.min(peakRatio, published);
        return {
            title: `Serve with int8 weights and activations instead of ${from}`,
            detail: `Counted as ${formatFactor(speedup)} faster serving on ${acceleratorId} (int8 peak ${formatFactor(peakRatio)} the ${from} peak; weights 4× smaller than fp32).`,
            transformed: withServingPrecision(run, 'int8', speedup),
            oneTimeCost: [quantisationJob(run, `${run.id}:int8-calibration`)],
            caveat: 'Small accuracy loss (Q8BERT: minimal with quantisation-aware training); check your metric on a held-out set.',
            effort: 'medium',
            evidence: [SERVING_SPEED_VS_HALF_PRECISION.int8],
        };
    },
};
const int4WeightServing = {
    id: 'int4-weight-serving',
    group: 'serving-precision',
    propose(run) {
        if (!run.inference)
            return undefined;
        const from = servingPrecision(run);
        if (!WIDER_THAN_8_BITS.has(from))
            return undefined;
        const acceleratorId = servingAcceleratorId(run);
        if (getAccelerator(acceleratorId).kind !== 'gpu' || run.model.parameters < MIN_PARAMETERS_FOR_4_BIT)
            return undefined;
        const speedup = SERVING_SPEED_VS_HALF_PRECISION.int4.value / SERVING_SPEED_VS_HALF_PRECISION[from].value;
        return {
            title: `Serve with 4-bit weights (GPTQ/AWQ) instead of ${from}`,
            detail: `Weight-only 4-bit decoding is memory-bound, counted as ${formatFactor(speedup)} faster than ${from} serving on ${acceleratorId}.`,
            transformed: withServingPrecision(run, 'int4', speedup),
            oneTimeCost: [quantisationJob(run, `${run.id}:gptq`)],
            caveat: 'Measured on large decoder LLMs, whose decoding is memory-bound; check accuracy on your task.',
            effort: 'medium',
            evidence: [SERVING_SPEED_VS_HALF_PRECISION.int4, GPTQ_A100_HOURS_PER_175B],
        };
    },
};

;// CONCATENATED MODULE: ./build/advice/techniques/repeats.js
// Hyper-parameter sweeps: successive halving (ASHA) stops weak trials early instead of running every trial in full.


/**
 * Budget successive halving spends on `trials` trials, in full-run units. With s = floor(log_eta(trials)) rungs above
 * the first, rung i keeps floor(trials / eta^i) trials and trains them from budget eta^(i-1-s) up to eta^(i-s),
 * resuming from checkpoints.
 */
function successiveHalvingBudget(trials, eta) {
    let rungs = 0;
    while (eta ** (rungs + 1) <= trials)
        rungs++;
    let budget = 0;
    let previousFraction = 0;
    for (let rung = 0; rung <= rungs; rung++) {
        const fraction = eta ** (rung - rungs);
        budget += Math.floor(trials / eta ** rung) * (fraction - previousFraction);
        previousFraction = fraction;
    }
    return budget;
}
const earlyStoppingSweep = {
    id: 'early-stopping-sweep',
    group: 'repeats',
    propose(run) {
        if (run.repeats < SWEEP_MIN_REPEATS)
            return undefined;
        const eta = SUCCESSIVE_HALVING_ETA.value;
        const budget = successiveHalvingBudget(run.repeats, eta);
        if (budget >= run.repeats)
            return undefined;
        return {
            title: `Stop weak sweep trials early (successive halving, η = ${eta})`,
            detail: `${run.repeats} full runs become the compute of ${(0,format/* formatNumber */.ZV)(budget)}: every trial starts, the best third continues at each rung.`,
            transformed: { ...run, repeats: budget },
            caveat: 'Only for hyper-parameter searches, not repeated seeds; early rankings must predict final ones (tune the first rung length).',
            effort: 'low',
            evidence: [SUCCESSIVE_HALVING_ETA],
        };
    },
};

;// CONCATENATED MODULE: ./build/advice/techniques/training-recipe.js
// How much training the goal needs: LoRA instead of full fine-tuning, continued pre-training of an existing
// checkpoint instead of pre-training from scratch.





const lora = {
    id: 'lora',
    group: 'training-recipe',
    propose(run) {
        // LoRA fits task fine-tuning; continued pre-training on a new domain needs all weights to move.
        if (run.training?.method !== 'full' || objectiveOf(run)?.objective !== 'fine-tune')
            return undefined;
        // The engine counts 4N per token itself when FLOPs come from tokens; given FLOPs or hours are scaled here.
        const scaled = workFromParameters(run) ? run : scaleTrainingWork(run, LORA_FLOPS_RATIO.value);
        return {
            title: 'Fine-tune with LoRA adapters instead of all weights',
            detail: 'Frozen weights need no weight gradients: about 4N instead of 6N FLOPs per token, and a fraction of the optimizer memory.',
            transformed: { ...scaled, training: { ...scaled.training, method: 'lora' } },
            caveat: 'On-par quality in the LoRA paper; check your task. QLoRA fits on fewer GPUs but is slower per token, so it saves memory rather than energy.',
            effort: 'low',
            evidence: [LORA_FLOPS_RATIO],
        };
    },
};
const continuedPretraining = {
    id: 'continued-pretraining',
    group: 'training-recipe',
    propose(run) {
        // Only a domain model has an open checkpoint to continue from; a base model's pre-training has none.
        if (run.training?.method !== 'from_scratch' || objectiveOf(run)?.objective !== 'domain-adapt')
            return undefined;
        const fraction = CONTINUED_PRETRAINING_FRACTION.value;
        const scaled = scaleTrainingWork(run, fraction);
        return {
            title: 'Continue pre-training an open checkpoint instead of training from scratch',
            detail: `Domain-adaptive pre-training ran ${(0,format/* formatNumber */.ZV)(fraction * 100)}% of the original pre-training steps and still improved every domain tested.`,
            transformed: { ...scaled, training: { ...scaled.training, method: 'full' } },
            caveat: 'Needs an open checkpoint of similar size, architecture and licence; a custom tokenizer may not carry over.',
            effort: 'medium',
            evidence: [CONTINUED_PRETRAINING_FRACTION],
        };
    },
};

;// CONCATENATED MODULE: ./build/advice/all-techniques.js
// Every technique the advice engine tries, in no particular order (advice is ranked by saving).








const TECHNIQUES = [
    mixedPrecision,
    fp8Training,
    int8Serving,
    int4WeightServing,
    distillation,
    structuredSparsity,
    lowRank,
    lora,
    continuedPretraining,
    computeOptimalSizing,
    efficientAccelerator,
    efficientServingAccelerator,
    lowCarbonRegion,
    earlyStoppingSweep,
];

;// CONCATENATED MODULE: ./build/estimate/advice-result.js
/** Advice shown in the comment, per run, and applied together for the combined figure. */
const TOP_ADVICE_COUNT = 3;
/** The first `count` positive advice with distinct groups, in ranked order. */
function topCompatible(advice, count = TOP_ADVICE_COUNT) {
    const groups = new Set();
    const chosen = [];
    for (const item of advice) {
        if (chosen.length >= count)
            break;
        if (item.savingCo2eKg <= 0 || groups.has(item.group))
            continue;
        groups.add(item.group);
        chosen.push(item);
    }
    return chosen;
}

;// CONCATENATED MODULE: ./build/advice/advise.js
// Run -> ranked advice, and the run with the top compatible advice applied together.







const estimatorFor = (options) => {
    const estimate = options.estimate ?? estimateRun;
    return (run) => estimate(run, options.estimateOptions);
};
/**
 * All advice that applies to the run, largest saving first. Advice that saves nothing is dropped unless it carries a
 * one-time cost, whose "never pays back" is itself worth saying.
 */
function adviseRun(run, options = {}) {
    const estimate = estimatorFor(options);
    const before = estimate(run);
    const advice = [];
    for (const technique of options.techniques ?? TECHNIQUES) {
        const proposal = safely(() => technique.propose(run, estimate));
        if (!proposal)
            continue;
        const evaluated = safely(() => evaluate(technique, proposal, estimate, before));
        if (!evaluated)
            continue;
        if (evaluated.savingCo2eKg > 0 || evaluated.paybackDays !== undefined)
            advice.push(evaluated);
    }
    return advice.sort((a, b) => b.savingCo2eKg - a.savingCo2eKg);
}
/** A technique that throws on an odd run is treated as not applying: advice must never break the report. */
function safely(compute) {
    try {
        return compute();
    }
    catch {
        return undefined;
    }
}
/**
 * Applies the chosen advice one after another, each technique re-proposed on the already-transformed run (so a
 * region move after a precision change saves on the smaller energy), collects every one-time cost, and re-estimates.
 */
function combineAdvice(run, chosen, options = {}) {
    if (!chosen.length)
        return undefined;
    const estimate = estimatorFor(options);
    const techniques = options.techniques ?? TECHNIQUES;
    const before = (0,run_total/* runTotalKg */.U)(estimate(run));
    let current = run;
    const costs = [];
    const applied = [];
    for (const item of chosen) {
        const technique = techniques.find((candidate) => candidate.id === item.id);
        const proposal = technique && safely(() => technique.propose(current, estimate));
        if (!proposal)
            continue;
        current = proposal.transformed;
        costs.push(...(proposal.oneTimeCost ?? []));
        applied.push(item.id);
    }
    const after = (0,run_total/* runTotalKg */.U)(estimate(current)) + oneTimeCost(estimate, costs).co2eKg;
    return {
        ids: applied,
        beforeCo2eKg: before,
        afterCo2eKg: after,
        savingCo2eKg: before - after,
        savingPercent: before > 0 ? ((before - after) / before) * 100 : 0,
    };
}
/** The estimate with its advice attached (`advice`, largest saving first, and `adviceCombined`). */
function withAdvice(estimate, run, options = {}) {
    const scale = measuredScale(estimate, run, options);
    const advice = adviseRun(run, options).map((item) => scaleAdvice(item, scale));
    const combined = combineAdvice(run, topCompatible(advice), options);
    return { ...estimate, advice, ...(combined ? { adviceCombined: scaleCombined(combined, scale) } : {}) };
}
/**
 * A measured run keeps the estimator's counterfactual ratio but applies it to what was measured: kilograms are scaled
 * by measured / estimated, percentages and payback periods are unchanged.
 */
function measuredScale(estimate, run, options) {
    if (estimate.basis !== 'measured')
        return 1;
    const estimatedKg = (0,run_total/* runTotalKg */.U)(estimatorFor(options)(run));
    return estimatedKg > 0 ? (0,run_total/* runTotalKg */.U)(estimate) / estimatedKg : 1;
}
function scaleAdvice(advice, scale) {
    if (scale === 1)
        return advice;
    return {
        ...advice,
        savingCo2eKg: advice.savingCo2eKg * scale,
        savingKwh: advice.savingKwh * scale,
        trainingSavingCo2eKg: advice.trainingSavingCo2eKg * scale,
        servingSavingCo2eKg: advice.servingSavingCo2eKg * scale,
        oneTimeCo2eKg: advice.oneTimeCo2eKg * scale,
        scaledToMeasured: scale,
    };
}
function scaleCombined(combined, scale) {
    if (scale === 1)
        return combined;
    return {
        ...combined,
        beforeCo2eKg: combined.beforeCo2eKg * scale,
        afterCo2eKg: combined.afterCo2eKg * scale,
        savingCo2eKg: combined.savingCo2eKg * scale,
    };
}
/** Attaches advice to every run of an estimate built from `runs`, in the same order (as the pipeline builds it). */
function attachAdvice(estimate, runs, options = {}) {
    if (runs.length !== estimate.runs.length)
        return estimate;
    return {
        ...estimate,
        runs: estimate.runs.map((runEstimate, index) => withAdvice(runEstimate, runs[index], options)),
    };
}
/** Savings below this are not advice: the larger of the absolute and the relative threshold (src/data). */
function materialSavingKg(headTotalKg) {
    return Math.max(MATERIAL_SAVING_KG.value, MATERIAL_SAVING_SHARE.value * headTotalKg);
}
/** Kilograms weighed by effort: a low-effort change is not buried under a high-effort one that saves a little more. */
const rankingScore = (advice) => advice.savingCo2eKg * EFFORT_RANKING_WEIGHT[advice.effort];
const keyOf = (advice) => `${advice.id}\u0000${advice.title}`;
/**
 * The advice for the pull request as a whole, from the runs' own advice (attached by `attachAdvice`, same order as
 * `runs`): the same change on several runs becomes one item, immaterial items are dropped, the rest ranked by
 * kilograms weighed by effort. The top items are compatible, and their combined saving is re-estimated run by run.
 */
function advisePullRequest(estimate, runs, options = {}) {
    const headKg = estimate.runs.reduce((total, run) => total + (0,run_total/* runTotalKg */.U)(run), 0);
    const materialKg = materialSavingKg(headKg);
    const byKey = new Map();
    for (const run of estimate.runs) {
        for (const advice of run.advice ?? []) {
            const key = keyOf(advice);
            const item = byKey.get(key) ?? {
                id: advice.id,
                group: advice.group,
                title: advice.title,
                detail: advice.detail,
                caveat: advice.caveat,
                effort: advice.effort,
                evidence: advice.evidence,
                runs: [],
                savingCo2eKg: 0,
                savingPercent: 0,
                scaledToMeasured: false,
            };
            // The detail's figures (alternatives' savings, hours per run) are one run's: keep the run that saves most,
            // which the report names as the first of the item's runs.
            if (item.runs.every((other) => advice.savingCo2eKg > other.savingCo2eKg)) {
                item.detail = advice.detail;
                item.caveat = advice.caveat;
            }
            item.runs.push({
                id: run.id,
                savingCo2eKg: advice.savingCo2eKg,
                ...(advice.paybackDays !== undefined ? { paybackDays: advice.paybackDays } : {}),
            });
            item.savingCo2eKg += advice.savingCo2eKg;
            item.scaledToMeasured ||= advice.scaledToMeasured !== undefined;
            byKey.set(key, item);
        }
    }
    const all = [...byKey.values()].map((item) => ({
        ...item,
        savingPercent: headKg > 0 ? (item.savingCo2eKg / headKg) * 100 : 0,
    }));
    const material = all
        .filter((item) => item.savingCo2eKg >= materialKg)
        .sort((a, b) => rankingScore(b) - rankingScore(a) || b.savingCo2eKg - a.savingCo2eKg);
    const top = topCompatibleItems(material, options.topCount ?? TOP_ADVICE_COUNT);
    const items = [...top, ...material.filter((item) => !top.includes(item))];
    const combined = top.length > 1 ? combineForPullRequest(estimate, runs, top, options) : undefined;
    const belowThreshold = all.filter((item) => item.savingCo2eKg > 0 && item.savingCo2eKg < materialKg).length;
    const inferredObjectives = runs.flatMap((run, index) => {
        const found = objectiveOf(run);
        return found?.inferred ? [{ runId: estimate.runs[index]?.id ?? run.id, objective: found.objective }] : [];
    });
    return {
        items,
        topCount: top.length,
        ...(combined
            ? { combined: { ...combined, savingPercent: headKg > 0 ? (combined.savingCo2eKg / headKg) * 100 : 0 } }
            : {}),
        materialKg,
        belowThreshold,
        inferredObjectives,
    };
}
function topCompatibleItems(items, count) {
    const groups = new Set();
    const chosen = [];
    for (const item of items) {
        if (chosen.length >= count)
            break;
        if (groups.has(item.group))
            continue;
        groups.add(item.group);
        chosen.push(item);
    }
    return chosen;
}
/** Each run with the chosen items that fit it applied together, re-estimated, scaled to a measured run's figure. */
function combineForPullRequest(estimate, runs, chosen, options) {
    if (runs.length !== estimate.runs.length)
        return undefined;
    const keys = new Set(chosen.map((item) => `${item.id}\u0000${item.title}`));
    let saving = 0;
    estimate.runs.forEach((runEstimate, index) => {
        const mine = (runEstimate.advice ?? []).filter((advice) => keys.has(keyOf(advice)));
        if (!mine.length)
            return;
        if (mine.length === 1) {
            saving += mine[0].savingCo2eKg;
            return;
        }
        const run = runs[index];
        const combined = combineAdvice(run, mine, options);
        if (combined)
            saving += scaleCombined(combined, measuredScale(runEstimate, run, options)).savingCo2eKg;
    });
    return { savingCo2eKg: saving, sumOfItemsKg: chosen.reduce((total, item) => total + item.savingCo2eKg, 0) };
}

;// CONCATENATED MODULE: ./build/compare/budget.js


/**
 * A measured figure this many times below the low end of the run's own estimate is not believed by the gate: measured
 * runs land inside the estimate's range or a few times off it (docs/validation.md), so a gap this wide means an edited,
 * truncated or misattributed log. The report still shows the measured figure; the budget judges the estimate.
 */
const IMPLAUSIBLY_LOW_FACTOR = 10;
const implausiblyLow = (measured, estimated) => measured * IMPLAUSIBLY_LOW_FACTOR < estimated.low;
/**
 * Runs whose logs claim implausibly little: energy when measured (the CO2e adds the estimate's own embodied share,
 * which would hide the gap), else CO2e, else accelerator-hours (a Trainer's runtime replaces the estimated hours).
 */
function distrustedMeasurements(head) {
    return head.runs.flatMap((run) => {
        const measured = run.measured;
        if (!measured)
            return [];
        const { estimated } = measured;
        const implausible = measured.energyKwh !== undefined
            ? implausiblyLow(measured.energyKwh.value, estimated.energyKwh)
            : measured.co2eKg !== undefined
                ? implausiblyLow(measured.co2eKg.value, estimated.co2eKg)
                : measured.acceleratorHours !== undefined &&
                    implausiblyLow(measured.acceleratorHours, estimated.acceleratorHours);
        if (!implausible)
            return [];
        return [
            {
                run: run.id,
                files: measured.files.map((file) => file.file),
                measuredKg: run.co2eKg.value,
                estimatedKg: estimated.co2eKg.value,
            },
        ];
    });
}
const RULES = ['totalCo2eKg', 'perRunCo2eKg', 'maxIncreasePercent', 'warnIncreasePercent'];
function limitsInForce(hasBase, budgets) {
    const manifestBudget = hasBase ? budgets.base : budgets.head;
    const limits = { ...manifestBudget };
    let fromOverride = false;
    for (const rule of RULES) {
        const override = budgets.override?.[rule];
        if (override !== undefined) {
            limits[rule] = override;
            fromOverride = true;
        }
    }
    const anyLimit = RULES.some((rule) => limits[rule] !== undefined);
    const authority = !anyLimit ? 'none' : fromOverride ? 'override' : hasBase ? 'base' : 'head';
    return { limits, authority };
}
function budgetChanges(base, head) {
    return RULES.filter((rule) => base?.[rule] !== head?.[rule]).map((rule) => ({
        rule,
        from: base?.[rule],
        to: head?.[rule],
    }));
}
/** `baseTotalKg`: the base's total, undefined without a base. Runs with implausible measurements count their estimate. */
function judgeBudget(head, baseTotalKg, budgets) {
    const hasBase = baseTotalKg !== undefined;
    const baseInForce = budgets.baseHasManifest ?? hasBase;
    const { limits, authority } = limitsInForce(baseInForce, budgets);
    const checks = [];
    const distrusted = new Map(distrustedMeasurements(head).map((entry) => [entry.run, entry]));
    const correction = (run) => {
        const entry = distrusted.get(run.id);
        return entry ? entry.estimatedKg - entry.measuredKg : 0;
    };
    const runKg = (run) => (0,run_total/* runTotalKg */.U)(run) + correction(run);
    const total = head.total.co2eKg.value + head.runs.reduce((sum, run) => sum + correction(run), 0);
    const deltaPercent = baseTotalKg !== undefined && baseTotalKg > 0 ? ((total - baseTotalKg) / baseTotalKg) * 100 : null;
    if (limits.totalCo2eKg !== undefined) {
        const over = total > limits.totalCo2eKg;
        checks.push({
            rule: 'total_co2e_kg',
            limit: limits.totalCo2eKg,
            actual: total,
            status: over ? 'fail' : 'pass',
            message: `total ${(0,format/* formatKg */.KC)(total)} CO2e ${over ? 'exceeds' : 'is within'} the budget of ${(0,format/* formatKgLike */.Fj)(limits.totalCo2eKg, total)}`,
        });
    }
    if (limits.perRunCo2eKg !== undefined) {
        for (const run of head.runs) {
            const actual = runKg(run);
            const over = actual > limits.perRunCo2eKg;
            checks.push({
                rule: 'per_run_co2e_kg',
                limit: limits.perRunCo2eKg,
                actual,
                run: run.id,
                status: over ? 'fail' : 'pass',
                message: `run "${run.id}" ${(0,format/* formatKg */.KC)(actual)} CO2e ${over ? 'exceeds' : 'is within'} the per-run budget of ${(0,format/* formatKgLike */.Fj)(limits.perRunCo2eKg, actual)}`,
            });
        }
    }
    if (deltaPercent !== null) {
        for (const [rule, limit, failing] of [
            ['max_increase_percent', limits.maxIncreasePercent, 'fail'],
            ['warn_increase_percent', limits.warnIncreasePercent, 'warn'],
        ]) {
            if (limit === undefined)
                continue;
            const over = deltaPercent > limit;
            checks.push({
                rule,
                limit,
                actual: deltaPercent,
                status: over ? failing : 'pass',
                message: `change against base ${(0,format/* formatPercent */.l9)(deltaPercent)} ${over ? 'is above' : 'is within'} the ${failing === 'fail' ? 'allowed' : 'warning'} increase of ${(0,format/* formatPercent */.l9)(limit)}`,
            });
        }
    }
    const failed = checks.filter((check) => check.status === 'fail');
    const warned = checks.filter((check) => check.status === 'warn');
    const status = authority === 'none' ? 'none' : failed.length ? 'fail' : warned.length ? 'warn' : 'pass';
    return {
        status,
        authority,
        limits,
        checks,
        reasons: [...failed, ...warned].map((check) => check.message),
        changes: baseInForce ? budgetChanges(budgets.base, budgets.head) : [],
    };
}

;// CONCATENATED MODULE: ./build/compare/compare.js


const percent = (delta, base) => (base > 0 ? (delta / base) * 100 : null);
function sameWork(a, b) {
    const close = (x, y) => Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y), 1);
    return (a.accelerator === b.accelerator &&
        close(a.acceleratorHours.value, b.acceleratorHours.value) &&
        close((0,run_total/* runTotalKg */.U)(a), (0,run_total/* runTotalKg */.U)(b)));
}
function matchRuns(base, head) {
    const baseById = new Map(base.map((run) => [run.id, run]));
    const headIds = new Set(head.map((run) => run.id));
    const unmatchedBase = base.filter((run) => !headIds.has(run.id));
    const result = [];
    for (const headRun of head) {
        const baseRun = baseById.get(headRun.id);
        if (baseRun) {
            const delta = (0,run_total/* runTotalKg */.U)(headRun) - (0,run_total/* runTotalKg */.U)(baseRun);
            const unchanged = sameWork(baseRun, headRun);
            result.push({
                id: headRun.id,
                change: unchanged ? 'unchanged' : 'changed',
                base: baseRun,
                head: headRun,
                deltaCo2eKg: unchanged ? 0 : delta,
                deltaPercent: unchanged ? 0 : percent(delta, (0,run_total/* runTotalKg */.U)(baseRun)),
            });
            continue;
        }
        const renamedIndex = unmatchedBase.findIndex((candidate) => sameWork(candidate, headRun));
        if (renamedIndex >= 0) {
            const [previous] = unmatchedBase.splice(renamedIndex, 1);
            result.push({
                id: headRun.id,
                change: 'renamed',
                previousId: previous.id,
                base: previous,
                head: headRun,
                deltaCo2eKg: 0,
                deltaPercent: 0,
            });
            continue;
        }
        result.push({
            id: headRun.id,
            change: 'added',
            head: headRun,
            deltaCo2eKg: (0,run_total/* runTotalKg */.U)(headRun),
            deltaPercent: null,
        });
    }
    for (const removed of unmatchedBase) {
        result.push({
            id: removed.id,
            change: 'removed',
            base: removed,
            deltaCo2eKg: -(0,run_total/* runTotalKg */.U)(removed),
            deltaPercent: -100,
        });
    }
    return result;
}
function compareEstimates(base, head, budgets = {}) {
    const runs = matchRuns(base?.runs ?? [], head.runs);
    const baseTotal = base?.total.co2eKg.value ?? 0;
    const deltaKg = head.total.co2eKg.value - baseTotal;
    const delta = { co2eKg: deltaKg, percent: base ? percent(deltaKg, baseTotal) : null };
    return { base, head, runs, delta, budget: judgeBudget(head, base ? baseTotal : undefined, budgets) };
}

;// CONCATENATED MODULE: ./build/estimate/measured.js
// Measured logs -> a run's measured view, the run's figures on a measured basis, and the repository's observed
// utilization and power draw (calibration). Pure: the logs arrive as Measurements.
//
// Conventions:
// - Energy: of a run's logs, the measurement with the widest scope wins (facility > IT > accelerator); files of
//   that format are summed (several emissions.csv generations are distinct runs). Narrower energy from other
//   formats is not added (it is part of the wider figure).
// - Facility energy: carbontracker and eco2AI already include a PUE and are taken as they are; CodeCarbon too when
//   its pue column is above 1, but its default pue = 1.0 means no PUE was applied, so the run's PUE goes on top;
//   nvidia-smi energy covers the boards only and gets the engine's host overhead and PUE (with their ranges).
// - CO2e: recomputed from the measured energy when the manifest sets a location or carbon_intensity (saying which);
//   otherwise the tool's own figure; otherwise the engine's default intensity. Embodied CO2e is never measured: the
//   estimate's embodied share is added so measured and estimated totals compare like for like.
// - Repeats: a log that holds one run stands for one repeat and is multiplied by `repeats`; a log holding several
//   runs is taken as the total.









const SCOPE_RANK = { facility: 3, it: 2, accelerator: 1 };
const TOOL_NAMES = {
    codecarbon: 'CodeCarbon',
    'nvidia-smi': 'nvidia-smi',
    'hf-trainer': 'the Hugging Face Trainer',
    'hf-model-card': 'the model card',
    carbontracker: 'carbontracker',
    eco2ai: 'eco2AI',
};
const credit = (logs, m, what) => logs.contributions.get(m).push(what);
/** Energy: the widest scope wins, summed within its format, made facility energy as the estimate's is. */
function measuredEnergy(logs, placement, assumptions) {
    const withEnergy = logs.usable.filter((m) => m.energyKwh !== undefined && m.energyScope !== undefined);
    const widest = withEnergy.sort((a, b) => SCOPE_RANK[b.energyScope] - SCOPE_RANK[a.energyScope])[0];
    if (!widest)
        return undefined;
    const sources = withEnergy.filter((m) => m.format === widest.format && m.energyScope === widest.energyScope);
    const merged = mergeRuns(sources);
    const runsMeasured = merged ? merged.runs : sources.reduce((total, m) => total + (m.runCount ?? 1), 0);
    const { repeats } = logs.run;
    const repeatFactor = repeats > 1 && runsMeasured === 1 ? repeats : 1;
    if (repeatFactor > 1)
        logs.notes.push(`The log holds one run; it is taken as one of ${repeats} repeats.`);
    if (merged && merged.duplicates > 0)
        logs.notes.push(`${merged.duplicates} run(s) appear in more than one log file; each is counted once.`);
    const kwh = (merged ? merged.energyKwh : sources.reduce((total, m) => total + m.energyKwh, 0)) * repeatFactor;
    for (const m of sources)
        credit(logs, m, 'energy');
    const tool = TOOL_NAMES[widest.format] ?? widest.format;
    const ignored = withEnergy.filter((m) => !sources.includes(m));
    if (ignored.length)
        logs.notes.push(`Energy of ${ignored.map((m) => m.file).join(', ')} not added: ${tool}'s figure already covers it.`);
    const summedCo2 = merged
        ? merged.co2eKg
        : sources.every((m) => m.co2eKg !== undefined)
            ? sources.reduce((t, m) => t + m.co2eKg, 0)
            : undefined;
    const parts = measuredParts(widest, sources, merged, kwh, repeatFactor);
    return {
        ...toFacilityEnergy(kwh, widest, tool, placement, assumptions),
        widest,
        sources,
        repeatFactor,
        ...(summedCo2 !== undefined ? { toolCo2eKg: summedCo2 * repeatFactor } : {}),
        ...(parts ? { parts } : {}),
    };
}
/**
 * What the logs measured of the breakdown: board energy from an accelerator-scope log, or board and whole-machine
 * energy from a tool that reports them apart (not when files repeat a run: their parts cannot be de-duplicated).
 */
function measuredParts(widest, sources, merged, kwh, repeatFactor) {
    if (widest.energyScope === 'accelerator')
        return { acceleratorKwh: kwh };
    if (merged?.duplicates || !sources.every((m) => m.parts))
        return undefined;
    return {
        acceleratorKwh: sources.reduce((total, m) => total + m.parts.acceleratorKwh, 0) * repeatFactor,
        itKwh: sources.reduce((total, m) => total + m.parts.itKwh, 0) * repeatFactor,
    };
}
/**
 * A tool's energy on the estimate's facility basis. CodeCarbon writes pue = 1.0 unless told otherwise: that means no
 * PUE was applied, so the run's PUE goes on top (and the report says so).
 */
function toFacilityEnergy(kwh, widest, tool, placement, assumptions) {
    const pue = placement.pue.value;
    if (widest.toolPue !== undefined && widest.toolPue <= 1) {
        return {
            energyKwh: product(exact(kwh), placement.pue),
            energyNote: `${tool} energy × PUE ${pue}: its pue column is ${widest.toolPue}, so no PUE was applied`,
        };
    }
    if (widest.energyScope === 'facility' || widest.pueIncluded) {
        const applied = widest.toolPue !== undefined ? ` (PUE ${widest.toolPue} applied by ${tool})` : '';
        return { energyKwh: exact(kwh), energyNote: `${tool} energy, PUE already included${applied}` };
    }
    if (widest.energyScope === 'it')
        return { energyKwh: product(exact(kwh), placement.pue), energyNote: `${tool} energy × PUE ${pue}` };
    return {
        energyKwh: product(exact(kwh), hostOverhead(assumptions), placement.pue),
        energyNote: `${tool} accelerator energy + host overhead × PUE ${pue}, as in the estimate`,
    };
}
/** Operational CO2e: recomputed where the manifest says where the run was, else the tool's, else the card's. */
function measuredOperational(logs, energy, placement, estimate) {
    const { run } = logs;
    const manifestPlacement = run.location !== undefined || run.carbonIntensity !== undefined;
    const where = run.carbonIntensity !== undefined ? 'carbon_intensity in the manifest' : `the grid of ${run.location}`;
    const fromEnergy = (kwh) => product(kwh, placement.intensity, exact((0,units/* kgFromGrams */.LB)(1)));
    if (energy && manifestPlacement) {
        return {
            operationalKg: fromEnergy(energy.energyKwh),
            intensityNote: `recomputed from the measured energy at ${round(placement.intensity.value)} gCO2e/kWh (${where})`,
        };
    }
    if (energy && energy.toolCo2eKg !== undefined) {
        const kwh = energy.energyKwh.value;
        const toolIntensity = kwh > 0 ? (0,units/* intensityGPerKwhOf */.Z0)(energy.toolCo2eKg, kwh) : undefined;
        for (const m of energy.sources)
            credit(logs, m, 'CO2e');
        return {
            operationalKg: exact(energy.toolCo2eKg),
            intensityNote: `as ${TOOL_NAMES[energy.widest.format]} computed it${toolIntensity ? ` (${round(toolIntensity)} gCO2e/kWh)` : ''}; set location to recompute`,
        };
    }
    if (energy) {
        return {
            operationalKg: fromEnergy(energy.energyKwh),
            intensityNote: `from the measured energy at the default ${round(placement.intensity.value)} gCO2e/kWh (no location given)`,
        };
    }
    const cards = logs.usable.filter((m) => m.format === 'hf-model-card' && m.co2eKg !== undefined);
    if (cards.length === 0)
        return undefined;
    for (const m of cards)
        credit(logs, m, 'CO2e');
    const operationalKg = exact(cards.reduce((t, m) => t + m.co2eKg, 0));
    const implausible = implausibleCard(operationalKg.value, estimate.breakdown.operationalCo2eKg.value);
    if (implausible)
        logs.notes.push(implausible);
    return { operationalKg, intensityNote: 'as the model card reports it (co2_eq_emissions, grams)' };
}
/** Duration, FLOPs, utilization and power the logs show. */
function measuredActivity(logs, accelerator, energy) {
    const { run, usable } = logs;
    const trainer = usable.find((m) => m.format === 'hf-trainer' && m.durationHours !== undefined);
    const repeatFactor = energy?.repeatFactor ?? 1;
    const timed = trainer ??
        energy?.sources.find((m) => m.durationHours !== undefined) ??
        usable.find((m) => m.durationHours !== undefined);
    const count = run.hardware.count;
    // A Trainer file covers one train() call, i.e. one repeat.
    const acceleratorHours = timed
        ? timed.durationHours * count * (timed === trainer ? run.repeats : repeatFactor)
        : undefined;
    if (timed)
        credit(logs, timed, 'duration');
    const flops = trainer?.flops ?? usable.find((m) => m.flops !== undefined)?.flops;
    if (trainer?.flops !== undefined)
        credit(logs, trainer, 'FLOPs');
    const powered = usable.find((m) => m.format === 'nvidia-smi' && m.averagePowerWatts !== undefined) ??
        usable.find((m) => m.averagePowerWatts !== undefined);
    if (powered)
        credit(logs, powered, 'power draw');
    const averagePowerWatts = powered?.averagePowerWatts;
    const counted = usable.find((m) => m.acceleratorCount !== undefined && m.format !== 'hf-model-card');
    if (counted && counted.acceleratorCount !== count && accelerator.kind !== 'cpu')
        logs.notes.push(`${counted.file} shows ${counted.acceleratorCount} accelerator(s); the manifest says ${count}.`);
    return {
        timed,
        acceleratorHours,
        flops,
        utilization: observedUtilization(run, accelerator, trainer, timed, flops),
        averagePowerWatts,
        powerFractionOfTdp: averagePowerWatts !== undefined ? averagePowerWatts / accelerator.tdpWatts.value : undefined,
    };
}
/** Without energy or CO2e, measured hours still beat hours derived from FLOPs and a guessed utilization. */
function withMeasuredHours(logs, estimate, activity) {
    const { run } = logs;
    const hours = activity.acceleratorHours;
    if (hours === undefined || hours <= 0)
        return estimate;
    const perRepeatHours = hours / run.repeats;
    const base = estimateRun({
        ...run,
        hardware: { ...run.hardware, hours: perRepeatHours / run.hardware.count, acceleratorHours: undefined },
    });
    logs.notes.push(`Accelerator-hours from ${TOOL_NAMES[activity.timed.format]} (${round(perRepeatHours)} h per repeat) replace the estimate's.`);
    return { ...base, id: estimate.id };
}
/** Applies a run's measurements to its estimate. Runs without usable measurements come back unchanged. */
function applyMeasurements(estimate, run, measurements) {
    const usable = measurements.filter((m) => m.format !== 'unknown');
    if (usable.length === 0)
        return estimate;
    const accelerator = getAccelerator(run.hardware.accelerator);
    const assumptions = new AssumptionLog();
    const placement = resolvePlacement(run, assumptions, []);
    const logs = { run, usable, contributions: new Map(usable.map((m) => [m, []])), notes: [] };
    const energy = measuredEnergy(logs, placement, assumptions);
    const operational = measuredOperational(logs, energy, placement, estimate);
    const activity = measuredActivity(logs, accelerator, energy);
    const base = energy || operational ? estimate : withMeasuredHours(logs, estimate, activity);
    const co2eKg = operational ? sum(operational.operationalKg, base.breakdown.embodiedCo2eKg) : undefined;
    const view = {
        files: usable.map((m) => ({ file: m.file, format: m.format, contributed: logs.contributions.get(m) })),
        ...(energy ? { energyKwh: energy.energyKwh, energyNote: energy.energyNote } : {}),
        ...(co2eKg ? { co2eKg, intensityNote: operational.intensityNote } : {}),
        ...(activity.acceleratorHours !== undefined ? { acceleratorHours: activity.acceleratorHours } : {}),
        ...(activity.flops !== undefined ? { flops: activity.flops } : {}),
        ...(activity.utilization !== undefined ? { utilization: activity.utilization } : {}),
        ...(activity.averagePowerWatts !== undefined
            ? { averagePowerWatts: activity.averagePowerWatts, powerFractionOfTdp: activity.powerFractionOfTdp }
            : {}),
        estimated: { acceleratorHours: estimate.acceleratorHours, energyKwh: estimate.energyKwh, co2eKg: estimate.co2eKg },
        errorPercent: {
            ...errorOf('acceleratorHours', estimate.acceleratorHours.value, activity.acceleratorHours),
            ...errorOf('energyKwh', estimate.energyKwh.value, energy?.energyKwh.value),
            ...errorOf('co2eKg', estimate.co2eKg.value, co2eKg?.value),
        },
    };
    const measuredBasis = energy !== undefined || co2eKg !== undefined;
    return {
        ...base,
        basis: measuredBasis ? 'measured' : base.basis,
        energyKwh: energy?.energyKwh ?? base.energyKwh,
        co2eKg: co2eKg ?? base.co2eKg,
        breakdown: measuredBasis
            ? {
                ...(energy ? splitEnergy(base.breakdown, energy.energyKwh, energy.parts) : base.breakdown),
                operationalCo2eKg: operational?.operationalKg ?? base.breakdown.operationalCo2eKg,
            }
            : base.breakdown,
        ...(activity.acceleratorHours !== undefined && measuredBasis
            ? { acceleratorHours: exact(activity.acceleratorHours) }
            : {}),
        measured: view,
        assumptions: [
            ...base.assumptions,
            ...usable.flatMap((m) => logs.contributions
                .get(m)
                .map((what) => measuredUse(m, what))
                .filter((use) => use !== undefined)),
            ...assumptions.used.filter((use) => !base.assumptions.some((b) => b.name === use.name)),
        ],
        notes: [...base.notes, ...logs.notes],
    };
}
/**
 * The breakdown of measured facility energy. Parts the logs measured are taken as measured (boards; the whole
 * machine, leaving host = machine - boards and facility overhead = facility - machine); the rest is split in the
 * estimate's proportions (a whole-machine measurement cannot be split), and no part's range exceeds the measured total's.
 */
function splitEnergy(estimated, facilityKwh, parts) {
    const atLeastZero = (kwh) => Math.max(0, kwh);
    const within = (part) => range(part.value, part.low, Math.min(part.high, facilityKwh.high));
    if (parts?.itKwh !== undefined) {
        const overhead = (facility) => atLeastZero(facility - parts.itKwh);
        return {
            ...estimated,
            acceleratorKwh: exact(parts.acceleratorKwh),
            hostKwh: exact(atLeastZero(parts.itKwh - parts.acceleratorKwh)),
            facilityOverheadKwh: range(overhead(facilityKwh.value), overhead(facilityKwh.low), overhead(facilityKwh.high)),
        };
    }
    if (parts) {
        const { acceleratorKwh } = parts;
        const hostShare = estimated.acceleratorKwh.value > 0 ? acceleratorKwh / estimated.acceleratorKwh.value : 0;
        const hostKwh = within(scale(estimated.hostKwh, hostShare));
        const rest = (facility, host) => atLeastZero(facility - acceleratorKwh - host);
        return {
            ...estimated,
            acceleratorKwh: exact(acceleratorKwh),
            hostKwh,
            facilityOverheadKwh: range(rest(facilityKwh.value, hostKwh.value), rest(facilityKwh.low, hostKwh.high), rest(facilityKwh.high, hostKwh.low)),
        };
    }
    const estimatedFacility = estimated.acceleratorKwh.value + estimated.hostKwh.value + estimated.facilityOverheadKwh.value;
    const ratio = estimatedFacility > 0 ? facilityKwh.value / estimatedFacility : 0;
    return {
        ...estimated,
        acceleratorKwh: within(scale(estimated.acceleratorKwh, ratio)),
        hostKwh: within(scale(estimated.hostKwh, ratio)),
        facilityOverheadKwh: within(scale(estimated.facilityOverheadKwh, ratio)),
    };
}
/** Model cards often hold kg or tonnes in a field meant for grams: flag figures two orders of magnitude off the estimate. */
function implausibleCard(cardKg, estimatedKg) {
    if (cardKg <= 0 || estimatedKg <= 0)
        return undefined;
    const ratio = cardKg / estimatedKg;
    if (ratio < 0.01)
        return `The model card's co2_eq_emissions is ${round(1 / ratio)}× below the estimate: the field is in grams; was kg entered?`;
    if (ratio > 100)
        return `The model card's co2_eq_emissions is ${round(ratio)}× above the estimate: check its unit (grams) and the manifest's hardware.`;
    return undefined;
}
function measuredUse(m, what) {
    const figure = {
        energy: [m.energyKwh, 'kWh'],
        CO2e: [m.co2eKg, 'kg CO2e'],
        duration: [m.durationHours, 'h'],
        FLOPs: [m.flops, 'FLOPs'],
        'power draw': [m.averagePowerWatts, 'W'],
    };
    const [value, unit] = figure[what] ?? [undefined, ''];
    if (value === undefined)
        return undefined;
    return { name: `measured ${what} (${m.file})`, value, unit, origin: 'measured', source: m.file, year: 0 };
}
/**
 * Several files of one tool, merged run by run: a run found in more than one file (a CodeCarbon backup generation,
 * a carbontracker 1.1.x session copied into an earlier file) counts once, with its longest (latest) record.
 */
function mergeRuns(sources) {
    if (sources.length < 2 || !sources.every((m) => m.runs))
        return undefined;
    const byId = new Map();
    let duplicates = 0;
    for (const record of sources.flatMap((m) => m.runs)) {
        const previous = byId.get(record.id);
        if (previous)
            duplicates++;
        if (!previous || record.durationHours >= previous.durationHours)
            byId.set(record.id, record);
    }
    const records = [...byId.values()];
    const co2Known = records.every((record) => record.co2eKg !== undefined);
    return {
        energyKwh: records.reduce((total, record) => total + record.energyKwh, 0),
        ...(co2Known ? { co2eKg: records.reduce((total, record) => total + record.co2eKg, 0) } : {}),
        runs: records.length,
        duplicates,
    };
}
function observedUtilization(run, accelerator, trainer, timed, flops) {
    const precision = run.training?.precision ?? 'bf16';
    const peak = peakThroughput(accelerator, precision).flopsPerSecond;
    const count = run.hardware.count;
    if (trainer?.flops !== undefined && trainer.durationHours)
        return trainer.flops / (trainer.durationHours * units/* SECONDS_PER_HOUR */.NG * count * peak);
    // Otherwise the manifest's FLOPs over a measured duration, when the log holds one run per repeat.
    const perRepeatFlops = flops ?? trainingFlops(run);
    const runsInLog = timed?.runCount ?? 1;
    if (timed?.durationHours && perRepeatFlops !== undefined && (runsInLog === run.repeats || runsInLog === 1)) {
        return (perRepeatFlops * runsInLog) / (timed.durationHours * units/* SECONDS_PER_HOUR */.NG * count * peak);
    }
    return undefined;
}
function errorOf(key, estimated, measured) {
    if (measured === undefined || measured <= 0)
        return {};
    return { [key]: ((estimated - measured) / measured) * 100 };
}
function round(value) {
    return Number(value.toPrecision(3)).toString();
}
/** Observed utilization and power draw of the runs with logs. */
function observeCalibration(runs) {
    const measured = runs.filter((run) => run.measured);
    const utilizations = measured
        .map((run) => run.measured.utilization)
        .filter((v) => v !== undefined && v > 0 && v <= 1);
    const fractions = measured
        .map((run) => run.measured.powerFractionOfTdp)
        .filter((v) => v !== undefined && v > 0 && v <= 1.5);
    if (utilizations.length === 0 && fractions.length === 0)
        return undefined;
    const fromRuns = measured
        .filter((run) => (run.measured.utilization ?? 0) > 0 || (run.measured.powerFractionOfTdp ?? 0) > 0)
        .map((run) => run.id);
    return {
        fromRuns,
        ...(utilizations.length ? { utilization: meanRange(utilizations) } : {}),
        ...(fractions.length ? { powerFractionOfTdp: meanRange(fractions) } : {}),
        appliedTo: [],
    };
}
function meanRange(values) {
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    // A loop, not Math.min(...values): a spread of many thousands of runs would overflow the stack.
    let low = Infinity;
    let high = -Infinity;
    for (const value of values) {
        low = Math.min(low, value);
        high = Math.max(high, value);
    }
    return range(mean, low, high);
}
function calibrationOf(observed) {
    const parts = [
        observed.utilization ? `utilization ${measured_percent(observed.utilization.value)}` : '',
        observed.powerFractionOfTdp ? `power ${measured_percent(observed.powerFractionOfTdp.value)} of TDP` : '',
    ].filter(Boolean);
    return {
        ...(observed.utilization ? { utilization: observed.utilization } : {}),
        ...(observed.powerFractionOfTdp ? { powerFractionOfTdp: observed.powerFractionOfTdp } : {}),
        source: `Calibrated on this repository's measured runs (${observed.fromRuns.join(', ')}): ${parts.join(', ')}.`,
    };
}
function measured_percent(fraction) {
    return `${Math.round(fraction * 100)}%`;
}
/**
 * The manifest's estimate with logs applied. `measurements` maps run ids to their logs. With
 * `defaults.calibrate: true`, runs without logs are estimated with the utilization and power observed in the others.
 */
function estimateManifestWithLogs(manifest, measurements, estimator = estimateRun) {
    const measuredRuns = manifest.runs.map((run) => {
        const logs = measurements.get(run.id) ?? [];
        return { run, logs, estimate: applyMeasurements(estimator(run), run, logs) };
    });
    const observed = observeCalibration(measuredRuns.map((entry) => entry.estimate));
    const calibration = manifest.defaults.calibrate && observed ? calibrationOf(observed) : undefined;
    const runs = measuredRuns.map(({ run, estimate }) => {
        if (!calibration || estimate.measured)
            return estimate;
        observed.appliedTo.push(run.id);
        return estimator(run, { calibration });
    });
    return { manifest: manifest.file, runs, total: totalOf(runs), ...(observed ? { calibration: observed } : {}) };
}

;// CONCATENATED MODULE: ./build/estimate/estimate-cache.js

/** Non-finite numbers and -0, which JSON would write as null or 0, get a spelling of their own in the key. */
const spelled = (_key, value) => typeof value === 'number' && (!Number.isFinite(value) || Object.is(value, -0))
    ? { number: Object.is(value, -0) ? '-0' : String(value) }
    : value;
/**
 * An estimator that answers a run it has estimated before (equal content, equal options: every field the engine
 * could read) with the same estimate. Holds at most `limit` estimates: when full it starts over, which keeps what
 * repeats close together (a run's advice) and bounds memory on huge repositories.
 * Make one per analysis and pass it on: nothing outlives the analysis that made it.
 */
function rememberingEstimator(limit = 10_000) {
    const known = new Map();
    return (run, options = {}) => {
        const key = JSON.stringify([run, options], spelled);
        let estimate = known.get(key);
        if (estimate === undefined) {
            estimate = estimateRun(run, options);
            if (known.size >= limit)
                known.clear();
            known.set(key, estimate);
        }
        return estimate;
    };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./build/manifest/describe-input.js
// How a value the user wrote is named in an error: "got Infinity", "got a list", never JSON's "null" for NaN.
function describeInput(input) {
    if (input === null)
        return 'an empty value (null)';
    if (input === undefined)
        return 'nothing';
    if (typeof input === 'number')
        return String(input);
    if (typeof input === 'string')
        return input.length > 80 ? `${JSON.stringify(input.slice(0, 77))}...` : JSON.stringify(input);
    if (typeof input === 'boolean')
        return String(input);
    if (Array.isArray(input))
        return 'a list';
    if (input instanceof Uint8Array)
        return 'binary data';
    if (typeof input === 'object')
        return 'a block of keys';
    return typeof input;
}

;// CONCATENATED MODULE: ./build/manifest/key-hints.js
// What to say about a key the schema does not know: a case or dash slip, a key that belongs in another section
// (`tokens` written at run level), a common synonym (`gpus` for `hardware.count`), or the nearest key of its section.

/** Words people write for a manifest key, and where that key lives. */
const SYNONYMS = {
    gpus: ['hardware', 'count'],
    num_gpus: ['hardware', 'count'],
    n_gpus: ['hardware', 'count'],
    gpu_count: ['hardware', 'count'],
    devices: ['hardware', 'count'],
    num_devices: ['hardware', 'count'],
    world_size: ['hardware', 'count'],
    gpu: ['hardware', 'accelerator'],
    gpu_model: ['hardware', 'accelerator'],
    gpu_type: ['hardware', 'accelerator'],
    device: ['hardware', 'accelerator'],
    accelerator_type: ['hardware', 'accelerator'],
    tpu: ['hardware', 'accelerator'],
    gpu_hours: ['hardware', 'accelerator_hours'],
    duration: ['hardware', 'hours'],
    runtime: ['hardware', 'hours'],
    wall_clock: ['hardware', 'hours'],
    watts: ['hardware', 'power_watts'],
    power: ['hardware', 'power_watts'],
    tdp: ['hardware', 'tdp_watts'],
    mfu: ['hardware', 'utilization'],
    tflops: ['hardware', 'peak_tflops'],
    params: ['model', 'parameters'],
    num_parameters: ['model', 'parameters'],
    n_params: ['model', 'parameters'],
    parameter_count: ['model', 'parameters'],
    size: ['model', 'parameters'],
    config_json: ['model', 'config'],
    dtype: ['training', 'precision'],
    seq_len: ['training', 'sequence_length'],
    max_seq_length: ['training', 'sequence_length'],
    context_length: ['training', 'sequence_length'],
    num_epochs: ['training', 'epochs'],
    num_train_epochs: ['training', 'epochs'],
    dataset_tokens: ['training', 'tokens'],
    region: ['run', 'location'],
    country: ['run', 'location'],
    zone: ['run', 'location'],
    grid_intensity: ['run', 'carbon_intensity'],
    intensity: ['run', 'carbon_intensity'],
    trials: ['run', 'repeats'],
    name: ['run', 'id'],
    serving: ['run', 'inference'],
    num_replicas: ['inference', 'replicas'],
    replica_count: ['inference', 'replicas'],
    num_params: ['model', 'parameters'],
    model_size: ['model', 'parameters'],
    total_tokens: ['training', 'tokens'],
    train_tokens: ['training', 'tokens'],
    num_tokens: ['training', 'tokens'],
    hardware_type: ['hardware', 'accelerator'],
    accelerators: ['hardware', 'accelerator'],
    gpu_name: ['hardware', 'accelerator'],
    wall_clock_hours: ['hardware', 'hours'],
    training_hours: ['hardware', 'hours'],
    time: ['hardware', 'hours'],
    hours_per_gpu: ['hardware', 'hours'],
    power_draw: ['hardware', 'power_watts'],
    mfu_percent: ['hardware', 'utilization'],
    cloud_region: ['run', 'location'],
    cloud: ['run', 'location'],
    provider: ['run', 'location'],
    datacenter: ['run', 'facility'],
    data_center: ['run', 'facility'],
    pue_factor: ['run', 'pue'],
    co2_intensity: ['run', 'carbon_intensity'],
    emission_factor: ['run', 'carbon_intensity'],
    log: ['run', 'logs'],
    log_files: ['run', 'logs'],
    emissions_file: ['run', 'logs'],
    file: ['logs', 'path'],
    max_co2e: ['budget', 'total_co2e_kg'],
    max_co2e_kg: ['budget', 'total_co2e_kg'],
    co2e_budget: ['budget', 'total_co2e_kg'],
    max_kg: ['budget', 'total_co2e_kg'],
    limit: ['budget', 'total_co2e_kg'],
    comment: ['run', 'description'],
    comments: ['run', 'description'],
    note: ['run', 'description'],
    notes: ['run', 'description'],
    desc: ['run', 'description'],
    models: ['', 'runs'],
    experiments: ['', 'runs'],
    jobs: ['', 'runs'],
    trainings: ['', 'runs'],
};
/** Words for what the manifest has no field for: what to write instead. */
const NO_ENERGY_FIELD = 'the manifest has no energy field: measured energy comes from a log listed under logs: (CodeCarbon, nvidia-smi, ...)';
const NO_EMISSIONS_FIELD = 'the manifest has no emissions field: measured CO2e comes from a log listed under logs:, and a limit goes in budget:';
const NO_NODES_FIELD = 'give the total number of accelerators as hardware.count (nodes x accelerators per node)';
const NOT_A_FIELD = {
    energy: NO_ENERGY_FIELD,
    energy_kwh: NO_ENERGY_FIELD,
    emissions: NO_EMISSIONS_FIELD,
    co2e: NO_EMISSIONS_FIELD,
    cost: 'ml-carbon estimates energy and CO2e, not cost: remove it',
    nodes: NO_NODES_FIELD,
    num_nodes: NO_NODES_FIELD,
};
/** How a hint names a key of another object: `the top-level "runs"`, `the run's "pue"`, `hardware.count`. */
function keyElsewhere(home, key) {
    if (home === '')
        return `the top-level "${key}"`;
    return home === 'run' ? `the run's "${key}"` : `${home}.${key}`;
}
/** "sequenceLength", "Sequence-Length" and "sequence length" -> "sequence_length". */
function canonicalKey(key) {
    return key
        .trim()
        .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
        .toLowerCase()
        .replace(/[-\s.]+/g, '_');
}
/** The section whose keys an object at `path` takes. */
function sectionAt(path) {
    if (path.length === 0)
        return '';
    if (path.length === 1 && (path[0] === 'defaults' || path[0] === 'budget'))
        return path[0];
    if (path[0] !== 'runs' || typeof path[1] !== 'number')
        return undefined;
    if (path.length === 2)
        return 'run';
    if (path.length === 3 && ['model', 'training', 'hardware', 'inference'].includes(String(path[2])))
        return path[2];
    if (path.length === 4 && path[2] === 'logs')
        return 'logs';
    return undefined;
}
function where(section) {
    return section === '' ? 'the top level' : section === 'run' ? 'the run' : `${section}:`;
}
/** Hint for an unknown `key` in the object at `path`; `sections` lists the keys each section takes. */
function unknownKeyHint(key, path, sections) {
    const section = sectionAt(path);
    const own = section !== undefined ? sections[section] : [];
    const canonical = canonicalKey(key);
    if (canonical !== key && own.includes(canonical))
        return `keys are lower-case snake_case: write "${canonical}"`;
    if (section === '' && sections.run.includes(canonical) && canonical !== 'location')
        return `"${canonical}" belongs to a run: put the run in a list under runs: ("runs:", then "  - id: ...")`;
    if (section === 'run' && canonical === 'name')
        return 'a run is named by "id" (and the model by model.name): write "id: <name>"';
    if (/^x[-_]/i.test(key) || key === '<<')
        return 'to share values, put the anchor where they are first used (hardware: &hw) and merge them with "<<: *hw"';
    if (Object.hasOwn(NOT_A_FIELD, canonical))
        return NOT_A_FIELD[canonical];
    const runSections = ['model', 'training', 'hardware', 'inference'];
    if (section === 'run' || section === '') {
        const home = runSections.find((candidate) => sections[candidate].includes(canonical));
        if (home && section === 'run')
            return `"${canonical}" belongs under ${home}: (indent it inside a "${home}:" block)`;
        if (home)
            return `"${canonical}" belongs to a run, under ${home}: in an entry of runs:`;
    }
    if (section !== undefined && section !== 'run' && section !== '' && sections.run.includes(canonical))
        return `"${canonical}" is a run-level key: move it out of ${where(section)} to the run itself`;
    const synonym = Object.hasOwn(SYNONYMS, canonical) ? SYNONYMS[canonical] : undefined;
    if (synonym) {
        const [home, target] = synonym;
        const sameObject = home === section || (home === 'run' && section === 'defaults' && sections.defaults.includes(target));
        return sameObject ? `did you mean "${target}"?` : `did you mean ${keyElsewhere(home, target)}?`;
    }
    const near = (0,suggest/* closest */.kp)(canonical, [...new Set(own)], 2);
    if (near.length)
        return `did you mean ${near.map((name) => `"${name}"`).join(' or ')}?`;
    // Nothing close in its own section: the nearest key of any section, with where it lives.
    const elsewhere = nearestElsewhere(canonical, section, sections);
    if (elsewhere)
        return `did you mean ${elsewhere}?`;
    return own.length
        ? `${where(section ?? 'run')} takes ${own.map((name) => `"${name}"`).join(', ')}; see the manifest reference in README.md`
        : 'remove it, or see the manifest reference in README.md';
}
function nearestElsewhere(key, section, sections) {
    const candidates = new Map();
    for (const [name, keys] of Object.entries(sections)) {
        if (name === section || name === 'logs')
            continue;
        for (const candidate of keys)
            if (!candidates.has(candidate))
                candidates.set(candidate, keyElsewhere(name, candidate));
    }
    // Stricter than within a section: a far-off key of another section is a guess, not a typo.
    const [best] = (0,suggest/* closest */.kp)(key, [...candidates.keys()], 1).filter((candidate) => (0,suggest/* editDistance */.YC)(key, candidate) <= Math.min(2, Math.floor(key.length / 3)));
    return best === undefined ? undefined : candidates.get(best);
}

;// CONCATENATED MODULE: ./build/manifest/yaml-errors.js
function describeYamlError(error, text) {
    const first = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    switch (error.code) {
        case 'DUPLICATE_KEY': {
            const key = /^\s*["']?([^:"'\n]*?)["']?\s*:/.exec(text.slice(error.pos[0]))?.[1]?.trim();
            return {
                message: key ? `duplicate key "${key}"` : 'duplicate key',
                hint: 'a key may appear once in each block: remove one of them, or merge their values',
            };
        }
        case 'MULTIPLE_DOCS':
            return {
                message: 'the file holds several YAML documents (separated by "---"); a manifest is one document',
                hint: 'put every run in one runs: list, or write one manifest file per project',
            };
        case 'TAB_AS_INDENT':
            return { message: 'a tab is used to indent', hint: 'YAML indents with spaces: replace the tabs with spaces' };
        case 'BAD_INDENT':
        case 'MISSING_CHAR':
        case 'UNEXPECTED_TOKEN':
        case 'BLOCK_AS_IMPLICIT_KEY':
        case 'MULTILINE_IMPLICIT_KEY':
            return {
                message: `YAML syntax: ${first}`,
                hint: 'check the indentation and the ":" after each key on this line and the one above',
            };
        default:
            return { message: `YAML syntax: ${first}` };
    }
}

;// CONCATENATED MODULE: ./build/manifest/limits.js
// Caps on what one manifest may ask for, so a hostile or mistaken file fails with a clear error instead of exhausting
// memory, CPU or API quota. Generous for real repositories: the largest real manifests hold tens of runs.
const LIMITS = {
    /** Bytes of manifest text. */
    manifestBytes: 1024 * 1024,
    runs: 2000,
    /** Log references (the same file may be named many times; src/logs/attach.ts caps distinct files and bytes). */
    logsPerRun: 10_000,
    /** Log references across all runs of one manifest (as MAX_LOG_REFERENCES in src/logs/attach.ts). */
    logs: 10_000,
    /** YAML aliases expanded while reading (the `yaml` package's guard against "billion laughs"). */
    yamlAliases: 100,
};

;// CONCATENATED MODULE: ./build/data/types.js
// Shapes of the reference data the engine stands on. Every default carries where it comes from.
const PRECISIONS = ['fp32', 'tf32', 'fp16', 'bf16', 'fp8', 'int8', 'int4'];

;// CONCATENATED MODULE: ./build/manifest/custom-accelerator.js
// An accelerator the table lacks (or a table entry with the manifest's own TDP or peak): built from the manifest's
// figures, with a generic embodied figure, and interned so the estimator sees an ordinary accelerator.



const FROM_MANIFEST = { source: 'given in the manifest', year: 0 };
function peaksOf(figures) {
    const { peakTflops } = figures;
    if (peakTflops === undefined)
        return undefined;
    if (typeof peakTflops !== 'number')
        return peakTflops;
    return Object.fromEntries(figures.precisions.map((precision) => [precision, peakTflops]));
}
function label(figures, peaks) {
    const parts = [];
    if (figures.tdpWatts !== undefined)
        parts.push(`TDP ${figures.tdpWatts} W`);
    else if (figures.powerWatts !== undefined)
        parts.push(`${figures.powerWatts} W`);
    if (peaks) {
        const ordered = PRECISIONS.filter((precision) => peaks[precision] !== undefined);
        parts.push(ordered.map((precision) => `${peaks[precision]} TFLOP/s ${precision}`).join(', '));
    }
    return parts.join(', ');
}
/** `base` is the table's entry when the name is known and the manifest overrides its figures. */
function manifestAccelerator(name, figures, base) {
    const peaks = peaksOf(figures);
    const tdp = figures.tdpWatts ?? (base ? undefined : figures.powerWatts);
    const accelerator = {
        id: `${base?.id ?? name.trim()} (${label(figures, peaks)})`,
        name: base?.name ?? name.trim(),
        vendor: base?.vendor ?? 'unknown',
        kind: base?.kind ?? 'gpu',
        aliases: [],
        releaseYear: base?.releaseYear ?? 0,
        generation: base?.generation ?? 'unknown',
        tdpWatts: tdp !== undefined ? { value: tdp, ...FROM_MANIFEST } : base.tdpWatts,
        peakTflops: peaks ? { value: peaks, ...FROM_MANIFEST } : (base?.peakTflops ?? { value: {}, ...FROM_MANIFEST }),
        embodiedKgCo2e: base?.embodiedKgCo2e ?? GENERIC_CARD_EMBODIED,
        ...(base?.structuredSparsity ? { structuredSparsity: true } : {}),
    };
    return internAccelerator(accelerator);
}

;// CONCATENATED MODULE: ./build/manifest/normalize.js
// Validated manifest input -> the engine's Run: names resolved against the data tables, defaults merged, cross-field
// rules, and inputs the manifest left out filled from the files the repository already has (RunFacts).



/** Regions whose name mentions `written` as a word ("Frankfurt" -> aws:eu-central-1, gcp:europe-west3, DE). */
function regionsNamed(written) {
    const word = written.trim().toLowerCase();
    if (word.length < 3)
        return [];
    const ids = [];
    for (const region of GRID_REGIONS) {
        const words = region.name.toLowerCase().split(/[^a-z0-9]+/);
        if (!words.includes(word) && !region.name.toLowerCase().includes(`(${word})`))
            continue;
        if (!ids.includes(region.id))
            ids.push(region.id);
        const country = region.country?.split('-')[0];
        if (country && !ids.includes(country))
            ids.push(country);
    }
    return ids.slice(0, 4);
}
function normalizeLocation(written, path, locate) {
    const resolved = resolveLocation(written);
    if (resolved.found)
        return resolved.found.id;
    const suggestions = resolved.suggestions.length ? resolved.suggestions : regionsNamed(written);
    const hint = suggestions.length
        ? `did you mean ${suggestions.map((id) => `"${id}"`).join(' or ')}?`
        : 'use provider:region (aws:eu-west-1, gcp:us-central1, azure:westeurope) or an ISO country code (FR, US)';
    locate(path, `unknown location "${written}"`, hint);
    return undefined;
}
function normalizePlacement(input, path, locate) {
    const location = input.location !== undefined ? normalizeLocation(input.location, [...path, 'location'], locate) : undefined;
    return {
        location,
        facility: input.facility,
        carbonIntensity: input.carbon_intensity,
        marketCarbonIntensity: input.market_carbon_intensity,
        pue: input.pue,
    };
}
const LIST_HINT = '`ml-carbon accelerators` lists the names it knows';
const OWN_FIGURES_HINT = 'for a card the table lacks, give hardware.hours and power_watts, or tdp_watts and peak_tflops';
function suggestionHint(suggestions) {
    return suggestions.length
        ? `did you mean ${suggestions.map((id) => `"${id}"`).join(' or ')}? ${OWN_FIGURES_HINT}; ${LIST_HINT}`
        : `${OWN_FIGURES_HINT}; ${LIST_HINT}`;
}
function precisionsOf(input) {
    const precisions = new Set([input.training?.precision ?? 'bf16']);
    if (input.inference?.precision)
        precisions.add(input.inference.precision);
    return [...precisions];
}
/** The training accelerator's id: from the table, or built from the manifest's own figures. */
function trainingAccelerator(name, input, path, locate, trains) {
    const hardware = input.hardware ?? {};
    const resolved = resolveAccelerator(name);
    const figures = {
        tdpWatts: hardware.tdp_watts,
        powerWatts: hardware.power_watts,
        peakTflops: hardware.peak_tflops,
        precisions: precisionsOf(input),
    };
    if (resolved.found) {
        if (hardware.tdp_watts === undefined && hardware.peak_tflops === undefined)
            return resolved.found.id;
        return manifestAccelerator(name, figures, resolved.found);
    }
    const hasHours = hardware.hours !== undefined || hardware.accelerator_hours !== undefined;
    const hasPeak = hardware.peak_tflops !== undefined;
    const needsPeak = (trains && !hasHours) || input.inference !== undefined;
    const needsTdp = input.inference !== undefined && input.inference.accelerator === undefined;
    const enough = (hasHours || hasPeak) &&
        (hardware.power_watts !== undefined || hardware.tdp_watts !== undefined) &&
        (!needsPeak || hasPeak) &&
        (!needsTdp || hardware.tdp_watts !== undefined);
    if (!enough) {
        locate([...path, 'hardware', 'accelerator'], `unknown accelerator "${name}"`, suggestionHint(resolved.suggestions));
        return undefined;
    }
    locate([...path, 'hardware', 'accelerator'], `accelerator "${name}" is not in the table: the manifest's figures are used, with a generic embodied figure (150 kg CO2e per card, 60–575)`, resolved.suggestions.length ? `if you meant "${resolved.suggestions[0]}", write that name` : LIST_HINT, 'warning');
    return manifestAccelerator(name, figures);
}
function servingAccelerator(name, path, locate) {
    const resolved = resolveAccelerator(name);
    if (resolved.found)
        return resolved.found.id;
    const hint = resolved.suggestions.length
        ? `did you mean ${resolved.suggestions.map((id) => `"${id}"`).join(' or ')}? ${LIST_HINT}`
        : `to serve on a card the table lacks, leave inference.accelerator out and give hardware.tdp_watts and peak_tflops; ${LIST_HINT}`;
    locate(path, `unknown accelerator "${name}"`, hint);
    return undefined;
}
function normalizeRun(input, path, locate, defaults, facts = {}) {
    let valid = true;
    const fail = (...args) => {
        if ((args[3] ?? 'error') === 'error')
            valid = false;
        locate(...args);
    };
    const derived = [];
    const derive = (field, fact) => {
        derived.push({ field, value: fact.value, source: fact.source });
        return fact.value;
    };
    const model = input.model ?? {};
    const hardware = input.hardware ?? {};
    const { training, inference } = input;
    if (facts.configProblem)
        fail([...path, 'model', 'config'], facts.configProblem.message, facts.configProblem.hint);
    let parameters = model.parameters;
    if (parameters === undefined && facts.parameters)
        parameters = derive('model.parameters', facts.parameters);
    let activeParameters = model.active_parameters;
    if (activeParameters === undefined && model.parameters === undefined && facts.activeParameters)
        activeParameters = derive('model.active_parameters', facts.activeParameters);
    if (parameters === undefined && !facts.configProblem) {
        fail([...path, 'model', 'parameters'], 'missing model.parameters', "give parameters (e.g. 7B), or model.config: the path of the model's Hugging Face config.json");
    }
    const trains = training?.flops !== undefined ||
        training?.tokens !== undefined ||
        training?.samples !== undefined ||
        hardware.hours !== undefined ||
        hardware.accelerator_hours !== undefined ||
        facts.tokens !== undefined ||
        facts.hours !== undefined;
    let acceleratorName = hardware.accelerator;
    let count = hardware.count;
    // "8x H100" names eight cards: the count is read, never dropped (the name lookup ignores it).
    const written = acceleratorName !== undefined ? /^\s*(\d+)\s*[x×]\s*\S/i.exec(acceleratorName) : null;
    if (written) {
        const inName = Number(written[1]);
        if (count === undefined && inName >= 1)
            count = inName;
        else if (count !== undefined && count !== inName)
            fail([...path, 'hardware', 'count'], `count is ${count} but accelerator "${acceleratorName}" names ${inName}`, 'give the number once, as count, and the card alone as accelerator');
    }
    if (acceleratorName === undefined && facts.accelerator) {
        acceleratorName = derive('hardware.accelerator', facts.accelerator);
        if (count === undefined && facts.acceleratorCount)
            count = derive('hardware.count', facts.acceleratorCount);
    }
    if (count === undefined && facts.acceleratorCount && hardware.accelerator !== undefined)
        count = derive('hardware.count', facts.acceleratorCount);
    let accelerator;
    if (acceleratorName === undefined) {
        fail([...path, 'hardware', 'accelerator'], 'missing hardware.accelerator', 'name the accelerator (e.g. A100-SXM4-80GB), or list a CodeCarbon or nvidia-smi log that records it');
    }
    else
        accelerator = trainingAccelerator(acceleratorName, input, path, fail, trains);
    const inferenceAccelerator = inference?.accelerator !== undefined
        ? servingAccelerator(inference.accelerator, [...path, 'inference', 'accelerator'], fail)
        : undefined;
    const own = normalizePlacement(input, path, fail);
    let location = own.location ?? defaults.location;
    if (location === undefined && input.location === undefined && facts.location) {
        const resolved = resolveLocation(facts.location.value);
        if (resolved.found)
            location = derive('location', { ...facts.location, value: resolved.found.id });
    }
    if (parameters !== undefined && activeParameters !== undefined && activeParameters > parameters) {
        fail([...path, 'model', 'active_parameters'], 'active_parameters cannot exceed parameters', 'active parameters are the ones used per token in a mixture of experts');
    }
    if (hardware.hours !== undefined && hardware.accelerator_hours !== undefined) {
        fail([...path, 'hardware', 'accelerator_hours'], 'give hours or accelerator_hours, not both', 'hours is wall-clock for the whole group; accelerator_hours is count x hours');
    }
    if (training?.samples !== undefined && training.tokens === undefined && training.sequence_length === undefined) {
        // Images and other non-token samples (a CNN) are fine when hours or flops size the run.
        const sized = training.flops !== undefined || hardware.hours !== undefined || hardware.accelerator_hours !== undefined;
        fail([...path, 'training', 'sequence_length'], sized
            ? 'samples without sequence_length give no tokens: the run is sized by its hours or flops'
            : 'samples need sequence_length to give tokens', sized
            ? 'fine for images and other samples that are not token sequences; add sequence_length for text'
            : 'add sequence_length (tokens per sample), or give tokens or flops instead (hours for a CNN)', sized ? 'warning' : 'error');
    }
    if (!trains && !inference) {
        fail([...path, training ? 'training' : 'hardware'], 'nothing to size the run with', 'give training.tokens, training.flops, training.samples + sequence_length, hardware.hours or hardware.accelerator_hours; or inference: for a model you only serve');
    }
    if (inference &&
        inference.tokens_per_day === undefined &&
        (inference.requests_per_day === undefined || inference.tokens_per_request === undefined)) {
        fail([...path, 'inference'], 'inference needs its load', 'give tokens_per_day, or requests_per_day and tokens_per_request');
    }
    if (!valid || !accelerator || parameters === undefined)
        return undefined;
    let tokens = training?.tokens;
    if (tokens === undefined &&
        training?.samples === undefined &&
        training?.flops === undefined &&
        hardware.hours === undefined &&
        hardware.accelerator_hours === undefined &&
        facts.tokens)
        tokens = derive('training.tokens', facts.tokens);
    let hours = hardware.hours;
    if (tokens === undefined &&
        training?.samples === undefined &&
        training?.flops === undefined &&
        hours === undefined &&
        hardware.accelerator_hours === undefined &&
        facts.hours)
        hours = derive('hardware.hours', facts.hours);
    const hasTraining = training !== undefined || tokens !== undefined;
    if (tokens === undefined && training?.samples !== undefined && training.sequence_length !== undefined) {
        const epochs = training.epochs ?? 1;
        derived.push({
            field: 'training tokens',
            value: training.samples * training.sequence_length * epochs,
            source: `samples × sequence_length${training.epochs !== undefined ? ' × epochs' : ''} in the manifest`,
        });
    }
    return {
        id: input.id,
        model: {
            parameters,
            activeParameters,
            name: model.name,
            ...(model.config !== undefined ? { config: model.config } : {}),
        },
        training: hasTraining
            ? {
                tokens,
                samples: training?.samples,
                sequenceLength: training?.sequence_length,
                epochs: training?.epochs,
                flops: training?.flops,
                precision: training?.precision ?? 'bf16',
                precisionGiven: training?.precision !== undefined,
                method: training?.method,
                ...(training?.objective ? { objective: training.objective } : {}),
            }
            : undefined,
        hardware: {
            accelerator,
            count: count ?? 1,
            ...(count === undefined ? { countAssumed: true } : {}),
            hours,
            acceleratorHours: hardware.accelerator_hours,
            utilization: hardware.utilization,
            powerWatts: hardware.power_watts,
        },
        location,
        facility: own.facility ?? defaults.facility,
        carbonIntensity: own.carbonIntensity ?? defaults.carbonIntensity,
        marketCarbonIntensity: own.marketCarbonIntensity ?? defaults.marketCarbonIntensity,
        pue: own.pue ?? defaults.pue,
        repeats: input.repeats,
        inference: inference && {
            tokensPerDay: inference.tokens_per_day,
            requestsPerDay: inference.requests_per_day,
            tokensPerRequest: inference.tokens_per_request,
            days: inference.days,
            accelerator: inferenceAccelerator,
            precision: inference.precision,
            utilization: inference.utilization,
            replicas: inference.replicas,
        },
        logs: input.logs.map((entry) => (typeof entry === 'string' ? { path: entry } : entry)),
        ...(derived.length ? { derived } : {}),
    };
}

// EXTERNAL MODULE: ./node_modules/zod/v4/locales/en.js
var en = __webpack_require__(252);
// EXTERNAL MODULE: ./node_modules/zod/v4/mini/schemas.js
var schemas = __webpack_require__(4343);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(8532);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/api.js
var api = __webpack_require__(3759);
// EXTERNAL MODULE: ./build/manifest/types.js
var types = __webpack_require__(3913);
;// CONCATENATED MODULE: ./build/manifest/quantities.js
// Human-friendly quantities in the manifest: counts with K/M/B/T suffixes (or the words), durations with units, and
// plain numbers written with their unit ("300 W", "40%", "1.2", "500 kg"). One rule throughout: a string is read
// exactly or refused with what was expected; it is never read as a different number ("1.5B" is never 1.5).
/** Count multipliers, by suffix as written (lower-cased, spaces dropped). "m" is million, as in "110M". */
const COUNT_SUFFIX = {
    k: 1e3,
    thousand: 1e3,
    m: 1e6,
    mn: 1e6,
    mil: 1e6,
    million: 1e6,
    millions: 1e6,
    b: 1e9,
    g: 1e9,
    bn: 1e9,
    billion: 1e9,
    billions: 1e9,
    t: 1e12,
    tn: 1e12,
    trillion: 1e12,
    trillions: 1e12,
    p: 1e15,
    quadrillion: 1e15,
};
/** Words that may follow a count and say what is counted ("1.2e21 FLOPs", "2T tokens"); they change nothing. */
const COUNT_NOUNS = /\s*(?:flops?|tokens?|params?|parameters?|samples?|examples?|sequences?|requests?|gpus?|devices?|accelerators?|cards?|chips?|replicas?)$/i;
/** Duration units, hours per unit. "m" alone is none: it reads as minutes or months (in counts it means million). */
const HOURS_PER_UNIT = {
    s: 1 / 3600,
    sec: 1 / 3600,
    secs: 1 / 3600,
    second: 1 / 3600,
    seconds: 1 / 3600,
    min: 1 / 60,
    mins: 1 / 60,
    minute: 1 / 60,
    minutes: 1 / 60,
    h: 1,
    hr: 1,
    hrs: 1,
    hour: 1,
    hours: 1,
    d: 24,
    day: 24,
    days: 24,
    w: 168,
    wk: 168,
    wks: 168,
    week: 168,
    weeks: 168,
    mo: 730,
    month: 730,
    months: 730,
    y: 8760,
    yr: 8760,
    yrs: 8760,
    year: 8760,
    years: 8760,
};
const NUMBER = '([+-]?[0-9]*\\.?[0-9]+(?:e[+-]?[0-9]+)?)';
const COUNT_PATTERN = new RegExp(`^${NUMBER}\\s*([a-z]+)?$`, 'i');
const DURATION_PART = new RegExp(`${NUMBER}\\s*([a-z]+)?\\s*`, 'iy');
const MEASURE_PATTERN = new RegExp(`^${NUMBER}\\s*(.*)$`, 'i');
const CLOCK_PATTERN = /^(\d+):([0-5]?\d)(?::([0-5]?\d(?:\.\d+)?))?$/;
/** A string written as a number ("1e400") must not turn into Infinity. */
function finite(value, expected) {
    return Number.isFinite(value) ? { value } : { error: expected };
}
/**
 * Thousands separators are dropped when they group digits ("1,000,000", "50_000"); "1,5" is refused, since it may
 * be a decimal comma. Returns undefined for a number it cannot read exactly.
 */
function withoutSeparators(text) {
    const trimmed = text.trim();
    const number = /^[+-]?[0-9][0-9_,]*/.exec(trimmed)?.[0];
    if (!number || !/[_,]/.test(number))
        return trimmed;
    const digits = number.replace(/^[+-]/, '');
    const grouped = /^\d{1,3}(?:,\d{3})+$/.test(digits) || /^\d+(?:_\d+)+$/.test(digits);
    return grouped ? number.replace(/[_,]/g, '') + trimmed.slice(number.length) : undefined;
}
/** "7B" -> 7e9, "2.5T" -> 2.5e12, "1.5 billion" -> 1.5e9, "1.2e21 FLOPs" -> 1.2e21, "50,000" -> 5e4, 42 -> 42. */
function parseCount(input) {
    const expected = 'a number or a string such as "7B", "110M", "2.5T", "1.5 billion" or "1.2e21"';
    if (typeof input === 'number')
        return finite(input, 'a finite number');
    if (typeof input !== 'string')
        return { error: expected };
    const text = withoutSeparators(input.trim().replace(COUNT_NOUNS, ''));
    const match = text === undefined ? null : COUNT_PATTERN.exec(text);
    if (!match)
        return { error: expected };
    const suffix = match[2]?.toLowerCase();
    const multiplier = suffix === undefined ? 1 : Object.hasOwn(COUNT_SUFFIX, suffix) ? COUNT_SUFFIX[suffix] : undefined;
    if (multiplier === undefined)
        return { error: `${expected} (suffixes: K, M, B, T)` };
    return finite(Number(match[1]) * multiplier, `a finite number (${JSON.stringify(input)} is too large)`);
}
const AMBIGUOUS_M = '"m" is ambiguous: write "min" for minutes or "mo" for months';
const UNITS_NOTE = '(units: s, min, h, d, w, mo, y, or the words)';
/**
 * Hours in "36h", "3 days", "1h30min", "1d 12h" or "02:30:00". In a compound after hours or days, "m" is minutes
 * ("1h30m"); alone it is refused.
 */
function parseDuration(input, defaultUnit, expected) {
    if (typeof input === 'number')
        return finite(input * HOURS_PER_UNIT[defaultUnit], 'a finite number');
    if (typeof input !== 'string')
        return { error: expected };
    const text = withoutSeparators(input);
    if (text === undefined)
        return { error: expected };
    const clock = CLOCK_PATTERN.exec(text);
    if (clock)
        return { value: Number(clock[1]) + Number(clock[2]) / 60 + Number(clock[3] ?? 0) / 3600 };
    let total = 0;
    let parts = 0;
    let previousPerUnit = Infinity;
    DURATION_PART.lastIndex = 0;
    while (DURATION_PART.lastIndex < text.length) {
        const match = DURATION_PART.exec(text);
        if (!match)
            return { error: expected };
        parts++;
        let unit = match[2]?.toLowerCase();
        if (unit === undefined && (parts > 1 || DURATION_PART.lastIndex < text.length))
            return { error: expected };
        unit ??= defaultUnit;
        if (unit === 'm') {
            if (previousPerUnit > 1 / 60 && previousPerUnit <= 24)
                unit = 'min';
            else
                return { error: AMBIGUOUS_M };
        }
        const perUnit = Object.hasOwn(HOURS_PER_UNIT, unit) ? HOURS_PER_UNIT[unit] : undefined;
        if (perUnit === undefined)
            return { error: `${expected} ${UNITS_NOTE}` };
        // "1h30min" goes from larger units to smaller ones; anything else ("30min 1h", "1h 1h") is a slip.
        if (perUnit >= previousPerUnit)
            return { error: expected };
        if (parts > 1 && Number(match[1]) < 0)
            return { error: expected };
        previousPerUnit = perUnit;
        total += Number(match[1]) * perUnit;
    }
    if (parts === 0)
        return { error: expected };
    return finite(total, `a finite number (${JSON.stringify(input)} is too large)`);
}
/** Hours: 36 -> 36, "36h" -> 36, "3 days" -> 72, "90min" -> 1.5, "1h30m" -> 1.5, "02:30" -> 2.5. A bare number is hours. */
function parseHours(input) {
    return parseDuration(input, 'h', 'hours as a number, or a string such as "36h", "3 days", "90min" or "1h30min"');
}
/** Days: 365 -> 365, "12w" -> 84, "6mo" -> 182.5, "1y" -> 365, "48h" -> 2. A bare number is days. */
function parseDays(input) {
    const hours = parseDuration(input, 'd', 'days as a number, or a string such as "365d", "12 weeks", "6mo" or "1y"');
    return 'error' in hours ? hours : { value: hours.value / 24 };
}
/**
 * A number, or a string of a number with one of `units` (lower-cased, spaces dropped; factor to the field's unit).
 * `""` in `units` is the bare number. "300 W" -> 300, "0.3 kW" -> 300, "1.2" -> 1.2; "300 V" is refused.
 */
function parseMeasure(input, units, expected) {
    if (typeof input === 'number')
        return finite(input, 'a finite number');
    if (typeof input !== 'string')
        return { error: expected };
    const text = withoutSeparators(input);
    const match = text === undefined ? null : MEASURE_PATTERN.exec(text);
    if (!match)
        return { error: expected };
    const unit = match[2].toLowerCase().replace(/\s+/g, '').replace('₂', '2');
    const factor = Object.hasOwn(units, unit) ? units[unit] : undefined;
    if (factor === undefined)
        return { error: expected };
    return finite(Number(match[1]) * factor, `a finite number (${JSON.stringify(input)} is too large)`);
}
const UNITS = {
    plain: { '': 1 },
    watts: { '': 1, w: 1, watt: 1, watts: 1, kw: 1000 },
    /** gCO2e/kWh, as the grid tables give it; kg/kWh and g/Wh convert. */
    intensity: {
        '': 1,
        'g/kwh': 1,
        'gco2/kwh': 1,
        'gco2e/kwh': 1,
        'gco2eq/kwh': 1,
        'kg/mwh': 1,
        'kgco2/mwh': 1,
        'kgco2e/mwh': 1,
        'kg/kwh': 1000,
        'kgco2/kwh': 1000,
        'kgco2e/kwh': 1000,
    },
    /** Kilograms of CO2e. */
    kilograms: { '': 1, kg: 1, kgco2e: 1, kgco2: 1, t: 1000, tco2e: 1000, tco2: 1000, g: 0.001, gco2e: 0.001 },
    percent: { '': 1, '%': 1 },
    /** A fraction of 1: "40%" is 0.4. */
    fraction: { '': 1, '%': 0.01 },
    tflops: { '': 1, tflops: 1, 'tflop/s': 1, pflops: 1000, 'pflop/s': 1000 },
};

;// CONCATENATED MODULE: ./build/manifest/schema.js
// zod schema of the manifest as written (snake_case keys, human quantities). Normalization happens in normalize.ts.
// Built on first use (memoized), not at import, so commands that never read a manifest start faster. Written with
// `zod/mini` (functions instead of methods): the CLI bundle then carries only the parts of zod it uses, and building
// a schema does not attach every method to it. `preprocess(f, s)` is `pipe(transform(f), s)`, as in zod itself.








function quantity(parse) {
    return schemas/* pipe */.FsL(schemas/* unknown */.L5J(), schemas/* transform */.pdi((input, ctx) => {
        const parsed = parse(input);
        if ('error' in parsed) {
            ctx.issues.push({ code: 'custom', message: `expected ${parsed.error}, got ${describeInput(input)}`, input });
            return core/* NEVER */.tm;
        }
        return parsed.value;
    }));
}
/** A positive quantity with a plausible ceiling, so products such as 6 x parameters x tokens stay finite. */
function bounded(parse, what, max) {
    return quantity(parse).check(schemas/* refine */.YPB((value) => value > 0, { message: `${what} must be greater than 0` }), schemas/* refine */.YPB((value) => value <= max, { message: `${what} above ${max.toExponential(0)} is not plausible` }));
}
const count = (what, max) => bounded(parseCount, what, max);
const hours = (what, max) => bounded(parseHours, what, max);
const unitNames = (units) => Object.keys(units)
    .filter((unit) => unit)
    .slice(0, 3);
/** A number, or a string of one with one of `units` ("300 W", "1.2"): see parseMeasure. */
const measure = (what, units, example) => {
    const named = unitNames(units);
    const expected = named.length
        ? `${what} as a number, or a string such as ${JSON.stringify(example ?? `1 ${named[0]}`)} (units: ${named.join(', ')})`
        : `${what} as a number`;
    return quantity((input) => parseMeasure(input, units, expected));
};
/** A share between 0 and 1, or a percentage string ("40%" is 0.4); a bare 40 gets the hint that 40 % is 0.4. */
const fraction = (what) => measure(what, UNITS.fraction, '40%').check(schemas/* superRefine */.zni((value, ctx) => {
    if (value <= 0)
        ctx.addIssue({ code: 'custom', message: `${what} must be greater than 0` });
    else if (value < 0.001)
        ctx.addIssue({ code: 'custom', message: `${what} below 0.001 (0.1%) is not plausible` });
    else if (value > 1 && value <= 100)
        ctx.addIssue({
            code: 'custom',
            message: `${what} is a fraction of peak, at most 1 (${value}% is ${+(value / 100).toPrecision(6)}): write ${+(value / 100).toPrecision(6)} or "${value}%"`,
        });
    else if (value > 1)
        ctx.addIssue({ code: 'custom', message: `${what} is a fraction of peak, at most 1` });
}));
const positiveNumber = (what, max, units = UNITS.plain, min) => measure(what, units).check(schemas/* refine */.YPB((value) => value > 0, { message: `${what} must be greater than 0` }), schemas/* refine */.YPB((value) => value <= max, { message: `${what} above ${max} is not plausible` }), schemas/* refine */.YPB((value) => !min || value >= min[0], { message: min?.[1] }));
const wattsFloor = (what) => `${what} below 1 W is not plausible: it is in watts per accelerator (0.3 kW is 300, or write "0.3 kW")`;
/** A whole number ("8", "1,000" and "2K" too); "8.5" is refused, never rounded. */
const wholeCount = (what, max) => quantity((input) => {
    const parsed = parseCount(input);
    return 'error' in parsed ? { error: `${what} as a whole number, such as 8 or "1,000"` } : parsed;
}).check(schemas/* refine */.YPB((value) => Number.isInteger(value), { message: `${what} must be a whole number` }), schemas/* refine */.YPB((value) => value >= 1, { message: `${what} must be at least 1` }), schemas/* refine */.YPB((value) => value <= max, { message: `${what} above ${max} is not plausible` }));
/** At least 0, at most `max`, with `message` past it (or zod's own). */
const share = (what, units, max, message) => measure(what, units).check(schemas/* refine */.YPB((value) => value >= 0, { message: `${what} must be at least 0` }), schemas/* refine */.YPB((value) => value <= max, { message: message ?? `${what} above ${max} is not plausible` }));
const preprocess = (fn, schema) => schemas/* pipe */.FsL(schemas/* transform */.pdi(fn), schema);
const nullIsAbsent = (input) => (input === null ? undefined : input);
/** Names are matched ignoring case, spaces, "-" and "_" ("On_Prem" is on-prem); `aliases` maps other words people use. */
const oneOf = (values, aliases = {}, notes = {}) => {
    const key = (text) => text.toLowerCase().replace(/[-_\s]+/g, '');
    const byKey = new Map(values.map((value) => [key(value), value]));
    for (const [alias, value] of Object.entries(aliases))
        byKey.set(key(alias), value);
    return preprocess((input) => (typeof input === 'string' ? (byKey.get(key(input)) ?? input) : input), schemas/* enum */.k5n(values, {
        error: (issue) => {
            const written = typeof issue.input === 'string' ? issue.input : '';
            const note = notes[key(written)];
            const near = (0,suggest/* closest */.kp)(written, values, 2);
            const mean = note
                ? ` (${note})`
                : near.length
                    ? ` (did you mean ${near.map((value) => `"${value}"`).join(' or ')}?)`
                    : '';
            return `expected one of ${values.join(' | ')}, got ${describeInput(issue.input)}${mean}`;
        },
    }));
};
const PRECISION_ALIASES = {
    float32: 'fp32',
    single: 'fp32',
    tfloat32: 'tf32',
    float16: 'fp16',
    half: 'fp16',
    bfloat16: 'bf16',
    float8: 'fp8',
};
const MIXED_PRECISION = 'for mixed precision write the 16-bit type it computes in: bf16 or fp16';
const precision = () => oneOf(PRECISIONS, PRECISION_ALIASES, { mixed: MIXED_PRECISION, amp: MIXED_PRECISION });
const FACILITY_ALIASES = {
    'on-premise': 'on-prem',
    'on-premises': 'on-prem',
    colo: 'colocation',
    laptop: 'workstation',
    desktop: 'workstation',
};
/** YAML 1.2 reads yes/no/on/off as strings; they are unambiguous here. */
const BOOLEAN_WORDS = { true: true, yes: true, on: true, false: false, no: false, off: false };
const flag = (what) => preprocess((input) => typeof input === 'string' && Object.hasOwn(BOOLEAN_WORDS, input.trim().toLowerCase())
    ? BOOLEAN_WORDS[input.trim().toLowerCase()]
    : input, schemas/* boolean */.zMY({ error: (issue) => `${what} is true or false, got ${describeInput(issue.input)}` }));
/**
 * A section's block of keys. Written as a single value instead (`hardware: "A100 80GB"`), the error says which key
 * the value probably belongs to.
 */
const block = (name, shape, primary) => schemas/* strictObject */.rej(shape, {
    error: (issue) => {
        if (issue.code !== 'invalid_type')
            return undefined;
        const keys = Object.keys(shape).slice(0, 4).join(', ');
        const scalar = typeof issue.input === 'string' || typeof issue.input === 'number';
        const mean = primary && scalar ? `: did you mean "${name}: { ${primary}: ${JSON.stringify(issue.input)} }"?` : '';
        return `${name} is a block of keys (${keys}, ...), got ${describeInput(issue.input)}${mean}`;
    },
});
/** `budget:` with every line commented out is YAML null: it means the section is absent. */
const section = (schema) => preprocess(nullIsAbsent, schemas/* optional */.lqM(schema));
function build() {
    // zod/mini has no messages of its own until a locale is set (zod's full build sets the same English one).
    core/* config */.$W((0,en/* default */.A)());
    const placement = {
        location: schemas/* optional */.lqM(schemas/* string */.YjP({ error: 'location must be a string such as "gcp:us-central1" or "FR"' })),
        facility: schemas/* optional */.lqM(oneOf(types/* FACILITIES */.yk, FACILITY_ALIASES)),
        carbon_intensity: schemas/* optional */.lqM(positiveNumber('carbon_intensity (gCO2e/kWh)', 5000, UNITS.intensity, [
            1,
            'carbon_intensity below 1 gCO2e/kWh is not plausible: it is in grams per kWh (0.4 kg/kWh is 400, or write "0.4 kg/kWh")',
        ])),
        market_carbon_intensity: schemas/* optional */.lqM(share('market_carbon_intensity (gCO2e/kWh)', UNITS.intensity, 5000, 'market_carbon_intensity above 5000 gCO2e/kWh is not plausible')),
        pue: schemas/* optional */.lqM(measure('pue', UNITS.plain).check(schemas/* refine */.YPB((value) => value >= 1, { message: 'pue is at least 1' }), schemas/* refine */.YPB((value) => value <= 3, { message: 'pue above 3 is not plausible' }))),
    };
    const model = block('model', {
        parameters: schemas/* optional */.lqM(count('parameters', 1e15)),
        active_parameters: schemas/* optional */.lqM(count('active_parameters', 1e15)),
        name: schemas/* optional */.lqM(schemas/* string */.YjP()),
        config: schemas/* optional */.lqM(schemas/* string */.YjP({ error: 'config is the path of a Hugging Face config.json, relative to the manifest' })),
    }, 'parameters');
    const training = block('training', {
        tokens: schemas/* optional */.lqM(count('tokens', 1e17)),
        samples: schemas/* optional */.lqM(count('samples', 1e15)),
        sequence_length: schemas/* optional */.lqM(count('sequence_length', 1e9)),
        epochs: schemas/* optional */.lqM(positiveNumber('epochs', 1e6)),
        flops: schemas/* optional */.lqM(count('flops', 1e30)),
        precision: schemas/* optional */.lqM(precision()),
        method: schemas/* optional */.lqM(oneOf(types/* TRAINING_METHODS */.Us, { 'from scratch': 'from_scratch', pretraining: 'from_scratch' })),
        objective: schemas/* optional */.lqM(oneOf(types/* TRAINING_OBJECTIVES */.q0, { finetune: 'fine-tune', pretrain: 'pretrain-base' })),
    }, 'tokens');
    const peakTflops = () => positiveNumber('peak_tflops', 1e6, UNITS.tflops, [0.001, 'peak_tflops below 0.001 TFLOP/s is not plausible']);
    const peakTflopsEntry = schemas/* union */.KCZ([
        peakTflops(),
        schemas/* partialRecord */.jgl(schemas/* enum */.k5n(PRECISIONS, { error: `keys are precisions: ${PRECISIONS.join(' | ')}` }), peakTflops()),
    ], { error: 'peak_tflops is dense TFLOP/s: a number, or one per precision such as { bf16: 312, fp32: 19.5 }' });
    const hardware = block('hardware', {
        accelerator: schemas/* optional */.lqM(schemas/* string */.YjP({ error: 'accelerator must be a name such as "A100-SXM4-80GB" or "H100"' })),
        count: schemas/* optional */.lqM(wholeCount('count', 1e7)),
        hours: schemas/* optional */.lqM(hours('hours', 1e7)),
        accelerator_hours: schemas/* optional */.lqM(hours('accelerator_hours', 1e10)),
        utilization: schemas/* optional */.lqM(fraction('utilization')),
        power_watts: schemas/* optional */.lqM(positiveNumber('power_watts', 1e5, UNITS.watts, [1, wattsFloor('power_watts')])),
        tdp_watts: schemas/* optional */.lqM(positiveNumber('tdp_watts', 1e5, UNITS.watts, [1, wattsFloor('tdp_watts')])),
        peak_tflops: schemas/* optional */.lqM(peakTflopsEntry),
    }, 'accelerator');
    const inference = block('inference', {
        tokens_per_day: schemas/* optional */.lqM(count('tokens_per_day', 1e16)),
        requests_per_day: schemas/* optional */.lqM(count('requests_per_day', 1e13)),
        tokens_per_request: schemas/* optional */.lqM(count('tokens_per_request', 1e9)),
        days: schemas/* _default */.Rvf(bounded(parseDays, 'days', 36500), 365),
        accelerator: schemas/* optional */.lqM(schemas/* string */.YjP()),
        precision: schemas/* optional */.lqM(precision()),
        utilization: schemas/* optional */.lqM(fraction('utilization')),
        replicas: schemas/* optional */.lqM(wholeCount('replicas', 1e6)),
    }, 'tokens_per_day');
    // A path alone is { path }, so an entry written as an object gets its own located errors (unknown key, format).
    const logEntry = preprocess((input) => (typeof input === 'string' ? { path: input } : input), schemas/* strictObject */.rej({
        path: schemas/* string */.YjP({ error: 'path is the log file, relative to the manifest, such as "logs/emissions.csv"' }),
        format: schemas/* optional */.lqM(oneOf(types/* LOG_FORMATS */.CD)),
    }, {
        error: (issue) => issue.code === 'invalid_type'
            ? `a log entry is a path, or { path, format }, got ${describeInput(issue.input)}`
            : undefined,
    }));
    const run = schemas/* strictObject */.rej({
        id: schemas/* string */.YjP({
            error: (issue) => typeof issue.input === 'number'
                ? `id must be a string, got ${issue.input}: quote it (id: "${issue.input}") so it is not read as a number`
                : `id must be a string, got ${describeInput(issue.input)}`,
        })
            .check(api/* _maxLength */.Eb(200, 'id may be at most 200 characters'), api/* _regex */.Fk(/^[A-Za-z0-9][A-Za-z0-9._/-]*$/, 'id may hold letters, digits and . _ / - and starts with a letter or digit')),
        description: schemas/* optional */.lqM(schemas/* string */.YjP()),
        model: section(model),
        training: section(training),
        hardware: section(hardware),
        ...placement,
        repeats: schemas/* _default */.Rvf(wholeCount('repeats', 1e6), 1),
        inference: section(inference),
        logs: preprocess(nullIsAbsent, schemas/* _default */.Rvf(schemas/* array */.YOg(logEntry, {
            error: (issue) => typeof issue.input === 'string'
                ? `logs is a list of paths: write "logs: [${issue.input}]", or "- ${issue.input}" on the next line`
                : `logs is a list of paths, got ${describeInput(issue.input)}`,
        })
            .check(api/* _maxLength */.Eb(LIMITS.logsPerRun, `a run may name at most ${LIMITS.logsPerRun} logs`)), [])),
    });
    const budget = block('budget', {
        total_co2e_kg: schemas/* optional */.lqM(positiveNumber('total_co2e_kg', 1e12, UNITS.kilograms)),
        max_increase_percent: schemas/* optional */.lqM(share('max_increase_percent', UNITS.percent, 1e6)),
        warn_increase_percent: schemas/* optional */.lqM(share('warn_increase_percent', UNITS.percent, 1e6)),
        per_run_co2e_kg: schemas/* optional */.lqM(positiveNumber('per_run_co2e_kg', 1e12, UNITS.kilograms)),
    });
    const defaults = block('defaults', { ...placement, calibrate: schemas/* optional */.lqM(flag('calibrate')) });
    const head = schemas/* strictObject */.rej({
        version: preprocess((input) => (input === '1' || input === '1.0' ? 1 : input), schemas/* literal */.euz(1, { error: (issue) => `version must be 1, got ${describeInput(issue.input)}` })),
        defaults: preprocess(nullIsAbsent, schemas/* _default */.Rvf(defaults, {})),
        runs: schemas/* array */.YOg(schemas/* unknown */.L5J(), {
            error: (issue) => {
                const input = issue.input;
                if (!input || typeof input !== 'object')
                    return `runs must be a list of runs, got ${describeInput(input)}`;
                return 'id' in input || 'model' in input || 'hardware' in input
                    ? 'runs is a list: put "- " before the run\'s first key ("- id: ...")'
                    : 'runs is a list: write each run as "- id: <name>" instead of "<name>:"';
            },
        })
            .check(api/* _minLength */.m9(1, 'runs must hold at least one run'), api/* _maxLength */.Eb(LIMITS.runs, `a manifest may hold at most ${LIMITS.runs} runs; split it into several manifests`)),
        budget: section(budget),
    });
    /** Keys each section accepts, for did-you-mean and "this key belongs under training:". */
    const sections = {
        '': Object.keys(head.shape),
        defaults: Object.keys(defaults.shape),
        budget: Object.keys(budget.shape),
        run: Object.keys(run.shape),
        model: Object.keys(model.shape),
        training: Object.keys(training.shape),
        hardware: Object.keys(hardware.shape),
        inference: Object.keys(inference.shape),
        logs: ['path', 'format'],
    };
    return { head, run, sections };
}
let built;
function manifestSchemas() {
    built ??= build();
    return built;
}

;// CONCATENATED MODULE: ./build/manifest/parse.js
// YAML text -> validated, normalized Manifest, with every problem located by file, line, column and field path.
// Never throws on any input: oversized files, alias bombs and absurd numbers come back as located problems.








/**
 * Reads the YAML of a manifest, for `manifestReferences` and `parseManifest` to share (the pipeline needs both, and
 * reading the YAML is most of their cost). Neither changes what it is given.
 */
function readManifestYaml(text, file) {
    const lineCounter = new dist/* LineCounter */.HN();
    if (text.length > LIMITS.manifestBytes) {
        return {
            lineCounter,
            problems: [
                {
                    file,
                    severity: 'error',
                    message: `the manifest is ${(0,format/* formatWhole */.$X)(text.length)} characters; at most ${(0,format/* formatWhole */.$X)(LIMITS.manifestBytes)} are read`,
                    hint: 'split it into several manifests (one per project folder)',
                },
            ],
        };
    }
    if (text.includes('\u0000')) {
        return {
            lineCounter,
            problems: [
                {
                    file,
                    severity: 'error',
                    message: 'the manifest is not UTF-8 text (it holds NUL bytes: a binary file, or UTF-16)',
                    hint: 'save it as UTF-8 YAML, e.g. ml-carbon.yml starting with "version: 1"',
                },
            ],
        };
    }
    // `merge: true` reads `<<: *anchor` merge keys, which YAML 1.2 left out but people write to share a block.
    const document = (0,dist/* parseDocument */.Tp)(text, {
        lineCounter,
        prettyErrors: false,
        uniqueKeys: true,
        merge: true,
        // The library would print its own warnings (e.g. a list used as a key) to the console.
        logLevel: 'error',
    });
    const problems = document.errors.map((error) => {
        const position = lineCounter.linePos(error.pos[0]);
        const { message, hint } = describeYamlError(error, text);
        return {
            file,
            line: position.line,
            column: position.col,
            severity: 'error',
            message,
            ...(hint ? { hint } : {}),
        };
    });
    if (problems.length)
        return { lineCounter, problems };
    try {
        return { document, lineCounter, raw: document.toJS({ maxAliasCount: LIMITS.yamlAliases }), problems };
    }
    catch (error) {
        const aliases = /alias/i.test(error.message);
        problems.push({
            file,
            severity: 'error',
            message: aliases
                ? `YAML aliases (*name) expand to too much data (more than ${LIMITS.yamlAliases} expansions)`
                : `YAML could not be read: ${error.message.split('\n')[0]}`,
            hint: aliases ? 'write the values out, or use fewer anchors' : undefined,
        });
        return { lineCounter, problems };
    }
}
function parseManifest(text, file, options = {}) {
    const read = options.yaml ?? readManifestYaml(text, file);
    const { document, lineCounter } = read;
    const problems = [...read.problems];
    if (!document || problems.length)
        return { problems };
    const locate = (path, message, hint, severity = 'error') => {
        const position = positionOf(document, lineCounter, path, message.startsWith('unknown key'));
        problems.push({ file, ...position, path: formatPath(path), message, ...(hint ? { hint } : {}), severity });
    };
    const raw = read.raw;
    if (raw === null || raw === undefined) {
        locate([], 'the manifest is empty', 'start with "version: 1" and a "runs:" list');
        return { problems };
    }
    if (Array.isArray(raw)) {
        locate([], 'the manifest is a list; it is a block of keys with "version: 1" and a "runs:" list', 'write "version: 1" and "runs:" on the first two lines, and indent the list under runs:');
        return { problems };
    }
    if (typeof raw !== 'object') {
        locate([], `the manifest is a single value (${describeInput(raw)}); it is a block of keys`, 'start with "version: 1" and a "runs:" list');
        return { problems };
    }
    const schemas = manifestSchemas();
    let head = schemas.head.safeParse(raw, { reportInput: true });
    if (!head.success) {
        reportIssues(head.error, [], locate);
        // Unknown top-level keys alone (reported above) do not hide the runs: they are read without those keys.
        const unknownTop = head.error.issues.every((issue) => issue.code === 'unrecognized_keys' && issue.path.length === 0);
        if (!unknownTop)
            return { problems };
        const known = new Set(schemas.sections['']);
        head = schemas.head.safeParse(Object.fromEntries(Object.entries(raw).filter(([key]) => known.has(key))), {
            reportInput: true,
        });
        if (!head.success)
            return { problems };
    }
    const defaults = {
        ...normalizePlacement(head.data.defaults, ['defaults'], locate),
        calibrate: head.data.defaults.calibrate,
    };
    const runs = [];
    const seenIds = new Map();
    let logCount = 0;
    for (const [index, rawRun] of head.data.runs.entries()) {
        const parsed = schemas.run.safeParse(rawRun, { reportInput: true });
        if (!parsed.success) {
            reportIssues(parsed.error, ['runs', index], locate);
            continue;
        }
        const previous = seenIds.get(parsed.data.id);
        if (previous !== undefined) {
            locate(['runs', index, 'id'], `duplicate run id "${parsed.data.id}"`, `runs[${previous}] already uses it; ids match runs between base and head`);
            continue;
        }
        seenIds.set(parsed.data.id, index);
        logCount += parsed.data.logs.length;
        if (logCount > LIMITS.logs) {
            locate(['runs', index, 'logs'], `the manifest names more than ${LIMITS.logs} logs`, 'list fewer, larger logs (one CodeCarbon file can hold many runs)');
            continue;
        }
        const run = normalizeRun(parsed.data, ['runs', index], locate, defaults, options.facts?.get(parsed.data.id));
        if (run)
            runs.push({ ...run, line: positionOf(document, lineCounter, ['runs', index]).line });
    }
    const budget = head.data.budget && {
        totalCo2eKg: head.data.budget.total_co2e_kg,
        maxIncreasePercent: head.data.budget.max_increase_percent,
        warnIncreasePercent: head.data.budget.warn_increase_percent,
        perRunCo2eKg: head.data.budget.per_run_co2e_kg,
    };
    return { manifest: { version: 1, file, defaults, runs, budget }, problems };
}
function manifestReferences(text, file, yaml = readManifestYaml(text, file)) {
    const { document, lineCounter, raw } = yaml;
    if (!document || !raw || typeof raw !== 'object')
        return [];
    const runs = raw.runs;
    if (!Array.isArray(runs))
        return [];
    const references = [];
    let logCount = 0;
    for (const [index, run] of runs.slice(0, LIMITS.runs).entries()) {
        if (!run || typeof run !== 'object' || typeof run.id !== 'string')
            continue;
        const { id, model, logs } = run;
        const refs = [];
        if (Array.isArray(logs)) {
            for (const [logIndex, entry] of logs.slice(0, LIMITS.logsPerRun).entries()) {
                if (++logCount > LIMITS.logs)
                    break;
                const line = positionOf(document, lineCounter, ['runs', index, 'logs', logIndex]).line;
                const at = line !== undefined ? { line } : {};
                if (typeof entry === 'string')
                    refs.push({ path: entry, ...at });
                else if (entry && typeof entry === 'object' && typeof entry.path === 'string')
                    refs.push({ ...entry, ...at });
            }
        }
        references.push({
            id,
            line: positionOf(document, lineCounter, ['runs', index]).line,
            ...(typeof model?.config === 'string' ? { config: model.config } : {}),
            logs: refs,
        });
    }
    return references;
}
function reportIssues(error, prefix, locate) {
    const { sections } = manifestSchemas();
    const issues = error.issues.map((issue) => ({ issue, path: [...prefix, ...issue.path] }));
    // A misspelled key also makes its intended field "missing": say it once, at the misspelling.
    const suggested = new Set();
    const unknown = [];
    for (const { issue, path } of issues) {
        if (issue.code !== 'unrecognized_keys')
            continue;
        for (const key of issue.keys) {
            const hint = unknownKeyHint(key, path, sections);
            unknown.push({ path, key, hint });
            const target = /^did you mean "([a-z_]+)"\?$/.exec(hint)?.[1] ?? /^keys are .*"([a-z_]+)"$/.exec(hint)?.[1];
            if (target)
                suggested.add(formatPath([...path, target]));
        }
    }
    for (const { path, key, hint } of unknown)
        locate([...path, key], `unknown key "${key}"`, hint);
    for (const { issue, path } of issues) {
        if (issue.code === 'unrecognized_keys')
            continue;
        if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && issue.input === undefined) {
            if (suggested.has(formatPath(path)))
                continue;
            const field = String(path[path.length - 1]);
            const hint = field === 'version'
                ? 'add "version: 1" as the first line'
                : issue.code === 'invalid_type'
                    ? `expected ${issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'a block of keys' : `a ${issue.expected}`}`
                    : issue.message;
            locate(path, `missing required field "${field}"`, hint);
        }
        else if (issue.code === 'invalid_type' && issue.message.startsWith('Invalid input')) {
            // zod's own wording ("Invalid input: expected string, received number") for fields the schema gives none.
            const last = path[path.length - 1];
            const field = last === undefined ? 'the manifest' : typeof last === 'number' ? formatPath(path.slice(-2)) : last;
            const expected = issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'a block of keys' : `a ${issue.expected}`;
            locate(path, `${field} must be ${expected}, got ${describeInput(issue.input)}`);
        }
        else {
            locate(path, issue.message);
        }
    }
}
function formatPath(path) {
    let text = '';
    for (const segment of path)
        text = typeof segment === 'number' ? `${text}[${segment}]` : text ? `${text}.${segment}` : String(segment);
    return text;
}
/** Line and column of the deepest node that exists along the path: its value, or the key itself for an unknown key. */
function positionOf(document, lineCounter, path, atKey = false) {
    for (let depth = path.length; depth >= 0; depth--) {
        const parentPath = path.slice(0, depth - 1);
        const key = path[depth - 1];
        const parent = depth === 0 ? document.contents : document.getIn(parentPath, true);
        let offset;
        if (depth === 0)
            offset = document.contents?.range?.[0];
        else if ((0,dist/* isMap */.jh)(parent)) {
            // Keys compare as the plain data names them: `1:` is "1", a list key `? [a, b]` is "[ a, b ]".
            const pair = parent.items.find((item) => keyName(item.key) === String(key));
            const valueNode = pair?.value;
            const pointAtValue = depth === path.length && !atKey && valueNode?.range;
            offset = pointAtValue ? valueNode.range[0] : pair?.key?.range?.[0];
        }
        else {
            offset = document.getIn(path.slice(0, depth), true)?.range?.[0];
        }
        if (offset !== undefined) {
            const { line, col } = lineCounter.linePos(offset);
            return { line, column: col };
        }
    }
    return {};
}
function keyName(key) {
    if ((0,dist/* isScalar */.jn)(key))
        return String(key.value);
    return key === null || key === undefined ? undefined : String(key);
}

// EXTERNAL MODULE: ./node_modules/markdown-table/index.js
var markdown_table = __webpack_require__(735);
// EXTERNAL MODULE: ./build/report/escape.js
var report_escape = __webpack_require__(9924);
;// CONCATENATED MODULE: ./build/report/markdown-blocks.js
// Small building blocks of the comment's markdown.

/** A collapsed section; the summary is written by the bot (escape user parts with htmlText). */
function collapsed(summary, body) {
    return `<details><summary>${summary}</summary>\n\n${body.trim()}\n\n</details>`;
}
const VALUE_WITH_UNIT = /(\d) (%|g|kg|t|kt|Mt|Wh|kWh|MWh|GWh|h|W|km|days|d|gCO2e\/kWh|g\/kWh|TFLOP\/s)(?![\p{L}\d])/gu;
/**
 * Figures keep their unit on the same line ("19.6 kg", never "19.6⏎kg"): the space becomes U+00A0. Code spans and
 * fenced blocks (user text) are left as they are.
 */
function unbroken(markdown) {
    if (/^(```|~~~)/m.test(markdown))
        return markdown;
    return markdown
        .split(/(`+[^`\n]*?`+)/)
        .map((part, index) => (index % 2 ? part : part.replace(VALUE_WITH_UNIT, `$1${format/* NBSP */.MK}$2`)))
        .join('');
}

;// CONCATENATED MODULE: ./build/report/advice.js



const EFFORT_LABEL = {
    low: 'low effort',
    medium: 'some effort',
    high: 'high effort',
};
/** Whole percents between 10 and 99, three figures outside (so 99.8% is not rounded up to 100%). */
function formatShare(percent) {
    const magnitude = Math.abs(percent);
    return `${magnitude >= 10 && magnitude < 99.5 ? Math.round(magnitude) : (0,format/* formatNumber */.ZV)(magnitude)}%`;
}
/** "Sanh et al. 2019, DistilBERT ..." -> "Sanh et al. 2019"; names without a year get theirs appended. */
function shortSource(source) {
    const head = source.source.split(/[;,(]/)[0].trim();
    return head.includes(String(source.year)) ? head : `${head} ${source.year}`;
}
function evidenceLink(evidence) {
    const first = evidence[0];
    if (!first)
        return '';
    const label = (0,report_escape/* prose */.CS)(shortSource(first));
    return first.url ? `[${label}](${first.url})` : label;
}
function runsClause(item) {
    if (item.runs.length === 1)
        return `on ${(0,report_escape/* code */.aY)(item.runs[0].id)}`;
    return `on ${(0,format/* formatWhole */.$X)(item.runs.length)} runs`;
}
function paybackText(item) {
    const days = item.runs.map((run) => run.paybackDays).filter((value) => value !== undefined);
    if (!days.length)
        return '';
    if (days.some((value) => value === null))
        return 'one-time cost never repaid on some runs';
    const longest = Math.max(...days);
    if (longest === 0)
        return 'one-time cost included';
    if (longest < 1)
        return 'repays its one-time cost within the first day of serving';
    return `repays its one-time cost after ${(0,format/* formatNumber */.ZV)(longest)} days of serving`;
}
/** "−71.1 kg (58% of this PR), low effort, on `run`" */
function savingClause(item) {
    return `−${(0,format/* formatKg */.KC)(item.savingCo2eKg)} (${formatShare(item.savingPercent)} of this PR), ${EFFORT_LABEL[item.effort]}, ${runsClause(item)}`;
}
/** One line per top item: what to do, what it saves, how hard, and the catch. */
function topLine(item, index) {
    return `${index + 1}. **${(0,report_escape/* prose */.CS)(item.title)}**: ${savingClause(item)}. ${(0,report_escape/* prose */.CS)(item.caveat)}`;
}
function combinedLine(summary) {
    const combined = summary.combined;
    if (!combined || summary.topCount < 2)
        return '';
    const which = summary.topCount === 2 ? 'Both' : `All ${summary.topCount}`;
    const lessThanSum = combined.sumOfItemsKg - combined.savingCo2eKg > 0.005 * combined.sumOfItemsKg;
    return `${which} together, re-estimated on each run: −${(0,format/* formatKg */.KC)(combined.savingCo2eKg)} (${formatShare(combined.savingPercent)} of this PR)${lessThanSum ? `, less than the ${(0,format/* formatKg */.KC)(combined.sumOfItemsKg)} they save one at a time, because each change shrinks what the others save` : ''}.`;
}
function renderTopAdvice(summary) {
    const top = summary.items.slice(0, summary.topCount);
    if (!top.length)
        return '';
    return [
        `**💡 Biggest savings** (ranked by kilograms weighed by effort):`,
        '',
        ...top.map(topLine),
        ...(combinedLine(summary) ? ['', combinedLine(summary)] : []),
    ].join('\n');
}
/** Runs named per advice item; a monorepo's long tail is counted, not listed. */
const MAX_RUNS_LISTED = 5;
const largestFirst = (runs) => [...runs].sort((a, b) => b.savingCo2eKg - a.savingCo2eKg);
function detailItem(item, index) {
    const extras = [paybackText(item), item.scaledToMeasured ? 'scaled to the measured figure' : '']
        .filter(Boolean)
        .join('; ');
    const perRun = item.runs.length > 1
        ? ` Per run: ${largestFirst(item.runs)
            .slice(0, MAX_RUNS_LISTED)
            .map((run) => `${(0,report_escape/* code */.aY)(run.id)} −${(0,format/* formatKg */.KC)(run.savingCo2eKg)}`)
            .join(', ')}${item.runs.length > MAX_RUNS_LISTED ? `, and ${item.runs.length - MAX_RUNS_LISTED} more` : ''}.`
        : '';
    // The detail is the largest-saving run's (advice/advise.ts): name it, so its figures are not read as the sum.
    const detailOf = item.runs.length > 1 ? `On ${(0,report_escape/* code */.aY)(largestFirst(item.runs)[0].id)}, which saves most: ` : '';
    const evidence = evidenceLink(item.evidence);
    return [
        `${index + 1}. **${(0,report_escape/* prose */.CS)(item.title)}**: ${savingClause(item)}${extras ? ` (${extras})` : ''}.`,
        `   ${detailOf}${(0,report_escape/* prose */.CS)(item.detail)}${perRun} ${(0,report_escape/* prose */.CS)(item.caveat)}${evidence ? ` Evidence: ${evidence}.` : ''}`,
    ].join('\n');
}
function renderAdviceDetails(summary) {
    const lines = [];
    if (summary.items.length)
        lines.push(summary.items.map(detailItem).join('\n'));
    else
        lines.push('No change would save a material amount on this PR.');
    const notes = [
        `Advice saving under ${(0,format/* formatKg */.KC)(summary.materialKg)} (the larger of 1 kg and 2% of this PR) is not shown${summary.belowThreshold ? `: ${summary.belowThreshold} such suggestion${summary.belowThreshold > 1 ? 's' : ''} left out` : ''}.`,
        "Savings are counterfactual: each change is applied to the run and the run re-estimated; one-time costs (distillation, quantization) are subtracted. For measured runs the estimator's ratio is applied to the measured figure.",
    ];
    if (summary.inferredObjectives.length) {
        const byObjective = new Map();
        for (const { runId, objective } of summary.inferredObjectives)
            byObjective.set(objective, [...(byObjective.get(objective) ?? []), runId]);
        const stated = [...byObjective]
            .map(([objective, ids]) => `\`${objective}\` for ${ids.slice(0, 5).map(report_escape/* code */.aY).join(', ')}${ids.length > 5 ? ` and ${ids.length - 5} more` : ''}`)
            .join('; ');
        notes.push(`Training objective inferred from \`training.method\`: ${stated}. Set \`training.objective: pretrain-base | domain-adapt | fine-tune\` to say what a run is for (only \`domain-adapt\` is advised to start from an open checkpoint).`);
    }
    lines.push('', ...notes.map((note) => `<sub>${note}</sub>\n`));
    const count = summary.items.length;
    return collapsed(count ? `💡 All advice (${count} item${count > 1 ? 's' : ''}), with details and evidence` : '💡 Advice', lines.join('\n').trim());
}

;// CONCATENATED MODULE: ./build/report/drivers.js

const drivers_count = (value) => (0,format/* formatCount */.B4)(value);
const drivers_percent = (value) => `${(0,format/* formatNumber */.ZV)(value * 100)}%`;
/** In the order a reader thinks about a run: what is trained, on what, where, how often, then serving. */
const FIELDS = [
    ['parameters', (run) => run.model.activeParameters ?? run.model.parameters, drivers_count],
    ['tokens', (run) => run.training?.tokens, drivers_count],
    ['samples', (run) => run.training?.samples, drivers_count],
    ['sequence length', (run) => run.training?.sequenceLength, drivers_count],
    ['epochs', (run) => run.training?.epochs],
    ['FLOPs', (run) => run.training?.flops, (value) => value.toExponential(1).replace('e+', 'e')],
    ['', (run) => (run.training?.precisionGiven ? run.training.precision : undefined)],
    ['method', (run) => run.training?.method],
    ['', (run) => run.hardware.accelerator],
    ['accelerators', (run) => run.hardware.count],
    ['hours', (run) => run.hardware.hours, format/* formatHours */.BG],
    ['accelerator-hours', (run) => run.hardware.acceleratorHours, format/* formatHours */.BG],
    ['utilization', (run) => run.hardware.utilization, drivers_percent],
    ['power', (run) => run.hardware.powerWatts, (value) => `${(0,format/* formatNumber */.ZV)(value)} W`],
    ['repeats', (run) => run.repeats],
    ['region', (run) => run.location],
    ['grid', (run) => run.carbonIntensity, (value) => `${(0,format/* formatNumber */.ZV)(value)} g/kWh`],
    ['PUE', (run) => run.pue],
    ['serving tokens/day', (run) => servingTokensPerDay(run), drivers_count],
    ['serving days', (run) => run.inference?.days],
    ['serving on', (run) => run.inference?.accelerator],
    ['serving', (run) => run.inference?.precision],
];
function servingTokensPerDay(run) {
    const inference = run.inference;
    if (!inference)
        return undefined;
    if (inference.tokensPerDay !== undefined)
        return inference.tokensPerDay;
    if (inference.requestsPerDay !== undefined && inference.tokensPerRequest !== undefined)
        return inference.requestsPerDay * inference.tokensPerRequest;
    return undefined;
}
function shown(field, value) {
    if (value === undefined)
        return 'unset';
    return typeof value === 'number' ? (field[2] ?? format/* formatNumber */.ZV)(value) : value;
}
/** "tokens 400M → 600M", one per differing field, at most `max` (then "+2 more"). */
function fieldChanges(base, head, max = 3) {
    const changes = [];
    for (const field of FIELDS) {
        const before = field[1](base);
        const after = field[1](head);
        if (before === after)
            continue;
        const label = field[0] ? `${field[0]} ` : '';
        changes.push(`${label}${shown(field, before)} → ${shown(field, after)}`);
    }
    if (!base.inference !== !head.inference)
        changes.push(head.inference ? 'serving added' : 'serving removed');
    return changes.length > max ? [...changes.slice(0, max), `+${changes.length - max} more`] : changes;
}
function measurementChange(base, head) {
    const before = base?.basis === 'measured';
    const after = head?.basis === 'measured';
    if (!before && after)
        return 'measured log added';
    if (before && !after)
        return 'measured log dropped';
    if (before && after && base.co2eKg.value !== head.co2eKg.value)
        return 'measured figures changed';
    return undefined;
}
/** A short description of a new run: size, data and hardware. */
function describeRun(run) {
    const parts = [`${(0,format/* formatCount */.B4)(run.model.activeParameters ?? run.model.parameters)} params`];
    if (run.training?.tokens !== undefined)
        parts.push(`${(0,format/* formatCount */.B4)(run.training.tokens)} tokens`);
    parts.push(`${run.hardware.count} × ${run.hardware.accelerator}`);
    return parts.join(', ');
}
/** The drivers of a run's change, as plain text (callers escape it for their context). */
function changeDrivers(row, inputs) {
    const head = inputs?.head.get(row.id);
    const base = inputs?.base.get(row.previousId ?? row.id);
    switch (row.change) {
        case 'added':
            return [head ? `new: ${describeRun(head)}` : 'new run'];
        case 'removed':
            return ['removed'];
        case 'unchanged':
            return [];
        default: {
            const drivers = base && head ? fieldChanges(base, head) : [];
            const measured = measurementChange(row.base, row.head);
            if (measured)
                drivers.push(measured);
            if (!drivers.length && row.deltaCo2eKg !== 0)
                drivers.push('defaults or reference data changed');
            return drivers;
        }
    }
}

;// CONCATENATED MODULE: ./build/report/measured.js



const MARK = '📏';
/** An estimate within this of its log, and inside its range, needs no explanation. */
const CLOSE_ENOUGH_PERCENT = 25;
function percentOf(fraction) {
    return `${(0,format/* formatNumber */.ZV)(fraction * 100)}%`;
}
const inRange = (value, range) => value >= range.low && value <= range.high;
function comparisonClause(label, measured, estimated, unit, errorPercent) {
    if (measured === undefined)
        return '';
    const verdict = inRange(measured, estimated) ? 'in range' : 'outside the range';
    const error = errorPercent === undefined ? '' : `, estimate ${(0,format/* formatPercent */.l9)(errorPercent)}, ${verdict}`;
    return `${label} ${unit(measured)} ${MARK} vs ${unit(estimated.value)} estimated (${(0,format/* formatRange */.Lu)(estimated, unit)}${error})`;
}
/**
 * Energy = hours × power, so the estimate's energy error splits into an hours ratio (utilization: FLOPs / (peak ×
 * utilization)) and a power ratio (draw per accelerator). The larger, in log terms, is named.
 */
function missExplanation(run) {
    const view = run.measured;
    if (!view?.energyKwh)
        return undefined;
    const energyError = view.errorPercent.energyKwh;
    if (energyError === undefined)
        return undefined;
    if (Math.abs(energyError) <= CLOSE_ENOUGH_PERCENT && inRange(view.energyKwh.value, view.estimated.energyKwh))
        return undefined;
    const energyRatio = view.estimated.energyKwh.value / view.energyKwh.value;
    const hoursRatio = view.acceleratorHours !== undefined && view.acceleratorHours > 0
        ? view.estimated.acceleratorHours.value / view.acceleratorHours
        : undefined;
    const powerRatio = hoursRatio !== undefined ? energyRatio / hoursRatio : undefined;
    const direction = energyRatio > 1 ? 'over' : 'under';
    const utilizationDefault = run.assumptions.find((use) => use.name.startsWith('model FLOPs utilization'));
    if (hoursRatio !== undefined &&
        (powerRatio === undefined || Math.abs(Math.log(hoursRatio)) >= Math.abs(Math.log(powerRatio)))) {
        const observed = view.utilization !== undefined
            ? `${percentOf(view.utilization)} utilization`
            : utilizationDefault
                ? `about ${percentOf(utilizationDefault.value * hoursRatio)} utilization`
                : 'a different utilization';
        const assumed = utilizationDefault ? ` where the estimate assumed ${percentOf(utilizationDefault.value)}` : '';
        return `${direction}estimates mostly through hours: ${(0,format/* formatHours */.BG)(view.estimated.acceleratorHours.value)} estimated, ${(0,format/* formatHours */.BG)(view.acceleratorHours)} logged, so the run sustained ${observed}${assumed}`;
    }
    if (powerRatio !== undefined && view.averagePowerWatts !== undefined) {
        return `${direction}estimates mostly through power: the log shows ${(0,format/* formatNumber */.ZV)(view.averagePowerWatts)} W per accelerator${view.powerFractionOfTdp !== undefined ? ` (${percentOf(view.powerFractionOfTdp)} of TDP)` : ''}, about ${(0,format/* formatNumber */.ZV)(1 / powerRatio)}× what the estimate assumed`;
    }
    return `${direction}estimates the energy; the log has no duration or power draw to say whether hours or power differ`;
}
function runItem(run, calibrate) {
    const view = run.measured;
    const errors = view.errorPercent;
    const figures = [
        comparisonClause('energy', view.energyKwh?.value, view.estimated.energyKwh, format/* formatKwh */.c3, errors.energyKwh),
        comparisonClause('CO2e', view.co2eKg?.value, view.estimated.co2eKg, format/* formatKg */.KC, errors.co2eKg),
        comparisonClause('accelerator time', view.acceleratorHours, view.estimated.acceleratorHours, format/* formatHours */.BG, errors.acceleratorHours),
    ].filter(Boolean);
    const lines = [`- ${(0,report_escape/* code */.aY)(run.id)}: ${figures.join('; ')}.`];
    const miss = missExplanation(run);
    if (miss)
        lines.push(`  **Why the estimate misses:** it ${miss}.${calibrate ? '' : ' With `defaults.calibrate: true` the runs without logs are estimated with what this run showed.'}`);
    const sentences = [];
    if (view.energyNote)
        sentences.push(`energy: ${(0,report_escape/* prose */.CS)(view.energyNote)}`);
    if (view.intensityNote)
        sentences.push(`CO2e ${(0,report_escape/* prose */.CS)(view.intensityNote)}, plus estimated embodied carbon`);
    if (view.averagePowerWatts !== undefined)
        sentences.push(`mean draw ${(0,format/* formatNumber */.ZV)(view.averagePowerWatts)} W per accelerator${view.powerFractionOfTdp !== undefined ? ` (${percentOf(view.powerFractionOfTdp)} of TDP)` : ''}`);
    const files = view.files
        .map((file) => `${(0,report_escape/* code */.aY)(file.file)} (${file.contributed.length ? (0,report_escape/* prose */.CS)(file.contributed.join(', ')) : 'nothing used'})`)
        .join(', ');
    lines.push(`  ${sentences.length ? `${sentences.join('; ')}. ` : ''}From ${files}.`);
    return lines.join('\n');
}
function calibrationLine(estimate) {
    const calibration = estimate.calibration;
    if (!calibration)
        return '';
    const spread = (range) => range.low === range.high
        ? percentOf(range.value)
        : `${percentOf(range.value)} (${percentOf(range.low)} – ${percentOf(range.high)})`;
    const observed = [
        calibration.utilization ? `utilization ${spread(calibration.utilization)}` : '',
        calibration.powerFractionOfTdp ? `power draw ${spread(calibration.powerFractionOfTdp)} of TDP` : '',
    ].filter(Boolean);
    const from = calibration.fromRuns.map(report_escape/* code */.aY).join(', ');
    const applied = calibration.appliedTo.length
        ? `Used for the runs without logs (\`defaults.calibrate: true\`): ${calibration.appliedTo.map(report_escape/* code */.aY).join(', ')}.`
        : 'Not used for other runs; set `defaults.calibrate: true` to estimate runs without logs with these values.';
    return `**Calibration:** observed in this repository's measured runs (${from}): ${observed.join(', ')}. ${applied}`;
}
function renderMeasuredSection(comparison) {
    const runs = comparison.head.runs.filter((run) => run.measured);
    const calibration = calibrationLine(comparison.head);
    if (runs.length === 0 && !calibration)
        return '';
    const calibrate = (comparison.head.calibration?.appliedTo.length ?? 0) > 0;
    const misses = runs.filter((run) => missExplanation(run) !== undefined).length;
    const summary = `${MARK} Measured vs estimated (${runs.length} run${runs.length === 1 ? '' : 's'} with logs${misses ? `, ${misses} off the estimate` : ''})`;
    return collapsed(summary, [...(runs.length ? [runs.map((run) => runItem(run, calibrate)).join('\n')] : []), calibration]
        .filter(Boolean)
        .join('\n\n'));
}

;// CONCATENATED MODULE: ./build/report/methodology.js
// The collapsed methodology section: how the figures were computed and every default they used, with sources.



function collectAssumptions(runs) {
    const byKey = new Map();
    for (const run of runs) {
        for (const use of run.assumptions) {
            const key = `${use.origin}|${use.name}|${use.value}`;
            let found = byKey.get(key);
            if (!found) {
                found = { entry: { ...use, runs: [] }, runIds: new Set() };
                byKey.set(key, found);
            }
            // A set beside the list: a default used by all of a monorepo's thousand runs is not searched for each of them.
            if (!found.runIds.has(run.id)) {
                found.runIds.add(run.id);
                found.entry.runs.push(run.id);
            }
        }
    }
    return [...byKey.values()].map((found) => found.entry);
}
/** Sources run to several sentences; the cell keeps the first ~80 characters and links the rest. */
const SOURCE_LABEL_CHARS = 80;
function shortened(text) {
    if (text.length <= SOURCE_LABEL_CHARS)
        return text;
    const cut = text.lastIndexOf(' ', SOURCE_LABEL_CHARS);
    return `${text.slice(0, cut > 40 ? cut : SOURCE_LABEL_CHARS).replace(/[\s,;:(]+$/, '')}…`;
}
/** The file's name without its folders: the measured section gives the full path. */
const fileName = (path) => path.slice(path.replace(/\\/g, '/').lastIndexOf('/') + 1);
/** A measured figure's name carries its log path; the source cell names the file, so the name drops it. */
const nameOf = (use) => use.origin === 'measured' ? use.name.replace(` (${use.source})`, '') : use.name;
function sourceCell(use) {
    if (use.origin === 'manifest')
        return 'your manifest';
    if (use.origin === 'measured')
        return `log ${(0,report_escape/* codeCell */.MZ)(fileName(use.source))}`;
    const text = `${(0,report_escape/* proseCell */.qy)(shortened(use.source))}${use.year ? ` (${use.year})` : ''}`;
    return use.url ? `[${text}](${use.url})` : text;
}
/** At most three run ids in a cell, so a monorepo's table stays narrow. */
function runList(ids) {
    const shown = ids.slice(0, 3).map(report_escape/* codeCell */.MZ).join(', ');
    return ids.length > 3 ? `${shown} and ${ids.length - 3} more` : shown;
}
function renderMethodology(runs) {
    const used = collectAssumptions(runs).filter((use) => use.origin !== 'manifest');
    const rows = used.map((use) => [
        (0,report_escape/* proseCell */.qy)(nameOf(use)),
        `${(0,format/* formatNumber */.ZV)(use.value)} ${use.unit}`,
        use.low !== undefined && use.high !== undefined
            ? `${(0,format/* formatNumber */.ZV)(use.low)} – ${(0,format/* formatNumber */.ZV)(use.high)} ${use.unit}`
            : '',
        sourceCell(use),
        use.runs.length === runs.length ? 'all' : runList(use.runs),
    ]);
    const lines = [
        '<details><summary>Methodology and defaults</summary>',
        '',
        '- **Training FLOPs** = 6 × parameters (active parameters for mixture-of-experts) × tokens, unless `flops` is given.',
        "- **Accelerator-hours** = count × hours when hours are given; otherwise FLOPs ÷ (dense peak FLOP/s at the run's precision × utilization).",
        '- **Energy** = accelerator-hours × average power + host overhead, × PUE (facility energy), × repeats.',
        "- **CO2e** = energy × location-based grid intensity, plus the accelerators' and hosts' embodied carbon amortised over their service life for the hours used.",
        '- **Serving** = 2 × parameters FLOPs per token through the same chain, over the declared period.',
        '- **Ranges** combine the spreads of the uncertain inputs below (independent factors multiply in quadrature in log space); budgets are judged on the central value.',
        '',
    ];
    if (rows.length) {
        lines.push((0,markdown_table/* markdownTable */.Q)([['Default used', 'Value', 'Range', 'Source', 'Runs'], ...rows], {
            align: ['l', 'r', 'r', 'l', 'l'],
            alignDelimiters: false,
        }));
    }
    else {
        lines.push('Every figure came from your manifest; no defaults were needed.');
    }
    lines.push('', '</details>');
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./build/report/per-run.js
// The collapsed per-run details: hardware, hours, energy, grid and the CO2e split with its range, as a list (a wide
// table does not fit a comment), then the notes the engine left, each naming its runs.




function runLine(run) {
    const hardware = `${run.acceleratorCount} × ${(0,report_escape/* prose */.CS)(run.accelerator)}${run.repeats > 1 ? `, ${(0,format/* formatNumber */.ZV)(run.repeats)} repeats` : ''}`;
    const operationalCo2eKg = run.breakdown.operationalCo2eKg.value;
    const embodiedCo2eKg = run.breakdown.embodiedCo2eKg.value;
    const parts = [
        hardware,
        `${(0,format/* formatHours */.BG)(run.acceleratorHours.value)} accelerator time`,
        `${(0,format/* formatKwh */.c3)(run.energyKwh.value)} (facility)`,
        `grid ${(0,format/* formatNumber */.ZV)(run.carbonIntensityGPerKwh)} g/kWh, PUE ${(0,format/* formatNumber */.ZV)(run.pue)}`,
        `training ${(0,format/* formatKg */.KC)(run.co2eKg.value)} (${(0,format/* formatRange */.Lu)(run.co2eKg, format/* formatKg */.KC)}; ${(0,format/* formatKg */.KC)(operationalCo2eKg)} operational + ${(0,format/* formatKg */.KC)(embodiedCo2eKg)} embodied)`,
    ];
    if (run.inference)
        parts.push(`serving ${(0,format/* formatKg */.KC)(run.inference.co2eKg.value)} over ${(0,format/* formatNumber */.ZV)(run.inference.days)} days (${(0,format/* formatRange */.Lu)(run.inference.co2eKg, format/* formatKg */.KC)})`);
    return `- ${(0,report_escape/* code */.aY)(run.id)}${run.basis === 'measured' ? ' 📏' : ''}: ${parts.join(' · ')}`;
}
/** Runs named per note; a monorepo's long tail is counted, not listed. */
const MAX_IDS_PER_NOTE = 10;
function idList(ids) {
    const shown = ids.slice(0, MAX_IDS_PER_NOTE).map(report_escape/* code */.aY).join(', ');
    return ids.length > MAX_IDS_PER_NOTE ? `${shown} and ${(0,format/* formatWhole */.$X)(ids.length - MAX_IDS_PER_NOTE)} more runs` : shown;
}
function notesOf(runs) {
    const notes = new Map();
    for (const run of runs) {
        for (const note of run.notes) {
            const ids = notes.get(note);
            if (ids)
                ids.push(run.id);
            else
                notes.set(note, [run.id]);
        }
    }
    return [...notes].map(([note, ids]) => `- ${(0,report_escape/* prose */.CS)(note)} (${idList(ids)})`);
}
/** Every run's details, or the `limit` largest runs' with a line saying where the others are. */
function renderPerRunDetails(runs, limit = Infinity, elsewhere = '') {
    const notes = notesOf(runs);
    const listed = runs.length <= limit ? runs : [...runs].sort((a, b) => (0,run_total/* runTotalKg */.U)(b) - (0,run_total/* runTotalKg */.U)(a)).slice(0, limit);
    const lines = listed.map(runLine);
    const summary = listed.length < runs.length
        ? `Per-run details (the ${listed.length} largest of ${(0,format/* formatWhole */.$X)(runs.length)} runs)`
        : 'Per-run details';
    if (listed.length < runs.length)
        lines.push(`- ${(0,format/* formatWhole */.$X)(runs.length - listed.length)} more runs: ${elsewhere}.`);
    return collapsed(summary, [...lines, ...(notes.length ? ['', '**Notes**', '', ...notes] : [])].join('\n'));
}

// EXTERNAL MODULE: ./build/errors.js
var build_errors = __webpack_require__(9473);
;// CONCATENATED MODULE: ./build/report/problems.js
// Input problems in the comment: errors above the fold with what was done about them, warnings collapsed. What was
// done follows from where the error is: a manifest that was not parsed adds no runs; the parser leaves out a run with an
// error in its own fields; a log that cannot be used leaves its run estimated from the manifest; any other error in a
// parsed manifest (an unknown default location) leaves that setting unapplied.



/** Errors listed above the fold; more are in the collapsed list. */
const MAX_ERRORS_SHOWN = 5;
function effectOf(problem, readFiles) {
    if (!readFiles.has(problem.file))
        return { effect: 'file-not-read', key: problem.file };
    const run = problem.path?.match(/^runs\[(\d+)\]/);
    if (run && /^runs\[\d+\]\.logs\b/.test(problem.path))
        return { effect: 'log-not-used', key: `${problem.file}#${run[1]}` };
    if (run)
        return { effect: 'run-left-out', key: `${problem.file}#${run[1]}` };
    return { effect: 'other', key: `${problem.file}:${problem.path}` };
}
const plural = (count, one, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
/** What was done, e.g. "1 run left out of the figures, 1 run estimated without its log". */
function consequences(errors, readFiles) {
    const keys = {
        'run-left-out': new Set(),
        'log-not-used': new Set(),
        'file-not-read': new Set(),
        other: new Set(),
    };
    for (const error of errors) {
        const { effect, key } = effectOf(error, readFiles);
        keys[effect].add(key);
    }
    for (const key of keys['run-left-out'])
        keys['log-not-used'].delete(key);
    const parts = [];
    if (keys['file-not-read'].size)
        parts.push(`${plural(keys['file-not-read'].size, 'file')} not read (its runs are not in the figures)`);
    if (keys['run-left-out'].size)
        parts.push(`${plural(keys['run-left-out'].size, 'run')} left out of the figures`);
    if (keys['log-not-used'].size)
        parts.push(`${plural(keys['log-not-used'].size, 'run')} estimated from the manifest instead of its log`);
    if (keys.other.size)
        parts.push(`${plural(keys.other.size, 'setting')} not applied (defaults used instead)`);
    return parts;
}
/** Whether any of `errors` left a run, or a whole manifest, out of the figures. */
function leavesRunsOut(errors, readFiles) {
    return errors.some((error) => {
        const { effect } = effectOf(error, readFiles);
        return effect === 'run-left-out' || effect === 'file-not-read';
    });
}
/**
 * `readFiles`: the manifests that were parsed (their runs are in the figures unless an error names the run). The
 * collapsed list shows at most `limit` problems, then says how many more there are and where (`elsewhere`).
 */
function problemsSection(problems, readFiles, limit = Infinity, elsewhere = '') {
    const errors = problems.filter((problem) => problem.severity === 'error');
    const warnings = problems.filter((problem) => problem.severity !== 'error');
    const aboveFold = [];
    if (errors.length) {
        const done = consequences(errors, readFiles);
        aboveFold.push(`**⚠️ ${plural(errors.length, 'error')} in the input${done.length ? `: ${done.join(', ')}` : ''}.**`, (0,report_escape/* codeBlock */.DV)(errors.slice(0, MAX_ERRORS_SHOWN).map(build_errors/* formatProblem */.V)));
        if (errors.length > MAX_ERRORS_SHOWN)
            aboveFold.push(`${errors.length - MAX_ERRORS_SHOWN} more below.`);
    }
    const hidden = [...errors.slice(MAX_ERRORS_SHOWN), ...warnings];
    const summary = [
        errors.length > MAX_ERRORS_SHOWN ? plural(errors.length - MAX_ERRORS_SHOWN, 'more error') : '',
        warnings.length ? plural(warnings.length, 'warning') : '',
    ]
        .filter(Boolean)
        .join(' and ');
    const listed = hidden.slice(0, limit);
    const more = hidden.length - listed.length;
    const body = `${(0,report_escape/* codeBlock */.DV)(listed.map(build_errors/* formatProblem */.V))}${more ? `\n\n${more} more: ${elsewhere}.` : ''}`;
    return {
        aboveFold: aboveFold.join('\n\n'),
        collapsed: hidden.length ? collapsed(`⚠️ ${summary} about the input`, body) : '',
    };
}

;// CONCATENATED MODULE: ./build/report/markdown.js
// The PR comment. Above the fold: the verdict, the budget, the runs that changed and why, the range, and the few
// biggest savings. Everything else (advice in full, measured vs estimated, chart, per-run details, methodology) sits
// in <details>. Every string the bot did not write goes through ./escape.ts.












/** GitHub refuses a comment over 65,536 characters; the rest is room for the sticky-comment marker. */
const COMMENT_REPORT_CHARS = 64_000;
const LIST_LIMITS = [
    { allRuns: Infinity, runDetails: Infinity, problems: Infinity },
    { allRuns: 200, runDetails: 50, problems: 50 },
    { allRuns: 100, runDetails: 20, problems: 20 },
    { allRuns: 40, runDetails: 0, problems: 10 },
];
/** Where a shortened list's other items are. */
const ELSEWHERE = 'the job summary and the JSON report list them all';
/** Rows of the run table shown above the fold; a monorepo's other runs are summed in one row and listed in details. */
const MAX_RUN_ROWS = 8;
const BUDGET_LABEL = {
    pass: '✅ within budget',
    warn: '⚠️ budget warning',
    fail: '❌ over budget',
    none: 'no budget set',
    error: '⛔ budget not checked',
};
const markdown_RULES = {
    totalCo2eKg: { name: 'total_co2e_kg', unit: (value) => `${(0,format/* formatNumber */.ZV)(value)} kg` },
    perRunCo2eKg: { name: 'per_run_co2e_kg', unit: (value) => `${(0,format/* formatNumber */.ZV)(value)} kg` },
    maxIncreasePercent: { name: 'max_increase_percent', unit: (value) => `${(0,format/* formatNumber */.ZV)(value)}%` },
    warnIncreasePercent: { name: 'warn_increase_percent', unit: (value) => `${(0,format/* formatNumber */.ZV)(value)}%` },
};
/** A change that rounds to nothing ("±0 kg") is no change: it gets no sign and no percentage. */
const noChange = (kg) => (0,format/* formatSignedKg */.Yz)(kg).startsWith('±');
/** Why a comparison has no base: none on the branch, the branch unread, or its manifest refused. */
function baseMissing(budget) {
    if (budget.status !== 'error')
        return 'no manifest on the base branch';
    return budget.reasons.some((reason) => /could not be read/.test(reason))
        ? 'base branch not read'
        : 'base not compared';
}
/**
 * The headline: the total, the change against base and the budget's state, which is "not checked" when the head has
 * input errors (`inputErrors`: their count), as the gate has it.
 */
function verdictLine(comparison, inputErrors = 0) {
    const total = comparison.head.total.co2eKg.value;
    const parts = [comparison.head.runs.length ? `**${(0,format/* formatKg */.KC)(total)} CO2e**` : '**no runs**'];
    if (comparison.base && noChange(comparison.delta.co2eKg))
        parts.push('no change vs base');
    else if (comparison.base) {
        const percent = comparison.delta.percent === null ? '' : ` (${(0,format/* formatPercent */.l9)(comparison.delta.percent)})`;
        parts.push(`${(0,format/* formatSignedKg */.Yz)(comparison.delta.co2eKg)}${percent} vs base`);
    }
    else {
        parts.push(baseMissing(comparison.budget));
    }
    // Errors leave the head's figures incomplete: the gate does not judge the budget on them (action/decision.ts).
    if (inputErrors)
        parts.push(`⛔ budget not checked: ${inputErrors} error${inputErrors === 1 ? '' : 's'} in the input`);
    else
        parts.push(BUDGET_LABEL[comparison.budget.status] ?? comparison.budget.status);
    return parts.join(' · ');
}
function carEquivalent(range) {
    const perKm = CAR_KG_CO2E_PER_KM.value;
    const km = (0,format/* formatNumberOfRange */.zU)(range.value / perKm, {
        value: range.value / perKm,
        low: range.low / perKm,
        high: range.high / perKm,
    });
    return `≈ ${km} km by car ([US EPA ${CAR_KG_CO2E_PER_KM.year}](${CAR_KG_CO2E_PER_KM.url}))`;
}
function figureCell(run) {
    if (!run)
        return '—';
    return `${(0,format/* formatKg */.KC)((0,run_total/* runTotalKg */.U)(run))}${run.basis === 'measured' ? '\u00A0📏' : ''}`;
}
function changeCell(row) {
    if (row.change === 'unchanged' || noChange(row.deltaCo2eKg))
        return '—';
    const percent = row.deltaPercent === null || row.change !== 'changed' ? '' : ` (${(0,format/* formatPercent */.l9)(row.deltaPercent)})`;
    return `${(0,format/* formatSignedKg */.Yz)(row.deltaCo2eKg)}${percent}`;
}
/** Longest driver in the Why column ("A100 → <a custom accelerator's name>"). */
const MAX_DRIVER_CHARS = 120;
function whyCell(row, inputs, runsLeftOut) {
    if (row.change === 'removed' && runsLeftOut)
        return '🗑️ removed, or left out by an input error above';
    const drivers = changeDrivers(row, inputs).map((driver) => (0,report_escape/* proseCell */.qy)(driver, MAX_DRIVER_CHARS));
    if (row.change === 'renamed')
        drivers.unshift(`renamed from ${(0,report_escape/* codeCell */.MZ)(row.previousId ?? '')}`);
    const icon = { added: '🆕 ', removed: '🗑️ ', renamed: '✏️ ', changed: '', unchanged: '' }[row.change];
    return drivers.length ? `${icon}${drivers.join(', ')}` : 'unchanged';
}
function runRow(row, context) {
    return [
        (0,report_escape/* codeCell */.MZ)(row.id),
        figureCell(row.base),
        figureCell(row.head),
        changeCell(row),
        whyCell(row, context.inputs, context.runsLeftOut),
    ];
}
const sumKg = (runs) => runs.reduce((total, run) => total + (run ? (0,run_total/* runTotalKg */.U)(run) : 0), 0);
/**
 * At most `maxRows` rows (one of them for the rest): changed runs by size of change, then unchanged ones while there
 * is room, in the manifest's order.
 */
function foldRows(comparison, maxRows) {
    if (comparison.runs.length <= maxRows)
        return { shown: comparison.runs, hidden: [] };
    const ranked = [...comparison.runs].sort((a, b) => Number(a.change === 'unchanged') - Number(b.change === 'unchanged') ||
        Math.abs(b.deltaCo2eKg) - Math.abs(a.deltaCo2eKg));
    const shown = new Set(ranked.slice(0, maxRows - 1));
    return {
        shown: comparison.runs.filter((row) => shown.has(row)),
        hidden: comparison.runs.filter((row) => !shown.has(row)),
    };
}
function table(rows) {
    return (0,markdown_table/* markdownTable */.Q)([['Run', 'Base', 'Head', 'Change', 'Why'], ...rows], {
        align: ['l', 'r', 'r', 'r', 'l'],
        alignDelimiters: false,
    });
}
/** One row standing for `hidden` runs, so the table still adds up to its total. */
function moreRow(comparison, hidden, where) {
    const changed = hidden.filter((row) => row.change !== 'unchanged').length;
    const delta = hidden.reduce((total, row) => total + row.deltaCo2eKg, 0);
    return [
        `${(0,format/* formatWhole */.$X)(hidden.length)} more runs`,
        comparison.base ? (0,format/* formatKg */.KC)(sumKg(hidden.map((row) => row.base))) : '—',
        (0,format/* formatKg */.KC)(sumKg(hidden.map((row) => row.head))),
        changed && !noChange(delta) ? (0,format/* formatSignedKg */.Yz)(delta) : '—',
        `${changed ? `${(0,format/* formatWhole */.$X)(changed)} changed, ${(0,format/* formatWhole */.$X)(hidden.length - changed)} unchanged` : 'unchanged'}: ${where}`,
    ];
}
/** The collapsed table of every run, or of the `limit` that changed most when there are more. */
function allRunsTable(comparison, context, limit) {
    const runs = comparison.runs.length;
    if (runs <= limit)
        return collapsed(`All ${(0,format/* formatWhole */.$X)(runs)} runs`, table(comparison.runs.map((row) => runRow(row, context))));
    const { shown, hidden } = foldRows(comparison, limit + 1);
    const rows = [...shown.map((row) => runRow(row, context)), moreRow(comparison, hidden, ELSEWHERE)];
    return collapsed(`All ${(0,format/* formatWhole */.$X)(runs)} runs (${(0,format/* formatWhole */.$X)(shown.length)} listed here: the largest changes)`, table(rows));
}
function totalRow(comparison) {
    const total = comparison.head.total.co2eKg;
    return [
        '**Total**',
        comparison.base ? `**${(0,format/* formatKg */.KC)(comparison.base.total.co2eKg.value)}**` : '—',
        comparison.head.runs.length ? `**${(0,format/* formatKg */.KC)(total.value)}**` : '—',
        comparison.base && !noChange(comparison.delta.co2eKg) ? `**${(0,format/* formatSignedKg */.Yz)(comparison.delta.co2eKg)}**` : '',
        comparison.head.runs.length ? `range ${(0,format/* formatRange */.Lu)(total, format/* formatKg */.KC)}` : 'no runs in this PR',
    ];
}
function runTable(comparison, context, limits) {
    const { shown, hidden } = foldRows(comparison, MAX_RUN_ROWS);
    const rows = shown.map((row) => runRow(row, context));
    const listedBelow = comparison.runs.length <= limits.allRuns ? 'all runs below' : 'the largest changes below';
    if (hidden.length)
        rows.push(moreRow(comparison, hidden, listedBelow));
    rows.push(totalRow(comparison));
    const allRuns = hidden.length ? allRunsTable(comparison, context, limits.allRuns) : undefined;
    return { table: table(rows), ...(allRuns ? { allRuns } : {}) };
}
/** One callout for every rule the PR changes: a warning when any is raised or removed. */
function budgetChangeNotes(budget) {
    if (!budget.changes.length)
        return [];
    let raisesAny = false;
    const changes = budget.changes.map((change) => {
        const rule = markdown_RULES[change.rule] ?? { name: change.rule, unit: format/* formatNumber */.ZV };
        const from = change.from === undefined ? 'unset' : rule.unit(change.from);
        const raises = change.to === undefined || (change.from !== undefined && change.to > change.from);
        raisesAny ||= raises;
        if (change.to === undefined)
            return `**removes** the budget \`${rule.name}\` (was ${from})`;
        const verb = raises ? '**raises**' : change.from === undefined ? 'sets' : 'lowers';
        return `${verb} the budget \`${rule.name}\` from ${from} to ${rule.unit(change.to)}`;
    });
    const listed = changes.length === 1 ? changes[0] : `${changes.slice(0, -1).join(', ')} and ${changes.at(-1)}`;
    return [
        `> [!${raisesAny ? 'WARNING' : 'NOTE'}]\n> This PR ${listed}. The base branch's budget stays in force for this PR.`,
    ];
}
function budgetSection(budget) {
    const lines = budgetChangeNotes(budget);
    const status = budget.status;
    if (status === 'error') {
        const reasons = budget.reasons.length ? budget.reasons.map(report_escape/* prose */.CS).join('; ') : 'the reason was not recorded';
        lines.push(`> [!CAUTION]\n> **The budget could not be checked**, so this PR does not pass the gate: ${reasons}.`);
        return lines.join('\n\n');
    }
    if (status === 'none')
        return lines.join('\n\n');
    const authority = {
        base: "the base branch's manifest",
        head: "this PR's manifest (no manifest on base)",
        override: 'the workflow inputs',
        none: '',
    }[budget.authority];
    const icon = { pass: '✅', warn: '⚠️', fail: '❌' };
    lines.push([
        `**Budget** (from ${authority}, judged on central values):`,
        ...budget.checks.map((check) => `- ${icon[check.status]} ${(0,report_escape/* prose */.CS)(check.message)}`),
    ].join('\n'));
    return lines.join('\n\n');
}
/** What the total is made of, in one line under the table (whose Total row carries the range). */
function compositionLine(comparison) {
    const total = comparison.head.total;
    const serving = total.inferenceCo2eKg.value;
    const split = serving > 0 ? `Training ${(0,format/* formatKg */.KC)(total.trainingCo2eKg.value)}, serving ${(0,format/* formatKg */.KC)(serving)}; ` : '';
    // Measured figures carry 📏, explained by the collapsed "Measured vs estimated" section; without any, say so.
    const basis = comparison.head.runs.some((run) => run.basis === 'measured')
        ? ''
        : ' All estimated (no measured logs).';
    return `${split}${(0,format/* formatKwh */.c3)(total.energyKwh.value)} of facility energy; ${carEquivalent(total.co2eKg)}.${basis}`;
}
function render(comparison, options, limits) {
    const headRuns = comparison.head.runs;
    const readFiles = new Set(options.manifestsRead ?? (headRuns.length ? comparison.head.manifest.split(', ') : []));
    const problems = problemsSection(options.problems ?? [], readFiles, limits.problems, ELSEWHERE);
    const errors = (options.problems ?? []).filter((problem) => problem.severity === 'error');
    const context = { inputs: options.inputs, runsLeftOut: leavesRunsOut(errors, readFiles) };
    const runs = runTable(comparison, context, limits);
    const aboveFold = [
        `### 🌱 ml-carbon: ${verdictLine(comparison, errors.length)}`,
        options.context ?? '',
        problems.aboveFold,
        budgetSection(comparison.budget),
        headRuns.length || comparison.runs.length ? runs.table : '',
        headRuns.length ? compositionLine(comparison) : '',
        options.advice ? renderTopAdvice(options.advice) : '',
    ];
    const belowFold = [
        problems.collapsed,
        runs.allRuns ?? '',
        options.advice ? renderAdviceDetails(options.advice) : '',
        renderMeasuredSection(comparison),
        ...(options.sections ?? []),
        headRuns.length ? renderPerRunDetails(headRuns, limits.runDetails, ELSEWHERE) : '',
        renderMethodology(headRuns),
    ];
    return `${[...aboveFold, ...belowFold]
        .filter((section) => section.trim() !== '')
        .map(unbroken)
        .join('\n\n')}\n`;
}
/** The PR comment; past `options.maxChars` the long lists are shortened, each saying where the rest is. */
function renderReport(comparison, options = {}) {
    const maxChars = options.maxChars ?? COMMENT_REPORT_CHARS;
    let markdown = '';
    for (const limits of LIST_LIMITS) {
        markdown = render(comparison, options, limits);
        if (markdown.length <= maxChars)
            break;
    }
    return markdown;
}

;// CONCATENATED MODULE: ./build/report/json.js
/** Must equal json-contract.ts SCHEMA_VERSION: the contract's literal type rejects any other value. */
const SCHEMA_VERSION = 2;
/**
 * Items listed once, each with an id (prefix + position) that is handed out again for an equal item. An item is
 * known by its fields in a fixed order, looked up through one map per field (cheaper than a JSON key per item):
 * equal fields give equal JSON and vice versa, as non-finite numbers (null in JSON) are looked up as null.
 */
class ListedOnce {
    prefix;
    items = [];
    ids = new Map();
    constructor(prefix) {
        this.prefix = prefix;
    }
    idOf(fields, item) {
        let level = this.ids;
        const last = fields.length - 1;
        for (let index = 0; index < last; index++) {
            const key = asJson(fields[index]);
            let next = level.get(key);
            if (next === undefined) {
                next = new Map();
                level.set(key, next);
            }
            level = next;
        }
        const key = asJson(fields[last]);
        let id = level.get(key);
        if (id === undefined) {
            id = `${this.prefix}${this.items.length + 1}`;
            level.set(key, id);
            this.items.push({ id, ...item() });
        }
        return id;
    }
}
const asJson = (field) => (typeof field === 'number' && !Number.isFinite(field) ? null : field);
/** Each distinct citation and each distinct assumption gets one id, in order of first use. */
class SharedTables {
    sourceList = new ListedOnce('s');
    assumptionList = new ListedOnce('a');
    caveatList = new ListedOnce('c');
    sources = this.sourceList.items;
    caveats = this.caveatList.items;
    caveatId(text) {
        return this.caveatList.idOf([text], () => ({ text }));
    }
    assumptions = this.assumptionList.items;
    sourceId({ source, year, url, claim }) {
        return this.sourceList.idOf([source, year, url, claim], () => ({
            source,
            year,
            ...(url === undefined ? {} : { url }),
            ...(claim === undefined ? {} : { claim }),
        }));
    }
    assumptionId({ name, value, unit, low, high, origin, ...source }) {
        const sourceId = this.sourceId(source);
        return this.assumptionList.idOf([name, value, unit, low, high, origin, sourceId], () => ({
            name,
            value,
            unit,
            ...(low === undefined ? {} : { low }),
            ...(high === undefined ? {} : { high }),
            origin,
            sourceId,
        }));
    }
}
/** Computed figures: 6 significant digits, integers as they are. */
const figure = (value) => (Number.isInteger(value) ? value : Number(value.toPrecision(6)));
/** Every number in `value` (plain data: objects, arrays, numbers, strings) as a figure. */
function figures(value) {
    if (typeof value === 'number')
        return figure(value);
    if (Array.isArray(value))
        return value.map(figures);
    if (value !== null && typeof value === 'object') {
        const copy = {};
        for (const key of Object.keys(value)) {
            const item = figures(value[key]);
            // A data property even for "__proto__", as Object.fromEntries would make it.
            if (key === '__proto__')
                Object.defineProperty(copy, key, { value: item, enumerable: true, writable: true, configurable: true });
            else
                copy[key] = item;
        }
        return copy;
    }
    return value;
}
/** `value` with the low/high spread of `like` (same ratios); a zero `like` gives an exact figure. */
function withSpreadOf(value, like) {
    if (like.value === 0)
        return { value, low: value, high: value };
    const low = value * (like.low / like.value);
    const high = value * (like.high / like.value);
    return { value, low: Math.min(low, high), high: Math.max(low, high) };
}
function adviceJson(advice, tables) {
    const { evidence, caveat, ...rest } = advice;
    return {
        ...rest,
        caveatId: tables.caveatId(caveat),
        evidenceIds: evidence.map((item) => tables.sourceId(item)),
    };
}
function runJson(run, tables) {
    const { inference, measured, advice, adviceCombined } = run;
    return {
        id: run.id,
        basis: run.basis,
        ...(run.flops === undefined ? {} : { flops: run.flops }),
        accelerator: run.accelerator,
        acceleratorCount: run.acceleratorCount,
        repeats: run.repeats,
        ...(run.location === undefined ? {} : { location: run.location }),
        carbonIntensityGPerKwh: run.carbonIntensityGPerKwh,
        pue: run.pue,
        acceleratorHours: run.acceleratorHours,
        energyKwh: run.energyKwh,
        co2eKg: run.co2eKg,
        breakdown: run.breakdown,
        ...(inference
            ? {
                inference: {
                    days: inference.days,
                    tokensPerDay: inference.tokensPerDay,
                    accelerator: inference.accelerator,
                    replicas: inference.replicas,
                    acceleratorsPerReplica: inference.acceleratorsPerReplica,
                    acceleratorHours: inference.acceleratorHours,
                    energyKwh: inference.energyKwh,
                    co2eKg: inference.co2eKg,
                    breakdown: inference.breakdown,
                    busyOnly: inference.busyOnly,
                },
            }
            : {}),
        ...(run.marketBasedOperationalCo2eKg === undefined
            ? {}
            : { marketBasedOperationalCo2eKg: withSpreadOf(run.marketBasedOperationalCo2eKg, run.co2eKg) }),
        ...(measured ? { measured } : {}),
        assumptionIds: run.assumptions.map((assumption) => tables.assumptionId(assumption)),
        notes: run.notes,
        ...(advice ? { advice: advice.map((item) => adviceJson(item, tables)) } : {}),
        ...(adviceCombined ? { adviceCombined } : {}),
    };
}
function sideJson(estimate, tables) {
    return figures({
        manifest: estimate.manifest,
        runs: estimate.runs.map((run) => runJson(run, tables)),
        total: estimate.total,
        ...(estimate.calibration ? { calibration: estimate.calibration } : {}),
    });
}
const RULE_NAMES = {
    total_co2e_kg: 'totalCo2eKg',
    per_run_co2e_kg: 'perRunCo2eKg',
    max_increase_percent: 'maxIncreasePercent',
    warn_increase_percent: 'warnIncreasePercent',
};
function budgetJson(budget) {
    return {
        status: budget.status,
        authority: budget.authority,
        limits: budget.limits,
        checks: budget.checks.map((check) => ({ ...check, rule: RULE_NAMES[check.rule], actual: figure(check.actual) })),
        reasons: budget.reasons,
        changes: budget.changes,
    };
}
function estimateJson(estimate, problems = []) {
    const tables = new SharedTables();
    const head = sideJson(estimate, tables);
    return {
        schemaVersion: SCHEMA_VERSION,
        kind: 'estimate',
        head,
        assumptions: tables.assumptions,
        sources: tables.sources,
        caveats: tables.caveats,
        problems,
    };
}
function reportJson(comparison, problems = []) {
    const tables = new SharedTables();
    const head = sideJson(comparison.head, tables);
    const base = comparison.base ? sideJson(comparison.base, tables) : null;
    return {
        schemaVersion: SCHEMA_VERSION,
        kind: 'compare',
        head,
        base,
        changes: comparison.runs.map(({ id, change, previousId, deltaCo2eKg, deltaPercent }) => ({
            id,
            change,
            ...(previousId === undefined ? {} : { previousId }),
            deltaCo2eKg: figure(deltaCo2eKg),
            deltaPercent: deltaPercent === null ? null : figure(deltaPercent),
        })),
        delta: figures(comparison.delta),
        budget: budgetJson(comparison.budget),
        assumptions: tables.assumptions,
        sources: tables.sources,
        caveats: tables.caveats,
        problems,
    };
}

;// CONCATENATED MODULE: ./build/pipeline.js
// Manifest(s) -> estimate -> compare -> report, for head and (optionally) base. Reads files only through FileReaders,
// so the same pipeline runs on a local checkout, on git objects at the base SHA, or on the REST contents API.









/** Several manifests (a monorepo) are reported together; their run ids are prefixed by the manifest's folder. */
function prefixFor(path, manifestCount) {
    if (manifestCount < 2)
        return '';
    const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '.';
    return `${folder}:`;
}
const NO_LOGS = { measurements: new Map(), problems: [] };
/**
 * The logs a manifest names and the inputs its files state (config.json, log metadata), read before validation:
 * they may supply what the manifest leaves out. The log parsers load only for a manifest that names files.
 */
async function readFilesOf(text, yaml, path, files) {
    const references = manifestReferences(text, path, yaml);
    if (!references.some((run) => run.logs.length || run.config !== undefined))
        return { logs: NO_LOGS };
    const [{ readRunLogs }, { gatherRunFacts }] = await Promise.all([
        __webpack_require__.e(/* import() */ 121).then(__webpack_require__.bind(__webpack_require__, 8121)),
        __webpack_require__.e(/* import() */ 215).then(__webpack_require__.bind(__webpack_require__, 1215)),
    ]);
    const logs = await readRunLogs({ file: path, runs: references }, files);
    return { logs, facts: await gatherRunFacts(path, references, files, logs.measurements) };
}
const freshReuse = (estimate = estimateRun) => ({ estimate, manifests: new Map() });
/** Files (or API responses) read while earlier manifests are parsed: this many ahead of the one being parsed. */
const READ_AHEAD = 8;
/**
 * `fetch` of each item, started up to READ_AHEAD items before it is asked for, so waiting on the disk or the network
 * overlaps the work on the items before it. Items are still taken in order; a failure surfaces when its item is.
 */
function fetchAhead(items, fetch) {
    const started = new Map();
    const start = (index) => {
        if (index >= items.length || started.has(index))
            return;
        const promise = fetch(items[index]);
        promise.catch(() => { }); // observed when its turn comes; no unhandled rejection for one never reached
        started.set(index, promise);
    };
    return (index) => {
        for (let ahead = index; ahead <= index + READ_AHEAD; ahead++)
            start(ahead);
        const promise = started.get(index);
        started.delete(index);
        return promise;
    };
}
/** The manifests of a side, parsed, with their logs; `present` counts the files that exist (parsed or not). */
async function loadManifests(source, reuse) {
    const manifests = [];
    const logs = [];
    const problems = [];
    const files = source.files;
    let present = 0;
    const fetched = fetchAhead(source.manifestPaths, async (path) => {
        const refusal = await files.refuse?.(path);
        return refusal ? { refusal } : { text: await files.readText(path) };
    });
    for (const [index, path] of source.manifestPaths.entries()) {
        const { refusal, text } = await fetched(index);
        if (refusal) {
            // The content of a file outside the repository is never read, so never quoted.
            present++;
            problems.push({
                file: path,
                severity: 'error',
                message: `manifest refused: ${refusal}`,
                hint: /folder/.test(refusal)
                    ? `name the manifest file, e.g. ${path.replace(/\/+$/, '')}/ml-carbon.yml`
                    : 'the manifest must live in the repository; commit the file itself instead of a link',
            });
            continue;
        }
        if (text === undefined)
            continue;
        present++;
        const key = `${path}\u0000${text}`;
        const known = reuse.manifests.get(key);
        let parsed;
        let runLogs = NO_LOGS;
        if (known && 'alone' in known)
            parsed = known.alone;
        else {
            const yaml = known?.yaml ?? readManifestYaml(text, path);
            const read = await readFilesOf(text, yaml, path, files);
            runLogs = read.logs;
            parsed = parseManifest(text, path, { facts: read.facts, yaml });
            // Without inputs from its files (none named) a parse depends on path and text only: kept instead of the YAML.
            reuse.manifests.set(key, read.facts ? { yaml } : { alone: parsed });
        }
        for (const problem of parsed.problems)
            problems.push(problem);
        if (!parsed.manifest)
            continue;
        manifests.push(parsed.manifest);
        logs.push(runLogs);
    }
    return { manifests, logs, problems, present };
}
async function loadSide(source, reuse = freshReuse()) {
    const loaded = await loadManifests(source, reuse);
    const { manifests } = loaded;
    const problems = [...loaded.problems];
    const files = { manifestFiles: loaded.present, manifestProblems: loaded.problems };
    if (!manifests.length)
        return { manifests, problems, ...files };
    const estimates = [];
    for (const [index, manifest] of manifests.entries()) {
        const logs = loaded.logs[index];
        for (const problem of logs.problems)
            problems.push(problem);
        estimates.push(estimateManifestWithLogs(manifest, logs.measurements, reuse.estimate));
    }
    const runs = estimates.flatMap((estimate, index) => {
        const prefix = prefixFor(manifests[index].file, manifests.length);
        return estimate.runs.map((run) => ({ ...run, id: `${prefix}${run.id}` }));
    });
    const calibration = estimates.find((estimate) => estimate.calibration)?.calibration;
    const estimate = {
        manifest: manifests.map((manifest) => manifest.file).join(', '),
        runs,
        total: totalOf(runs),
        ...(calibration ? { calibration } : {}),
    };
    return { estimate, manifests, problems, ...files };
}
/** Budgets merge across manifests by taking the strictest limit of each rule. */
/** Measured figures implausibly below their run's estimate are flagged; the gate judges the estimate (compare/budget.ts). */
function distrustWarnings(head) {
    const kg = (value) => `${Number(value.toPrecision(3))} kg`;
    return distrustedMeasurements(head).map((entry) => ({
        file: entry.files.join(', '),
        severity: 'warning',
        message: `run "${entry.run}": the measured figures are implausible, more than ${IMPLAUSIBLY_LOW_FACTOR}× below the low end of the run's estimate; the budget is checked on the estimated ${kg(entry.estimatedKg)} CO2e instead of the measured ${kg(entry.measuredKg)}`,
        hint: 'check that the log is complete, belongs to this run, and was not edited',
    }));
}
function budgetOf(manifests) {
    const budgets = manifests
        .map((manifest) => manifest.budget)
        .filter((budget) => budget !== undefined);
    if (!budgets.length)
        return undefined;
    const strictest = (pick) => {
        const values = budgets.map(pick).filter((value) => value !== undefined);
        return values.length ? Math.min(...values) : undefined;
    };
    return {
        totalCo2eKg: strictest((budget) => budget.totalCo2eKg),
        perRunCo2eKg: strictest((budget) => budget.perRunCo2eKg),
        maxIncreasePercent: strictest((budget) => budget.maxIncreasePercent),
        warnIncreasePercent: strictest((budget) => budget.warnIncreasePercent),
    };
}
const EMPTY_ESTIMATE = (manifest) => ({ manifest, runs: [], total: totalOf([]) });
/** The parsed runs of a side by the ids the estimate uses (prefixed by folder in a monorepo). */
function runsById(side) {
    const byId = new Map();
    for (const manifest of side?.manifests ?? []) {
        const prefix = prefixFor(manifest.file, side.manifests.length);
        for (const run of manifest.runs)
            byId.set(`${prefix}${run.id}`, run);
    }
    return byId;
}
async function analyze(options) {
    // Runs estimated more than once in this analysis (advice, runs equal in base and head) are estimated once.
    const reuse = freshReuse(options.estimator ?? rememberingEstimator());
    const { estimate } = reuse;
    const head = await loadSide(options.head, reuse);
    // The PR-wide summary is only shown in the markdown: computed on first use, so `--json` never pays for it.
    let prAdvice;
    if (head.estimate) {
        // Advice re-estimates runs the way the report did: with the repository's observed calibration only where it applied.
        const observed = head.estimate.calibration;
        const calibration = observed?.appliedTo.length ? observed : undefined;
        const runs = head.manifests.flatMap((manifest) => manifest.runs);
        const advised = attachAdvice(head.estimate, runs, { estimateOptions: { calibration }, estimate });
        head.estimate = advised;
        prAdvice = () => advisePullRequest(advised, runs, { estimateOptions: { calibration }, estimate });
    }
    const base = options.base ? await loadSide(options.base, reuse) : undefined;
    if (!head.manifests.length && !head.problems.length) {
        head.problems.push({
            file: options.head.manifestPaths.join(', ') || 'ml-carbon.yml',
            severity: 'error',
            message: 'no manifest found',
            hint: 'create ml-carbon.yml at the repository root, or give the path of yours',
        });
    }
    head.problems.unshift(...(options.headProblems ?? []));
    const tipSource = options.budgetSource ?? options.base;
    const tip = options.budgetUnknown || !tipSource
        ? undefined
        : tipSource === options.base && base
            ? { manifests: base.manifests, problems: base.manifestProblems, present: base.manifestFiles }
            : await loadManifests(tipSource, reuse);
    const tipHasManifest = tip !== undefined && tip.present > 0;
    const budgetKnown = !options.budgetUnknown && !tip?.problems.some((problem) => problem.severity === 'error');
    const budgets = {
        base: tip && budgetOf(tip.manifests),
        // With the base unknown the PR's budget is neither in force nor a "change" against anything.
        head: options.budgetUnknown ? undefined : budgetOf(head.manifests),
        override: options.budgetOverride,
        // The tip decides whose budget is in force, whatever commit the numbers are compared with.
        baseHasManifest: options.budgetUnknown ? true : tipSource ? tipHasManifest : undefined,
    };
    const compared = compareEstimates(base?.estimate, head.estimate ?? EMPTY_ESTIMATE(options.head.manifestPaths.join(', ')), budgets);
    // The gate fails closed: with the budget in force unknown, the verdict says so instead of judging by what is left.
    const comparison = budgetKnown
        ? compared
        : {
            ...compared,
            budget: {
                ...compared.budget,
                status: 'error',
                reasons: [
                    options.budgetUnknown
                        ? 'the base branch could not be read, so the budget in force is unknown'
                        : "the base branch's manifest has errors, so the budget in force is unknown",
                ],
            },
        };
    head.problems.push(...distrustWarnings(compared.head));
    const baseProblems = (base?.problems ?? []).map((problem) => ({
        ...problem,
        severity: 'warning',
        message: `(base branch) ${problem.message}`,
    }));
    const problems = head.problems;
    const reported = [...problems, ...baseProblems];
    const inputs = { base: runsById(base), head: runsById(head) };
    let markdown;
    let fullMarkdown;
    let json;
    let advice;
    const render = (maxChars) => {
        advice ??= prAdvice?.();
        return renderReport(comparison, {
            problems: reported,
            context: options.context,
            inputs,
            manifestsRead: head.manifests.map((manifest) => manifest.file),
            ...(advice ? { advice } : {}),
            sections: options.extraSections?.(comparison) ?? [],
            ...(maxChars === undefined ? {} : { maxChars }),
        });
    };
    return {
        comparison,
        head,
        base,
        /** Rendered on first use: `--json` and the CLI's text output never pay for it. */
        get markdown() {
            markdown ??= render();
            return markdown;
        },
        get fullMarkdown() {
            fullMarkdown ??= render(Number.POSITIVE_INFINITY);
            return fullMarkdown;
        },
        /** Built on first use: the CLI's markdown and text output never pay for it (the action and `--json` do). */
        get json() {
            json ??= reportJson(comparison, problems);
            return json;
        },
        problems,
        hasErrors: problems.some((problem) => problem.severity === 'error'),
        budgetKnown,
    };
}


/***/ }),

/***/ 2782:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jp: () => (/* binding */ kwhFromJoules),
/* harmony export */   Ju: () => (/* binding */ co2eKgOf),
/* harmony export */   K4: () => (/* binding */ kwhFromWattHours),
/* harmony export */   LB: () => (/* binding */ kgFromGrams),
/* harmony export */   N6: () => (/* binding */ hoursFromSeconds),
/* harmony export */   NG: () => (/* binding */ SECONDS_PER_HOUR),
/* harmony export */   Z0: () => (/* binding */ intensityGPerKwhOf)
/* harmony export */ });
// One helper per unit family, so each conversion is written once.
const SECONDS_PER_HOUR = 3600;
const JOULES_PER_KWH = 3.6e6;
const WATT_HOURS_PER_KWH = 1000;
const GRAMS_PER_KG = 1000;
const hoursFromSeconds = (seconds) => seconds / SECONDS_PER_HOUR;
const kwhFromJoules = (joules) => joules / JOULES_PER_KWH;
/** Watts x hours -> kWh. */
const kwhFromWattHours = (wattHours) => wattHours / WATT_HOURS_PER_KWH;
const kgFromGrams = (grams) => grams / GRAMS_PER_KG;
/** kg CO2e of `kwh` at `gPerKwh`. */
const co2eKgOf = (kwh, gPerKwh) => (kwh * gPerKwh) / GRAMS_PER_KG;
/** gCO2e/kWh of `co2eKg` emitted for `kwh`. */
const intensityGPerKwhOf = (co2eKg, kwh) => (co2eKg / kwh) * GRAMS_PER_KG;


/***/ })

};
