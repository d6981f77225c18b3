"""Self-written French transcripts "as research assistants produce them", for the CLI acceptance test.

``write_text_fixtures(folder)`` writes the text, subtitle, survey and Iramuteq files (run at test time).
``write_docx_fixtures(folder)`` builds the Word files with python-docx (run at test time too).
``python tests/corpus/user_check/make_fixtures.py`` also converts the Word files with LibreOffice into the
``.odt``/``.rtf``/``.pdf`` files committed beside this script (LibreOffice is not on CI).

Every text here was written for these tests; the expectations (speakers, turns, sentences) are in
``EXPECTED`` and are what a person reading the file would report.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

# --- the Word interview ------------------------------------------------------------------------------
INTERVIEW_HEADER = [
    "Entretien n° 4 – Mme Lefèvre, aide-soignante",
    "Date : 14 mars 2023",
    "Lieu : maison de santé de Quimperlé",
    "Durée : 52 min",
]
INTERVIEW_TABLE = [["Pseudonyme", "Âge", "Ancienneté"], ["Mme Lefèvre", "47 ans", "22 ans"]]
INTERVIEW_TURNS = [
    ("Enquêtrice", "Bonjour, merci d’avoir accepté cet entretien. Pour commencer, pouvez-vous me "
                   "raconter une journée ordinaire ?"),
    ("Mme Lefèvre", "Alors… une journée ordinaire, ça commence à 6 h 45. On prend les transmissions "
                    "de l’équipe de nuit, et à 10:30 on a déjà fait les toilettes."),
    ("Enquêtrice", "Et qu’est-ce qui est le plus difficile pour vous ?"),
    ("Mme Lefèvre", "Le manque de temps, clairement. On court tout le temps. [rires] Mais bon, "
                    "je ne changerais de métier pour rien au monde."),
    ("Enquêtrice", "Vous parlez souvent de « l’équipe ». Qu’est-ce qu’elle représente pour vous ?"),
    ("Mme Lefèvre", "C’est ce qui nous fait tenir. Quand une collègue est en arrêt, tout le monde "
                    "le sent."),
]
# A second paragraph of the last answer, without label: it belongs to the same turn.
INTERVIEW_CONTINUATION = "Par exemple l’hiver dernier, on était trois pour vingt-huit résidents."


def write_docx_fixtures(folder: Path) -> dict[str, Path]:
    """The Word interview (bold labels, header block, a table) and the two-column PDF report source."""
    from docx.enum.section import WD_SECTION

    folder.mkdir(parents=True, exist_ok=True)
    document = _plain_document()
    document.add_paragraph().add_run(INTERVIEW_HEADER[0]).bold = True
    for line in INTERVIEW_HEADER[1:]:
        key, value = line.split(" : ")
        paragraph = document.add_paragraph()
        paragraph.add_run(key).bold = True
        paragraph.add_run(f"\u00a0: {value}")
    table = document.add_table(rows=2, cols=3)
    for r, row in enumerate(INTERVIEW_TABLE):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph("")
    for speaker, speech in INTERVIEW_TURNS:
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{speaker}\u00a0:").bold = True
        paragraph.add_run(f" {speech}")
    document.add_paragraph(INTERVIEW_CONTINUATION)
    interview = folder / "entretien_lefevre.docx"
    document.save(interview)

    report = _plain_document()
    _header_footer(report.sections[0])
    report.add_paragraph("RAPPORT D’ÉTUDE : LE TRAVAIL DE NUIT À L’HÔPITAL")
    report.add_paragraph(REPORT_INTRO)
    section = report.add_section(WD_SECTION.CONTINUOUS)
    _columns(section, 2)
    for paragraph in REPORT_PARAGRAPHS:
        report.add_paragraph(paragraph)
    path = folder / "rapport_colonnes.docx"
    report.save(path)
    return {"docx": interview, "report_docx": path}


def _plain_document():
    """A python-docx document in one font (DejaVu Sans), so the PDFs embed few fonts."""
    import docx
    from docx.shared import Pt

    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = "DejaVu Sans"
    style.font.size = Pt(10)
    return document


def _field(paragraph, instruction: str) -> None:
    """A Word field (PAGE, NUMPAGES) in a paragraph."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, instruction), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText" if text == instruction else "w:t")
            element.text = text
        run._r.append(element)


