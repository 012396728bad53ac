# SPDX-License-Identifier: GPL-3.0-or-later
"""Builds the sample films: drawn scenes that pan slowly, a French voice
(espeak-ng), WebVTT subtitles in four languages timed on that voice, and a
poster. One film also gets a Dutch audio track."""

import os
import subprocess
import tempfile
import wave

import cairo

import draw

WIDTH, HEIGHT = 1280, 720
CANVAS_W, CANVAS_H = 1408, 792     # a little larger, so the scene can pan
FPS = 25
LEAD_IN, LEAD_OUT = 0.6, 0.7       # silence around each spoken line
VOICES = {"fr": "fr-be", "nl": "nl"}
AUDIO_LANGUAGE_TAGS = {"fr": ("fre", "Français"), "nl": ("dut", "Nederlands")}


def speak(line, language, path):
    subprocess.run(["espeak-ng", "-v", VOICES[language], "-s", "145", "-w", path, line], check=True)
    with wave.open(path) as w:
        return w.getnframes() / w.getframerate()


def render_scene(spec, path, title=None):
    surface = cairo.ImageSurface(cairo.FORMAT_RGB24, CANVAS_W, CANVAS_H)
    cr = cairo.Context(surface)
    draw.scene(cr, CANVAS_W, CANVAS_H, spec)
    if title:
        # The title card sits on the first scene: a band at the top, where
        # it does not meet the subtitles.
        top = CANVAS_H * 0.09
        cr.rectangle(0, top, CANVAS_W, CANVAS_H * 0.22)
        cr.set_source_rgba(0.1, 0.1, 0.15, 0.82)
        cr.fill()
        draw.text(cr, 90, top + CANVAS_H * 0.03, title, 46, "#ffffff", bold=True)
        draw.text(cr, 92, top + CANVAS_H * 0.14, "Make-IT-Safe", 22, "#99c1f1", bold=True)
    surface.write_to_png(path)


def join_track(parts, timeline, total, path):
    """Writes one WAV: each spoken line placed at its start time in silence."""
    with wave.open(parts[0][1]) as first:
        params = first.getparams()
    rate, width = params.framerate, params.sampwidth
    data = bytearray(int(total * rate) * width)
    for (start, part) in zip(timeline, parts):
        with wave.open(part[1]) as w:
            frames = w.readframes(w.getnframes())
        offset = int(start * rate) * width
        data[offset:offset + len(frames)] = frames[:len(data) - offset]
    with wave.open(path, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(width)
        out.setframerate(rate)
        out.writeframes(bytes(data))


def vtt_time(t):
    h, rest = divmod(t, 3600)
    m, s = divmod(rest, 60)
    return "%02d:%02d:%06.3f" % (h, m, s)


def build(film, outdir, languages):
    """Returns the film's entry fields: file, poster, duration, subtitles."""
    os.makedirs(outdir, exist_ok=True)
    base = film["id"]
    audio_languages = ["fr"] + (["nl"] if film.get("dutch_audio") else [])

    with tempfile.TemporaryDirectory() as tmp:
        speech = {lang: [] for lang in audio_languages}
        durations = []
        for i, (spec, line) in enumerate(film["scenes"]):
            longest = 0
            for lang in audio_languages:
                path = os.path.join(tmp, f"{lang}-{i}.wav")
                length = speak(line[lang], lang, path)
                speech[lang].append((length, path))
                longest = max(longest, length)
            durations.append(max(3.0, LEAD_IN + longest + LEAD_OUT))
            render_scene(spec, os.path.join(tmp, f"scene-{i}.png"),
                         film["title"]["fr"] if i == 0 else None)

        starts = [sum(durations[:i]) for i in range(len(durations))]
        total = sum(durations)
        for lang in audio_languages:
            join_track(speech[lang], [s + LEAD_IN for s in starts], total, os.path.join(tmp, f"{lang}.wav"))

        # Subtitles follow the French voice, line by line.
        subtitles = []
        for lang in languages:
            name = f"{base}.{lang}.vtt"
            with open(os.path.join(outdir, name), "w", encoding="utf-8") as f:
                f.write("WEBVTT\n\n")
                for i, (spec, line) in enumerate(film["scenes"]):
                    start = starts[i] + LEAD_IN
                    end = start + speech["fr"][i][0]
                    f.write(f"{i + 1}\n{vtt_time(start)} --> {vtt_time(end)}\n{line[lang]}\n\n")
            subtitles.append((lang, name))

        cmd = ["ffmpeg", "-loglevel", "error", "-y"]
        for i, d in enumerate(durations):
            cmd += ["-loop", "1", "-framerate", str(FPS), "-t", "%.3f" % d, "-i", os.path.join(tmp, f"scene-{i}.png")]
        for lang in audio_languages:
            cmd += ["-i", os.path.join(tmp, f"{lang}.wav")]
        chains = []
        for i, d in enumerate(durations):
            dx, dy = CANVAS_W - WIDTH, CANVAS_H - HEIGHT
            x = f"{dx}*t/{d:.3f}" if i % 2 == 0 else f"{dx}*(1-t/{d:.3f})"
            chains.append(f"[{i}:v]crop={WIDTH}:{HEIGHT}:x='{x}':y='{dy}*t/{d:.3f}',"
                          f"fade=in:st=0:d=0.35,fade=out:st={d - 0.35:.3f}:d=0.35,setsar=1,format=yuv420p[v{i}]")
        chains.append("".join(f"[v{i}]" for i in range(len(durations))) + f"concat=n={len(durations)}:v=1:a=0[v]")
        cmd += ["-filter_complex", ";".join(chains), "-map", "[v]"]
        for j, lang in enumerate(audio_languages):
            tag, title = AUDIO_LANGUAGE_TAGS[lang]
            cmd += ["-map", f"{len(durations) + j}:a",
                    f"-metadata:s:a:{j}", f"language={tag}", f"-metadata:s:a:{j}", f"title={title}"]
        cmd += ["-c:v", "libvpx-vp9", "-b:v", "0", "-crf", "40", "-deadline", "good", "-cpu-used", "4",
                "-row-mt", "1", "-g", "125", "-c:a", "libopus", "-b:a", "40k", "-ac", "1",
                "-shortest", os.path.join(outdir, f"{base}.webm")]
        subprocess.run(cmd, check=True)

        # The poster is the first scene, title and all.
        subprocess.run(["ffmpeg", "-loglevel", "error", "-y", "-i", os.path.join(tmp, "scene-0.png"),
                        "-vf", f"crop={WIDTH}:{HEIGHT}:0:0", "-q:v", "4",
                        os.path.join(outdir, f"{base}-poster.jpg")], check=True)

    return {
        "file": f"{base}.webm",
        "poster": f"{base}-poster.jpg",
        "duration": round(total, 1),
        "subtitles": subtitles,
        "audio": audio_languages,
    }
