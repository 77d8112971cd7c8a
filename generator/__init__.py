"""briefing: a folder of news articles in, a sourced offline briefing website out."""
