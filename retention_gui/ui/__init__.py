"""Qt widgets: they display, collect input and call the core and io packages."""
