// Starts the full page (index.html): Trunk's `pattern_script` loads this file instead of an
// inline script, so the page runs under `script-src 'self'`. Loading the module runs the app's
// start function, which renders into a body marked `data-newsline-app`.
import { load } from "./newsline.js";

load();
