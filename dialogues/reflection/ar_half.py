"""Arabic first-person forms the word analysis in ``ar.shift`` cannot turn: the clause is quoted.

A reply that shifts one verb and leaves another («كنت تحب ان اكل فيه») has the bot speak as
the customer for half a sentence; a quote is always faithful, so any clause holding such a form
is said in «…» instead. The forms are those whose reading as "I" is certain from their place:
a noun-like spelling after a particle that only a verb follows («ان اكل»، «ولو اكله»), a word
with «ال» and an object after a negation («ما القاها» is «ما ألقاها»), a negation glued to its
verb («ماروحه»، «ولاأمل»), «نا» standing alone (a clipped «أنا») and the future with «ح/ه/س»
before «أ» («مش حاكرر» "I won't repeat", «سازوره» "I will visit it").
"""

from __future__ import annotations

import re

from dialogues.text import fold

# Particles a verb follows, never a noun («ان اكل» is "that I eat", «لو اكله» "if I ate it").
_BEFORE_VERB = frozenset(
    fold(w)
    for w in (
        "ان أن وان لن ولن فلن لو ولو عشان علشان كي لكي حتى ما وما فما لا ولا فلا لم ولم"
    ).split()
)
# Spellings that are nouns alone but "I …" after those particles: «اكل» food / I eat.
_VERB_NOUNS = frozenset(
    fold(w)
    for w in """اكل اكله اكلها اكلهم اشرب اشربه امر اجرب اجربه اجربها اخذ اخذه اخذها اقعد
    اجلس ادخل اطلع انام ارجع ارجعله ارجعلهم اروح اروحله اروحلهم اشوف اشوفه اشوفها اقول
    اعرف اجي اكون ادفع اطلب اطلبه اطلبها انصح انصحه اكرر اعيد اعيدها اعيده امل""".split()
)
_I = frozenset(fold(w) for w in "انا وانا فانا".split())
# «ا» + a verb's stem + an object: «اجربه»، «اعطيه»، «اعتبره» are "I try/give/consider it".
_OBJECT_STEMS = "جرب عطي عتبر حب كره شوف نصح رشح فضل طلب زور عرف"
_VERB_AND_OBJECT = re.compile(
    r"^[وف]?ا(?:" + "|".join(fold(_OBJECT_STEMS).split()) + r")(?:ه|ها|هم)$"
)
# A shadda inside a word opening on «أ» marks a verb («أفضّل» "I prefer"); an elative's
# doubled letter ends it («أقلّ»، «أهمّ»); «أوّل» is "first", «أمّا»، «أنّ» particles.
_GEMINATE_VERB = re.compile(r"^[وف]?[أا](?!وّ|مّ|نّ|ل)[^\W\d_]{1,2}ّ[^\W\d_]+[.,!?؟،]*$")
_NOT_VERB_AFTER_NEGATION = frozenset(fold(w) for w in "الله اللهم الذي التي اللي الى".split())
# «ماروحه»، «ولاأمل»، «مااقدر»: a negation typed onto its verb; the verb is "I".
# Never a past ‑ت («ماحبيته» reads right for "you" too) nor an elative («ولااروع»: "none finer").
_GLUED_NEGATION = re.compile(
    r"^[وف]?(?:ما|لا)(?!(?:اروع|احلى|اجمل|احسن|افضل|اطيب|الذ|اكثر|اقل)$)"
    r"(?:ا(?!ل)\S{2,}|(?:روح|رجع|شوف|قدر|عرف)\S*)(?<!ت)(?<!ته)(?<!تها)(?<!تهم)$"
)
# The future «ح/ه/س» before «أ»: «مش حاكرر الزيارة» is "I won't repeat", «سازوره» "I will
# visit it" (the «أ» typed bare), never "you".
_FUTURE_I = re.compile(  # folded as the keys are («ك» → «ک»); fold lowercases, so [^\s]
    fold(
        r"^[وف]?[حهس]ا(?:كرر|روح|رجع|جرب|عيد|طلب|شتري|دخل|زور|نصح|كل|قول|شوف|جي|دفع|خد|قعد)[^\s]*$"
    )
)
# The dialect's «ب» future before a bare stem: «وبكرر الزيارة» "and I'll come again», «بجربه»
# "I'll try it", «برجعله»; never a noun with «ب» («بعيد»، «بروح»، «بطلب»).
_B_FUTURE_I = re.compile(
    fold(r"^[وف]?ب(?:ا?(?:كرر|رجع|زور|جرب)(?:ه|ها|هم|ة|له|لها|لهم)?|روح(?:له|لها|لهم))$")
)
# Egyptian «م…ش» negation on a "we" verb: «مجربنش» "we haven't tried", «معندناش»، «ما
# جابولناش» "they didn't bring us": the bot never says it beside a shifted «أنت».
_NEGATED_WE = re.compile(fold(r"^[وف]?(?:م[^\s]{2,}نا?|[^\s]{3,}نا)ش$"))
# r30: particles and relatives that only a verb follows here: a «ن…» word after them is "we"
# («لو نغير»، «اللي نطلبه»); never «ان/حتى», which a noun follows as often («ان نكهته»), nor
# «الي» («إلى نظافة»), nor the nouns «نفس/نظافة/نوع/نسبة/نكهة» («لو نفسك قصير»).
_BEFORE_WE = frozenset(fold(w) for w in "لو ولو فلو عشان علشان كي لكي الذي التي اللي".split())
_WE_VERB = re.compile(fold(r"^ن(?!فس|ظاف|وع|سب|كه)[^\s]{3,}$"))
_OBJECT = ("ها", "هم", "ني")  # never ‑ه: «لا الخدمه» is «الخدمة» typed with ه
_CLIPPED_I = frozenset({"نا"})


