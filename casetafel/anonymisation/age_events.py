"""Ages told by the words around a number rather than by "jaar": ages of events in a life ("sinds zijn
16e", "toen ze 12 was", "hij wordt volgende maand 18") and rounded ages after a person ("mevrouw is ca.
60 jaar", "Buurman (eind 70)"). Used by ``ages``."""

from __future__ import annotations

import re

from casetafel.domain.calendar import MONTHS

from .age_words import NOT_SUBJECTS, PERSON_WORDS
from .model import Category
from .scan import Candidate

NOT_AGE_UNIT_RE = re.compile(r"[.,]\d|[ \t]*(?:euro|procent|%|uur|min|km|kilo|m2|jaar geleden)")
# "mevrouw is ca. 60 jaar", "een man van ongeveer 50", "De man (rond de 55)": a rounded age after a cue
APPROX_BEFORE_RE = re.compile(
    r"(?:(?<![\w])(?:is|was|wordt|werd|van)[ \t]+|\([ \t]*)"
    r"(?:ca\.?|circa|ongeveer|ong\.?|rond(?:[ \t]+de)?|begin|midden|eind|bijna|net|ruim|pas|±|zo['’]n)[ \t]*$",
    re.IGNORECASE,
)
APPROX_AFTER_RE = re.compile(
    r"(?:[ \t]*(?:jaar|jr\.?)(?:[ \t]+oud)?)?(?:[ \t]*\+|-plus)?(?=[ \t]*(?:[,;.)\n]|$|en[ \t]))"
)

SUBJECT = r"(?:hij|ze|zij|ik|je|jij|u|meneer|mevrouw|moeder|vader|zoon|dochter|oma|opa)"
# "sinds zijn 16e", "toen ze 12 was", "hij wordt volgende maand 18": an age at or of an event in one's life,
# told by the words before the number (searched in the 40 characters before it) and right after it.
EVENT_BEFORE_RE = re.compile(
    r"(?<![\w])(?:(?P<ordinal>(?:op|sinds|vanaf|na|voor|vóór|rond|tot|tegen)[ \t]+(?:zijn|haar|z'n|d'r|mijn))"  # "vanaf je 18e": anyone
    r"|(?P<when>(?:toen|als|nu|omdat|sinds|totdat)[ \t]+(?:hij|ze|zij|ik|je|jij))"
    rf"|(?P<becomes>{SUBJECT}[ \t]+(?:wordt|werd)[ \t]+(?:(?:volgende|komende|deze|vorige|afgelopen)[ \t]+"
    r"(?:week|maand|jaar)|volgend[ \t]+jaar|dit[ \t]+jaar|binnenkort|morgen|straks|in[ \t]+[a-z]{3,9}"
    r"|op[ \t]+\d{1,2}[ \t]+[a-z]{3,9})))[ \t]+$",
    re.IGNORECASE,
)
ORDINAL_AFTER_RE = re.compile(
    r"(?:e|de|ste)(?![\w]|[ \t]+(?:termijn|keer|plaats|poging|periode|ronde|week|maand|dag|kind|kwartaal|klas"
    r"|groep|leerjaar|schooljaar|studiejaar|huwelijk|relatie|baan|opname|behandeling)(?![\w]))",
    re.IGNORECASE,
)
WHEN_AFTER_RE = re.compile(
    r"(?:[ \t]+jaar(?:[ \t]+oud)?)?[ \t]+(?:was|werd|is|wordt|oud)(?![\w])", re.IGNORECASE
)
BECOMES_END_RE = re.compile(r"[ \t]*(?:[,;.)\n]|$|en[ \t]|jaar)")


# what the 40 characters before the number of such an age end with: a cheap test before EVENT_BEFORE_RE
EVENT_ENDS = (
    "zijn",
    "haar",
    "z'n",
    "d'r",
    "mijn",
    "je",
    "hij",
    "ze",
    "zij",
    "ik",
    "jij",
    "week",
    "maand",
    "jaar",
    "binnenkort",
    "morgen",
    "straks",
    *MONTHS,
)


def event_age(text: str, pos: int, end: int, before: str) -> Candidate | None:
    event = EVENT_BEFORE_RE.search(before)
    if event is None:
        return None
    if event.group("ordinal"):
        ordinal = ORDINAL_AFTER_RE.match(text, end)
        return Candidate(pos, ordinal.end(), Category.LEEFTIJD, 0.75) if ordinal else None
    after = WHEN_AFTER_RE if event.group("when") else BECOMES_END_RE
    return Candidate(pos, end, Category.LEEFTIJD, 0.75) if after.match(text, end) else None


