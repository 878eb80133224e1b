"""A post's Markdown becomes safe HTML, and its @[Full Name] mentions are found."""

from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st

from discussions.text import ALLOWED_TAGS, mentioned_names, render


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
    assert "Big" in html


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


def test_mentions_are_full_names_in_brackets_each_once():
    body = "Thanks @[Chris  Carter] and @[chris carter]; also @[Sam Lewis]. Not @Sam or @[]"
    assert mentioned_names(body) == ["Chris Carter", "Sam Lewis"]
