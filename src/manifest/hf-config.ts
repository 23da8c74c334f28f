// Parameter count of a model from its Hugging Face config.json, for the common architecture families. The counts
// follow the layer shapes of the reference implementations (weights and biases, layer norms, learned position
// tables, tied or untied output embeddings); buffers such as rotary tables are not parameters.

export interface ConfigCount {
  parameters: number;
  /** Parameters used per token, for mixtures of experts. */
  activeParameters?: number;
  /** Family and the shapes that decided the count, for the report's provenance line. */
  description: string;
}

export type ConfigResult = ConfigCount | { error: string; hint?: string };

type Config = Record<string, unknown>;

const SUPPORTED =
  'bert, roberta, distilbert, gpt2, gpt_neox, llama, mistral, qwen2, gemma, phi3, t5, bart, vit, mixtral, deepseek_v2/v3';

function numberOf(config: Config, ...keys: string[]): number | undefined {
  for (const key of keys) {
    const value = config[key];
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value;
  }
  return undefined;
}

class MissingField extends Error {}

function need(config: Config, ...keys: string[]): number {
  const value = numberOf(config, ...keys);
  if (value === undefined) throw new MissingField(keys.join(' or '));
  return value;
}

const linear = (input: number, output: number, bias: boolean) => input * output + (bias ? output : 0);

/** BERT, RoBERTa, XLM-R, ELECTRA-style encoders (post-LN, learned positions, token types, pooler). */
function bertLike(config: Config): ConfigCount {
  const h = need(config, 'hidden_size');
  const layers = need(config, 'num_hidden_layers');
  const inner = need(config, 'intermediate_size');
  const vocab = need(config, 'vocab_size');
  const positions = need(config, 'max_position_embeddings');
  const types = numberOf(config, 'type_vocab_size') ?? 2;
  const embeddings = (vocab + positions + types) * h + 2 * h;
  const layer = 4 * linear(h, h, true) + linear(h, inner, true) + linear(inner, h, true) + 4 * h;
  const pooler = linear(h, h, true);
  return {
    parameters: embeddings + layers * layer + pooler,
    description: `${layers} layers, hidden ${h}, vocab ${vocab}`,
  };
}

function distilbert(config: Config): ConfigCount {
  const h = need(config, 'dim', 'hidden_size');
  const layers = need(config, 'n_layers', 'num_hidden_layers');
  const inner = need(config, 'hidden_dim', 'intermediate_size');
  const vocab = need(config, 'vocab_size');
  const positions = need(config, 'max_position_embeddings');
  const layer = 4 * linear(h, h, true) + linear(h, inner, true) + linear(inner, h, true) + 4 * h;
  return {
    parameters: (vocab + positions) * h + 2 * h + layers * layer,
    description: `${layers} layers, hidden ${h}, vocab ${vocab}`,
  };
}

function gpt2(config: Config): ConfigCount {
  const h = need(config, 'n_embd', 'hidden_size');
  const layers = need(config, 'n_layer', 'num_hidden_layers');
  const vocab = need(config, 'vocab_size');
  const positions = need(config, 'n_positions', 'max_position_embeddings');
  const inner = numberOf(config, 'n_inner') ?? 4 * h;
  const layer = linear(h, 3 * h, true) + linear(h, h, true) + linear(h, inner, true) + linear(inner, h, true) + 4 * h;
  return {
    parameters: (vocab + positions) * h + layers * layer + 2 * h,
    description: `${layers} layers, hidden ${h}, vocab ${vocab}, tied embeddings`,
  };
}

function gptNeox(config: Config): ConfigCount {
  const h = need(config, 'hidden_size');
  const layers = need(config, 'num_hidden_layers');
  const inner = need(config, 'intermediate_size');
  const vocab = need(config, 'vocab_size');
  const tied = config.tie_word_embeddings === true;
  const layer = linear(h, 3 * h, true) + linear(h, h, true) + linear(h, inner, true) + linear(inner, h, true) + 4 * h;
  return {
    parameters: vocab * h * (tied ? 1 : 2) + layers * layer + 2 * h,
    description: `${layers} layers, hidden ${h}, vocab ${vocab}, ${tied ? 'tied' : 'untied'} embeddings`,
  };
}

interface Attention {
  parameters: number;
  text: string;
}

