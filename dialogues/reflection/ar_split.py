"""Where a long Arabic sentence is cut into clauses: always between words, never inside a
pair of nouns, a negation and what it negates, or brackets."""

from __future__ import annotations

import re

from dialogues.reflection import ar_flaw, ar_listed
from dialogues.reflection.ar_choice import LONG_CLAUSE, VERDICT

# Words whose «و» is their own («وقت»، «وجهة نظري»، «وجبة»): never an "and" to cut at.
ROOT_WAW = "قت|جه|جب|سط|صل|اضح|ضع|زن|حد|احد|لد|قف|قع|فر|عد|رق|كيل|سيل|ظيف|افق|راء|سخ"

SPLIT_OVER = 12  # words: a longer sentence is cut into its clauses

# r37: «بينما انا و صديقتي كنا …»: "I" (or "we") before «و» is the head of one subject, never
# the end of a clause; cut there, the reply said «… بينما أنت،» and left the rest.
_NOT_AFTER_I = r"(?<=\S)(?<!انا)(?<!أنا)(?<!احنا)(?<!إحنا)(?<!نحن)"

# Where a long Arabic sentence may be cut, always between words: commas and «لكن/بس»
# (with a «و» before them kept on their side), a verdict («لا أنصح»، «٣ من ١٠»), «و»
# standing alone before a word without «ال» («… عندنا و رحنا …»), «و» glued to a
# negation, «كان» or a present verb («ويجيب»), and the run-on markers «كما، مما، حيث».
_CUT = re.compile(
    r"\s*[،,]\s*"
    r"|\s+(?=(?:و\s*)?(?:لكن|ولكن|بس|لاكن|ولاكن|الا ان|إلا أن|الا انه|إلا أنه|اما|أما)\s)"
    r"|(?<!لكن)(?<!بس)\s+(?=(?:و|ف)?(?:لا|ما|لن)\s*(?:[اأ]نصح|[اأ]كرر|[اأ]عيد|[اأ]عود|ارجع|أرجع))"
    r"|\s+(?=(?:و|ف)(?:[اأ]نصح|ننصح))"
    r"|\s+(?=بل\s+(?:هي|هو|هى)\s)"  # «… يتفاعل بصوتك بل هي شاشه وهميه»: "rather", the point
    r"|\s+(?=[0-9٠-٩]{1,2}\s*(?:من|/)\s*(?:10|١٠|عشر)\b)"
    r"|" + _NOT_AFTER_I + r"\s+(?=و\s+(?!ال)\S{2,})"
    r"|\s+(?=و(?:لم|لن|ما|مافي|مافيه|كان|كانت|قد|ي\S{3,}|ت\S{3,})\s)"
    r"|(?<!\sو)\s+(?=(?:كما (?:[اأ]ن|يوجد|يمكن)|مما|حيث|لذلك|ولذلك|لذالك|كذلك|كذالك|و?من بعدها"
    r"|علما|مع العلم|بالاضافة|وايضا|وأيضا|ثم|والمهم|وعموما|وعموماً"
    r"|واما|وأما)\s)"
)


# «فما ان تجلس» before its «حتى» («as soon as … then»), «لكل من يخرج» ("whoever leaves")
# before its «ولم يحمل …»: the sentence is not over, no cut there.
_UNFINISHED = re.compile(
    r"(?:^|\s)(?:ف|و)?ما\s*[اإأ]ن\s+(?:(?!حت[ىي]\s)\S+\s*){1,14}$|(?:^|\s)ل?كل\s+من\s+[يت]\S+$"
)
_YET = re.compile(r"(?:الا|إلا)\s+[اأ]ن")
# r29: «مع اني اكره الأكل الشعبي، إلا ان التجربه كانت خياليه»: «مع أن» concedes like «رغم»
_DESPITE = re.compile(
    r"(?:^|\s)(?:على\s+)?(?:ال|ب)?رغم\s|(?:^|\s)بغض\s+النظر\s|(?:^|\s)و?مع\s+[اأإ]ن\S{0,3}\s"
)
# r30: a piece that opens on «إذا/لو …» is a condition; «فأنصح…» after it is its answer
_IF = re.compile(r"\s*(?:و|ف)?(?:(?:لكن|ولكن|بس)\s+)?(?:[اإ]ذا|لو|اذ)\s")
_THEN = re.compile(r"ف\S")
_NOUN_PAIR = re.compile(r"و[اأإ]ل(?!مهم\s)")  # «والمهم …» opens the point, no noun pair
_DEFINITE_BEFORE = re.compile(r"(?:^|\s)و?[اأإ]ل\S+$")
_NEGATION_BEFORE = re.compile(r"(?:^|\s)و?(?:لا|ما|لم|لن|مو|مش|غير|ليس|ليست)$")


