"""Indicator formulas with the 2023 report's figures (Tabel 3.2.2 to 3.2.9, 3.3.1)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest

from sakip import InvalidTypeError, InvalidValueError, NotComputableError, indikator
from sakip.indikator import RincianKorbanBencana, RincianPPKS


def test_ppks_2022_and_2023() -> None:
    pop22 = RincianPPKS(
        penyandang_disabilitas_terlantar=595,
        anak_terlantar=7,
        lanjut_usia_terlantar=1210,
        gelandangan_pengemis=48,
        jumlah=1860,
    )
    pop23 = RincianPPKS(
        penyandang_disabilitas_terlantar=460,
        anak_terlantar=16,
        lanjut_usia_terlantar=1714,
        gelandangan_pengemis=93,
        jumlah=2283,
    )
    h = indikator.ppks_terpenuhi(terpenuhi=1860, populasi=pop22, tempat=0)
    assert str(h) == "100"
    assert h.pembilang == h.penyebut == 1860
    assert str(indikator.ppks_terpenuhi(terpenuhi=pop23, populasi=2283)) == "100.00"


def test_ppks_printed_total_must_agree() -> None:
    with pytest.raises(InvalidValueError, match="1860"):
        RincianPPKS(
            penyandang_disabilitas_terlantar=595,
            anak_terlantar=7,
            lanjut_usia_terlantar=1210,
            gelandangan_pengemis=48,
            jumlah=1861,
        )


def test_korban_bencana_2022_and_the_2023_disagreement() -> None:
    pop22 = RincianKorbanBencana(bencana_alam=123, bencana_sosial=144, jumlah=267)
    assert str(indikator.korban_bencana_terpenuhi(terpenuhi=267, populasi=pop22)) == "100.00"
    # 2023: the text gives 246 + 222 (= 468) but Tabel 3.2.9 computes 459 / 459
    with pytest.raises(InvalidValueError, match="468"):
        RincianKorbanBencana(bencana_alam=246, bencana_sosial=222, jumlah=459)
    pop23 = RincianKorbanBencana(bencana_alam=246, bencana_sosial=222)
    assert str(indikator.korban_bencana_terpenuhi(terpenuhi=459, populasi=pop23)) == "98.08"


@pytest.mark.parametrize(
    ("bagian", "keseluruhan", "tempat", "nilai"),
    [(19, 26, 2, "73.08"), (19, 26, 0, "73"), (6, 8, 2, "75.00"), (6, 8, 0, "75")],
)
def test_pengentasan_desa_tertinggal(
    bagian: int, keseluruhan: int, tempat: int, nilai: str
) -> None:
    h = indikator.pengentasan_desa_tertinggal(
        menjadi_berkembang=bagian, tertinggal_awal_tahun=keseluruhan, tempat=tempat
    )
    assert str(h.nilai) == nilai
    assert "Permendagri 18/2020" in h.sumber


def test_lpm_aktif() -> None:
    assert indikator.lpm_aktif(aktif=36, jumlah=36).nilai == Decimal("100.00")


def test_part_larger_than_whole_is_an_error() -> None:
    with pytest.raises(InvalidValueError, match="must not exceed jumlah"):
        indikator.lpm_aktif(aktif=37, jumlah=36)


def test_zero_whole_is_not_computable() -> None:
    with pytest.raises(NotComputableError):
        indikator.pengentasan_desa_tertinggal(menjadi_berkembang=0, tertinggal_awal_tahun=0)


def test_counts_must_be_whole_and_non_negative() -> None:
    with pytest.raises(InvalidValueError):
        RincianKorbanBencana(bencana_alam="1.5", bencana_sosial=1)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError):
        indikator.lpm_aktif(aktif=-1, jumlah=36)
    with pytest.raises(InvalidTypeError):
        indikator.ppks_terpenuhi(
            terpenuhi=RincianKorbanBencana(bencana_alam=1, bencana_sosial=1),  # type: ignore[arg-type]
            populasi=5,
        )


def test_tingkat_kemajuan_tabel_3_3_1() -> None:
    assert indikator.tingkat_kemajuan(realisasi=75, target_akhir=25, tempat=0) == 300
    assert indikator.tingkat_kemajuan(realisasi=100, target_akhir=100, tempat=0) == 100


def test_points_and_relative_change_are_different_things() -> None:
    # "capaian tahun 2023 meningkat sebesar 24%": 179 - 155 percentage points
    assert indikator.selisih_poin(sebelumnya=155, sekarang=179, tempat=0) == 24
    assert str(indikator.perubahan_relatif(sebelumnya=155, sekarang=179)) == "15.48"
    assert str(indikator.perubahan_relatif(sebelumnya=-10, sekarang=-5)) == "50.00"
    with pytest.raises(NotComputableError):
        indikator.perubahan_relatif(sebelumnya=0, sekarang=5)


@pytest.mark.parametrize(
    ("idm", "status"),
    [
        ("0", "Sangat Tertinggal"),
        ("0.4907", "Sangat Tertinggal"),
        ("0.4908", "Tertinggal"),
        ("0.5989", "Tertinggal"),
        ("0.599", "Berkembang"),
        ("0.7072", "Berkembang"),
        ("0.7073", "Maju"),
        ("0.8155", "Maju"),
        ("0.8156", "Mandiri"),
        ("1", "Mandiri"),
    ],
)
def test_status_idm_cut_offs(idm: str, status: str) -> None:
    assert indikator.status_idm(iks=idm, ike=idm, ikl=idm).status == status


def test_status_idm_uses_the_exact_mean() -> None:
    s = indikator.status_idm(iks="0.4907", ike="0.4907", ikl="0.4908")
    assert s.nilai == Decimal("0.4907")  # rounded for display
    assert s.status == "Tertinggal"  # 0.490733... > 0.4907


def test_status_idm_refuses_out_of_range() -> None:
    with pytest.raises(InvalidValueError, match="between 0 and 1"):
        indikator.status_idm(iks="1.1", ike="0.5", ikl="0.5")


# --- issue 12: each SPM bidang sosial service on its own; the PPKS sum is a local aggregate

LAYANAN = indikator.LayananSPMSosial

# Populasi 2023 of the Dumai report's breakdown (Tabel 3.2.2), each service taken alone
# with every person served: each gives 100%, as the combined figure does.
PER_LAYANAN_2023 = [
    (LAYANAN.DISABILITAS_TERLANTAR, 460),
    (LAYANAN.ANAK_TERLANTAR, 16),
    (LAYANAN.LANJUT_USIA_TERLANTAR, 1714),
    (LAYANAN.GELANDANGAN_PENGEMIS, 93),
]


@pytest.mark.parametrize(("layanan", "populasi"), PER_LAYANAN_2023)
def test_each_service_alone(layanan: indikator.LayananSPMSosial, populasi: int) -> None:
    h = indikator.spm_sosial(layanan=layanan, terpenuhi=populasi, populasi=populasi)
    assert h.nilai == Decimal("100.00")
    assert layanan.value in h.rumus
    assert "Permensos 9/2018" in h.sumber


def test_services_differ_where_the_aggregate_hides_it() -> None:
    # served: 460 / 460, 16 / 16, 1000 / 1714, 93 / 93 -> the sum hides one service at 58%
    served = [460, 16, 1000, 93]
    hasil = [
        indikator.spm_sosial(layanan=layanan, terpenuhi=t, populasi=p).nilai
        for (layanan, p), t in zip(PER_LAYANAN_2023, served, strict=True)
    ]
    assert hasil == [Decimal("100.00"), Decimal("100.00"), Decimal("58.34"), Decimal("100.00")]
    total = indikator.ppks_terpenuhi(terpenuhi=sum(served), populasi=2283)
    assert total.nilai == Decimal("68.73")
    assert "local aggregate" in total.sumber


def test_korban_bencana_service_matches_its_function() -> None:
    a = indikator.spm_sosial(layanan=LAYANAN.KORBAN_BENCANA, terpenuhi=267, populasi=267)
    b = indikator.korban_bencana_terpenuhi(terpenuhi=267, populasi=267)
    assert (a.nilai, a.eksak) == (b.nilai, b.eksak)


def test_spm_sosial_refusals() -> None:
    with pytest.raises(InvalidTypeError, match="LayananSPMSosial"):
        indikator.spm_sosial(layanan="anak terlantar", terpenuhi=1, populasi=2)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="must not exceed"):
        indikator.spm_sosial(layanan=LAYANAN.ANAK_TERLANTAR, terpenuhi=3, populasi=2)
    with pytest.raises(InvalidValueError, match="whole count"):
        indikator.spm_sosial(layanan=LAYANAN.ANAK_TERLANTAR, terpenuhi="1.5", populasi=2)
    with pytest.raises(NotComputableError):
        indikator.spm_sosial(layanan=LAYANAN.ANAK_TERLANTAR, terpenuhi=0, populasi=0)
    assert set(indikator.RUMUS_SPM_SOSIAL) == set(LAYANAN)


# --- IDM: Permendes PDTT 2/2016, dated; the 2024 Indeks Desa is not encoded


@pytest.mark.parametrize("tahun", [2016, 2019, 2023])
def test_idm_in_its_years(tahun: int) -> None:
    s = indikator.status_idm(iks="0.7", ike="0.6", ikl="0.8", tahun=tahun)
    assert s.status == "Berkembang"


@pytest.mark.parametrize("tahun", [2015, 2024, 2025])
def test_idm_outside_its_years_is_refused(tahun: int) -> None:
    with pytest.raises(NotComputableError, match="Permendesa PDTT 9/2024"):
        indikator.status_idm(iks="0.7", ike="0.6", ikl="0.8", tahun=tahun)


def test_idm_rule_is_dated() -> None:
    (a,) = indikator.ATURAN_IDM
    assert a.regulasi == "Permendes PDTT 2/2016"
    assert a.ditetapkan is not None
    assert a.ditetapkan.isoformat() == "2016-02-18"
    assert a.berlaku(2023)
    assert not a.berlaku(2024)
    assert "as quoted in" in indikator.PERMENDESA_2_2016.sumber


@pytest.mark.parametrize(
    "hitung",
    [
        lambda: indikator.ppks_terpenuhi(terpenuhi="1.5", populasi=7),
        lambda: indikator.korban_bencana_terpenuhi(terpenuhi="2.5", populasi=10),
        lambda: indikator.pengentasan_desa_tertinggal(
            menjadi_berkembang=1, tertinggal_awal_tahun="2.5"
        ),
        lambda: indikator.lpm_aktif(aktif="1.5", jumlah=3),
    ],
)
def test_counts_are_whole(hitung: Callable[[], object]) -> None:
    with pytest.raises(InvalidValueError, match="must be a whole count"):
        hitung()


def test_each_group_is_met_within_its_own_population() -> None:
    nol = {"anak_terlantar": 0, "lanjut_usia_terlantar": 0, "gelandangan_pengemis": 0}
    terpenuhi = indikator.RincianPPKS(penyandang_disabilitas_terlantar=10, **nol)
    populasi = indikator.RincianPPKS(
        penyandang_disabilitas_terlantar=0,
        anak_terlantar=5,
        lanjut_usia_terlantar=5,
        gelandangan_pengemis=0,
    )
    with pytest.raises(InvalidValueError, match=r"terpenuhi\.penyandang_disabilitas_terlantar"):
        indikator.ppks_terpenuhi(terpenuhi=terpenuhi, populasi=populasi)
    korban = indikator.RincianKorbanBencana(bencana_alam=3, bencana_sosial=0)
    with pytest.raises(InvalidValueError, match=r"terpenuhi\.bencana_alam"):
        indikator.korban_bencana_terpenuhi(
            terpenuhi=korban,
            populasi=indikator.RincianKorbanBencana(bencana_alam=0, bencana_sosial=3),
        )
    cukup = indikator.RincianPPKS(
        penyandang_disabilitas_terlantar=10,
        anak_terlantar=5,
        lanjut_usia_terlantar=5,
        gelandangan_pengemis=0,
    )
    assert indikator.ppks_terpenuhi(terpenuhi=terpenuhi, populasi=cukup).nilai == Decimal("50.00")


def test_a_relative_change_from_a_negative_base_follows_the_direction() -> None:
    assert indikator.perubahan_relatif(sebelumnya=-10, sekarang=-5) == Decimal("50.00")
    assert indikator.perubahan_relatif(sebelumnya=-10, sekarang=-20) == Decimal("-100.00")
