"""A form's body with one file, written by hand as a browser sends it."""


def multipart(fields, filename, content, boundary="np-boundary"):
    """`fields` and a file called `filename` holding `content`, as a browser posts them:
    the test client cuts a file's name to 255 characters and writes its quotes as they are,
    where a browser sends the name whole, a quote as %22. Returns (body, content type)."""
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        for name, value in fields.items()
    ]
    parts.append(
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{filename}"\r\n'
        "Content-Type: text/plain\r\n\r\n".encode()
        + content
        + f"\r\n--{boundary}--\r\n".encode()
    )
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


# (the name as a browser sends it, the name as the person's file had it, the download's
# header): the same for every upload that keeps its file's name (posts' attachments, data
# sources). A browser sends a name's quotes as %22 (the HTML standard): storage once kept and
# gave "Term_plan_2026_22final22.pdf".
ODD_FILE_NAMES = [
    (
        "Term plan 2026 %22final%22.pdf",
        'Term plan 2026 "final".pdf',
        'attachment; filename="Term plan 2026 _final_.pdf"; '
        "filename*=UTF-8''Term%20plan%202026%20%22final%22.pdf",
    ),
    (
        "«ünï».pdf",
        "«ünï».pdf",
        "attachment; filename=\"uni.pdf\"; filename*=UTF-8''%C2%AB%C3%BCn%C3%AF%C2%BB.pdf",
    ),
]
