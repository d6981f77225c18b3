"""French of the messages of the first-day fixes (thematic grid rows, batch import); merged by messages_fr.py."""

FR = {
    "{name} (document, no speaker)": "{name} (document, sans locuteur)",
}
