// Autosave for toolkit answers: nothing typed is lost to a dropped connection or an
// expired session.
//
// Each question is a <form data-autosave="<exercise pk>-<user pk>:<question key>"> (kept
// values are each person's own, on a shared computer too) that htmx posts on
// change (and after a pause in typing). This module keeps what was typed or chosen in
// localStorage until the server confirms the save. If the request fails (no connection,
// a server error, or the session has ended: the server answers htmx with 401,
// accounts.access.requires; a 403 is the form's token refused, tried once again with the
// token as it is now), it says so
// next to the question and tries again when the browser is back online and on the next page
// load, then forgets the kept value once the server has it.
//
// Leaving a field fires its change event: when the form holds just what the server last
// said it saved (the pause in typing sent it), nothing is sent again and nothing is kept.
//
// A ranking (a form marked data-save-when-complete) is only sent once every item has a rank:
// until then the choices made so far are kept on the device, so that leaving half-way and
// coming back (a reload, the next day) finds them, and no error is shown while ranking.
//
// With this script there is one way to save: the forms' own save buttons (marked
// data-autosave-button, there for people without JavaScript) are hidden. Each form's status
// line (in an aria-live region) says "Saving…", then "Saved at 10:42", or that it is not
// saved, with a "Try again" button. A save answered with data-answered (the toolkit's
// questions) updates the page's progress ([data-progress]) as well.
//
// Any form can use it: <form data-autosave="<group>:<name>"> with an .np-answer-status
// element inside, and "np-autosave" among its hx-trigger events (what a retry sends). Kept
// values are sent again for the group on the page (an exercise, a monthly update).
//
// Loaded with <script type="module"> on the page (strict CSP: no inline script).

const PREFIX = "np-autosave:";
// What was kept, as the form names it (data-autosave-noun), else "your answer".
const notSaved = (noun) =>
  `Not saved yet: we kept ${noun} on this device and will save it when you are back ` +
  "online, or you can try again now.";
const signedOutWords = (noun) =>
  `Not saved yet: you have been signed out. We kept ${noun} on this device and will ` +
  "save it when you sign in again.";

// The form's security token refused (403), even as it is now: the page was drawn before the
// person's session, and only a new copy of the page can save. Reloading it puts back what was
// kept on this device.
const outOfDate = (noun) =>
  store
    ? `Not saved: this page is out of date. We kept ${noun} on this device: reload the ` +
      "page to save it."
    : `Not saved: this page is out of date. Copy ${noun}, then reload the page.`;

function nounOf(form) {
  return form.dataset.autosaveNoun || "your answer";
}

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

// What the person typed or chose: the entries without the form's hidden inputs (a monthly
// update's `version`, which each save moves on).
function typed(form, entries) {
  const hidden = new Set(
    [...form.querySelectorAll("input[type=hidden]")].map((input) => input.name),
  );
  return entries.filter(([name]) => !hidden.has(name));
}

// What the form holds now, as typed, in the form data-sending and data-saved record it.
function typedNow(form) {
  return JSON.stringify(typed(form, entriesOf(form)));
}

function sameTyped(form, a, b) {
  return same(typed(form, a), typed(form, b));
}

