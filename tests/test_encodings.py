"""Decoding bytes as they arrive: Unicode forms, the legacy Vietnamese encodings, binary files."""

from __future__ import annotations

import os
import time
import unicodedata
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnextract.encodings import decode
from vnextract.text import InputError

TONES = ("\u0300", "\u0301", "\u0309", "\u0303", "\u0323")


def _all_letters() -> list[str]:
    """The 134 Vietnamese letters beyond ASCII: 67 lower-case and their capitals."""
    lower = ["đ"]
    for vowel in ("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"):
        if not vowel.isascii():
            lower.append(vowel)
        lower += [unicodedata.normalize("NFC", vowel + t) for t in TONES]
    return lower + [c.upper() for c in lower]


LETTERS = _all_letters()


def _rows(name: str) -> list[list[str]]:
    text = (resources.files("vnextract") / "data" / name).read_text(encoding="utf-8")
    return [r.split("\t") for r in text.splitlines() if r and not r.startswith("#")]


def _cp(field: str) -> str:
    return chr(int(field[2:], 16))


# Encoders built straight from the data files (independently of the decoder's own loading).
TCVN3 = {_cp(r[2]): bytes([int(r[0], 16)]) for r in _rows("tcvn3.tsv") if r[3] != "comb"}
VNI = {_cp(r[3]): bytes(int(h, 16) for h in r[0].split()) for r in _rows("vni.tsv")}


def _encode_table(text: str, table: dict[str, bytes], lossy: bool = False) -> bytes:
    out = []
    for c in unicodedata.normalize("NFC", text):
        if c in table:
            out.append(table[c])
        elif lossy and c.lower() in table:  # what TCVN3 writers did with a capital it lacks
            out.append(table[c.lower()])
        elif c.isascii():
            out.append(c.encode("ascii"))
        else:
            raise ValueError(f"{c!r} has no code")
    return b"".join(out)


def encode_tcvn3(text: str, lossy: bool = False) -> bytes:
    return _encode_table(text, TCVN3, lossy)


def tcvn3_expected(text: str) -> str:
    """``text`` as TCVN3 keeps it: capitals it has no code for come back lower-case."""
    return "".join(c if c in TCVN3 or c.isascii() else c.lower() for c in text)


def encode_vni(text: str) -> bytes:
    return _encode_table(text, VNI)


def encode_cp1258(text: str) -> bytes:
    """Windows-1258 the way Vietnamese keyboards wrote it: base letter + combining tone mark."""
    out = []
    for c in unicodedata.normalize("NFC", text):
        try:
            out.append(c.encode("cp1258"))
            continue
        except UnicodeEncodeError:
            pass
        nfd = unicodedata.normalize("NFD", c)
        tone = "".join(m for m in nfd if m in TONES)
        base = unicodedata.normalize("NFC", "".join(m for m in nfd if m not in TONES))
        out.append((base + tone).encode("cp1258"))
    return b"".join(out)


ENCODERS = {"windows-1258": encode_cp1258, "tcvn3": encode_tcvn3, "vni": encode_vni}


def encoded(text: str, encoding: str) -> tuple[bytes, str]:
    """(bytes of ``text`` in ``encoding``, the text decoding them should give)."""
    text = unicodedata.normalize("NFC", text)
    if encoding == "tcvn3":
        return encode_tcvn3(text, lossy=True), tcvn3_expected(text)
    return ENCODERS[encoding](text), text


# Two words are little evidence: these decode in TCVN3 and VNI, but are ambiguous in
# Windows-1258 (whose precomposed letters read as other letters in TCVN3).
SHORT = ["Việt Nam", "Hà Nội", "Đà Nẵng", "Quảng Ngãi"]

