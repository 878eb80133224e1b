// Autosave for toolkit answers: nothing typed is lost to a dropped connection or an
// expired session.
//
// Each question is a <form data-autosave="<exercise pk>:<question key>"> that htmx posts on
// change (and after a pause in typing). This module keeps what was typed or chosen in
// localStorage until the server confirms the save. If the request fails (no connection,
// a server error, or the session has ended: the server answers htmx with 401), it says so
// next to the question and tries again when the browser is back online and on the next page
// load, then forgets the kept value once the server has it.
//
// A ranking (a form marked data-save-when-complete) is only sent once every item has a rank:
// until then the choices made so far are kept on the device, so that leaving half-way and
// coming back (a reload, the next day) finds them, and no error is shown while ranking.
//
// Loaded with <script type="module"> on the answering page (strict CSP: no inline script).

const PREFIX = "np-autosave:";
const NOT_SAVED =
  "Not saved yet: we kept your answer on this device and will save it when you are back online.";
const SIGNED_OUT =
  "Not saved yet: you have been signed out. We kept your answer on this device and will " +
  "save it when you sign in again.";

function storage() {
  try {
    const probe = PREFIX + "probe";
    window.localStorage.setItem(probe, "1");
    window.localStorage.removeItem(probe);
    return window.localStorage;
  } catch {
    return null; // private browsing with storage switched off: autosave still works online
  }
}

const store = storage();

function keyOf(form) {
  return PREFIX + form.dataset.autosave;
}

// What the form would post, without the CSRF token (which changes between pages).
function entriesOf(form) {
  return [...new FormData(form).entries()]
    .filter(([name]) => name !== "csrfmiddlewaretoken")
    .map(([name, value]) => [name, String(value)]);
}

