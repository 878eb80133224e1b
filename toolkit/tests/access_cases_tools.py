"""Access cases for the tool library.

The toolkit is shared: everyone with a membership (officer, consultant, leader, partner)
and the administrator reads every tool, including the tool of an exercise they cannot see
(Onyx's). The outsider, who belongs to no work, is refused the library (403) and each tool
(404, as for anything outside what they see); anonymous visitors are sent to sign in.
Only administrators fill an empty toolkit with the tools that come with Next Practice.
"""

from nextpractice.testing.access import expect


def cases(w):
    readers = expect(outsider=404)
    return {
        "toolkit:tool_list": [
            ("get", {}, expect(outsider=403), None),
            ("get", {}, expect(outsider=403), {"page": "2"}),
        ],
        # Filling an empty toolkit: administrators only (the world's toolkit has tools, so
        # the administrator is sent back to the list with nothing added).
        "toolkit:tools_add_shipped": [
            ("post", {}, expect(default=403, admin=302), {}),
            ("get", {}, expect(anonymous=302, default=405), None),
        ],
        "toolkit:tool_detail": [
            ("get", {"slug": w.objects["fern"].tool.slug}, readers, None),
            ("get", {"slug": w.objects["onyx_exercise"].tool.slug}, readers, None),
            ("get", {"slug": "no-such-tool"}, expect(default=404), None),
        ],
    }
