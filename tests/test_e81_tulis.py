"""E.81 writing: live formulas, round trips, a clean audit, and the marked copy."""

from __future__ import annotations

import hashlib
import io
import shutil
import zipfile
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path
from typing import Any, Final

import openpyxl
import pytest

from sakip import contoh, e81
from sakip.audit._tulis import TakTerhitungError
from sakip.audit.besaran import Hitung
from sakip.e81 import Bagian, Baris, Isian, Jenjang, Kolom, TabelE81
from sakip.e81.tulis import NAMA_LEMBAR_TEMUAN
from sakip.errors import InvalidValueError, ReportFormatError
from sakip.laporan import Besaran, JenisBesaran, Kegiatan, Laporan, Program, SubKegiatan
from sakip.triwulan import Konsolidasi
from tests.test_e81_layout import buat_urutan_lain, rekaman


def _isi(**nilai: Any) -> dict[tuple[Kolom, Bagian], Isian]:
    peta = {
        "tk": (Kolom.TARGET_RENSTRA, Bagian.K),
        "trp": (Kolom.TARGET_RENSTRA, Bagian.RP),
        "lk": (Kolom.REALISASI_RENSTRA_LALU, Bagian.K),
        "lrp": (Kolom.REALISASI_RENSTRA_LALU, Bagian.RP),
        "rk": (Kolom.TARGET_RENJA, Bagian.K),
        "rrp": (Kolom.TARGET_RENJA, Bagian.RP),
    }
    isi = {peta[k]: Isian(nilai=Fraction(v)) for k, v in nilai.items() if k in peta}
    for n, kolom in enumerate(
        (Kolom.TRIWULAN_1, Kolom.TRIWULAN_2, Kolom.TRIWULAN_3, Kolom.TRIWULAN_4)
    ):
        if "k" in nilai and nilai["k"][n] is not None:
            isi[(kolom, Bagian.K)] = Isian(nilai=Fraction(nilai["k"][n]))
        if "rp" in nilai:
            isi[(kolom, Bagian.RP)] = Isian(nilai=Fraction(nilai["rp"][n]))
    return isi


def _tabel() -> TabelE81:
    """A small table with every rule, a further indicator, and no overage."""
    return TabelE81(
        judul="Dinas Contoh / Tahun 2025",
        baris=(
            Baris(
                jenjang=Jenjang.PROGRAM,
                kode="1.06.01",
                nama="Program A",
                indikator="Indeks kepuasan",
                satuan="Indeks",
                konsolidasi=Konsolidasi.TERAKHIR,
                isian=_isi(tk=90, lk=80, rk=85, k=[None, 81, None, 84]),
            ),
            Baris(
                jenjang=Jenjang.PROGRAM,
                kode="",
                nama="",
                indikator="Persentase layanan tepat waktu",
                satuan="%",
                konsolidasi=Konsolidasi.TERAKHIR,
                konsolidasi_asal="disimpulkan dari satuan '%'",
                lanjutan=True,
                isian=_isi(tk=100, lk=70, rk=90, k=[70, 75, 80, 88]),
            ),
            Baris(
                jenjang=Jenjang.KEGIATAN,
                kode="1.06.01.2.01",
                nama="Kegiatan A1",
                indikator="Rata-rata skor",
                satuan="Skor",
                konsolidasi=Konsolidasi.RATA_RATA,
                isian=_isi(rk=4, k=[3, 4, "3.5", 4]),
            ),
            Baris(
                jenjang=Jenjang.SUB_KEGIATAN,
                kode="1.06.01.2.01.0001",
                nama="Sub A1a",
                indikator="Dokumen",
                satuan="Dok",
                konsolidasi=Konsolidasi.JUMLAH,
                konsolidasi_asal="disimpulkan dari satuan 'Dok' (hitungan)",
                isian=_isi(
                    tk=5,
                    trp=500,
                    lk=2,
                    lrp=180,
                    rk=2,
                    rrp=100,
                    k=[0, 1, 0, 1],
                    rp=[10, 20, 30, 39],
                ),
            ),
            Baris(
                jenjang=Jenjang.SUB_KEGIATAN,
                kode="1.06.01.2.01.0002",
                nama="Sub A1b",
                indikator="Laporan",
                satuan="Lap",
                konsolidasi=Konsolidasi.JUMLAH,
                isian=_isi(tk=0, trp=0, rk=1, rrp=50, k=[0, 0, 0, 1], rp=[0, 0, 25, "24.5"]),
            ),
        ),
    )


