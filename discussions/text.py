"""A post's words: Markdown rendered to safe HTML, and the people it mentions.

Markdown is rendered by markdown-it-py with raw HTML switched off, and what comes out is
cleaned by nh3 to a small allow-list, so neither a <script>, an onerror= nor a javascript:
link survives whatever is typed. A mention is written @[Full Name], and reads "@Full Name"
in bold when it told someone; one that told nobody (no such name among those who can see the
discussion) stays as it was typed, so that it does not look like a mention. Within code (`a
span` or a block) @[Name] is only text: it mentions nobody. A picture is never shown (nothing
is fetched from elsewhere): its description stays, as a link to it.
"""

import html
import re
from functools import cache

import nh3
from django.utils.safestring import mark_safe
from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml

ALLOWED_TAGS = {"p", "em", "strong", "a", "ul", "ol", "li", "code", "pre", "blockquote"}
ALLOWED_ATTRIBUTES = {"a": {"href"}}
URL_SCHEMES = {"http", "https", "mailto"}
LINK_REL = "noopener nofollow"
SCHEME = re.compile(r"([a-zA-Z][a-zA-Z0-9+.-]*):")

# @[Full Name]: the brackets say where a name with spaces ends.
MENTION = re.compile(r"@\[([^\[\]\n]{1,150})\]")
# The same in rendered HTML (the name escaped, never across a tag).
MENTION_IN_HTML = re.compile(r"@\[([^\[\]<>\n]{1,150})\]")
# Code as markdown-it writes it, a span or a block (typed tags are text: no other <code>).
CODE = re.compile(r"(<code\b[^>]*>.*?</code>)", re.DOTALL)
# Tags around words within a line (bold, a link) and those between blocks (paragraphs, items).
INLINE_TAG = re.compile(r"</?(?:em|strong|a|code)\b[^>]*>")
TAG = re.compile(r"<[^>]*>")
MENTION_HINT = (
    "To format your text: *one star* either side of words for italics, **two stars** for "
    "bold, a line starting with - for a list, and [words](web address) for a link. Pictures "
    "are not shown in posts: link to one, or attach it as a file. To mention someone who can "
    "see this discussion, write @ and their full name in square brackets, for example "
    "@[Olivia Okafor]: they are told of your post. Below the box you can find who can be "
    "mentioned."
)


@cache
def _markdown():
    # "commonmark" with raw HTML off: typed tags come out as text, not elements.
    md = MarkdownIt("commonmark", {"html": False})
    md.add_render_rule("image", _picture_as_link)
    return md


def _picture_as_link(self, tokens, idx, options, env):
    """A picture (![description](address)) as its description linked to its address, or the
    address alone when it has no description: nh3 would drop an <img> and its words with it.
    Within a link, or with an address that is not a web one (data:), its description alone
    (a link holds no link); and nh3 cleans the link as any other."""
    token = tokens[idx]
    address = token.attrGet("src") or ""
    words = escapeHtml(self.renderInlineAsText(token.children, options, env) or address)
    depth = 0
    for before in tokens[:idx]:
        depth += {"link_open": 1, "link_close": -1}.get(before.type, 0)
    scheme = SCHEME.match(address)
    if depth > 0 or not address or (scheme and scheme.group(1).lower() not in URL_SCHEMES):
        return words
    return f'<a href="{escapeHtml(address)}">{words}</a>'


def _outside_code(html_out, change):
    """`html_out` with `change` made to its parts outside code, whose words are as typed."""
    parts = CODE.split(html_out)
    return "".join(part if i % 2 else change(part) for i, part in enumerate(parts))


def render(body, told=None):
    """`body` (Markdown) as sanitised HTML, safe to put in a page. Given `told`, the
    case-folded full names of the people the post's mentions told, only their mentions are
    in bold; without it, every mention is."""

    def mention(match):
        name = " ".join(html.unescape(match.group(1)).split())
        if told is None or name.casefold() in told:
            return f"<strong>@{match.group(1)}</strong>"
        return match.group(0)

    rendered = _markdown().render(body or "")
    return _cleaned(_outside_code(rendered, lambda part: MENTION_IN_HTML.sub(mention, part)))


