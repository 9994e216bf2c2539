// A static site with no build step: the package folder copied to ./vendor/quotemark/.
import * as quotemark from './vendor/quotemark/index.js';
import * as embed from './vendor/quotemark/embed/quotemark.js';
import './vendor/quotemark/element.js';
import { run } from './checks.js';

window.__results = run({ quotemark, embed }).catch((error) => ({ failed: String(error.stack) }));
