"""What a user can do, as plain Python: each call is one committed transaction and returns plain data."""
