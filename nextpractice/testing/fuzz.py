"""Fuzzing every form the access test knows (nextpractice/tests/test_fuzz_forms.py).

`find_forms` reads the forms a person is shown on the access test's pages (and on the
pages those link to in the same place, such as an exercise's other sections); `read_page`
reads a page's forms and fields as a browser would send them; `values_for` is a hypothesis
strategy for what a person, a paste from a PDF or an attacker might send in them; and
`typed_values` says which of those values a person could have typed, so a form shown
again with errors must still show them.
"""

import html
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

from django.urls import Resolver404, resolve, reverse
from hypothesis import strategies as st

# Who posts: the first of these the access case allows (the administrator passes every
# rule, so others come first: their forms show what a member is shown).
PERSONA_ORDER = ["officer", "consultant", "leader", "partner", "admin"]
# What the access test expects when a persona may post: saved, refused as invalid or stale.
ALLOWED_POST = {200, 204, 302, 400, 409, 422}
SAVED = {200, 204, 302}

CHOICE_KINDS = {"select", "radio", "checkbox"}
ACTION = {"hidden", "submit"}
DATE_PARTS = {"_0": "day_part", "_1": "month_part", "_2": "year_part"}


@dataclass
class FormField:
    name: str
    kind: str  # an input's type, textarea, select, number, day_part (of a date), submit, ...
    value: str = ""  # as shown: the saved value on an edit page, a version number
    options: list = field(default_factory=list)
    multiple: bool = False
    maxlength: int | None = None


@dataclass
class PostForm:
    """A form to post to, as a persona who was shown it (or who the access test says may
    post to its address)."""

    view_name: str
    url: str
    persona: str
    fields: dict
    page: str | None = None  # where the form is shown, to read its hidden values again
    htmx: bool = False
    given: dict = field(default_factory=dict)  # the access case's data, as valid values
    stale: bool = False  # a post went through: the hidden values shown are spent

    def __str__(self):
        return f"{self.view_name} {self.url} as {self.persona}"


# --- Reading forms from a page --------------------------------------------------------------