// Whether what the form holds is what the server last said it saved (data-saved, set when a
// save succeeds), with nothing waiting to be sent again.
function isSaved(form) {
  return (
    form.dataset.saved !== undefined &&
    !form.dataset.unsaved &&
    form.dataset.saved === typedNow(form)
  );
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

const SAVE_EVENT = "np-autosave"; // in each form's hx-trigger: a retry sends it

function save(form) {
  window.htmx.trigger(form, SAVE_EVENT);
}

// Signed out (the server answered 401, or a redirect to the sign-in page was followed): a form
// may say what to do in its own words (data-autosave-signed-out, a monthly update's "Sign in
// again in another tab, then press Save as draft."), and then shows the buttons it names
// again (data-autosave-button). What was typed stays in the boxes either way.
function saySignedOut(form) {
  const own = form.dataset.autosaveSignedOut;
  form.dataset.signedOut = "1";
  sayNotSaved(form, own || signedOutWords(nounOf(form)), { retry: false });
  if (!own) return;
  for (const button of form.querySelectorAll("[data-autosave-button]")) {
    button.classList.remove("govuk-!-display-none");
  }
}

function sayNotSaved(form, message, { retry = true } = {}) {
  say(form, message, "kept", "govuk-error-message");
  if (!retry) return; // signed out: trying again cannot help until they sign in
  const button = document.createElement("button");
  button.type = "button";
  button.className = "govuk-button govuk-button--secondary govuk-!-margin-bottom-2";
  button.dataset.autosaveRetry = "";
  button.textContent = "Try again";
  const what = document.createElement("span");
  what.className = "govuk-visually-hidden";
  what.textContent = form.dataset.autosaveName ? `: save ${form.dataset.autosaveName}` : "";
  button.append(what);
  statusOf(form).append(button);
}

function saySaving(form) {
  say(form, "Saving…", "saving", "govuk-hint govuk-!-margin-bottom-2");
}

// "3 of 11 questions answered": the answered questions of other sections (as the page was
// drawn) and those of this page's forms, as their last save said.
function showProgress() {
  const progress = document.querySelector("[data-progress]");
  if (!progress) return;
  const forms = document.querySelectorAll("form[data-autosave][data-answered]");
  const here = [...forms].filter((form) => form.dataset.answered === "1").length;
  const answered = Number(progress.dataset.elsewhere) + here;
  const total = Number(progress.dataset.total);
  const counted = `${answered} of ${total} question${total === 1 ? "" : "s"} answered`;
  progress.textContent = `${progress.dataset.section}; ${counted}.`;
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
    } else if (element.type === "hidden") {
      // A kept save goes with the version it was typed against: the server refuses it if
      // the draft was saved since (by someone else, or in another tab or window), rather
      // than overwrite those changes.
      if (given.length) element.value = given[0];
    } else if (element.type !== "submit") {
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

// The security token as it is now: signing in again (in another tab, as a form signed out
// asks) gives a new one, in Django's cookie (csrftoken, __Host-csrftoken over HTTPS), and the
// page's own would be refused as from a page open too long. Else the page's.
function csrfToken() {
  const cookie = document.cookie
    .split("; ")
    .find((pair) => pair.startsWith("csrftoken=") || pair.startsWith("__Host-csrftoken="));
  if (cookie) return cookie.slice(cookie.indexOf("=") + 1);
  const input = document.querySelector("input[name=csrfmiddlewaretoken]");
  return input ? input.value : "";
}

// Each save, and the form when it is sent (its buttons), go with the token as it is now.
function freshenToken(form) {
  const token = csrfToken();
  for (const input of form.querySelectorAll("input[name=csrfmiddlewaretoken]")) {
    if (token) input.value = token;
  }
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
    if (sameTyped(form, entriesOf(form), value.entries) && !form.dataset.unsaved) {
      forget(key); // the page shows what the server has: nothing to send
      continue;
    }
    restore(form, value.entries);
    form.dataset.unsaved = "1";
    save(form);
  }
}

// Changed since the server drew the page (the inputs' default state): an answer given in
// the moment before htmx was ready, which nothing has sent, though the page shows it.
function changedSinceLoad(form) {
  for (const element of form.elements) {
    if (!element.name || element.type === "hidden" || element.type === "submit") continue;
    if (element.type === "radio" || element.type === "checkbox") {
      if (element.checked !== element.defaultChecked) return true;
    } else if (element.tagName === "SELECT") {
      const first = [...element.options].find((o) => o.defaultSelected) || element.options[0];
      if (first && element.value !== first.value) return true;
    } else if (element.value !== element.defaultValue) {
      return true;
    }
  }
  return false;
}

function saveEarlyAnswers() {
  for (const form of document.querySelectorAll("form[data-autosave]")) {
    if (form.dataset.unsaved || !changedSinceLoad(form)) continue;
    keep(form);
    if (!isPartRanked(form)) save(form);
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
  if (!form) return;
  if (isSaved(form)) forget(keyOf(form));
  else keep(form);
});

document.body.addEventListener("htmx:configRequest", (event) => {
  const form = formOf(event);
  if (!form) return;
  freshenToken(form);
  const token = csrfToken();
  if (token) event.detail.parameters.csrfmiddlewaretoken = token;
  form.dataset.sentToken = token;
});

document.body.addEventListener("htmx:beforeRequest", (event) => {
  const form = formOf(event);
  if (!form) return;
  const config = event.detail.requestConfig;
  const trigger = config && config.triggeringEvent;
  if (trigger && trigger.type === "change" && isSaved(form)) {
    // Leaving a field whose text the pause in typing already saved: nothing new to send.
    event.preventDefault();
    return;
  }
  if (!isPartRanked(form)) {
    form.dataset.sending = typedNow(form);
    saySaving(form);
    return;
  }
  event.preventDefault(); // not sent: kept on the device (by the change listener) instead
  keep(form);
  form.dataset.unsaved = "1";
  sayPartial(form);
});

document.addEventListener("click", (event) => {
  const button = event.target.closest && event.target.closest("[data-autosave-retry]");
  const form = button && button.closest("form[data-autosave]");
  if (form) save(form);
});

document.body.addEventListener("htmx:beforeSwap", (event) => {
  const form = formOf(event);
  if (!form) return;
  const { xhr } = event.detail;
  if (isSignInPage(xhr)) {
    // Followed a redirect to the sign-in page: not saved.
    event.detail.shouldSwap = false;
    event.detail.isError = true;
    saySignedOut(form);
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
  if (state && state.dataset.answered !== undefined) {
    form.dataset.answered = state.dataset.answered;
    showProgress();
  }
});

document.body.addEventListener("htmx:afterRequest", (event) => {
  const form = formOf(event);
  if (!form) return;
  const { xhr } = event.detail;
  const status = xhr ? xhr.status : 0;
  const decided = event.detail.successful || status === 400 || status === 409;
  if (decided && !isSignInPage(xhr)) {
    delete form.dataset.unsaved;
    delete form.dataset.signedOut;
    delete form.dataset.tokenRetried;
    if (event.detail.successful) form.dataset.saved = form.dataset.sending || "";
    else delete form.dataset.saved;
    const value = store ? kept(keyOf(form)) : null;
    // Forget the kept value only if nothing more was typed while the request was out.
    if (!value || sameTyped(form, value.entries, entriesOf(form))) forget(keyOf(form));
  }
});

document.body.addEventListener("htmx:sendError", (event) => {
  const form = formOf(event);
  if (!form) return;
  keep(form);
  form.dataset.unsaved = "1";
  sayNotSaved(form, notSaved(nounOf(form)));
});

document.body.addEventListener("htmx:responseError", (event) => {
  const form = formOf(event);
  if (!form) return;
  keep(form);
  form.dataset.unsaved = "1";
  const status = event.detail.xhr ? event.detail.xhr.status : 0;
  if (status === 401) {
    saySignedOut(form); // signed out, not offline: "Try again" cannot help
  } else if (status === 403) {
    // The token refused. The answer may have set a new one (Django's cookie): try once with
    // it. Refused again, or no new one: only a new copy of the page can save.
    if (!form.dataset.tokenRetried && csrfToken() !== form.dataset.sentToken) {
      form.dataset.tokenRetried = "1";
      save(form);
      return;
    }
    sayNotSaved(form, outOfDate(nounOf(form)), { retry: false });
  } else {
    sayNotSaved(form, notSaved(nounOf(form)));
  }
});

// Back to this page after signing in again in another tab (as the signed-out line asks):
// what was kept is sent again, with the new token, rather than waiting for more typing.
function retrySignedOut() {
  if (document.visibilityState === "hidden") return;
  for (const form of document.querySelectorAll("form[data-autosave][data-signed-out]")) {
    save(form);
  }
}
window.addEventListener("focus", retrySignedOut);
document.addEventListener("visibilitychange", retrySignedOut);

// Submitting the form (a monthly update's "Submit the update") while a save is on its way:
// the form goes once the save is answered, with the version that save left, else the server
// would take the submission for an edit of an older copy and refuse it ("someone else
// changed this"). Leaving the box last typed in sends such a save as the button is pressed.
const SUBMIT_WAIT_MS = 10000; // a save not answered by then: submit anyway, the server decides
document.addEventListener("submit", (event) => {
  const form = event.target;
  if (!form.matches || !form.matches("form[data-autosave]")) return;
  freshenToken(form);
  if (!form.classList.contains("htmx-request")) return;
  event.preventDefault();
  const submitter = event.submitter;
  let sent = false;
  const send = () => {
    if (sent) return;
    sent = true;
    // After htmx has finished with this request (and started any queued one).
    window.setTimeout(() => (submitter ? form.requestSubmit(submitter) : form.requestSubmit()), 0);
  };
  form.addEventListener("htmx:afterRequest", send, { once: true });
  window.setTimeout(send, SUBMIT_WAIT_MS);
});

// One way to save: with this script running, the buttons for saving without it go, and
// what the page says about saving is said for saving as you write.
for (const button of document.querySelectorAll("form[data-autosave] [data-autosave-button]")) {
  button.classList.add("govuk-!-display-none");
}
if (document.querySelector("form[data-autosave]")) {
  for (const words of document.querySelectorAll("[data-without-autosave]")) {
    words.classList.add("govuk-!-display-none");
  }
  for (const words of document.querySelectorAll("[data-with-autosave]")) {
    words.classList.remove("govuk-!-display-none");
  }
}

window.addEventListener("online", retryKept);
// htmx (a deferred script) wires up the forms on DOMContentLoaded; retry after it has.
function start() {
  retryKept();
  saveEarlyAnswers();
}
if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", () => window.setTimeout(start, 0));
} else {
  window.setTimeout(start, 0);
}
