#!/usr/bin/env python3
"""Writes the cue grid's verb list, examples/cue_grid_verbs.tsv (`cargo run --example cue_grid`,
BENCHMARKS.md « Cue grid »):

    python3 tools/cue_grid_verbs.py > examples/cue_grid_verbs.tsv
    python3 tools/cue_grid_verbs.py --check     # exit 1 when the committed table differs

Verbs: the reporting verbs of French grammars (« verbes introducteurs de discours rapporté »),
each with its kind, the complement it takes and the forms the frames need, conjugated here
independently of the crate's lexicon/conjugation.rs (so the grid checks the lexicon's
inflection rather than sharing it). The source column says where else a verb was met:
« treebank », mined here from the UD treebanks (../shared/data/treebanks beside the
repository, or --treebanks DIR: a verb lemma with a `ccomp` dependent, or a `parataxis` one
across a quotation mark, and an active `nsubj` that is a proper noun or a person or
organisation noun); « opened », read from
tools/cue_grid_opened_verbs.txt, a committed list built from the gold of private sets (see its
header), which the repository cannot regenerate.

Columns: lemma, kinds (statement/position…), source, reflexive (0/1), aux (a/est), tail
(words after the finite verb: « savoir », « en garde »), complement (after verb + tail in a
clause frame), quote (text of a quotation, empty: no incise or colon frame), noun (an object
claim, empty for none), pres3sg, pres3pl, pp (masc. sg.), ppr.

Session 22 wrote the list (its scripts were kept outside the repository); session 23 brought
them here (review S5). The output is byte-identical to the table it wrote.
"""
import collections
import csv
import glob
import io
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)

def er(lemma, pres_stem=None):
    root = lemma[:-2]
    soft = lambda e: (root[:-1] + "ç" if root.endswith("c") else root + "e" if root.endswith("g") else root) + e
    p = pres_stem or root
    return p + "e", p + "ent", root + "é", soft("ant")

PAR = {
    "ir": lambda r: (r + "it", r + "issent", r + "i", r + "issant"),
    "enir": lambda r: (r + "ient", r + "iennent", r + "enu", r + "enant"),
    "mettre": lambda r: (r + "met", r + "mettent", r + "mis", r + "mettant"),
    "prendre": lambda r: (r + "prend", r + "prennent", r + "pris", r + "prenant"),
    "dre": lambda r: (r + "d", r + "dent", r + "du", r + "dant"),
    "dire": lambda r: (r + "dit", r + "disent", r + "dit", r + "disant"),
    "crire": lambda r: (r + "crit", r + "crivent", r + "crit", r + "crivant"),
    "aître": lambda r: (r + "aît", r + "aissent", r + "u", r + "aissant"),
    "clure": lambda r: (r + "clut", r + "cluent", r + "clu", r + "cluant"),
    "indre": lambda r: (r + "int", r + "ignent", r + "int", r + "ignant"),
    "tir": lambda r: (r + "t", r + "tent", r + "ti", r + "tant"),
    "suivre": lambda r: (r + "suit", r + "suivent", r + "suivi", r + "suivant"),
    "voir": lambda r: (r + "voit", r + "voient", r + "vu", r + "voyant"),
    "croire": lambda r: (r + "croit", r + "croient", r + "cru", r + "croyant"),
    "faire": lambda r: (r + "fait", r + "font", r + "fait", r + "faisant"),
    "mouvoir": lambda r: (r + "meut", r + "meuvent", r + "mu", r + "mouvant"),
    "vouloir": lambda r: (r + "veut", r + "veulent", r + "voulu", r + "voulant"),
    "attre": lambda r: (r + "at", r + "attent", r + "attu", r + "attant"),
    "quérir": lambda r: (r + "quiert", r + "quièrent", r + "quis", r + "quérant"),
    "cevoir": lambda r: (r + "çoit", r + "çoivent", r + "çu", r + "cevant"),
}

def forms(verb, par=None, pres_stem=None):
    if par is None:
        return er(verb, pres_stem)
    return PAR[par](verb[: len(verb) - len(par)])

