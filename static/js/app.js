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
