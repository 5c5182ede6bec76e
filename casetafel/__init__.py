"""casetafel: the facilitator's tool for a casuïstiektafel of council members and professionals."""

__version__ = "0.1.0"