def test_written_workbook_has_live_formulas(tmp_path: Path) -> None:
    p = e81.tulis_xlsx(_tabel(), tmp_path / "e81.xlsx")
    ws: Any = openpyxl.load_workbook(p).active
    formulas = {
        c.coordinate: c.value
        for row in ws.iter_rows()
        for c in row
        if isinstance(c.value, str) and c.value.startswith("=")
    }
    assert formulas["T8"] == '=IF(R8<>"",R8,IF(P8<>"",P8,IF(N8<>"",N8,IF(L8<>"",L8,0))))'
    assert formulas["T10"] == '=IFERROR(AVERAGE(L10,N10,P10,R10),"")'
    assert formulas["T11"] == "=L11+N11+P11+R11"
    assert formulas["K10"] == "=K11+K12"  # a parent's pagu sums its children
    assert formulas["K8"] == "=K10"
    assert "X10" not in formulas  # a mean across years does not exist: left blank
    values: Any = openpyxl.load_workbook(p, data_only=True).active
    assert values["U11"].value == 99  # the value sakip computed is stored with the formula
    assert values["K8"].value == 150


def test_round_trip_model_xlsx_model(tmp_path: Path) -> None:
    tabel = _tabel()
    kembali = e81.baca_xlsx(e81.tulis_xlsx(tabel, tmp_path / "e81.xlsx"))
    assert rekaman(kembali) == rekaman(tabel) or _sama_dengan_induk(kembali, tabel)
    assert [b.kode for b in kembali.baris] == [b.kode for b in tabel.baris]
    assert [b.lanjutan for b in kembali.baris] == [b.lanjutan for b in tabel.baris]
    assert [b.konsolidasi_asal == "" for b in kembali.baris] == [
        b.konsolidasi_asal == "" for b in tabel.baris
    ]


def _sama_dengan_induk(kembali: TabelE81, tabel: TabelE81) -> bool:
    """The model leaves a parent's Rp blank; the workbook shows its children's sum."""
    hitung = e81.hitung(tabel)
    for a, b, h in zip(rekaman(kembali), rekaman(tabel), hitung, strict=True):
        assert a[:5] == b[:5]
        for (k, bg, v1), (_, _, v2) in zip(a[5], b[5], strict=True):
            if v1 != v2:
                kolom = next(x for x in Kolom if x.value == k)
                assert v2 is None
                assert v1 == h.angka(kolom, Bagian(bg))
    return True


def test_written_workbook_audits_clean(tmp_path: Path) -> None:
    h = e81.periksa_berkas(e81.tulis_xlsx(_tabel(), tmp_path / "e81.xlsx"))
    assert h.temuan == ()
    assert h.diperiksa > 40


def test_dumai_2023_lampiran_round_trip(tmp_path: Path) -> None:
    tabel = e81.dari_laporan(contoh.dumai_2023())
    kembali = e81.baca_xlsx(e81.tulis_xlsx(tabel, tmp_path / "dumai.xlsx"))
    assert rekaman(kembali) == rekaman(tabel)
    assert [b.kode for b in kembali.baris] == [b.kode for b in tabel.baris]
    assert [b.jenjang for b in kembali.baris] == [b.jenjang for b in tabel.baris]


def test_dumai_2023_lampiran_audits_with_only_true_overages(tmp_path: Path) -> None:
    h = e81.periksa_berkas(
        e81.tulis_xlsx(e81.dari_laporan(contoh.dumai_2023()), tmp_path / "d.xlsx")
    )
    assert {t.temuan.aturan for t in h.temuan} <= {"melebihi"}
    lap = contoh.dumai_2023()
    for t in h.temuan:
        b = next(b for b in h.tabel.baris if b.sel_nama and b.sel_nama.baris == int(t.sel[1:]))
        s = lap.cari(b.kode)
        assert isinstance(s, SubKegiatan)
        # the quarters as the lampiran prints them add up to more than the target
        k = s.keluaran
        assert k is not None  # the lampiran prints every output
        assert s.tw_rp is not None  # and every quarter
        assert k.tw_k is not None
        assert sum(k.tw_k) > k.target_k or sum(s.tw_rp) > s.pagu


