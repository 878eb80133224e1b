// Search boxes with suggestions as you type: every plain text input that
// nextpractice.widgets.SearchInput writes (data-np-autocomplete="<JSON endpoint>") becomes
// the GOV.UK Design System's accessible-autocomplete (vendored in static/vendor/).
//
// Without JavaScript the plain input still works: the server resolves what was typed. With
// it, picking a suggestion also fills the hidden "<name>_choice" input with the row's id,
// which the server trusts while the text still reads as that row's name.
import "../vendor/accessible-autocomplete.min.js";

const DELAY_MS = 150;

function addStylesheet(href) {
  if (document.querySelector(`link[href="${href}"]`)) {
    return;
  }
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = href;
  document.head.appendChild(link);
}

function escapeHtml(text) {
  const div = document.createElement("div");
  div.textContent = text == null ? "" : String(text);
  return div.innerHTML;
}

// The state of the form's fields named in data-np-autocomplete-sends, sent with each search
// (a new discussion's "For programme officers only" narrows who may be mentioned): a ticked
// box as its value, an unticked one not at all, as the form would send them.
function sentWith(input) {
  const form = input.form;
  const names = (input.dataset.npAutocompleteSends || "").split(" ").filter(Boolean);
  return (params) => {
    names.forEach((name) => {
      const field = form && form.elements.namedItem(name);
      params.delete(name);
      if (!field || (field.type === "checkbox" && !field.checked)) {
        return;
      }
      params.set(name, field.value);
    });
  };
}

// Fetch suggestions for `query`, waiting for a pause in typing; a newer query cancels an
// older one still on its way. `answered(data, query)` sees each answer in full; `send(params)`
// adds what else the search depends on.
function suggestions(endpoint, answered, send = () => {}) {
  let timer = null;
  let controller = null;
  return (query, populate) => {
    window.clearTimeout(timer);
    timer = window.setTimeout(async () => {
      if (controller) {
        controller.abort();
      }
      controller = new AbortController();
      const url = new URL(endpoint, window.location.href);
      url.searchParams.set("q", query);
      send(url.searchParams);
      try {
        const response = await fetch(url, {
          signal: controller.signal,
          headers: { Accept: "application/json" },
          credentials: "same-origin",
        });
        if (!response.ok) {
          populate([]);
          return;
        }
        const data = await response.json();
        answered(data, query);
        populate(data.results || []);
      } catch (error) {
        if (error.name !== "AbortError") {
          populate([]);
        }
      }
    }, DELAY_MS);
  };
}

// A box that adds to a list of tick boxes (data-np-adds-to="<their name>": a trial's
// participating organisations): each suggestion picked becomes a ticked box at the end of
// that list at once, and is said ("Added …") in a status message beside the box. Returns
// `add(row)`, or null when the list is not on the page. What is typed and not picked is
// sent as typed, for the server to read (several, with semicolons between them).
function listAdder(input, after) {
  const name = input.dataset.npAddsTo;
  const group = name && document.getElementById(`div_id_${name}`);
  const list = group && group.querySelector(".govuk-checkboxes");
  if (!list) {
    return null;
  }
  // In the page from the start, empty, so that screen readers hear what is put in it.
  const status = document.createElement("div");
  status.className = "govuk-visually-hidden";
  status.setAttribute("role", "status");
  after.after(status);
  return (row) => {
    const boxes = [...list.querySelectorAll("input[type=checkbox]")].filter(
      (box) => box.name === name,
    );
    const same = boxes.find((box) => box.value === String(row.id));
    if (same) {
      status.textContent = same.checked
        ? `${row.label} is in the list already`
        : `Ticked ${row.label} again`;
      same.checked = true;
      return;
    }
    let n = boxes.length + 1;
    while (document.getElementById(`id_${name}_${n}`)) {
      n += 1;
    }
    const item = document.createElement("div");
    item.className = "govuk-checkboxes__item";
    const box = document.createElement("input");
    box.type = "checkbox";
    box.className = "govuk-checkboxes__input";
    box.id = `id_${name}_${n}`;
    box.name = name;
    box.value = row.id;
    box.checked = true;
    const label = document.createElement("label");
    label.className = "govuk-label govuk-checkboxes__label";
    label.htmlFor = box.id;
    label.textContent = row.label;
    item.append(box, label);
    list.append(item);
    status.textContent = `Added ${row.label}`;
  };
}

