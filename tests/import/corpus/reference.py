# A reference reading of workbooks, as JSON on standard output: for each file
# its sheets, each with the rows that hold a value as [row number, cells].
# Cells: null (empty), a number, a boolean, text, {"date": "YYYY-MM-DDTHH:MM:SS"},
# a time of day as text "HH:MM:SS", {"error": "#N/A"}.
import datetime
import json
import sys

from openpyxl import load_workbook


def cell(c):
    v = c.value
    if v is None or v == "":
        return None
    if c.data_type == "e":
        return {"error": v}
    if isinstance(v, datetime.datetime):
        return {"date": v.replace(microsecond=0).isoformat()}
    if isinstance(v, datetime.date):
        return {"date": v.isoformat() + "T00:00:00"}
    if isinstance(v, datetime.time):
        return v.replace(microsecond=0).isoformat()
    return v


out = {}
for path in sys.argv[1:]:
    wb = load_workbook(path, data_only=True)
    sheets = []
    for ws in wb.worksheets:
        rows = []
        for row in ws.iter_rows():
            cells = [cell(c) for c in row]
            while cells and cells[-1] is None:
                cells.pop()
            if cells:
                rows.append([row[0].row, cells])
        sheets.append({"name": ws.title, "rows": rows})
    out[path.split("/")[-1]] = sheets
print(json.dumps(out, ensure_ascii=False, indent=1))
