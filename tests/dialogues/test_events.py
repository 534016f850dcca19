"""Staff actions and clock events as turns of their own kind: pure policy, no I/O, fa/ar/en."""

from __future__ import annotations

import pytest

from dialogues.events import ClockTurn, EditTurn, StaffTurn
from dialogues.followup import FOLLOW_UP_NO, FOLLOW_UP_YES
from dialogues.handoff import OwnerView, format_duration
from dialogues.outcome import FollowUpAnswered, Rated, RemindOwner, Reopened, SendCard, TellOwner
from dialogues.policy import respond
from dialogues.state import ConversationState
from dialogues.turn import Turn

LANGUAGES = ("fa", "ar", "en")
OWNER = {
    "fa": OwnerView("سارا", "مسئول پرداخت"),
    "ar": OwnerView("سارة", "مسؤولة الفواتير"),
    "en": OwnerView("Sara", "billing lead"),
}
ANSWER = {
    "fa": "مبلغ اضافه امروز به کارتتان برگشت.",
    "ar": "رجع المبلغ الزائد لبطاقتك اليوم.",
    "en": "The extra charge went back to your card today.",
}
CUSTOMER = {"fa": "مریم", "ar": "مريم", "en": "Maryam"}
COMPLAINT_TYPO = {
    "fa": ("سفارشم دیر کرده", "سفارشم خیلی دیر کرده"),
    "ar": ("طلبي متاخر", "طلبي متأخر جداً"),
    "en": ("my odrer is late", "my order is late"),
}


def _handed_off(language: str) -> ConversationState:
    return ConversationState(
        stage="handed_off", language=language, seed=7, owner_name="Reza", heard=["x"]
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_owners_answer_reaches_the_customer_signed(language: str) -> None:
    state = _handed_off(language)
    before = state.to_dict()
    turn = StaffTurn(
        "replied", 4, language, "sara", "reza", "reza", OWNER[language], ANSWER[language]
    )
    outcome = respond(state, turn)
    assert [r.text for r in outcome.replies] == [f"{OWNER[language].name}: {ANSWER[language]}"]
    assert outcome.replies[0].kind == "staff"
    # Owners are named by their owners.yml id: Reza hears that Sara answered his request.
    assert outcome.effects == (TellOwner(4, "notice_replied", to="reza", actor="sara"),)
    # An answer moves no stage; the customer's answer to it will be acknowledged in words.
    assert outcome.state.to_dict() == {**before, "owner_replied": True}
    assert state.to_dict() == before  # and the given state is never mutated


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    ("action", "notice", "resolution"),
    [
        ("claimed", "notice_claimed", False),
        ("noted", "notice_noted", False),
        ("resolved", "notice_resolved", False),
        ("resolved", "notice_resolution", True),
    ],
)
def test_staff_only_actions_tell_the_owner_and_not_the_customer(
    language: str, action: str, notice: str, resolution: bool
) -> None:
    state = _handed_off(language)
    turn = StaffTurn(
        action,  # type: ignore[arg-type]
        9,
        language,
        actor="sara",
        owner_before="reza",
        owner_id="reza",
        with_resolution=resolution,
    )
    outcome = respond(state, turn)
    assert outcome.replies == ()
    assert outcome.effects == (TellOwner(9, notice, to="reza", actor="sara"),)
    assert outcome.state.to_dict() == state.to_dict()
    # Acting on one's own request tells nobody.
    own = respond(state, StaffTurn(action, 9, language, "reza", "reza", "reza"))  # type: ignore[arg-type]
    assert own.effects == ()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("moved", [True, False])
