"""People a picture names by where their name stands (leakscan.scanners.screen_cued_people): a
group chat's other senders the lists know only as a surname, the person a letter is sent in care
of, a teacher's name before their role on a signature line. All rows invented."""

from __future__ import annotations

import pytest

from leakscan.scanners.screen_cued_people import cared_for, more_senders, related_names, signed_roles


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a surname-only name heading a bubble, where a given name heads another
        ("Kiri lol 9:40\nVuong see u tmrw\n9:45", ["Vuong"]),
        ("Kiri omg 3:02\nNakashima r u coming 3:05\nKiri yes 3:06", ["Nakashima"]),
        # ... or where a given name that is an everyday word heads one
        ("Hope u r ok\n9:12\nBrenner my mum said no 9:15", ["Brenner"]),
        # no given name heading any bubble: a lone chat's word stays
        ("Vuong see u tmrw\n9:45", []),
        # an everyday word, a big place or a month heading a bubble
        ("Kiri lol 9:40\nQuill it is 9:45", []),
        ("Kiri lol 9:40\nLondon was fun 9:45", []),
        ("Kiri lol 9:40\nJune is my bday 9:45", []),
        # a chat whose header counts its members: a given name that is an everyday word too
        ("Q Quiz crew 6 participants\nKiri lol 9:40\nHazel brb dinner 9:45", ["Hazel"]),
        ("Kiri lol 9:40\nHazel brb dinner 9:45", []),  # no group's header
        ("Q Quiz crew 6 participants\nKiri lol 9:40\nLondon was fun 9:45", []),  # a big place
    ],
)
def test_a_group_chats_other_sender(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in more_senders(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Tamsin Oyelaran\nc/o Brídín Nic Giolla\n4 Elm Road", ["Brídín Nic Giolla"]),
        ("C/O Okafor Lindell, 22 Quay St", ["Okafor Lindell"]),
        ("care of Hana van der Berg", ["Hana van der Berg"]),
        ("c/o Harbour Storage Depot", []),  # a business's everyday words
        ("c/o the office", []),  # no name
    ],
)
def test_a_letters_care_of(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in cared_for(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Certificate of Merit\nfor great effort\nOkonjo Teacher", ["Okonjo"]),
        ("Mrs R. Fairbairn, Principal", ["Fairbairn"]),
        ("Lindell Coach", ["Lindell"]),
        ("Science Teacher", []),  # a subject's role
        ("Head Teacher", []),
        ("London Coach", []),  # a big place: a coach trip
        ("Okonjo Teacher of the year award", []),  # not alone on its line
    ],
)
def test_a_signers_name_before_their_role(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in signed_roles(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Friends (12) Wiremu (irl) Online zed_fox12 Away", ["Wiremu"]),
        ("Tamsin Orford (cousin) Last online 2h ago", ["Tamsin Orford"]),
        ("Hazel (school) Playing", ["Hazel"]),  # a given name that is an everyday word too
        ("Pizza (friend)", []),  # an everyday word
        ("Paris (school) trip", []),  # a big place
        ("zed_fox12 (irl)", []),  # a handle, no name
        ("Wiremu (away)", []),  # a status, no relation
    ],
)
def test_a_name_before_who_they_are_to_the_child(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in related_names(text)] == names