def test_the_other_layout_round_trips_through_sakip_s_layout(tmp_path: Path) -> None:
    asli = e81.baca_xlsx(buat_urutan_lain(tmp_path / "lain.xlsx"))
    kembali = e81.baca_xlsx(e81.tulis_xlsx(asli, tmp_path / "sakip.xlsx"))
    assert rekaman(kembali) == rekaman(asli)


# -- the marked copy --------------------------------------------------------------------


def test_marked_copy_marks_every_finding_and_leaves_the_original(tmp_path: Path) -> None:
    asli = tmp_path / "asli.xlsx"
    shutil.copy(e81.CONTOH_DELI_SERDANG, asli)
    sebelum = hashlib.sha256(asli.read_bytes()).hexdigest()
    h = e81.periksa_berkas(asli)
    keluar = e81.tulis_temuan_xlsx(h, tmp_path / "ditandai.xlsx")
    assert hashlib.sha256(asli.read_bytes()).hexdigest() == sebelum
    wb = openpyxl.load_workbook(keluar)
    ws: Any = wb["Realisasi TW IV"]
    for t in h.temuan:
        sel = ws[t.sel]
        assert sel.comment is not None
        assert t.temuan.aturan in sel.comment.text
        assert sel.fill.fill_type == "solid"
    daftar: Any = wb[NAMA_LEMBAR_TEMUAN]
    assert daftar.max_row == len(h.temuan) + 1
    assert daftar["C2"].value == h.temuan[0].sel
    assert daftar["C2"].hyperlink.location is None or daftar["C2"].hyperlink.target
    # formulas are kept
    assert ws["AB15"].value == "=P15+S15+V15+Y15"


def test_marked_copy_keeps_the_stored_values_and_audits_as_the_original(tmp_path: Path) -> None:
    h = e81.periksa_berkas(e81.CONTOH_DELI_SERDANG)
    keluar = e81.tulis_temuan_xlsx(h, tmp_path / "ditandai.xlsx")
    asli: Any = openpyxl.load_workbook(e81.CONTOH_DELI_SERDANG, data_only=True)["Realisasi TW IV"]
    salinan: Any = openpyxl.load_workbook(keluar, data_only=True)["Realisasi TW IV"]
    assert salinan["AC113"].value == asli["AC113"].value == 12_023_973_159
    assert [[c.value for c in r] for r in salinan.iter_rows()] == [
        [c.value for c in r] for r in asli.iter_rows()
    ]
    lagi = e81.periksa_berkas(keluar)
    assert [(t.sel, t.temuan) for t in lagi.temuan] == [(t.sel, t.temuan) for t in h.temuan]


def test_stored_values_of_every_kind_are_written_back(tmp_path: Path) -> None:
    from sakip.e81.tulis import _bagian_lembar, _sisipkan_nilai, _tersimpan_asli

    wb = openpyxl.Workbook()
    ws: Any = wb.active
    ws.title = "R&D <1>"
    lain: Any = wb.create_sheet("Kedua")
    for ref in ("A1", "A2", "A3", "A4", "A5"):
        ws[ref] = "=1+1"
    lain["B2"] = "=A1"
    p = tmp_path / "rumus.xlsx"
    wb.save(p)
    data = p.read_bytes()
    bagian = _bagian_lembar(data)
    nilai = {"A1": 3, "A2": 'a & b < "c"', "A3": True, "A4": "#DIV/0!", "A5": 2.5}
    tersimpan = {ref: _tersimpan_asli(v) for ref, v in nilai.items()}
    assert _tersimpan_asli(None) is None
    assert _tersimpan_asli(float("nan")) is None
    p.write_bytes(
        _sisipkan_nilai(
            data,
            {
                bagian["R&D <1>"]: {k: v for k, v in tersimpan.items() if v is not None},
                bagian["Kedua"]: {"B2": (None, "7")},
            },
        )
    )
    baca: Any = openpyxl.load_workbook(p, data_only=True)
    assert [baca["R&D <1>"][ref].value for ref in nilai] == list(nilai.values())
    assert [baca["R&D <1>"][ref].data_type for ref in nilai] == ["n", "s", "b", "e", "n"]
    assert baca["Kedua"]["B2"].value == 7
    rumus: Any = openpyxl.load_workbook(p)
    assert rumus["R&D <1>"]["A2"].value == "=1+1"


