"""Writes meti-eul-sample.xlsx: fictional entries laid out like the official METI End User List workbook.

Run with python3 (standard library only). The layout follows the 2025-09-29 edition: one sheet named
ユーザーリスト, a bilingual header row, columns No. / country / name / aliases / WMD type / conventional weapons,
Japanese and English parts separated by line feeds, aliases one per line starting with U+30FB.
"""
import zipfile
from xml.sax.saxutils import escape

HEADER = ["No.", "国名、地域名\nCountry or Region", "企業名､組織名\nCompany or Organization",
          "別名\nAlso Known As", "懸念区分\nType of WMD", "通常兵器\nConventional Weapons"]
ROWS = [
    [1, "架空国\nRepublic of Fictionland", "Sample Fictional Institute of Technology (SFIT)\n(架空工業大学)",
     "・Fictional Polytechnic University\n・SFIT", "ミサイル\nM", "通常兵器\nCW"],
    [2, "架空国\nRepublic of Fictionland", "Imaginary Aerospace Research Academy\n(想像航空宇宙研究院)",
     "・IARA\n・Imaginary Academy of Aerospace Sciences", "生物、化学、ミサイル、核\nB,C,M,N", "通常兵器\nCW"],
    [3, "仮想連邦\nFederation of Pretendia", "Example Precision Machinery Trading Co., Ltd.",
     "・EPMT Company\n・Example Precision Trading", "核\nN", ""],
    [4, "仮想連邦\nFederation of Pretendia", "Placeholder Chemical Works", "", "化学\nC", ""],
    [5, "架空国\nRepublic of Fictionland", "Specimen Shipbuilding Corporation\n(標本造船公司)",
     "・Specimen Naval Yards", "", "通常兵器\nCW"],
]


def cell_ref(row, col):
    return f"{chr(ord('A') + col)}{row}"


def main():
    strings = []
    index = {}

    def sst(text):
        if text not in index:
            index[text] = len(strings)
            strings.append(text)
        return index[text]

    rows_xml = []
    for r, values in enumerate([HEADER] + ROWS, start=1):
        cells = []
        for c, value in enumerate(values):
            if value == "":
                continue
            if isinstance(value, int):
                cells.append(f'<c r="{cell_ref(r, c)}"><v>{value}</v></c>')
            else:
                cells.append(f'<c r="{cell_ref(r, c)}" t="s"><v>{sst(value)}</v></c>')
        rows_xml.append(f'<row r="{r}">{"".join(cells)}</row>')

    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel_ns = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    sheet = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet {ns} {rel_ns}>'
             f'<dimension ref="A1:F{len(ROWS) + 1}"/><sheetData>{"".join(rows_xml)}</sheetData></worksheet>')
    shared = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst {ns} count="{len(strings)}" '
              f'uniqueCount="{len(strings)}">'
              + "".join(f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in strings) + '</sst>')
    workbook = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook {ns} {rel_ns}><sheets>'
                '<sheet name="ユーザーリスト" sheetId="1" r:id="rId1"/></sheets></workbook>')
    workbook_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                     '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                     '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
                     '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
                     '</Relationships>')
    root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
                 '</Relationships>')
    content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                     '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/>'
                     '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                     '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                     '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
                     '</Types>')
    with zipfile.ZipFile("meti-eul-sample.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in [("[Content_Types].xml", content_types), ("_rels/.rels", root_rels),
                           ("xl/workbook.xml", workbook), ("xl/_rels/workbook.xml.rels", workbook_rels),
                           ("xl/worksheets/sheet1.xml", sheet), ("xl/sharedStrings.xml", shared)]:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text)


if __name__ == "__main__":
    main()
