"""French of the coding workbench's newer strings (codebook, exchange reports), merged by fill_fr.py."""

FR = {
    "Schema errors": "Erreurs de schéma",
}