def _header_footer(section) -> None:
    header = section.header.paragraphs[0]
    header.text = "Observatoire régional de la santé – rapport 2023/7"
    footer = section.footer.paragraphs[0]
    footer.add_run("Page ")
    _field(footer, "PAGE")
    footer.add_run(" sur ")
    _field(footer, "NUMPAGES")


def _columns(section, count: int) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    cols = OxmlElement("w:cols")
    cols.set(qn("w:num"), str(count))
    cols.set(qn("w:space"), "567")
    section._sectPr.append(cols)


SHY = "\u00ad"  # soft hyphens: LibreOffice breaks long words there and prints a hyphen
REPORT_INTRO = ("Ce rapport présente les résultats d’une enquête qualitative menée auprès de "
                "trente-deux soignants de nuit dans trois établissements bretons.")
REPORT_PARAGRAPHS = [
    f"Les entretiens montrent une organi{SHY}sation du travail très dépendante des effectifs. "
    f"La plupart des soignants décrivent une charge de travail qui s’inten{SHY}sifie au fil des années, "
    "sans reconnaissance officielle. Les arrêts maladie ne sont presque jamais remplacés, et les "
    "intérimaires connaissent mal les services. Plusieurs aides-soignantes disent « courir toute la "
    "nuit » entre les chambres, sans pouvoir prendre la pause prévue par le planning.",
    "Le sentiment d’isolement est fréquent : la nuit, l’équipe est réduite et les cadres sont absents. "
    "Plusieurs personnes ont évoqué la difficulté de concilier ces horaires avec la vie familiale, en "
    "particulier les parents de jeunes enfants. Certaines ont choisi la nuit pour être présentes le "
    "mercredi ; d’autres la subissent depuis leur embauche et attendent une place de jour.",
    "Les relations avec les médecins de garde sont décrites comme bonnes mais distantes. On les appelle "
    "quand il le faut, résume une infirmière, mais on évite de les réveiller pour rien. Les décisions "
    "prises seules, au milieu de la nuit, pèsent lourd dans les récits des plus jeunes professionnels.",
    "La fatigue revient dans tous les entretiens. Elle n’est pas seulement physique : les soignants "
    "parlent d’un décalage permanent avec leurs proches, de week-ends passés à dormir, d’amitiés qui "
    "s’éloignent. Les plus anciens disent s’y être habitués, sans que l’on sache si cette habitude "
    "protège ou use davantage.",
    "Les ﬁnancements annoncés en 2022 n’ont pas encore modiﬁé la situation décrite. Les établissements "
    "qui ont expérimenté des équipes mixtes jour et nuit rapportent une amélioration de la "
    f"com{SHY}munication entre les services. Ces expériences restent limitées et leur évaluation reste "
    "à faire, ce que recommande le présent rapport.",
] * 2
REPORT_SENTENCES = [
    "Ce rapport présente les résultats d’une enquête qualitative menée auprès de trente-deux soignants "
    "de nuit dans trois établissements bretons.",
    "Les entretiens montrent une organisation du travail très dépendante des effectifs.",
    "Les financements annoncés en 2022 n’ont pas encore modifié la situation décrite.",
    "Les établissements qui ont expérimenté des équipes mixtes jour et nuit rapportent une amélioration "
    "de la communication entre les services.",
]

