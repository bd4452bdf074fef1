"""Pure metrics core: pandas and numpy only, no Qt, no file I/O."""
