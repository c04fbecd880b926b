"""A folder of hostile inputs beside two good articles, made on demand (the large files too):
`build(folder)` writes it and returns what `tracker extract` should say about each file."""
from __future__ import annotations

import json
import os
from pathlib import Path

GOOD = {
    "good_en.txt": ("---\nid: good_en\npublished: 2024-01-12\n---\n"
                    "Trade between China and Russia reached a record 240.1 billion dollars in 2023, "
                    "customs data showed on Friday.\n"),
    "good_fr.md": ("---\nid: good_fr\npublished: 2024-01-13\n---\n"
                   "Les échanges commerciaux entre la Chine et la Russie ont atteint 240,1 milliards "
                   "de dollars en 2023.\n"),
}

#: file name -> a piece of the one line `tracker extract` prints for it (None: read, no error)
EXPECTED: dict[str, str | None] = {
    "empty.txt": "empty file",
    "binary.txt": "binary file, not text",
    "truncated_utf8.txt": None,          # read without its cut character, with a warning
    "latin1.txt": None,                  # decoded, with a warning
    "cp1252.txt": None,
    "utf16_bom.txt": None,
    "big_50mb.txt": "over the 20 MB limit",
    "one_line_10mb.txt": "over the 1,000,000 limit",
    "nested.html": "no article text found",
    "scripts_only.html": "no article text found",
    "wrong_types.json": "'text' must be a string",
    "missing_fields.json": "record has no 'text' or 'html'",
    "records.jsonl": "'id' must be a string",
    "million_digits.txt": None,          # no figure in it, a warning
    "overflow_1e400.txt": None,
    "arabic_digits.txt": None,
    "fullwidth_digits.txt": None,
    "control_chars.txt": None,
    "loop.txt": "symbolic link loop",
    "unreadable.txt": "Permission denied",
}


def build(folder: Path) -> dict[str, str | None]:
    """Write the hostile files and the two good articles into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in GOOD.items():
        (folder / name).write_text(text, encoding="utf-8")
    fr = "Les échanges commerciaux ont progressé à 120 milliards d’euros en 2023, déjà un record."
    w = (folder / "empty.txt").write_bytes
    w(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 200)
    (folder / "truncated_utf8.txt").write_bytes((fr + " é").encode("utf-8")[:-1])
    (folder / "latin1.txt").write_bytes(fr.replace("’", "'").encode("latin-1"))
    (folder / "cp1252.txt").write_bytes(fr.encode("cp1252"))
    (folder / "utf16_bom.txt").write_bytes(fr.encode("utf-16"))
    line = b"Trade rose again this year, officials said.\n"
    with (folder / "big_50mb.txt").open("wb") as fh:
        fh.write(line * (50 * 2**20 // len(line) + 1))
    with (folder / "one_line_10mb.txt").open("wb") as fh:
        fh.write(b"trade " * (10 * 2**20 // 6))
    (folder / "nested.html").write_text("<html><body>" + "<div>" * 100_000 + fr + "</div>" * 100_000
                                        + "</body></html>", encoding="utf-8")
    (folder / "scripts_only.html").write_text(
        "<html><head><style>p{}</style></head><body>" + "<script>var x = '12 billion';</script>" * 500
        + "<style>b{}</style></body></html>", encoding="utf-8")
    (folder / "wrong_types.json").write_text(json.dumps({"id": "wt", "text": 12, "published": []}), encoding="utf-8")
    (folder / "missing_fields.json").write_text(json.dumps({"title": "no text here"}), encoding="utf-8")
    (folder / "records.jsonl").write_text(json.dumps({"id": ["x"], "text": fr}) + "\n", encoding="utf-8")
    (folder / "million_digits.txt").write_text(f"{fr}\nExports reached\n{'7' * 1_000_000}\nbillion dollars.\n",
                                               encoding="utf-8")
    (folder / "overflow_1e400.txt").write_text("Exports reached 1e400 billion dollars, or 1E+400 tonnes, in 2023.\n",
                                               encoding="utf-8")
    (folder / "arabic_digits.txt").write_text("Les exportations ont atteint ١٢٣ milliards de dollars en 2023, "
                                              "soit ٣٫٥ % de plus.\n", encoding="utf-8")
    (folder / "fullwidth_digits.txt").write_text("Exports reached １２３，５ billion dollars in 2023.\n",
                                                 encoding="utf-8")
    (folder / "control_chars.txt").write_text(fr + "\x1b[2J\x07 Exports\x1b]0;pwned\x07 rose 5%.\n",
                                              encoding="utf-8")
    os.symlink("loop.txt", folder / "loop.txt")
    expected = dict(EXPECTED)
    if unreadable_possible():
        unreadable = folder / "unreadable.txt"
        unreadable.write_text(fr, encoding="utf-8")
        unreadable.chmod(0)
    else:
        del expected["unreadable.txt"]
    return expected


def unreadable_possible() -> bool:
    """Whether a file can be made unreadable to the command: root reads anything unless
    setpriv can take that power away."""
    import shutil

    return os.geteuid() != 0 or shutil.which("setpriv") is not None


def without_root_powers(command: list[str]) -> list[str]:
    """The command, run so that a file without read permission is unreadable even for root."""
    if os.geteuid() != 0:
        return command
    return ["setpriv", "--inh-caps=-dac_override,-dac_read_search",
            "--bounding-set=-dac_override,-dac_read_search", *command]
