import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import{b as n,c as r,d as t}from"./chunk-SF7Y7YAZ.js";function u(i){return r(i,2)>=2?2:1}function f(i,o){return Number.isFinite(i)?n(i,o):0}function a(i){return t(Math.max(0,i.value),u(i))}export{f as a,a as b};
