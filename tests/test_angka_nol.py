"""sakip.angka.baca: a zero has no sign ("-0", "-0,00", "(0)" read as the zero written)."""

from __future__ import annotations

import io
from decimal import Decimal
from typing import Any, Literal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sakip.angka import baca
from sakip.laporan import baca_csv_indikator


@pytest.mark.parametrize(
    ("teks", "pemisah", "harap"),
    [
        ("-0", None, "0"),
        ("-0,00", None, "0.00"),
        ("(0)", None, "0"),
        ("(0,000)", ",", "0.000"),
        ("-0%", None, "0"),
        ("-0,0 persen", None, "0.0"),
        ("-Rp 0,-", None, "0"),
        ("Rp (0),-", None, "0"),
        ("-0.00", ".", "0.00"),
        ("(0.5)", ".", "-0.5"),  # a nonzero keeps its sign
        ("-0,01", None, "-0.01"),
    ],
)
def test_a_zero_reads_without_a_sign(teks: str, pemisah: Any, harap: str) -> None:
    d = baca(teks, pemisah_desimal=pemisah)
    assert d.as_tuple() == Decimal(harap).as_tuple()  # value, sign and places
    assert str(d) == harap


@pytest.mark.parametrize("kosong", [Decimal("-0"), Decimal("-0.00")])
def test_a_zero_given_for_an_empty_cell_has_no_sign(kosong: Decimal) -> None:
    d = baca("-", kosong=kosong)
    assert not d.is_signed()
    assert d.as_tuple().exponent == kosong.as_tuple().exponent


def test_a_csv_reader_reads_a_printed_minus_zero_as_zero() -> None:
    # the rows CSV reads its cells by baca's rule: the same zero
    (b,) = baca_csv_indikator(io.StringIO("kode;nama;arah;target;realisasi\nk;n;naik;5;-0,00\n"))
    assert b.realisasi == 0


# -- the rule over the whole input space ------------------------------------------------------


def _ribuan(n: int) -> str:
    return f"{n:,}".replace(",", ".")


@st.composite
def _tertulis(draw: Any) -> tuple[str, Literal[",", "."] | None, Decimal]:
    """A number as reports print it, zero often, with the Decimal it stands for (unsigned)."""
    n = draw(st.one_of(st.just(0), st.integers(0, 10**15)))
    tempat = draw(st.integers(0, 6))
    pecahan = draw(st.one_of(st.just(0), st.integers(0, 10**tempat - 1)))
    digit_pecahan = f"{pecahan:0{tempat}d}" if tempat else ""
    pemisah: Literal[",", "."] | None = draw(st.sampled_from([None, ",", "."]))
    if pemisah == ".":
        isi = f"{n}.{digit_pecahan}" if tempat else str(n)
    else:
        bulat = draw(st.sampled_from([str(n), _ribuan(n)]))
        if pemisah is None and tempat == 0 and bulat.count(".") == 1:
            bulat = str(n)  # one dot alone is ambiguous without a pemisah: refused, not read
        isi = f"{bulat},{digit_pecahan}" if tempat else bulat
    nilai = Decimal(f"{n}.{digit_pecahan}" if tempat else str(n))
    return isi, pemisah, nilai


_TANDA = ("{}", "-{}", "({})", "-Rp {}", "Rp ({}),-", "({}%)", "-{} persen")


@given(tertulis=_tertulis(), tanda=st.sampled_from(_TANDA))
def test_baca_never_returns_a_negative_zero(
    tertulis: tuple[str, Literal[",", "."] | None, Decimal], tanda: str
) -> None:
    isi, pemisah, nilai = tertulis
    teks = tanda.format(isi)
    if "Rp" in tanda and nilai.as_tuple().exponent != 0:
        return  # Rupiah with decimals: another rule's business (sakip.laporan._rupiah)
    d = baca(teks, pemisah_desimal=pemisah)
    negatif = tanda != "{}"
    harap = nilai.copy_negate() if negatif and nilai else nilai
    assert d.as_tuple() == harap.as_tuple()  # the same value, the same places
    if d == 0:
        assert not d.is_signed()  # a zero has no sign, whatever was printed before it
        assert str(d) == str(nilai)  # and prints as the zero written ("0.00", not "-0.00")
