import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import{b as r}from"./chunk-VF5CSLPF.js";import{a as s}from"./chunk-BTSQPBYP.js";import{p as o}from"./chunk-SF7Y7YAZ.js";import"./chunk-7TKOESQC.js";var i=t=>o(t.replaceAll("|","\\|").replaceAll(/\r?\n/g," "));function l(t){let n=(t.footer??[]).map(a=>a.map(e=>e?`**${i(e)}**`:""));return s([t.header,...t.rows.map(a=>a.map(i)),...n],{align:t.align,alignDelimiters:!1})}var m={pass:"\u2705",warn:"\u26A0\uFE0F",fail:"\u274C"};function f(t){let n=r(t);return`${[`### \u{1F331} ml-carbon estimate: ${n.headline.map(o).join(" \xB7 ")}`,`Manifest: \`${n.manifest.replaceAll("`","'")}\``,l(n.runs),n.budget?[`**Budget** (from ${n.budget.authority}):`,"",...n.budget.checks.map(e=>`- ${m[e.status]} ${e.message}`)].join(`
`):"",n.savings.length?["**Biggest savings**","",...n.savings.map(e=>`- ${e}`)].join(`
`):"",n.notes.length?["**Notes**","",...n.notes.map(e=>`- ${e}`)].join(`
`):""].filter(e=>e!=="").join(`

`)}
`}export{f as renderEstimateMarkdown};
