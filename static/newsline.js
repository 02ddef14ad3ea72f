// Newsline's JavaScript API. A host page imports this module and mounts explorers into its own
// elements:
//
//   import { mount } from "https://example.org/newsline/newsline.js";
//   const widget = await mount(document.querySelector("#story"), {
//     corpusUrl: "/data/story.json",          // or corpus: { documents, entities, events }
//     state: { entities: ["Japan"], search: "talks" },
//     theme: "auto",                          // "light" | "dark" | "auto"
//     hide: ["header"],                       // header, search, facets, timeline, list
//     onSelect: (event) => console.log(event) // the open event, or null
//   });
//   widget.destroy();
//
// Everything else (the wasm module, the stylesheet) is loaded from this module's own folder,
// so the dist folder can be served from any path. No inline script or style element is
// created: the page's Content-Security-Policy needs only `script-src 'self' 'wasm-unsafe-eval'`
// (or the folder's origin) and `style-src` for this folder. See docs/embedding.md.
import init, { mountInto } from "./newsline-app.js";

const here = (file) => new URL(file, import.meta.url).href;
let loading;

/** Loads and starts the wasm module once; every mount waits for it. */
export function load() {
  loading ??= init({ module_or_path: here("newsline-app_bg.wasm") });
  return loading;
}

function addStylesheet() {
  const href = here("style.css");
  const present = [...document.querySelectorAll('link[rel="stylesheet"]')].some((l) => l.href === href);
  if (!present) {
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = href;
    link.dataset.newsline = "";
    document.head.append(link);
  }
}

/**
 * Mounts an explorer into `element` (an Element, or a CSS selector for one) and resolves to a
 * handle `{ element, destroy() }`. A corpus that cannot be loaded, or a mistake in `options`,
 * is shown inside the element, never thrown. The element also receives a bubbling
 * `newsline:select` CustomEvent whose `detail` is the open event (or null).
 */
export async function mount(element, options = {}) {
  const target = typeof element === "string" ? document.querySelector(element) : element;
  if (!(target instanceof Element)) {
    throw new TypeError(`Newsline: mount() needs an element or a selector that finds one, got ${element}`);
  }
  addStylesheet();
  await load();
  const { corpus, onSelect, ...rest } = options;
  if (rest.corpusUrl !== undefined) rest.corpusUrl = new URL(rest.corpusUrl, document.baseURI).href;
  rest.fullViewUrl = here("./");
  const inline = corpus === undefined ? undefined : typeof corpus === "string" ? corpus : JSON.stringify(corpus);
  const notify = (selection) => {
    target.dispatchEvent(new CustomEvent("newsline:select", { detail: selection, bubbles: true }));
    if (typeof onSelect === "function") {
      try {
        onSelect(selection);
      } catch (error) {
        reportError(error);
      }
    }
  };
  target.replaceChildren();
  let widget = mountInto(target, JSON.stringify(rest), inline, notify);
  return {
    element: target,
    /** Removes the explorer and frees its memory; calling it again does nothing. */
    destroy() {
      widget?.destroy();
      widget?.free();
      widget = undefined;
    },
  };
}