# Complements and quotations by kind.
C = {
    "S": ("que l'usine fermera en mars", "L'usine fermera en mars"),
    "P": ("que la réforme est injuste", "Cette réforme est injuste"),
    "D": ("toute fermeture de l'usine", "L'usine ne fermera pas, c'est une rumeur"),
    "W": ("que les prix vont flamber", "Les prix vont flamber cet hiver"),
    "C": ("la suspension de la réforme", "Il faut suspendre la réforme"),
}
KIND = {"S": "statement", "P": "position", "D": "denial", "W": "warning", "C": "call"}

rows = []
EITHER = {"contester": "P/D", "écarter": "D/S", "exclure": "D/S", "revendiquer": "C/S",
          "maintenir": "S/P", "souhaiter": "P/C", "émettre des réserves": "P/S",
          "signifier": "S/C", "soutenir": "S/P"}

def v(lemma, kinds, comp=None, par=None, pres=None, refl=False, aux="a", tail="",
      quote=True, noun="", src="grammar"):
    kinds = EITHER.get(lemma, kinds)
    base = lemma
    for p in ("se ", "s'"):
        if base.startswith(p):
            base = base[len(p):]
            refl = True
    head = base.split(" ")[0]
    p3, p3p, pp, ppr = forms(head, par, pres)
    k0 = kinds.split("/")[0]
    comp = comp if comp is not None else C[k0][0]
    q = C[k0][1] if quote is True else (quote or "")
    if refl:
        aux = "est"
    rows.append([lemma, "/".join(KIND[k] for k in kinds.split("/")), src, "1" if refl else "0",
                 aux, tail, comp, q, noun, p3, p3p, pp, ppr])

S, P = "S", "P"
NP_P = "une réforme injuste"
DE_P = "de la décision du tribunal"
CALL_DE = "au gouvernement de suspendre la réforme"
CALL_A = "le gouvernement à suspendre la réforme"
# --- statements of saying
# The « verbes introducteurs » of French grammars, as a checklist: the families below give
# each its kind, complement and forms (not every one is in the grid).
GRAMMAR_CHECKLIST = ["affirmer", "déclarer", "indiquer", "annoncer", "expliquer", "assurer", "souligner",
                     "ajouter", "préciser", "confirmer", "rapporter", "raconter", "signaler", "témoigner",
                     "confier", "clamer", "noter", "observer", "constater", "avouer", "concéder",
                     "rajouter", "relater", "certifier", "attester", "stipuler", "mentionner", "spécifier",
                     "détailler", "marteler:martèl", "répéter:répèt", "réitérer:réitèr", "révéler:révèl",
                     "relever:relèv", "rappeler:rappell", "réaffirmer", "proclamer", "divulguer",
                     "dévoiler", "claironner", "résumer", "commenter", "insister", "remarquer", "informer",
                     "notifier", "signifier", "annoncer", "communiquer", "souffler", "glisser", "lâcher",
                     "lancer", "nuancer", "tempérer", "enchaîner", "compléter", "développer", "préciser",
                     "argumenter", "alléguer", "arguer", "avancer", "prétexter", "confesser", "jurer",
                     "garantir:", "certifier", "corroborer", "démontrer", "montrer", "prouver",
                     "expliciter", "objecter", "répliquer", "rétorquer", "riposter", "s'exclamer",
                     "ironiser", "plaisanter", "s'écrier", "murmurer", "soupirer", "hurler", "crier",
                     "tonner", "s'emporter", "s'agacer", "insinuer", "évoquer", "dévoiler", "titrer",
                     "tweeter", "écrire", "dire", "répondre", "reconnaître", "admettre", "soutenir",
                     "maintenir", "prétendre", "conclure", "poursuivre", "reprendre", "renchérir",
                     "prédire", "prévoir", "pronostiquer", "estimer", "juger", "considérer", "penser",
                     "croire", "trouver", "espérer", "souhaiter", "anticiper", "parier", "convenir",
                     "réagir", "s'engager", "promettre", "se souvenir", "se vanter", "se targuer",
                     "s'amuser", "se féliciter", "se réjouir", "s'inquiéter", "s'alarmer", "s'indigner",
                     "s'insurger", "s'offusquer", "s'étonner", "s'émouvoir", "se désoler", "se plaindre",
                     "se lamenter", "s'irriter", "s'exaspérer", "s'agacer", "s'interroger", "se demander",
                     "se dire", "déplorer", "regretter", "saluer", "applaudir", "remercier", "féliciter",
                     "dénoncer", "condamner", "critiquer", "fustiger", "blâmer", "épingler", "tacler",
                     "étriller", "vilipender", "stigmatiser", "décrier", "brocarder", "dénigrer",
                     "accuser", "reprocher", "s'en prendre à", "s'attaquer à", "protester", "contester",
                     "s'opposer", "désapprouver", "approuver", "cautionner", "appuyer", "défendre",
                     "justifier", "relativiser", "minimiser", "dédramatiser", "douter", "redouter",
                     "craindre", "appréhender", "nier", "démentir", "réfuter", "récuser", "rejeter",
                     "infirmer", "contredire", "balayer", "écarter", "exclure", "dénier", "avertir",
                     "prévenir", "alerter", "menacer", "mettre en garde", "exiger", "demander",
                     "réclamer", "revendiquer", "appeler à", "exhorter", "inviter", "enjoindre",
                     "sommer", "implorer", "supplier", "adjurer", "prier", "presser", "plaider",
                     "prôner", "préconiser", "recommander", "conseiller", "suggérer", "proposer",
                     "militer", "encourager", "inciter", "ordonner", "intimer", "faire savoir",
                     "faire valoir", "faire part", "faire état", "faire remarquer", "faire observer",
                     "laisser entendre", "sous-entendre", "tirer la sonnette d'alarme", "sonner l'alarme",
                     "monter au créneau", "hausser le ton", "rendre hommage", "prendre position",
                     "se prononcer", "revenir sur", "émettre des réserves", "exprimer", "mettre en cause",
                     "remettre en cause", "mettre en doute", "pointer du doigt", "qualifier", "taxer",
                     "imputer", "attribuer", "lancer un appel", "lancer un avertissement", "donner l'alerte",
                     "jeter un pavé dans la mare", "enfoncer le clou", "se montrer", "se vouloir",
                     "se défendre", "s'excuser", "se justifier", "se satisfaire", "se dire favorable",
                     "vanter", "louer", "encenser", "saluer", "s'élever contre", "s'inscrire en faux",
                     "battre en brèche", "opposer un démenti", "apporter un démenti", "tenir à préciser",
                     "mettre l'accent", "attirer l'attention", "pointer", "dresser un constat", "livrer",
                     "faire le point", "rassurer", "interpeller", "questionner", "réagir"]

