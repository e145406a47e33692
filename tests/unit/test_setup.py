"""The setup file IT prepares: where it is found (the environment variable, then the person's, then
the system's), what it may hold, each kind of damage told in two sentences naming the file and the
key, a locked file refusing other values, and how it is written."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from zoho_wizard import setup
from zoho_wizard.errors import SetupFileError
from zoho_wizard.zoho.clients import ClientType
from zoho_wizard.zoho.regions import DEFAULT_REGIONS

GOOD = {"region": "eu", "client_type": "server", "client_id": "1000.ABCDEFGHIJ", "client_secret": "s3cr3t-value",
        "scope": "full", "profile": "acme-books", "locked": True, "contact": "Maria Rossi, IT (ext. 214)"}


def put(path: Path, data: object) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


@pytest.fixture
def system(tmp_path, monkeypatch) -> Path:
    """The system-wide file's place, in a scratch folder."""
    place = tmp_path / "etc" / "zoho-wizard" / "setup.json"
    monkeypatch.setattr(setup, "system_file", lambda platform=None, env=None: place)
    return place


def test_a_good_file_gives_everything(tmp_path):
    found = setup.read(put(tmp_path / "setup.json", GOOD), DEFAULT_REGIONS)
    assert (found.region, found.client_type, found.client_id, found.profile, found.locked) == (
        "eu", ClientType.SERVER, "1000.ABCDEFGHIJ", "acme-books", True)
    assert found.ready and found.contact == "Maria Rossi, IT (ext. 214)"
    assert "s3cr3t" not in repr(found)


@pytest.mark.parametrize(("given", "ready"), [
    ({"region": "eu"}, False), ({"region": "eu", "client_type": "server", "client_id": "1000.X"}, False),
    ({"region": "eu", "client_type": "self", "client_id": "1000.X", "client_secret": "s"}, True),
    ({"region": "eu", "client_type": "client", "client_id": "1000.X"}, True),
    ({"region": "eu", "client_type": "mobile", "client_id": "1000.X"}, True)])
def test_ready_when_the_sign_in_needs_nothing_more(tmp_path, given, ready):
    assert setup.read(put(tmp_path / "setup.json", given), DEFAULT_REGIONS).ready is ready


def test_found_in_order_the_variable_then_the_persons_then_the_systems(tmp_path, system):
    config = tmp_path / "config"
    mine, named = config / "setup.json", tmp_path / "named.json"
    assert setup.find({}, config) is None
    put(system, {"region": "in"})
    assert setup.find({}, config) == system
    put(mine, {"region": "eu"})
    assert setup.find({}, config) == mine
    put(named, {"region": "jp"})
    assert setup.find({setup.ENV_VAR: str(named)}, config) == named
    assert setup.current(DEFAULT_REGIONS, {setup.ENV_VAR: str(named)}, config).region == "jp"
    missing = tmp_path / "nowhere.json"  # a wrong name in the variable says so
    with pytest.raises(SetupFileError, match="does not exist"):
        setup.current(DEFAULT_REGIONS, {setup.ENV_VAR: str(missing)}, config)


@pytest.mark.parametrize(("content", "words"), [
    ("{not json", ["is not valid JSON (line 1)"]),
    ("[1, 2]", ["does not hold settings"]),
    ({**GOOD, "locked": "yes"}, ["“locked” must be true or false"]),
    ({**GOOD, "region_code": "eu"}, ["does not know", "“region_code”"]),
    ({**GOOD, "region": "mars"}, ["“region” names no Zoho data center", "“mars”", "us, eu"]),
    ({**GOOD, "client_type": "desktop"}, ["“client_type” names no kind of client", "“desktop”"]),
    ({**GOOD, "client_id": "1000.AB CD"}, ["“client_id” contains spaces"]),
    ({**GOOD, "client_id": ""}, ["“client_id” must be a text"]),
    ({**GOOD, "client_id": 1000}, ["“client_id” must be a text"]),
    ({**GOOD, "client_type": "client"}, ["“client_secret” is given for a kind of client that has none"]),
    ({**GOOD, "scope": "everything"}, ["“scope” must be “full” or “read”"]),
    ({**GOOD, "profile": "acme books"}, ["“profile” is not a connection name"])])
