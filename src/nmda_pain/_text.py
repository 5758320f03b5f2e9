"""Small helpers for writing messages in English."""

from __future__ import annotations

__all__ = ["with_article"]


def with_article(noun: str) -> str:
    """*noun* with its indefinite article: ``"an agent"``, ``"a condition"``, ``"an AgentKind"``."""
    article = "an" if noun[:1].lower() in "aeiou" else "a"
    return f"{article} {noun}"
