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
