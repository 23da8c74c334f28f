import { describe, expect, it } from 'vitest';
import {
  ACCELERATORS,
  ACCELERATOR_NAMES,
  getAccelerator,
  normalizeAcceleratorName,
  resolveAccelerator,
} from '../../src/data/accelerators.js';
import { bottomUpEmbodied } from '../../src/data/accelerator-sources.js';

const idOf = (name: string) => resolveAccelerator(name).found?.id;

describe('accelerator names', () => {
  it('resolves every alias named in issue 5', () => {
    expect(idOf('H100')).toBe('H100-SXM5-80GB');
    expect(idOf('h100-80gb')).toBe('H100-SXM5-80GB');
    expect(idOf('NVIDIA H100 80GB HBM3')).toBe('H100-SXM5-80GB');
    expect(idOf('A100 80GB')).toBe('A100-SXM4-80GB');
    expect(idOf('a100-sxm4-40gb')).toBe('A100-SXM4-40GB');
    expect(idOf('TPU v3')).toBe('TPU-v3');
    expect(idOf('tpu-v4')).toBe('TPU-v4');
    expect(idOf('RTX 4090')).toBe('RTX-4090');
  });

  it('resolves the names nvidia-smi and CodeCarbon print', () => {
    const expected: Record<string, string> = {
      'Tesla V100-SXM2-16GB': 'V100-SXM2-16GB',
      'Tesla V100-SXM2-32GB': 'V100-SXM2-32GB',
      'Tesla V100-PCIE-32GB': 'V100-PCIE-32GB',
      'Tesla P100-PCIE-16GB': 'P100-PCIE-16GB',
      'Tesla T4': 'T4',
      'Tesla P40': 'P40',
      'NVIDIA A10G': 'A10G',
      'NVIDIA A100-SXM4-40GB': 'A100-SXM4-40GB',
      'NVIDIA A100-SXM4-80GB': 'A100-SXM4-80GB',
      'NVIDIA A100 80GB PCIe': 'A100-PCIE-80GB',
      'NVIDIA A100-PCIE-40GB': 'A100-PCIE-40GB',
      'NVIDIA H100 PCIe': 'H100-PCIE-80GB',
      'NVIDIA H100 NVL': 'H100-NVL',
      'NVIDIA H200': 'H200-SXM-141GB',
      'NVIDIA L40S': 'L40S',
      'NVIDIA GeForce RTX 3090': 'RTX-3090',
      'NVIDIA RTX A6000': 'RTX-A6000',
      'NVIDIA GeForce RTX 3080 Ti 1 device(s)': 'RTX-3080-TI',
      'Apple M1 Max': 'Apple-M1-Max',
      'AMD Instinct MI300X': 'MI300X',
    };
    for (const [name, id] of Object.entries(expected)) expect(idOf(name), name).toBe(id);
  });

  it('ignores case, punctuation, vendor words and a leading count', () => {
    expect(normalizeAcceleratorName('NVIDIA A100-SXM4-80GB')).toBe(normalizeAcceleratorName('a100 sxm4 80gb'));
    expect(idOf('8x H100')).toBe('H100-SXM5-80GB');
    expect(idOf('  tpu V4 ')).toBe('TPU-v4');
  });

  it('answers an unknown name with did-you-mean suggestions', () => {
    const typo = resolveAccelerator('H10O');
    expect(typo.found).toBeUndefined();
    expect(!typo.found && typo.suggestions).toContain('H100-SXM5-80GB');
    const unknownModel = resolveAccelerator('rtx 4085');
    expect(!unknownModel.found && unknownModel.suggestions).toContain('RTX-4080');
    const nonsense = resolveAccelerator('quantum-annealer-9000');
    expect(!nonsense.found && nonsense.suggestions).toEqual([]);
    expect(() => getAccelerator('nope')).toThrow(/unknown accelerator/);
  });

  it('never lets two accelerators claim the same spelling', () => {
    for (const accelerator of ACCELERATORS) {
      for (const name of [accelerator.id, accelerator.name, ...accelerator.aliases]) {
        expect(ACCELERATOR_NAMES.get(normalizeAcceleratorName(name))?.id, name).toBe(accelerator.id);
      }
    }
  });
});

