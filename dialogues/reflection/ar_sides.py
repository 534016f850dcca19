"""Arabic clauses by their role in a review: a turn against praise, both sides, a lead kept.

Judges of restaurant and travel reviews marked as wrong the reflections that heard one side
of a mixed review («أكله جنان … ولكن يملأه التدخين» said back as praise alone, or the one
complaint without the praise that is most of the review) and those that opened on a clause
whose subject was cut («وهي من أرقى المناطق …»، «بسبب الزحام …»، «لكنك تعود …»).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TypeVar

from dialogues.reflection import ar_runon_turn
from dialogues.reflection.ar_cues import feels
from dialogues.reflection.ar_leads import Unit
from dialogues.reflection.ar_letdown_heading import letdown_heading
from dialogues.reflection.ar_verdicts import MILD, VERDICT
from dialogues.reflection.units import Unit as Said

Polarity = Callable[[str], tuple[int, int]]
U = TypeVar("U", bound=Unit)

# «لكن/ولكن/بس …» opening a clause: it turns against the clause before (tatweel dropped).
_TURN = re.compile(r"^[وف]?\s*(?:لكن|لاكن|ولكن|بس|الا ان|إلا أن)(?:ه|ها|هم)?\s")
# A clause that hangs on a subject or a reason told in the clause before it: a pronoun
# subject («وهي من أرقى …»، «هو عبارة عن …»), a cause («بسبب الزحام»), a «لكنك» turn, «وكلها».
_HANGS = re.compile(
    r"^[وف]?\s*(?:هو|هي|هى|هم|بسبب|لكنك|ولكنك|لكنه|ولكنه|لكنها|ولكنها|كلها|كلهم|خصوصا|خصوصاً"
    r"|خاصة|خاصه)\s"
    r"|^و\S{2,}(?:اً|ًا)\s"  # «وطبقًا فيه حجر حار»: the object of a verb told before it
    r"|^و\s?سلم\s|^و(?:نصف|ربع|ثلث|نص)\s"  # «ساعة | ونصف من …»، «عليه | وسلم»: cut inside
    r"|^(?:بدون|بلا|دون)\s+\S+\s+(?:او|أو|ولا|و)\s"  # «…, بدون تكلف او مبالغه»: how, said after
    r"|^[وف]?على\s(?!العموم|فكر[ةه]|كل\s|الرغم|الاقل|الأقل)"  # «على شئ مايستاهل»: about what?
)
# «جدا على البضاعة …» (a thanks cut away), «على …», «مع …»: no clause opens on these.
_OPENS_BADLY = re.compile(r"^[وف]?(?:جدا|جداً|على|علي|عن|من|في|فى|الى|إلى|مع|ثم|او|أو)\s")
_DENIES = re.compile(r"(?<!\S)(?:لا|ما|مو|مش|مب|ليس|ليست|غير|بدون|مافي|مافيه|لم|لن)(?!\S)")
_LEAD_WORDS = 14  # a lead longer than this would make the reflection a read-back


def _bare(text: str) -> str:
    return text.replace("ـ", "").strip()


def turned(units: Sequence[Unit], polarity: Polarity) -> list[bool]:
    """A «لكن …» clause with no praise after a praised one: the review's complaint."""
    out = [False] * len(units)
    for index in range(1, len(units)):
        text = _bare(units[index].text)
        before = polarity(units[index - 1].text)
        negative, positive = polarity(text)
        after = units[index + 1].glue if index + 1 < len(units) else ""
        ends = after == "" or bool(re.search(r"[،,]", after))  # never «… إلا مع» cut short
        # r54: a run-on with no comma, cut at a word: the turn ends where a clause can end
        said_on = index + 1 < len(units) and hangs(units[index + 1].text)  # «… عيب | وهو …»
        whole = ar_runon_turn.ends_whole(text) and not ar_runon_turn.advises(text)
        ends = ends or (after.isspace() and whole and not said_on)
        denies = negative >= 1 or bool(_DENIES.search(text))  # «لكن لا …»، «بس مافي …»
        denies = denies or ar_runon_turn.lets_down(text)  # r54: «لاتوجد»، «ينقصه»، «يحتاج»
        if _TURN.match(text) and before[1] > before[0] and positive == 0 and negative < 2:
            out[index] = len(text.split()) >= 3 and ends and denies
    return out


