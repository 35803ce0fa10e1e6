"""Label: predikat of a numpy column, as integer codes and their labels."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any


class Label:
    """Predikat of a numpy column: integer ``codes`` into ``categories`` (-1 where missing).

    The numpy form of a categorical column (pandas ``Categorical``, polars
    ``Enum``): the labels are stored once, the rows as small integers.
    ``categories`` run from the lowest band up.

    Examples:
        >>> import numpy as np
        >>> from sakip import PERMENDAGRI_86_2017, kolom
        >>> p = kolom.predikat(PERMENDAGRI_86_2017, np.array([75, 95]))
        >>> p.codes.tolist(), p.categories[p.codes[1]]
        ([2, 4], 'Sangat Tinggi')
        >>> p.tolist()
        ['Sedang', 'Sangat Tinggi']
    """

    __slots__ = ("categories", "codes")

    codes: Any
    categories: tuple[str, ...]

    def __init__(self, codes: Any, categories: tuple[str, ...]) -> None:
        self.codes = codes
        self.categories = categories

    @classmethod
    def dari_kode(cls, np: Any, kode: Any, hilang: Any, nama: tuple[str, ...]) -> Label:
        """Codes of the bands (lowest first) as labels; names printed twice share one category.

        Examples:
            >>> import numpy as np
            >>> Label.dari_kode(np, np.array([0, 1]), None, ("A", "A")).tolist()
            ['A', 'A']
        """
        unik = tuple(dict.fromkeys(nama))
        dtype = np.int8 if len(unik) < 127 else np.int32
        if len(unik) != len(nama):
            peta = np.array([unik.index(n) for n in nama], dtype=dtype)
            kode = peta[kode]
        else:  # a copy of its own where missing rows are to be marked
            kode = kode.astype(dtype, copy=hilang is not None)
        if hilang is not None:
            np.copyto(kode, dtype(-1), where=hilang)  # (np.where: about 3x the time)
        return cls(kode, unik)

    def tolist(self) -> list[str | None]:
        """The labels as a list, ``None`` where missing.

        Examples:
            >>> import numpy as np
            >>> Label(np.array([1, -1]), ("Rendah", "Tinggi")).tolist()
            ['Tinggi', None]
        """
        nama = self.categories
        return [nama[k] if k >= 0 else None for k in self.codes.tolist()]

    def __iter__(self) -> Iterator[str | None]:
        return iter(self.tolist())

    def __len__(self) -> int:
        return len(self.codes)

    def __repr__(self) -> str:
        return f"Label({self.tolist()!r})"
