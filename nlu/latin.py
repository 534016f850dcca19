"""Persian and Arabic typed in Latin letters: which language it is, and short answers.

``latin_reading`` tells Finglish ("sefaresh-am narasid") and Arabizi ("el talab ma wesel,
3 ayam") from English; ``in_script`` reads a short answer as the words it spells ("are" →
«آره»).

A customer who writes Persian in Latin letters (Finglish: "na hamin") or Arabic with digits
(Arabizi: "la bas hek", "tfadal") answers our questions with the same few words as everyone
else. The word lists and NLU know them in Persian and Arabic script only, so a reply made
wholly of these words is read in script; anything longer is kept as they wrote it.
"""

from __future__ import annotations

import re
from functools import lru_cache

MAX_WORDS = 5  # an answer, not a telling

# Finglish (Persian in Latin letters) words that are not English words.
_FINGLISH = frozenset(
    """
    salam salaam merci mersi mamnoon mamnun mamnoonam kheili kheyli khoob khub khobe khubam
    chera chetori chetore nemidoonam nemidunam mikham mikhastam mishe nemishe nashod residam
    nareside narasid sefaresh peyk paygiri lotfan lotfn agha khanoom ghaza dastet dastetoon dard
    nakone areh are baleh bale na nakheyr kojast koja chi chie hast nist bood nabood ham ba az
    baraye ro rafte shode aali ali awli bad kharab mersii khodahafez khodafez bye dige digeh bod
    bud nabod nabud va roye rooye rikhte kamel beham tamame ghazaa sard khosh maze khoshmaze
    vali amma ziad ziyad garm slm kheyly pitza shod kard kardan dashtam nadasht
    khob khoob khube kheyli hamintor hamintori hamin hamishe hanooz hanuz faghat fagat
    vaghean vaghan vaqean chon chun agar vaghti ke ye yek ino inja unja oonja oon hich
    hichi mese mesle behtar bishtar kheili aslan asan omidvaram motasefane motasefam
    resturan restoran rasturan edame bede bedid bedin bedim karesh kareshon ghazash ghazaye
    keyfiat keyfiyat kefiat gheymat gheimat tahvil ersal poshtibani kharid kharidam mojood
    mojud tamiz dorost ghabl badesh lotfan
    saat saate rooz rooze hanoz montazer montazeram montazerim montazerid nayomad
    nayumad naomad nayoomad naumad
    """.split()
)
# Finglish words that are also common English words count only weakly.
_FINGLISH_AMBIGUOUS = frozenset(
    {"are", "na", "bad", "ham", "ba", "az", "ro", "ali", "bye", "bale", "age"}
)


