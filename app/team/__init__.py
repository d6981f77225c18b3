"""Team projects on a PostgreSQL server in the GUI: the connection dialog and the live updates."""
