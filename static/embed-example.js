// The example host page's script (static/embed-example.html): mounts two Newsline widgets with
// the JavaScript API and shows which event the reader opened.
import { mount } from "./newsline.js";

const selection = document.querySelector(".host-selection");
const show = (source) => (event) => {
  selection.textContent = event ? `${source}: ${event.date} — ${event.summary}` : "no event open";
};

mount(document.querySelector('[data-widget="default"]'), {
  theme: "light",
  onSelect: show("default corpus"),
});

const second = document.querySelector('[data-widget="url"]');
// Without onSelect, the same news arrives as a DOM event on the element.
second.addEventListener("newsline:select", (e) => show("example corpus")(e.detail));
mount(second, {
  corpusUrl: "example-corpus.json",
  name: "Example corpus (example-corpus.json)",
  theme: "dark",
  hide: ["header"],
});
