"""Tables typed in a case text (issue 20): the cells under a header that names a person's columns."""

from __future__ import annotations

from tests.unit.anonymisation_support import assert_no_finding, found


def test_the_cells_of_a_table_about_persons() -> None:
    text = "Naam | Leeftijd | Adres | Woonplaats\n|---|---|---|---|\nJan de Vries | 45 | Ankerplaats 3 | Almere\n"
    assert found(text) == [
        ("naam", "Jan de Vries"),
        ("leeftijd", "45"),
        ("adres", "Ankerplaats 3"),
        ("plaats", "Almere"),
    ]
    text = "| Naam | Leeftijd |\n| --- | --- |\n| Sem | 8 |\n| Noor | 5 |"
    assert found(text) == [("naam", "Sem"), ("leeftijd", "8"), ("naam", "Noor"), ("leeftijd", "5")]
    text = "naam; geboortedatum; adres\nJan de Vries; 12-03-1980; Dragonder 58-1, Veenendaal"
    assert ("adres", "Dragonder 58-1") in found(text) and ("naam", "Jan de Vries") in found(text)


def test_rows_that_do_not_line_up_and_tables_about_no_person() -> None:
    assert_no_finding("Naam; adres; woonplaats\nHij belde; zij kwam niet\n")
    assert_no_finding("Agenda | Tijd | Onderwerp\nOpening | 10:00 | Welkom\nPunt 2 | 10:15 | Begroting")
    assert_no_finding("Wijk | Aantal | Leeftijd gemiddeld\nNoord | 12 | 45\n")
    assert_no_finding("Naam | Leeftijd\nOnbekend | n.v.t.\n")


def test_a_table_of_desks_names_no_person() -> None:
    text = "Naam | Adres\nWijkteam Noord | Stadhuisplein 1\nSociaal Raadslieden | Markt 3\n"
    assert not any(category == "naam" for category, _ in found(text))