class _FormReader(HTMLParser):
    """Collects each <form method="post">: its action, whether htmx posts it, its fields."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms = []
        self.links = []
        self._form = None
        self._select = None
        self._option = None
        self._textarea = None
        # Fields that name their form by its id (`form="..."`), wherever they stand.
        self.owned = {}

    def handle_starttag(self, tag, attrs):
        a = {k: (v if v is not None else "") for k, v in attrs}
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        elif tag == "form" and a.get("method", "get").lower() == "post":
            self._form = {
                "id": a.get("id", ""),
                "action": a.get("action", ""),
                "htmx": "hx-post" in a or "data-hx-post" in a,
                "fields": [],
            }
        elif self._form is None:
            return
        elif tag in {"input", "textarea", "select"} and a.get("name") and a.get("form"):
            # A field belongs to the form its `form` attribute names, not the one around it.
            around = self._form
            self._form = self.owned.setdefault(a["form"], {"fields": []})
            self._field(tag, a)
            self._form = around
        else:
            self._field(tag, a)

    def _field(self, tag, a):
        if tag == "input" and a.get("name"):
            self._input(a)
        elif tag == "button" and a.get("name") and a.get("type", "submit") == "submit":
            self._add(a["name"], "submit", options=[a.get("value", "")])
        elif tag == "textarea" and a.get("name"):
            self._textarea = self._add(a["name"], "textarea", maxlength=_int(a.get("maxlength")))
        elif tag == "select" and a.get("name"):
            self._select = self._add(a["name"], "select", multiple="multiple" in a)
        elif tag == "option" and self._select is not None:
            self._close_option()
            self._option = {"value": a.get("value"), "text": "", "selected": "selected" in a}

    def _input(self, a):
        kind = a.get("type", "text").lower()
        name = a["name"]
        if kind in {"radio", "checkbox"}:
            group = next((f for f in self._form["fields"] if f.name == name), None)
            if group is None:
                group = self._add(name, kind)
            group.options.append(a.get("value", "on"))
            group.multiple = kind == "checkbox" and len(group.options) > 1
            if "checked" in a:
                group.value = a.get("value", "on")
        elif kind in {"submit", "image"}:
            self._add(name, "submit", options=[a.get("value", "")])
        elif kind not in {"button", "reset"}:
            if kind == "text" and "govuk-date-input__input" in a.get("class", ""):
                kind = DATE_PARTS.get(name[-2:], "day_part")
            elif kind == "text" and a.get("inputmode") in {"numeric", "decimal"}:
                kind = "numeric"  # a text box for numbers or dates: anything can be typed
            elif kind == "text" and a.get("inputmode") in {"email", "url"}:
                kind = a["inputmode"]
            self._add(name, kind, value=a.get("value", ""), maxlength=_int(a.get("maxlength")))

    def _add(self, name, kind, **kwargs):
        f = FormField(name=name, kind=kind, **kwargs)
        self._form["fields"].append(f)
        return f

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea.value += data
        elif self._option is not None:
            self._option["text"] += data

    def handle_endtag(self, tag):
        if tag == "form" and self._form is not None:
            self.forms.append(self._form)
            self._form = None
        elif tag == "textarea" and self._textarea is not None:
            # The parser keeps the newline a browser drops after <textarea>.
            if self._textarea.value.startswith("\n"):
                self._textarea.value = self._textarea.value[1:]
            self._textarea = None
        elif tag == "option":
            self._close_option()
        elif tag == "select":
            self._close_option()
            self._select = None

    def _close_option(self):
        if self._option is None or self._select is None:
            return
        o = self._option
        value = o["value"] if o["value"] is not None else o["text"].strip()
        self._select.options.append(value)
        if o["selected"]:
            self._select.value = value
        self._option = None


def _int(text):
    try:
        return int(text)
    except (TypeError, ValueError):
        return None


def read_page(body, page_url):
    """The post forms on a page (action made absolute) and the paths of its links."""
    reader = _FormReader()
    reader.feed(body)
    reader.close()
    for form in reader.forms:
        form["fields"] += reader.owned.get(form.get("id") or None, {"fields": []})["fields"]
        form["url"] = urljoin(page_url, form["action"] or page_url)
        # The test client does not check CSRF tokens; uploads have tests of their own.
        form["fields"] = {
            f.name: f
            for f in form["fields"]
            if f.name != "csrfmiddlewaretoken" and f.kind != "file"
        }
    links = [urljoin(page_url, href) for href in reader.links]
    return reader.forms, [link for link in links if not urlsplit(link).netloc]


def _view_of(url):
    try:
        match = resolve(urlsplit(url).path)
    except Resolver404:
        return None, {}
    return match.view_name, match.kwargs


def form_key(view_name, kwargs):
    """Forms at addresses that differ only in an object's id are the same form."""
    return view_name, tuple(sorted((k, v) for k, v in kwargs.items() if not isinstance(v, int)))


# --- Finding every form the access test knows ----------------------------------------------


def allowed_persona(statuses, wanted):
    return next((p for p in PERSONA_ORDER if statuses.get(p) in wanted), None)


