"""The parse cache of YAML files (resources.cached_parse): a cold and a warm cache read the same
value, a changed file is parsed again, and a damaged or unwritable cache is ignored."""
from __future__ import annotations

import os

import pytest

from drafter.resources import load_yaml


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache" / "drafter" / "yaml"


def test_a_changed_file_is_parsed_again_whatever_its_size_and_time(tmp_path, cache):
    f = tmp_path / "words.yaml"
    f.write_text("words: [甲, 乙]\n", encoding="utf-8")
    st = f.stat()
    assert load_yaml(f) == {"words": ["甲", "乙"]}
    f.write_text("words: [丙, 丁]\n", encoding="utf-8")            # the same size …
    os.utime(f, ns=(st.st_atime_ns, st.st_mtime_ns))                # … and the same time
    assert load_yaml(f) == {"words": ["丙", "丁"]}
    assert load_yaml(f) == {"words": ["丙", "丁"]}                  # (now from the cache)


def test_a_damaged_cache_is_ignored(tmp_path, cache):
    f = tmp_path / "forms.yaml"
    f.write_text("count_forms: {2: 两}\n", encoding="utf-8")
    assert load_yaml(f) == {"count_forms": {2: "两"}}
    (copy,) = cache.glob("*.marshal")
    blob = copy.read_bytes()
    for damaged in (b"", b"not marshal", blob[:-3], blob[:-1] + bytes([blob[-1] ^ 1])):
        copy.write_bytes(damaged)
        assert load_yaml(f) == {"count_forms": {2: "两"}}
    assert copy.read_bytes() == blob                                # written again, whole


def test_an_unusable_cache_folder_is_ignored(tmp_path, cache, monkeypatch):
    f = tmp_path / "words.yaml"
    f.write_text("words: [甲]\n", encoding="utf-8")
    cache.parent.mkdir(parents=True)
    cache.write_text("a file where the folder would be", encoding="utf-8")
    assert load_yaml(f) == load_yaml(f) == {"words": ["甲"]}
    cache.unlink()
    cache.mkdir()
    cache.chmod(0o500)                                              # read-only (root writes anyway:
    try:                                                            # the write is made to fail too)
        monkeypatch.setattr(os, "replace", _refuse)
        assert load_yaml(f) == load_yaml(f) == {"words": ["甲"]}
    finally:
        cache.chmod(0o700)
    assert not list(cache.iterdir())                                # no copy, no partial file


def test_a_value_marshal_cannot_hold_is_parsed_every_time(tmp_path, cache):
    f = tmp_path / "dated.yaml"
    f.write_text("when: 2026-11-22\n", encoding="utf-8")
    first = load_yaml(f)
    assert load_yaml(f) == first and str(first["when"]) == "2026-11-22"
    assert not list(cache.glob("*.marshal"))


def _refuse(*args, **kwargs):
    raise OSError("read-only")
