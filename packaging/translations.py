"""The window's translation catalogues: English (the source, with its plural forms), Spanish
and Catalan, under resources/translations/.

    python packaging/translations.py update   read every string from the code (pyside6-lupdate)
                                             into the .ts catalogues, keeping what is
                                             translated; English fills itself in
    python packaging/translations.py build    compile the catalogues to .qm (pyside6-lrelease)
    python packaging/translations.py check    list unfinished or missing entries; exit 1 if any

A string with %n is a plural: it gets one form per grammatical number of the language
(English, Spanish and Catalan all have two: one, and other). `build` runs wherever the app
runs from: the set-up script, the bundle build and the tests.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from xml.etree import ElementTree as ET

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = ROOT / "resources" / "translations"
SOURCES = ROOT / "app"
LANGUAGES = ("en", "es", "ca")
#: Forms per plural string: English, Spanish and Catalan all have "one" and "other".
PLURAL_FORMS = 2

#: English singulars that are more than "(s)" dropped.
_ENGLISH_ONE = {
    "%n of these sessions are LIVE: their devices are still timing, and closing now stops "
    "them mid-race.": "%n of these sessions is LIVE: its device is still timing, and closing "
    "now stops it mid-race.",
    "%n session(s) not closed: their passings could not all be saved.": "%n session not closed: "
    "its passings could not all be saved.",
    "%n stale session(s) selected: Delete closes them, after a confirmation.": "%n stale session "
    "selected: Delete closes it, after a confirmation.",
    "Closed %1; its %Ln passing(s) are in %2.": "Closed %1; its %Ln passing is in %2.",
    "%n of these sessions are on devices offline or not heard from: they may still hold "
    "passings they have not sent, and closing now loses those for good.": "%n of these "
    "sessions is on a device offline or not heard from: it may still hold passings it has not "
    "sent, and closing now loses those for good.",
}


@dataclass
class Message:
    context: str
    source: str
    comment: str = ""
    locations: list[tuple[str, str]] = field(default_factory=list)
    #: The translation, or for a plural each form; empty when not translated yet.
    forms: list[str] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)

    @property
    def plural(self) -> bool:
        return "%n" in self.source or "%Ln" in self.source

    @property
    def finished(self) -> bool:
        wanted = PLURAL_FORMS if self.plural else 1
        return len(self.forms) == wanted and all(self.forms)


def tool(name: str) -> str:
    """One of PySide6's console scripts (pyside6-lupdate, pyside6-lrelease), found where pip
    put this interpreter's scripts: bin/ beside python in a POSIX venv, but Scripts\\ under
    a Windows installation (the nt scheme), or the user scheme's folder after `pip install
    --user`; then on PATH."""
    user = sysconfig.get_preferred_scheme("user")
    folders = [sysconfig.get_path("scripts"), sysconfig.get_path("scripts", user)]
    for folder in folders:
        # which() adds Windows' .exe (PATHEXT) and checks that the file can be run.
        found = shutil.which(name, path=folder) if folder else None
        if found:
            return found
    found = shutil.which(name)
    if found is None:
        raise FileNotFoundError(
            f"{name} is in none of {folders} nor on PATH: install PySide6-Essentials"
        )
    return found


def catalogue(language: str) -> Path:
    return CATALOGUES / f"rufus_{language}.ts"


def compiled(language: str) -> Path:
    return CATALOGUES / f"rufus_{language}.qm"


def extract() -> list[Message]:
    """Every string the code asks Qt to translate, as pyside6-lupdate finds it."""
    sources = sorted(str(path) for path in SOURCES.rglob("*.py"))
    with tempfile.TemporaryDirectory() as scratch:
        found = Path(scratch) / "found.ts"
        subprocess.run(
            [tool("pyside6-lupdate"), *sources, "-ts", str(found)],
            check=True,
            capture_output=True,
        )
        return read(found)


def read(path: Path) -> list[Message]:
    if not path.exists():
        return []
    tree = ET.parse(path)  # noqa: S314 (the project's own catalogues)
    messages = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            translation = element.find("translation")
            forms: list[str] = []
            if translation is not None and translation.get("type") not in ("unfinished",):
                numerus = translation.findall("numerusform")
                forms = [f.text or "" for f in numerus] if numerus else [translation.text or ""]
            messages.append(
                Message(
                    name,
                    element.findtext("source") or "",
                    element.findtext("comment") or "",
                    [
                        (loc.get("filename", ""), loc.get("line", ""))
                        for loc in element.iter("location")
                    ],
                    forms,
                )
            )
    return messages


def write(path: Path, language: str, messages: list[Message]) -> None:
    root = ET.Element("TS", version="2.1", language=language)
    by_context: dict[str, list[Message]] = {}
    for message in messages:
        by_context.setdefault(message.context, []).append(message)
    for name in sorted(by_context):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for message in sorted(by_context[name], key=lambda m: (m.source, m.comment)):
            element = ET.SubElement(context, "message")
            if message.plural:
                element.set("numerus", "yes")
            for filename, line in message.locations:
                ET.SubElement(element, "location", filename=_relative(filename), line=line)
            ET.SubElement(element, "source").text = message.source
            if message.comment:
                ET.SubElement(element, "comment").text = message.comment
            translation = ET.SubElement(element, "translation")
            if not message.finished:
                translation.set("type", "unfinished")
            if message.plural:
                forms = message.forms or [""] * PLURAL_FORMS
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = message.forms[0] if message.forms else ""
    ET.indent(root)
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        + ET.tostring(root, encoding="unicode")
        + "\n",
        encoding="utf-8",
    )


def _relative(filename: str) -> str:
    try:
        return str(Path(filename).resolve().relative_to(CATALOGUES.resolve().parent.parent))
    except ValueError:
        return filename


def english(message: Message) -> list[str]:
    if not message.plural:
        return [message.source]
    one = _ENGLISH_ONE.get(message.source, message.source.replace("(s)", ""))
    return [one, message.source.replace("(s)", "s")]


def update() -> None:
    found = extract()
    for language in LANGUAGES:
        previously = read(catalogue(language))
        known = {message.key: message for message in previously}
        # A string moved to another class (another context) keeps its translation.
        by_source = {(m.source, m.plural): m for m in previously if m.finished}
        merged = []
        for extracted in found:
            message = replace(extracted, locations=list(extracted.locations), forms=[])
            previous = known.get(message.key) or by_source.get((message.source, message.plural))
            if language == "en":
                message.forms = english(message)
            elif previous is not None and previous.plural == message.plural:
                message.forms = previous.forms
            merged.append(message)
        write(catalogue(language), language, merged)
        waiting = sum(1 for message in merged if not message.finished)
        print(f"translations: {catalogue(language).name}: {len(merged)} strings, {waiting} to do")


def build() -> None:
    for language in LANGUAGES:
        subprocess.run(
            [
                tool("pyside6-lrelease"),
                str(catalogue(language)),
                "-qm",
                str(compiled(language)),
            ],
            check=True,
            capture_output=True,
        )


def unfinished(language: str) -> list[Message]:
    """Strings the code asks for that the catalogue lacks or has not translated."""
    known = {message.key: message for message in read(catalogue(language))}
    return [m for m in extract() if m.key not in known or not known[m.key].finished]


def check() -> int:
    missing = {language: unfinished(language) for language in LANGUAGES}
    for language, messages in missing.items():
        for message in messages:
            print(f"translations: {language}: {message.context}: {message.source!r}")
    return 1 if any(missing.values()) else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("task", choices=("update", "build", "check"))
    task = parser.parse_args().task
    if task == "update":
        update()
    elif task == "build":
        build()
    else:
        return check()
    return 0


if __name__ == "__main__":
    sys.exit(main())
