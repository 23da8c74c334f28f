import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import{d as o}from"./chunk-77HLO276.js";import{a as t,b as a}from"./chunk-EI65IR2Q.js";import"./chunk-7TKOESQC.js";var r=["fp32","bf16","fp16","fp8","int8"],s=e=>e===void 0?"\u2014":String(Number(e.toPrecision(5))),i=e=>e.replace(/\|/g,"\\|");function d(e){let n=e.peakTflops.value;return`| ${[`\`${e.id}\``,i(e.name),i(e.aliases.join(", ")),s(e.tdpWatts.value),...r.map(u=>s(n[u]))].join(" | ")} |`}function c(){return[`| Id | Name | Also written | TDP (W) | ${r.map(e=>`${e} ${e==="int8"?"TOP/s":"TFLOP/s"}`).join(" | ")} |`,`| :- | :- | :- | -: | ${r.map(()=>"-:").join(" | ")} |`,...o.map(d)].join(`
`)}var m=`Names match case- and punctuation-insensitively, with vendor words and a leading count ("8x") ignored. Peaks are dense (never the sparse figure). Sources for every figure are in src/data/accelerators-*.ts and in each report's methodology.`;var p="ml-carbon accelerators",E={name:"accelerators",usage:p,summary:"list the accelerators the estimator knows (names, aliases, TDP, dense peak TFLOP/s)",async run(e,n){if(e.length)throw new a(`accelerators takes no arguments
usage: ${p}`);return n.stdout(`${c()}

${m}
`),t.ok}};export{E as acceleratorsCommand};
