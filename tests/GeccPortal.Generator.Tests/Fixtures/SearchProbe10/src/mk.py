import zipfile
from xml.sax.saxutils import escape
def docx(path, paras):
    body=''.join(f'<w:p><w:r><w:t xml:space="preserve">{escape(p)}</w:t></w:r></w:p>' for p in paras)
    with zipfile.ZipFile(path,'w',zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml','<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr('_rels/.rels','<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr('word/document.xml',f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>')
def xlsx(path, rows):
    strings=[]; idx={}
    def si(s):
        if s not in idx: idx[s]=len(strings); strings.append(s)
        return idx[s]
    cols='ABCDEFG'
    sheet=''
    for r,row in enumerate(rows,1):
        cells=''
        for c,v in enumerate(row):
            ref=f'{cols[c]}{r}'
            if isinstance(v,(int,float)): cells+=f'<c r="{ref}"><v>{v}</v></c>'
            else: cells+=f'<c r="{ref}" t="s"><v>{si(v)}</v></c>'
        sheet+=f'<row r="{r}">{cells}</row>'
    sst=''.join(f'<si><t>{escape(s)}</t></si>' for s in strings)
    with zipfile.ZipFile(path,'w',zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml','<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
        z.writestr('_rels/.rels','<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr('xl/workbook.xml','<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="ค่าจ้างขั้นต่ำ" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr('xl/_rels/workbook.xml.rels','<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
        z.writestr('xl/worksheets/sheet1.xml',f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{sheet}</sheetData></worksheet>')
        z.writestr('xl/sharedStrings.xml',f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(strings)}" uniqueCount="{len(strings)}">{sst}</sst>')
xlsx('minimum-wage.xlsx',[
 ['ลำดับ','พื้นที่หรือประเภทกิจการ','อัตราค่าจ้างขั้นต่ำ (บาท/วัน)'],
 [1,'กรุงเทพมหานคร',400],
 [2,'จังหวัดภูเก็ต',400],
 [3,'จังหวัดชลบุรี ระยอง',400],
 [4,'กิจการโรงแรมระดับ ๔ ดาวขึ้นไป ทั่วประเทศ',400],
 [5,'จังหวัดเชียงใหม่',380],
 [6,'จังหวัดแม่ฮ่องสอน ตาก น่าน',337],
 [7,'จังหวัดนราธิวาส ปัตตานี ยะลา',337],
])
docx('loan-form.docx',[
 'แบบคำยืนยันการเบิกเงินกู้ยืม กองทุนเงินให้กู้ยืมเพื่อการศึกษา',
 'ข้าพเจ้า ชื่อ-นามสกุล ................................ รหัสนักศึกษา ...................... คณะ ......................',
 'ขอยืนยันการเบิกเงินกู้ยืมค่าเล่าเรียนและค่าใช้จ่ายที่เกี่ยวเนื่องกับการศึกษา และค่าครองชีพ ภาคการศึกษาที่ ๑/๒๕๖๘',
 'เอกสารประกอบ ๑. สำเนาบัตรประจำตัวประชาชน ๒. หนังสือรับรองรายได้ครอบครัว (แบบ กยศ.๑๐๒) ๓. ใบบันทึกชั่วโมงจิตอาสา',
 'ลงชื่อผู้กู้ยืม ................................ วันที่ ........../........../..........',
])
