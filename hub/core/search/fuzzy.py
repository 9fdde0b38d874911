"""Small typos: "Deutschkrus" finds "Deutschkurs", "kleiderkamer" "Kleiderkammer".

The distance is the optimal string alignment distance (Levenshtein plus swapping two
neighbouring letters, the commonest typo on a phone). Short words get no tolerance:
between four-letter words one edit already turns "Kurs" into "Kuss".
"""


def allowed_edits(term: str) -> int:
    """How many edits a query word of this length may be away from a word of the text."""
    if len(term) < 5:
        return 0
    return 1 if len(term) < 9 else 2


def within_distance(a: str, b: str, limit: int) -> bool:
    """Whether ``a`` and ``b`` are at most ``limit`` edits apart (stops early)."""
    if abs(len(a) - len(b)) > limit:
        return False
    if a == b:
        return True
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, start=1):
            cost = char_a != char_b
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                value = min(value, previous2[j - 2] + 1)
            current[j] = value
        if min(current) > limit:
            return False
        previous2, previous = previous, current
    return previous[-1] <= limit


def close_words(term: str, candidates: list[str]) -> list[str]:
    """The ``candidates`` a typo away from ``term`` (none for short terms)."""
    limit = allowed_edits(term)
    if not limit:
        return []
    return [word for word in candidates if word != term and within_distance(term, word, limit)]
