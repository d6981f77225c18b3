"""French interview transcripts written for the pseudonymisation benchmark, with their answer key.

Sentences are written by hand with slots; :func:`build` fills them from hand-made lists (first names,
surnames, towns in and out of the shipped lists, organisations, contacts) with a fixed seed and records
every filled slot as ``(start, end, kind)``: the answer key is exact by construction. The corpus holds
the hard cases of issue 14: lowercase names, names that are common words ("Rose", "Pierre",
"Marseille" as a surname), names split across a line, names inside speaker labels.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

FIRST = ["Léa", "Karim", "Sophie", "Nathalie", "Mohamed", "Julien", "Camille", "Thierry", "Fatou", "Yannick",
         "Rose", "Pierre", "Hélène", "Bruno", "Amina", "Gérard", "Océane", "Rachid", "Maëlle", "Olivier"]
SURNAMES = ["Martin", "Dubois", "Benali", "Nguyen", "Diallo", "Lefebvre", "Marseille", "Garnier", "Rousseau",
            "Haddad", "Perrin", "Chevalier", "Traoré", "Boucher", "Lemoine", "Fontaine", "Kowalski", "Moreau"]
TOWNS = ["Villeurbanne", "Grenoble", "Lyon", "Marseille", "Oyonnax", "Bourgoin-Jallieu", "Saint-Flour",
         "Vénissieux", "Montbrison", "Annonay", "Roanne", "Vienne", "Tarare", "Givors", "Décines"]
ORGS = [("chez ", "Renault"), ("chez ", "Michelin"), ("chez ", "Decathlon"), ("à la ", "SNCF"),
        ("chez ", "Carrefour"), ("à ", "EDF"), ("à la ", "CAF"), ("à ", "Pôle emploi"),
        ("à l'association ", "Les Amis du Quartier"), ("au lycée ", "Jean Moulin"), ("au collège ", "Victor Hugo"),
        ("à la ", "Croix-Rouge"), ("au ", "Secours populaire"), ("chez ", "Boiron"), ("à la mutuelle ", "Harmonie"),
        ("à la ", "Biocoop"), ("au ", "Crédit mutuel"), ("à la ", "Fnac"), ("à l'", "Adapei"), ("chez ", "Vallourec"),
        ("à l'", "Ifsi de Bron"), ("au ", "Centre Léon Bérard")]  # the last seven are in no shipped list
STREETS = ["rue des Lilas", "avenue Jean Jaurès", "boulevard de la Croix-Rousse", "place Bellecour",
           "impasse des Tilleuls", "chemin du Moulin", "allée des Peupliers"]
DOMAINS = ["example.fr", "gmail.com", "orange.fr", "free.fr", "univ-lyon2.fr"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "septembre", "octobre", "décembre"]

FILLER = [
    "Alors euh, c'est pas facile à dire, hein.", "Bon, voilà, on fait comme on peut.",
    "Oui, enfin, je sais pas trop, ça dépend des jours.", "Et puis le travail, c'est fatigant, quoi.",
    "Mais bon, on s'habitue à tout, vous savez.", "Non, pas vraiment, c'était plutôt calme à l'époque.",
    "Ouais, ça m'a beaucoup aidée, franchement.", "Ben le matin je me lève tôt, je prépare les enfants.",
    "C'est vrai que le quartier a changé, les loyers ont augmenté.", "J'aime bien les roses du jardin.",
    "Il faut casser la pierre pour faire le mur.", "On a mangé une bouillabaisse, comme à la maison.",
    "Personne ne m'a prévenue, en fait.", "Le dimanche on va au marché, c'est un moment agréable.",
]
SENTENCES = [  # slots: P person, F lowercase first name, T town, O organisation, and the contacts
    "J'ai rencontré {P} au travail, on s'entend bien.", "Ma voisine {P} garde les petits le mercredi.",
    "C'est {P} qui m'a parlé de ce poste.", "Avec {P}, on se voit tous les week-ends.",
    "moi c'est {F}, enfin tout le monde m'appelle comme ça.", "J'ai grandi à {T}, puis on est partis.",
    "On habite à {T} depuis dix ans.", "Ma sœur travaille à {T}, elle fait la route tous les jours.",
    "Je suis {O} depuis six ans.", "Avant, j'étais {O}, c'était autre chose.",
    "Mon mari bosse {O}, en équipe de nuit.", "Vous pouvez m'écrire à {E}.",
    "Mon numéro c'est le {PH}.", "Au bureau, c'est le {PH}.", "On habite au {A}.",
    "Je suis née le {D}, à la maternité.", "Mon numéro de sécu c'est le {N}.", "Il y a notre site, {U}.",
]


@dataclass
class BenchCorpus:
    """Texts and their answer keys (per text: ``(start, end, kind)``)."""

    texts: list[str]
    keys: list[list[tuple[int, int, str]]]
    speakers: list[str]


class _Writer:
    def __init__(self, rng: random.Random):
        self.rng, self.parts, self.key, self.length = rng, [], [], 0

    def add(self, text: str, kind: str | None = None) -> None:
        if kind:
            self.key.append((self.length, self.length + len(text), kind))
        self.parts.append(text)
        self.length += len(text)

    def sentence(self, template: str) -> None:
        chunks = template.replace("}", "{").split("{")
        for index, chunk in enumerate(chunks):
            if index % 2 == 0:
                self.add(chunk)
            else:
                for text, kind in self.slot(chunk):
                    self.add(text, kind)

    def slot(self, name: str) -> list[tuple[str, str | None]]:
        """The pieces of a filled slot: ``(text, kind)``, kind None for words that are not to mask."""
        rng = self.rng
        digits = "".join(rng.choice("0123456789") for _ in range(8))
        first, last = rng.choice(FIRST), rng.choice(SURNAMES)
        if name == "P":
            form = rng.choice(["full", "split", "first", "title"])
            if form == "title":
                return [(rng.choice(["M. ", "Mme ", "Madame "]), None), (last, "person")]
            text = {"full": f"{first} {last}", "split": f"{first}\n{last}", "first": first}[form]
            return [(text, "person")]
        if name == "O":
            prefix, org = rng.choice(ORGS)
            return [(prefix, None), (org, "organisation")]
        plain = ascii_fold(f"{first}.{last}".lower())
        values = {
            "F": (first.lower(), "person"),
            "T": (rng.choice(TOWNS), "place"),
            "E": (f"{plain}@{rng.choice(DOMAINS)}", "email"),
            "PH": (rng.choice([f"0{rng.randint(1, 7)} {digits[:2]} {digits[2:4]} {digits[4:6]} {digits[6:]}",
                               f"+33 {rng.randint(1, 7)} {digits[:2]} {digits[2:4]} {digits[4:6]} {digits[6:]}",
                               f"0{rng.randint(6, 7)}.{digits[:2]}.{digits[2:4]}.{digits[4:6]}.{digits[6:]}",
                               f"+44 20 {digits[:4]} {digits[4:]}"]), "phone"),
            "A": (f"{rng.randint(1, 120)} {rng.choice(STREETS)}", "address"),
            "D": (f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(1940, 2005)}", "date"),
            "N": (_nir(rng), "identifier"),
            "U": (f"www.{ascii_fold(last.lower())}-{rng.choice(['photos', 'famille', 'atelier'])}.fr", "url"),
        }
        return [values[name]]


def ascii_fold(text: str) -> str:
    """``text`` without accents (e-mail addresses and web addresses)."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def _nir(rng: random.Random) -> str:
    body = f"{rng.choice('12')}{rng.randint(40, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 95):02d}" \
           f"{rng.randint(1, 999):03d}{rng.randint(1, 999):03d}"
    key = 97 - int(body) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"


def build(n_texts: int = 20, turns: int = 60, seed: int = 14) -> BenchCorpus:
    """``n_texts`` interviews of ``turns`` turns each, with the exact answer key."""
    rng = random.Random(seed)
    texts, keys, speakers = [], [], []
    for _ in range(n_texts):
        writer = _Writer(rng)
        speaker = f"{rng.choice(FIRST)} {rng.choice(SURNAMES)}"
        speakers.append(speaker)
        for turn in range(turns):
            if turn % 2 == 0:
                writer.add("Enquêtrice : ")
                writer.add(rng.choice(["Vous pouvez m'en dire plus ?", "Et ensuite ?", "D'accord.",
                                       "Comment ça se passe au travail ?"]) + "\n")
                continue
            writer.add(speaker, "person")
            writer.add(" : ")
            for _ in range(rng.randint(2, 4)):
                if rng.random() < 0.45:
                    writer.sentence(rng.choice(SENTENCES))
                else:
                    writer.add(rng.choice(FILLER))
                writer.add(" " if rng.random() < 0.85 else "\n")
            writer.add("\n")
        texts.append("".join(writer.parts))
        keys.append(writer.key)
    return BenchCorpus(texts, keys, speakers)