# --- plain-text transcripts --------------------------------------------------------------------------
FOCUS_BRACKETS = """Focus group n° 2 – parents d'élèves, école Jules-Ferry
Animé par Nadia ; transcription : Léo

[00:00:05] Nadia: Bonjour à toutes et à tous, merci d'être venus ce soir.
[00:00:12] Karim: Bonjour. Moi c'est Karim, j'ai deux enfants en CE1 et en CM2.
[00:00:20] Sophie: Sophie, une fille en grande section.
[00:00:26] Nadia: Qu'est-ce que vous pensez de la cantine ?
[00:00:31] Karim: Franchement, ça s'est amélioré depuis l'an dernier.
Les menus sont affichés, on sait ce qu'ils mangent.
[00:01:02] Sophie: Pour nous c'est surtout le bruit, ma fille rentre épuisée.
[00:01:15] Bernard: Je peux ajouter quelque chose ? Le temps de repas est trop court.
[00:01:27] Nadia: D'accord, on y reviendra.
"""
FOCUS_PARENS = """Réunion de l'association des locataires – 3 octobre 2023

Mme Diallo (00:00:04) : On commence par le chauffage, puisque tout le monde en parle.
M. Perrin (00:00:10) : Chez moi il fait 17 degrés dans le séjour, c'est inadmissible.
Mme Diallo (00:00:19) : Vous avez écrit au bailleur ?
M. Perrin (00:00:22) : Trois fois. Aucune réponse.
Mme Costa (00:00:30) : Pareil au 4e étage. On devrait faire une lettre commune.
Mme Diallo (00:00:41) : Très bonne idée, je la rédige cette semaine.
"""
QR = """Entretien avec un agriculteur (Finistère), 2 juin 2022

Q : Depuis combien de temps êtes-vous installé ?
R : Depuis 1998, j'ai repris la ferme de mes parents.
Q : Qu'est-ce qui a le plus changé ?
R : Les normes, surtout. Il faut tout noter, tout déclarer.
Et puis le prix du lait, évidemment.
Q : Vous envisagez de transmettre ?
R : Mon fils hésite encore. On verra.
"""
FOCUS_P = """FOCUS GROUP – JEUNES ET MOBILITÉ (Lorient, 12/04/2024)

ANIMATRICE : Pour commencer, comment venez-vous en cours le matin ?
P1 : En bus, mais il passe toutes les quarante minutes.
P2 : Moi en scooter depuis que j'ai seize ans.
P3 : À pied, j'habite à côté.
ANIMATRICE : Et le soir, pour sortir ?
P4 : C'est compliqué, il n'y a plus de bus après 21 h.
P1 : Oui, on dépend des parents.
P5 : Ou du covoiturage entre copains.
P6 : Moi je ne sors presque pas, à cause de ça justement.
ANIMATRICE : Merci, on passe à la question suivante.
"""
ENCODED = ("Enq : Vous étiez déjà syndiquée à l’époque ?\n"
           "Mme Roux : Oui… depuis 1995. C’était « naturel » dans l’usine, avec mon cœur de métier.\n"
           "Enq : Et aujourd’hui ?\n"
           "Mme Roux : Aujourd’hui c’est plus dur, les jeunes ne s’engagent plus, c’est un crève-cœur.\n")

