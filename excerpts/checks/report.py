"""Rendering findings for people (text) and machines (JSON)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from excerpts.checks.base import ERROR, WARNING


@dataclass(frozen=True)
class Finding:
    """One problem found in one catalog entry."""

    file: str
    line: int
    msgctxt: str | None
    msgid: str
    msgstr: str
    check: str
    severity: str
    message: str


@dataclass(frozen=True)
class Summary:
    """Counts over a list of findings."""

    errors: int = 0
    warnings: int = 0
    files: int = 0
    by_check: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return self.errors + self.warnings


def summarize(findings: Sequence[Finding]) -> Summary:
    """Count findings by severity, by check and by file."""
    severities = Counter(f.severity for f in findings)
    return Summary(
        errors=severities[ERROR],
        warnings=severities[WARNING],
        files=len({f.file for f in findings}),
        by_check=dict(sorted(Counter(f.check for f in findings).items())),
    )


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def render_text(findings: Sequence[Finding], summary: Summary | None = None) -> str:
    """``path:line: severity: [check-id] message`` lines, then a summary line."""
    summary = summary or summarize(findings)
    lines = [f"{f.file}:{f.line}: {f.severity}: [{f.check}] {f.message}" for f in findings]
    if summary.total:
        lines.append(
            f"{_plural(summary.errors, 'error')}, {_plural(summary.warnings, 'warning')}"
            f" in {_plural(summary.files, 'file')}"
        )
    else:
        lines.append("no findings")
    return "\n".join(lines) + "\n"


def render_json(findings: Sequence[Finding], summary: Summary | None = None) -> str:
    """The findings as a versioned JSON document for CI and editors."""
    summary = summary or summarize(findings)
    document = {
        "version": 1,
        "findings": [
            {
                "file": f.file,
                "line": f.line,
                "msgctxt": f.msgctxt,
                "msgid": f.msgid,
                "msgstr": f.msgstr,
                "check": f.check,
                "severity": f.severity,
                "message": f.message,
            }
            for f in findings
        ],
        "summary": {
            "errors": summary.errors,
            "warnings": summary.warnings,
            "files": summary.files,
            "by_check": summary.by_check,
        },
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
