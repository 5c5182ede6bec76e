"""Build ``resources/anonymisation/common_words.txt`` and ``dutch_words.bloom``. The first holds the entries of the name and place lists whose
lower-case form is also an ordinary Dutch word ("roos", "best", "bakker"), so that the detector can tell
"jan" or "drachten" in a note typed without capitals from an ordinary word, without loading a big word
list at run time. The second is a Bloom filter of all lower-case OpenTaal words (about 1.1 MB; about one
unknown word in 100,000 passes for a word) that answers "is this an ordinary Dutch word?" for any word
(see ``casetafel/anonymisation/wordfilter.py``).

The Dutch words come from the OpenTaal word list as Debian's ``wdutch`` package installs it
(``/usr/share/dict/nederlands``; OpenTaal, licence BSD (revised) or CC BY 3.0, at the user's choice).
Only the overlap with casetafel's own lists is written, minus the entries below that are, as a
lower-case word, far rarer than the name or place. Run ``python packaging/anonymisation_words.py`` after
changing the name or place lists (needs ``apt-get install wdutch``).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "anonymisation"
WORDLIST = Path("/usr/share/dict/nederlands")
SOURCES = ("first_names.txt", "surnames.txt", "places.txt", "organisations.txt")
# In the word list, but in a case note far more likely the name or the place.
RARE_AS_WORD = frozenset(
    """
    curaçao
    aad aagje aagt aaltje aart adam alma anita arend aurelia bente berber bram chris demi dirk dolf dries
    eddy ellen ernst eva evertje ferry geert geertje gemma grietje hannes hans hendrik jaap jack janet
    jantje jasmijn jet jonas jonathan joop jozef juan kaatje karen kees keesje kelly kim klaas koen koert
    koos lammert lex liane liesje lieven lubbert maarten marc margriet marina marjolein marlijn mats maxime
    mia miep mijntje mila mina nel nick nol peter pietje puck rachel ria riek riet rietje rik rink rob
    robbert robert rombout sara sem sjaak sjirk steef sten steven taco tamme thomas tjerk trees trijntje
    valentijn wies willie wim wout wouter
    aken assen asten bakhuizen balkbrug buitenpost delft dongen drachten ede geleen gouda gulpen hoofddorp
    hulst ijlst landgraaf laren leiden lemmer losser malden nieuwkoop roden soest tegelen voorschoten
    wassenaar wateringen weert woerden ruinen ommen boekel beugen dreumel halsteren hapert lunetten
    middelaar spankeren sterksel stevensweert wolfskuil zoelen retranchement hekelingen
    akkerman bakhuis berghuis blokhuis bouwhuis dijkgraaf
    """.split()  # noqa: SIM905
)


def read_entries(path: Path) -> set[str]:
    entries = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        entry = line.strip().lower()
        if entry and not entry.startswith("#") and " " not in entry:
            entries.add(entry)
    return entries


def main() -> int:
    if not WORDLIST.exists():
        print(f"{WORDLIST} ontbreekt: installeer het Debian-pakket wdutch.", file=sys.stderr)
        return 2
    words = {
        line.strip()
        for line in WORDLIST.read_text(encoding="utf-8").splitlines()
        if line.strip()[:1].islower()
    }
    ours: set[str] = set()
    for name in SOURCES:
        ours |= read_entries(FOLDER / name)
    common = sorted((ours & words) - RARE_AS_WORD)
    header = (
        "# Entries of casetafel's name, place and organisation lists that are also ordinary Dutch words.\n"
        "# Derived from the OpenTaal word list (BSD revised or CC BY 3.0) by packaging/anonymisation_words.py.\n"
    )
    (FOLDER / "common_words.txt").write_text(header + "\n".join(common) + "\n", encoding="utf-8")
    print(f"common_words.txt: {len(common)} words")
    sys.path.insert(0, str(ROOT))
    from casetafel.anonymisation.wordfilter import WordFilter

    dutch = {word.lower() for word in words if " " not in word}
    (FOLDER / "dutch_words.bloom").write_bytes(WordFilter.build(dutch).to_bytes())
    print(f"dutch_words.bloom: {len(dutch)} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
