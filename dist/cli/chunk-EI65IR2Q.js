import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
var d={ok:0,budgetExceeded:1,invalidInput:2},e=class extends Error{};export{d as a,e as b};