def _bare(word: str) -> str:
    return fold(word.strip(".,!?؟،:؛«»\"'()…"))


def first_person_left(words: list[str], said: list[str]) -> bool:
    """Whether a word the shift left as it was (``said``) is certainly "I"."""
    keys = [_bare(w) for w in words]
    changed = any(a != b for a, b in zip(words, said, strict=False))
    for position, key in enumerate(keys):
        previous = keys[position - 1] if position else ""
        if position < len(said) and said[position] != words[position]:
            continue  # shifted already («لا انصح» → «لا تنصح»)
        if key in _CLIPPED_I or _FUTURE_I.match(key) or _B_FUTURE_I.match(key):
            return True
        if _NEGATED_WE.match(key) or (previous in _BEFORE_WE and _WE_VERB.match(key)):
            return True  # r30: «حتى لو نغير مطعم»، «الذي نفخر به»: "we", never the bot's
        if _GLUED_NEGATION.match(key) and key not in _NOT_GLUED:
            return True
        if (previous in _BEFORE_VERB or previous in _I) and key in _VERB_NOUNS:
            return True  # «ان اكل»، «انا اكلة منه» ("I eat from it", never a feminine «أنا»)
        if _VERB_AND_OBJECT.match(key) or _GEMINATE_VERB.match(words[position]):
            return True  # «اجربة»، «اعتبرة» ("I try it", ة for ه); «أفضّل» ("I prefer")
        verb_like = key[:1] == "ا" and not key.startswith("ال") and len(key) >= 4
        denied = changed and previous in _NEGATIONS and key not in _ELATIVE_AFTER_NOT
        if verb_like and (previous in _JUSSIVE or denied):
            return True  # «لم استعملة» (ة for ه); «أنك لا أفضّل» beside a shifted «أنك»
        # «ما القاها»: «ألقاها», a noun with «ال» takes no object
        verb_al = key.startswith("ال") and key.endswith(_OBJECT) and len(key) >= 5
        if previous in _NEGATIONS and verb_al and key not in _NOT_VERB_AFTER_NEGATION:
            return True
    return False


# «ولا اروع» ("none finer"), «ما احلى» ("how sweet"): an elative, never "I".
_ELATIVE_AFTER_NOT = frozenset(fold(w) for w in "اروع احلى اجمل احسن اطيب الذ اكثر اقل".split())
# Only a verb follows «لم/لن»: an «ا» word after them is "I" («لم اكن»), whatever its ending.
_JUSSIVE = frozenset(fold(w) for w in "لم ولم فلم لن ولن فلن".split())
_NEGATIONS = frozenset(fold(w) for w in "ما وما فما لا ولا فلا لم ولم".split())
# Words that begin like a glued negation but are words of their own.
_NOT_GLUED = frozenset(
    fold(w)
    for w in """ماانا لاانا مازال لازال مازالت لازالت مااحلى مااجمل مااروع مااطيب مالذ مااكثر
    لازم لازمه لازمك لاين ماشاء ماشالله ماشاءالله مارح ماراح لاحظ لاحظت لاحقا""".split()
)


