"""Check answers kept between runs: used when valid, thrown away when anything that decides
them changes, never trusted blindly."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import polib
import pytest
from click.testing import Result

from excerpts import po
from excerpts.checks import check_catalog, memo
from excerpts.checks.base import Glossary

Run = Callable[..., Result]
PO = Path("locales/en/LC_MESSAGES/excerpts.po")


def entries() -> list[polib.POEntry]:
    pairs = [
        ("Le taux atteint 2,5 %.", "The rate reached 25%."),  # numbers
        ("Le président Bazoum est arrivé.", "President Bazoum arrived."),  # clean
        ("Le président Bazoum est arrivé.", "The president arrived."),  # names
        ("Le président Bazoum est arrivé.", "President Bazoum arrived."),  # the same pair again
    ]
    out = []
    for i, (msgid, msgstr) in enumerate(pairs):
        entry = polib.POEntry(msgctxt=f"s/{i}", msgid=msgid, msgstr=msgstr)
        entry.linenum = 10 * (i + 1)
        out.append(entry)
    return out


def stored(path: Path) -> dict[str, list[object]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return dict(data["pairs"])


def test_answers_are_kept_and_read_back(tmp_path: Path) -> None:
    store = tmp_path / "cache" / "checks.json"
    first = check_catalog(entries(), file="x.po", store=store)
    assert {f.check for f in first} == {"numbers", "names", "consistency"}
    assert len(stored(store)) == 3  # distinct pairs only
    assert (tmp_path / "cache" / ".gitignore").exists()
    # A stored answer is used as it is: change one and the next run reports the change.
    data = json.loads(store.read_text(encoding="utf-8"))
    key = memo.pair_key("Le taux atteint 2,5 %.", "The rate reached 25%.", ())
    data["pairs"][key][0] = [["numbers", "from the store"]]
    store.write_text(json.dumps(data), encoding="utf-8")
    second = check_catalog(entries(), file="x.po", store=store)
    assert [f.message for f in second if f.check == "numbers"] == ["from the store"]
    # The same findings as without a store otherwise.
    plain = check_catalog(entries(), file="x.po")
    assert [f for f in second if f.check != "numbers"] == [
        f for f in plain if f.check != "numbers"
    ]


def test_a_changed_setting_throws_the_answers_away(tmp_path: Path) -> None:
    store = tmp_path / "checks.json"
    check_catalog(entries(), file="x.po", store=store)
    data = json.loads(store.read_text(encoding="utf-8"))
    for key in data["pairs"]:
        data["pairs"][key] = [[["numbers", "stale"]], "", ""]
    store.write_text(json.dumps(data), encoding="utf-8")
    # Another glossary, other severities (a check turned off), other languages: no stale answer.
    runs = [
        {"glossary": Glossary.from_mapping({"président": "president"})},
        {"severities": {"length": "off"}},
        {"target_lang": "en_GB"},
    ]
    for options in runs:
        findings = check_catalog(entries(), file="x.po", store=store, **options)  # type: ignore[arg-type]
        assert "stale" not in {f.message for f in findings}, options
        store.write_text(json.dumps(data), encoding="utf-8")


def test_an_edited_pair_is_checked_again_and_the_store_keeps_only_this_run(
    tmp_path: Path,
) -> None:
    store = tmp_path / "checks.json"
    check_catalog(entries(), file="x.po", store=store)
    edited = entries()
    edited[0].msgstr = "The rate reached 2.5%."
    findings = check_catalog(edited, file="x.po", store=store)
    assert "numbers" not in {f.check for f in findings}
    keys = set(stored(store))
    assert memo.pair_key("Le taux atteint 2,5 %.", "The rate reached 2.5%.", ()) in keys
    assert memo.pair_key("Le taux atteint 2,5 %.", "The rate reached 25%.", ()) not in keys
    # Flags are part of the key: the same pair with ignore-numbers is another answer.
    edited[0].msgstr = "The rate reached 25%."
    edited[0].flags = ["ignore-numbers"]
    assert "numbers" not in {f.check for f in check_catalog(edited, file="x.po", store=store)}


@pytest.mark.parametrize(
    "content",
    [b"", b"{not json", b"[]", b'{"format": "other"}', b'{"format": "excerpts-checks-1"}'],
)
def test_a_broken_or_foreign_store_is_ignored_and_rebuilt(tmp_path: Path, content: bytes) -> None:
    store = tmp_path / "checks.json"
    store.write_bytes(content)
    assert check_catalog(entries(), file="x.po", store=store) == check_catalog(
        entries(), file="x.po"
    )
    assert len(stored(store)) == 3


def test_broken_answers_inside_a_valid_store_are_checked_again(tmp_path: Path) -> None:
    store = tmp_path / "checks.json"
    check_catalog(entries(), file="x.po", store=store)
    data = json.loads(store.read_text(encoding="utf-8"))
    for key in data["pairs"]:
        data["pairs"][key] = 42
    store.write_text(json.dumps(data), encoding="utf-8")
    assert check_catalog(entries(), file="x.po", store=store) == check_catalog(
        entries(), file="x.po"
    )


def test_the_cli_keeps_answers_in_the_corpus_cache(
    run: Run, corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(corpus_dir)
    run("update")
    catalog = po.read_po(corpus_dir / PO)
    for entry in catalog:
        entry.msgstr = entry.msgid  # untranslated French: findings to keep
    po.write_po(catalog, corpus_dir / PO)
    cache = corpus_dir / ".excerpts-cache"
    no_cache = run("check", "--no-cache", str(PO))
    assert not list(cache.glob("checks-*.json"))
    first = run("check", str(PO))
    (kept,) = cache.glob("checks-*.json")
    second = run("check", str(PO))
    corpus_run = run("check")
    assert len(list(cache.glob("checks-*.json"))) == 1  # file and corpus mode share it
    assert no_cache.exit_code == first.exit_code == second.exit_code == 1
    assert no_cache.output == first.output == second.output
    assert "[unchanged]" in second.output
    assert corpus_run.output.count("[unchanged]") == second.output.count("[unchanged]")
    assert kept.stat().st_size > 0
