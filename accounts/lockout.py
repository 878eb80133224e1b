"""Sign-in lockouts (django-axes' AXES_HANDLER): five wrong passwords for an account from one
address pause it there; twenty from anywhere pause it everywhere.

Axes counts each set of AXES_LOCKOUT_PARAMETERS against one limit. The account and address
together keep the low limit (AXES_FAILURE_LIMIT), so a whole school sharing one address is
not paused by one person's mistakes. The account alone has a higher one
(AXES_ACCOUNT_FAILURE_LIMIT): someone guessing from many addresses (a botnet, or forged
X-Forwarded-For headers) cannot go on without limit.
"""

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_failure_limit, get_lockout_parameters
from django.conf import settings
from django.db.models import Sum

ACCOUNT_ALONE = ["username"]


class AccountAndAddressHandler(AxesDatabaseHandler):
    def get_failures(self, request, credentials=None):
        """The failures that count towards a pause: those for the account from this
        address; or, once the account's failures from anywhere reach their own limit, the
        pause's limit itself (which pauses it)."""
        limit = get_failure_limit(request, credentials)
        counts = [0]
        for parameters, attempts in zip(
            get_lockout_parameters(request, credentials),
            self.get_user_attempts(request, credentials),
            strict=True,
        ):
            failures = attempts.aggregate(failures=Sum("failures_since_start"))["failures"] or 0
            if list(parameters) == ACCOUNT_ALONE:
                failures = limit if failures >= settings.AXES_ACCOUNT_FAILURE_LIMIT else 0
            counts.append(failures)
        return max(counts)