def test_each_damage_is_two_sentences_naming_the_file_and_the_key(tmp_path, content, words):
    path = put(tmp_path / "setup.json", content)
    with pytest.raises(SetupFileError) as raised:
        setup.read(path, DEFAULT_REGIONS)
    what, todo = raised.value.sentences()
    assert str(path) in what and all(word in what for word in words), what
    assert todo.startswith("Ask whoever prepared the setup file")
    assert "s3cr3t" not in what + todo


def test_a_damaged_locked_file_says_it_cannot_be_worked_around(tmp_path):
    with pytest.raises(SetupFileError) as locked:
        setup.read(put(tmp_path / "a.json", {**GOOD, "region": "mars"}), DEFAULT_REGIONS)
    with pytest.raises(SetupFileError) as unlocked:
        setup.read(put(tmp_path / "b.json", {**GOOD, "region": "mars", "locked": False}), DEFAULT_REGIONS)
    assert locked.value.locked and "cannot be set up without it" in locked.value.sentences()[1]
    assert not unlocked.value.locked and "fill in the wizard's pages yourself" in unlocked.value.sentences()[1]


def test_options_win_over_an_unlocked_file_and_a_locked_one_refuses_others(tmp_path):
    asked = {"region": "us", "client_type": None, "client_id": None, "scope": None, "profile": None}
    unlocked = setup.read(put(tmp_path / "a.json", {**GOOD, "locked": False}), DEFAULT_REGIONS)
    assert setup.merged(unlocked, asked) == {"region": "us", "client_type": "server", "client_id": "1000.ABCDEFGHIJ",
                                             "scope": "full", "profile": "acme-books"}
    locked = setup.read(put(tmp_path / "b.json", GOOD), DEFAULT_REGIONS)
    with pytest.raises(SetupFileError) as refused:
        setup.merged(locked, asked)
    assert "is locked to “eu” for “region”, and “us” was asked for" in refused.value.sentences()[0]
    assert setup.merged(locked, {**asked, "region": "eu"})["region"] == "eu"  # the same value is no conflict
    assert setup.merged(None, asked) == asked


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_written_readable_by_its_owner_only_when_it_holds_a_secret(tmp_path):
    with_secret = setup.write(tmp_path / "a" / "setup.json", GOOD, DEFAULT_REGIONS)
    assert stat.S_IMODE(with_secret.path.stat().st_mode) == 0o600 and not with_secret.secret_readable_by_others()
    assert json.loads(with_secret.path.read_text(encoding="utf-8")) == GOOD
    without = setup.write(tmp_path / "b.json", {"region": "eu", "client_type": "client"}, DEFAULT_REGIONS)
    assert stat.S_IMODE(without.path.stat().st_mode) == 0o644
    with_secret.path.chmod(0o644)
    assert setup.read(with_secret.path, DEFAULT_REGIONS).secret_readable_by_others()


def test_the_system_wide_file_with_a_secret_is_readable_by_others(tmp_path, system):
    assert setup.read(put(system, GOOD), DEFAULT_REGIONS).secret_readable_by_others()


def test_nothing_is_written_when_a_value_is_wrong(tmp_path):
    with pytest.raises(SetupFileError, match="names no Zoho data center"):
        setup.write(tmp_path / "setup.json", {**GOOD, "region": "mars"}, DEFAULT_REGIONS)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("platform", "expected"), [
    ("linux", "/etc/xdg/zoho-wizard/setup.json"),
    ("win32", "C:/ProgramData/zoho-wizard/setup.json"),
    ("darwin", "/Library/Application Support/zoho-wizard/setup.json")])
def test_the_system_wide_places(platform, expected):
    place = setup.system_file(platform, {"PROGRAMDATA": "C:/ProgramData"})
    assert place.as_posix() == expected
