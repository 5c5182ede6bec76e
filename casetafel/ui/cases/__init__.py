"""The case library and the case editor, with its anonymisation gate (live check, findings panel, waivers)."""
