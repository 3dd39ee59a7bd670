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


def test_a_copy_of_a_file_elsewhere_reads_the_same_cached_value(tmp_path, cache):
    """The key is the content, not the path: every test's copy of moves.yaml, every bank mined
    into a fresh folder, once added a copy each (72,000 files)."""
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "words.yaml").write_text("words: [甲, 乙]\n", encoding="utf-8")
        assert load_yaml(tmp_path / name / "words.yaml") == {"words": ["甲", "乙"]}
    assert len(list(cache.glob("*.marshal"))) == 1


def test_the_cache_folder_keeps_at_most_so_many_copies(tmp_path, cache, monkeypatch):
    from drafter import resources

    monkeypatch.setattr(resources, "MAX_COPIES", 8)
    for i in range(30):
        f = tmp_path / f"w{i}.yaml"
        f.write_text(f"n: {i}\n", encoding="utf-8")
        os.utime(f)
        assert load_yaml(f) == {"n": i}
        assert len(list(cache.iterdir())) <= 8
    # the newest copies are the ones kept: the last file is read from its copy
    assert load_yaml(tmp_path / "w29.yaml") == {"n": 29}
    kept = sorted(cache.iterdir(), key=lambda p: p.stat().st_mtime_ns)
    assert 6 <= len(kept) <= 8


def test_the_template_cache_folder_is_bounded_too(tmp_path, monkeypatch):
    from drafter import resources
    from drafter.drafting.environment import _bytecode_cache

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(resources, "MAX_COPIES", 4)
    import jinja2

    env = jinja2.Environment(bytecode_cache=_bytecode_cache(),
                             loader=jinja2.DictLoader({f"t{i}": f"{{{{ {i} }}}}" for i in range(12)}))
    for i in range(12):
        assert env.get_template(f"t{i}").render() == str(i)
    assert 1 <= len(list((tmp_path / "cache" / "drafter" / "jinja").iterdir())) <= 4