SENTENCES = [
    "Sáng 5/4/2024, ông Nguyễn Văn A, Chủ tịch UBND tỉnh Bắc Ninh cho biết tổng thu ngân sách "
    "nhà nước quý I ước đạt 9.200 tỷ đồng, tăng 12% so với cùng kỳ.",
    "Thủ tướng Chính phủ đã ký quyết định phê duyệt quy hoạch tỉnh Quảng Ninh thời kỳ 2021-2030.",
    "Những người dân của tỉnh được hỗ trợ trong năm nay.",
    "Kim ngạch xuất khẩu của TP Hồ Chí Minh trong 6 tháng đầu năm đạt 23,5 tỷ USD.",
    "Bộ trưởng Bộ Tài chính cho biết GDP quý III tăng 7,4% so với cùng kỳ năm trước.",
    "Giá xăng giảm mạnh từ 15 giờ chiều nay, mỗi lít xăng RON 95 còn khoảng 22.000 đồng.",
    "Ủy ban nhân dân huyện Mường Khương, tỉnh Lào Cai, vừa tổ chức hội nghị tổng kết năm.",
    "Phó Chủ tịch Quốc hội Nguyễn Đức Hải phát biểu tại phiên họp thứ 25.",
    "Mưa lớn kéo dài khiến nhiều tuyến đường ở Thừa Thiên Huế bị ngập sâu.",
    "Chiều 12/3, Sở Giáo dục và Đào tạo công bố kế hoạch tuyển sinh lớp 10 năm học mới.",
]


@pytest.mark.parametrize("encoding", sorted(ENCODERS))
@pytest.mark.parametrize("sentence", SENTENCES)
def test_legacy_corpus(sentence: str, encoding: str) -> None:
    data, expected = encoded(sentence, encoding)
    assert decode(data) == (expected, encoding)


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
@pytest.mark.parametrize("word", SHORT)
def test_legacy_short(word: str, encoding: str) -> None:
    data, expected = encoded(word, encoding)
    assert decode(data) == (expected, encoding)


@pytest.mark.parametrize("encoding", sorted(ENCODERS))
def test_legacy_multiline_article(encoding: str) -> None:
    article = "\r\n".join(SENTENCES) + "\r\n"
    data, expected = encoded(article, encoding)
    assert decode(data) == (expected, encoding)


@pytest.mark.parametrize(
    ("data", "expected", "encoding"),
    [
        # VNI: the base letter, then a byte for the diacritics
        ("Vieät Nam".encode("latin-1"), "Việt Nam", "vni"),
        ("Ñaø Naüng".encode("latin-1"), "Đà Nẵng", "vni"),
        (
            "Haø Noäi laø thuû ñoâ cuûa Vieät Nam".encode("latin-1"),
            "Hà Nội là thủ đô của Việt Nam",
            "vni",
        ),
        ("ngöôøi".encode("latin-1"), "người", "vni"),  # ư = ö, ơ + grave = ôø
        # TCVN3: one byte a lower-case letter
        ("ViÖt Nam".encode("latin-1"), "Việt Nam", "tcvn3"),
        ("B¶o Th¾ng".encode("latin-1"), "Bảo Thắng", "tcvn3"),
        (
            "huyÖn M\u00ad\u00eang Kh\u00ad\u00acng, tØnh Lµo Cai".encode("latin-1"),
            "huyện Mường Khương, tỉnh Lào Cai",
            "tcvn3",
        ),
        (
            "Hµ Néi lµ thñ ®« cña ViÖt Nam".encode("latin-1"),
            "Hà Nội là thủ đô của Việt Nam",
            "tcvn3",
        ),
        # Windows-1258: base letter + combining tone mark, composed to NFC
        (b"Vi\xea\xf2t Nam", "Việt Nam", "windows-1258"),
        (
            b"H\xe0 N\xf4\xf2i l\xe0 thu\xd2 \xf0\xf4 cu\xd2a Vi\xea\xf2t Nam",
            "Hà Nội là thủ đô của Việt Nam",
            "windows-1258",
        ),
    ],
)
def test_known_byte_strings(data: bytes, expected: str, encoding: str) -> None:
    assert decode(data) == (expected, encoding)