# r32: an aside between «أنا» and its verb («انا عن نفسي بستعمله»); «ب» words that are no verb.
ASIDE_I, _PREFER = frozenset(fold(w) for w in "عن نفسي نفسى شخصيا شخصياً".split()), fold("افضل")
_B_ADVERBS = frozenset(map(fold, "بصراحه بصراحة بجد برضو برضه بس بكل بعد بدون بخير".split()))


def unturned_after_i(key: str) -> bool:
    """The dialect's «ب» present («بحب») or «أفضّل» ("I prefer", never «أنت أفضل …»)."""
    return key == _PREFER or (bool(re.match(r"^و?ب(?!ال)\S{2,}", key)) and key not in _B_ADVERBS)


# r38: «لا يمكن انا يكون»: «انا» before a "he does" verb is «أن» misspelt, and «اذا انا اشترى»
# writes "I buy" as "he bought": neither is the customer's "I", so the clause is quoted, never
# «أنت يكون»، «أنت تشترى».
_HE_DOES = re.compile(fold(r"^ي[^\s]{2,}$"))
_BOUGHT = frozenset(fold(w) for w in "اشترى واشترى".split())


def misread_after_i(key: str, token: str) -> bool:
    """Whether the word after «انا» is a "he does" verb or a past «اشترى» for "I buy"."""
    bare = token.strip(".,!?؟،«»\"'()")
    return bool(_HE_DOES.match(key)) or (bare.endswith("ى") and key in _BOUGHT)


def after_feminine_noun(token: str, shifted: str, previous: str) -> bool:
    """Whether «أفعل» turned «تفعل» follows a definite feminine word with no pause between:
    «السلعة تشعر»، «الخدمة المميزه تحب» read "the item feels", "the service loves"."""
    bare = token.lstrip("«\"'(")
    if bare[:1] not in ("ا", "أ") or shifted.lstrip("«\"'(")[:1] != "ت":
        return False
    noun = re.sub(r"^[وفب]?(?=ال)", "", previous)  # «والجوده»، «بالخدمة»
    # «ممتازة، تنصح بها» paused, «سلعة ممتازة تنصح بها» indefinite: a predicate, read right
    return noun.startswith("ال") and noun.endswith(("ة", "ه"))


def unclear_person(words: list[str], said: list[str]) -> bool:
    """Whether the shift left "I" standing, or made a «تفعل» a feminine noun would own (r35)."""
    if first_person_left(words, said) or _you_twice(words, said):
        return True
    pairs = zip(words[1:], said[1:], words, strict=False)
    return any(after_feminine_noun(word, new, before) for word, new, before in pairs)


def _you_twice(words: list[str], said: list[str]) -> bool:
    """«فما يعجبني قد لا يعجبك» → «فما يعجبك قد لا يعجبك»: a turned word the customer already
    wrote for "you" (a saying's general you) makes me and you one; quoted (stop 36's gate)."""
    written = {fold(_bare(word)) for word in words}
    pairs = zip(words, said, strict=False)
    return any(new != old and fold(_bare(new)) in written for old, new in pairs)


# r38: «ارجو منك تعديل السعر»: a plea to "you" is to the seller; shifted it reads «ترجو منك»
# (the bot pleading with itself). Only "I ask/hope/wish" + «منك»: «يطلب منك العامل» shifts well.
_PLEA = frozenset(fold(w) for w in "ارجو ارجوا اتمنى اتمني اطلب وارجو واتمنى واطلب".split())
_FROM_YOU = frozenset(fold(w) for w in "منك منكم".split())


def plea_to_seller(key: str, following: str) -> bool:
    """Whether «ارجو/اتمنى/اطلب» is followed by «منك»: the customer pleading with the seller."""
    return key in _PLEA and fold(following.strip(".,!?؟،")) in _FROM_YOU


# r38: «اليو اس بى»: USB spelt out in letters; «بي/بى» after «اس» is the letter B, never
# "in me" shifted to «بك».
_LETTER_B = frozenset(fold(w) for w in "بي بى".split())
_LETTER_S = frozenset(fold(w) for w in "اس إس".split())


_SON_OF = frozenset(fold(w) for w in "بن ابن بنت وابن".split())
_FATHER = fold("ابي")


def no_pronoun(key: str, previous: str) -> bool:
    """«ابي» after «ابن» (a name: «علي ابن ابي طالب») or «بي» after «اس» (USB): never "my"/"me"."""
    return (key == _FATHER and previous in _SON_OF) or (key in _LETTER_B and previous in _LETTER_S)
