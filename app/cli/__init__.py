"""The headless command line: `rufus-console sessions`, `close`, `passings`, `history`, `watch`,
`diagnostics`, `key`, `demo-server`."""
