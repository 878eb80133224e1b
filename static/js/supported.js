// Loaded as a blocking script at the very top of <body>, so it runs before the page is first
// drawn: styles meant for browsers running GOV.UK Frontend's JavaScript apply from the first
// paint, and the menu on a phone does not show open and then collapse (a 180 px jump).
// The same test govuk-frontend's template makes inline, which our strict CSP forbids.
if ("noModule" in HTMLScriptElement.prototype) {
  document.body.classList.add("js-enabled", "govuk-frontend-supported");
}