LAST_WORD_RE = re.compile(r"([^\W\d_]+)[ \t]*$")
ARTICLE_END_RE = re.compile(r"(?:^|\s)(?:de|het|een)$", re.IGNORECASE)


def approximate_age(text: str, pos: int, end: int, before: str, approx: re.Match[str]) -> Candidate | None:
    after = APPROX_AFTER_RE.match(text, end)
    if after is None or NOT_AGE_UNIT_RE.match(text, end):
        return None
    cue_at = pos - len(before) + approx.start()
    subject = LAST_WORD_RE.search(text, max(0, cue_at - 30), cue_at)
    if subject is None:
        return None  # "Groep 8 (ca. 30)": a number, not a person, before the cue
    word = subject.group(1)
    end += len(after.group().rstrip(" \t+").removesuffix("-plus"))  # "60 jaar", not "90+"
    if word.lower() in PERSON_WORDS:
        return Candidate(pos, end, Category.LEEFTIJD, 0.75)
    head = text[max(0, cue_at - 40) : cue_at].rstrip(" \t")
    head = head[: len(head) - len(word)].rstrip(" \t")
    if (
        word[0].isupper()
        and len(word) > 1
        and word.lower() not in NOT_SUBJECTS
        and head[-1:] not in ("", ".", "!", "?", "\n")
        and not ARTICLE_END_RE.search(head)
    ):
        return Candidate(pos, end, Category.LEEFTIJD, 0.75)  # a name inside the sentence
    return None


# "16 tot 27 jaar oud", "45-64 jaar": the upper end of a range of ages is a group, not one person.
RANGE_BEFORE_RE = re.compile(r"\d{1,3}[ \t]*(?:tot(?:[ \t]+en[ \t]+met)?|t/m|-|–)[ \t]*$")
# A worked example in policy text: whoever it is about is made up.
EXAMPLE_RE = re.compile(
    r"(?<![\w])(?:stel(?:[ \t]+dat|[ \t]+je[ \t]+voor)?|bijvoorbeeld|\w*voorbeeld|fictief)(?![\w])", re.I
)
SENTENCE_END_RE = re.compile(r"[.!?\n]")
SENTENCE_MARKS = ".!?\n"
# A sentence that goes on with the example as a condition: "Als ...", "Gaat haar broer van 40 ...".
CONDITIONAL_RE = re.compile(
    r"[ \t]*(?:als|wanneer|indien|mocht|gaat|komt|wordt|krijgt|trekt|woont|verhuist|gaan|komen|worden"
    r"|krijgen|wonen)(?![\w])",
    re.IGNORECASE,
)


def _example_before(text: str, start: int) -> bool:
    """A worked example opens earlier in the paragraph of the sentence that starts at ``start``."""
    begin = max(0, start - 400)
    paragraph = text.rfind("\n\n", begin, start)
    return EXAMPLE_RE.search(text, paragraph + 2 if paragraph != -1 else begin, start) is not None


# "Een 18-jarige mag zelf beslissen": a rule about anyone of that age.
MODAL_AFTER_RE = re.compile(
    r"[ \t]+(?:mag|mogen|moet|moeten|kan|kunnen|heeft[ \t]+recht|valt|vallen)(?![\w])"
)


# "18 t/m 26 jaar", "18-26": a range of ages, no person's age.
RANGE_AFTER_RE = re.compile(r"[ \t]*(?:t/m|tot(?:[ \t]+en[ \t]+met)?|-|–)[ \t]*\d")
# "Een 80-jarige die alleen woont, heeft recht op ...": a rule about anyone of that age.
RELATIVE_MODAL_RE = re.compile(
    r"[ \t]+die[ \t]+[^.;:!?\n]{1,60}?,?[ \t]+(?:mag|mogen|moet|moeten|kan|kunnen|heeft[ \t]+recht|valt|vallen)(?![\w])"
)
# "Een jongen van 14", "Iedere inwoner van 67": anyone of that age, when a rule follows.
ANYONE_OF_RE = re.compile(r"(?:een|elke|iedere|ieder)[ \t]+[^\W\d_]+[ \t]+van")
# "Een moeder van 30 met een baby heeft recht op kraamzorg": the words of a rule later in the clause.
RULE_LATER_RE = re.compile(
    r"[^.;:!?\n]{0,50}?(?<![\w])(?:heeft[ \t]+recht|hebben[ \t]+recht|hoort|horen|komt[ \t]+in[ \t]+aanmerking"
    r"|komen[ \t]+in[ \t]+aanmerking|valt[ \t]+onder|vallen[ \t]+onder)(?![\w])"
)
JAAR_RE = re.compile(r"[ \t]+jaar(?:[ \t]+oud)?(?![\w])")


