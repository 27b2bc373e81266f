"""Thai digits, dates and reference numbers, written the ways editors write them."""

import datetime

THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")

MONTHS = [
    ("มกราคม", "ม.ค."), ("กุมภาพันธ์", "ก.พ."), ("มีนาคม", "มี.ค."), ("เมษายน", "เม.ย."),
    ("พฤษภาคม", "พ.ค."), ("มิถุนายน", "มิ.ย."), ("กรกฎาคม", "ก.ค."), ("สิงหาคม", "ส.ค."),
    ("กันยายน", "ก.ย."), ("ตุลาคม", "ต.ค."), ("พฤศจิกายน", "พ.ย."), ("ธันวาคม", "ธ.ค."),
]

BE_OFFSET = 543


def thai_digits(text: str) -> str:
    return text.translate(THAI_DIGITS)


def buddhist_year(date: datetime.date) -> int:
    return date.year + BE_OFFSET


def fiscal_year(date: datetime.date) -> int:
    """ปีงบประมาณ: 1 October to 30 September, named by the B.E. year it ends in."""
    return buddhist_year(date) + (1 if date.month >= 10 else 0)


def thai_date(date: datetime.date, arabic: bool = False, abbreviated: bool = False) -> str:
    """'๒๓ มกราคม ๒๕๖๘' as printed on a letter; the other spellings editors also type."""
    full, short = MONTHS[date.month - 1]
    text = f"{date.day} {short if abbreviated else full} {buddhist_year(date)}"
    return text if arabic else thai_digits(text)


class Ref:
    """One reference number: agency letters, office number, circular running number."""

    def __init__(self, agency: str, office: str, number: int):
        self.agency = agency
        self.office = office
        self.number = number

    def printed(self) -> str:
        """As printed on the letter: 'มท ๐๘๑๐.๓/ว ๗๖'."""
        return thai_digits(f"{self.agency} {self.office}/ว {self.number}")

    def arabic(self) -> str:
        return f"{self.agency} {self.office}/ว {self.number}"

    def compact(self) -> str:
        return f"{self.agency}{self.office}/ว{self.number}"

    def file_stem(self, agency_index: int) -> str:
        """An ASCII file name (and so URL slug): the agency by its position in agencies.yml."""
        return f"a{agency_index:02d}-{self.office.replace('.', '-')}-w{self.number}"
