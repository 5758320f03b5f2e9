"""What a person sees of a record or a registry, as plain data, for the terminal and the notebook alike.

A view (:class:`View`) is a heading and blocks of plain data (:class:`Text`,
:class:`Fields`, :class:`Table`), with the same answer as JSON data. The
command line prints views as text or rich tables; the notebook cards
(:mod:`nmda_pain.cards`) lay the same views out as HTML. Every label is
written once, in :mod:`nmda_pain.views.labels`, so both faces word a record
the same way.

>>> from nmda_pain import default_registry
>>> from nmda_pain.views import entity_view
>>> registry = default_registry()
>>> view = entity_view(registry.get(Agent, "ketamine"), registry)
>>> view.title, view.subtitle
('Ketamine', 'agent (drug); member of NMDA receptor antagonists, Analgesics')
"""

from nmda_pain.views.blocks import Block, Fields, Table, Text, View
from nmda_pain.views.pages import (
    agents_for_view,
    claim_view,
    claims_view,
    entity_view,
    list_view,
    overview_view,
    record_view,
    reference_view,
)

__all__ = [
    "Block",
    "Fields",
    "Table",
    "Text",
    "View",
    "agents_for_view",
    "claim_view",
    "claims_view",
    "entity_view",
    "list_view",
    "overview_view",
    "record_view",
    "reference_view",
]
