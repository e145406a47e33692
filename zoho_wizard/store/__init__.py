"""Where a connection lives: secrets in the system keychain, everything else in a settings file."""

from zoho_wizard.store.keychain import Keychain
from zoho_wizard.store.profiles import Profile, ProfileStore, Secrets

__all__ = ["Keychain", "Profile", "ProfileStore", "Secrets"]