describe('accelerator table', () => {
  it('covers at least 40 accelerators with unique ids, including every family the issue names', () => {
    expect(ACCELERATORS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(ACCELERATORS.map((a) => a.id)).size).toBe(ACCELERATORS.length);
    const required = [
      'V100 SXM2',
      'V100 PCIe',
      'T4',
      'P100',
      'P40',
      'A10',
      'A10G',
      'A30',
      'A40',
      'L4',
      'L40S',
      'A100 PCIe 40GB',
      'A100 80GB PCIe',
      'A100-SXM4-40GB',
      'A100-SXM4-80GB',
      'A800',
      'H100 PCIe',
      'H100 SXM',
      'H100 NVL',
      'H800',
      'H200',
      'B200',
      'GB200',
      'RTX 3090',
      'RTX 4090',
      'RTX A6000',
      'MI250X',
      'MI300X',
      'TPU v2',
      'TPU v3',
      'TPU v4',
      'TPU v5e',
      'TPU v5p',
      'TPU v6e',
      'Trainium',
      'Trainium2',
      'Inferentia2',
      'M1 Max',
      'M2 Max',
      'M3 Max',
      'cpu',
    ];
    for (const name of required) expect(idOf(name), name).toBeDefined();
  });

  it('gives every entry a sourced TDP, sourced peaks and plausible metadata', () => {
    for (const a of ACCELERATORS) {
      expect(a.tdpWatts.value, a.id).toBeGreaterThan(0);
      expect(a.tdpWatts.source.length, a.id).toBeGreaterThan(10);
      expect(a.peakTflops.source.length, a.id).toBeGreaterThan(10);
      for (const year of [a.tdpWatts.year, a.peakTflops.year, a.releaseYear]) {
        expect(year, a.id).toBeGreaterThanOrEqual(2015);
        expect(year, a.id).toBeLessThanOrEqual(2026);
      }
      expect(Object.keys(a.peakTflops.value).length, a.id).toBeGreaterThan(0);
      if (a.embodiedKgCo2e) {
        expect(a.embodiedKgCo2e.low, a.id).toBeLessThanOrEqual(a.embodiedKgCo2e.value);
        expect(a.embodiedKgCo2e.high, a.id).toBeGreaterThanOrEqual(a.embodiedKgCo2e.value);
      }
    }
  });

  it('keeps dense peaks ordered as the hardware is: fp32 <= tf32 <= fp16/bf16 <= fp8 <= int8', () => {
    for (const a of ACCELERATORS) {
      const p = a.peakTflops.value;
      const halfPrecision = Math.max(p.fp16 ?? 0, p.bf16 ?? 0);
      if (p.fp32 && p.tf32) expect(p.tf32, a.id).toBeGreaterThanOrEqual(p.fp32);
      if (p.tf32 && halfPrecision) expect(halfPrecision, a.id).toBeGreaterThanOrEqual(p.tf32);
      if (p.fp32 && halfPrecision) expect(halfPrecision, a.id).toBeGreaterThanOrEqual(p.fp32);
      if (p.fp8 && p.bf16) expect(p.fp8, a.id).toBeGreaterThanOrEqual(p.bf16);
      if (p.int8 && p.fp8) expect(p.int8, a.id).toBeGreaterThanOrEqual(p.fp8);
      if (p.int8 && halfPrecision) expect(p.int8, a.id).toBeGreaterThanOrEqual(halfPrecision);
    }
  });

  it('stores dense, not sparse, figures (NVIDIA sparse = 2x dense)', () => {
    // REFERENCE_DATA.md §1.1: H100 SXM bf16 1,979 with sparsity -> 989.4 dense; fp8 3,958 -> 1,979.
    expect(getAccelerator('H100').peakTflops.value.bf16).toBe(989.4);
    expect(getAccelerator('H100').peakTflops.value.fp8).toBe(1979);
    // A100: 624 sparse bf16 -> 312 dense; L4: 242 sparse fp16 -> 121 dense; B200: 4,500 sparse bf16 -> 2,250.
    expect(getAccelerator('A100').peakTflops.value.bf16).toBe(312);
    expect(getAccelerator('L4').peakTflops.value.fp16).toBe(121);
    expect(getAccelerator('B200').peakTflops.value.bf16).toBe(2250);
    expect(getAccelerator('TPU v4').peakTflops.value.bf16).toBe(275);
  });

  it('flags 2:4 sparsity on Ampere and newer, not on Volta or TPUs', () => {
    expect(getAccelerator('A100').structuredSparsity).toBe(true);
    expect(getAccelerator('H100').structuredSparsity).toBe(true);
    expect(getAccelerator('V100').structuredSparsity).toBeFalsy();
    expect(getAccelerator('TPU v4').structuredSparsity).toBeFalsy();
  });

  it('marks unverified figures as the reference data does', () => {
    expect(getAccelerator('TPU v5p').tdpWatts.source).toMatch(/\(U/);
    expect(getAccelerator('MI300X').peakTflops.source).toMatch(/\(U/);
    expect(getAccelerator('H100').peakTflops.source).toMatch(/\(V\)/);
  });
});

describe('embodied carbon per card', () => {
  it('scales the memory share of a Boavizta reference card', () => {
    // A100 SXM4 40 GB: 182 kg memory + 77 kg die + 15 kg rest = 274 kg; at 80 GB: 182 x 2 + 77 + 15 = 456 kg.
    expect(bottomUpEmbodied('a100Sxm40', 40).value).toBe(274);
    expect(bottomUpEmbodied('a100Sxm40', 80).value).toBe(456);
    // H200 141 GB from H100 80 GB: 431 x 141/80 = 759.6 + 120 + 25 = 904.6 -> 905 kg.
    expect(getAccelerator('H200').embodiedKgCo2e?.value).toBe(905);
    expect(bottomUpEmbodied('a100Sxm40', 80).source).toMatch(/scaled from 40 GB to 80 GB/);
  });
});

describe('cards added for issue 12', () => {
  it.each([
    ['RTX 5090', 'RTX-5090'],
    ['NVIDIA GeForce RTX 5090', 'RTX-5090'],
    ['RTX 4080', 'RTX-4080'],
    ['NVIDIA GeForce RTX 4080 SUPER', 'RTX-4080-SUPER'],
    ['RTX 3080', 'RTX-3080'],
    ['RTX 6000 Ada', 'RTX-6000-ADA'],
    ['NVIDIA RTX 6000 Ada Generation', 'RTX-6000-ADA'],
    ['GH200', 'GH200'],
    ['NVIDIA H20', 'H20'],
    ['Gaudi 2', 'Gaudi2'],
    ['Intel Gaudi 3', 'Gaudi3'],
    ['AMD Instinct MI325X', 'MI325X'],
    ['v6e', 'TPU-v6e'],
  ])('%s resolves to %s, with sources a reader can open', (name, id) => {
    const accelerator = getAccelerator(name);
    expect(accelerator.id).toBe(id);
    expect(accelerator.tdpWatts.url).toMatch(/^https:\/\//);
    expect(accelerator.peakTflops.url).toMatch(/^https:\/\//);
    expect(accelerator.embodiedKgCo2e).toBeDefined();
  });

  it('derives GeForce tensor rates from FP32 and AI TOPS consistently', () => {
    // RTX 5090: FP32 104.8 -> bf16 with FP32 accumulation 209.6; AI TOPS 3,352 (sparse FP4) / 4 = 838 int8 dense.
    expect(getAccelerator('RTX 5090').peakTflops.value).toMatchObject({
      fp32: 104.8,
      bf16: 209.6,
      fp8: 419,
      int8: 838,
    });
    // RTX 4080: AI TOPS 780 (sparse INT8) / 2 = 390 dense; the same card's 4090 sibling keeps its sourced figures.
    expect(getAccelerator('RTX 4080').peakTflops.value).toMatchObject({ fp32: 48.7, bf16: 97.4, fp8: 195, int8: 390 });
    expect(getAccelerator('RTX 3080').peakTflops.value.fp8).toBeUndefined();
  });
});

describe('the accelerator list users are pointed at', () => {
  it('README.md carries exactly the table `ml-carbon accelerators` prints', async () => {
    const { readFileSync } = await import('node:fs');
    const { ACCELERATOR_LIST_NOTE, acceleratorListMarkdown } = await import('../../src/data/accelerator-list.js');
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const listed = readme.slice(
      readme.indexOf('<!-- accelerators:start -->') + '<!-- accelerators:start -->'.length,
      readme.indexOf('<!-- accelerators:end -->'),
    );
    // On a difference, regenerate with: npx tsx scripts/readme-accelerators.ts
    expect(listed).toBe(`\n${acceleratorListMarkdown()}\n\n${ACCELERATOR_LIST_NOTE}\n`);
    for (const accelerator of ACCELERATORS) expect(listed).toContain(`| \`${accelerator.id}\` |`);
  });

  it('the CLI prints it', async () => {
    const { runCli } = await import('../../src/cli/main.js');
    let stdout = '';
    const code = await runCli(['accelerators'], {
      stdout: (text) => {
        stdout += text;
      },
      stderr: () => {},
      cwd: '.',
    });
    expect(code).toBe(0);
    expect(stdout).toContain(
      '| `RTX-5090` | NVIDIA GeForce RTX 5090 | RTX 5090, NVIDIA GeForce RTX 5090, GeForce RTX 5090, 5090 | 575 |',
    );
  });
});