def cut_short(text: str) -> bool:
    """The clause opens on «جدا», the end of a clause cut away before it."""
    return bool(re.match(r"^[وف]?(?:جدا|جداً)\s", _bare(text)))


def hangs(text: str) -> bool:
    """The clause opens on a pronoun, a cause or a turn whose subject was told before it."""
    return bool(_HANGS.match(_bare(text)))


def both_sides(
    units: Sequence[Unit],
    chosen: list[int],
    polarity: Polarity,
    turns: list[bool],
    dangling: list[bool],
) -> list[int]:
    """A complaint heard alone from a review that is half praise: its best praise too."""
    sides = [polarity(units[i].text) for i in range(len(units))]
    if any(sides[i][1] > sides[i][0] or VERDICT.search(units[i].text) for i in chosen):
        return chosen  # some praise, or the verdict that sums the review up, is heard already
    if not any(sides[i][0] >= 2 or turns[i] for i in chosen):
        return chosen
    praise = sum(p for _, p in sides)
    complaints = sum(n for n, _ in sides) + 2 * sum(turns)
    if praise < 2 or 2 * praise < complaints:
        return chosen  # a complaint with a kind word in passing: the complaint is the review
    size = sum(len(units[i].text.split()) for i in chosen)
    candidates = [
        i for i in range(len(units))
        if i not in chosen and sides[i][1] >= 1 and sides[i][0] == 0 and not turns[i]
        and not hangs(units[i].text) and not units[i].glue.strip() and not dangling[i]
        and not _OPENS_BADLY.match(_bare(units[i].text))
        and not re.match(r"^[يت]\S{2,}\s", units[i].text)  # «يحطون …»: whose subject?
        and 2 <= len(units[i].text.split()) <= 12
    ]  # fmt: skip
    if not candidates:
        return chosen
    best = max(candidates, key=lambda i: (sides[i][1], -i))
    if size + len(units[best].text.split()) > 36:
        return chosen
    return [*chosen, best]


def with_leads(units: Sequence[Unit], chosen: list[int]) -> list[int]:
    """A hanging clause comes with the short clause it hangs on, or is left out."""
    out = _with_rest(units, chosen)
    for index in sorted(chosen):
        if not index or not hangs(units[index].text) or index - 1 in out:
            continue  # the message's opening «هي مكانها …» speaks of the place itself
        lead = index - 1
        fits = lead >= 0 and len(units[lead].text.split()) <= _LEAD_WORDS
        if fits:  # («وهو موصل …» before «وهو تحذير …»: as the customer told them)
            out.append(lead)
        elif len(out) > 1:
            out.remove(index)
    return out


_TITLE_WORDS = 5  # a first line this short over a longer body is the review's heading
_NAME_WORDS = 3  # a heading that judges nothing names the place or the visit: never a telling


def _content(text: str) -> set[str]:
    return {w.removeprefix("ال") for w in re.findall(r"[^\W\d_]{3,}", _bare(text))}


def without_title(units: list[U], message: str, polarity: Polarity) -> list[U]:
    """A heading («زيارتي»، «مذاق مميز للبيتزا») that judges nothing or is said again below."""
    lines = [line.strip() for line in message.strip().splitlines() if line.strip()]
    if len(units) < 2 or len(lines) < 2 or len(lines[0].split()) > _TITLE_WORDS:
        return units
    title = units[0].text
    if len(title.split()) != len(lines[0].strip(" .!").split()) or units[1].glue:
        return units  # the first line was cut or joined: not a heading on its own
    body = set().union(*(_content(u.text) for u in units[1:3]))
    words = _content(title)
    judging = {w for w in words if polarity(w) != (0, 0)}  # «ليس لذيذ» over «الطعام ليس لذيذ»
    said_again = 2 * len(words & body) >= len(words) > 0 and judging <= body
    judges = polarity(title) != (0, 0) or bool(VERDICT.search(title)) or feels(title)
    judges = judges or bool(MILD.match(title))  # r31: «لابأس به» judges, names nothing
    named = not judges and len(title.split()) <= _NAME_WORDS  # «زيارتي»، «برج غلاطه»
    # r55: «اسوأ تشيليز في العالم» over «… هو الاسوأ بلا منازع»: the heading is the verdict
    # heard (ar_headline); the body's clause that says it again is seldom chosen.
    # «زفت»، «خيبة امل» judge in words the cue lists do not weigh: never a name.
    if letdown_heading(title):  # the next sentence opening on it: ar_letdown_heading.said_twice
        return units
    return units[1:] if named or said_again else units


