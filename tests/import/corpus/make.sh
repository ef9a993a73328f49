#!/usr/bin/env bash
# Regenerates the corpus: workbooks written by openpyxl, then saved again by
# LibreOffice Calc and Gnumeric, and openpyxl's reading of each as the
# reference (reference.json). Needs /usr/bin/python3 with openpyxl, soffice and
# ssconvert (Debian: python3-openpyxl libreoffice-calc-nogui gnumeric).
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
/usr/bin/python3 make.py openpyxl.xlsx openpyxl-1904.xlsx
for source in openpyxl openpyxl-1904; do
  soffice --headless "-env:UserInstallation=file://$work/lo" --convert-to xlsx --outdir "$work" "$source.xlsx" >/dev/null
  cp "$work/$source.xlsx" "libreoffice${source#openpyxl}.xlsx"
  ssconvert --export-type=Gnumeric_Excel:xlsx2 "$source.xlsx" "gnumeric${source#openpyxl}.xlsx" 2>/dev/null
done
/usr/bin/python3 reference.py ./*.xlsx > reference.json
