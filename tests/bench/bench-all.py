#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every speed and memory row of issue 17, the app beside its floor or peer.

Each row runs the app (A) and its floor or peer (B) in turn, A B A B, RUNS
times each, on the same virtual display, and prints both medians, their
ratio and the goal. Figures vary from run to run and machine to machine:
compare the ratios of one run, never a figure with another run's.

  tests/bench/bench-all.sh [--runs N] [--build DIR] [--only ROW,ROW…]

The floors are ../shared/bench/floor-start.c and floor-turn.c, built here;
the peers are zathura and mpv (apt-get install zathura mpv). A row whose
floor or peer is missing says so. Needs xvfb-run, xdotool, x11-apps (xwd),
imagemagick, python3 and a built _build.
"""
import argparse, json, os, re, shutil, statistics, subprocess, sys, tempfile, time

TOP = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
SHARED = os.path.abspath(os.path.join(TOP, '..', 'shared', 'bench'))
SIZE = '1366x768'
KIT = os.path.join(TOP, 'data', 'kit')
MANUAL = os.path.join(KIT, 'manuals', 'manuel-jeunes.pdf')
FILM = os.path.join(KIT, 'films', 'film-passwords.webm')


def sh(cmd, env=None, timeout=120, stdin=None):
    full = dict(os.environ, **(env or {}))
    return subprocess.run(cmd, env=full, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                          timeout=timeout, stdin=stdin)


class Bench:
    def __init__(self, build, runs):
        self.build = build
        self.runs = runs
        self.app = os.path.join(build, 'src', 'make-it-safe')
        self.tmp = tempfile.mkdtemp(prefix='mis-bench-')
        self.floor_start = self.compile('floor-start.c', 'libadwaita-1')
        self.floor_turn = self.compile('floor-turn.c', 'gtk4')
        self.zathura = shutil.which('zathura')
        self.mpv = shutil.which('mpv')
        self.vc = os.path.join(SHARED, 'visual-complete')
        if not os.path.exists(self.vc):
            self.vc = None
        self.rows = []

    def compile(self, source, package):
        path = os.path.join(SHARED, source)
        out = os.path.join(self.tmp, source[:-2])
        if not os.path.exists(path):
            return None
        flags = sh(['pkg-config', '--cflags', '--libs', package]).stdout.split()
        if sh(['cc', '-O2', path, '-o', out] + flags).returncode != 0:
            return None
        return out

    def home(self):
        home = tempfile.mkdtemp(dir=self.tmp)
        return {'HOME': home, 'XDG_CACHE_HOME': os.path.join(home, '.cache'),
                'XDG_STATE_HOME': os.path.join(home, '.local', 'state'), 'GSETTINGS_BACKEND': 'memory',
                'GTK_A11Y': 'none'}

    # Measures ---------------------------------------------------------------

    def floor_env(self):
        """The floors run with the renderer the app picks here (cairo without a GPU)."""
        software = not any(n.startswith('renderD') and os.access(os.path.join('/dev/dri', n), os.R_OK | os.W_OK)
                           for n in (os.listdir('/dev/dri') if os.path.isdir('/dev/dri') else []))
        return {'GSK_RENDERER': 'cairo'} if software and 'GSK_RENDERER' not in os.environ else {}

    def visual(self, cmd, env=None, settle=0.8, first=False):
        """Launch to visually complete (or to the first change), in ms."""
        if self.vc is None:
            return None
        args = [self.vc, '--size', SIZE, '--settle', str(settle)]
        for k, v in (env or {}).items():
            args += ['--env', f'{k}={v}']
        out = sh(args + ['--'] + cmd, timeout=90).stdout.strip().splitlines()
        if not out:
            return None
        result = json.loads(out[-1])
        return result.get('first_change_ms' if first else 'visual_complete_ms')

    def xvfb(self, cmd, env=None, timeout=120):
        return sh(['xvfb-run', '-a', '-s', f'-screen 0 {SIZE}x24', 'dbus-run-session', '--'] + cmd,
                  env=env, timeout=timeout)

    def peak_rss(self, cmd, seconds, env=None):
        """Peak resident memory in MB of @cmd run for @seconds."""
        run = self.xvfb(['/usr/bin/time', '-f', 'PEAK_RSS=%M', 'timeout', '-s', 'INT', str(seconds)] + cmd, env)
        m = re.search(r'PEAK_RSS=(\d+)', run.stderr)
        return int(m.group(1)) / 1024 if m else None

    def milestones(self, args, env, exit_at=None, timeout=120):
        env = dict(env, MAKEITSAFE_PROFILE='1')
        if exit_at:
            env['MAKEITSAFE_PROFILE_EXIT'] = exit_at
        run = self.xvfb(['/usr/bin/time', '-f', 'PEAK_RSS=%M', self.app] + args, env, timeout)
        marks = {}
        for line in run.stderr.splitlines():
            m = re.match(r'make-it-safe-profile: ([\d.]+) (\S+)(?: (.*))?$', line)
            if m and m.group(2) not in marks:
                marks[m.group(2)] = float(m.group(1))
        m = re.search(r'PEAK_RSS=(\d+)', run.stderr)
        return marks, (int(m.group(1)) / 1024 if m else None)

    # Rows -------------------------------------------------------------------

    def row(self, what, unit, a_fn, b_fn, peer, goal, ratio_goal=None, offset_goal=None, note=''):
        a, b = [], []
        for _ in range(self.runs):
            va = a_fn()
            if va is not None:
                a.append(va)
            if b_fn is not None:
                vb = b_fn()
                if vb is not None:
                    b.append(vb)
        ma = statistics.median(a) if a else None
        mb = statistics.median(b) if b else None
        verdict = '?'
        ratio = None
        if ma is not None and mb:
            ratio = ma / mb
            if ratio_goal is not None:
                verdict = 'meets' if ratio <= ratio_goal else 'misses'
            elif offset_goal is not None:
                verdict = 'meets' if ma <= mb + offset_goal else 'misses'
        if ma is not None and goal.startswith('<') and ratio_goal is None and offset_goal is None:
            limit = float(re.sub(r'[^\d.]', '', goal.replace(' ', '').split('ms')[0].split('MB')[0]))
            verdict = 'meets' if ma < limit else 'misses'
        self.rows.append((what, ma, mb, unit, peer, ratio, goal, verdict, note))
        self.print_row(self.rows[-1])

    @staticmethod
    def fmt(v, unit):
        if v is None:
            return 'n/a'
        return f'{v:.0f} {unit}' if v >= 100 else f'{v:.1f} {unit}'

    def print_row(self, row):
        what, ma, mb, unit, peer, ratio, goal, verdict, note = row
        ratio_text = f'{ratio:.2f}x' if ratio is not None else '-'
        print(f'| {what} | {self.fmt(ma, unit)} | {peer}: {self.fmt(mb, unit)} | {ratio_text} | {goal} | {verdict} |'
              + (f' {note}' if note else ''), flush=True)


def large_kit(tmp, n=20000):
    """A kit of @n resources made of the sample kit's media."""
    with open(os.path.join(KIT, 'index.json'), encoding='utf-8') as f:
        sample = json.load(f)
    kit = os.path.join(tmp, 'large-kit')
    if os.path.exists(os.path.join(kit, 'index.json')):
        return kit
    for sub in ('films', 'photo-novels', 'manuals'):
        shutil.copytree(os.path.join(KIT, sub), os.path.join(kit, sub), dirs_exist_ok=True)
    resources = []
    base = [r for r in sample['resources']]
    keep = ('kind', 'file', 'poster', 'duration', 'pages', 'themes', 'audiences')
    for i in range(n):
        r = base[i % len(base)]
        # What a card needs; summaries and page texts would pass index.json's 16 MB limit.
        slim = {'id': f"{r['id']}-{i}", 'title': {k: f'{v} {i}' for k, v in r['title'].items() if k in ('fr', 'en')}}
        slim.update({k: r[k] for k in keep if k in r})
        resources.append(slim)
    index = dict(sample, id='large-kit', resources=resources)
    index.pop('sessions', None)
    with open(os.path.join(kit, 'index.json'), 'w', encoding='utf-8') as f:
        json.dump(index, f, ensure_ascii=False)
    return kit


