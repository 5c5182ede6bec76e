"""A council member's own window ("Mijn inbreng", ``window``) and the facilitator's way to open it for a
participant (``on_behalf``); ``open_member_input_window(services, author)`` is the one entry point."""
