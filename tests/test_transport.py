"""Where the client may send the key: TLS always, plain http only to this computer."""

from __future__ import annotations

import pytest

from app.rufus.endpoint import PRODUCTION_URL, checked_base_url
from app.rufus.errors import ConfigurationError


@pytest.mark.parametrize(
    "url",
    [
        PRODUCTION_URL,
        PRODUCTION_URL + "/",
        "http://127.0.0.1:8080/v0",
        "http://127.1.2.3/v0",
        "http://localhost:9000/v0",
        "http://[::1]:9000/v0",
    ],
)
def test_accepted_addresses(url: str) -> None:
    assert checked_base_url(url) == url.rstrip("/")


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("http://api.runonrufus.com/v0", "not encrypted"),
        ("http://192.168.1.20/v0", "not encrypted"),
        ("http://localhost.evil.example/v0", "not encrypted"),
        ("ftp://api.runonrufus.com/v0", "must start with https://"),
        ("api.runonrufus.com/v0", "must start with https://"),
        ("https:///v0", "must start with https://"),
        ("https://user:pw@api.runonrufus.com/v0", "user name or password"),
    ],
)
def test_refused_addresses(url: str, words: str) -> None:
    with pytest.raises(ConfigurationError) as refused:
        checked_base_url(url)
    assert words in str(refused.value)
    assert "pw" not in str(refused.value).replace("password", "")