def test_tcvn3_all_capitals_font() -> None:
    # .VnTimeH shows lower-case codes as capitals; the capitals around them tell us.
    assert decode("UBND TØNH B¾C NINH".encode("latin-1")) == ("UBND TỈNH BẮC NINH", "tcvn3")
    text, _ = decode("Tin VIÖT NAM h«m nay cña b¸o".encode("latin-1"))
    assert text == "Tin VIỆT NAM hôm nay của báo"


@pytest.mark.parametrize("encoding", sorted(ENCODERS))
def test_round_trip_all_letters(encoding: str) -> None:
    encode = ENCODERS[encoding]
    supported = []
    for letter in LETTERS:
        try:
            data = encode(letter)
        except ValueError:
            continue
        supported.append(letter)
        assert decode(data, encoding) == (letter, encoding), letter
    if encoding == "tcvn3":  # TCVN3 has all lower-case letters, capitals only in part
        assert set(LETTERS[:67]) <= set(supported)
        assert len(supported) == 67 + 7 + 16
    else:
        assert supported == LETTERS
    # and all of them in one text, detected
    text = " ".join(supported)
    assert decode(encode(text), encoding)[0] == text


def test_tables_are_complete() -> None:
    assert len(LETTERS) == 134 and len(set(LETTERS)) == 134
    assert set(VNI) == set(LETTERS)
    assert len(set(VNI.values())) == 134
    assert len(set(TCVN3.values())) == len(TCVN3)


@pytest.mark.parametrize(
    ("name", "reported"),
    [
        ("cp1258", "windows-1258"),
        ("windows-1258", "windows-1258"),
        ("Windows_1258", "windows-1258"),
        ("tcvn3", "tcvn3"),
        ("ABC", "tcvn3"),
        ("vni", "vni"),
        ("VNI-Windows", "vni"),
    ],
)
def test_forced_legacy_names(name: str, reported: str) -> None:
    data = ENCODERS[reported]("Việt Nam")
    assert decode(data, name) == ("Việt Nam", reported)


def test_forced_python_codecs() -> None:
    assert decode("Hà Nội".encode("utf-16"), "utf-16") == ("Hà Nội", "utf-16")
    assert decode("café".encode("latin-1"), "latin-1") == ("café", "iso8859-1")
    assert decode(b"\xef\xbb\xbfabc", "utf-8") == ("abc", "utf-8-sig")
    # forced Windows-1258 reads its five undefined bytes as U+FFFD rather than failing
    assert decode(b"Vi\xea\xf2t\x81", "cp1258") == ("Việt\ufffd", "windows-1258")
    # forcing wins over detection: these bytes are valid UTF-8 too
    assert decode("Việt".encode(), "latin-1")[0] == "Việt".encode().decode("latin-1")


@pytest.mark.parametrize(
    ("data", "encoding", "message"),
    [
        (b"abc", "no-such-codec", "unknown encoding"),
        (b"abc", "rot13", "not a text encoding"),
        (b"\xff\xfe", "utf-8", "not valid UTF-8 at byte 0"),
        (b"ab\xff", "ascii", "not valid ascii at byte 2"),
        (b"\xef\xbb\xbfab\xff", "utf-8", "not valid UTF-8 at byte 5"),
    ],
)
def test_forced_errors(data: bytes, encoding: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        decode(data, encoding)


@pytest.mark.parametrize(
    ("data", "expected", "name"),
    [
        (b"\xef\xbb\xbfVi\xe1\xbb\x87t Nam", "Việt Nam", "utf-8-sig"),
        ("\ufeffViệt Nam".encode("utf-16-le"), "Việt Nam", "utf-16-le"),
        ("\ufeffViệt Nam".encode("utf-16-be"), "Việt Nam", "utf-16-be"),
        ("\ufeffViệt Nam".encode("utf-32-le"), "Việt Nam", "utf-32-le"),
        ("\ufeffViệt Nam".encode("utf-32-be"), "Việt Nam", "utf-32-be"),
        ("Việt Nam và các tỉnh".encode("utf-16-le"), "Việt Nam và các tỉnh", "utf-16-le"),
        ("Việt Nam".encode(), "Việt Nam", "utf-8"),
        (b"plain ASCII text", "plain ASCII text", "utf-8"),
        (b"", "", "utf-8"),
        # NFD UTF-8 stays exactly as it is (offsets index the original)
        (
            unicodedata.normalize("NFD", "Việt").encode(),
            unicodedata.normalize("NFD", "Việt"),
            "utf-8",
        ),
        # ASCII with Windows curly quotes: the same in every candidate encoding
        (b"It\x92s \x93quoted\x94", "It’s “quoted”", "windows-1258"),
    ],
)
def test_unicode_forms(data: bytes, expected: str, name: str) -> None:
    assert decode(data) == (expected, name)


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF file, not text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image, not text"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "a JPEG image, not text"),
        (b"GIF89a\x01\x00\x01\x00", "a GIF image, not text"),
        (b"PK\x03\x04\x14\x00\x06\x00", "a ZIP archive"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", "Microsoft Office document"),
        (b"\x1f\x8b\x08\x00", "gzip"),
        (b"abc\x00def\x00\x00\x01\x02", "binary file \\(contains NUL bytes\\), not text"),
    ],
)
def test_binary(data: bytes, what: str) -> None:
    with pytest.raises(InputError, match=what):
        decode(data)
    if not what.startswith("binary"):  # a PDF stays a PDF when an encoding is forced
        with pytest.raises(InputError, match=what):
            decode(data, "latin-1")


