// NVIDIA GeForce RTX 30/40/50 and workstation cards people train on at their desks, added for issue 12. GeForce
// tensor rates are dense with FP32 accumulation (what training uses; half the FP16-accumulate rate NVIDIA headlines),
// derived from NVIDIA's "AI TOPS" (sparse INT8 on Ada, sparse FP4 on Blackwell) and checked against 2 x FP32.
import type { Accelerator } from './types.js';
import { GEFORCE_SPEC } from './accelerator-sources.js';
import { nvidia } from './accelerators-nvidia.js';

const GEFORCE_PAGE = (series: string, page: string) =>
  `https://www.nvidia.com/en-us/geforce/graphics-cards/${series}-series/${page}/`;

interface GeForce {
  id: string;
  model: string;
  releaseYear: number;
  memoryGb: number;
  generation: 'ampere' | 'ada' | 'blackwell';
  tdpWatts: number;
  fp32: number;
  /** Dense INT8 TOP/s: NVIDIA's AI TOPS halved (Ada: sparse INT8) or quartered (Blackwell: sparse FP4). */
  int8: number;
  url: string;
}

function geforce(card: GeForce): Accelerator {
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

export const RTX_ACCELERATORS: Accelerator[] = [
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
    peakSource:
      'NVIDIA RTX 6000 Ada Generation datasheet: FP32 91.1 TFLOP/s, FP8 tensor 1,457 with sparsity, halved; bf16 and tf32 at 1/2 and 1/4 of FP8 (U)',
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
    tdpSource:
      'NVIDIA GH200 Grace Hopper Superchip datasheet: module power configurable 450-1,000 W, including the Grace CPU and its memory, so the host share is partly counted twice (U)',
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
