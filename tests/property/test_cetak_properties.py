"""The audit's fast reading of printed figures against :func:`sakip.angka.baca`.

:func:`sakip.audit._cetak.baca_cetakan` reads the common shapes of a printed
figure ("98,48%", "5.898.976.029") into an integer and its places without
going through :func:`~sakip.angka.baca`. Whatever the text and the decimal
separator, it must give baca's value, or refuse with baca's error.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from sakip.angka import baca
from sakip.audit._cetak import baca_cetakan, desimal
from sakip.errors import SakipError

PEMISAH = st.sampled_from([None, ",", "."])
#: Texts made of what printed figures are made of, and of what breaks them.
TEKS = st.one_of(
    st.text(alphabet="0123456789.,-%", max_size=30),
    st.text(alphabet="0123456789.,-%() Rp٣\t", max_size=12),
    st.builds(
        lambda tanda, bulat, pecahan, persen: f"{tanda}{bulat}{pecahan}{persen}",
        st.sampled_from(["", "-", "+", " ", "(", "Rp "]),
        st.integers(0, 10**20).map(lambda n: f"{n:,}".replace(",", "."))
        | st.integers(0, 10**9).map(str),
        st.sampled_from(["", ",", ",0", ",00", ",5", ",25", ",-", ".5", ",123456"]),
        st.sampled_from(["", "%", " %", ")"]),
    ),
)


def _hasil(f: object, *args: object) -> tuple[str, object]:
    try:
        return "nilai", f(*args)  # type: ignore[operator]
    except SakipError as e:
        return type(e).__name__, str(e)


def _baca(teks: str, pemisah: str | None) -> Decimal:
    return baca(teks, pemisah_desimal=pemisah, kosong=0)  # type: ignore[arg-type]


@given(TEKS, PEMISAH)
@example("1.500", None)
@example("1.500", ".")
@example("1.500,5", ".")
@example("12,5", ".")
@example("-0,00", ",")
@example("1.234.567", None)
@example("9" * 30, None)
@example("-" + "9" * 30, ",")
def test_baca_cetakan_reads_what_baca_reads(teks: str, pemisah: str | None) -> None:
    jenis, nilai = _hasil(_baca, teks, pemisah)
    jenis_cepat, cepat = _hasil(baca_cetakan, teks, pemisah)
    assert jenis_cepat == jenis
    if jenis != "nilai":
        assert cepat == nilai  # the same message
        return
    assert isinstance(nilai, Decimal)
    assert isinstance(cepat, tuple)
    satuan, tempat = cepat
    assert isinstance(satuan, int)
    assert isinstance(tempat, int)
    assert Fraction(satuan, 10**tempat) == Fraction(nilai)
    assert desimal(satuan, tempat) == nilai


@pytest.mark.parametrize(
    ("teks", "pemisah"),
    [
        ("98,48%", None),
        ("5.898.976.029", ","),
        ("2,00", None),
        ("-19.588.000", ","),
        ("179%", None),
    ],
)
def test_common_shapes_keep_baca_places(teks: str, pemisah: str | None) -> None:
    d = _baca(teks, pemisah)
    assert repr(desimal(*baca_cetakan(teks, pemisah))) == repr(d)
