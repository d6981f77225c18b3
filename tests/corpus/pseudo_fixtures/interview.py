"""A small French interview written for the pseudonymisation tests, with its answer key.

``KEY`` lists (surface, kind) of every identifying span; each occurrence in ``TEXT`` counts."""

TEXT = """Enquêtrice : Bonjour, vous pouvez vous présenter ?
Léa Martin : Oui, je m'appelle Léa Martin, j'ai 34 ans, née le 12 mars 1990 à Villeurbanne.
Je travaille chez Renault depuis six ans, avant j'étais au lycée Jean Moulin comme surveillante.
Enquêtrice : Et votre famille ?
Léa Martin : Mon mari, Karim, il est infirmier au CHU de Grenoble. Ma sœur Sophie habite à Marseille,
elle bosse pour l'association Les Restos du Cœur. Mme Dubois, notre voisine, garde les enfants.
Enquêtrice : Comment peut-on vous joindre ?
Léa Martin : Mon numéro c'est le 06 12 34 56 78, ou au bureau le +33 4 72 11 22 33.
Mon mail : lea.martin@example.fr, et on a un site www.famille-martin.fr pour les photos.
On habite au 12 rue des Lilas, 69100 Villeurbanne. Mon numéro de sécu, je l'ai pas là.
Enquêtrice : Vous achetez des fleurs ?
Léa Martin : Oui, des roses surtout, c'est Rose, ma belle-mère, qui m'a donné le goût.
Ma collègue Nathalie Petit travaille à Lyon, elle m'appelle au 04 78 00 11 22.
"""

KEY = [
    ("Léa Martin", "person"), ("Léa Martin", "person"), ("Léa Martin", "person"), ("Léa Martin", "person"),
    ("Léa Martin", "person"),
    ("12 mars 1990", "date"), ("Villeurbanne", "place"), ("Renault", "organisation"),
    ("Jean Moulin", "organisation"), ("Karim", "person"), ("Grenoble", "place"), ("Sophie", "person"),
    ("Marseille", "place"), ("Les Restos du Cœur", "organisation"), ("Dubois", "person"),
    ("06 12 34 56 78", "phone"), ("+33 4 72 11 22 33", "phone"), ("lea.martin@example.fr", "email"),
    ("www.famille-martin.fr", "url"), ("12 rue des Lilas", "address"), ("69100", "address"),
    ("Villeurbanne", "place"), ("Rose", "person"), ("Nathalie Petit", "person"), ("Lyon", "place"),
    ("04 78 00 11 22", "phone"),
]