NOUNS = {"annoncer", "confirmer", "révéler", "dévoiler", "divulguer", "signaler", "rapporter",
         "mentionner", "pronostiquer", "anticiper", "proclamer", "officialiser", "évoquer",
         "prédire", "prévoir", "reconnaître", "admettre", "avouer", "garantir"}
v("évoquer", "S", "")  # « a évoqué » + a topic is no claim (README, session 13)
v("invoquer", "S", "des raisons de sécurité", quote=False)
v("officialiser", "S", "la fermeture de l'usine en mars")
v("décrire", "S", "une situation chaotique", par="crire", quote=True)
v("attribuer", "S", "ces troubles à des hommes armés", quote=False)
v("informer", "S", "les habitants que l'usine fermera en mars")
v("requérir", "C", "cinq ans de prison contre le prévenu", par="quérir", quote=False)
for l in ["continuer", "trancher", "analyser"]:
    v(l, "S/P", "")
# Statements with « que ».
for l in ["affirmer", "déclarer", "indiquer", "annoncer", "expliquer", "assurer", "souligner",
          "ajouter", "préciser", "confirmer", "rapporter", "raconter", "signaler", "témoigner",
          "confier", "clamer", "noter", "observer", "constater", "avouer", "concéder",
          "rajouter", "relater", "certifier", "attester", "mentionner", "spécifier",
          "réaffirmer", "proclamer", "divulguer", "dévoiler", "claironner", "remarquer",
          "argumenter", "alléguer", "arguer", "avancer", "confesser", "jurer", "démontrer",
          "montrer", "prouver", "objecter", "répliquer", "rétorquer", "riposter", "insinuer",
          "tweeter", "communiquer", "signifier", "pronostiquer", "anticiper", "parier",
          "insister", "rassurer", "détailler", "résumer", "commenter", "marteler:martèl",
          "répéter:répèt", "réitérer:réitèr", "révéler:révèl", "relever:relèv",
          "rappeler:rappell", "préciser"]:
    l, _, pres = l.partition(":")
    comp = None
    if l == "insister":
        comp = "sur le fait que l'usine fermera en mars"
    if l == "rassurer":
        comp = "les habitants sur l'avenir de l'usine"
    if l in ("commenter", "détailler", "résumer"):
        comp = "la fermeture de l'usine en mars"
    if l == "argumenter":
        comp = "que l'usine fermera en mars"
    noun = "la fermeture de l'usine en mars" if l in NOUNS else ""
    v(l, "S", comp, pres=pres or None, noun=noun)