TURN_DRIVER = r'''#!/bin/sh
log=$1; shift
"$@" 2> "$log" &
pid=$!
for _ in $(seq 200); do grep -q " resource-shown " "$log" 2>/dev/null && break; sleep 0.1; done
sleep 1
for _ in 1 2 3 4 5 6 7 8 9; do xdotool mousemove 5 5 key Right; sleep 0.6; done
sleep 0.5
kill $pid 2>/dev/null; wait $pid 2>/dev/null
'''

SEARCH_DRIVER = r'''#!/bin/sh
log=$1; shift
"$@" 2> "$log" &
pid=$!
for _ in $(seq 300); do grep -q " library-shown " "$log" 2>/dev/null && break; sleep 0.1; done
sleep 2
xdotool mousemove 5 5 key ctrl+f; sleep 0.5
for k in l e a; do xdotool key $k; sleep 1; done
kill $pid 2>/dev/null; wait $pid 2>/dev/null
'''


def turns(bench, novel='novel-one-photo-too-many'):
    """Key-to-frame of nine page turns: the app's milestones."""
    driver = os.path.join(bench.tmp, 'turn.sh')
    with open(driver, 'w') as f:
        f.write(TURN_DRIVER)
    os.chmod(driver, 0o755)
    log = os.path.join(bench.tmp, 'turn.log')
    env = dict(bench.home(), MAKEITSAFE_PROFILE='1')
    bench.xvfb([driver, log, bench.app, '--private', '--fullscreen', '--open', novel, '--page', '1'], env)
    # Only the turns: the page asked for by --page, before resource-shown,
    # is the opening (decoded from the file), not a turn.
    out, requested, opened = [], None, False
    for line in open(log, errors='replace'):
        if ' resource-shown ' in line:
            opened = True
        m = re.match(r'make-it-safe-profile: ([\d.]+) (page-requested|page-shown) (\d+)', line)
        if not m or not opened:
            continue
        if m.group(2) == 'page-requested':
            requested = float(m.group(1))
        elif requested is not None:
            out.append(float(m.group(1)) - requested)
            requested = None
    return out


