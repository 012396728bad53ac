# SPDX-License-Identifier: GPL-3.0-or-later
"""The two sample manuals, in French: one for the young people who lead
sessions with their peers, one for the adults who coach them."""

import os

import content
import pdf

ACTIVITIES = [
    {
        "theme": "image-rights",
        "title": "Activité « La galerie des photos »",
        "goal": "Comprendre que chaque personne décide de ce qu'on fait de son image, et s'entraîner à demander l'accord avant de publier.",
        "duration": "45 minutes",
        "material": "Le film « La photo de la fête », une dizaine de photos imprimées (paysages, objets, personnes de dos), des post-it verts et rouges.",
        "picture": {"place": "youth-centre", "people": [("nora", "happy", "phone"), ("tom", "worried")], "icon": "camera"},
        "steps": [
            "Accueillez le groupe et rappelez les règles : on écoute, on ne se moque pas, on ne raconte pas dehors ce qui est dit ici.",
            "Projetez le film « La photo de la fête ». Faites une pause après la scène du lundi et demandez : « Que ressent Tom ? »",
            "Affichez les photos au mur comme dans une galerie. Chacun colle un post-it vert sur celles qu'il publierait sans problème, rouge sur les autres.",
            "Regardez ensemble les photos qui ont reçu les deux couleurs : pourquoi ne sommes-nous pas d'accord ?",
            "Par deux, jouez la scène où Nora demande à Tom s'il est d'accord. Puis la scène où Tom refuse, et Nora respecte son choix.",
            "Terminez par le message clé, écrit en grand sur une feuille que le groupe signe.",
        ],
        "debrief": [
            "Est-ce qu'une photo prise dans un lieu public peut être publiée sans demander ?",
            "Comment demander l'accord sans que ce soit gênant ?",
            "Que peux-tu faire si une photo de toi est publiée sans ton accord ?",
        ],
        "key": "Ton image t'appartient. Celle des autres leur appartient : demande avant de publier.",
    },
    {
        "theme": "passwords",
        "title": "Activité « Le coffre-fort »",
        "goal": "Savoir créer un mot de passe solide et facile à retenir, et comprendre pourquoi on ne le prête à personne.",
        "duration": "40 minutes",
        "material": "Le film « Le mot de passe de Léa », des feuilles, des crayons, un minuteur, une boîte fermée avec un cadenas à code.",
        "picture": {"place": "classroom", "people": [("lea", "happy"), ("sam", "neutral")], "icon": "lock"},
        "steps": [
            "Montrez la boîte fermée : « Ce qu'il y a dedans est à vous. Quel code choisiriez-vous ? »",
            "Projetez le film « Le mot de passe de Léa ». Demandez ce qui a permis à l'inconnu d'entrer dans son compte.",
            "Jeu du devin : chaque équipe reçoit le profil d'un personnage inventé (prénom, animal, club de foot) et a deux minutes pour deviner ses mots de passe.",
            "Montrez la méthode de la phrase : une phrase que l'on invente, dont on garde des mots ou des initiales, avec des chiffres et des signes.",
            "Chacun invente une phrase-mot de passe… et ne la montre à personne. On vérifie seulement sa longueur.",
            "Parlez de la double vérification : un code reçu sur le téléphone en plus du mot de passe.",
        ],
        "debrief": [
            "Pourquoi un mot de passe court est-il facile à deviner ?",
            "À qui peut-on confier un mot de passe ? (Réponse : à personne, sauf parfois à un parent pour les plus jeunes.)",
            "Que faire si on pense que quelqu'un connaît son mot de passe ?",
        ],
        "key": "Un mot de passe, c'est comme une brosse à dents : on ne le prête pas, et on en change.",
    },
    {
        "theme": "privacy",
        "title": "Activité « Qui peut voir quoi ? »",
        "goal": "Prendre conscience des informations personnelles que l'on partage en ligne, et savoir régler la confidentialité de ses comptes.",
        "duration": "50 minutes",
        "material": "Le film « Tout le monde peut voir », trois cercles de corde au sol (moi, mes amis, tout le monde), des cartes « information ».",
        "picture": {"place": "park", "people": [("sam", "worried", "phone"), ("stranger", "neutral")], "icon": "eye"},
        "steps": [
            "Posez les trois cercles au sol, l'un dans l'autre : « moi », « mes vrais amis », « tout le monde ».",
            "Distribuez les cartes : mon adresse, mon école, ma photo de vacances, mon humeur du jour, mon numéro de téléphone…",
            "Chaque jeune pose ses cartes dans le cercle où il les partagerait. Discutez des différences.",
            "Projetez le film « Tout le monde peut voir ». Qu'est-ce que l'inconnu a appris sur Sam, et comment ?",
            "Sur un téléphone de démonstration, montrez où se trouvent les réglages : profil privé, position, qui peut m'écrire.",
            "Chacun note une chose qu'il va changer dans ses réglages en rentrant.",
        ],
        "debrief": [
            "Quelle information serait dangereuse si un inconnu la connaissait ?",
            "Est-ce qu'une publication supprimée disparaît vraiment ?",
            "Comment savoir si un « ami » en ligne est vraiment un ami ?",
        ],
        "key": "Ta vie privée, c'est toi qui choisis avec qui tu la partages.",
    },
    {
        "theme": "sexting",
        "title": "Activité « La chaîne »",
        "goal": "Comprendre comment une image intime circule, que la victime n'est jamais coupable, et ce que chacun peut faire pour arrêter la chaîne.",
        "duration": "50 minutes",
        "material": "Le film « Juste pour lui », le roman-photo « La photo de trop », une pelote de laine.",
        "picture": {"place": "classroom", "people": [("tom", "surprised", "phone"), ("sam", "worried", "phone"), ("nora", "angry", "phone")], "icon": "warning"},
        "steps": [
            "Rappelez le cadre de sécurité : personne ne parle de soi, on parle des personnages. On peut sortir si c'est trop difficile.",
            "Projetez le film « Juste pour lui ». Arrêtez avant la fin et demandez ce que chacun ferait à la place des élèves qui reçoivent la photo.",
            "Jeu de la pelote : le premier jeune tient le fil et « envoie » la photo à un autre en lançant la pelote. En quelques lancers, tout le groupe est relié.",
            "Demandez : « Qui pouvait arrêter la chaîne ? » Chaque personne qui tient le fil pouvait la couper.",
            "Lisez ensemble les pages 4 à 7 du roman-photo « La photo de trop » : qu'ont fait Nora et Julie ?",
            "Présentez les contacts d'aide de la fin du manuel et l'endroit où ils sont affichés dans la salle.",
        ],
        "debrief": [
            "Pourquoi entend-on souvent « elle n'avait qu'à pas l'envoyer » ? Est-ce juste ?",
            "Que risque une personne qui partage l'image intime de quelqu'un d'autre ?",
            "Si tu reçois une telle photo, que fais-tu ?",
        ],
        "key": "Celle ou celui qui partage sans accord est en tort. Ne transfère pas : supprime, et parles-en.",
    },
    {
        "theme": "grooming",
        "title": "Activité « Les signaux d'alarme »",
        "goal": "Reconnaître les étapes par lesquelles un adulte malintentionné gagne la confiance d'un jeune en ligne, et savoir à qui en parler.",
        "duration": "45 minutes",
        "material": "Le film « Un ami trop gentil », des cartes « message » à trier, une affiche avec un feu rouge, orange et vert.",
        "picture": {"place": "night", "people": [("tom", "worried", "phone")], "chat": [("in", "C'est notre secret"), ("in", "Viens seul")], "chat_title": "Alex"},
        "steps": [
            "Projetez le film « Un ami trop gentil » jusqu'à la scène du secret. Demandez : « Est-ce qu'Alex est un ami ? »",
            "Distribuez les cartes « message » (« T'es trop fort », « Ne dis rien à tes parents », « Envoie une photo », « On se voit seul ? »).",
            "Par groupes, classez les messages sur le feu : vert (normal), orange (bizarre), rouge (danger).",
            "Comparez les classements. Montrez que les messages deviennent rouges petit à petit : c'est la méthode de ces personnes.",
            "Regardez la fin du film : captures d'écran, blocage, signalement.",
            "Chacun écrit le nom d'un adulte de confiance à qui il pourrait parler.",
        ],
        "debrief": [
            "Pourquoi ces personnes demandent-elles le secret ?",
            "Est-ce que le jeune est coupable s'il a déjà envoyé une photo ? (Non, jamais.)",
            "Où signaler ? (Police, Child Focus au 116 000, la plateforme.)",
        ],
        "key": "Un secret qui te met mal à l'aise n'est pas un secret : parles-en à un adulte de confiance.",
    },
    {
        "theme": "harassment",
        "title": "Activité « Témoin, pas complice »",
        "goal": "Identifier le harcèlement en ligne, comprendre le rôle des témoins et s'entraîner à réagir.",
        "duration": "50 minutes",
        "material": "Le film « Le groupe », le roman-photo « Le groupe de la 3B », des cartes de rôles, un tableau.",
        "picture": {"place": "classroom", "people": [("mehdi", "sad"), ("nora", "neutral"), ("sam", "happy")], "icon": "bubble"},
        "steps": [
            "Demandez au groupe : « C'est quoi, une blague ? Et quand est-ce que ça n'en est plus une ? » Notez les réponses.",
            "Projetez le film « Le groupe ». Identifiez les rôles : la victime, l'auteur, ceux qui rient, ceux qui réagissent.",
            "Jeu de rôles : en petits groupes, rejouez la scène du groupe de discussion, avec une carte de rôle chacun.",
            "Rejouez-la en changeant une chose : un témoin réagit. Qu'est-ce qui change ?",
            "Construisez ensemble une liste de réactions possibles : écrire en privé à la victime, dire stop, garder des preuves, en parler à un adulte.",
            "Terminez par le message clé et une ronde où chacun dit une réaction qu'il se sent capable d'avoir.",
        ],
        "debrief": [
            "Pourquoi est-ce plus dur de réagir en ligne que dans la cour ?",
            "Que ressent la victime quand tout le monde se tait ?",
            "Comment garder des preuves ? (Captures d'écran avec la date.)",
        ],
        "key": "Celui qui rit aide le harceleur. Celui qui réagit aide la victime.",
    },
]

