"""The Qt face: a setup wizard and a connections window over the engine. Nothing here knows Zoho."""
