"""What became of the table's questions and actions: the Opvolging page, the Uitkomsten tab, recurring patterns, and 'Vorige keer' in the opening."""