@pytest.mark.parametrize(
    ("data", "looks_like"),
    [
        (
            "Le gouvernement français a annoncé une réforme très contestée.".encode("latin-1"),
            "Windows-1252/Latin-1 text, not Vietnamese",
        ),
        (
            "São Paulo é uma cidade enorme. Não há solução.".encode("latin-1"),
            "Windows-1252/Latin-1 text, not Vietnamese",
        ),
        ("Việt Nam và các tỉnh phía Bắc".encode()[:-1] + b"\xff", "UTF-8 with damaged bytes"),
        (bytes(range(0x80, 0x100)) * 4, "an unknown 8-bit encoding"),
        ("có".encode("cp1258"), "but not certainly"),  # one word fits all three encodings
    ],
)
def test_undetermined(data: bytes, looks_like: str) -> None:
    with pytest.raises(InputError) as info:
        decode(data)
    message = str(info.value)
    assert message.startswith("not UTF-8 (invalid byte at offset ")
    assert "; looks like " in message and looks_like in message
    assert message.endswith("convert it to UTF-8 or pass --encoding")
    assert "\n" not in message


def test_large_legacy_file_is_sampled_but_fully_decoded() -> None:
    article = "\n".join(SENTENCES) + "\n"
    text, name = decode(encode_vni(article) * 500)
    assert name == "vni"
    assert text == article * 500


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_never_raises_anything_else(data: bytes) -> None:
    try:
        text, name = decode(data)
    except InputError as exc:
        assert str(exc) and "\n" not in str(exc)
    else:
        assert isinstance(text, str) and isinstance(name, str)


@settings(max_examples=100, deadline=None)
@given(
    st.binary(max_size=300).filter(lambda b: b"\x00" not in b),
    st.sampled_from(
        ["utf-8", "utf-16", "cp1258", "tcvn3", "vni", "latin-1", "idna", "punycode", "hex"]
    ),
)
def test_forced_never_raises_anything_else(data: bytes, encoding: str) -> None:
    try:
        decode(data, encoding)
    except InputError:
        pass


@settings(max_examples=50, deadline=None)
@given(
    st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=5), st.sampled_from(sorted(ENCODERS))
)
def test_detection_on_sentence_mixes(parts: list[str], encoding: str) -> None:
    data, expected = encoded(" ".join(parts), encoding)
    assert decode(data) == (expected, encoding)


@pytest.mark.parametrize("nul", [True, False])
def test_one_megabyte_of_random_bytes_is_fast(nul: bool) -> None:
    data = os.urandom(1 << 20)
    if not nul:
        data = data.replace(b"\x00", b"\x01")
    start = time.perf_counter()
    with pytest.raises(InputError):
        decode(data)
    assert time.perf_counter() - start < 2.0
