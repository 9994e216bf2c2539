//! The WebAssembly API (feature `wasm`): the only module that uses wasm-bindgen.
