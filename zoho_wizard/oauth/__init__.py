"""How tokens are obtained: authorization URL, loopback catcher, token endpoint, device flow."""