for l in ["souffler", "glisser", "lâcher", "lancer", "nuancer", "tempérer", "enchaîner",
          "compléter", "développer", "ironiser", "plaisanter", "soupirer", "hurler", "crier",
          "murmurer", "titrer", "s'exclamer", "s'écrier", "s'amuser"]:
    v(l, "S/P", "")  # incise-only verbs: no clause frame
# Anger voiced, rebukes, mockery: a position (README « Session 20 », « Session 21 »).
for l in ["s'emporter", "s'agacer", "s'énerver", "tonner", "fulminer", "tempêter:tempêt",
          "pester", "grogner", "tancer", "recadrer", "sermonner", "réprimander", "railler",
          "se moquer", "morigéner:morigèn"]:
    l, _, pres = l.partition(":")
    v(l, "P", "", pres=pres or None, quote="Cette réforme est une honte")
for l, par in [("écrire", "crire"), ("dire", "dire"), ("répondre", "dre"),
               ("reconnaître", "aître"), ("admettre", "mettre"), ("soutenir", "enir"),
               ("maintenir", "enir"), ("prétendre", "dre"), ("conclure", "clure"),
               ("prédire", "dire"), ("prévoir", "voir"), ("convenir", "enir"),
               ("garantir", "ir"), ("promettre", "mettre")]:
    comp = "de rouvrir l'usine en mars" if l == "promettre" else None
    noun = "la fermeture de l'usine en mars" if l in NOUNS else "des erreurs" if l in ("reconnaître", "admettre") else ""
    v(l, "S", comp, par=par, noun=noun)
for l, par in [("poursuivre", "suivre"), ("reprendre", "prendre"), ("renchérir", "ir")]:
    v(l, "S", "", par=par)
v("réagir", "S/P", "à la fermeture de l'usine", par="ir")
v("s'engager", "S", "à rouvrir l'usine en mars", pres="engag")
v("se souvenir", "S", "que l'usine avait fermé en mars", par="enir")
v("se vanter", "S", "d'avoir sauvé l'usine")
v("se targuer", "S", "d'avoir sauvé l'usine")
v("se dire", "S/P", "prêt à rouvrir l'usine", par="dire")
v("faire savoir", "S", par="faire", tail="savoir")
v("faire valoir", "S", par="faire", tail="valoir")
v("faire part", "S/P", "de son inquiétude sur l'usine", par="faire", tail="part", quote=False)
v("faire état", "S", "de la fermeture de l'usine en mars", par="faire", tail="état", quote=False)
v("faire remarquer", "S", par="faire", tail="remarquer")
v("faire observer", "S", par="faire", tail="observer")
v("laisser entendre", "S", tail="entendre")
v("sous-entendre", "S", par="dre")
v("revenir sur", "S", "sur la fermeture de l'usine", par="enir", aux="est", quote=False)
v("tenir à préciser", "S", par="enir", tail="à préciser")
v("livrer", "S", "son analyse de la fermeture de l'usine", quote=False)
# Positions.
for l in ["estimer", "juger", "considérer:considèr", "penser", "trouver", "espérer:espèr",
          "souhaiter", "déplorer", "regretter", "redouter", "appréhender", "relativiser",
          "minimiser", "dédramatiser", "douter", "justifier", "défendre", "approuver",
          "désapprouver", "appuyer:appui", "cautionner", "contester", "protester", "critiquer"]:
    l, _, pres = l.partition(":")
    comp = None
    if l in ("souhaiter", "espérer"):
        comp = "que la réforme soit suspendue"
    if l in ("regretter", "déplorer"):
        comp = "que la réforme soit injuste"
    if l in ("redouter", "appréhender"):
        comp = "une hausse des prix"
    if l in ("relativiser", "minimiser", "dédramatiser"):
        comp = "la hausse des prix"
    if l == "douter":
        comp = "que la réforme soit juste"
    if l in ("justifier", "défendre", "approuver", "appuyer", "cautionner"):
        comp = "la réforme des retraites"
    if l in ("désapprouver", "contester", "critiquer"):
        comp = "la réforme des retraites"
    if l == "protester":
        comp = "contre la réforme des retraites"
    if l == "appuyer" and not pres:
        pres = "appui"
    if l == "défendre":
        v(l, "P", comp, par="dre")
        continue
    v(l, "P", comp, pres=pres or None)
