#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Generates the Make-IT-Safe sample kit into data/kit/: six films, three
photo-novels, two manuals and index.json with a sha256 for every file.

    python3 data/kit/generate/generate.py [--only films|novels|manuals|index]

Needs Debian packages only: python3-gi-cairo gir1.2-pango-1.0 ffmpeg
espeak-ng fonts-dejavu-core fonts-comic-neue (see README.md here)."""

import argparse
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KIT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import content  # noqa: E402
import sessions  # noqa: E402


def sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 16), b""):
            digest.update(chunk)
    return digest.hexdigest()


def film_entry(film, built):
    rel = "films"
    return {
        "id": film["id"],
        "kind": "film",
        "title": film["title"],
        "summary": film["summary"],
        "themes": [film["theme"]],
        "audiences": film["audiences"],
        "language": "fr",
        "file": f"{rel}/{built['file']}",
        "poster": f"{rel}/{built['poster']}",
        "duration": built["duration"],
        "audio": [{"language": lang} for lang in built["audio"]],
        "subtitles": [{"language": lang, "file": f"{rel}/{name}"} for lang, name in built["subtitles"]],
    }


def novel_entry(novel, pages, texts):
    rel = f"photo-novels/{novel['id'].removeprefix('novel-')}"
    return {
        "id": novel["id"],
        "kind": "photo-novel",
        "title": novel["title"],
        "summary": novel["summary"],
        "themes": novel["themes"],
        "audiences": novel["audiences"],
        "language": "fr",
        "direction": "ltr",
        "pages": [f"{rel}/{p}" for p in pages],
        "text": texts,
    }


MANUALS = [
    {"id": "manual-youth", "file": "manuel-jeunes.pdf",
     "title": content.L("Manuel des jeunes animateurs", "Handleiding voor jonge begeleiders",
                        "Handbuch für junge Moderatorinnen und Moderatoren", "Manual for young facilitators"),
     "summary": content.L("Six activités prêtes à animer, une par thème, pour les jeunes qui forment leurs pairs. En français.",
                          "Zes kant-en-klare activiteiten, één per thema, voor jongeren die hun leeftijdsgenoten vormen. In het Frans.",
                          "Sechs fertige Aktivitäten, eine pro Thema, für Jugendliche, die Gleichaltrige schulen. Auf Französisch.",
                          "Six ready-to-run activities, one per theme, for young people who train their peers. In French."),
     "audiences": ["youth"]},
    {"id": "manual-coach", "file": "manuel-coachs.pdf",
     "title": content.L("Manuel des coachs", "Handleiding voor coaches", "Handbuch für Coaches", "Coaches' manual"),
     "summary": content.L("La méthode entre pairs : sélectionner, former et accompagner les jeunes animateurs, avec des plans de séance et une liste de vérification. En français.",
                          "De peer-to-peermethode: jonge begeleiders selecteren, vormen en begeleiden, met sessieplannen en een checklist. In het Frans.",
                          "Die Peer-Methode: junge Moderatoren auswählen, schulen und begleiten, mit Sitzungsplänen und einer Checkliste. Auf Französisch.",
                          "The peer-to-peer method: selecting, training and supporting young facilitators, with session plans and a checklist. In French."),
     "audiences": ["coach"]},
]


def manual_entry(m):
    return {
        "id": m["id"], "kind": "manual", "title": m["title"], "summary": m["summary"],
        "themes": [t for t, _ in content.THEMES], "audiences": m["audiences"], "language": "fr",
        "file": f"manuals/{m['file']}",
    }


def files_of(entry):
    files = [entry[k] for k in ("file", "poster") if k in entry]
    files += [s["file"] for s in entry.get("subtitles", [])]
    files += entry.get("pages", [])
    return files


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=["films", "novels", "manuals", "index"])
    args = parser.parse_args()
    # What is not rebuilt this time is kept as the current index.json says.
    index_path = os.path.join(KIT, "index.json")
    state = {}
    if os.path.exists(index_path):
        with open(index_path, encoding="utf-8") as f:
            state = {r["id"]: r for r in json.load(f).get("resources", [])}

    if args.only in (None, "films"):
        import films
        for film in content.FILMS:
            print("film", film["id"], flush=True)
            state[film["id"]] = film_entry(film, films.build(film, os.path.join(KIT, "films"), content.LANGUAGES))
    if args.only in (None, "novels"):
        import novels
        for novel in content.PHOTO_NOVELS:
            print("photo-novel", novel["id"], flush=True)
            outdir = os.path.join(KIT, "photo-novels", novel["id"].removeprefix("novel-"))
            pages, texts = novels.build(novel, outdir, content.LANGUAGES)
            state[novel["id"]] = novel_entry(novel, pages, texts)
    if args.only in (None, "manuals"):
        import manuals
        print("manuals", flush=True)
        manuals.build(os.path.join(KIT, "manuals"))
        for m in MANUALS:
            state[m["id"]] = manual_entry(m)
    order = [f["id"] for f in content.FILMS] + [n["id"] for n in content.PHOTO_NOVELS] + [m["id"] for m in MANUALS]
    resources = []
    for rid in order:
        entry = dict(state[rid])
        entry["sha256"] = {path: sha256(os.path.join(KIT, path)) for path in files_of(entry)}
        resources.append(entry)

    index = {
        "format": 1,
        "id": "make-it-safe-sample",
        "title": content.KIT_TITLE,
        "description": content.KIT_DESCRIPTION,
        "default_language": "fr",
        "languages": content.LANGUAGES,
        "publisher_note": "Stand-in kit written for Make-IT-Safe Viewer, not the original 2014 kit. "
                          "The help contacts must be checked by the kit's publisher before distribution.",
        "themes": [{"id": tid, "title": title} for tid, title in content.THEMES],
        "audiences": [{"id": aid, "title": title} for aid, title in content.AUDIENCES],
        "help": content.HELP,
        "resources": resources,
        "sessions": sessions.SESSIONS,
    }
    with open(index_path, "w", encoding="utf-8") as f:
        json.dump(index, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("index.json:", len(resources), "resources")


if __name__ == "__main__":
    main()
