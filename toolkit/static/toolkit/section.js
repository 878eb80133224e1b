// The answering page (toolkit/exercises/answer.html). Without JavaScript every input
// belongs to the section's form (its `form` attribute) and the section has one save button.
// With it, autosave (static/js/autosave.js, loaded after this) saves each question's own
// small form as people answer: give each input back to its question's form, and take the
// section's button away, so there is one way to save.
for (const input of document.querySelectorAll('[form="np-section"]')) {
  input.removeAttribute("form");
}
const section = document.querySelector("form[data-section-save]");
if (section) section.hidden = true;