def floor_turns(bench):
    """Key-to-frame of floor-turn on the same display: its own report."""
    if bench.floor_turn is None:
        return None
    pages = sorted(p for d in os.listdir(os.path.join(KIT, 'photo-novels'))
                   for p in [os.path.join(KIT, 'photo-novels', d, f)
                             for f in os.listdir(os.path.join(KIT, 'photo-novels', d))] if p.endswith('.jpg'))[:10]
    driver = os.path.join(bench.tmp, 'floor.sh')
    with open(driver, 'w') as f:
        f.write('#!/bin/sh\n"$@" > "$FLOOR_LOG" 2>&1 &\nsleep 3\n'
                'for _ in 1 2 3 4 5 6 7 8 9 10; do xdotool mousemove 300 300 key Right; sleep 0.5; done\n'
                'sleep 1\nkill $! 2>/dev/null || true\n')
    os.chmod(driver, 0o755)
    log = os.path.join(bench.tmp, 'floor.log')
    bench.xvfb([driver, bench.floor_turn] + pages, dict(bench.floor_env(), FLOOR_LOG=log))
    m = re.search(r'floor turns: median ([\d.]+) ms p95 ([\d.]+)', open(log, errors='replace').read())
    return (float(m.group(1)), float(m.group(2))) if m else None


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--runs', type=int, default=5)
    ap.add_argument('--build', default=os.path.join(TOP, '_build'))
    ap.add_argument('--only')
    args = ap.parse_args()
    b = Bench(args.build, args.runs)
    want = lambda name: args.only is None or name in args.only.split(',')

    print(f'bench-all: {args.runs} runs each, interleaved, Xvfb {SIZE}, {time.strftime("%Y-%m-%d")}')
    print(f'floors: floor-start {"built" if b.floor_start else "missing"}, floor-turn '
          f'{"built" if b.floor_turn else "missing"}; peers: zathura {"yes" if b.zathura else "missing"}, '
          f'mpv {"yes" if b.mpv else "missing"}; visual-complete {"yes" if b.vc else "missing"}')
    print('| what | make-it-safe | floor or peer | ratio | goal | verdict |')
    print('|---|---|---|---|---|---|')

    start_floor = (lambda: b.visual([b.floor_start], b.floor_env())) if b.floor_start else None
    if want('start'):
        b.row('start to library visually complete', 'ms',
              lambda: b.visual([b.app, '--private'], b.home()), start_floor, 'floor-start', '<= 1.5x', 1.5)
    if want('manual'):
        b.row('--open manual-youth --page 1 to the page on screen', 'ms',
              lambda: b.visual([b.app, '--private', '--open', 'manual-youth', '--page', '1'], b.home()),
              (lambda: b.visual([b.zathura, MANUAL], b.home())) if b.zathura else None, 'zathura', '<= 1.3x', 1.3)
    if want('film'):
        b.row('--open film-passwords --time 0 to the first frame', 'ms',
              lambda: b.milestones(['--private', '--open', 'film-passwords', '--time', '0'], b.home(),
                                   'resource-shown')[0].get('resource-shown'),
              (lambda: b.visual([b.mpv, '--no-config', '--pause', '--no-audio', FILM], b.home(), first=True))
              if b.mpv else None, 'mpv (first picture)', '<= 1.2x', 1.2)
    if want('novel'):
        b.row('--open novel-one-photo-too-many --page 1 on screen', 'ms',
              lambda: b.visual([b.app, '--private', '--open', 'novel-one-photo-too-many', '--page', '1'], b.home()),
              start_floor, 'floor-start', '<= 1.5x', 1.5)
    if want('turn'):
        app_turns, floor_p50, floor_p95 = [], [], []
        for _ in range(b.runs):
            app_turns += turns(b)
            f = floor_turns(b)
            if f:
                floor_p50.append(f[0])
                floor_p95.append(f[1])
        p50 = statistics.median(app_turns) if app_turns else None
        # Nearest rank.
        p95 = sorted(app_turns)[max(0, -(-len(app_turns) * 95 // 100) - 1)] if app_turns else None
        for what, mine, floor in (('page turn, key to frame, median', p50, floor_p50),
                                  ('page turn, key to frame, p95', p95, floor_p95)):
            fl = statistics.median(floor) if floor else None
            ratio = mine / fl if mine is not None and fl else None
            row = (what, mine, fl, 'ms', 'floor-turn', ratio, '<= 1.2x',
                   '?' if ratio is None else ('meets' if ratio <= 1.2 else 'misses'), '')
            b.rows.append(row)
            b.print_row(row)
    if want('memory'):
        b.row('resident memory, library shown', 'MB', lambda: b.peak_rss([b.app, '--private'], 6, b.home()),
              (lambda: b.peak_rss([b.floor_start], 6, b.floor_env())) if b.floor_start else None, 'floor-start',
              '<= floor + 40 MB', offset_goal=40)
        b.row('resident memory, manual shown', 'MB',
              lambda: b.peak_rss([b.app, '--private', '--open', 'manual-youth', '--page', '1'], 6, b.home()),
              (lambda: b.peak_rss([b.zathura, MANUAL], 6, b.home())) if b.zathura else None, 'zathura',
              '<= 1.5x', 1.5)
        b.row('resident memory, film playing', 'MB',
              lambda: b.peak_rss([b.app, '--private', '--open', 'film-passwords', '--time', '0'], 8, b.home()),
              (lambda: b.peak_rss([b.mpv, '--no-config', FILM], 8, b.home())) if b.mpv else None, 'mpv',
              '<= 1.2x', 1.2)
    if want('cycles'):
        cycles = os.path.join(b.build, 'tests', 'bench', 'bench-cycles')
        run = b.xvfb([cycles, '100'], dict(os.environ, MIS_SAMPLE_KIT=KIT, GTK_A11Y='none'), timeout=1200)
        m = re.search(r'growth ([\d.-]+) MB', run.stdout)
        growth = float(m.group(1)) if m else None
        row = ('100 cycles of each viewer opened and closed: growth', growth, None, 'MB', '-', None, '< 5 MB',
               '?' if growth is None else ('meets' if growth < 5 else 'misses'), '')
        b.rows.append(row)
        b.print_row(row)
    if want('large'):
        kit = large_kit(b.tmp)
        check = lambda: float(re.search(r'ELAPSED=([\d.]+)', sh(['/usr/bin/time', '-f', 'ELAPSED=%e', b.app,
                                                                     '--check-kit', kit]).stderr).group(1)) * 1000
        b.row('20 000 resources: start to library shown', 'ms',
              lambda: b.milestones(['--private', '--kit', kit], b.home(), 'library-shown')[0].get('library-shown'),
              check, '--check-kit on it', '< 1500 ms')
        b.row('20 000 resources: resident memory, library shown', 'MB',
              lambda: b.milestones(['--private', '--kit', kit], b.home(), 'library-shown')[1],
              None, '-', '< 250 MB')
        driver = os.path.join(b.tmp, 'search.sh')
        with open(driver, 'w') as f:
            f.write(SEARCH_DRIVER)
        os.chmod(driver, 0o755)

        def keystroke():
            log = os.path.join(b.tmp, 'search.log')
            b.xvfb([driver, log, b.app, '--private', '--kit', kit], dict(b.home(), MAKEITSAFE_PROFILE='1'), 180)
            times, typed = [], None
            for line in open(log, errors='replace'):
                m = re.match(r'make-it-safe-profile: ([\d.]+) (search-typed|search-shown)', line)
                if m and m.group(2) == 'search-typed':
                    typed = float(m.group(1))
                elif m and typed is not None:
                    times.append(float(m.group(1)) - typed)
                    typed = None
            return statistics.median(times) if times else None
        b.row('20 000 resources: a keystroke to the grid refiltered', 'ms', keystroke, None, '-', '< 50 ms')

    shutil.rmtree(b.tmp, ignore_errors=True)


if __name__ == '__main__':
    main()
