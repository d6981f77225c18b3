"""French of the Qt strings added for the French UI work (numbers in the UI locale, the French scan);
merged into fill_fr.FR by fill_fr.py."""

FR = {
    "Axis {0} ({1} %)": "Axe {0} ({1} %)",
    "Done in %1.": "Terminé en %1.",
}