THEME_TITLES = {tid: title["fr"] for tid, title in content.THEMES}

THEMES_BRIEF = {
    "image-rights": ("Chacun a le droit de décider si son image est prise, utilisée ou publiée. Publier la photo d'une personne reconnaissable sans son accord peut être sanctionné, même si la photo a été prise dans un lieu public.",
                     ["Photos ou vidéos prises en cachette, puis partagées.", "Montages et « mèmes » qui ridiculisent un élève.", "Comptes qui republient des photos d'élèves sans leur accord."],
                     "Demander l'accord avant de publier ; demander le retrait d'une image publiée sans accord ; signaler à la plateforme."),
    "passwords": ("Un compte dont le mot de passe est deviné ou prêté peut être utilisé pour humilier, harceler ou escroquer. Les jeunes partagent souvent leurs codes en signe d'amitié ou d'amour.",
                  ["Mots de passe courts, formés du prénom et de la date de naissance.", "Codes prêtés à un ami ou à un copain pour un jeu.", "Le même mot de passe pour tous les comptes."],
                  "Une phrase longue, différente pour chaque compte, jamais prêtée ; la double vérification ; changer tout de suite un code compromis."),
    "privacy": ("Chaque information publiée (école, adresse, horaires, position) peut être rassemblée par des inconnus. La vie privée, c'est pouvoir choisir qui sait quoi sur soi.",
                ["Profils publics, position partagée en permanence.", "Photos d'uniformes scolaires ou de la façade de la maison.", "Accepter toutes les demandes d'amis."],
                "Profil privé, position désactivée, amis que l'on connaît vraiment ; réfléchir avant de publier."),
    "sexting": ("Envoyer des images intimes entre jeunes arrive, souvent dans une relation de confiance. Le problème naît quand l'image est partagée sans accord : c'est alors une violence, et la personne représentée n'en est jamais responsable.",
                ["Pression d'un partenaire (« si tu m'aimes… »).", "Images qui circulent dans des groupes de classe.", "Chantage à la diffusion (« sextorsion »)."],
                "Ne jamais transférer ; soutenir la victime sans la juger ; faire retirer l'image ; signaler, et en cas de chantage, ne pas payer et porter plainte."),
    "grooming": ("Le grooming désigne la manipulation d'un mineur par un adulte en ligne, en vue d'abus sexuels. L'auteur se fait souvent passer pour un jeune, crée une relation privilégiée puis isole sa victime par le secret.",
                 ["Compliments et cadeaux répétés d'un inconnu.", "Demande de secret vis-à-vis des parents.", "Demandes de photos, puis de rencontre seul."],
                 "Parler à un adulte de confiance ; garder des captures d'écran ; bloquer ; signaler à la police et à Child Focus."),
    "harassment": ("Le harcèlement en ligne, ce sont des attaques répétées (messages, rumeurs, montages, exclusions) qui suivent la victime jour et nuit. Les témoins jouent un rôle décisif : leur silence renforce l'auteur.",
                   ["Surnoms et moqueries dans les groupes de discussion.", "Faux comptes créés pour humilier.", "Exclusion systématique d'un groupe."],
                   "Réagir comme témoin ; garder des preuves ; en parler à un adulte ; signaler ; travailler avec l'école."),
}

