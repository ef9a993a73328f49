# Writes the corpus source workbooks with openpyxl (Debian's /usr/bin/python3,
# openpyxl 3.0.9). Run by make.sh; see README.md beside this file.
import datetime
import sys

from openpyxl import Workbook
from openpyxl.styles import Border, Side
from openpyxl.utils.datetime import CALENDAR_MAC_1904


def build(path, epoch=None):
    wb = Workbook()
    if epoch is not None:
        wb.epoch = epoch
    ws = wb.active
    ws.title = "Aanmeldingen"
    ws.append(["editie_id", "aanmelding_id", "initiatief", "startbudget_eur", "terugkerend",
               "aangemeld_op", "tijd", "formule", "fout", "idee"])
    ws.append(["groningen-2020", "a1", "Buurtkamer ", 5000, True,
               datetime.date(2020, 2, 10), datetime.time(12, 30), "=1+2", "#N/A",
               "Soep & <brood> \"ja\" 'nee'"])
    ws.append(["groningen-2020", "a2", "Café ë € – ‘quote’", 2500.5, False,
               datetime.datetime(2020, 2, 10, 0, 30), datetime.time(0, 0, 1), '="a"&"b"', "#DIV/0!",
               "Twee\nregels\r\nen  spaties  "])
    ws.append(["groningen-2020", "a3", "  ", -12.25, None, None, None, "=NA()", None, "漢字 😀"])
    ws["AA4"] = "ver weg"
    ws["A10"] = "na een gat"
    ws["C10"] = 1e-7
    ws["D10"] = 123456789012
    thin = Side(style="thin")
    for row in range(11, 40):
        ws.cell(row=row, column=2).border = Border(bottom=thin)
    notes = wb.create_sheet("Notities")
    notes["A1"] = "Alleen voor ons"
    notes["B2"] = 42
    wb.save(path)


build(sys.argv[1])
build(sys.argv[2], CALENDAR_MAC_1904)
