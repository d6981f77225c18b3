"""Project > Pseudonymise a copy…: detection, review table and the pseudonymised copy."""
