"""Field trials (Phase 2: Incubate) and everything kept around each."""

from .records import (
    BrokeredRelationship,
    Milestone,
    OfferElement,
    OfferUse,
    PowerToInnovateRequest,
    Risk,
    SupportSession,
)
from .trials import (
    FieldTrial,
    FieldTrialMembership,
    ResourceDomain,
    TrialStatusChange,
)
from .updates import CommunityMeeting, CommunityOfPractice, MonthlyUpdate, Rag

__all__ = [
    "BrokeredRelationship",
    "CommunityMeeting",
    "CommunityOfPractice",
    "FieldTrial",
    "FieldTrialMembership",
    "Milestone",
    "MonthlyUpdate",
    "OfferElement",
    "OfferUse",
    "PowerToInnovateRequest",
    "Rag",
    "ResourceDomain",
    "Risk",
    "SupportSession",
    "TrialStatusChange",
]
