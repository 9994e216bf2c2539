// The scratch app bundled by esbuild with no options beyond --bundle: imports by package name.
import * as quotemark from 'quotemark';
import * as embed from 'quotemark/embed';
import 'quotemark/element';
import 'quotemark/quotemark.css';
import { run } from './checks.js';

window.__results = run({ quotemark, embed }).catch((error) => ({ failed: String(error.stack) }));