v("croire", "P", par="croire")
v("craindre", "P", "une hausse des prix", par="indre")
for l in ["saluer", "remercier", "féliciter", "dénoncer", "condamner", "fustiger",
          "blâmer", "épingler", "tacler", "étriller", "vilipender", "stigmatiser", "décrier",
          "brocarder", "dénigrer", "vanter", "louer", "encenser", "pointer du doigt",
          "mettre en cause", "remettre en cause", "mettre en doute"]:
    par = "ir" if l == "applaudir" else "mettre" if "mettre" in l else None
    tail = {"pointer du doigt": "du doigt", "mettre en cause": "en cause",
            "remettre en cause": "en cause", "mettre en doute": "en doute"}.get(l, "")
    obj = "la décision du tribunal" if l in ("saluer", "applaudir", "vanter", "louer",
                                            "encenser") else "les secouristes" if l in (
        "remercier", "féliciter") else "la réforme des retraites"
    v(l, "P", obj, par=par, tail=tail)
v("accuser", "P", "le gouvernement de mentir")
v("applaudir", "P", "", par="ir", quote="Bravo pour cette décision")
v("égratigner", "P", "", quote="Cette réforme est une honte")
v("éreinter", "P", "", quote="Cette réforme est une honte")
v("reprocher", "P", "au gouvernement de mentir")
v("s'attaquer à", "P", "au gouvernement")
v("qualifier", "P", "la réforme d'injuste", quote=False)
v("taxer", "P", "le gouvernement d'incompétence", quote=False)
v("s'élever contre", "P", "contre la réforme des retraites")
v("s'opposer", "P", "à la réforme des retraites")
for l in ["se féliciter", "se réjouir", "s'inquiéter", "s'alarmer", "s'indigner", "s'insurger",
          "s'offusquer", "s'étonner", "s'émouvoir", "se désoler", "se plaindre", "se lamenter",
          "s'irriter", "s'exaspérer", "se satisfaire"]:
    head = l.split(" ")[-1].split("'")[-1]
    par = {"réjouir": "ir", "émouvoir": "mouvoir", "plaindre": "indre", "satisfaire": "faire"}.get(head)
    pres = {"inquiéter": "inquièt"}.get(head)
    comp = DE_P if head != "insurger" else "contre la décision du tribunal"
    v(l, "P", comp, par=par, pres=pres)
v("s'interroger", "P", "sur la décision du tribunal")
v("se montrer", "P", "sceptique sur la réforme", quote=False)
v("se vouloir", "S", "rassurant sur l'avenir de l'usine", par="vouloir", quote=False)
v("rendre hommage", "P", "aux secouristes", par="dre", tail="hommage", quote=False)
v("prendre position", "P", "contre la réforme", par="prendre", tail="position", quote=False)
v("se prononcer", "P", "contre la réforme", pres="prononc")
v("monter au créneau", "P", "contre la réforme", aux="est", tail="au créneau")
v("hausser le ton", "P", "contre le gouvernement", tail="le ton")
v("émettre des réserves", "P", "sur la réforme", par="mettre", tail="des réserves", quote=False)
v("exprimer", "P", "son inquiétude face à la réforme", quote=False)
v("s'élever", "P", "contre la réforme")
v("s'inscrire en faux", "D", "contre ces accusations", par="crire", tail="en faux")
v("se dire favorable", "P", "à la réforme", par="dire", tail="favorable", quote=False)
# Denials.
for l in ["nier", "réfuter", "récuser", "rejeter:rejett", "infirmer", "balayer:balai", "écarter",
          "dénier"]:
    l, _, pres = l.partition(":")
    comp = "ces accusations" if l in ("réfuter", "récuser", "rejeter", "balayer") else None
    v(l, "D", comp, pres=pres or None)