def _cleaned(html_out):
    """Rendered HTML cleaned by nh3 to the allow-list, and only then marked safe."""
    return mark_safe(  # cleaned by nh3 here: only the allow-list remains
        nh3.clean(
            html_out,
            tags=ALLOWED_TAGS,
            attributes=ALLOWED_ATTRIBUTES,
            url_schemes=URL_SCHEMES,
            link_rel=LINK_REL,
        )
    )


def render_page(body):
    """A community's shared page as safe HTML: editing it tells nobody, so no @[Name] on it
    is in bold as a mention would be."""
    return render(body, told=frozenset())


# A heading's marks at the start of a line ("## Questions we share").
HEADING_MARKS = re.compile(r"^\s{0,3}#{1,6}\s+")


def render_line(line):
    """One line of a shared page as safe HTML, for showing it line by line (comparing two
    versions): bold, italics and links as the page shows them, a list's "-" or "1." kept as
    typed, a heading's #s dropped. Like render_page, no @[Name] is in bold."""
    return _cleaned(_markdown().renderInline(HEADING_MARKS.sub("", line or "")))


def plain(body):
    """`body` (Markdown) as the words a reader sees, without its marks: for search, whose
    excerpts quote it. A mention reads "@Full Name"."""
    # The cleaned HTML holds only the allow-list's tags: those within a line go ("**agreed**;"
    # reads "agreed;"), the others become a space, so the words of two paragraphs or list
    # items do not run together.
    words = TAG.sub(" ", INLINE_TAG.sub("", render(MENTION.sub(r"@\1", body or ""))))
    return " ".join(html.unescape(words).split())


# markdown-it's tokens that open a list, and those that hold code as it was typed.
_LISTS = ("bullet_list_open", "ordered_list_open")
_CODE = ("fence", "code_block")


def _inline_plain(children):
    """One block's inline tokens as the words a reader sees: no marks, a link's address in
    brackets after its words (unless its words are the address)."""
    out, link = [], None
    for token in children or ():
        if token.type in ("text", "code_inline"):
            out.append(token.content)
        elif token.type in ("softbreak", "hardbreak"):
            out.append("\n")
        elif token.type == "image":
            out.append(token.content)
        elif token.type == "link_open":
            link = (token.attrGet("href") or "", len(out))
        elif token.type == "link_close" and link is not None:
            href, start = link
            if href and "".join(out[start:]).strip() != href:
                out.append(f" ({href})")
            link = None
    return "".join(out)


def plain_text(body):
    """`body` (Markdown) as plain text for a place that shows text as it is typed (a lesson
    quoting a post): its paragraphs, without Markdown's marks or a quote's ">"; a list item
    starts "- " (or its number); a link reads as its words with its address in brackets;
    a mention as the plain name ("Sam Lewis", not "@[Sam Lewis]")."""
    chunks, marker, tight, first_item = [], "", False, False
    for token in _markdown().parse(MENTION.sub(r"\1", body or "")):
        if token.type in _LISTS:
            first_item = True
        elif token.type == "list_item_open":
            marker = f"{token.info}{token.markup} " if token.info else "- "
        elif token.type == "paragraph_open":
            tight = token.hidden  # a tight list's item: on the next line, no blank line
        elif token.type == "paragraph_close":
            tight = False
        elif token.type == "inline":
            gap = "\n" if tight and not first_item else "\n\n"
            chunks.append(gap + marker + _inline_plain(token.children))
            marker, first_item = "", False
        elif token.type in _CODE:
            chunks.append("\n\n" + token.content.rstrip("\n"))
    return "".join(chunks).strip()


def mentioned_names(body):
    """The full names mentioned in `body` as @[Full Name], each once, in order: as a reader
    sees them, so not within code (`@[Sam Lee]` there is an example, not a call)."""
    seen = {}
    outside_code = CODE.sub(" ", _markdown().render(body or ""))
    for match in MENTION_IN_HTML.finditer(outside_code):
        name = " ".join(html.unescape(match.group(1)).split())
        if name:
            seen.setdefault(name.casefold(), name)
    return list(seen.values())
