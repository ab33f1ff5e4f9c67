#!/usr/bin/env python3
"""Writes seed workbooks for fuzz_workbook: a minimal .xlsx (shared and inline strings,
numbers, a date style, booleans, sparse cells, cells merged down and across) and a minimal .ods, with the standard
library's zipfile only. Layout: ECMA-376 Part 1 (SpreadsheetML) and OpenDocument 1.2
Part 1, section 9 (tables).
  make_workbook_seeds.py CORPUS_DIR"""
import os
import sys
import zipfile

out = sys.argv[1]
os.makedirs(out, exist_ok=True)

S = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
xlsx = {
    '[Content_Types].xml': '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    '_rels/.rels': '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="%s/officeDocument" Target="xl/workbook.xml"/></Relationships>' % R,
    'xl/workbook.xml': '<workbook xmlns="%s" xmlns:r="%s"><sheets><sheet name="Contacts" sheetId="1" r:id="rId1"/>'
    '<sheet name="Other" sheetId="2" r:id="rId2"/></sheets></workbook>' % (S, R),
    'xl/_rels/workbook.xml.rels': '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="%s/worksheet" Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="%s/worksheet" Target="/xl/worksheets/sheet2.xml"/>'
    '<Relationship Id="rId3" Type="%s/sharedStrings" Target="sharedStrings.xml"/>'
    '<Relationship Id="rId4" Type="%s/styles" Target="styles.xml"/></Relationships>' % (R, R, R, R),
    'xl/sharedStrings.xml': '<sst xmlns="%s"><si><t>Name</t></si><si><t>Email</t></si>'
    '<si><r><t>Ada </t></r><r><t>Lovelace</t></r><rPh><t>x</t></rPh></si></sst>' % S,
    'xl/styles.xml': '<styleSheet xmlns="%s"><numFmts><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>'
    '<cellXfs><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>' % S,
    'xl/worksheets/sheet1.xml': '<worksheet xmlns="%s"><cols><col min="3" max="3" hidden="1"/></cols><sheetData>'
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="D1" t="inlineStr"><is><t>Since</t></is></c></row>'
    '<row r="3"><c r="A3" t="s"><v>2</v></c><c r="B3" t="str"><v>ada@example.com</v></c>'
    '<c r="C3" t="b"><v>1</v></c><c r="D3" s="1"><v>45352</v></c><c r="E3"><v>4791234567</v></c></row>'
    '</sheetData><mergeCells count="2"><mergeCell ref="A3:A5"/><mergeCell ref="B1:D1"/></mergeCells>'
    '</worksheet>' % S,
    'xl/worksheets/sheet2.xml': '<worksheet xmlns="%s"><sheetData><row><c><v>1.5</v></c></row></sheetData></worksheet>' % S,
}
with zipfile.ZipFile(os.path.join(out, 'seed.xlsx'), 'w', zipfile.ZIP_DEFLATED) as z:
    for name, text in xlsx.items():
        z.writestr(name, text)

T = 'urn:oasis:names:tc:opendocument:xmlns:table:1.0'
O = 'urn:oasis:names:tc:opendocument:xmlns:office:1.0'
X = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0'
content = ('<office:document-content xmlns:office="%s" xmlns:table="%s" xmlns:text="%s"><office:body>'
           '<office:spreadsheet><table:table table:name="Contacts"><table:table-column table:number-columns-repeated="3"/>'
           '<table:table-row><table:table-cell office:value-type="string"><text:p>Name</text:p></table:table-cell>'
           '<table:table-cell><text:p>Email</text:p></table:table-cell></table:table-row>'
           '<table:table-row table:number-rows-repeated="2"><table:table-cell/></table:table-row>'
           '<table:table-row><table:table-cell><text:p>Ada<text:s text:c="2"/><text:span>Lovelace</text:span></text:p></table:table-cell>'
           '<table:table-cell table:number-columns-repeated="2" office:value-type="float" office:value="2.5"/>'
           '<table:table-cell office:value-type="date" office:date-value="2024-03-01"/></table:table-row>'
           '</table:table><table:table table:name="Other"/></office:spreadsheet></office:body></office:document-content>'
           % (O, T, X))
with zipfile.ZipFile(os.path.join(out, 'seed.ods'), 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr(zipfile.ZipInfo('mimetype'), 'application/vnd.oasis.opendocument.spreadsheet')
    z.writestr('content.xml', content)
