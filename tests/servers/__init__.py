"""Real servers (dnsmasq, ...) started by tests on 127.0.0.1 and stopped at teardown."""
