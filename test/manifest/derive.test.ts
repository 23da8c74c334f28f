// Derived inputs (issue 12): numbers the repository's own files state, used where the manifest is silent, each
// shown with where it came from; an explicit manifest value always wins.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GuardedFileReader } from '../../src/logs/attach.js';
import { analyze } from '../../src/pipeline.js';

const fixture = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const LLAMA_2_7B = fixture('fixtures/config/llama-2-7b.json');
// CodeCarbon 2.3 file written by us: eight runs, 4 x A100-SXM4-40GB on gcp us-central1 (USA/iowa); the longest row
// of each run summed gives 301,680 s (checked with awk over the file).
const CODECARBON = fixture('../../fixtures/example/head/logs/sentiment-emissions.csv');

function memoryFiles(files: Record<string, string>): GuardedFileReader {
  return {
    async readText(path) {
      return files[path];
    },
    openStream(path) {
      const text = files[path];
      if (text === undefined) return undefined;
      return (async function* () {
        yield new TextEncoder().encode(text);
      })();
    },
  };
}

async function analyzeFiles(files: Record<string, string>) {
  const analysis = await analyze({ head: { manifestPaths: ['proj/ml-carbon.yml'], files: memoryFiles(files) } });
  const run = analysis.head.manifests[0]?.runs[0];
  return { analysis, run, estimate: analysis.head.estimate?.runs[0] };
}

const ONLY_FILES = `version: 1
runs:
  - id: finetune
    model: { config: model/config.json }
    logs: [logs/emissions.csv]
`;

