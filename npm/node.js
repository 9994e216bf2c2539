// quotemark for Node ("node" export condition): the inlined wasm module is compiled synchronously
// on import, so `analyze` works at once; `ready` is already resolved (for code shared with
// browsers).
//
//   import { analyze } from 'quotemark';
//   const report = analyze(text, { offsets: 'chars' });
import { analyze, initSync, maxInputBytes, version } from './wasm/quotemark.js';
import { wasmBytes } from './wasm/module.js';

initSync({ module: wasmBytes() });

/** Already resolved: the module was compiled on import. */
export const ready = Promise.resolve();

export { analyze, maxInputBytes, version };
