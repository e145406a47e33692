"""Where a connection lives: secrets in the system keychain (``keychain``), everything else in a
settings file (``profiles``). Nothing is imported here: the wizard reads the settings before it
loads keyring."""