def find_forms(client, world, cases, max_siblings=4):
    """Every post form the access cases reach, once each, with a persona allowed to post.

    The pages are the access cases' GETs (each as the first persona who may read it), and
    the pages they link to that are the same page of the same object (an exercise's next
    section); the forms are the post forms on those pages, then the access cases' POSTs whose
    form no page showed, with the fields their data names."""
    found = {}
    seen_pages = set()

    def visit(url, persona, follow_siblings):
        if (url, persona) in seen_pages:
            return
        seen_pages.add((url, persona))
        client.force_login(world.users[persona])
        response = client.get(url)
        content_type = response.get("Content-Type", "")
        if response.status_code != 200 or response.streaming or "html" not in content_type:
            return
        forms, links = read_page(response.content.decode(), url)
        for form in forms:
            view_name, kwargs = _view_of(form["url"])
            if view_name is None or all(f.kind == "submit" for f in form["fields"].values()):
                continue  # nothing to type or choose: the access test posts it
            found.setdefault(
                form_key(view_name, kwargs),
                PostForm(view_name, form["url"], persona, form["fields"], url, form["htmx"]),
            )
        if follow_siblings:
            page_view, page_kwargs = _view_of(url)
            siblings = []
            for link in links:
                view_name, kwargs = _view_of(link)
                same_object = {k: v for k, v in kwargs.items() if isinstance(v, int)} == {
                    k: v for k, v in page_kwargs.items() if isinstance(v, int)
                }
                if view_name == page_view and same_object and kwargs != page_kwargs:
                    path = urlsplit(link).path
                    if path not in siblings:
                        siblings.append(path)
            for path in siblings[:max_siblings]:
                visit(path, persona, follow_siblings=False)

    posts = []
    for name, name_cases in cases.items():
        for method, kwargs, statuses, data in name_cases:
            url = reverse(name, kwargs=kwargs)
            if method == "get" and data is None:
                persona = allowed_persona(statuses, {200})
                if persona:
                    visit(url, persona, follow_siblings=True)
            elif method == "post":
                persona = allowed_persona(statuses, ALLOWED_POST)
                if persona:
                    posts.append((name, kwargs, url, persona, data or {}, statuses[persona]))
    for name, kwargs, url, persona, data, status in posts:
        key = form_key(name, kwargs)
        if key not in found:
            visit(url, persona, follow_siblings=False)  # a page that shows its own form
        if key not in found and data:  # no page shows it: the fields the access case sends
            fields = {k: _field_from_data(k, v) for k, v in data.items()}
            found[key] = PostForm(name, url, persona, fields)
        if key in found and status in SAVED:  # data the access test expects to be saved
            found[key].given = {**data, **found[key].given}
    # Buttons that only act (close an exercise, submit answers) last, so they do not close
    # what the forms with fields are still to be posted to.
    return sorted(
        found.values(), key=lambda form: all(f.kind in ACTION for f in form.fields.values())
    )


def _field_from_data(name, value):
    if isinstance(value, list | tuple):
        return FormField(name, "checkbox", options=[str(v) for v in value], multiple=True)
    return FormField(name, "text", value=str(value))


# --- What to send ---------------------------------------------------------------------------

WORDS = ["Plain words", "Reading recovery in Year 7", "Sam Patel", "A school in Leeds"]
C0 = [chr(c) for c in range(0x20) if chr(c) not in "\t\n\r"] + ["\x7f"]
RIGHT_TO_LEFT = [
    "\u202egnp.exe",
    "مدرسة ابتدائية في القاهرة",
    "בית ספר יסודי בתל אביב",
    "Year 7 \u202bمرحبا\u202c then \u200fשלום",
]
EMOJI = ["🙂", "👩🏽‍🏫", "🏫📚✏️", "🇬🇧", "e\u0301\u0301\u0301", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "\ufeffBOM"]
MARKUP = [
    "<script>alert(1)</script>",
    "\"'><img src=x onerror=alert(1)>",
    "{{ 7|add:7 }} {% now 'Y' %}",
    "<b>bold</b> &amp; &lt;escaped&gt; &#0;",
    "It's a \"quoted\" 'word' `tick`",
    "javascript:alert(1)",
    '=HYPERLINK("http://example.org")',
]
SQL = [
    "'; DROP TABLE accounts_user; --",
    "' OR '1'='1",
    "1; SELECT pg_sleep(0)",
    "100%_of_\\schools",
    "%s %(name)s {0}",
]
NUMBERS = [
    "99999999999999999999",
    "-99999999999999999999",
    "-1",
    "0",
    "1.5",
    "-0.0001",
    "1e309",
    "NaN",
    "Infinity",
    "1,000",
    "٣",
    "0x10",
]
DATES = [
    "31/2/2024",
    "2024-02-31",
    "0/0/0",
    "1/1/0",
    "1/1/99999999999999999999",
    "99999999999999999999-01-01",
    "0000-00-00",
    "2024-13",
    "-1/-1/-1",
]
VALID_DATES = [("27", "3", "2006"), ("1", "5", "2024")]
# (day, month, year): 31 February, year 0, a 20-digit year, and other impossible dates.
IMPOSSIBLE_DATES = [
    ("31", "2", "2024"),
    ("1", "1", "99999999999999999999"),
    ("1", "1", "0"),
    ("99999999999999999999", "1", "2024"),
    ("1", "99999999999999999999", "2024"),
    ("0", "0", "0"),
    ("29", "2", "2023"),
    ("1", "13", "2024"),
    ("-1", "1", "2024"),
    ("1", "1", "10000"),
    ("1.5", "1", "2024"),
]
EMPTY = ["", " ", "\t", "\n", "\r\n", "   \r\n  ", "\u00a0", "\u200b"]
UNKNOWN_CHOICES = ["nothing", "-1", "0", "99999999999999999999", "<b>x</b>", "", "\x00"]


