"""Compact identifiers (CURIEs) for cross-references to other databases.

The prefixes and their local-id patterns are pinned to Bioregistry 0.15.6 and
the Biolink Model 4.4.4 prefix map, as recorded in the project's vetted
interoperability notes: patterns drift between releases, so they are part of
the code, not looked up at run time. So is the IRI each prefix expands to
(:attr:`Prefix.iri`), the one expansion every export writes.
"""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import TYPE_CHECKING, Final
from urllib.parse import quote

from attrs import field, frozen

from nmda_pain._text import NOT_TEXT_RANGES, python_class, quoted
from nmda_pain.model._frozen import Sealed

if TYPE_CHECKING:
    from typing_extensions import Self

__all__ = ["BIOREGISTRY_VERSION", "PREFIXES", "Curie", "Prefix"]

BIOREGISTRY_VERSION: Final = "0.15.6"
"""The Bioregistry release the prefixes and patterns below come from."""

_RESOLVER: Final = "https://bioregistry.io/"  # resolves <prefix>:<id> for every prefix it knows
# What percent-encoding leaves as it is in a local id: what a DOI link may hold as it stands.
_SAFE: Final = "/:;()!$&'*,=@"


@frozen(weakref_slot=False)
class Prefix(Sealed):
    """One identifier namespace.

    Attributes:
        prefix: The canonical (Bioregistry, lowercase) prefix: ``"chebi"``.
        biolink: The prefix the Biolink Model uses (``"CHEBI"``), or ``None``
            where Biolink has none.
        regex: The local-id pattern's text, anchored, as Bioregistry gives it.
        name: What the namespace is.
        iri: The IRI prefix a CURIE of the namespace expands to
            (``"http://purl.obolibrary.org/obo/CHEBI_"``): the Biolink Model
            4.4.4 prefix map's expansion of :attr:`biolink` where that map has
            one, else the Bioregistry resolver's, ``https://bioregistry.io/<prefix>:``
            (``atc``, ``iuphar.receptor``, ``fplx``). The KGX context, the SSSOM
            ``curie_map`` and the nanopublications' IRIs all expand with it.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       *iri* added.
    """

    prefix: str
    biolink: str | None
    regex: str
    name: str
    iri: str

    @property
    def pattern(self) -> re.Pattern[str]:
        """The local-id pattern, compiled.

        Compiled on use rather than at import, so that ``import nmda_pain`` does
        not pay for fifteen patterns it may never need; :mod:`re` keeps the
        compiled pattern in its cache after the first call.
        """
        return re.compile(self.regex)


def _prefix(
    prefix: str, biolink: str | None, pattern: str, name: str, iri: str | None = None
) -> tuple[str, Prefix]:
    """*prefix*'s entry; *iri* is Biolink's expansion, ``None`` where Biolink's map has none."""
    return prefix, Prefix(prefix, biolink, pattern, name, iri or f"{_RESOLVER}{prefix}:")


