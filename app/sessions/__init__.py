"""What the console knows of the account, and how it closes sessions: Qt-free, shared by
the window and the command line."""
