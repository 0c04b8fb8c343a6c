"""Memos of per-message answers that several stages ask for (the header index, the body's split,
its typed URLs, its word count).

`pipeline.triage_batch` runs each stage over a whole batch (up to `parallel.BATCH_ITEMS` items)
before the next one, so a memo must hold a batch's worth of answers: a memo of the last answer
alone missed on nearly every call once the stages ran batch by batch.
"""

from __future__ import annotations

from typing import Generic, TypeVar

# More than twice a batch: a message's body and its first 8,000 characters are both asked about.
SIZE = 64

K = TypeVar("K")
V = TypeVar("V")


class IdentityMemo(Generic[K, V]):
    """Answers keyed by the object itself: held while its answer is kept, so its id is not reused
    by another object. Bounded: emptied when full (a batch's answers are asked for within it)."""

    __slots__ = ("_answers", "_size")

    def __init__(self, size: int = SIZE) -> None:
        self._answers: dict[int, tuple[K, V]] = {}
        self._size = size

    def get(self, key: K) -> tuple[K, V] | None:
        """(key, answer) when `key` itself has one; None otherwise."""
        found = self._answers.get(id(key))
        return found if found is not None and found[0] is key else None

    def put(self, key: K, answer: V) -> None:
        if len(self._answers) >= self._size:
            self._answers.clear()
        self._answers[id(key)] = (key, answer)

    def __len__(self) -> int:
        return len(self._answers)


class EqualityMemo(Generic[K, V]):
    """Answers keyed by an equal value (a pure function of it). Bounded as IdentityMemo."""

    __slots__ = ("_answers", "_size")

    def __init__(self, size: int = SIZE) -> None:
        self._answers: dict[K, V] = {}
        self._size = size

    def get(self, key: K) -> V | None:
        return self._answers.get(key)

    def put(self, key: K, answer: V) -> None:
        if len(self._answers) >= self._size:
            self._answers.clear()
        self._answers[key] = answer

    def __len__(self) -> int:
        return len(self._answers)
