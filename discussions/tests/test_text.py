"""A post's Markdown becomes safe HTML, and its @[Full Name] mentions are found."""

import html
import re
from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st

from discussions.text import ALLOWED_TAGS, mentioned_names, plain_text, render


def nodes(html):
    """[(tag, {attribute: value})] of every element in `html`, as a browser would parse it
    (typed tags escaped to text are text, not elements)."""
    found = []

    class Collect(HTMLParser):
        def handle_starttag(self, tag, attrs):
            found.append((tag, dict(attrs)))

        handle_startendtag = handle_starttag

    Collect().feed(str(html))
    return found


def dangers(html):
    """Elements or attributes outside the allow-list, and links that are not web links."""
    bad = []
    for tag, attrs in nodes(html):
        if tag not in ALLOWED_TAGS:
            bad.append(tag)
        allowed = {"href", "rel"} if tag == "a" else set()
        bad += [f"{tag}[{name}]" for name in attrs if name not in allowed]
        href = (attrs.get("href") or "").strip().lower()
        if href and not href.startswith(("http:", "https:", "mailto:", "/", "#")) and ":" in href:
            bad.append(f"href={href}")
    return bad


def test_a_script_and_an_onerror_handler_are_stripped():
    html = render('Hello <script>alert(1)</script> <img src=x onerror="alert(2)">')
    assert nodes(html) == [("p", {})]
    assert "<script" not in html and "<img" not in html  # shown as text, escaped


def test_a_javascript_link_and_an_inline_handler_are_stripped():
    html = render('[click](javascript:alert(1)) and <a href="x" onclick="y">z</a>')
    assert not dangers(html)
    assert 'href="javascript' not in html


def test_markdown_keeps_the_allowed_elements_and_links_get_noopener_nofollow():
    html = render(
        "*Soft* and **strong**\n\n- one\n- two\n\n> quoted\n\n`code`\n\n"
        "[Next Practice](https://example.org/a)"
    )
    for tag in ("<em>", "<strong>", "<ul>", "<li>", "<blockquote>", "<code>", "<p>"):
        assert tag in html
    assert '<a href="https://example.org/a" rel="noopener nofollow">Next Practice</a>' in html


def test_headings_and_images_are_not_allowed():
    html = render("# Big\n\n![alt](https://example.org/i.png)")
    assert "<h1" not in html and "<img" not in html
    assert "Big" in html and ">alt</a>" in html


PIECES = st.sampled_from(
    [
        "<script>x</script>", "<img src=x onerror=y>", "[a](javascript:b)",
        "<a href='javascript:c'>",
        "<iframe src=d>", '<p style="e" onclick="f">', "**g**", "*h*", "\n\n", "- i\n", "> j\n",
        "`k`", "<svg onload=l>", "[m](https://n)", "<", ">", '"', "&", "](", "@[Sam]",
    ]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(PIECES, st.text(max_size=5)), max_size=12).map("".join))
def test_no_dangerous_node_comes_out_of_any_mixture(body):
    html = render(body)
    assert not dangers(html), html


def test_a_mention_reads_as_the_name_in_bold_not_its_brackets():
    shown = str(render("@[Chris Carter], could you help? Ask @[Sam & Co] too.\n\n`@[code]`"))
    assert "<strong>@Chris Carter</strong>, could you help?" in shown
    assert "<strong>@Sam &amp; Co</strong>" in shown
    assert "@[Chris" not in shown and "@[Sam" not in shown
    assert not dangers(render("@[<script>x</script>] @[x](javascript:alert(1))"))


def test_mentions_are_full_names_in_brackets_each_once():
    body = "Thanks @[Chris  Carter] and @[chris carter]; also @[Sam Lewis]. Not @Sam or @[]"
    assert mentioned_names(body) == ["Chris Carter", "Sam Lewis"]


def test_a_mention_within_code_is_text_mentioning_nobody():
    body = (
        "Ask @[Sam Lewis]. Write it as `@[Chris Carter]`, or:\n\n```\n@[Ali Khan]\n```\n\n"
        "    @[Jo Brown]\n"
    )
    assert mentioned_names(body) == ["Sam Lewis"]
    shown = str(render(body))
    assert "<strong>@Sam Lewis</strong>" in shown
    for name in ("Chris Carter", "Ali Khan", "Jo Brown"):
        assert f"@[{name}]" in shown and f"@{name}</strong>" not in shown


def test_a_picture_is_not_shown_but_its_description_stays_as_a_link_to_it():
    shown = str(
        render(
            "See ![the bus timetable](https://example.org/t.png) and ![](https://example.org/u.png)"
        )
    )
    assert "<img" not in shown
    assert (
        '<a href="https://example.org/t.png" rel="noopener nofollow">the bus timetable</a>' in shown
    )
    assert (
        '<a href="https://example.org/u.png" rel="noopener nofollow">https://example.org/u.png</a>'
    ) in shown
    # No link to an address that is not a web one, and none within a link.
    assert str(render("![chart](data:image/png;base64,AAAA)")) == "<p>chart</p>\n"
    inside = str(render("[![logo](https://example.org/l.png)](https://example.org/)"))
    assert inside == '<p><a href="https://example.org/" rel="noopener nofollow">logo</a></p>\n'


def test_the_formatting_hint_says_pictures_are_not_shown():
    from discussions.text import MENTION_HINT

    assert "Pictures are not shown in posts" in MENTION_HINT


# --- Generated Markdown and HTML: no dangerous node ever comes out ---------------------------

FORBIDDEN_TAGS = {"script", "style", "iframe", "object", "embed", "frame", "frameset", "base",
                  "form", "svg", "math", "img", "link", "meta", "template", "noscript"}  # fmt: skip
