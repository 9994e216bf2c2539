// The embed API (embed/quotemark.js, copied unchanged from the repository's www/quotemark.js)
// loads './pkg/quotemark.js' and awaits its default export before analysing. In the package that
// module is this file: it hands over the package's own wasm module, already inlined.
import { analyze, maxInputBytes, ready, version } from '../../index.js';

export default function init() {
  return ready;
}

export { analyze, maxInputBytes, version };
