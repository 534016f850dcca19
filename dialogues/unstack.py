"""A frame's colon and the reflection's own «قلت:» never stand side by side.

«ما فهمته: قلت: «…»» stacks two colons: the frame says "what I understood:" and the reflection,
a quote, says "you said:". Joined, each frame says it in one breath: «ما فهمته أنك قلت: «…»»
("what I understood is that you said"), «دعني أتأكد أنني فهمت ما قلت: «…»», «إذا كنت فهمتك جيداً،
فقد قلت: «…»». Judges read the stacked colons as stiff (stop 25's re-judging).
"""

from __future__ import annotations

_JOINED = {
    "ar": (
        ("ما فهمته: قلت:", "ما فهمته أنك قلت:"),
        ("دعني أتأكد أنني فهمت: قلت:", "دعني أتأكد أنني فهمت ما قلت:"),
        ("إذا كنت فهمتك جيداً: قلت:", "إذا كنت فهمتك جيداً، فقد قلت:"),
    ),
}


def unstacked(line: str, language: str) -> str:
    """``line`` with a frame's colon and a quote's «قلت:» said as one phrase."""
    for stacked, joined in _JOINED.get(language, ()):
        if stacked in line:
            return line.replace(stacked, joined, 1)
    return line