SAFE_SCHEMES = {"http", "https", "mailto"}
# Browsers drop these from a URL before reading its scheme ("java\tscript:" is javascript:).
URL_IGNORED = re.compile(r"[\x00-\x20]")

SCHEMES = st.sampled_from(
    ["javascript:", "JaVaScRiPt:", "java\tscript:", " javascript:", "vbscript:", "data:",
     "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "&#106;avascript:",
     "&#x6A;avascript:", "javascript&colon;", "jav&#x09;ascript:", "file:", "https:", "http:",
     "mailto:", "//", "/", "#", ""]
)  # fmt: skip
PAYLOADS = st.sampled_from(["alert(1)", "x", "//evil.example/a", "%0aalert(1)", '"><b>'])
URLS = st.builds(lambda scheme, payload: scheme + payload, SCHEMES, PAYLOADS)
HARMLESS_TAGS = {"a", "p", "div", "b", "em", "textarea", "title", "xmp", "plaintext", "select",
                 "option"}  # fmt: skip
TAGS = st.sampled_from(sorted(FORBIDDEN_TAGS | HARMLESS_TAGS))
ATTRIBUTES = st.sampled_from(["href", "src", "onclick", "onerror", "ONLOAD", "onmouseover",
                              "style", "formaction", "xlink:href", "srcdoc", "action"])  # fmt: skip
QUOTES = st.sampled_from(['"', "'", ""])


def _attribute(name, value, quote):
    return f" {name}={quote}{value}{quote}"


ATTRIBUTE = st.builds(_attribute, ATTRIBUTES, st.one_of(URLS, PAYLOADS), QUOTES)


def _element(tag, attributes, inner, closed):
    opening = f"<{tag}{''.join(attributes)}>"
    return opening + inner + (f"</{tag}>" if closed else "")


HTML = st.recursive(
    st.one_of(PAYLOADS, st.text(max_size=8)),
    lambda inner: st.builds(_element, TAGS, st.lists(ATTRIBUTE, max_size=3), inner, st.booleans()),
    max_leaves=6,
)
MARKDOWN = st.one_of(
    st.builds("[{}]({})".format, st.text(max_size=5), URLS),  # an inline link
    st.builds("![{}]({})".format, st.text(max_size=5), URLS),  # an image
    st.builds("<{}>".format, URLS),  # an autolink
    st.builds("[r][1]\n\n[1]: {}\n".format, URLS),  # a reference link
    st.builds("`{}`".format, HTML),  # code
    st.builds("> {}\n".format, HTML),  # a quote
    st.sampled_from(
        [
            "**",
            "*",
            "\n\n",
            "- ",
            "1. ",
            "    ",
            "```\n",
            "&lt;",
            "&#60;",
            "&amp;",
            "<!--",
            "-->",
            "<![CDATA[",
            "]]>",
            "</",
            "<",
            ">",
            "\\",
        ]
    ),  # fmt: skip
)
BODIES = st.lists(st.one_of(HTML, MARKDOWN, st.text(max_size=6)), max_size=8).map("".join)


def scheme_of(url):
    """The scheme a browser would read from `url` (after entities and ignored characters), or
    "" for a relative URL."""
    url = URL_IGNORED.sub("", html.unescape(url)).lower()
    match = re.match(r"^([a-z][a-z0-9+.\-]*):", url)
    return match.group(1) if match else ""


def dangerous_nodes(output):
    """Forbidden elements, on* (and style) attributes, and URLs whose scheme is not a web or
    mail one, in `output` as a browser would parse it; and any forbidden tag left unescaped."""
    bad = []
    for tag, attrs in nodes(output):
        if tag in FORBIDDEN_TAGS:
            bad.append(tag)
        for name, value in attrs.items():
            if name.startswith("on") or name in {"style", "srcdoc", "formaction"}:
                bad.append(f"{tag}[{name}]")
            if name in {"href", "src", "xlink:href", "action"} and value is not None:
                scheme = scheme_of(value)
                if scheme and scheme not in SAFE_SCHEMES:
                    bad.append(f"{tag}[{name}={value!r}]")
    raw = re.findall(r"<\s*/?\s*(script|style|iframe|object|embed)\b", str(output), re.I)
    return bad + raw


@settings(max_examples=500, deadline=None)
@given(BODIES)
def test_generated_markdown_and_html_never_yield_a_dangerous_node(body):
    output = render(body)
    assert not dangerous_nodes(output), (body, str(output))


def test_the_checker_itself_finds_what_it_looks_for():
    # A check that finds nothing in anything would pass the property above vacuously.
    assert dangerous_nodes('<p onclick="x">a</p>') == ["p[onclick]"]
    assert dangerous_nodes('<a href="java\tscript:alert(1)">a</a>')
    assert dangerous_nodes('<a href="&#106;avascript:x">a</a>')
    assert dangerous_nodes("<script>x</script>") == ["script", "script", "script"]
    assert not dangerous_nodes('<a href="https://example.org/">a</a> &lt;script&gt;')


def test_the_words_search_quotes_are_those_a_reader_sees():
    from discussions.text import plain

    body = "- **Governance** works\n- Stevenage &amp; @[Olivia Okafor] agreed\n\n<b>x</b> [site](https://a.example)"
    assert plain(body) == "Governance works Stevenage & @Olivia Okafor agreed <b>x</b> site"
    # Marks within a line leave no space before the punctuation after them.
    assert plain("We met **four times**; [the notes](https://a.example), *twice*.") == (
        "We met four times; the notes, twice."
    )


def test_plain_text_keeps_paragraphs_lists_and_link_addresses_without_marks():
    body = "See [the plan](https://example.org/p) and https://example.org/q\n\n1. one\n2. two"
    assert plain_text(body) == (
        "See the plan (https://example.org/p) and https://example.org/q\n\n1. one\n2. two"
    )