def not_a_persons_age(text: str, start: int, end: int) -> bool:
    """The age found at ``start``-``end`` is the upper end of a range, sits in a worked example ("Stel dat
    een moeder van 35 ...", "Voorbeeld: een alleenstaande van 45 jaar"), or opens a rule about anyone of
    that age ("Een 18-jarige mag ...")."""
    if RANGE_BEFORE_RE.search(text, max(0, start - 12), start):
        return True
    begin = max(0, start - 160)
    head = text[begin:start]
    cut = max(head.rfind(mark) for mark in SENTENCE_MARKS) + 1  # after the last end of a sentence, or 0
    if EXAMPLE_RE.search(head, cut):
        return True
    if CONDITIONAL_RE.match(head, cut) and _example_before(text, begin + cut):
        return True  # "Stel: een moeder van 35 ... Gaat haar broer van 40 bij haar wonen, dan ..."
    if RANGE_AFTER_RE.match(text, end):
        return True  # "Leeftijd 18 t/m 26 jaar": the lower end of a range
    if in_made_up_example(text, start):
        return True  # "Persona: Fatima, 42 jaar, alleenstaande moeder (verzonnen)"
    opening = head[cut:].strip().lower()
    if text[start:end].lower().endswith("jarige") and opening in ("een", "elke", "iedere"):
        return MODAL_AFTER_RE.match(text, end) is not None or RELATIVE_MODAL_RE.match(text, end) is not None
    if ANYONE_OF_RE.fullmatch(opening):  # "Een jongen van 14 mag niet werken"
        jaar = JAAR_RE.match(text, end)
        after = jaar.end() if jaar else end
        return MODAL_AFTER_RE.match(text, after) is not None or RULE_LATER_RE.match(text, after) is not None
    return False


# "Jongeren van 17 jaar ontvangen een brief", "Ouders van kinderen van 3 jaar": a plural noun that opens a
# clause or follows "voor", "alle", "veel" or "van" names everyone of that age; "haar kinderen van 3 jaar",
# "twee kinderen van 3 en 5" are persons.
GROUP_OF_AGE_RE = re.compile(
    r"(?:^|[.;:!?]|(?<![\w])(?:voor|alle|veel|van|bij|zoals))[ \t]*(?:jongeren|kinderen|inwoners|ouderen"
    r"|mensen|cliënten|clienten|deelnemers|leerlingen|volwassenen|pubers|peuters|kleuters|tieners|studenten"
    r"|jongens|meisjes|vrouwen|mannen|ouders|senioren)[ \t]+van(?:af)?[ \t]+$",
    re.IGNORECASE | re.MULTILINE,
)


def group_of_age(text: str, start: int) -> bool:
    """The age at ``start`` follows a plural noun for everyone of that age ("Jongeren van 17 jaar")."""
    return GROUP_OF_AGE_RE.search(text, max(0, start - 60), start) is not None


# "Rekenvoorbeeld: Piet (67) en Marie (65)", "Persona: Fatima, 42 jaar (verzonnen)": made-up people, named
# to explain a rule; "bijvoorbeeld" or "een goed voorbeeld" does not make a person up.
FICTION_RE = re.compile(
    r"(?<![\w])(?:fictie[fv]e?|verzonnen|persona|rekenvoorbeeld(?:en)?|voorbeeld(?:casus|berekening|situatie)"
    r"|(?:voorbeeld|stel)(?=:))(?![\w])",
    re.IGNORECASE,
)
FICTION_WORDS = ("fictie", "verzonnen", "persona", "voorbeeld", "stel")  # one of them is in every match


def in_made_up_example(text: str, start: int) -> bool:
    """The sentence around ``start`` says its people are made up."""
    begin = max(0, start - 160)
    cut = max(begin, max(text.rfind(mark, begin, start) for mark in SENTENCE_MARKS) + 1)
    stop = SENTENCE_END_RE.search(text, start, min(len(text), start + 120))
    end = stop.start() if stop else min(len(text), start + 120)
    sentence = text[cut:end]
    folded = sentence.lower()  # a quick test first; IGNORECASE also takes "ı" and "ſ" for "i" and "s"
    if not any(word in folded for word in FICTION_WORDS) and not any(c in sentence for c in "ıſİ"):
        return False
    return FICTION_RE.search(text, cut, end) is not None
