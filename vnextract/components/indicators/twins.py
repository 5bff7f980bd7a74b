"""One entry per figure: the twins of a figure (the headline's, the lead's, a repeat written
again later) merged into one record, and the equal values that stay apart (two dealers' quotes,
two figures of one sentence after different words).
"""

from __future__ import annotations

from .model import _absorb, _Entry, _overlap, _same, _value_keys
from .tidy import significant_digits
from .vocab import _SHARE_VERB


class TwinsMixin:
    """The merge of twin figures; used by the extractor (``self.norm``, ``self.lower`` and
    ``self._per_unit`` come from it)."""

    norm: str
    lower: str

    def _per_unit(self, e: _Entry) -> bool:  # MeasureMixin's
        return False

    def _merge(self, entries: list[_Entry]) -> list[_Entry]:
        out: list[_Entry] = []
        buckets: dict[tuple[str, int | None, str], list[int]] = {}  # twins by unit, of, value
        for e in entries:
            twin, at = None, -1
            for i in sorted({i for key in _value_keys(e) for i in buckets.get(key, ())}):
                o = out[i]
                if not _same(o.value, e.value) or self._two_in_one_sentence(o, e):
                    continue
                if o.title != e.title or self._lead_twin(o, e) or _overlap(
                        o.indicator, e.indicator) >= 0.5 and (
                        o.period == e.period or None in (o.period, e.period)) and (
                        not self._two_quotes(o, e)) or self._restated(o, e):
                    twin, at = o, i
                    break
            if twin is None:
                buckets.setdefault(_value_keys(e)[0], []).append(len(out))
                out.append(e)
                continue
            if self._lead_twin(twin, e):
                _absorb(e, twin)  # the body's statement of the lead's figure is the record
                out[at] = e
                e.lead = True  # and stands for the lead's figure: later repeats merge into it
                continue
            _absorb(twin, e)
        return out


    def _lead_twin(self, o: _Entry, e: _Entry) -> bool:
        """``o`` in the lead and ``e`` in the body with the same value and unit: the body restates
        the lead's figure (dev README: each figure listed once). Not a lead percentage stated as
        the share of the level before it ("1,5 triệu cổ phần, tương đương 4,08% vốn điều lệ"):
        that one belongs to its level. A round value ("10 tỷ USD") is the same figure only under
        a like name: two deals of 10 tỷ USD are two figures."""
        if not o.lead or e.lead or e.title:
            return False
        if significant_digits(o.value) < 2 and _overlap(o.indicator, e.indicator) < 0.5:
            return False
        return o.unit != "%" or not _SHARE_VERB.search(
            self.lower[max(0, o.q.start - 30) : o.q.start])

    def _two_quotes(self, o: _Entry, e: _Entry) -> bool:
        """Two prices per unit (or their changes) of one value in two body sentences: two
        dealers' quotes ("DOJI … giảm 300.000 đồng mỗi lượng mua vào", "Bảo Tín Minh Châu …
        giảm 300.000 đồng mỗi lượng mua vào"), not one figure restated, however alike their
        names."""
        return o.sent != e.sent and not o.title and not o.lead and self._per_unit(
            o) and self._per_unit(e)

    def _restated(self, o: _Entry, e: _Entry) -> bool:
        """A precise sum or count written again later in the article ("698,704 tỷ đồng" in three
        paragraphs, named differently each time) is one figure (dev README: each figure listed
        once). Rates, ranks, prices per unit and values of three digits or fewer ("10 tỷ USD" of
        two deals, "1,45 triệu cổ phần" offered and bid) are not merged by value alone."""
        return (o.unit == e.unit and o.unit not in ("%", "rank", "point")
                and significant_digits(e.value) >= 4 and o.change_pct == e.change_pct
                and not self._per_unit(o) and not self._per_unit(e))

    def _two_in_one_sentence(self, o: _Entry, e: _Entry) -> bool:
        """"CTS tăng 7,9%, MBS tăng 7,9%": one value twice in a sentence, after different
        words, is two figures (a clause repeated word for word stays one)."""
        if o.sent != e.sent or o.title:
            return False
        a, b = o.q.start, e.q.start
        return self.norm[max(0, a - 15) : a] != self.norm[max(0, b - 15) : b]