def test_marked_copy_refuses_to_overwrite_the_audited_file(tmp_path: Path) -> None:
    asli = tmp_path / "asli.xlsx"
    shutil.copy(e81.CONTOH_DELI_SERDANG, asli)
    h = e81.periksa_berkas(asli)
    with pytest.raises(InvalidValueError, match="must not be the audited file"):
        e81.tulis_temuan_xlsx(h, asli)
    with pytest.raises(InvalidValueError, match="must not be the audited file"):
        e81.tulis_temuan_xlsx(h, tmp_path / "." / "asli.xlsx")


def test_marked_copy_needs_a_workbook() -> None:
    h = e81.periksa(_tabel())
    with pytest.raises(InvalidValueError, match=r"audit of an \.xlsx workbook"):
        e81.tulis_temuan_xlsx(h, "x.xlsx")


# -- the marked copy: made from the file read through the reader's checks ---------------


def _ganti_k15(p: Path, teks: bytes) -> None:
    """Rewrite ``p`` in place with the Deli Serdang sheet's K15 storing ``teks``."""
    k15 = b'<c r="K15" s="161"><v>85102670</v></c>'
    buf = io.BytesIO()
    with zipfile.ZipFile(e81.CONTOH_DELI_SERDANG) as zi, zipfile.ZipFile(buf, "w") as zo:
        for info in zi.infolist():
            data = zi.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(k15, k15.replace(b"85102670", teks))
            zo.writestr(info, data)
    p.write_bytes(buf.getvalue())


