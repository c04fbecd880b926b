"""Time linear in article length (issue 12): an overlong 'sentence' is cut into pieces, so a
text written as one line costs what the same text in sentences costs."""
from __future__ import annotations

import time
from datetime import date

from tracker.models import Article
from tracker.normtext import MAX_SENTENCE, clean, sentences
from tracker.pipeline import extract_claims


def test_overlong_sentences_are_cut_with_true_offsets() -> None:
    text = "Trade hit $240 billion in 2023 and " * 300 + "it rose 5%, officials said; " * 60
    parts = sentences(clean(text))
    assert len(parts) > 10 and all(len(s.text) <= MAX_SENTENCE for s in parts)
    assert all(text[s.start:s.end] == s.text for s in parts)
    assert all(s.text.endswith((",", ";")) for s in parts[-3:-1])  # cut after clause punctuation


def test_a_long_one_line_text_is_linear() -> None:
    def seconds(n: int) -> float:
        a = Article("x", "Trade hit $240 billion in 2023 and " * n, date(2024, 5, 1), "day", lang="en")
        t = time.process_time()
        assert extract_claims(a)
        return time.process_time() - t

    seconds(50)  # patterns compiled
    small, large = seconds(200), seconds(1600)  # 7 KB and 56 KB (took hours before)
    assert large < 8 * small * 2 + 0.5, (small, large)
