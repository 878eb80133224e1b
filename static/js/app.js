// Site JavaScript. Loaded as <script type="module" src=".../js/app.js">, so it
// only runs in browsers that support ES modules -- the same test govuk-frontend's
// own template does with 'noModule' in HTMLScriptElement.prototype. That lets us
// set the body classes here instead of in an inline <script> (strict CSP).
import { initAll } from "../govuk/govuk-frontend.min.js";

document.body.classList.add("js-enabled", "govuk-frontend-supported");
initAll();

// If an htmx request fails (server error or no connection), say so in
// #np-connection-status (give it role="status" or aria-live in the template);
// clear the message again after the next successful request.
const OFFLINE_MESSAGE =
  "We could not reach the server. Your answer is kept on this page; " +
  "it will be saved when you are back online.";

function showConnectionProblem(event) {
  // A 4xx is the server's answer, not a lost connection (signed out, the form's token
  // refused, a clash): the form that sent it says what happened, in its own words.
  const answered = event.detail.xhr ? event.detail.xhr.status : 0;
  if (answered >= 400 && answered < 500) return;
  const status = document.getElementById("np-connection-status");
  if (status) {
    status.textContent = OFFLINE_MESSAGE;
  }
}

function clearConnectionProblem(event) {
  const status = document.getElementById("np-connection-status");
  if (status && event.detail.successful) {
    status.textContent = "";
  }
}

document.body.addEventListener("htmx:responseError", showConnectionProblem);
document.body.addEventListener("htmx:sendError", showConnectionProblem);
document.body.addEventListener("htmx:afterRequest", clearConnectionProblem);

// Search boxes with suggestions (static/js/autocomplete.js), loaded only on pages that
// have one.
if (document.querySelector("input[data-np-autocomplete]")) {
  import("./autocomplete.js");
}

// Content swapped in by htmx that replaces what had focus (the button pressed) marks where
// focus goes next with data-np-focus (give it tabindex="-1" if it is not a control), so
// keyboard and screen reader users are not sent back to the top of the page.
document.body.addEventListener("htmx:load", (event) => {
  const target = event.detail.elt;
  const focused =
    target instanceof Element && target.matches("[data-np-focus]")
      ? target
      : target instanceof Element && target.querySelector("[data-np-focus]");
  if (focused) {
    focused.removeAttribute("data-np-focus");
    focused.focus();
  }
});

// A table's scroll box (class="np-table-scroll" role="region" tabindex="0") is a Tab stop so
// that a keyboard can scroll it; where its table fits, there is nothing to scroll, and the
// stop was one more Tab for nothing (two on a head's home page at 1280 px). It stays one
// only while its table is wider than it: checked as the page loads, as the box or its table
// changes size (the window resized, zoom), and for boxes htmx brings in; a box that has
// focus keeps its stop until focus leaves it. Without JavaScript every box keeps its tabindex.
const SCROLL_BOX = ".np-table-scroll";

function fitTabStop(box) {
  if (box.scrollWidth > box.clientWidth) {
    box.setAttribute("tabindex", "0");
  } else if (document.activeElement !== box) {
    box.removeAttribute("tabindex");
  }
}

const scrollBoxSizes =
  "ResizeObserver" in window
    ? new ResizeObserver((entries) => {
        entries.forEach((entry) => {
          const box = entry.target.closest(SCROLL_BOX);
          if (box) {
            fitTabStop(box);
          }
        });
      })
    : null;

function watchScrollBoxes(root) {
  if (!scrollBoxSizes || !(root instanceof Element)) {
    return;
  }
  const boxes = [...root.querySelectorAll(SCROLL_BOX)];
  if (root.matches(SCROLL_BOX)) {
    boxes.push(root);
  }
  boxes.forEach((box) => {
    fitTabStop(box);
    if (!box.npTabStopWatched) {
      box.npTabStopWatched = true;
      box.addEventListener("blur", () => fitTabStop(box));
    }
    scrollBoxSizes.observe(box);
    if (box.firstElementChild) {
      scrollBoxSizes.observe(box.firstElementChild);
    }
  });
}

watchScrollBoxes(document.body);
document.body.addEventListener("htmx:load", (event) => watchScrollBoxes(event.detail.elt));