# Arabic in Latin letters ("Arabizi"): words that are not English words. A digit inside a
# word stands for a letter Latin lacks (3 = ع, 7 = ح, 2 = ء, 5 = خ, 9 = ق): «3ayam», «b7tajo».
_ARABIZI = frozenset(
    """
    marhaba marhaban ahlan habibi habibti wallah walla yalla inshallah mashallah talab talabi
    tlabiye wesel wasal wosel ayam ayyam mafi mafe mafee hek heik hayk keda kida kidah ana enta
    inta enti inti badi biddi bade baddi abi abgha abghi yani shu shou shoo eish lesh leish
    leh mish msh mesh mush khalas tfadal tfaddal itfadal etfadal shukran shokran shukr aywa
    aiwa aywah mahada mahad lesa lissa lissa3 ayza ayez fulus flous masari felos mandoob
    mandub zift kteer ktir kter mnee7 mni7 akeed akid ma3 ba3d 3ala 3an 3shan 3ashan
    alla ya3ni wein wen fein feen lal lel ashan hada hadi hatha shi shee wala lazem mafroud
    sar sarli sarat byrod biruddu radd yrod kaman kamaan kaman bukra bokra embareh mbareh
    """.split()
)
# A digit standing for a letter sits between letters, one at a time, in a word with a vowel
# («3ayam», «sa7», «3a2elti»); codes repeat digits, run them together or use 0, 1, 4
# ("I6EP18", "4790k", "6cb3").
_ARABIZI_DIGIT = re.compile(
    r"^(?=.*[aeiouy])(?!.*[0-9]{2})(?!.*[0-9].*[0-9].*[0-9])[a-z2356789']+$"
)
# Addresses, handles and hashtags are names, not words of any language.
_NOT_WORDS = re.compile(r"https?://\S+|www\.\S+|\S+@\S+\.\S+|[@#]\w+")
_TOKEN = re.compile(r"[A-Za-z0-9']+")
# "salam": Persian and Arabic alike; the conversation's language (or the default) holds.
_GREETINGS = frozenset({"salam", "salaam", "slm", "salamo", "alaikum", "aleikum", "alaykum"})
# Finglish verbs: «می‌کنم» "mikonam", «نمیشه» "nemishe", «شدم» "shodam".
_FINGLISH_VERB = re.compile(
    r"^(?:(?:mi|nemi)[a-z]{2,}(?:am|i|e|eh|im|in|id|an|and|ad|on|oon|un)"
    r"|[a-z]{2,}(?:shodam|shode|kardam|karde|dadam|dade|nemikone|mikone)"
    # A past stem with its person ending: «گرفتم» "gereftam", «رسیدن» "residan", «نیومد».
    r"|(?:na)?(?:kard|shod|dad|gereft|kharid|resid|raft|zad|goft|khord|dasht|oomad|umad"
    r"|omad|avord|ferestad|bood|bud)(?:am|i|im|id|in|an|and|e|eh|ast))$"
)
# Words that say a Latin text is English; without any, a Persian or Arabic conversation's
# language holds («3 rooze montazeram» is no switch to English).
_ENGLISH = frozenset(
    """
    i i'm im i've my me mine the a an is was were it it's its you your you're to and not no
    yes for of in on at this that these those have has had do did does don't didn't doesn't
    can can't cannot could would will won't please thanks thank order refund help why what
    when where how still never been be being with from just but so we our they their he she
    there here want need get got hi hello hey bye sorry late money app account card phone
    delivery delivered arrived came come charged paid pay again today yesterday week day
    days hours hour minutes time someone anyone nobody person agent human support service
    problem issue wrong broken doesnt dont didnt cant wont working work reside
    """.split()
)


def _arabizi_spelling(token: str) -> bool:
    """A word with a digit for a letter («3ayam»), not a code in capitals ("AB3DE")."""
    if not any(ch.isdigit() for ch in token) or token.lower() in _GREETINGS:
        return False
    if sum(ch.isalpha() for ch in token) < 2 * sum(ch.isdigit() for ch in token):
        return False  # "6cb3": as many digits as letters is a code
    return token.upper() != token and bool(_ARABIZI_DIGIT.match(token.lower()))


@lru_cache(maxsize=64)  # detection reads a Latin-only text twice (its script, then its scores)
def latin_reading(text: str) -> str | None:
    """What Latin letters were written in: "fa" (Finglish), "ar" (Arabizi), "en", or None.

    None when no word tells: a Persian or Arabic conversation then keeps its language;
    "either" for a greeting; "tie" for as many English words as Finglish (or Arabizi) ones.
    """
    tokens = _TOKEN.findall(_NOT_WORDS.sub(" ", text))
    words = [t.lower() for t in tokens]
    if not words:
        return None
    strong = sum(
        1
        for w in words
        if (w in _FINGLISH and w not in _FINGLISH_AMBIGUOUS and w not in _GREETINGS)
        or (_FINGLISH_VERB.match(w) and w not in _ENGLISH)
    )
    weak = sum(1 for w in words if w in _FINGLISH_AMBIGUOUS)
    english = sum(1 for w in words if w in _ENGLISH)
    lexical = sum(1 for w in words if w in _ARABIZI)
    spelled = sum(1 for t in tokens if _arabizi_spelling(t) and t.lower() not in _ARABIZI)
    # Arabizi needs its words: a spelled word beside English may be a code ("ref ab3de").
    arabizi = lexical + spelled if lexical or (spelled >= 2 and not english) else 0
    # One distinctive Finglish word in a short message, or a fair share of a long one.
    if strong > arabizi and strong > english and (strong + 0.5 * weak) / len(words) >= 0.2:
        return "fa"
    if arabizi > strong and arabizi > english and arabizi / len(words) >= 0.2:
        return "ar"
    if english and english == max(strong, arabizi):
        # "order am nayomad hanooz": as many Finglish (or Arabizi) words as English ones
        # tells no language: a conversation's language holds, a first message is English.
        return "tie"
    if english:
        return "en"
    return "either" if any(w in _GREETINGS for w in words) else None


