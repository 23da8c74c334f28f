import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import{a as s}from"./chunk-4DW242MV.js";import{b as e}from"./chunk-EI65IR2Q.js";var a=["text","markdown","json"],i={format:{type:"string"},json:{type:"boolean",default:!1}},c=[["--format text|markdown|json","text on a terminal (aligned columns), markdown when piped"],["--json","same as --format json (the JSON contract)"]];function d(o,r,t){let n=o.format;if(n!==void 0&&!a.includes(n))throw new e(`--format must be one of ${a.join(", ")}, not "${n}"
usage: ${t}`);if(o.json&&n!==void 0&&n!=="json")throw new e(`--json and --format ${n} contradict each other
usage: ${t}`);return o.json?"json":n??(r.isTty?"text":"markdown")}function p(o,r){for(let t of r)o.stderr(`${t.severity}: ${s(t)}
`)}var j=o=>`${JSON.stringify(o)}
`;export{i as a,c as b,d as c,p as d,j as e};
