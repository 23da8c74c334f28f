export const id = 453;
export const ids = [453];
export const modules = {

/***/ 6164:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f$: () => (/* binding */ formatCo2e),
/* harmony export */   nD: () => (/* binding */ roundToSignificant)
/* harmony export */ });
/* unused harmony export significantFigures */
/* harmony import */ var _util_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4722);

/** Significant figures the range justifies, capped to 1..2. */
function significantFigures(range) {
    return (0,_util_format_js__WEBPACK_IMPORTED_MODULE_0__/* .significantFiguresFor */ .Y7)(range, 2) >= 2 ? 2 : 1;
}
/** `value` at `figures` significant figures; non-finite values become 0 (a model card needs a number). */
function roundToSignificant(value, figures) {
    return Number.isFinite(value) ? (0,_util_format_js__WEBPACK_IMPORTED_MODULE_0__/* .roundSignificant */ .eN)(value, figures) : 0;
}
/** "42 kg", "500 g", "1.2 t", "11 kt": the report's units, at the figures the range supports. */
function formatCo2e(range) {
    return (0,_util_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatKg */ .KC)(Math.max(0, range.value), significantFigures(range));
}


/***/ }),

/***/ 5453:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  modelCardCommand: () => (/* binding */ modelCardCommand)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./build/data/accelerators.js + 4 modules
var accelerators = __webpack_require__(1838);
// EXTERNAL MODULE: ./build/data/grid.js + 3 modules
var grid = __webpack_require__(6034);
// EXTERNAL MODULE: ./build/badge/precision.js
var precision = __webpack_require__(6164);
;// CONCATENATED MODULE: ./build/badge/model-card.js
// The Hugging Face model-card `co2_eq_emissions` block for one run: emissions in grams, where, on what, and how known.
// Field names follow https://huggingface.co/docs/hub/model-cards-co2.




const TRAINING_TYPES = {
    from_scratch: 'pre-training',
    full: 'fine-tuning',
    lora: 'fine-tuning',
    qlora: 'fine-tuning',
};
function geographicalLocation(location) {
    if (!location)
        return undefined;
    const region = (0,grid/* resolveLocation */.KC)(location).found;
    if (!region)
        return location;
    if (!region.provider)
        return region.name;
    return `${region.name}${region.country ? `, ${region.country}` : ''} (${region.id})`;
}
/**
 * "8 x NVIDIA A100 SXM4 80GB"; when the manifest gave no count (only accelerator-hours, say), the count is not
 * invented: "NVIDIA A100 SXM4 80GB, 288 accelerator-hours".
 */
function hardwareUsed(acceleratorId, count, acceleratorHours) {
    let accelerator;
    try {
        accelerator = (0,accelerators/* getAccelerator */.e5)(acceleratorId);
    }
    catch {
        accelerator = undefined;
    }
    const name = accelerator ? accelerator.name : acceleratorId;
    const memory = accelerator?.memoryGb && !/\d\s*GB/i.test(name) ? ` ${accelerator.memoryGb}GB` : '';
    if (count !== undefined)
        return `${count} x ${name}${memory}`;
    const hours = acceleratorHours !== undefined ? `, ${(0,precision/* roundToSignificant */.nD)(acceleratorHours, 3)} accelerator-hours` : '';
    return `${name}${memory}${hours}`;
}
function sourceText(run, estimate, version) {
    const tool = version ? `ml-carbon ${version}` : 'ml-carbon';
    if (estimate.basis === 'measured') {
        const logs = run.logs.map((log) => (log.format ? `${log.path} (${log.format})` : log.path)).join(', ');
        return `${tool}, measured${logs ? ` from ${logs}` : ''}`;
    }
    return `${tool} estimate from the training manifest (location-based grid intensity, PUE and embodied emissions included)`;
}
function co2EqEmissions(run, estimate, version = '') {
    const trainingType = run.training?.method && TRAINING_TYPES[run.training.method];
    const location = geographicalLocation(estimate.location ?? run.location);
    // Key order follows the Hub's documentation, so the block reads like the examples there.
    return {
        // Three significant figures, as the PR comment and report write the same figure (2.47 kg -> 2470 g).
        emissions: (0,precision/* roundToSignificant */.nD)(estimate.co2eKg.value * 1000, 3),
        source: sourceText(run, estimate, version),
        ...(trainingType ? { training_type: trainingType } : {}),
        ...(location ? { geographical_location: location } : {}),
        hardware_used: hardwareUsed(estimate.accelerator, run.hardware.countAssumed ? undefined : estimate.acceleratorCount, estimate.acceleratorHours.value),
    };
}
/** The YAML to paste between the `---` lines of a model card's README.md, with the range as a comment. */
function renderModelCardBlock(card, estimate) {
    const lowG = (0,precision/* roundToSignificant */.nD)(estimate.co2eKg.low * 1000, 2);
    const highG = (0,precision/* roundToSignificant */.nD)(estimate.co2eKg.high * 1000, 2);
    const comment = `# run "${estimate.id}": ${estimate.basis}, ${lowG}-${highG} g CO2e (low-high)\n`;
    return comment + (0,dist/* stringify */.As)({ co2_eq_emissions: card }, { lineWidth: 0 });
}

// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(9473);
// EXTERNAL MODULE: ./build/files/local.js + 1 modules
var local = __webpack_require__(6871);
// EXTERNAL MODULE: ./build/pipeline.js + 54 modules
var pipeline = __webpack_require__(1580);
// EXTERNAL MODULE: ./build/util/suggest.js
var suggest = __webpack_require__(8639);
// EXTERNAL MODULE: ./build/cli/command.js
var command = __webpack_require__(3192);
;// CONCATENATED MODULE: ./build/cli/model-card.js
// `ml-carbon model-card`: print a run's Hugging Face `co2_eq_emissions` metadata block.







const USAGE = 'ml-carbon model-card [manifest] --run <id>';
const modelCardCommand = {
    name: 'model-card',
    usage: USAGE,
    summary: "print a run's Hugging Face model-card co2_eq_emissions block (grams; measured when the run has logs)",
    async run(args, io) {
        let parsed;
        try {
            parsed = (0,external_node_util_.parseArgs)({ args, allowPositionals: true, options: { run: { type: 'string' } } });
        }
        catch (error) {
            throw new command/* UsageError */.e(`${error.message}\nusage: ${USAGE}`);
        }
        if (parsed.positionals.length > 1)
            throw new command/* UsageError */.e(`too many arguments\nusage: ${USAGE}`);
        const manifestPath = parsed.positionals[0] ?? 'ml-carbon.yml';
        const analysis = await (0,pipeline/* analyze */.n)({ head: (0,local/* localManifest */.hy)(io.cwd, manifestPath) });
        for (const problem of analysis.problems)
            io.stderr(`${problem.severity}: ${(0,errors/* formatProblem */.V)(problem)}\n`);
        const manifest = analysis.head.manifests[0];
        const estimate = analysis.head.estimate;
        if (analysis.hasErrors || !manifest || !estimate)
            return command/* EXIT */.d.invalidInput;
        const ids = manifest.runs.map((run) => run.id);
        const wanted = parsed.values.run ?? (ids.length === 1 ? ids[0] : undefined);
        if (wanted === undefined)
            throw new command/* UsageError */.e(`the manifest has ${ids.length} runs: choose one with --run (${ids.join(', ')})\nusage: ${USAGE}`);
        const run = manifest.runs.find((candidate) => candidate.id === wanted);
        const runEstimate = estimate.runs.find((candidate) => candidate.id === wanted);
        if (!run || !runEstimate) {
            const hint = (0,suggest/* didYouMean */.au)(wanted, ids) ?? `runs in ${manifestPath}: ${ids.join(', ')}`;
            io.stderr(`error: ${(0,errors/* formatProblem */.V)({ file: manifestPath, path: '--run', message: `no run "${wanted}"`, hint, severity: 'error' })}\n`);
            return command/* EXIT */.d.invalidInput;
        }
        io.stdout(renderModelCardBlock(co2EqEmissions(run, runEstimate), runEstimate));
        return command/* EXIT */.d.ok;
    },
};


/***/ })

};