_WORD = re.compile(r"[a-z0-9']+")
_SPELLED = {
    "fa": {
        "are": "آره", "aare": "آره", "are.": "آره", "bale": "بله", "baleh": "بله",
        "na": "نه", "nah": "نه", "naa": "نه", "nakheyr": "نخیر", "hamin": "همین",
        "hamine": "همینه", "bood": "بود", "bud": "بود", "bod": "بود", "hamintor": "همینطور",
        "bepors": "بپرس", "beporsid": "بپرسید", "beporsin": "بپرسین", "befarma": "بفرما",
        "befarmaid": "بفرمایید", "befarmayid": "بفرمایید", "mersi": "مرسی", "merci": "مرسی",
        "mersii": "مرسی", "mamnoon": "ممنون", "mamnun": "ممنون", "mamnoonam": "ممنونم",
        "bashe": "باشه", "baashe": "باشه", "dige": "دیگه", "digeh": "دیگه", "hichi": "هیچی",
        "nemidoonam": "نمیدونم", "nemidunam": "نمیدونم", "khodafez": "خداحافظ",
        "khodahafez": "خداحافظ", "doroste": "درسته", "dorost": "درست", "daghighan": "دقیقا",
        "dagighan": "دقیقا", "kafie": "کافیه", "tamam": "تمام", "kheili": "خیلی",
        "ok": "اوکی", "okey": "اوکی", "okay": "اوکی", "chizi": "چیزی", "nist": "نیست",
        "hatman": "حتما",
    },
    "ar": {
        "ah": "اه", "aa": "اه", "aywa": "ايوه", "aiwa": "ايوه", "aywah": "ايوه", "eh": "ايه",
        "ee": "اي", "na3am": "نعم", "naam": "نعم", "la": "لا", "la2": "لأ", "laa": "لا",
        "bas": "بس", "hek": "هيك", "heik": "هيك", "hayk": "هيك", "kida": "كذا", "keda": "كذا",
        "kidah": "كذا", "khalas": "خلاص", "5alas": "خلاص", "tfadal": "تفضل", "tfaddal": "تفضل",
        "itfadal": "اتفضل", "etfadal": "اتفضل", "shukran": "شكرا", "shokran": "شكرا",
        "tamam": "تمام", "mashi": "ماشي", "akid": "اكيد", "akeed": "اكيد", "sa7": "صح",
        "sah": "صح", "ma": "ما", "fi": "في", "shi": "شي", "mafi": "مافي", "mafe": "مافي",
        "ma3raf": "ماعرف", "mabaaref": "مابعرف", "mesh": "مش", "mish": "مش", "msh": "مش",
        "hatha": "هذا", "hada": "هذا", "kol": "كل", "kul": "كل", "tayeb": "طيب",
        "tayyib": "طيب", "ok": "اوكي", "okay": "اوكي", "yalla": "يلا", "wallah": "والله",
        "ma3": "مع", "salama": "السلامة", "el": "ال", "ya": "يا", "akhi": "اخي",
    },
}  # fmt: skip


_NOT_LATIN_ANSWER = re.compile(r"[^\sa-z0-9',.!?]")


def in_script(text: str, language: str) -> str | None:
    """The answer in Persian or Arabic script, or None when it is not all known short words."""
    spelled = _SPELLED.get(language)
    lowered = text.lower()
    words = _WORD.findall(lowered)
    if not spelled or not words or len(words) > MAX_WORDS:
        return None
    if _NOT_LATIN_ANSWER.search(lowered):
        return None  # script, emoji or other marks: not a Latin-letters answer
    if not all(w in spelled for w in words):
        return None
    joined = " ".join(spelled[w] for w in words)
    return joined.replace("ال السلامة", "السلامة")  # "ma3 el salama"
