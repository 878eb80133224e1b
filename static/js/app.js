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

function showConnectionProblem() {
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
