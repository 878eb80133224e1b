"""Reading the e-mail headers tests compare."""

import re

from accounts.unsubscribe import read_token


def stops(header):
    """A List-Unsubscribe header as (its address but the token, (whose, which kinds) the
    token names): its token is signed with the second it was made, so two links made a
    second apart differ though they stop the same e-mails. Any other header as it is."""
    link = re.fullmatch(r"<(.*/unsubscribe/)([^/]+)/>", header or "")
    return (link[1], read_token(link[2])) if link else header