def test_a_reassignment_names_the_new_owner_to_the_customer(language: str, moved: bool) -> None:
    owner = OWNER[language]
    new_owner = "sara" if moved else "reza"
    turn = StaffTurn(
        "reassigned", 3, language, "ali", "reza", new_owner, owner=owner, response_minutes=120
    )
    outcome = respond(_handed_off(language), turn)
    (reply,) = outcome.replies
    assert owner.name in reply.text and owner.title in reply.text
    assert format_duration(120, language) in reply.text
    assert outcome.state.owner_name == owner.name
    expected: list[SendCard | TellOwner] = [SendCard(3, "reassigned", to=new_owner)]
    if moved:
        expected.append(TellOwner(3, "notice_passed", "reza", "ali", passed_to="sara"))
    assert list(outcome.effects) == expected


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_escalation_apologises_and_names_the_backup(language: str) -> None:
    owner = OWNER[language]
    turn = ClockTurn("escalated", 5, language, "reza", owner=owner, response_minutes=60)
    outcome = respond(_handed_off(language), turn)
    (reply,) = outcome.replies
    assert owner.name in reply.text and format_duration(60, language) in reply.text
    assert outcome.effects == (SendCard(5, "escalated", to="reza"),)
    # A second escalation in the same conversation never repeats the first one's words.
    again = respond(outcome.state, turn)
    assert all(r.text != reply.text for r in again.replies)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_due_reminder_goes_to_the_owner_only(language: str) -> None:
    state = _handed_off(language)
    outcome = respond(state, ClockTurn("reminder_due", 8, language, "sara", OWNER[language]))
    assert outcome.replies == ()
    assert outcome.effects == (RemindOwner(8, to="sara"),)
    assert outcome.state.to_dict() == state.to_dict()


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_due_follow_up_asks_whether_the_need_was_met(language: str) -> None:
    state = _handed_off("en")  # the request's language wins: it is the customer's
    turn = ClockTurn(
        "follow_up_due", 2, language, owner=OWNER[language], customer_name=CUSTOMER[language]
    )
    outcome = respond(state, turn)
    (reply,) = outcome.replies
    assert OWNER[language].name in reply.text and CUSTOMER[language] in reply.text
    assert [b.data for b in reply.buttons] == [FOLLOW_UP_YES, FOLLOW_UP_NO]
    assert outcome.state.stage == "follow_up" and outcome.state.language == language
    assert outcome.effects == ()


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_ended_conversation_hears_of_owners_but_gets_no_new_questions(language: str) -> None:
    closed = ConversationState(stage="closed", language=language)
    owner = OWNER[language]
    follow_up = respond(closed, ClockTurn("follow_up_due", 1, language, owner=owner))
    assert follow_up.replies == () and follow_up.state.stage == "closed"
    passed = respond(closed, StaffTurn("reassigned", 1, language, "ali", "reza", "sara", owner))
    assert passed.replies == ()
    assert passed.effects == (
        SendCard(1, "reassigned", to="sara"),
        TellOwner(1, "notice_passed", to="reza", actor="ali", passed_to="sara"),
    )
    # An owner's answer still reaches them: it is the answer they were waiting for.
    answered = respond(closed, StaffTurn("replied", 1, language, "sara", owner=owner, text="ok"))
    assert [r.text for r in answered.replies] == [f"{owner.name}: ok"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_edit_corrects_what_was_heard_and_says_nothing(language: str) -> None:
    first, fixed = COMPLAINT_TYPO[language]
    state = ConversationState(stage="confirming", language=language, heard=[first, "and more"])
    outcome = respond(state, EditTurn(first, fixed))
    assert outcome.replies == () and outcome.effects == ()
    assert outcome.state.heard == [fixed, "and more"]
    assert state.heard == [first, "and more"]  # the given state is untouched
    unheard = respond(state, EditTurn("something never said", fixed))
    assert unheard.state.to_dict() == state.to_dict()


@pytest.mark.parametrize("language", LANGUAGES)
def test_not_yet_reopens_and_the_policy_asks_that_the_owner_be_told(language: str) -> None:
    asked = ConversationState(stage="follow_up", language=language, seed=7, owner_name="Reza")
    not_yet = respond(asked, Turn((), language, kind="button", payload=FOLLOW_UP_NO))
    assert not_yet.effects == (FollowUpAnswered(False, ""), Reopened())
    assert not_yet.state.stage == "handed_off" and len(not_yet.replies) == 1
    met = respond(asked, Turn((), language, kind="button", payload=FOLLOW_UP_YES))
    assert met.effects == (FollowUpAnswered(True, ""),)  # nothing for the owner: it is closed
    assert met.state.stage == "rating"
    rated = respond(met.state, Turn(("4",), language))
    assert rated.effects == (Rated(4),) and rated.state.stage == "closed"