# --- subtitles ---------------------------------------------------------------------------------------
ZOOM_VTT = """WEBVTT

1
00:00:01.250 --> 00:00:04.800
Claire Morvan: Bonjour à tous, je lance l'enregistrement.

2
00:00:05.100 --> 00:00:09.930
Claire Morvan: Est-ce que tout le monde m'entend bien ?

3
00:00:10.400 --> 00:00:12.020
Thomas Le Gall: Oui, très bien.

4
00:00:12.900 --> 00:00:18.560
Élodie Bernard: Oui, moi aussi. Par contre je devrai partir à 11:30.

5
00:00:19.000 --> 00:00:23.700
Claire Morvan: Pas de souci. Alors, première question : comment s'est passé le confinement ?

6
00:00:24.300 --> 00:00:31.120
Thomas Le Gall: Plutôt bien au début. Après, c'était long.
"""
TEAMS_VTT = """WEBVTT

3f5b2a1c-9d3e-4c1f-8a42-0c2f6e1b7d90/12-0
00:00:00.000 --> 00:00:03.520
<v Sophie Durand>Bonjour, est-ce que vous m'entendez ?</v>

3f5b2a1c-9d3e-4c1f-8a42-0c2f6e1b7d90/15-0
00:00:04.100 --> 00:00:07.880
<v Marc Lemoine>Oui, parfaitement. J'ai juste coupé ma caméra.</v>

3f5b2a1c-9d3e-4c1f-8a42-0c2f6e1b7d90/18-0
00:00:08.200 --> 00:00:13.640
<v Sophie Durand>Parfait. On parle de votre reconversion &amp; de la formation.</v>

3f5b2a1c-9d3e-4c1f-8a42-0c2f6e1b7d90/18-1
00:00:13.700 --> 00:00:16.010
<v Sophie Durand>Comment l'idée vous est-elle venue ?</v>

3f5b2a1c-9d3e-4c1f-8a42-0c2f6e1b7d90/22-0
00:00:16.900 --> 00:00:24.300
<v Marc Lemoine>Après un licenciement économique, en 2019.</v>
"""
SRT = """1
00:00:00,500 --> 00:00:03,200
ENQ: Vous pouvez vous présenter
en quelques mots ?

2
00:00:03,900 --> 00:00:08,100
YANN: Yann, 34 ans, je suis boulanger
à Quimper depuis dix ans.

3
00:00:08,600 --> 00:00:10,000
ENQ: Pourquoi ce métier ?

4
00:00:10,500 --> 00:00:14,700
YANN: Par hasard, un stage en troisième.
"""

# --- survey and Iramuteq -----------------------------------------------------------------------------
CSV_ROWS = [
    ["N° répondant", "Âge", "Sexe", "Commune", "Q12 - Pourquoi avez-vous choisi ce métier ?"],
    ["R001", "34", "F", "Brest", "Pour être utile aux autres ; et parce que ma mère était infirmière."],
    ["R002", "51", "M", "Morlaix", "Par hasard.\nJ'ai commencé comme brancardier, puis j'ai passé le "
                                   "concours.\n\nJe ne regrette pas."],
    ["R003", "28", "F", "Brest", ""],
    ["R004", "42", "F", "Quimper", "Le contact avec les \"patients\", surtout les personnes âgées."],
]
IRAMUTEQ = ("**** *entretien_01 *age_ *sexe_f   \n"
            "-*travail\n"
            "je travaille de nuit depuis dix ans   \n"
            "c'est un rythme qu'on finit par aimer\n"
            "-*famille\n"
            "mes enfants ne me voient pas le matin\n"
            "**** *entretien_02 *age_45 *sexe_m\n"
            "-*travail\n"
            "moi je fais les deux, jour et nuit, ça dépend des semaines\n")


