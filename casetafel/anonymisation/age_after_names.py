"""Ages written right after the person: "Jansen (61)", "Hofstra, 34", "bakker is 81", "Bos,
drieëntachtig,", and the ages of a named household."""

from __future__ import annotations

import re

from .age_lists import household_ages, roster_ages
from .ages import WORD_AGE_AFTER_NAME_RE, WORD_AGE_PAREN_RE, plausible_age
from .child_ages import small_word_ages_after_names
from .model import Category
from .scan import Candidate

AFTER_NAME_RES = (
    # "Jansen (61)", "de boer (72 jaar)"
    re.compile(
        r"[ \t]*\([ \t]*(?:(?:±|\+/-|ca\.?|circa|ong\.?|ongeveer|bijna|ruim|rond)[ \t]*)?(\d{1,3})"
        r"(?:[ \t]*(?:en|&)[ \t]*(\d{1,3}))?(?:[ \t]*(?:jaar|jr\.?))?[ \t]*\)"
    ),
    # "Wietske Hofstra, 34", "mevrouw Bos, 61, woont", "achternaam Latumahina?, ca. 50,": a doubted name too
    re.compile(
        r"[?!]?,[ \t]*(?:(?:±|\+/-|ca\.?|circa|ong\.?|ongeveer|nu|inmiddels|bijna|ruim|pas|net)[ \t]*)?(\d{1,3})"
        r"(?:[ \t]*(?:jaar|jr\.?))?"
        r"(?=[ \t]*(?:[,;:)\n]|$|\.(?!\d)))",
        re.MULTILINE,
    ),
    # "dhr bakker is 81, woont", "Mees is inmiddels 14."
    re.compile(
        r"[ \t]+(?:is|wordt|werd|was)[ \t]+(?:(?:nu|inmiddels|bijna|pas|net)[ \t]+)?(\d{1,3})"
        r"(?=[ \t]*(?:[,;)\n]|$|\.(?!\d)|en[ \t]|jaar))",
        re.MULTILINE,
    ),
    # "yusuf 9 jr en amira 4": a number right after the name in a list of household members
    re.compile(
        r"[ \t]+(\d{1,2}(?:[ \t]*(?:jaar|jr\.?))?)(?=[ \t]*(?:[,;)\n]|$|\.(?!\d)|en[ \t]))",
        re.MULTILINE,
    ),
    # "mw. jansen 61 jr woont alleen": the abbreviation makes it an age whatever follows
    re.compile(r"[ \t]+(\d{1,3}[ \t]?(?:jr\.?|j\.))(?![\w])"),
    # "dhr bakker 81 woont alleen": two digits between the name and what the person does
    re.compile(
        r"[ \t]+([1-9]\d)(?=[ \t]+(?:woont|woonde|is|was|heeft|had|zit|zat|gaat|ging|komt|kwam|belt|wil|kan"
        r"|moet|leeft|krijgt|valt|viel|slaapt|drinkt|werkt|werkte|rookt|loopt)(?![\w]))"
    ),
)


def ages_after_names(text: str, names: list[Candidate]) -> list[Candidate]:
    """Ages written right after the person: "Jansen (61)", "Hofstra, 34", "bakker is 81", "Bos,
    drieëntachtig,"."""
    found = []
    for name in names:
        if name.category is not Category.NAAM:
            continue
        word = WORD_AGE_AFTER_NAME_RE.match(text, name.end) or WORD_AGE_PAREN_RE.match(text, name.end)
        if word is not None:
            found.append(Candidate(word.start(1), word.end(1), Category.LEEFTIJD, 0.8))
            continue
        end = name.end
        tail = SURNAME_TAIL_RE.match(text, end) if "(" in text[end : end + 40] else None
        if tail is not None and (tail.group(1) or PARTICLE_END_RE.search(text, name.start, end)):
            end = tail.end()  # "hoekstra-de vries (47)": the rest of a double surname the name missed
        origin = None
        if end == name.end and text.startswith((" uit ", " in ", " te "), end):
            origin = ORIGIN_RE.match(text, end)
        if origin is not None:
            end = origin.end()  # "ruud de graaf uit hoorn (de kersenboogerd), 44,": where they live between
        for regex in AFTER_NAME_RES if end == name.end else AFTER_NAME_RES[: 1 if origin is None else 2]:
            match = regex.match(text, end)
            if match is not None and plausible_age(re.match(r"\d+", match.group(1)).group()):
                found.append(Candidate(match.start(1), match.end(1), Category.LEEFTIJD, 0.85))
                if match.re.groups > 1 and match.group(2) and plausible_age(match.group(2)):
                    found.append(
                        Candidate(match.start(2), match.end(2), Category.LEEFTIJD, 0.85)
                    )  # "(81 en 79)"
                break
    found.extend(roster_ages(text, names) + small_word_ages_after_names(text, names))
    if any(name.category is Category.NAAM for name in names):
        # "drie kinderen van 4, 7 en 12": ages of a household pin it down in a text about named persons,
        # not in an anonymous description
        found.extend(household_ages(text, text.lower()))
    return found


PARTICLES = r"(?:de|van|der|den|ter|ten|het|'t|te|la|le|el|al|da|du|dos|von)"
# The words of a surname after particles: "-de vries", " van der berg"; tried before "(47)" only.
SURNAME_TAIL_RE = re.compile(
    rf"((?:[ \t-]+{PARTICLES}(?![\w'’]))+)?[ \t-]+[^\W\d_]{{2,}}(?=[ \t]*\()", re.IGNORECASE
)
ORIGIN_RE = re.compile(
    r"[ \t]+(?:uit|in|te)[ \t]+[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*)?(?:[ \t]*\([^()\n]{1,40}\))?(?=[ \t]*,)"
)
PARTICLE_END_RE = re.compile(rf"(?<![\w'’]){PARTICLES}$", re.IGNORECASE)
