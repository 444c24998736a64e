"""The headless command line: `rufus-console sessions`, `close`, `key`, `demo-server`."""
