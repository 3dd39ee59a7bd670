"""Kind (speech | news), side (host | guest: the speaker's side) and occasion per document, measured
against the development archive's index (../shared/corpus-dev/index.yaml)."""
import os

import pytest
import yaml

from drafter.mining.mine import doc_occasion, doc_side
from drafter.text.corpus import load_document

from ..conftest import ROOT

ARCHIVE = ROOT.parent / "shared" / "corpus-dev"


def archive():
    if not (ARCHIVE / "index.yaml").is_file():
        if os.environ.get("CI") == "true":
            pytest.fail(f"the development archive must be beside the project under CI: {ARCHIVE}")
        pytest.skip(f"the development archive is not at {ARCHIVE} (a clone of the project alone)")
    index = yaml.safe_load((ARCHIVE / "index.yaml").read_text(encoding="utf-8"))
    return [(e, load_document(str(ARCHIVE / e["file"]))) for e in index]


@pytest.fixture(scope="module")
def docs():
    return archive()


def test_kind_on_the_archive(docs):
    right = sum(d.kind == e["kind"] for e, d in docs)
    assert len(docs) == 131
    assert right / len(docs) >= 0.95, [e["file"] for e, d in docs if d.kind != e["kind"]]


def test_side_of_every_speech(docs):
    """The speaker's side; the index's role is the side for speeches of a host or a guest."""
    speeches = [(e, d) for e, d in docs if e["kind"] == "speech" and e["role"] in ("host", "guest")]
    assert len(speeches) == 10 and sum(e["role"] == "guest" for e, _ in speeches) == 3
    wrong = [e["file"] for e, d in speeches if doc_side(d) != e["role"]]
    assert (len(speeches) - len(wrong)) / len(speeches) >= 0.95, wrong


def test_occasion_of_every_speech(docs):
    speeches = [(e, d) for e, d in docs if e["kind"] == "speech"]
    want = {e["file"]: "symposium" if e["occasion"] == "symposium" else "visit" for e, _ in speeches}
    got = {e["file"]: doc_occasion(d) for e, d in speeches}
    assert got == want