v("démentir", "D", par="tir")
v("contredire", "D", "ces informations", par="dire")
v("exclure", "D", "toute fermeture de l'usine", par="clure")
v("se défendre", "D/S", "d'avoir menti", par="dre")
v("opposer un démenti", "D", "à ces informations", tail="un démenti", quote=False)
v("apporter un démenti", "D", "à ces informations", tail="un démenti", quote=False)
v("battre en brèche", "D", "ces accusations", par="attre", tail="en brèche", quote=False)
# Warnings.
v("avertir", "W", par="ir")
v("prévenir", "W", par="enir")
v("alerter", "W", "sur une hausse des prix")
v("menacer", "W", "de fermer l'usine")
v("mettre en garde", "W", "contre une hausse des prix", par="mettre", tail="en garde")
v("tirer la sonnette d'alarme", "W", "sur la hausse des prix", tail="la sonnette d'alarme")
v("sonner l'alarme", "W", "sur la hausse des prix", tail="l'alarme")
v("lancer un avertissement", "W", "aux automobilistes", tail="un avertissement", quote=False)
v("donner l'alerte", "W", "sur la hausse des prix", tail="l'alerte", quote=False)
# Calls.
for l, comp in [("exiger", None), ("demander", None), ("réclamer", None), ("revendiquer", "une hausse des salaires"),
                ("exhorter", CALL_A), ("inviter", "les habitants à rester chez eux"),
                ("sommer", "le gouvernement de suspendre la réforme"),
                ("implorer", "le gouvernement de suspendre la réforme"),
                ("supplier", "le gouvernement de suspendre la réforme"),
                ("adjurer", "le gouvernement de suspendre la réforme"),
                ("prier", "le gouvernement de suspendre la réforme"),
                ("presser", "le gouvernement de suspendre la réforme"), ("encourager", "les habitants à rester chez eux"),
                ("inciter", "les habitants à rester chez eux"),
                ("plaider", "pour la suspension de la réforme"),
                ("prôner", None), ("préconiser", None),
                ("recommander", "aux habitants de rester chez eux"),
                ("conseiller", "aux habitants de rester chez eux"),
                ("suggérer:suggèr", "de suspendre la réforme"),
                ("proposer", "de suspendre la réforme"),
                ("militer", "pour la suspension de la réforme"),
                ("ordonner", "la suspension de la réforme"),
                ("intimer", "au gouvernement de suspendre la réforme"),
                ("appeler à:appell", "à la grève générale"),
                ("lancer un appel", "à la grève générale"),
                ("interpeller:interpell", "le gouvernement sur la réforme")]:
    l, _, pres = l.partition(":")
    tail = "un appel" if l == "lancer un appel" else ""
    v(l, "C", comp, pres=pres or None, tail=tail,
      quote=False if l in ("appeler à", "lancer un appel", "militer") else True)
v("enjoindre", "C", CALL_DE, par="indre")


# Nouns of a person or an organisation that make a treebank subject a speaker.
PERSONISH = set("""ministre président présidente porte-parole directeur directrice maire syndicat
gouvernement parti député députée sénateur avocat avocate procureur juge secrétaire chef patron
responsable société entreprise groupe association commission conseil police gendarmerie armée
expert experts analyste analystes spécialiste auteur auteurs premier opposition dirigeant
dirigeants leader candidat candidate témoin témoins habitant habitants source sources
porte-parole ambassadeur élu élus fédération confédération union banque ong onu journal
quotidien hebdomadaire agence tribunal cour parquet ministère état pays communiqué rapport
étude enquête médecin médecins chercheur chercheurs scientifique scientifiques professeur
président-directeur administrateur fondateur ceo pdg délégué déléguée commissaire préfet
préfecture gouverneur roi reine pape évêque président-élu officier général colonel capitaine
militant militants manifestant manifestants victime victimes famille famille proche proches
mère père fils fille femme homme personne gens collectif comité comités club entraîneur joueur
joueurs sélectionneur observateur observateurs économiste économistes dirigeante représentant
représentante employé employés salarié salariés travailleurs ouvriers agriculteurs élève élèves
étudiant étudiants parent parents consommateurs citoyen citoyens""".split())


