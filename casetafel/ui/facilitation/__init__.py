"""Running the table (“Tafel leiden”): the facilitator's window, the capture bar and list, votes and who-can-act, the timer, the summary and the presenter screen on the projector."""
