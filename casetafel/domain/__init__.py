"""Plain domain vocabulary and rules of casetafel: enums, default taxonomies and the default method."""