# A run-on still past LONG_CLAUSE words after the cuts above is cut before «و» + a verb or
# a pronoun («ويجيب»، «وهو»، «وشكلها»), never inside a pair of nouns («الروعة والجمال»)
# nor before a word whose «و» is its own («وسط»، «وصل»). r29: nor before «وبعضهم»، «وكلهم»
# ("some/all of them"), which lean on the clause that named them («العاملين … ودودين»).
_RUN_ON_AND = re.compile(
    _NOT_AFTER_I + r"\s+(?=و\s+(?!لا\s|ال)\S{2,}|و(?!نصف|نص\s)(?:ما|لا\S|لم|لن|ي|ت|ن|كان|قد|ه)\S"
    r"|و(?!بعض|كل|جميع|[اأ]غلب|معظم)\S{2,}(?:ها|هم)(?!\S)"
    r"|و[اأإ]ل\S{2,})"
)


def split(sentence: str) -> list[tuple[str, str]]:
    """A long sentence as (clause, what joined it to the one before); short ones whole."""
    if len(sentence.split()) <= SPLIT_OVER:
        return [(sentence, "")]
    pieces: list[tuple[str, str]] = []
    clauses = _cut(sentence, _CUT, "")
    flawed = ar_flaw.cut(clauses)  # r49: «… | مشكلته انه …»
    # r51: «… نظيف | الخدمة جيدة …» too, unless a flaw was cut off: the praise run before it
    # would be quoted beside the flaw, where it gave way whole
    listed = len(flawed) == len(clauses)
    for piece, glue in flawed:
        if len(piece.split()) > LONG_CLAUSE:
            runs = _cut(piece, _RUN_ON_AND, glue)
            pieces.extend(p for q, g in runs for p in (_listed(q, g) if listed else [(q, g)]))
        else:
            pieces.append((piece, glue))
    return _merge(pieces)


def _listed(piece: str, glue: str) -> list[tuple[str, str]]:
    """A long run of verdicts cut between them (ar_listed); a shorter piece whole."""
    return ar_listed.cut(piece, glue) if len(piece.split()) > LONG_CLAUSE else [(piece, glue)]


def _cut(sentence: str, where: re.Pattern[str], glue: str) -> list[tuple[str, str]]:
    pieces: list[tuple[str, str]] = []
    start = 0
    for match in where.finditer(sentence):
        before = sentence[: match.start()]
        if _NEGATION_BEFORE.search(before) or before.count("(") > before.count(")"):
            continue  # never between «لا» and what it negates, nor inside brackets
        if re.search(r"(?:^|\s)من$", before) or _UNFINISHED.search(before):
            continue  # «ضعيفه من حيث القوة», «فما ان تجلس | وتتناول … حتى»: one phrase
        if _YET.match(sentence[match.end() :]) and _DESPITE.search(before):
            continue  # «رغم صغره … | الا انه ممتع»: the concession comes with its point
        if _THEN.match(sentence[match.end() :]) and _IF.match(sentence[start : match.start()]):
            continue  # «لكن إذا تدور شاورما بالشطة | فأنصحك بطلب تيكا»: the advice's condition
        if _NOUN_PAIR.match(sentence[match.end() :]) and _DEFINITE_BEFORE.search(before):
            continue  # «الروعة والجمال»: a pair of nouns, not two clauses
        if match.start() > start:
            pieces.append((sentence[start : match.start()], glue))
            glue = match.group(0) or " "
        start = match.end()
    if sentence[start:].strip():
        pieces.append((sentence[start:], glue))
    return pieces


def _merge(pieces: list[tuple[str, str]]) -> list[tuple[str, str]]:
    merged: list[tuple[str, str]] = []
    for piece, joint in pieces:  # a piece under four words rides with the one before
        short = len(piece.split()) < 4 and not VERDICT.match(piece)  # «لا أنصح به» stands
        if merged and (short or len(merged[-1][0].split()) < 3):
            before, first_glue = merged[-1]
            merged[-1] = (before + (joint or " ") + piece, first_glue)
        else:
            merged.append((piece, joint))
    return merged