function same(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

function keep(form) {
  if (!store) return;
  const kept = {
    url: form.getAttribute("action"),
    entries: entriesOf(form),
    at: Date.now(),
    partial: isPartRanked(form),
  };
  store.setItem(keyOf(form), JSON.stringify(kept));
}

function kept(key) {
  try {
    return JSON.parse(store.getItem(key));
  } catch {
    return null;
  }
}

function forget(key) {
  if (store) store.removeItem(key);
}

function statusOf(form) {
  return form.querySelector(".np-answer-status");
}

function markError(form, isError) {
  const group = form.querySelector(".govuk-form-group");
  if (group) group.classList.toggle("govuk-form-group--error", isError);
  for (const input of form.querySelectorAll(".govuk-input, .govuk-textarea, .govuk-select")) {
    const base = input.classList[0];
    input.classList.toggle(`${base}--error`, isError);
  }
}

// Replace the question's status line with one paragraph: `state` says what it means.
function say(form, message, state, className) {
  const status = statusOf(form);
  if (!status) return;
  status.replaceChildren();
  const p = document.createElement("p");
  p.className = className;
  p.dataset.state = state;
  p.textContent = message;
  status.append(p);
}

function sayNotSaved(form, message) {
  say(form, message, "kept", "govuk-error-message");
}

// Put kept values back into a form (radios, checkboxes, selects, text).
function restore(form, entries) {
  const values = new Map();
  for (const [name, value] of entries) {
    if (!values.has(name)) values.set(name, []);
    values.get(name).push(value);
  }
  for (const element of form.elements) {
    if (!element.name || element.name === "csrfmiddlewaretoken") continue;
    const given = values.get(element.name) || [];
    if (element.type === "radio" || element.type === "checkbox") {
      element.checked = given.includes(element.value);
    } else if (element.tagName === "SELECT" || element.tagName === "TEXTAREA") {
      element.value = given[0] ?? "";
    } else if (element.type !== "submit" && element.type !== "hidden") {
      element.value = given[0] ?? "";
    }
  }
}

const PARTIAL =
  "Not saved yet: give every item a rank and your ranking saves. We keep the ranks you have " +
  "chosen on this device until then.";

// A ranking with some items ranked and some not: not worth sending yet.
function isPartRanked(form) {
  if (!("saveWhenComplete" in form.dataset)) return false;
  const values = [...form.querySelectorAll("select")].map((select) => select.value);
  return values.some((v) => v === "") && values.some((v) => v !== "");
}

function sayPartial(form) {
  say(form, PARTIAL, "partial", "govuk-hint govuk-!-margin-bottom-2");
  markError(form, false);
}

function csrfToken() {
  const input = document.querySelector("input[name=csrfmiddlewaretoken]");
  return input ? input.value : "";
}

function isSignInPage(xhr) {
  return Boolean(xhr && xhr.responseURL && xhr.responseURL.includes("/accounts/sign-in/"));
}

// Re-post a kept answer whose question is not on this page (same exercise, other section).
async function postKept(key, value) {
  const body = new URLSearchParams(value.entries);
  body.append("csrfmiddlewaretoken", csrfToken());
  try {
    const response = await fetch(value.url, {
      method: "POST",
      body,
      headers: { "HX-Request": "true" },
      credentials: "same-origin",
      redirect: "manual",
    });
    // 2xx: saved; 400/409: the server decided (refused it), so stop retrying.
    if (response.ok || response.status === 400 || response.status === 409) forget(key);
  } catch {
    // still offline: keep it for the next try
  }
}

function exerciseOnPage() {
  const form = document.querySelector("form[data-autosave]");
  return form ? form.dataset.autosave.split(":")[0] : null;
}

// Send everything kept for this page's exercise: questions on the page through htmx (so
// their status line updates), the others with fetch.
function retryKept() {
  const exercise = exerciseOnPage();
  if (!store || exercise === null) return;
  const prefix = `${PREFIX}${exercise}:`;
  const keys = [];
  for (let i = 0; i < store.length; i += 1) {
    const key = store.key(i);
    if (key && key.startsWith(prefix)) keys.push(key);
  }
  for (const key of keys) {
    const value = kept(key);
    if (!value) {
      forget(key);
      continue;
    }
    const form = document.querySelector(
      `form[data-autosave="${CSS.escape(key.slice(PREFIX.length))}"]`,
    );
    if (!form) {
      // A part-done ranking waits for its own page: sent now, it would only be refused.
      if (!value.partial) postKept(key, value);
      continue;
    }
    if (same(entriesOf(form), value.entries) && !form.dataset.unsaved) {
      forget(key); // the page shows what the server has: nothing to send
      continue;
    }
    restore(form, value.entries);
    form.dataset.unsaved = "1";
    window.htmx.trigger(form, "submit");
  }
}

function formOf(event) {
  const element = event.detail && event.detail.elt;
  return element && element.closest ? element.closest("form[data-autosave]") : null;
}

document.addEventListener("input", (event) => {
  const form = event.target.closest && event.target.closest("form[data-autosave]");
  if (form) keep(form);
});
document.addEventListener("change", (event) => {
  const form = event.target.closest && event.target.closest("form[data-autosave]");
  if (form) keep(form);
});

document.body.addEventListener("htmx:beforeRequest", (event) => {
  const form = formOf(event);
  if (!form || !isPartRanked(form)) return;
  event.preventDefault(); // not sent: kept on the device (by the change listener) instead
  keep(form);
  form.dataset.unsaved = "1";
  sayPartial(form);
});

document.body.addEventListener("htmx:beforeSwap", (event) => {
  const form = formOf(event);
  if (!form) return;
  const { xhr } = event.detail;
  if (isSignInPage(xhr)) {
    // Followed a redirect to the sign-in page: not saved.
    event.detail.shouldSwap = false;
    event.detail.isError = true;
    sayNotSaved(form, SIGNED_OUT);
    return;
  }
  if (xhr.status === 400 || xhr.status === 409) {
    // The server refused this answer with a message for the participant: show it.
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
});

document.body.addEventListener("htmx:afterSwap", (event) => {
  const form = formOf(event);
  if (!form) return;
  const state = form.querySelector(".np-answer-status [data-state]");
  const isError = Boolean(state && state.dataset.state === "error");
  markError(form, isError);
});

document.body.addEventListener("htmx:afterRequest", (event) => {
  const form = formOf(event);
  if (!form) return;
  const { xhr } = event.detail;
  const status = xhr ? xhr.status : 0;
  const decided = event.detail.successful || status === 400 || status === 409;
  if (decided && !isSignInPage(xhr)) {
    delete form.dataset.unsaved;
    const value = store ? kept(keyOf(form)) : null;
    // Forget the kept value only if nothing more was typed while the request was out.
    if (!value || same(value.entries, entriesOf(form))) forget(keyOf(form));
  }
});

document.body.addEventListener("htmx:sendError", (event) => {
  const form = formOf(event);
  if (!form) return;
  keep(form);
  form.dataset.unsaved = "1";
  sayNotSaved(form, NOT_SAVED);
});

document.body.addEventListener("htmx:responseError", (event) => {
  const form = formOf(event);
  if (!form) return;
  keep(form);
  form.dataset.unsaved = "1";
  const status = event.detail.xhr ? event.detail.xhr.status : 0;
  sayNotSaved(form, status === 401 || status === 403 ? SIGNED_OUT : NOT_SAVED);
});

window.addEventListener("online", retryKept);
// htmx (a deferred script) wires up the forms on DOMContentLoaded; retry after it has.
if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", () => window.setTimeout(retryKept, 0));
} else {
  window.setTimeout(retryKept, 0);
}