// A box that finds someone to mention in a post (data-np-inserts-into="<the post's box>",
// discussions/_mention_finder.html): each person picked is written into the post's box as
// "@[Full Name]" where the writer was (their cursor, or over what they had selected), said
// in a status message beside the finder ("Added …"), and the post's box has focus again,
// just after it. Returns `insert(row)`, which returns what to do once the finder is emptied;
// or null when there is no such box. The finder, hidden for pages without this script, shows.
function mentionInserter(input, after) {
  const box = input.dataset.npInsertsInto && document.getElementById(input.dataset.npInsertsInto);
  if (!box) {
    return null;
  }
  const finder = input.closest("[data-np-mention-finder]");
  if (finder) {
    finder.hidden = false;
  }
  const status = document.createElement("div");
  status.className = "govuk-visually-hidden";
  status.setAttribute("role", "status");
  after.after(status);
  // Where the writer was: until they have been in the box (or written in it, perhaps
  // before this script came), its end.
  let been = document.activeElement === box;
  box.addEventListener("focus", () => {
    been = true;
  });
  return (row) => {
    const written = been || box.value !== box.defaultValue;
    const start = written ? box.selectionStart : box.value.length;
    const end = written ? box.selectionEnd : start;
    const before = box.value.slice(0, start);
    const following = box.value.slice(end);
    const mention = `@[${row.label}]`;
    const text =
      (before && !/\s$/.test(before) ? " " : "") +
      mention +
      (following && /^\s/.test(following) ? "" : " ");
    box.setRangeText(text, start, end, "end");
    box.dispatchEvent(new Event("input", { bubbles: true }));
    status.textContent = `Added ${mention} to your post`;
    return () => box.focus();
  };
}

