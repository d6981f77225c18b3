"""French of the Qt strings added by the shots branch (screenshot fixes)."""

FR = {
    "active": "active",
    "supplementary": "supplémentaire",
    "modality": "modalité",
}