RESOURCES_BY_THEME = {
    "image-rights": "Film « La photo de la fête » ; roman-photo « La photo de trop ».",
    "passwords": "Film « Le mot de passe de Léa » (piste audio néerlandaise) ; roman-photo « Le groupe de la 3B ».",
    "privacy": "Film « Tout le monde peut voir » ; roman-photo « Le nouvel abonné ».",
    "sexting": "Film « Juste pour lui » ; roman-photo « La photo de trop ».",
    "grooming": "Film « Un ami trop gentil » ; roman-photo « Le nouvel abonné ».",
    "harassment": "Film « Le groupe » ; roman-photo « Le groupe de la 3B ».",
}


def themes_in_brief(doc):
    for a in ACTIVITIES:
        theme = a["theme"]
        what, signs, answers = THEMES_BRIEF[theme]
        doc.heading(f"Thème : {THEME_TITLES[theme]}")
        doc.paragraph(what)
        doc.illustration(a["picture"], 190)
        doc.heading("Ce que l'on observe", 2)
        doc.bullets(signs)
        doc.heading("Ce qui aide", 2)
        doc.paragraph(answers)
        doc.facts([("Dans le kit", RESOURCES_BY_THEME[theme]), ("Activité", a["title"] + " (manuel des jeunes)")])



def activity(doc, a):
    doc.heading(a["title"])
    doc.paragraph(f"Thème : <b>{THEME_TITLES[a['theme']]}</b>", 11, pdf.ACCENT)
    doc.facts([("Objectif", a["goal"]), ("Durée", a["duration"]), ("Matériel", a["material"]),
               ("Public", "Un groupe de 6 à 15 jeunes de 12 à 18 ans.")])
    doc.illustration(a["picture"], 200, "Une scène du kit à projeter pour lancer la discussion.")
    doc.heading("Déroulement", 2)
    doc.bullets(a["steps"], numbered=True)
    doc.heading("Questions pour le débriefing", 2)
    doc.bullets(a["debrief"])
    doc.tip("Message clé", a["key"])