def conllu_sentences(path):
    """The word lines of each sentence of a CoNLL-U file (no multiword ranges, no empty nodes)."""
    sent = []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line:
            if sent:
                yield sent
            sent = []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if "-" not in cols[0] and "." not in cols[0]:
                sent.append(cols)
    if sent:
        yield sent


def treebank_reporting_verbs(treebanks):
    """Verb lemmas of the treebanks that report: a `ccomp` dependent (or a `parataxis` one with a
    quotation mark between) and an active `nsubj` that is a proper noun or a PERSONISH noun."""
    counts = collections.Counter()
    for path in sorted(glob.glob(os.path.join(treebanks, "*.conllu"))):
        for sent in conllu_sentences(path):
            deps = collections.defaultdict(list)
            for c in sent:
                deps[c[6]].append(c)
            forms = [c[1] for c in sent]
            for c in sent:
                if c[3] != "VERB":
                    continue
                kids = deps[c[0]]
                has_ccomp = "ccomp" in [k[7].split(":")[0] for k in kids]
                quoted = False
                for k in kids:
                    if k[7].startswith("parataxis"):
                        a, b = sorted((int(c[0]), int(k[0])))
                        if any(f in ('"', "«", "»", "“", "”") for f in forms[a - 1:b]):
                            quoted = True
                if not (has_ccomp or quoted):
                    continue
                subj = [k for k in kids if k[7] in ("nsubj", "nsubj:pass")]
                if not subj or subj[0][7] == "nsubj:pass":
                    continue
                s = subj[0]
                if s[3] == "PROPN" or s[3] == "NOUN" and s[2].lower() in PERSONISH:
                    counts[c[2].lower()] += 1
    return set(counts)


def opened_gold_verbs():
    """The committed lemmas of the private sets' gold sentences (tools/cue_grid_opened_verbs.txt)."""
    path = os.path.join(HERE, "cue_grid_opened_verbs.txt")
    return {l.split("\t")[0] for l in open(path, encoding="utf-8")
            if l.strip() and not l.startswith("#")}


def default_treebanks():
    """../shared/data/treebanks beside the repository (beside the main checkout when this is a
    git worktree elsewhere)."""
    roots = [REPO]
    try:
        common = subprocess.run(["git", "-C", REPO, "rev-parse", "--path-format=absolute",
                                 "--git-common-dir"], capture_output=True, text=True, check=True)
        roots.append(os.path.dirname(common.stdout.strip()))
    except (OSError, subprocess.CalledProcessError):
        pass
    paths = [os.path.join(r, "..", "shared", "data", "treebanks") for r in roots]
    return next((p for p in paths if os.path.isdir(p)), paths[0])


def main():
    args = sys.argv[1:]
    treebanks = default_treebanks()
    if "--treebanks" in args:
        treebanks = args[args.index("--treebanks") + 1]
    treebank = treebank_reporting_verbs(treebanks)
    if not treebank:
        sys.exit(f"no treebank verbs read from {treebanks} (*.conllu)")
    opened = opened_gold_verbs()
    for r in rows:
        head = r[0].replace("s'", "").replace("se ", "").split(" ")[0]
        r[2] = "+".join(["grammar"] + (["treebank"] if head in treebank else [])
                        + (["opened"] if head in opened else []))
    out = io.StringIO()
    w = csv.writer(out, delimiter="\t", lineterminator="\n")
    seen = set()
    for r in rows:
        if r[0] in seen:
            continue
        seen.add(r[0])
        w.writerow(r)
    if "--check" in args:
        table = os.path.join(REPO, "examples", "cue_grid_verbs.tsv")
        same = open(table, encoding="utf-8").read() == out.getvalue()
        print("cue_grid_verbs.tsv: " + ("same as generated" if same else "DIFFERS from generated"))
        sys.exit(0 if same else 1)
    sys.stdout.write(out.getvalue())


if __name__ == "__main__":
    main()