def _long(chunk, length):
    return (chunk * (length // len(chunk) + 1))[:length]


def _text_in(alphabet):
    return st.text(alphabet=alphabet, min_size=1, max_size=40)


# Each theme: a strategy for a field a person types into. A post sends one theme in every
# typed field and valid values elsewhere, so it gets past the first error.
TEXT_THEMES = {
    # About 600 characters first (over the 500 a notification holds), then 5,000 to 100,000.
    "long": st.builds(
        _long,
        st.sampled_from(["Long text. ", "ا", "🙂", "<b>&</b>"]),
        st.one_of(st.just(600), st.integers(5_000, 100_000)),
    ),
    # NUL first: text pasted from a PDF.
    "control": st.builds(
        "{}{}{}".format,
        st.sampled_from(WORDS),
        st.lists(st.sampled_from(C0), min_size=1, max_size=4).map("".join),
        st.sampled_from(WORDS),
    ),
    # Right-to-left (an override first), emoji and combining marks, then any text at all.
    "unicode": st.one_of(
        st.sampled_from(RIGHT_TO_LEFT + EMOJI),
        _text_in(st.characters(min_codepoint=0x0590, max_codepoint=0x06FF)),
        _text_in(st.characters(min_codepoint=0x1F300, max_codepoint=0x1FAFF)),
        st.text(min_size=1, max_size=200),
    ),
    "markup": st.sampled_from(MARKUP + SQL),
    "numbers": st.one_of(
        st.sampled_from(NUMBERS),
        st.integers(-(10**20), 10**20).map(str),
        st.decimals(allow_nan=False, allow_infinity=False, places=4).map(str),
    ),
    "dates": st.sampled_from(DATES),
    "empty": st.sampled_from(EMPTY),
}
THEMES = ["valid", *TEXT_THEMES, "unknown_choices"]


def valid_value(form, f):
    """What a careful person would send in field `f`."""
    if f.value and f.kind not in {"radio", "checkbox", "select", "submit"}:
        return f.value
    given = form.given.get(f.name)
    if given is not None and not isinstance(given, list | tuple):
        return str(given)
    if f.kind in {"numeric", "text"} and (f.name.endswith("_on") or "date" in f.name):
        return "1/9/2099" if f.name.startswith("end") or "close" in f.name else "27/3/2006"
    if f.kind == "text" and "month" in f.name:
        return "3/2009"
    return {
        "email": "someone@example.org",
        "url": "https://example.org/",
        "number": "3",
        "numeric": "3",
        "date": "2024-05-01",
        "month": "2024-05",
        "day_part": "1",
        "month_part": "5",
        "year_part": "2024",
        "password": "a-long-enough-password-42",
    }.get(f.kind, WORDS[0])


def _choice(form, f, unknown):
    """A strategy for a select, radio or checkbox field."""
    real = [o for o in f.options if o != ""] or f.options or [""]
    given = form.given.get(f.name)
    first = [str(given)] if str(given) in real else [f.value] if f.value else []
    if unknown:
        pick = st.sampled_from(UNKNOWN_CHOICES)
    else:
        pick = st.sampled_from(list(dict.fromkeys([*first, *real])))
    if f.multiple:
        start = [str(v) for v in given] if isinstance(given, list | tuple) else None
        lists = st.lists(pick, max_size=max(len(real), 1), unique=True)
        return st.just(start) | lists if start and not unknown else lists
    if f.kind == "checkbox" and not unknown:
        return st.sampled_from([None, real[0]])  # a box left unticked is not sent
    return pick


def _date_part(f, parts):
    return parts.map(lambda d: d[{"day_part": 0, "month_part": 1, "year_part": 2}[f.kind]])


def _date_parts(form, theme):
    """One date for all the parts of a date input: impossible in the dates theme (31
    February first), a huge or odd number in each part in the numbers theme (20 digits
    first), otherwise real."""
    if theme == "numbers":
        return None
    dates = st.sampled_from(IMPOSSIBLE_DATES if theme == "dates" else VALID_DATES)
    return st.shared(dates, key=f"date {form.url} {theme}")


def values_for(form, theme):
    """A strategy for the data of one post of `form` in `theme`: a dict of field values
    (None: not sent). Hidden fields keep what the page gave (a version number, so the
    optimistic-concurrency check passes) unless the theme sends unknown values."""
    fields = {}
    dates = _date_parts(form, theme)
    for f in form.fields.values():
        if f.kind == "submit":
            continue
        if f.kind in CHOICE_KINDS:
            fields[f.name] = _choice(form, f, unknown=theme == "unknown_choices")
        elif f.kind == "hidden":
            keep = st.just(KEEP)
            fuzzed = TEXT_THEMES["numbers"] | st.sampled_from(UNKNOWN_CHOICES)
            fields[f.name] = keep | fuzzed if theme in {"unknown_choices", "numbers"} else keep
        elif f.kind in DATE_PARTS.values():
            fields[f.name] = TEXT_THEMES[theme] if dates is None else _date_part(f, dates)
        elif theme in TEXT_THEMES:
            fields[f.name] = TEXT_THEMES[theme]
        elif theme == "valid" and f.kind in {"text", "textarea"} and not f.value:
            fields[f.name] = st.just(valid_value(form, f)) | st.sampled_from(WORDS)
        else:
            fields[f.name] = st.just(valid_value(form, f))
    submits = [f for f in form.fields.values() if f.kind == "submit"]
    # A person presses one button: the form's first or another it offers.
    button = st.sampled_from(submits) if submits else st.just(None)
    return st.tuples(st.fixed_dictionaries(fields), button).map(_with_button)


class _Keep:
    def __repr__(self):
        return "KEEP"


KEEP = _Keep()  # a hidden field's value as the page shows it when posted (see sent_data)


def sent_data(form, data):
    """`data` with each kept hidden field's value as the form now shows it."""
    return {k: form.fields[k].value if v is KEEP else v for k, v in data.items()}


def _with_button(pair):
    data, button = pair
    data = {k: v for k, v in data.items() if v is not None}
    if button is not None:
        data[button.name] = button.options[0]
    return data


# --- What must be shown again ----------------------------------------------------------------

TYPED_KINDS = {"text", "textarea", "email", "url", "search", "tel", "number", "numeric"} | set(
    DATE_PARTS.values()
)


def _typeable(value):
    """Text a person could type: printable characters and line breaks, not only spaces."""
    return bool(value.strip()) and all(c.isprintable() or c in "\r\n\t" for c in value)


def typed_values(form, data):
    """The values in `data` a person typed and would expect to see again: typeable, within
    the field's maximum length (a browser stops typing there), not in a password field."""
    typed = {}
    for name, value in data.items():
        f = form.fields.get(name)
        if f is None or f.kind not in TYPED_KINDS or not isinstance(value, str):
            continue
        if f.maxlength is not None and len(value) > f.maxlength:
            continue
        if f.kind == "number" and not _is_number(value):
            continue  # a browser's number box does not take letters
        if _typeable(value):
            typed[name] = value
    return typed


def _is_number(text):
    try:
        float(text)
    except ValueError:
        return False
    return True


def shown_again(value, body):
    """Whether `value` appears in the page as Django shows it: escaped, perhaps with line
    breaks made \\n and the spaces around it stripped (a CharField's cleaning)."""
    candidates = {value, value.strip(), value.replace("\r\n", "\n")}
    candidates.add(value.replace("\r\n", "\n").strip())
    return any(html.escape(c, quote=True) in body for c in candidates)
