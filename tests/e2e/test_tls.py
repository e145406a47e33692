"""HTTPS through the operating system's trust store: a local HTTPS server whose certificate only
the system's store knows (as a company proxy's is, once IT installed it), and one that nobody
trusts. OpenSSL's system store is pointed at a certificate authority made here (SSL_CERT_FILE),
so the machine's own store is left alone."""

from __future__ import annotations

import datetime
import ipaddress
import os
import ssl
import subprocess
import sys
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from tests.platforms import linux_only
from tests.support import serving

CALL = """
import sys, requests
from zoho_wizard import errors
from zoho_wizard.oauth.tokens import TokenEndpoint
from zoho_wizard.web import session
http = requests.Session() if sys.argv[2] == "plain" else session()
try:
    print(TokenEndpoint(sys.argv[1], http).revoke("1000.token"))
except errors.WizardError as error:
    print(type(error).__name__, error.what, error.todo)
"""


def certificate(name: str, key: ec.EllipticCurvePrivateKey, issuer: x509.Name, signer: ec.EllipticCurvePrivateKey,
                *, authority: bool) -> x509.Certificate:
    now = datetime.datetime.now(datetime.UTC)
    builder = (x509.CertificateBuilder().subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)]))
               .issuer_name(issuer).public_key(key.public_key()).serial_number(x509.random_serial_number())
               .not_valid_before(now - datetime.timedelta(days=1)).not_valid_after(now + datetime.timedelta(days=2))
               .add_extension(x509.BasicConstraints(ca=authority, path_length=None), critical=True))
    if authority:
        builder = builder.add_extension(x509.KeyUsage(True, False, False, False, False, True, True, False, False),
                                        critical=True)
    else:
        builder = builder.add_extension(x509.SubjectAlternativeName(
            [x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")]), critical=False)
    return builder.sign(signer, hashes.SHA256())


def pem(item: x509.Certificate | ec.EllipticCurvePrivateKey) -> bytes:
    if isinstance(item, x509.Certificate):
        return item.public_bytes(serialization.Encoding.PEM)
    return item.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                              serialization.NoEncryption())


def authority(name: str) -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    return certificate(name, key, subject, key, authority=True), key


class Revoke(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        body = b'{"status": "success"}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


def https_server(tmp_path: Path, issuer: tuple[x509.Certificate, ec.EllipticCurvePrivateKey]) -> ThreadingHTTPServer:
    key = ec.generate_private_key(ec.SECP256R1())
    cert = certificate("127.0.0.1", key, issuer[0].subject, issuer[1], authority=False)
    files = tmp_path / f"server-{cert.serial_number}"
    files.mkdir()
    (files / "cert.pem").write_bytes(pem(cert) + pem(issuer[0]))
    (files / "key.pem").write_bytes(pem(key))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(files / "cert.pem", files / "key.pem")
    server = ThreadingHTTPServer(("127.0.0.1", 0), Revoke)
    server.daemon_threads = True
    server.socket = context.wrap_socket(server.socket, server_side=True)
    return server


@pytest.fixture
def trusted_by_the_system(tmp_path: Path) -> Iterator[tuple[str, dict[str, str]]]:
    """An HTTPS server signed by an authority that only the system store (as OpenSSL reads it) knows."""
    company = authority("Company proxy inspection CA")
    bundle = tmp_path / "system-store.pem"
    bundle.write_bytes(pem(company[0]))
    env = {**os.environ, "SSL_CERT_FILE": str(bundle), "SSL_CERT_DIR": str(tmp_path / "no-dir")}
    with serving(https_server(tmp_path, company)) as server:
        yield f"https://127.0.0.1:{server.server_address[1]}", env


def call(url: str, how: str, env: dict[str, str]) -> str:
    return subprocess.run([sys.executable, "-c", CALL, url, how], capture_output=True, text=True, env=env,
                          timeout=60, check=True).stdout.strip()


@linux_only  # Windows and macOS keep their trust store elsewhere than SSL_CERT_FILE
def test_a_certificate_the_system_trusts_is_trusted(trusted_by_the_system):
    url, env = trusted_by_the_system
    assert call(url, "system", env) == "True"
    # requests' own certificate list does not know it: the system's store is what made the difference
    assert call(url, "plain", env).startswith("UntrustedCertificate ")


def test_a_certificate_nobody_trusts_gets_advice_about_a_company_proxy(trusted_by_the_system, tmp_path):
    _, env = trusted_by_the_system
    with serving(https_server(tmp_path, authority("Unknown CA"))) as stranger:
        said = call(f"https://127.0.0.1:{stranger.server_address[1]}", "system", env)
    assert said.startswith("UntrustedCertificate The app reached a server that could not prove it is Zoho")
    assert "ask your IT contact to install its certificate" in said
