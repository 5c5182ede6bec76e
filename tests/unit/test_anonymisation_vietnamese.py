"""Vietnamese names, family name first with a middle name between (issue 20, eighth round)."""

from __future__ import annotations

from tests.unit.anonymisation_support import texts

PHONE = " Bereikbaar op 06-41 87 20 53."


def names(text: str) -> list[str]:
    return texts(text, "naam")


def test_family_name_middle_name_given_name() -> None:
    assert "Phan Van Duc" in names("Betreft: overdracht cliënt Phan Van Duc, cliëntnr. MOA-2025-5517.")
    assert "Tran Thi Mai" in names("Gesprek met Tran Thi Mai over de huur." + PHONE)
    assert "Nguyen Thi Thu Hang" in names("Aanwezig: Nguyen Thi Thu Hang en haar zoon." + PHONE)
    assert "Hoang Minh Tuan" in names("De vader, Hoang Minh Tuan, werkt in de horeca." + PHONE)


def test_in_lower_case_in_a_quick_note() -> None:
    found = names("09.05 gb mw nguyen thi lan, tel 0615229087, terug ivm brief")
    assert any("nguyen thi lan" in n for n in found)
    assert "tran thi mai" in names("ik sprak tran thi mai gisteren, 06-12345678.")


def test_dutch_phrases_and_mixed_case_are_no_vietnamese_name() -> None:
    assert names("Hij was lam van schrik en bleef thuis." + PHONE) == []
    assert "Mai Van Gogh" not in names("De expositie van Mai Van Gogh trok veel bezoekers." + PHONE)
    assert "Tran thi Mai" not in names("Ze is nu Tran thi Mai genoemd." + PHONE)
    assert names("De kosten van een tang van de bouwmarkt." + PHONE) == []


def test_short_family_names_and_given_names_that_are_words_after_a_title() -> None:
    assert any("pham van long" in n for n in names("gb dhr pham van long, tel 0612345678."))
    assert any("le thi hoa" in n for n in names("mw le thi hoa belde terug, tel 0612345678."))
    assert "Le Thi Hoa" in names("Gesprek met Le Thi Hoa over de huur." + PHONE)
    assert names("ik do van alles en hij was lam van schrik." + PHONE) == []