/** Grouped-query attention (Llama, Mistral, Qwen2, Gemma), q/k/v biases for Qwen2. */
function gqaAttention(config: Config, modelType: string): Attention {
  const h = need(config, 'hidden_size');
  const heads = need(config, 'num_attention_heads');
  const kvHeads = numberOf(config, 'num_key_value_heads') ?? heads;
  const headDim = numberOf(config, 'head_dim') ?? h / heads;
  const qkvBias = config.attention_bias === true || (modelType.startsWith('qwen2') && config.attention_bias !== false);
  const parameters =
    linear(h, heads * headDim, qkvBias) +
    2 * linear(h, kvHeads * headDim, qkvBias) +
    linear(heads * headDim, h, config.attention_bias === true);
  const text = kvHeads === heads ? `${heads} heads` : `${heads} heads, ${kvHeads} kv heads (GQA)`;
  return { parameters, text };
}

/** Multi-head latent attention (DeepSeek-V2/V3): low-rank query and key/value projections. */
function mlaAttention(config: Config): Attention {
  const h = need(config, 'hidden_size');
  const heads = need(config, 'num_attention_heads');
  const qLora = numberOf(config, 'q_lora_rank');
  const kvLora = need(config, 'kv_lora_rank');
  const nope = need(config, 'qk_nope_head_dim');
  const rope = need(config, 'qk_rope_head_dim');
  const v = need(config, 'v_head_dim');
  const query = qLora ? h * qLora + qLora + qLora * heads * (nope + rope) : h * heads * (nope + rope);
  const parameters = query + h * (kvLora + rope) + kvLora + kvLora * heads * (nope + v) + heads * v * h;
  return { parameters, text: `${heads} heads, latent attention (kv rank ${kvLora})` };
}

/** Decoder-only transformers with gated MLPs: Llama family, and their mixture-of-experts variants. */
function llamaLike(config: Config, modelType: string): ConfigCount {
  const h = need(config, 'hidden_size');
  const layers = need(config, 'num_hidden_layers');
  const vocab = need(config, 'vocab_size');
  const tied = config.tie_word_embeddings === true || (modelType === 'gemma' && config.tie_word_embeddings !== false);
  const attention = 'kv_lora_rank' in config ? mlaAttention(config) : gqaAttention(config, modelType);
  const gated = (inner: number) => 3 * h * inner;

  const experts = numberOf(config, 'n_routed_experts', 'num_local_experts', 'num_experts');
  const perToken = numberOf(config, 'num_experts_per_tok');
  let total = 0;
  let active = 0;
  let moeText = '';
  if (experts && perToken) {
    const expertInner = need(config, 'moe_intermediate_size', 'intermediate_size');
    const denseInner = numberOf(config, 'intermediate_size') ?? expertInner;
    const shared = numberOf(config, 'n_shared_experts') ?? 0;
    const sharedInner = numberOf(config, 'shared_expert_intermediate_size');
    const firstDense = numberOf(config, 'first_k_dense_replace') ?? 0;
    const frequency = numberOf(config, 'moe_layer_freq') ?? 1;
    const sharedParams = sharedInner ? gated(sharedInner) + h : shared * gated(expertInner);
    const router = h * experts;
    for (let layer = 0; layer < layers; layer++) {
      const base = attention.parameters + 2 * h;
      if (layer < firstDense || (layer - firstDense) % frequency !== 0) {
        total += base + gated(denseInner);
        active += base + gated(denseInner);
      } else {
        total += base + router + sharedParams + experts * gated(expertInner);
        active += base + router + sharedParams + perToken * gated(expertInner);
      }
    }
    moeText = `, ${experts} experts (${perToken} per token${shared || sharedInner ? ', shared experts' : ''})`;
  } else {
    const inner = need(config, 'intermediate_size');
    total = layers * (attention.parameters + 2 * h + gated(inner));
    active = total;
  }
  const embeddings = vocab * h * (tied ? 1 : 2) + h;
  return {
    parameters: total + embeddings,
    ...(active !== total ? { activeParameters: active + embeddings } : {}),
    description: `${layers} layers, hidden ${h}, ${attention.text}${moeText}, vocab ${vocab}, ${tied ? 'tied' : 'untied'} embeddings`,
  };
}

function t5(config: Config): ConfigCount {
  const d = need(config, 'd_model');
  const inner = need(config, 'num_heads') * need(config, 'd_kv');
  const ff = need(config, 'd_ff');
  const encoderLayers = need(config, 'num_layers');
  const decoderLayers = numberOf(config, 'num_decoder_layers') ?? encoderLayers;
  const vocab = need(config, 'vocab_size');
  const buckets = (numberOf(config, 'relative_attention_num_buckets') ?? 32) * need(config, 'num_heads');
  const gatedFf = String(config.feed_forward_proj ?? 'relu').startsWith('gated');
  const tied = config.tie_word_embeddings !== false;
  const attention = 4 * d * inner;
  const feedForward = (gatedFf ? 3 : 2) * d * ff;
  const encoder = encoderLayers * (attention + feedForward + 2 * d) + buckets + d;
  const decoder = decoderLayers * (2 * attention + feedForward + 3 * d) + buckets + d;
  return {
    parameters: vocab * d * (tied ? 1 : 2) + encoder + decoder,
    description: `${encoderLayers}+${decoderLayers} layers, d_model ${d}, ${gatedFf ? 'gated' : 'relu'} feed-forward, vocab ${vocab}, ${tied ? 'tied' : 'untied'} embeddings`,
  };
}