PREFIXES: Final = MappingProxyType(
    dict(
        (
            _prefix(
                "pubchem.compound",
                "PUBCHEM.COMPOUND",
                r"^\d+$",
                "PubChem compound",
                "http://identifiers.org/pubchem.compound/",
            ),
            _prefix("chebi", "CHEBI", r"^\d+$", "ChEBI", "http://purl.obolibrary.org/obo/CHEBI_"),
            _prefix(
                "drugbank", "DRUGBANK", r"^DB\d{5}$", "DrugBank", "http://identifiers.org/drugbank/"
            ),
            _prefix(
                "chembl.compound",
                "CHEMBL.COMPOUND",
                r"^CHEMBL\d+$",
                "ChEMBL compound",
                "http://identifiers.org/chembl.compound/",
            ),
            _prefix("atc", None, r"^[A-Z](\d+([A-Z]{1,2}(\d+)?)?)?$", "WHO ATC classification"),
            _prefix("mesh", "MESH", r"^(C|D|Q)\d+$", "MeSH", "http://id.nlm.nih.gov/mesh/"),
            _prefix(
                "iuphar.ligand",
                "GTOPDB",
                r"^\d+$",
                "IUPHAR/BPS Guide to Pharmacology ligand",
                "https://www.guidetopharmacology.org/GRAC/LigandDisplayForward?ligandId=",
            ),
            _prefix("iuphar.receptor", None, r"^\d+$", "IUPHAR/BPS Guide to Pharmacology target"),
            _prefix(
                "uniprot",
                "UniProtKB",
                r"^([OPQ]\d[A-Z0-9]{3}\d|[A-NR-Z]\d([A-Z][A-Z0-9]{2}\d){1,2})$",
                "UniProt protein",
                "http://purl.uniprot.org/uniprot/",
            ),
            _prefix("hgnc", "HGNC", r"^\d{1,5}$", "HGNC gene", "http://identifiers.org/hgnc/"),
            _prefix(
                "ncbigene", "NCBIGene", r"^\d+$", "NCBI Gene", "http://identifiers.org/ncbigene/"
            ),
            _prefix(
                "mondo",
                "MONDO",
                r"^\d{7}$",
                "Mondo Disease Ontology",
                "http://purl.obolibrary.org/obo/MONDO_",
            ),
            _prefix(
                "hp",
                "HP",
                r"^\d{7}$",
                "Human Phenotype Ontology",
                "http://purl.obolibrary.org/obo/HP_",
            ),
            _prefix("go", "GO", r"^\d{7}$", "Gene Ontology", "http://purl.obolibrary.org/obo/GO_"),
            _prefix(
                "efo",
                "EFO",
                r"^\d{7}$",
                "Experimental Factor Ontology",
                "http://www.ebi.ac.uk/efo/EFO_",
            ),
            _prefix(
                "doid",
                "DOID",
                r"^\d+$",
                "Human Disease Ontology",
                "http://purl.obolibrary.org/obo/DOID_",
            ),
            # FamPlex's FPLX is no prefix of Biolink 4.4.4's map: the resolver's expansion.
            _prefix("fplx", "FPLX", r"^[a-zA-Z0-9][A-Za-z0-9_]+$", "FamPlex"),
            _prefix(
                "doi", "doi", r"^10.\d{2,9}/.*$", "Digital Object Identifier", "https://doi.org/"
            ),
            _prefix("pubmed", "PMID", r"^\d+$", "PubMed", "http://www.ncbi.nlm.nih.gov/pubmed/"),
        )
    )
)
"""Every prefix a :class:`Curie` may use, by canonical prefix."""

# Every spelling a user may write, folded to lowercase: canonical, Biolink and common synonyms.
_SPELLINGS: Final = MappingProxyType(
    {
        **{key: key for key in PREFIXES},
        **{entry.biolink.casefold(): key for key, entry in PREFIXES.items() if entry.biolink},
        "pubchem": "pubchem.compound",
        "chembl": "chembl.compound",
        "gtopdb": "iuphar.ligand",
        "uniprotkb": "uniprot",
        "pmid": "pubmed",
    }
)


# Some pinned patterns (DOI's ``.*``) admit anything; no identifier may hold these,
# nor what is no text at all (a lone surrogate, a noncharacter: NOT_TEXT_RANGES).
_UNPRINTABLE: Final = re.compile(
    f"[\\s\\u0000-\\u001f\\u007f-\\u009f{python_class(NOT_TEXT_RANGES)}]"
)


def doi_url(doi: str) -> str:
    """The ``https://doi.org/`` link of *doi*, percent-encoded where a URL requires it.

    DOIs may hold characters that a URL may not (old SICI DOIs hold ``<`` and
    ``>``, some hold ``#``, which would start a fragment). The DOI Handbook asks
    for them, and for ``+``, to be percent-encoded in a link; the DOI itself stays
    unchanged. It is the :attr:`Curie.iri` of ``doi:<doi>``.
    """
    return _expand(PREFIXES["doi"], doi)


def _expand(entry: Prefix, identifier: str) -> str:
    """*identifier* under *entry*'s IRI prefix, percent-encoded where an IRI may not hold it.

    Only a DOI can hold such a character: every other pattern admits letters,
    digits and ``_`` alone, which stay as they are.
    """
    return entry.iri + quote(identifier, safe=_SAFE)


