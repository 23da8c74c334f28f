export const id = 215;
export const ids = [215];
export const modules = {

/***/ 1215:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gatherRunFacts: () => (/* binding */ gatherRunFacts)
});

// EXTERNAL MODULE: external "node:path/posix"
var posix_ = __webpack_require__(3916);
;// CONCATENATED MODULE: ./build/manifest/hf-config.js
// Parameter count of a model from its Hugging Face config.json, for the common architecture families. The counts
// follow the layer shapes of the reference implementations (weights and biases, layer norms, learned position
// tables, tied or untied output embeddings); buffers such as rotary tables are not parameters.
const SUPPORTED = 'bert, roberta, distilbert, gpt2, gpt_neox, llama, mistral, qwen2, gemma, phi3, t5, bart, vit, mixtral, deepseek_v2/v3';
function numberOf(config, ...keys) {
    for (const key of keys) {
        const value = config[key];
        if (typeof value === 'number' && Number.isFinite(value) && value >= 0)
            return value;
    }
    return undefined;
}
class MissingField extends Error {
}
function need(config, ...keys) {
    const value = numberOf(config, ...keys);
    if (value === undefined)
        throw new MissingField(keys.join(' or '));
    return value;
}
const linear = (input, output, bias) => input * output + (bias ? output : 0);
/** BERT, RoBERTa, XLM-R, ELECTRA-style encoders (post-LN, learned positions, token types, pooler). */
function bertLike(config) {
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
function distilbert(config) {
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
function gpt2(config) {
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
function gptNeox(config) {
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
/** Grouped-query attention (Llama, Mistral, Qwen2, Gemma), q/k/v biases for Qwen2. */
function gqaAttention(config, modelType) {
    const h = need(config, 'hidden_size');
    const heads = need(config, 'num_attention_heads');
    const kvHeads = numberOf(config, 'num_key_value_heads') ?? heads;
    const headDim = numberOf(config, 'head_dim') ?? h / heads;
    const qkvBias = config.attention_bias === true || (modelType.startsWith('qwen2') && config.attention_bias !== false);
    const parameters = linear(h, heads * headDim, qkvBias) +
        2 * linear(h, kvHeads * headDim, qkvBias) +
        linear(heads * headDim, h, config.attention_bias === true);
    const text = kvHeads === heads ? `${heads} heads` : `${heads} heads, ${kvHeads} kv heads (GQA)`;
    return { parameters, text };
}
/** Multi-head latent attention (DeepSeek-V2/V3): low-rank query and key/value projections. */
function mlaAttention(config) {
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
function llamaLike(config, modelType) {
    const h = need(config, 'hidden_size');
    const layers = need(config, 'num_hidden_layers');
    const vocab = need(config, 'vocab_size');
    const tied = config.tie_word_embeddings === true || (modelType === 'gemma' && config.tie_word_embeddings !== false);
    const attention = 'kv_lora_rank' in config ? mlaAttention(config) : gqaAttention(config, modelType);
    const gated = (inner) => 3 * h * inner;
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
            }
            else {
                total += base + router + sharedParams + experts * gated(expertInner);
                active += base + router + sharedParams + perToken * gated(expertInner);
            }
        }
        moeText = `, ${experts} experts (${perToken} per token${shared || sharedInner ? ', shared experts' : ''})`;
    }
    else {
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
function t5(config) {
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
function bart(config) {
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
function vit(config) {
    const h = need(config, 'hidden_size');
    const layers = need(config, 'num_hidden_layers');
    const inner = need(config, 'intermediate_size');
    const image = need(config, 'image_size');
    const patch = need(config, 'patch_size');
    const channels = numberOf(config, 'num_channels') ?? 3;
    const patches = (image / patch) ** 2;
    const embeddings = h + (patches + 1) * h + linear(channels * patch * patch, h, true);
    const qkvBias = config.qkv_bias !== false;
    const layer = 3 * linear(h, h, qkvBias) + linear(h, h, true) + linear(h, inner, true) + linear(inner, h, true) + 4 * h;
    return {
        parameters: embeddings + layers * layer + 2 * h + linear(h, h, true),
        description: `${layers} layers, hidden ${h}, ${patches} patches of ${patch}px`,
    };
}
const FAMILIES = {
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
function parametersFromConfig(json) {
    if (!json || typeof json !== 'object' || Array.isArray(json))
        return { error: 'config.json is not a JSON object', hint: "point model.config at the model's config.json" };
    const config = json;
    const modelType = typeof config.model_type === 'string' ? config.model_type.toLowerCase() : undefined;
    if (!modelType)
        return { error: 'config.json has no model_type', hint: `supported: ${SUPPORTED}` };
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
    }
    catch (error) {
        if (error instanceof MissingField)
            return { error: `config.json (${modelType}) has no ${error.message}`, hint: 'give model.parameters' };
        throw error;
    }
}
/** Reads config.json text; JSON errors become a problem, never an exception. */
function parametersFromConfigText(text) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        return { error: 'config.json is not valid JSON', hint: "point model.config at the model's config.json" };
    }
    return parametersFromConfig(json);
}

// EXTERNAL MODULE: ./build/logs/log-path.js
var log_path = __webpack_require__(1770);
;// CONCATENATED MODULE: ./build/logs/run-facts.js
// The facts a run's own files state, for inputs its manifest left out: parameters from the model's config.json,
// tokens from a Trainer state, accelerator, count and location from CodeCarbon or nvidia-smi logs.



/** config.json files are small; a larger file under that name is not read whole. */
const MAX_CONFIG_BYTES = 4 * 1024 * 1024;
const TOOL_FIELDS = {
    codecarbon: { accelerator: 'gpu_model, gpu_count', location: 'cloud_provider/cloud_region or country_iso_code' },
    'nvidia-smi': { accelerator: 'name column, GPU indices' },
    carbontracker: { accelerator: 'GPU devices', location: 'detected location' },
    eco2ai: { accelerator: 'GPU', location: 'region/country' },
    'hf-trainer': { accelerator: '', tokens: 'num_input_tokens_seen' },
};
async function readBounded(files, repoPath) {
    const stream = files.openStream(repoPath);
    if (!stream)
        return undefined;
    const chunks = [];
    let bytes = 0;
    for await (const chunk of stream) {
        bytes += chunk.length;
        if (bytes > MAX_CONFIG_BYTES)
            return 'too large';
        chunks.push(chunk);
    }
    const joined = new Uint8Array(bytes);
    let offset = 0;
    for (const chunk of chunks) {
        joined.set(chunk, offset);
        offset += chunk.length;
    }
    return new TextDecoder().decode(joined);
}
async function configFacts(manifestFile, configPath, files) {
    const manifestDir = posix_.dirname(manifestFile.replace(/\\/g, '/'));
    const checked = (0,log_path/* checkLogPath */.E)(manifestFile, manifestDir, configPath);
    if (!checked.ok)
        return {
            configProblem: {
                message: checked.problem.message.replace(/^log path/, 'config path'),
                hint: checked.problem.hint,
            },
        };
    const refusal = await files.refuse?.(checked.repoPath);
    if (refusal)
        return { configProblem: { message: `config path "${configPath}" refused: ${refusal}` } };
    const text = await readBounded(files, checked.repoPath);
    if (text === undefined)
        return {
            configProblem: {
                message: `config file ${checked.repoPath} not found`,
                hint: 'model.config is relative to the manifest',
            },
        };
    if (text === 'too large')
        return {
            configProblem: {
                message: `config file ${checked.repoPath} is larger than 4 MB`,
                hint: 'point at the config.json itself',
            },
        };
    const counted = parametersFromConfigText(text);
    if ('error' in counted)
        return { configProblem: { message: `${checked.repoPath}: ${counted.error}`, hint: counted.hint } };
    const source = `${checked.repoPath} (${counted.description})`;
    return {
        parameters: { value: counted.parameters, source },
        ...(counted.activeParameters !== undefined
            ? { activeParameters: { value: counted.activeParameters, source } }
            : {}),
    };
}
function fromLog(m, value, what) {
    return { value, source: `${m.file} (${what})` };
}
/** A log's number is used only within the bounds the manifest itself accepts (src/manifest/schema.ts). */
const within = (value, max) => value !== undefined && Number.isFinite(value) && value > 0 && value <= max;
function logFacts(measurements) {
    const facts = {};
    for (const m of measurements) {
        const fields = TOOL_FIELDS[m.format];
        if (!facts.accelerator && m.acceleratorName && m.acceleratorName.length <= 200) {
            facts.accelerator = fromLog(m, m.acceleratorName, fields?.accelerator || 'accelerator name');
            if (within(m.acceleratorCount, 1e7) && Number.isInteger(m.acceleratorCount))
                facts.acceleratorCount = fromLog(m, m.acceleratorCount, fields?.accelerator || 'count');
        }
        if (!facts.location && m.location && m.location.length <= 200)
            facts.location = fromLog(m, m.location, fields?.location ?? 'location');
        if (!facts.hours && within(m.durationHours, 1e7))
            facts.hours = fromLog(m, m.durationHours, 'measured duration');
        if (!facts.tokens && within(m.tokensSeen, 1e17))
            facts.tokens = fromLog(m, m.tokensSeen, fields?.tokens ?? 'tokens seen');
    }
    return facts;
}
/** Facts for every run that points at files, keyed by run id. */
async function gatherRunFacts(manifestFile, references, files, measurements) {
    const facts = new Map();
    for (const run of references) {
        const fromLogs = logFacts(measurements.get(run.id) ?? []);
        const fromConfig = run.config !== undefined ? await configFacts(manifestFile, run.config, files) : {};
        facts.set(run.id, { ...fromLogs, ...fromConfig });
    }
    return facts;
}


/***/ })

};