def _sisip_komentar(p: Path) -> None:
    with zipfile.ZipFile(e81.CONTOH_DELI_SERDANG) as zi:
        bagian = {i.filename: zi.read(i.filename) for i in zi.infolist()}
    lembar = bagian["xl/worksheets/sheet1.xml"]
    bagian["xl/worksheets/sheet1.xml"] = lembar.replace(
        b"</sheetData>", b"</sheetData><!--" + b"A" * 5000 + b"-->"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zo:
        for nama, data in bagian.items():
            zo.writestr(nama, data)
    p.write_bytes(buf.getvalue())


@pytest.mark.parametrize(
    ("ganti", "letak", "harapan"),
    [
        # openpyxl read 1_000 as 1000, and the copy was written
        (lambda p: _ganti_k15(p, b"1_000"), "'Realisasi TW IV'!K15", "finite decimal number"),
        # openpyxl parsed it, unscanned, and the copy was written
        (_sisip_komentar, "xl/worksheets/sheet1.xml at byte", "must close each XML comment"),
        # openpyxl's BadZipFile, no SakipError
        (lambda p: p.write_bytes(b"No;Program\n"), "-", "a zip archive"),
    ],
    ids=["number-1_000", "comment-past-the-bound", "not-a-zip"],
)
def test_a_file_replaced_since_the_audit_is_checked_before_it_is_copied(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    ganti: Callable[[Path], object],
    letak: str,
    harapan: str,
) -> None:
    """tulis_temuan_xlsx read the audited file again straight into openpyxl: a file
    replaced between the audit and the copy (or another path) escaped the reader's checks."""
    from sakip.e81 import berkas_xlsx

    monkeypatch.setattr(berkas_xlsx, "MAKS_TOKEN", 4096)
    asli = tmp_path / "asli.xlsx"
    shutil.copy(e81.CONTOH_DELI_SERDANG, asli)
    h = e81.periksa_berkas(asli)
    ganti(asli)
    tujuan = tmp_path / "ditandai.xlsx"
    with pytest.raises(ReportFormatError) as e:
        e81.tulis_temuan_xlsx(h, tujuan)
    assert (e.value.berkas, str(e.value.letak).startswith(letak)) == (str(asli), True)
    assert harapan in str(e.value.expected)
    assert not tujuan.exists()


def test_a_file_that_lost_the_audited_sheet_is_refused_not_left_unmarked(tmp_path: Path) -> None:
    """The findings of a sheet no longer there were skipped, silently."""
    asli = tmp_path / "asli.xlsx"
    shutil.copy(e81.CONTOH_DELI_SERDANG, asli)
    h = e81.periksa_berkas(asli)
    wb = openpyxl.Workbook()
    lain: Any = wb.active
    lain.title = "Lain"
    wb.save(asli)
    with pytest.raises(InvalidValueError, match=r"sheets \['Realisasi TW IV'\] are gone"):
        e81.tulis_temuan_xlsx(h, tmp_path / "ditandai.xlsx")


# -- the marked copy's words: those of every other output --------------------------------


def test_the_marked_copy_names_the_fields_by_the_words_of_every_output(tmp_path: Path) -> None:
    h = e81.periksa_berkas(e81.CONTOH_DELI_SERDANG)
    wb = openpyxl.load_workbook(e81.tulis_temuan_xlsx(h, tmp_path / "ditandai.xlsx"))
    assert NAMA_LEMBAR_TEMUAN == "sakip findings"
    daftar: Any = wb[NAMA_LEMBAR_TEMUAN]
    assert [c.value for c in daftar[1]] == [
        "#",
        "sheet",
        "cell",
        "rule",
        "severity",
        "printed",
        "computed",
        "formula",
        "note",
        "place",
    ]
    t = next(t for t in h.temuan if t.temuan.rumus and t.temuan.keterangan)
    catatan = wb[t.lembar][t.sel].comment.text.splitlines()
    assert catatan == [
        f"sakip: {t.temuan.aturan} ({t.temuan.tingkat.value})",
        f"printed: {t.temuan.dicetak}",
        f"computed: {t.temuan.dihitung}",
        f"formula: {t.temuan.rumus}",
        f"note: {t.temuan.keterangan}",
    ]


@pytest.mark.parametrize("nama", ["sakip findings", "SAKIP Findings", "Temuan sakip"])
def test_a_findings_sheet_already_there_is_replaced(tmp_path: Path, nama: str) -> None:
    """A marked copy marked again (or one an earlier sakip marked, its sheet "Temuan
    sakip") keeps one findings sheet, the new one; Excel's names ignore case."""
    h = e81.periksa_berkas(e81.CONTOH_DELI_SERDANG)
    pertama = e81.tulis_temuan_xlsx(h, tmp_path / "pertama.xlsx")
    buf = io.BytesIO()
    with zipfile.ZipFile(pertama) as zi, zipfile.ZipFile(buf, "w") as zo:
        for info in zi.infolist():
            data = zi.read(info.filename)
            if info.filename == "xl/workbook.xml":
                lama = f'name="{NAMA_LEMBAR_TEMUAN}"'.encode()
                assert data.count(lama) == 1
                data = data.replace(lama, f'name="{nama}"'.encode())
            zo.writestr(info, data)
    pertama.write_bytes(buf.getvalue())
    lagi = e81.periksa_berkas(pertama)
    assert [(t.sel, t.temuan) for t in lagi.temuan] == [(t.sel, t.temuan) for t in h.temuan]
    wb = openpyxl.load_workbook(e81.tulis_temuan_xlsx(lagi, tmp_path / "kedua.xlsx"))
    assert wb.sheetnames == ["Realisasi TW IV", NAMA_LEMBAR_TEMUAN]
    assert wb[NAMA_LEMBAR_TEMUAN].max_row == len(h.temuan) + 1


@pytest.mark.parametrize("nama", ["Temuan sakip", "SAKIP findings"])
def test_an_audited_sheet_named_like_the_findings_sheet_is_kept(tmp_path: Path, nama: str) -> None:
    """A review found the audited sheet deleted, its 215 marks with it, when it bore the
    findings sheet's name (or the old one): it is kept, and the list takes a free name."""
    buf = io.BytesIO()
    with zipfile.ZipFile(e81.CONTOH_DELI_SERDANG) as zi, zipfile.ZipFile(buf, "w") as zo:
        for info in zi.infolist():
            data = zi.read(info.filename)
            if info.filename == "xl/workbook.xml":
                data = data.replace(b'name="Realisasi TW IV"', f'name="{nama}"'.encode())
            zo.writestr(info, data)
    asal = tmp_path / "bernama.xlsx"
    asal.write_bytes(buf.getvalue())
    h = e81.periksa_berkas(asal)
    assert h.lembar == nama
    wb = openpyxl.load_workbook(e81.tulis_temuan_xlsx(h, tmp_path / "ditandai.xlsx"))
    daftar = NAMA_LEMBAR_TEMUAN if nama == "Temuan sakip" else f"{NAMA_LEMBAR_TEMUAN} 2"
    assert wb.sheetnames == [nama, daftar]
    assert wb[daftar].max_row == len(h.temuan) + 1
    t = next(t for t in h.temuan if t.sel)
    assert wb[nama][t.sel].comment is not None


# -- round trip as a property --------------------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_K = st.none() | st.decimals(min_value=0, max_value=10**6, places=2).map(Fraction)
_RP = st.none() | st.integers(min_value=0, max_value=10**13).map(Fraction)
_SATUAN = st.sampled_from(["Dok", "Lap", "%", "Indeks", "Orang", "Unit"])


@st.composite
def _tabel_acak(draw: st.DrawFn) -> TabelE81:
    baris: list[Baris] = []
    for p in range(draw(st.integers(1, 2))):
        baris.append(Baris(jenjang=Jenjang.PROGRAM, nama=f"Program {p}", satuan=draw(_SATUAN)))
        for k in range(draw(st.integers(1, 2))):
            baris.append(Baris(jenjang=Jenjang.KEGIATAN, nama=f"Kegiatan {p}.{k}", satuan="%"))
            for s in range(draw(st.integers(1, 3))):
                isi = {}
                for kolom in (
                    Kolom.TARGET_RENSTRA,
                    Kolom.REALISASI_RENSTRA_LALU,
                    Kolom.TARGET_RENJA,
                    Kolom.TRIWULAN_1,
                    Kolom.TRIWULAN_2,
                    Kolom.TRIWULAN_3,
                    Kolom.TRIWULAN_4,
                ):
                    for bagian, nilai in ((Bagian.K, draw(_K)), (Bagian.RP, draw(_RP))):
                        if nilai is not None:
                            isi[(kolom, bagian)] = Isian(nilai=nilai)
                aturan = draw(st.sampled_from(list(Konsolidasi)))
                baris.append(
                    Baris(
                        jenjang=Jenjang.SUB_KEGIATAN,
                        nama=f"Sub {p}.{k}.{s}",
                        indikator="Jumlah",
                        satuan=draw(_SATUAN),
                        konsolidasi=aturan,
                        isian=isi,
                    )
                )
    return TabelE81(judul="acak", baris=tuple(baris))


@settings(max_examples=12, deadline=None)
@given(tabel=_tabel_acak())
def test_round_trip_property(tmp_path_factory: pytest.TempPathFactory, tabel: TabelE81) -> None:
    path = tmp_path_factory.mktemp("rt") / "e81.xlsx"
    kembali = e81.baca_xlsx(e81.tulis_xlsx(tabel, path))
    _sama_dengan_induk(kembali, tabel)
    assert [b.konsolidasi for b in kembali.baris] == [b.konsolidasi for b in tabel.baris]
    h = e81.periksa(kembali)
    assert {t.temuan.aturan for t in h.temuan} <= {"melebihi", "satuan"}


#: Figures of a report's rows: K to two places, Rupiah as Excel holds them exactly.
_K_LAPORAN = st.decimals(min_value=0, max_value=10**6, places=2).map(Fraction)
_RP_LAPORAN = st.integers(min_value=0, max_value=10**13)
_LALU_K = st.none() | _K_LAPORAN
_LALU_RP = st.none() | _RP_LAPORAN


#: The year's K of four quarters by the quarters' rule (the report's realisasi_k).
_TAHUN: Final[dict[Konsolidasi, Callable[[tuple[Fraction, ...]], Fraction]]] = {
    Konsolidasi.JUMLAH: lambda tw: tw[0] + tw[1] + tw[2] + tw[3],
    Konsolidasi.TERAKHIR: lambda tw: tw[3],
}


@st.composite
def _laporan_acak(draw: st.DrawFn) -> Laporan:
    def keluaran() -> dict[str, Any]:
        if not draw(st.booleans()):
            return {}
        aturan = draw(st.sampled_from([Konsolidasi.JUMLAH, Konsolidasi.TERAKHIR]))
        tw = tuple(draw(st.lists(_K_LAPORAN, min_size=4, max_size=4)))
        lalu = draw(_LALU_K)
        # the rule across years: its own (any, or none: the row's) beside last years' K
        renstra = draw(st.sampled_from([None, *Konsolidasi])) if lalu is not None else None
        return {
            "indikator": "Jumlah",
            "satuan": draw(st.sampled_from(["Dok", "%", "Orang"])),
            "target_k": draw(_K_LAPORAN),
            "tw_k": tw,
            "realisasi_k": _TAHUN[aturan](tw),
            "konsolidasi": aturan,
            "realisasi_lalu_k": lalu,
            "konsolidasi_renstra": renstra,
        }

    program = []
    for p in range(draw(st.integers(1, 2))):
        kegiatan = []
        for k in range(draw(st.integers(1, 2))):
            sub = []
            for n in range(draw(st.integers(1, 3))):
                rp = draw(_RP_LAPORAN)
                sub.append(
                    SubKegiatan(
                        kode=f"p{p}.k{k}.s{n}",
                        nama="S",
                        pagu=rp,
                        tw_rp=(0, 0, 0, rp),
                        realisasi_rp=rp,
                        realisasi_lalu_rp=draw(_LALU_RP),
                        **keluaran(),
                    )
                )
            kegiatan.append(Kegiatan(kode=f"p{p}.k{k}", nama="K", sub=sub, **keluaran()))
        program.append(Program(kode=f"p{p}", nama="P", kegiatan=kegiatan, **keluaran()))
    return Laporan(
        instansi="D", tahun=2025, judul="J", sumber="-", renstra=(2025, 2030), program=program
    )


def _subs(row: Program | Kegiatan | SubKegiatan) -> list[SubKegiatan]:
    if isinstance(row, SubKegiatan):
        return [row]
    return list(row.sub) if isinstance(row, Kegiatan) else list(row.semua_sub())


@settings(max_examples=10, deadline=None)
@given(lap=_laporan_acak())
def test_dari_laporan_round_trip_property(
    tmp_path_factory: pytest.TempPathFactory, lap: Laporan
) -> None:
    # column 7 of a report's rows (realisasi_lalu_k, realisasi_lalu_rp) reaches the
    # workbook and comes back; a parent's Rp there is its sub kegiatan's sum, or blank
    tabel = e81.dari_laporan(lap)
    rows = [lap.cari(b.kode) for b in tabel.baris]
    for b, row in zip(tabel.baris, rows, strict=True):
        assert b.angka(Kolom.REALISASI_RENSTRA_LALU, Bagian.K) == row.realisasi_lalu_k
        lalu = [s.realisasi_lalu_rp for s in _subs(row)]
        diharap = None if None in lalu else sum(x for x in lalu if x is not None)
        assert b.angka(Kolom.REALISASI_RENSTRA_LALU, Bagian.RP) == diharap
    kembali = e81.baca_xlsx(e81.tulis_xlsx(tabel, tmp_path_factory.mktemp("lalu") / "e81.xlsx"))
    _sama_dengan_induk(kembali, tabel)
    assert {t.temuan.aturan for t in e81.periksa(kembali).temuan} <= {"melebihi", "satuan"}
    # the written workbook's columns 13 and 14 (K) are the report audit's year and rpjmd_k,
    # whichever rules a row gives its quarters and its years
    h = Hitung(lap)
    for b, hasil, row in zip(kembali.baris, e81.hitung(kembali), rows, strict=True):
        assert b.konsolidasi is row.konsolidasi_renstra_berlaku
        k = row.keluaran
        if k is None:
            continue
        assert hasil.angka(Kolom.REALISASI_RENJA, Bagian.K) == k.realisasi_k
        besaran = Besaran(jenis=JenisBesaran.RPJMD_K, kode=(row.kode,))
        try:
            dari_laporan: int | Fraction | None = h.nilai(besaran).eksak
        except TakTerhitungError:
            dari_laporan = None
        assert hasil.angka(Kolom.REALISASI_RENSTRA, Bagian.K) == dari_laporan


def test_a_number_excel_cannot_hold_is_refused(tmp_path: Path) -> None:
    b = Baris(
        jenjang=Jenjang.SUB_KEGIATAN,
        nama="s",
        isian={(Kolom.TARGET_RENJA, Bagian.K): Isian(nilai=Fraction(1, 3))},
    )
    with pytest.raises(InvalidValueError, match="Excel stores exactly") as e:
        e81.tulis_xlsx(TabelE81(judul="", baris=(b,)), tmp_path / "x.xlsx")
    assert e.value.field == "J8"


# -- berkas_tujuan: the check the writers and the command share ------------------------------


@pytest.mark.parametrize("keluaran", [None, 5, b"x.xlsx", ["x.xlsx"]])
def test_berkas_tujuan_refuses_what_is_no_path(keluaran: object) -> None:
    from sakip.e81.tulis import berkas_tujuan
    from sakip.errors import InvalidTypeError

    with pytest.raises(InvalidTypeError, match=r"^keluaran must be a path"):
        berkas_tujuan(keluaran)  # type: ignore[arg-type]


def test_berkas_tujuan_refuses_a_path_the_system_cannot_open(tmp_path: Path) -> None:
    from sakip.e81.tulis import berkas_tujuan

    with pytest.raises(InvalidValueError, match=r"^keluaran must be a path the system can open"):
        berkas_tujuan(str(tmp_path / "a\x00b.xlsx"))
    with pytest.raises(InvalidValueError, match=r"must be in an existing folder"):
        berkas_tujuan(tmp_path / "tidak-ada" / "a.xlsx")
    with pytest.raises(InvalidValueError, match=r"must be a new file or a regular file"):
        berkas_tujuan(tmp_path)
    assert berkas_tujuan(tmp_path / "a.xlsx") == tmp_path / "a.xlsx"


def test_a_kegiatan_without_sub_kegiatan_writes_blank_rp_columns_7_and_quarters() -> None:
    # no row below records last years' Rp or the quarters: blank cells, not a written 0
    k = Kegiatan(kode="p1.k1", nama="K kosong", sub=[])
    lap = Laporan(
        instansi="D",
        tahun=2025,
        judul="J",
        sumber="-",
        renstra=(2025, 2030),
        program=[Program(kode="p1", nama="P", kegiatan=[k])],
    )
    for b in e81.dari_laporan(lap).baris:
        assert b.angka(Kolom.REALISASI_RENSTRA_LALU, Bagian.RP) is None, b.kode
        assert b.angka(Kolom.TRIWULAN_1, Bagian.RP) is None, b.kode
        assert b.angka(Kolom.TARGET_RENJA, Bagian.RP) == 0, b.kode  # the pagu of nothing


def test_marking_a_marked_copy_again_keeps_one_list(tmp_path: Path) -> None:
    """Beside an audited sheet named "SAKIP findings", the list is "sakip findings 2"; marked
    again, the copy keeps one list (a review found "sakip findings 3" added beside it)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(e81.CONTOH_DELI_SERDANG) as zi, zipfile.ZipFile(buf, "w") as zo:
        for info in zi.infolist():
            data = zi.read(info.filename)
            if info.filename == "xl/workbook.xml":
                data = data.replace(b'name="Realisasi TW IV"', b'name="SAKIP findings"')
            zo.writestr(info, data)
    asal = tmp_path / "bernama.xlsx"
    asal.write_bytes(buf.getvalue())
    pertama = e81.tulis_temuan_xlsx(e81.periksa_berkas(asal), tmp_path / "satu.xlsx")
    kedua = e81.tulis_temuan_xlsx(e81.periksa_berkas(pertama), tmp_path / "dua.xlsx")
    assert openpyxl.load_workbook(kedua).sheetnames == ["SAKIP findings", "sakip findings 2"]