function enhance(input) {
  const choice = input.parentNode.querySelector(
    `input[name="${CSS.escape(input.name)}_choice"]`,
  );
  const container = document.createElement("div");
  container.className = "np-autocomplete";
  const describedBy = input.getAttribute("aria-describedby");
  const errored = input.classList.contains("govuk-input--error");
  const { id, name, value } = input;
  // A box that adds picks one by one says so in its hint (data-np-adds-to-hint), in place of
  // the hint for typing several with semicolons, which is for pages without this script.
  const hint = (describedBy || "")
    .split(" ")
    .map((each) => each && document.getElementById(each))
    .find((each) => each && each.classList.contains("govuk-hint"));
  if (input.dataset.npAddsToHint && hint) {
    hint.textContent = input.dataset.npAddsToHint;
  }
  input.parentNode.insertBefore(container, input);
  const add = listAdder(input, container) || mentionInserter(input, container);
  const inserts = Boolean(input.dataset.npInsertsInto);
  const send = sentWith(input); // read before the input goes: it knows its form
  input.remove(); // the component's input takes its id and name

  // For those who may add an organisation (the answer carries `add_url`), a link to add
  // what was typed when nothing matches; in a new tab, so the form here keeps its answers.
  const offer = document.createElement("p");
  offer.className = "govuk-body-s govuk-!-margin-top-2";
  offer.hidden = true;
  const link = document.createElement("a");
  link.className = "govuk-link";
  link.target = "_blank";
  link.rel = "noopener noreferrer";
  offer.appendChild(link);
  container.after(offer);
  let offered = false;
  let several = false;
  const answered = (data, query) => {
    // Several names typed with semicolons (as the page without this script asks): not one
    // organisation's name to add to the directory.
    several = query.includes(";");
    offered = Boolean(data.add_url) && !(data.results || []).length && !several;
    offer.hidden = !offered;
    container.classList.toggle("np-autocomplete--offering", offered);
    if (offered) {
      const url = new URL(data.add_url, window.location.href);
      url.searchParams.set("name", query);
      url.searchParams.set("from", "picker"); // once added, it says to come back here
      link.href = url.pathname + url.search;
      link.textContent = `Not in the directory? Add “${query}” (opens in a new tab)`;
    }
  };

  window.accessibleAutocomplete({
    element: container,
    id,
    name,
    defaultValue: value,
    minLength: 2,
    showNoOptionsFound: true,
    // The list lies over the page: shown inline, it pushed what follows down and let it
    // jump back as it closed on a click, so a click on "Save changes" fell off the button.
    displayMenu: "overlay",
    inputClasses: errored ? "govuk-input--error" : null,
    source: suggestions(input.dataset.npAutocomplete, answered, send),
    templates: {
      inputValue: (row) => (row && typeof row === "object" ? row.label : row || ""),
      suggestion: (row) => {
        if (!row || typeof row !== "object") {
          return escapeHtml(row);
        }
        const hint = row.hint
          ? `<span class="np-autocomplete__hint">${escapeHtml(row.hint)}</span>`
          : "";
        return `${escapeHtml(row.label)}${hint}`;
      },
    },
    // A box that adds to a list adds only what is picked (Enter or a click), not what was
    // highlighted when focus left it.
    confirmOnBlur: !add,
    onConfirm: (row) => {
      if (!row || typeof row !== "object") {
        return;
      }
      if (add) {
        const then = add(row);
        // Emptied for the next, once the component has put the pick in it: told by an
        // input event, as typing would, so that it knows the box is empty.
        window.setTimeout(() => {
          const box = document.getElementById(id);
          if (box) {
            box.value = "";
            box.dispatchEvent(new Event("input", { bubbles: true }));
          }
          if (choice) {
            choice.value = "";
          }
          if (typeof then === "function") {
            then();
          }
        }, 0);
      } else if (choice) {
        choice.value = row.id;
      }
    },
    tNoResults: () => {
      if (inserts) {
        return "Nobody of that name can see this discussion: check the spelling";
      }
      if (several) {
        return "No matches: type one name or URN at a time, and choose it";
      }
      return offered
        ? "No matches: check the spelling, or add it with the link below the box"
        : "No matches: check the spelling, or type more of the name";
    },
  });

  // Keep the field's hint and error message read out with it.
  const made = document.getElementById(id);
  if (made && describedBy) {
    const own = made.getAttribute("aria-describedby");
    made.setAttribute("aria-describedby", own ? `${describedBy} ${own}` : describedBy);
  }

  // Escape on a highlighted suggestion closed the list and left focus on nothing (the page):
  // the next Tab jumped to the end of the form (alphagov/accessible-autocomplete#692). Focus
  // goes back to the box first, before the component sees the key (this listener, on the
  // container, captures it), so that the component closes the list as for an Escape in the
  // box, keeping what was typed.
  container.addEventListener(
    "keydown",
    (event) => {
      if (event.key === "Escape" && made && event.target !== made) {
        made.focus();
      }
      // A finder of people to mention sits in the post's form, but Enter there picks a
      // person (the component's own handler still sees the key): it never sends the post.
      if (event.key === "Enter" && inserts) {
        event.preventDefault();
      }
    },
    true,
  );
}

const inputs = document.querySelectorAll("input[data-np-autocomplete]");
if (inputs.length && window.accessibleAutocomplete) {
  const here = import.meta.url;
  addStylesheet(new URL("../vendor/accessible-autocomplete.min.css", here).pathname);
  addStylesheet(new URL("../css/autocomplete.css", here).pathname);
  inputs.forEach(enhance);
}