def write_text_fixtures(folder: Path) -> dict[str, Path]:
    """Write every non-Office fixture into ``folder``; return {key: path}."""
    folder.mkdir(parents=True, exist_ok=True)
    files: dict[str, Path] = {}

    def put(key: str, name: str, data: bytes) -> None:
        files[key] = folder / name
        files[key].write_bytes(data)

    put("brackets", "focus_cantine.txt", FOCUS_BRACKETS.encode("utf-8"))
    put("parens", "reunion_locataires.txt", FOCUS_PARENS.encode("utf-8"))
    put("qr", "entretien_agriculteur.md", QR.encode("utf-8"))
    put("p", "focus_mobilite.txt", FOCUS_P.encode("utf-8"))
    put("cp1252", "roux_cp1252.txt", ENCODED.replace("\n", "\r\n").encode("cp1252"))
    put("utf16", "roux_utf16.txt", ("\ufeff" + ENCODED.replace("\n", "\r\n")).encode("utf-16-le"))
    put("bom", "roux_bom.txt", b"\xef\xbb\xbf" + ENCODED.encode("utf-8"))
    put("crlf", "agriculteur_crlf.txt", QR.replace("\n", "\r\n").encode("utf-8"))
    put("cr", "agriculteur_mac.txt", QR.replace("\n", "\r").encode("mac_roman"))
    put("zoom", "zoom_confinement.vtt", ZOOM_VTT.encode("utf-8"))
    put("teams", "teams_reconversion.vtt", ("\ufeff" + TEAMS_VTT).replace("\n", "\r\n").encode("utf-8"))
    put("srt", "boulanger.srt", SRT.encode("utf-8"))
    put("csv", "enquete_soignants.csv", _excel_csv(CSV_ROWS))
    put("iramuteq", "corpus_nuit.txt", IRAMUTEQ.replace("\n", "\r\n").encode("utf-8"))
    files["xlsx"] = _xlsx(folder / "enquete_soignants.xlsx", CSV_ROWS)
    return files


def _excel_csv(rows: list[list[str]]) -> bytes:
    """Excel's "CSV UTF-8 (séparateur: point-virgule)": BOM, CRLF rows, quotes only when needed."""
    def cell(value: str) -> str:
        if any(c in value for c in ';"\n'):
            return '"' + value.replace('"', '""') + '"'
        return value
    return b"\xef\xbb\xbf" + "".join(";".join(map(cell, row)) + "\r\n" for row in rows).encode("utf-8")


def _xlsx(path: Path, rows: list[list[str]]) -> Path:
    import datetime as dt

    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append([*rows[0], "Date de saisie"])
    for number, row in enumerate(rows[1:], start=1):
        sheet.append([row[0], int(row[1]), *row[2:], dt.datetime(2023, 5, number)])
    workbook.save(path)
    return path


def convert_with_libreoffice(source: Path, fmt: str, target_dir: Path) -> Path:
    """``soffice --headless --convert-to fmt`` into ``target_dir``; return the new file."""
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", fmt,
             "--outdir", str(target_dir), str(source)],
            check=True, capture_output=True, timeout=180,
        )
    return target_dir / f"{source.stem}.{fmt.split(':')[0]}"


def slim_odt(path: Path) -> None:
    """Drop the thumbnail and empty configuration folders LibreOffice adds (keeps the repo small)."""
    import zipfile

    with zipfile.ZipFile(path) as source:
        parts = [(info.filename, source.read(info)) for info in source.infolist()
                 if not info.filename.startswith(("Thumbnails", "Configurations2"))]
    with zipfile.ZipFile(path, "w") as target:
        for name, data in parts:
            if name == "META-INF/manifest.xml":
                data = b"\n".join(line for line in data.split(b"\n")
                                   if b"Thumbnails" not in line and b"Configurations2" not in line)
            method = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            target.writestr(name, data, compress_type=method, compresslevel=9)


def main() -> None:
    """Regenerate the committed LibreOffice files (needs ``soffice``)."""
    if shutil.which("soffice") is None:
        sys.exit("soffice (LibreOffice) is needed to regenerate the committed files")
    with tempfile.TemporaryDirectory() as tmp:
        sources = write_docx_fixtures(Path(tmp))
        for fmt in ("odt", "rtf", "pdf"):
            print(convert_with_libreoffice(sources["docx"], fmt, HERE))
        slim_odt(HERE / "entretien_lefevre.odt")
        print(convert_with_libreoffice(sources["report_docx"], "pdf", HERE))
        secret = 'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},' \
                 '"DocumentOpenPassword":{"type":"string","value":"secret"}}'
        protected = Path(tmp) / "protege.docx"
        tiny = _plain_document()
        tiny.add_paragraph("Document confidentiel.")
        tiny.save(protected)
        print(convert_with_libreoffice(protected, secret, HERE))


if __name__ == "__main__":
    main()
