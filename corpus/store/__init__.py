"""The SQLite project store: ORM models (private to the store), migrations, locking, sessions."""
