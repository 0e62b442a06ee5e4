"""What a tray at rest does not load (issue 2: memory)."""

import subprocess
import sys


def test_polls_without_credentials_load_no_keyring():
    """With no credentials to keep (auth "none", nothing waiting for a keyring), what each poll
    asks of the secret store (``look_again``, ``credentials``) loads no keyring backend: finding
    one imports SecretStorage and with it ``cryptography``, about 10 MB of the tray's memory
    (issue 2: memory; it came with review 55 P1's look at each poll)."""
    code = ("import sys; from oncall_tray.secrets import SecretStore; store = SecretStore(recheck_s=0); "
            "store.look_again(); store.credentials('http://localhost:9093', 'none'); store.look_again(); "
            "print(sorted(m for m in ('keyring.backend', 'secretstorage', 'cryptography') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                         env={"PATH": "/usr/bin:/bin"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
