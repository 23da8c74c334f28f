import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
function h(n){let t=[n.file,n.line,n.column].filter(c=>c!==void 0).join(":"),s=n.path?` ${n.path}:`:"",e=n.hint?` (${n.hint})`:"";return`${t}:${s} ${n.message}${e}`}var i=class extends Error{problems;constructor(t){super(t.map(h).join(`
`)),this.problems=t,this.name="InputError"}};export{h as a,i as b};
