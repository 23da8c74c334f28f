export const id = 147;
export const ids = [147];
export const modules = {

/***/ 6147:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  acceleratorsCommand: () => (/* binding */ acceleratorsCommand)
});

// EXTERNAL MODULE: ./build/data/accelerators.js + 4 modules
var accelerators = __webpack_require__(1838);
;// CONCATENATED MODULE: ./build/data/accelerator-list.js
// The accelerator table as people read it: `ml-carbon accelerators` prints it and README.md carries the same text
// (a test keeps them equal), so the list users are pointed at is always the one the engine resolves names with.

const COLUMNS = ['fp32', 'bf16', 'fp16', 'fp8', 'int8'];
const figure = (value) => (value === undefined ? '—' : String(Number(value.toPrecision(5))));
const cell = (text) => text.replace(/\|/g, '\\|');
function row(accelerator) {
    const peaks = accelerator.peakTflops.value;
    return `| ${[
        `\`${accelerator.id}\``,
        cell(accelerator.name),
        cell(accelerator.aliases.join(', ')),
        figure(accelerator.tdpWatts.value),
        ...COLUMNS.map((precision) => figure(peaks[precision])),
    ].join(' | ')} |`;
}
/** Markdown table of every accelerator: id, name, aliases, TDP and dense peaks. */
function acceleratorListMarkdown() {
    return [
        `| Id | Name | Also written | TDP (W) | ${COLUMNS.map((precision) => `${precision} ${precision === 'int8' ? 'TOP/s' : 'TFLOP/s'}`).join(' | ')} |`,
        `| :- | :- | :- | -: | ${COLUMNS.map(() => '-:').join(' | ')} |`,
        ...accelerators/* ACCELERATORS */.Bo.map(row),
    ].join('\n');
}
const ACCELERATOR_LIST_NOTE = 'Names match case- and punctuation-insensitively, with vendor words and a leading count ("8x") ignored. Peaks are dense (never the sparse figure). Sources for every figure are in src/data/accelerators-*.ts and in each report\'s methodology.';

// EXTERNAL MODULE: ./build/cli/command.js
var command = __webpack_require__(3192);
;// CONCATENATED MODULE: ./build/cli/accelerators.js
// `ml-carbon accelerators`: the accelerator names the estimator knows, with TDP and dense peaks.


const USAGE = 'ml-carbon accelerators';
const acceleratorsCommand = {
    name: 'accelerators',
    usage: USAGE,
    summary: 'list the accelerators the estimator knows (names, aliases, TDP, dense peak TFLOP/s)',
    async run(args, io) {
        if (args.length)
            throw new command/* UsageError */.e(`accelerators takes no arguments\nusage: ${USAGE}`);
        io.stdout(`${acceleratorListMarkdown()}\n\n${ACCELERATOR_LIST_NOTE}\n`);
        return command/* EXIT */.d.ok;
    },
};


/***/ })

};