def youth_manual(doc):
    doc.title_page("MAKE-IT-SAFE", "Manuel des jeunes animateurs",
                   "Des activités pour parler de sécurité en ligne avec les jeunes de ton âge",
                   "Pour les jeunes qui animent des séances entre pairs, avec l'appui de leur coach.",
                   {"place": "youth-centre", "people": [("nora", "happy", "wave"), ("sam", "happy"), ("lea", "happy"), ("mehdi", "happy")]})
    doc.contents(doc.toc)

    doc.heading("Bienvenue")
    doc.paragraph("Tu as choisi de devenir animateur ou animatrice Make-IT-Safe. Bravo ! Pendant deux ans, des jeunes de Belgique, d'Allemagne, d'Autriche, des Pays-Bas et du Royaume-Uni ont préparé ce kit pour que d'autres jeunes puissent parler de leur vie en ligne sans se sentir jugés.")
    doc.paragraph("L'idée est simple : les jeunes écoutent souvent mieux les jeunes. Tu connais les applications, les jeux et les expressions de ton groupe. Tu n'as pas besoin d'être un expert : ton rôle est de lancer la discussion, de faire réfléchir et de savoir vers qui orienter quelqu'un qui a besoin d'aide.")
    doc.paragraph("Ce manuel contient six activités, une par thème du kit. Chacune dure entre 40 et 50 minutes et utilise un film ou un roman-photo du kit. Tu peux les animer dans l'ordre, ou choisir celles qui répondent aux questions de ton groupe.")
    doc.heading("Ce que contient le kit", 2)
    doc.table(["Support", "Nombre", "Utilisation"],
              [["Films", "6", "À projeter pour lancer une activité, avec des sous-titres en quatre langues."],
               ["Romans-photos", "3", "À lire seul ou à projeter page par page en groupe."],
               ["Manuels", "2", "Celui-ci pour toi, et un autre pour ton coach."]],
              [0.25, 0.15, 0.6])
    doc.heading("Ton rôle", 2)
    doc.bullets(["Tu prépares la séance avec ton coach.",
                 "Tu animes : tu poses des questions, tu donnes la parole, tu résumes.",
                 "Tu protèges le groupe : personne ne doit être mis en difficulté.",
                 "Tu passes le relais à ton coach quand quelqu'un raconte une situation grave."])
    doc.illustration({"place": "youth-centre", "people": [("coach", "happy"), ("nora", "happy"), ("sam", "neutral")]}, 180,
                     "Ton coach est toujours présent pendant les séances.")

    doc.heading("Préparer une séance")
    doc.paragraph("Une bonne séance se prépare une semaine avant. Avec ton coach, choisis l'activité, regarde le film ou lis le roman-photo en entier, et vérifie que tout fonctionne dans la salle : l'ordinateur, le projecteur, le son.")
    doc.heading("La liste du matériel", 2)
    doc.bullets(["Un ordinateur avec l'application Make-IT-Safe (elle fonctionne sans internet).",
                 "Un projecteur ou un grand écran, et des haut-parleurs.",
                 "Le matériel de l'activité (voir la fiche).",
                 "Une affiche avec les contacts d'aide, bien visible.",
                 "De l'eau, et un endroit calme si quelqu'un a besoin de sortir."], box=True)
    doc.heading("Les règles du groupe", 2)
    doc.paragraph("Au début de chaque séance, écris les règles au tableau et demande au groupe s'il est d'accord :")
    doc.bullets(["On écoute celui ou celle qui parle.",
                 "On ne se moque pas.",
                 "On parle des personnages, pas de ses amis ou de soi si on ne le souhaite pas.",
                 "Ce qui est dit ici reste ici, sauf si quelqu'un est en danger.",
                 "On a le droit de ne pas répondre, et de sortir un moment."])
    doc.heading("Le déroulement type", 2)
    doc.table(["Moment", "Durée", "Ce que tu fais"],
              [["Accueil", "5 min", "Tu te présentes, tu rappelles les règles."],
               ["Lancement", "10 min", "Tu projettes le film ou le roman-photo."],
               ["Activité", "20 min", "Jeu, débat ou jeu de rôles selon la fiche."],
               ["Débriefing", "10 min", "Les questions de la fiche, puis le message clé."],
               ["Clôture", "5 min", "Tu rappelles où trouver de l'aide."]],
              [0.22, 0.15, 0.63])

    doc.heading("Animer")
    doc.paragraph("Animer, c'est surtout écouter. Pose des questions ouvertes (« Qu'en pensez-vous ? », « Que ferais-tu ? ») plutôt que des questions auxquelles on répond par oui ou par non. Laisse des silences : ils permettent aux plus timides de parler.")
    doc.heading("Quelques astuces", 2)
    doc.bullets(["Mets le film en pause au bon moment : l'application garde l'image à l'écran pendant que vous parlez.",
                 "Reformule ce qui a été dit : « Si je comprends bien, tu penses que… »",
                 "Quand un débat s'échauffe, reviens aux personnages du film.",
                 "N'oublie pas de remercier le groupe à la fin."])
    doc.heading("Si quelqu'un se confie", 2)
    doc.paragraph("Il arrive qu'un jeune raconte une situation qu'il vit lui-même. Tu n'es pas seul·e : ton coach est là pour ça.")
    doc.bullets(["Écoute calmement, sans juger et sans poser trop de questions.",
                 "Ne promets pas de garder le secret : dis que tu vas en parler à ton coach pour l'aider.",
                 "Dis-lui qu'il a bien fait de parler et que ce n'est pas sa faute.",
                 "Préviens ton coach le jour même."], numbered=True)
    doc.tip("Important", "Tu n'as pas à régler le problème toi-même. Ton rôle est d'écouter et de passer le relais.")

    for a in ACTIVITIES:
        activity(doc, a)

    doc.heading("Évaluer la séance")
    doc.paragraph("Après chaque séance, prends dix minutes avec ton coach pour faire le point. Cela t'aidera à progresser et à améliorer les activités pour les prochains groupes.")
    doc.table(["Question", "Oui", "En partie", "Non"],
              [["Le groupe a-t-il compris le message clé ?", "", "", ""],
               ["Tout le monde a-t-il pu parler ?", "", "", ""],
               ["Le temps était-il suffisant ?", "", "", ""],
               ["Le matériel a-t-il bien fonctionné ?", "", "", ""],
               ["Quelqu'un a-t-il eu besoin d'aide ?", "", "", ""]],
              [0.55, 0.15, 0.15, 0.15])
    doc.heading("Trois questions au groupe", 2)
    doc.bullets(["Qu'est-ce que tu retiens de cette séance ?",
                 "Qu'est-ce que tu vas changer dans ta vie en ligne ?",
                 "Sur quel thème voudrais-tu une prochaine séance ?"])

    help_section(doc)

    doc.heading("Petit lexique")
    doc.table(["Mot", "Ce qu'il veut dire"],
              [["Droit à l'image", "Le droit de chacun de décider si une photo ou une vidéo de lui peut être prise et publiée."],
               ["Double vérification", "Une deuxième preuve d'identité (un code reçu par SMS ou dans une application) en plus du mot de passe."],
               ["Grooming", "Quand un adulte gagne la confiance d'un jeune en ligne pour l'abuser sexuellement."],
               ["Harcèlement en ligne", "Des messages, photos ou rumeurs répétés pour blesser ou humilier quelqu'un."],
               ["Sexting", "Envoyer ou recevoir des messages, photos ou vidéos à caractère sexuel."],
               ["Capture d'écran", "Une image de ce qui est affiché sur l'écran, utile comme preuve."],
               ["Signaler", "Prévenir une plateforme, la police ou un service d'aide d'un contenu ou d'un comportement."]],
              [0.3, 0.7])

    doc.heading("Ma fiche de préparation")
    doc.paragraph("Remplis cette fiche avec ton coach une semaine avant la séance.")
    doc.table(["Question", "Ma réponse"],
              [["Quel groupe ? Combien de jeunes ? Quel âge ?", ""], ["Quelle activité ?", ""],
               ["Quel film ou roman-photo ?", ""], ["Quel matériel dois-je préparer ?", ""],
               ["Quelle question risque d'être difficile ?", ""], ["Qui est le coach présent ?", ""]],
              [0.5, 0.5])
    doc.heading("Quiz de fin de séance")
    doc.paragraph("Un quiz rapide pour terminer une séance sur une note joyeuse. Lis les phrases ; le groupe répond « vrai » ou « faux » en levant la main.")
    doc.table(["Affirmation", "Réponse"],
              [["On peut publier la photo d'un ami s'il est d'accord.", "Vrai"],
               ["Un mot de passe avec mon prénom est sûr.", "Faux"],
               ["Une photo supprimée disparaît toujours d'internet.", "Faux"],
               ["Si une photo intime circule, c'est la faute de la personne sur la photo.", "Faux : c'est la faute de celui qui la partage."],
               ["Un adulte qui demande le secret à un jeune, c'est un signal d'alarme.", "Vrai"],
               ["Rire d'une moquerie dans un groupe, ce n'est pas grave.", "Faux : cela encourage le harceleur."],
               ["Je peux appeler le 116 000 gratuitement.", "Vrai"]],
              [0.7, 0.3])


