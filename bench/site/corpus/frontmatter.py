"""A small YAML writer for front matter: the subset editors write (strings, numbers, dates, lists, maps),
plain where plain is safe, double-quoted where not, literal blocks for multi-line text."""

import datetime
import json
import re

# A plain scalar is safe when YAML cannot read it as anything but this string.
_UNSAFE_START = re.compile(r"""^[-?:,\[\]{}#&*!|>'"%@`\s]""")
_UNSAFE_INSIDE = re.compile(r": |:$| #")
_LOOKS_TYPED = re.compile(r"^(?:[-+]?[\d._]+|true|false|yes|no|on|off|null|~)$", re.IGNORECASE)


def scalar(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, datetime.date)):
        return str(value)
    text = str(value)
    if text == "" or _UNSAFE_START.search(text) or _UNSAFE_INSIDE.search(text) or _LOOKS_TYPED.match(text):
        # JSON strings are valid YAML double-quoted scalars.
        return json.dumps(text, ensure_ascii=False)
    return text


def _lines(key: str, value, indent: str) -> list[str]:
    if isinstance(value, dict):
        out = [f"{indent}{key}:"]
        for k, v in value.items():
            out += _lines(k, v, indent + "  ")
        return out
    if isinstance(value, list):
        out = [f"{indent}{key}:"]
        for item in value:
            out += _list_item(item, indent + "  ")
        return out
    if isinstance(value, str) and "\n" in value:
        out = [f"{indent}{key}: |-"]
        out += [f"{indent}  {line}" for line in value.split("\n")]
        return out
    return [f"{indent}{key}: {scalar(value)}"]


def _list_item(item, indent: str) -> list[str]:
    if isinstance(item, dict):
        lines: list[str] = []
        for k, v in item.items():
            lines += _lines(k, v, indent + "  ")
        # The first key sits on the dash line.
        lines[0] = f"{indent}- {lines[0][len(indent) + 2:]}"
        return lines
    return [f"{indent}- {scalar(item)}"]


def document(front: dict, body: str) -> str:
    """A Markdown file: front matter between --- lines, then the body. Keys with None are left out."""
    lines = ["---"]
    for key, value in front.items():
        if value is None or value == [] or value == {}:
            continue
        lines += _lines(key, value, "")
    lines.append("---")
    return "\n".join(lines) + "\n" + body.rstrip("\n") + "\n"
