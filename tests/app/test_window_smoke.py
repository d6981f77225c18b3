"""The main window opens a project, shows its first document and codebook."""


def test_window_opens_first_document(window):
    assert window.windowTitle().startswith("focus — Verbatim")
    assert window.viewer.document_id is not None
    assert "Animatrice" in window.viewer.text.text
    assert window.documents.model.rowCount() == 2