def help_section(doc):
    doc.heading("Où trouver de l'aide")
    doc.paragraph("Affiche ces contacts dans la salle à chaque séance. Ils sont aussi dans l'application, dans le menu « Aide et contacts », et fonctionnent sans internet.")
    doc.table(["Service", "Téléphone", "Pour quoi"],
              [[c["name"], c["phone"], c["description"]["fr"]] for c in content.HELP],
              [0.25, 0.17, 0.58])
    doc.tip("À vérifier", "Ces contacts sont donnés à titre d'exemple pour la Belgique. L'éditeur du kit doit les vérifier avant chaque diffusion.")


def coach_manual(doc):
    doc.title_page("MAKE-IT-SAFE", "Manuel des coachs",
                   "Accompagner des jeunes qui forment leurs pairs à la sécurité en ligne",
                   "Pour les éducateurs, animateurs et enseignants qui encadrent un projet entre pairs.",
                   {"place": "youth-centre", "people": [("coach", "happy"), ("yasmine", "happy"), ("tom", "happy")]})
    doc.contents(doc.toc)

    doc.heading("La méthode entre pairs")
    doc.paragraph("Make-IT-Safe repose sur une conviction : les jeunes sont les mieux placés pour parler à d'autres jeunes de leur vie en ligne. Ils en connaissent les codes, les applications et les pièges. Le rôle de l'adulte n'est pas de faire à leur place, mais de créer le cadre dans lequel ils peuvent agir en sécurité.")
    doc.paragraph("Le projet se déroule en quatre temps : sélectionner un petit groupe de jeunes motivés, les former, les accompagner pendant qu'ils animent des séances pour leurs pairs, puis évaluer ensemble ce qui a été appris.")
    doc.table(["Étape", "Durée conseillée", "Résultat attendu"],
              [["Sélection", "1 mois", "Un groupe de 6 à 10 jeunes animateurs."],
               ["Formation", "3 mois", "Des jeunes capables d'animer les six activités."],
               ["Séances entre pairs", "6 à 12 mois", "Au moins une séance par jeune animateur et par trimestre."],
               ["Évaluation", "1 mois", "Un bilan partagé et des pistes pour la suite."]],
              [0.25, 0.25, 0.5])
    doc.illustration({"place": "youth-centre", "people": [("coach", "neutral"), ("nora", "happy"), ("sam", "happy"), ("lea", "happy")]}, 180,
                     "Le coach crée le cadre ; les jeunes animent.")

    doc.heading("Sélectionner les jeunes")
    doc.paragraph("La réussite du projet dépend d'abord du groupe de jeunes animateurs. Il n'est pas nécessaire qu'ils soient les meilleurs élèves ou les plus à l'aise à l'oral : il faut surtout qu'ils soient motivés, fiables et respectés par leurs pairs.")
    doc.heading("Les critères", 2)
    doc.bullets(["La motivation : le jeune a envie de s'engager pendant au moins un an.",
                 "L'écoute : il sait écouter les autres sans les juger.",
                 "La diversité : le groupe reflète les âges, genres et origines du public.",
                 "La disponibilité : il peut venir aux formations et aux séances.",
                 "L'accord des parents pour les mineurs."])
    doc.heading("Le processus", 2)
    doc.bullets(["Présentez le projet dans les groupes et les classes, avec un film du kit.",
                 "Invitez les jeunes intéressés à une rencontre d'information.",
                 "Organisez un entretien individuel court : motivations, craintes, disponibilités.",
                 "Constituez le groupe et informez aussi ceux qui ne sont pas retenus, avec d'autres façons de participer."],
                numbered=True)
    doc.tip("Attention", "Un jeune qui vit lui-même une situation difficile en ligne peut être un excellent animateur, mais pas tout de suite. Proposez-lui d'abord de l'aide.")

    doc.heading("Former les jeunes")
    doc.paragraph("La formation alterne contenus, mises en situation et temps d'échange. Elle est elle-même animée selon la méthode entre pairs : les jeunes testent les activités les uns sur les autres avant de les animer pour leur public.")
    doc.table(["Session", "Contenu", "Durée"],
              [["1. Se connaître", "Présentation du projet, règles du groupe, ce que nous vivons en ligne.", "3 h"],
               ["2. Les six thèmes", "Films et romans-photos du kit, informations clés sur chaque thème.", "2 × 3 h"],
               ["3. Animer", "Poser des questions, gérer un groupe, gérer le temps, les émotions.", "3 h"],
               ["4. Protéger", "Réagir à une confidence, passer le relais, prendre soin de soi.", "3 h"],
               ["5. Répétition", "Chaque jeune anime une activité pour le groupe et reçoit des retours.", "2 × 3 h"],
               ["6. Lancement", "Calendrier des séances, binômes, matériel.", "2 h"]],
              [0.24, 0.6, 0.16])
    doc.heading("Les mises en situation", 2)
    doc.paragraph("Les jeux de rôles sont au cœur de la formation. Préparez des situations réalistes : un participant qui se moque, un groupe qui ne parle pas, un jeune qui se met à pleurer, une question à laquelle l'animateur ne sait pas répondre. Après chaque mise en situation, demandez d'abord à l'animateur comment il s'est senti, puis au groupe ce qui a bien marché.")
    doc.heading("Les informations clés", 2)
    doc.paragraph("Les jeunes animateurs n'ont pas besoin de tout savoir, mais ils doivent connaître les messages clés de chaque thème, la loi dans les grandes lignes et les contacts d'aide. Le manuel des jeunes animateurs les résume activité par activité.")

    themes_in_brief(doc)

    doc.heading("Accompagner les séances")
    doc.paragraph("Pendant les séances entre pairs, le coach est présent mais en retrait. Il intervient si la sécurité du groupe l'exige, si un jeune se confie, ou si l'animateur le lui demande.")
    doc.heading("Avant, pendant, après", 2)
    doc.table(["Moment", "Rôle du coach"],
              [["Avant", "Vérifier le matériel et la salle, relire la fiche avec l'animateur, prévoir un endroit calme."],
               ["Pendant", "Observer, prendre des notes, rester disponible pour un jeune qui a besoin de sortir."],
               ["Après", "Débriefer avec l'animateur, traiter les confidences, remplir la fiche d'évaluation."]],
              [0.2, 0.8])
    doc.heading("Quand un jeune se confie", 2)
    doc.paragraph("Une confidence peut concerner du harcèlement, la diffusion d'images intimes ou des faits de grooming. Dans tous les cas, le jeune doit être écouté, rassuré et orienté. Suivez la procédure de votre organisation et, en cas de danger, contactez les services compétents.")
    doc.bullets(["Remerciez le jeune de sa confiance et dites-lui que ce n'est pas sa faute.",
                 "Ne promettez pas le secret, expliquez ce que vous allez faire.",
                 "Aidez-le à garder les preuves (captures d'écran) sans les diffuser.",
                 "Orientez vers les services d'aide (voir le dernier chapitre) ou la police.",
                 "Informez votre responsable selon la procédure de votre organisation."], numbered=True)
    doc.heading("Prendre soin des jeunes animateurs", 2)
    doc.paragraph("Animer sur ces thèmes peut être lourd. Organisez un moment d'échange régulier entre jeunes animateurs, valorisez leur engagement (attestation, présentation publique) et veillez à ce qu'aucun ne porte seul une situation difficile.")

    doc.heading("Plans de séance")
    doc.paragraph("Voici trois plans de séance testés par les groupes du projet. Ils combinent les activités du manuel des jeunes selon le public.")
    for title, rows in [
        ("Séance découverte (12-14 ans)", [["Accueil et règles", "10 min", "Jeune animateur"],
                                            ["Activité « Le coffre-fort »", "40 min", "Jeune animateur"],
                                            ["Pause", "10 min", ""],
                                            ["Activité « Qui peut voir quoi ? »", "50 min", "Jeune animateur"],
                                            ["Contacts d'aide et clôture", "10 min", "Coach et animateur"]]),
        ("Séance relations (14-16 ans)", [["Accueil et règles", "10 min", "Jeune animateur"],
                                           ["Activité « La chaîne »", "50 min", "Binôme d'animateurs"],
                                           ["Temps calme", "10 min", "Coach"],
                                           ["Activité « Les signaux d'alarme »", "45 min", "Binôme d'animateurs"],
                                           ["Clôture", "10 min", "Coach et animateurs"]]),
        ("Séance groupe-classe (toutes tranches)", [["Accueil", "5 min", "Jeune animateur"],
                                                    ["Activité « Témoin, pas complice »", "50 min", "Jeune animateur"],
                                                    ["Activité « La galerie des photos »", "45 min", "Jeune animateur"],
                                                    ["Engagements du groupe", "10 min", "Coach"]])]:
        doc.heading(title, 2)
        doc.table(["Moment", "Durée", "Qui anime"], rows, [0.55, 0.15, 0.3])
        doc.paragraph("Prévoyez le matériel de chaque activité (voir les fiches du manuel des jeunes), et un temps de débriefing de 15 minutes avec les animateurs après la séance.", 10, "#5e5c64", italic=True)

    doc.heading("Travailler avec les parents et les partenaires")
    doc.paragraph("Les parents sont souvent inquiets, et parfois dépassés par les usages numériques de leurs enfants. Une soirée d'information, animée en partie par les jeunes eux-mêmes, est un excellent moyen de les associer au projet.")
    doc.bullets(["Présentez un film du kit et le message clé du thème.",
                 "Laissez les jeunes animateurs expliquer ce qu'ils font et pourquoi.",
                 "Donnez les contacts d'aide et des conseils simples pour dialoguer à la maison.",
                 "Associez l'école, la maison de jeunes et la police locale quand c'est utile."])
    doc.illustration({"place": "kitchen", "people": [("coach", "neutral"), ("mehdi", "happy"), ("yasmine", "happy")]}, 170,
                     "Une soirée parents animée par les jeunes.")

    doc.heading("Liste de vérification")
    doc.paragraph("Cochez chaque point avant de lancer les séances entre pairs.")
    doc.bullets(["Le projet est validé par la direction de l'organisation.",
                 "Les parents des jeunes animateurs mineurs ont donné leur accord.",
                 "Les jeunes animateurs ont suivi toutes les sessions de formation.",
                 "Chaque jeune animateur a animé au moins une activité en répétition.",
                 "La procédure en cas de confidence est connue de tous.",
                 "Les contacts d'aide sont vérifiés et affichés.",
                 "L'application Make-IT-Safe est installée et testée sur l'ordinateur de la salle.",
                 "Sur un ordinateur partagé, le mode privé est activé.",
                 "Le calendrier des séances est fixé avec les groupes.",
                 "Un moment de débriefing est prévu après chaque séance."], box=True)

    doc.heading("Évaluer le projet")
    doc.paragraph("L'évaluation se fait avec les jeunes, pas seulement sur eux. Elle mesure ce que les participants ont appris, ce que les jeunes animateurs ont gagné en confiance et en compétences, et ce qui doit changer pour la suite.")
    doc.table(["Indicateur", "Comment le mesurer"],
              [["Participants touchés", "Nombre de séances et de participants, par âge."],
               ["Messages retenus", "Les trois questions de fin de séance."],
               ["Changements de comportement", "Questionnaire court trois mois après."],
               ["Compétences des animateurs", "Auto-évaluation avant et après le projet."],
               ["Situations orientées", "Nombre de jeunes orientés vers une aide (sans détails personnels)."]],
              [0.4, 0.6])

    help_section(doc)

    doc.heading("Annexe : fiche d'observation de séance")
    doc.paragraph("À remplir par le coach pendant la séance, puis à relire avec le jeune animateur.")
    doc.table(["Point observé", "Ce que j'ai vu", "Conseil"],
              [["Accueil et règles", "", ""], ["Lancement avec le film ou le roman-photo", "", ""],
               ["Questions ouvertes, écoute", "", ""], ["Gestion du temps", "", ""],
               ["Participation de tous", "", ""], ["Message clé", "", ""], ["Contacts d'aide rappelés", "", ""]],
              [0.4, 0.35, 0.25])
    doc.heading("Annexe : lettre aux parents")
    doc.paragraph("Madame, Monsieur,", space=10)
    doc.paragraph("Votre enfant a été choisi pour devenir animateur ou animatrice Make-IT-Safe. Pendant l'année, il ou elle participera à une formation puis animera, avec notre soutien, des séances sur la sécurité en ligne pour d'autres jeunes.")
    doc.paragraph("Les thèmes abordés sont le droit à l'image, les mots de passe, la vie privée, le sexting, le grooming et le harcèlement en ligne. Les activités sont adaptées à l'âge des participants et toujours encadrées par un adulte formé.")
    doc.paragraph("Nous vous invitons à une soirée d'information où les jeunes présenteront le projet. Pour toute question, n'hésitez pas à nous contacter.")
    doc.paragraph("Avec nos salutations distinguées,", space=30)
    doc.paragraph("L'équipe d'animation", italic=True)
    doc.table(["J'autorise mon enfant à participer au projet Make-IT-Safe", "Signature"],
              [["Nom de l'enfant :", ""], ["Nom du parent :", ""]], [0.7, 0.3])
    doc.heading("Annexe : auto-évaluation des jeunes animateurs")
    doc.paragraph("Chaque jeune animateur remplit cette grille avant la formation, puis à la fin du projet. Comparer les deux grilles montre le chemin parcouru.")
    doc.table(["Je sais…", "Pas encore", "Un peu", "Oui"],
              [["présenter le projet Make-IT-Safe", "", "", ""], ["expliquer les six thèmes", "", "", ""],
               ["poser des questions ouvertes", "", "", ""], ["gérer un groupe agité", "", "", ""],
               ["réagir à une confidence", "", "", ""], ["utiliser l'application et le projecteur", "", "", ""],
               ["donner les contacts d'aide", "", "", ""], ["dire quand j'ai besoin d'aide", "", "", ""]],
              [0.52, 0.16, 0.16, 0.16])
    doc.illustration({"place": "youth-centre", "people": [("lea", "happy"), ("tom", "happy"), ("coach", "happy")], "icon": "shield"}, 170)
    doc.heading("Annexe : calendrier type")
    doc.table(["Mois", "Étape", "Actions"],
              [["Septembre", "Sélection", "Présentation du projet, rencontres, entretiens."],
               ["Octobre", "Formation", "Sessions 1 et 2 : se connaître, les six thèmes."],
               ["Novembre", "Formation", "Sessions 3 et 4 : animer, protéger."],
               ["Décembre", "Formation", "Session 5 : répétitions ; soirée parents."],
               ["Janvier", "Lancement", "Session 6 ; premières séances entre pairs."],
               ["Février à mai", "Séances", "Une séance par binôme et par mois ; débriefings."],
               ["Juin", "Évaluation", "Questionnaires, bilan avec les jeunes, fête de fin de projet."]],
              [0.2, 0.2, 0.6])


def build(outdir):
    """Writes both manuals; returns [(resource id, file, title, summary, audiences)]."""
    os.makedirs(outdir, exist_ok=True)
    made = []
    for name, writer in (("manuel-jeunes.pdf", youth_manual), ("manuel-coachs.pdf", coach_manual)):
        path = os.path.join(outdir, name)
        title = "Manuel des jeunes animateurs" if writer is youth_manual else "Manuel des coachs"
        # Runs until the pages stand still: the first learns where the
        # headings fall; a table of contents that then needs a second page
        # moves them all, which the next run learns.
        pages, toc = None, []
        for _ in range(4):
            doc = pdf.Doc(path, title, pages)
            doc.toc = toc
            writer(doc)
            learned = doc.finish()
            headings = [(level, number, text, dest) for (level, number, text, dest, _) in doc.headings]
            if learned == pages and headings == toc:
                break
            pages, toc = learned, headings
        second = doc
        made.append((name, second.page))
    return made
