import codecs

import pytest

from drafter.errors import ReadError
from drafter.text.reader import decode_bytes, iter_paths, read_file

TEXT = "尊敬的各位领导、同志们：\n今天，我们在这里隆重举行座谈会。"


@pytest.mark.parametrize("encoding, prefix, expected", [
    ("utf-8", b"", "utf-8"),
    ("utf-8", codecs.BOM_UTF8, "utf-8-sig"),
    ("gbk", b"", "gb18030"),
    ("gb18030", b"", "gb18030"),
    ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16"),
    ("utf-16-be", codecs.BOM_UTF16_BE, "utf-16"),
])
def test_encodings_are_detected(tmp_path, encoding, prefix, expected):
    p = tmp_path / "speech.txt"
    p.write_bytes(prefix + TEXT.encode(encoding))
    raw = read_file(p)
    assert raw.text == TEXT
    assert raw.encoding == expected


def test_crlf_line_ends_become_newlines(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(TEXT.replace("\n", "\r\n").encode("gbk"))
    assert read_file(p).text == TEXT


def test_docx_is_read_paragraph_by_paragraph(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("同志们：")
    d.add_paragraph("今天，我们隆重举行座谈会。")
    d.save(tmp_path / "speech.docx")
    raw = read_file(tmp_path / "speech.docx")
    assert raw.encoding == "docx"
    assert raw.text == "同志们：\n今天，我们隆重举行座谈会。"


@pytest.mark.parametrize("content, words", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
    (b"PK\x03\x04broken zip", "not a readable Word document"),
    (b"\xff\xfe\x00\xd8", "utf-16"),
    (bytes(range(1, 32)) * 40, "binary"),
])
def test_unreadable_files_are_reported_by_name(tmp_path, content, words):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    with pytest.raises(ReadError) as err:
        read_file(p)
    assert str(p) in str(err.value)
    assert words in str(err.value)


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(ReadError, match="no such file"):
        read_file(tmp_path / "nope.txt")
    with pytest.raises(ReadError, match="is a directory"):
        read_file(tmp_path)


def test_undecodable_bytes_are_refused():
    # 0x80 alone is invalid in both UTF-8 and GB18030
    with pytest.raises(ReadError, match="neither UTF-8 nor GB18030"):
        decode_bytes("同志们".encode() + b"\x80\x80\xff", "x.txt")


def test_iter_paths_expands_folders_in_order_and_survives_symlink_loops(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("二", encoding="utf-8")
    (tmp_path / "1.txt").write_text("一", encoding="utf-8")
    (tmp_path / "README.md").write_text("readme", encoding="utf-8")
    (tmp_path / "b" / "loop").symlink_to(tmp_path, target_is_directory=True)
    names = [p.name for p in iter_paths([str(tmp_path)])]
    assert names == ["1.txt", "2.txt"]