def more_than_heading(units: Sequence[Unit], chosen: list[int], scores: list[float]) -> list[int]:
    """A few words opening a long review («ممتع وقت الغروب») never stand for all of it."""
    if chosen != [0] or len(units[0].text.split()) > _TITLE_WORDS or len(units) < 2:
        return chosen
    if units[1].glue:
        return [0, 1]  # «جميل و حل مشكلة، و…»: the sentence it opens goes on
    body = [i for i in range(1, len(units)) if not hangs(units[i].text)]
    return [0, max(body, key=lambda i: (scores[i], -i))] if body else chosen


_TURN_LINK = re.compile(r"^[وف]?\s*(?:لكن|لاكن|ولكن|بس)\s+")
_ATTRIBUTE = re.compile(r"(?<=\S)\s+ال\S+")  # a word with «ال» after a noun describes it
_TURN_LEAD_WORDS = 8  # «الاسعار عاليه قليلا» before «ولكن يستحق الزياره»


def turn_leads(units: Sequence[Unit], chosen: list[int], polarity: Polarity) -> list[int]:
    """A «لكن …» heard with the short clause it turns against: both sides of the review."""
    out = list(chosen)
    for index in sorted(chosen):
        lead = index - 1
        if lead < 0 or lead in out or not _TURN_LINK.match(_bare(units[index].text)):
            continue
        text = _bare(units[lead].text)
        opposite = _opposite(polarity(text), polarity(units[index].text))  # «غالي قليلا»
        short = 2 <= len(text.split()) <= _TURN_LEAD_WORDS
        whole = opens(units[lead])  # never «و زوجتي واستمتعنا» cut from «انا و …»
        if opposite and short and whole and not hangs(text) and not _TURN_LINK.match(text):
            out.append(lead)
    return out


def lone_turns(units: list[Said], polarity: Polarity) -> list[Said]:
    """«… ولكن …» heard after a clause it does not turn against: said without its «لكن»."""
    out = list(units)
    for index in range(1, len(out)):
        unit, before = out[index], out[index - 1]
        link = _TURN_LINK.match(unit.text)
        if link is None or unit.position == before.position + 1:
            continue
        told = _ATTRIBUTE.sub(" ", unit.text[link.end() :])  # «الزبده الساخنه»: no judging
        same = _same_side(polarity(before.text), polarity(told))
        if same and len(unit.text[link.end() :].split()) >= 2:  # never «… ولكن رائحه …»
            out[index] = replace(unit, text=unit.text[link.end() :])
    return out


def opens(unit: Unit) -> bool:
    """The clause opens its sentence or follows a comma: never the rest of one cut at «و»."""
    return unit.glue == "" or bool(re.search(r"[،,]", unit.glue))


def _opposite(before: tuple[int, int], after: tuple[int, int]) -> bool:
    """A complaint then praise, or praise then a complaint: what «لكن» turns between."""
    return (before[0] > before[1] and after[1] > after[0]) or (
        before[1] > before[0] and after[0] > after[1]
    )


def _same_side(before: tuple[int, int], after: tuple[int, int]) -> bool:
    """Praise then praise, or a complaint then a complaint: nothing for «لكن» to turn."""
    return (before[0] > before[1] and after[0] > after[1]) or (
        before[1] > before[0] and after[1] > after[0]
    )


_REST_WORDS = 16  # «لكن اكره اروح له» heard with «وهو قريب مني لعدم توفر المواقف …»


def _with_rest(units: Sequence[Unit], chosen: list[int]) -> list[int]:
    """A clause of a few words whose sentence goes on comes with the rest: the why of it."""
    out = list(chosen)
    for index in sorted(chosen):
        rest = index + 1
        if rest >= len(units) or rest in out or len(units[index].text.split()) > 4:
            continue
        after = units[rest]
        if (
            after.glue == " "
            and after.text.startswith("و")
            and len(after.text.split()) <= _REST_WORDS
        ):
            out.append(rest)
    return out