describe('a manifest that only points at config.json and a CodeCarbon file', () => {
  it('gives a full estimate whose report says where each number came from', async () => {
    const { analysis, run, estimate } = await analyzeFiles({
      'proj/ml-carbon.yml': ONLY_FILES,
      'proj/model/config.json': LLAMA_2_7B,
      'proj/logs/emissions.csv': CODECARBON,
    });
    expect(analysis.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(run!.model.parameters).toBe(6_738_415_616);
    expect(run!.hardware).toMatchObject({ accelerator: 'A100-SXM4-40GB', count: 4 });
    expect(run!.location).toBe('gcp:us-central1');
    expect(run!.hardware.hours).toBeCloseTo(301_680 / 3600, 9);
    expect(run!.derived!.map((derived) => derived.field)).toEqual([
      'model.parameters',
      'hardware.accelerator',
      'hardware.count',
      'location',
      'hardware.hours',
    ]);
    expect(estimate!.co2eKg.value).toBeGreaterThan(0);
    expect(analysis.markdown).toContain(
      '`model.parameters` = 6.74B, from proj/model/config.json (llama: 32 layers, hidden 4096, 32 heads, vocab 32000, untied embeddings).',
    );
    expect(analysis.markdown).toContain(
      '`hardware.accelerator` = "NVIDIA A100-SXM4-40GB", from proj/logs/emissions.csv (gpu_model, gpu_count).',
    );
    expect(analysis.markdown).toMatch(/`location` = "gcp:us-central1", from proj\/logs\/emissions.csv/);
  });

  it('an explicit manifest value wins over the files', async () => {
    const { run } = await analyzeFiles({
      'proj/ml-carbon.yml': `version: 1
runs:
  - id: finetune
    model: { parameters: 1B, config: model/config.json }
    hardware: { accelerator: H100, count: 2, hours: 10 }
    location: FR
    logs: [logs/emissions.csv]
`,
      'proj/model/config.json': LLAMA_2_7B,
      'proj/logs/emissions.csv': CODECARBON,
    });
    expect(run!.model.parameters).toBe(1e9);
    expect(run!.hardware).toMatchObject({ accelerator: 'H100-SXM5-80GB', count: 2, hours: 10 });
    expect(run!.location).toBe('FR');
    expect(run!.derived).toBeUndefined();
  });

  it('a config.json that cannot be read is a located error at model.config', async () => {
    const { analysis } = await analyzeFiles({
      'proj/ml-carbon.yml': ONLY_FILES,
      'proj/model/config.json': '{"model_type": "rwkv"}',
      'proj/logs/emissions.csv': CODECARBON,
    });
    expect(analysis.problems[0]).toMatchObject({
      file: 'proj/ml-carbon.yml',
      line: 4,
      path: 'runs[0].model.config',
      message: 'proj/model/config.json: config.json model_type "rwkv" is not supported',
    });
    const missing = await analyzeFiles({ 'proj/ml-carbon.yml': ONLY_FILES });
    expect(missing.analysis.problems.map((problem) => problem.message)).toContain(
      'config file proj/model/config.json not found',
    );
  });

  it('a config path may not leave the repository', async () => {
    const { analysis } = await analyzeFiles({
      'proj/ml-carbon.yml': ONLY_FILES.replace('model/config.json', '../../etc/config.json'),
    });
    expect(analysis.problems[0]!.message).toMatch(/config path "..\/..\/etc\/config.json" leaves the repository/);
  });
});

describe('other sources', () => {
  it('tokens from a Trainer state, accelerator and count from an nvidia-smi name column', async () => {
    const { run, analysis } = await analyzeFiles({
      'proj/ml-carbon.yml': `version: 1
runs:
  - id: sft
    model: { parameters: 1B }
    logs: [trainer_state.json, gpu.csv]
`,
      'proj/trainer_state.json': JSON.stringify({
        log_history: [
          { step: 10, loss: 2, num_input_tokens_seen: 1_000_000 },
          { step: 20, train_runtime: 3600, total_flos: 1e18, num_input_tokens_seen: 2_500_000 },
        ],
      }),
      'proj/gpu.csv':
        'timestamp, index, name, power.draw [W]\n2024/05/01 10:00:00.000, 0, NVIDIA H100 80GB HBM3, 300 W\n2024/05/01 10:00:00.000, 1, NVIDIA H100 80GB HBM3, 310 W\n2024/05/01 10:00:01.000, 0, NVIDIA H100 80GB HBM3, 300 W\n2024/05/01 10:00:01.000, 1, NVIDIA H100 80GB HBM3, 310 W\n',
    });
    expect(analysis.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(run!.training!.tokens).toBe(2_500_000);
    expect(run!.hardware).toMatchObject({ accelerator: 'H100-SXM5-80GB', count: 2 });
    expect(run!.derived!.find((derived) => derived.field === 'training.tokens')!.source).toBe(
      'proj/trainer_state.json (num_input_tokens_seen)',
    );
  });

  it('tokens from samples x sequence_length x epochs are shown with their provenance', async () => {
    const { estimate } = await analyzeFiles({
      'proj/ml-carbon.yml': `version: 1
runs:
  - id: r
    model: { parameters: 1B }
    training: { samples: 1M, sequence_length: 512, epochs: 3 }
    hardware: { accelerator: T4 }
`,
    });
    // 1e6 x 512 x 3 = 1.536e9 tokens.
    expect(estimate!.notes).toContain(
      '`training tokens` = 1.54B, from samples × sequence_length × epochs in the manifest.',
    );
  });

  it('ignores a log number beyond what the manifest itself accepts (absurd values never reach the FLOPs)', async () => {
    const { run, estimate } = await analyzeFiles({
      'proj/ml-carbon.yml': `version: 1
runs:
  - id: sft
    model: { parameters: 1B }
    hardware: { accelerator: T4 }
    logs: [trainer_state.json]
`,
      'proj/trainer_state.json': JSON.stringify({
        log_history: [{ step: 1, train_runtime: 3600, total_flos: 1e15, num_input_tokens_seen: 1e300 }],
      }),
    });
    expect(run!.training).toBeUndefined();
    expect(run!.hardware.hours).toBe(1);
    expect(Number.isFinite(estimate!.co2eKg.high)).toBe(true);
  });
});
