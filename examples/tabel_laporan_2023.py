"""Reproduce Tabel 3.1.1, 3.6.1 and VI of the LKjIP 2023 (Dinas Sosial dan PMD Kota Dumai).

Every figure is recomputed from the report's primary data embedded in sakip.
Run: ``uv run python examples/tabel_laporan_2023.py``
"""

from __future__ import annotations

from fractions import Fraction

import sakip
from sakip import contoh
from sakip.angka import bilangan, persen

lap = contoh.dumai_2023()
assert lap.skala_atribut is not None
atribut_laporan = lap.skala_bernama(lap.skala_atribut)  # Tabel 3.2: the report's own scale

print("Tabel 3.1.1  Pengukuran Kinerja Pencapaian Sasaran dan IKU Tahun 2023")
for ind in lap.indikator:
    if 2023 not in ind.realisasi:
        continue
    baris = []
    for tahun in (2022, 2023):
        k = ind.realisasi[tahun]
        realisasi = sakip.persentase(pembilang=k.pembilang, penyebut=k.penyebut, tempat=None)
        target = ind.target[tahun]
        assert isinstance(target, Fraction)
        c = sakip.capaian(realisasi=realisasi, target=target, arah=ind.arah, tempat=0)
        baris.append(f"{tahun}: realisasi {persen(realisasi, 0)}, capaian {persen(c, 0)}")
    atribut = atribut_laporan.predikat(c)
    print(f"  {ind.kode}  " + "; ".join(baris) + f"  -> {atribut}")

print()
print("Tabel 3.6.1  Pencapaian Anggaran 2023 (program)")
for p in lap.program[1:]:
    serap = sakip.penyerapan(realisasi=p.realisasi_rp, pagu=p.pagu)
    print(
        f"  {p.kode}  {bilangan(p.pagu):>15}  {bilangan(p.realisasi_rp):>15}  {persen(serap):>8}"
    )

print()
print("Tabel VI  Efisiensi penggunaan sumber daya 2023")
for ind in lap.indikator:
    if not ind.program:
        continue
    k = ind.realisasi[2023]
    target = ind.target[2023]
    assert isinstance(target, Fraction)
    c_eksak = sakip.capaian(realisasi=k.pembilang * 100 / k.penyebut, target=target, tempat=None)
    program = lap.cari(ind.program[0])
    assert isinstance(program, sakip.laporan.Program)
    e = sakip.efisiensi(capaian=c_eksak, pagu=program.pagu, realisasi=program.realisasi_rp)
    print(
        f"  {ind.kode}  capaian {persen(c_eksak)}  penyerapan "
        f"{persen(sakip.penyerapan(realisasi=program.realisasi_rp, pagu=program.pagu))}  "
        f"efisiensi {persen(e.nilai)}  Rp {bilangan(e.rupiah)}  {e.kategori}"
    )