function bart(config: Config): ConfigCount {
  const d = need(config, 'd_model');
  const encoderLayers = need(config, 'encoder_layers');
  const decoderLayers = need(config, 'decoder_layers');
  const encoderFf = need(config, 'encoder_ffn_dim');
  const decoderFf = need(config, 'decoder_ffn_dim');
  const vocab = need(config, 'vocab_size');
  const positions = (need(config, 'max_position_embeddings') + 2) * d;
  const attention = 4 * linear(d, d, true);
  const encoderLayer = attention + linear(d, encoderFf, true) + linear(encoderFf, d, true) + 4 * d;
  const decoderLayer = 2 * attention + linear(d, decoderFf, true) + linear(decoderFf, d, true) + 6 * d;
  return {
    parameters: vocab * d + 2 * positions + encoderLayers * encoderLayer + decoderLayers * decoderLayer + 4 * d,
    description: `${encoderLayers}+${decoderLayers} layers, d_model ${d}, vocab ${vocab}, tied embeddings`,
  };
}

function vit(config: Config): ConfigCount {
  const h = need(config, 'hidden_size');
  const layers = need(config, 'num_hidden_layers');
  const inner = need(config, 'intermediate_size');
  const image = need(config, 'image_size');
  const patch = need(config, 'patch_size');
  const channels = numberOf(config, 'num_channels') ?? 3;
  const patches = (image / patch) ** 2;
  const embeddings = h + (patches + 1) * h + linear(channels * patch * patch, h, true);
  const qkvBias = config.qkv_bias !== false;
  const layer =
    3 * linear(h, h, qkvBias) + linear(h, h, true) + linear(h, inner, true) + linear(inner, h, true) + 4 * h;
  return {
    parameters: embeddings + layers * layer + 2 * h + linear(h, h, true),
    description: `${layers} layers, hidden ${h}, ${patches} patches of ${patch}px`,
  };
}

const FAMILIES: Record<string, (config: Config, modelType: string) => ConfigCount> = {
  bert: bertLike,
  roberta: bertLike,
  'xlm-roberta': bertLike,
  electra: bertLike,
  distilbert: distilbert,
  gpt2: gpt2,
  gpt_neox: gptNeox,
  llama: llamaLike,
  mistral: llamaLike,
  qwen2: llamaLike,
  qwen3: llamaLike,
  gemma: llamaLike,
  mixtral: llamaLike,
  qwen2_moe: llamaLike,
  deepseek: llamaLike,
  deepseek_v2: llamaLike,
  deepseek_v3: llamaLike,
  t5: t5,
  mt5: t5,
  bart: bart,
  vit: vit,
};

/** Parameters (and active parameters for a mixture of experts) from a parsed config.json. */
export function parametersFromConfig(json: unknown): ConfigResult {
  if (!json || typeof json !== 'object' || Array.isArray(json))
    return { error: 'config.json is not a JSON object', hint: "point model.config at the model's config.json" };
  const config = json as Config;
  const modelType = typeof config.model_type === 'string' ? config.model_type.toLowerCase() : undefined;
  if (!modelType) return { error: 'config.json has no model_type', hint: `supported: ${SUPPORTED}` };
  const family = Object.hasOwn(FAMILIES, modelType) ? FAMILIES[modelType] : undefined;
  if (!family)
    return {
      error: `config.json model_type "${modelType}" is not supported`,
      hint: `give model.parameters; supported: ${SUPPORTED}`,
    };
  try {
    const counted = family(config, modelType);
    if (!Number.isFinite(counted.parameters) || counted.parameters <= 0 || counted.parameters > 1e15)
      return { error: 'config.json gives an implausible size', hint: 'give model.parameters' };
    return { ...counted, description: `${modelType}: ${counted.description}` };
  } catch (error) {
    if (error instanceof MissingField)
      return { error: `config.json (${modelType}) has no ${error.message}`, hint: 'give model.parameters' };
    throw error;
  }
}

/** Reads config.json text; JSON errors become a problem, never an exception. */
export function parametersFromConfigText(text: string): ConfigResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { error: 'config.json is not valid JSON', hint: "point model.config at the model's config.json" };
  }
  return parametersFromConfig(json);
}