def _check_prefix(_instance: object, _attribute: object, value: str) -> None:
    if value not in PREFIXES:
        known = ", ".join(PREFIXES)
        msg = f"{quoted(value)} is not a known prefix; use one of {known}"
        raise ValueError(msg)


def _check_identifier(instance: Curie, _attribute: object, value: str) -> None:
    entry = PREFIXES.get(instance.prefix)
    if entry is None:  # the prefix validator has already refused it
        return
    if not isinstance(value, str):  # pyright: ignore[reportUnnecessaryIsInstance] -- callers may ignore the type hints
        msg = f"a CURIE's identifier must be a string, not {type(value).__name__}"
        raise TypeError(msg)
    if _UNPRINTABLE.search(value) is not None:
        msg = (
            f"{quoted(value)} is not a valid {entry.name} id: it holds whitespace, a control character, "
            "a lone surrogate or a Unicode noncharacter"
        )
        raise ValueError(msg)
    if entry.pattern.fullmatch(value) is None:
        msg = f"{quoted(value)} is not a valid {entry.name} id (pattern {entry.pattern.pattern})"
        raise ValueError(msg)


@frozen(order=True, weakref_slot=False)
class Curie(Sealed):
    """A compact identifier, ``prefix:identifier``, checked against its namespace's pattern.

    Build one with :meth:`parse`, which accepts the canonical, the Biolink and
    the usual spellings of a prefix (``CHEBI:6121``, ``chebi:6121``,
    ``PUBCHEM.COMPOUND:3821``, ``PMID:9058409``).

    >>> from nmda_pain import Curie
    >>> curie = Curie.parse("CHEBI:6121")
    >>> curie.canonical, curie.biolink, curie.url
    ('chebi:6121', 'CHEBI:6121', 'https://bioregistry.io/chebi:6121')
    >>> curie.iri
    'http://purl.obolibrary.org/obo/CHEBI_6121'

    Attributes:
        prefix: The canonical (Bioregistry) prefix.
        identifier: The local id, as the namespace writes it (``"6121"``, ``"DB01221"``).

    .. versionadded:: 0.1.0
    """

    prefix: str = field(validator=_check_prefix)
    identifier: str = field(validator=_check_identifier)

    @classmethod
    def parse(cls, text: str) -> Self:
        """Read ``prefix:identifier``, with the prefix in any of its usual spellings.

        Raises:
            ValueError: *text* has no prefix, an unknown prefix, or a local id
                that does not match the namespace's pattern.
        """
        prefix, separator, identifier = text.strip().partition(":")
        if not separator or not identifier:
            msg = f"{quoted(text)} is not a CURIE; write it as prefix:identifier, such as 'chebi:6121'"
            raise ValueError(msg)
        canonical = _SPELLINGS.get(prefix.casefold())
        if canonical is None:
            msg = f"{quoted(prefix)} is not a known prefix; use one of {', '.join(PREFIXES)}"
            raise ValueError(msg)
        return cls(canonical, identifier)

    @property
    def canonical(self) -> str:
        """The Bioregistry form, ``chebi:6121``, which this library stores and compares."""
        return f"{self.prefix}:{self.identifier}"

    @property
    def biolink(self) -> str:
        """The Biolink form, ``CHEBI:6121`` (the canonical form where Biolink has no prefix)."""
        entry = PREFIXES[self.prefix]
        return self.canonical if entry.biolink is None else f"{entry.biolink}:{self.identifier}"

    @property
    def iri(self) -> str:
        """The IRI it expands to: its prefix's :attr:`Prefix.iri` and the local id.

        ``http://purl.obolibrary.org/obo/CHEBI_6121``; a DOI's is its
        percent-encoded link (:func:`doi_url`).

        .. versionadded:: 0.2.0
        """
        return _expand(PREFIXES[self.prefix], self.identifier)

    @property
    def url(self) -> str:
        """A resolvable link: the DOI resolver for DOIs, the Bioregistry resolver otherwise.

        For a prefix Biolink's map lacks (``atc``), it is the :attr:`iri`.
        """
        if self.prefix == "doi":
            return self.iri
        return f"{_RESOLVER}{self.canonical}"

    def __str__(self) -> str:
        return self.canonical
