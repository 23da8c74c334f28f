import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parametersFromConfig, parametersFromConfigText, type ConfigCount } from '../../src/manifest/hf-config.js';

// Fixtures are written by us from each model's public architecture numbers (layers, widths, heads, vocabulary).
const count = (name: string): ConfigCount => {
  const result = parametersFromConfigText(
    readFileSync(new URL(`fixtures/config/${name}.json`, import.meta.url), 'utf8'),
  );
  if ('error' in result) throw new Error(result.error);
  return result;
};

describe('parameters from a Hugging Face config.json', () => {
  // Published counts: the papers' and model cards' totals (BERT 110M, RoBERTa 125M, GPT-2 124M (Hugging Face card),
  // Pythia-160M 162.3M (Pythia paper, Table 1 total), Llama 2 7B 6.74B, Llama 3 8B 8.03B, Mistral 7B 7.24B,
  // Qwen2-0.5B 0.49B, T5-small 60M, BART-base 140M, ViT-Base 86M, Mixtral 8x7B 46.7B total / 12.9B active,
  // DeepSeek-V3 671B total).
  it.each([
    ['bert-base-uncased', 110e6],
    ['roberta-base', 125e6],
    ['gpt2', 124e6],
    ['pythia-160m', 162.3e6],
    ['llama-2-7b', 6.74e9],
    ['llama-3-8b', 8.03e9],
    ['mistral-7b', 7.24e9],
    ['qwen2-0.5b', 0.494e9],
    ['t5-small', 60e6],
    ['bart-base', 140e6],
    ['vit-base-patch16-224', 86e6],
    ['mixtral-8x7b', 46.7e9],
    ['deepseek-v3', 671e9],
  ])('%s is within 1 percent of the published %d', (name, published) => {
    expect(Math.abs(count(name).parameters / published - 1)).toBeLessThan(0.01);
  });

  // Exact counts worked by hand from the layer shapes (the same sums the reference implementations' parameters add to):
  // BERT-base: embeddings (30522+512+2)x768 + LN 1536 = 23,837,184; 12 layers x 7,087,872; pooler 590,592.
  // Llama 2 7B: embed 131,072,000 x 2 (untied) + 32 x (4 x 4096^2 + 3 x 4096 x 11008 + 2 x 4096) + 4096.
  // Qwen2-0.5B: tied 151936x896, q/k/v biases, 2 kv heads of 64: 494,032,768.
  // T5 v1.1 base: untied 2 x 32128 x 768, gated feed-forward 3 x 768 x 2048: 247,577,856.
  it.each([
    ['bert-base-uncased', 109_482_240],
    ['llama-2-7b', 6_738_415_616],
    ['qwen2-0.5b', 494_032_768],
    ['t5-v1_1-base', 247_577_856],
    ['gpt2', 124_439_808],
  ])('%s counts exactly %d', (name, exact) => {
    expect(count(name).parameters).toBe(exact);
  });

  it('counts grouped-query attention with fewer key/value heads', () => {
    const llama3 = count('llama-3-8b');
    expect(llama3.description).toMatch(/8 kv heads \(GQA\)/);
    // The same shapes with full multi-head attention would hold 2 x 32 x 4096 x 3072 more.
    const multiHead = parametersFromConfig({
      ...JSON.parse(readFileSync(new URL('fixtures/config/llama-3-8b.json', import.meta.url), 'utf8')),
      num_key_value_heads: 32,
    }) as ConfigCount;
    expect(multiHead.parameters - llama3.parameters).toBe(2 * 32 * 4096 * 3072);
  });

  it('tied embeddings count the vocabulary table once', () => {
    const tied = count('qwen2-0.5b');
    const untied = parametersFromConfig({
      ...JSON.parse(readFileSync(new URL('fixtures/config/qwen2-0.5b.json', import.meta.url), 'utf8')),
      tie_word_embeddings: false,
    }) as ConfigCount;
    expect(untied.parameters - tied.parameters).toBe(151936 * 896);
  });

  it('gives the active parameters of a mixture of experts', () => {
    // Mixtral: 12.9B active (2 of 8 experts per token), Mistral AI's announcement.
    const mixtral = count('mixtral-8x7b');
    expect(Math.abs(mixtral.activeParameters! / 12.9e9 - 1)).toBeLessThan(0.01);
    // DeepSeek-V3: "37B activated" per token, a figure given to two significant figures (so +-1.4 %), without the
    // input embedding table (a lookup). Ours: 37.55B with it, 36.63B without.
    const deepseek = count('deepseek-v3');
    const inputEmbedding = 129280 * 7168;
    expect(Math.abs((deepseek.activeParameters! - inputEmbedding) / 37e9 - 1)).toBeLessThan(0.014);
    expect(deepseek.description).toMatch(/256 experts \(8 per token, shared experts\)/);
    expect(count('llama-2-7b').activeParameters).toBeUndefined();
  });

  it.each([
    ['not json', '{', /not valid JSON/],
    ['an array', '[]', /not a JSON object/],
    ['no model_type', '{"hidden_size": 4}', /no model_type/],
    ['an unknown family', '{"model_type": "rwkv"}', /"rwkv" is not supported/],
    ['a missing shape', '{"model_type": "llama", "hidden_size": 4096}', /has no num_hidden_layers/],
    [
      'an absurd size',
      '{"model_type":"gpt2","n_embd":1e12,"n_layer":1e9,"vocab_size":1,"n_positions":1}',
      /implausible/,
    ],
  ])('explains %s instead of throwing', (_what, text, message) => {
    const result = parametersFromConfigText(text);
    expect('error' in result && result.error).toMatch(message);
  });
});
