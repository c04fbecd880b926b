"""Speed of `tracker extract` as a user runs it: the installed command, whole process.

    python bench/bench_cli.py                      # everything, full sizes (takes a while)
    python bench/bench_cli.py --mb 2 --mixed-mb 2 --sizes 10k,100k,1m --timeout 120   # quick
    python bench/bench_cli.py --cases a,rerun --args "--workers 1"

Cases (inputs are built under --workdir, never committed):

- a:     real news texts (the git-ignored cache of shared/realnews, see --texts; data/raw
         when it is missing) repeated with unique ids to --mb MB, as JSONL shards of 1,000
         articles with the manifest's lang and published;
- rerun: case a again on its store, nothing changed (the re-run / first-run ratio);
- b:     a mixed stream of --mixed-mb MB where nine articles in ten are plain news
         without a trade figure (sport, weather, politics, culture; sentences generated
         here from templates, with scores, temperatures and vote shares), the tenth a real
         trade article;
- c:     single articles of --sizes (10k, 100k, 1m, 10m) built from the real texts joined
         as paragraphs, and each also as one line (`-line`), one .txt file per run.

Each run is `tracker extract INPUT --output OUT.csv --store FRESH.duckdb -q` plus --args,
timed as a subprocess: wall time, CPU time of the process tree (the command and every
process it waited for, from wait4), peak resident memory of the tree (sampled every 50 ms,
summed over processes), MB of article text (UTF-8) per CPU second ("per core") and per
wall second, articles/s, and the seconds per stage the command reports when
$TRACKER_TIMINGS names a file (ingest, extract, table, store, write; summed over workers,
so they can add up to more than the wall time). A run longer than --timeout is killed and
shown as "> T".
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
STAGES = ["ingest", "extract", "table", "store", "write"]
SIZES = {"10k": 10_000, "100k": 100_000, "1m": 1_000_000, "10m": 10_000_000}


# --------------------------------------------------------------------------- inputs

def _main_checkout() -> Path:
    """The main worktree (the cache lives there when this is a linked worktree)."""
    try:
        common = subprocess.run(["git", "rev-parse", "--git-common-dir"], cwd=ROOT, text=True,
                                capture_output=True, check=True).stdout.strip()
        return (ROOT / common).resolve().parent
    except (OSError, subprocess.CalledProcessError):
        return ROOT


def real_texts(cache: Path | None) -> list[dict[str, Any]]:
    """[{id, text, lang, published}] of the real news cache, else of data/raw."""
    candidates = [cache] if cache else [ROOT / ".cache" / "realnews",
                                         _main_checkout() / ".cache" / "realnews"]
    for folder in candidates:
        if folder and folder.is_dir() and any(folder.glob("*.txt")):
            meta: dict[str, dict[str, Any]] = {}
            for base in dict.fromkeys([ROOT, _main_checkout()]):
                manifests = [base.parent / "shared" / "realnews" / "docs.jsonl",
                             *sorted((base / "data" / "realnews").glob("**/*docs.jsonl"))]
                for manifest in manifests:
                    if manifest.exists():
                        for line in manifest.read_text(encoding="utf-8").splitlines():
                            if line.strip():
                                d = json.loads(line)
                                meta.setdefault(d["doc"], d)
            out = []
            for f in sorted(folder.glob("*.txt")):
                d = meta.get(f.stem, {})
                out.append({"id": f.stem, "text": f.read_text(encoding="utf-8"),
                            "lang": d.get("lang"), "published": d.get("published")})
            print(f"real texts: {len(out)} from {folder}", file=sys.stderr)
            return out
    sys.path.insert(0, str(ROOT))
    from tracker.ingest import iter_articles
    from tracker.models import Article

    out = [{"id": a.article_id, "text": a.text, "lang": a.lang,
            "published": a.published.isoformat() if a.published else None}
           for a in iter_articles([str(ROOT / "data" / "raw")]) if isinstance(a, Article)]
    print(f"real texts: {len(out)} from data/raw (no cache found)", file=sys.stderr)
    return out


def _mb(texts: list[str]) -> float:
    return sum(len(t.encode("utf-8")) for t in texts) / 1e6


def write_shards(folder: Path, records: list[dict[str, Any]], per_shard: int = 1000) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for k in range(0, len(records), per_shard):
        with (folder / f"shard-{k // per_shard:05d}.jsonl").open("w", encoding="utf-8") as fh:
            for r in records[k:k + per_shard]:
                fh.write(json.dumps({k2: v for k2, v in r.items() if v is not None},
                                    ensure_ascii=False) + "\n")


def repeated(texts: list[dict[str, Any]], mb: float, tag: str) -> list[dict[str, Any]]:
    """The texts again and again, each copy with its own id, to at least `mb` MB."""
    out: list[dict[str, Any]] = []
    size, k = 0, 0
    while size < mb * 1e6:
        t = texts[k % len(texts)]
        out.append({**t, "id": f"{tag}{k // len(texts):05d}-{t['id']}"})
        size += len(t["text"].encode("utf-8"))
        k += 1
    return out


# Plain news without a trade figure. Numbers are there on purpose (scores, degrees, vote
# shares, ages, attendance): the extractor must look at them and find no trade figure.
_EN = {
    "sport": [
        "{team} beat {team2} {n}-{m} on {day}, with {person} scoring twice in the second half.",
        "The coach said the squad had trained hard all week and deserved the win.",
        "{person}, {age}, has now scored {n2} goals in {m2} matches this season.",
        "A crowd of {big} watched the match at the {city} stadium.",
        "The club will face {team2} again in the cup semi-final next month.",
        "{person} finished the marathon in 2 hours {n2} minutes, a personal best.",
    ],
    "weather": [
        "Temperatures will reach {t} degrees in {city} on {day}, forecasters said.",
        "Heavy rain is expected in the north, with up to {n2} millimetres in places.",
        "The heatwave should ease by the weekend as a cooler air mass moves in.",
        "Residents were advised to drink water and avoid the midday sun.",
        "Snow closed several mountain roads and {n2} schools stayed shut.",
    ],
    "politics": [
        "{person} won {p}% of the vote in the first round of the mayoral election.",
        "The council voted {n2} to {m2} to approve the new housing plan for {city}.",
        "Turnout was {p}%, slightly lower than in the previous election.",
        "The opposition leader called the result a warning for the government.",
        "{person} is expected to announce a cabinet reshuffle on {day}.",
        "Parliament will debate the education bill after the summer recess.",
    ],
    "culture": [
        "The festival in {city} drew about {big} visitors over {n} days.",
        "{person}'s new novel tells the story of three sisters in a fishing village.",
        "The museum reopened on {day} after a renovation that lasted {n} years.",
        "Tickets for the concert sold out within {n2} minutes.",
        "The film won the audience award and will be released in the autumn.",
    ],
}
_FR = {
    "sport": [
        "{team} a battu {team2} {n}-{m} {day}, grâce à un doublé de {person} en seconde période.",
        "L'entraîneur a salué l'engagement de ses joueurs pendant toute la semaine.",
        "{person}, {age} ans, a déjà marqué {n2} buts en {m2} matchs cette saison.",
        "Quelque {big} spectateurs ont assisté à la rencontre au stade de {city}.",
        "Le club retrouvera {team2} en demi-finale de la coupe le mois prochain.",
    ],
    "weather": [
        "Les températures atteindront {t} degrés à {city} {day}, selon les prévisionnistes.",
        "De fortes pluies sont attendues dans le nord, jusqu'à {n2} millimètres par endroits.",
        "La canicule devrait s'atténuer d'ici le week-end avec l'arrivée d'un air plus frais.",
        "Les habitants sont invités à boire de l'eau et à éviter le soleil de midi.",
    ],
    "politics": [
        "{person} a obtenu {p} % des voix au premier tour de l'élection municipale.",
        "Le conseil a voté par {n2} voix contre {m2} le nouveau plan de logement de {city}.",
        "La participation s'est établie à {p} %, un peu moins qu'au scrutin précédent.",
        "Le chef de l'opposition a qualifié le résultat d'avertissement pour le gouvernement.",
        "Le Parlement examinera le projet de loi sur l'éducation après les vacances.",
    ],
    "culture": [
        "Le festival de {city} a attiré environ {big} visiteurs en {n} jours.",
        "Le nouveau roman de {person} raconte l'histoire de trois sœurs dans un village de pêcheurs.",
        "Le musée a rouvert {day} après {n} ans de travaux.",
        "Les billets du concert se sont vendus en {n2} minutes.",
    ],
}
_SLOTS = {
    "en": {"team": ["United", "City", "Rovers", "Athletic", "the Lions", "the Eagles"],
           "day": ["Monday", "Tuesday", "Saturday", "Sunday"],
           "city": ["Leeds", "Lyon", "Porto", "Glasgow", "Seville", "Turin"],
           "person": ["Maria Lopez", "John Smith", "Aiko Tanaka", "Peter Novak", "Sara Berg"]},
    "fr": {"team": ["Lens", "Rennes", "Nantes", "Brest", "Lorient", "Reims"],
           "day": ["lundi", "mardi", "samedi", "dimanche"],
           "city": ["Lyon", "Lille", "Nantes", "Toulouse", "Bordeaux", "Rouen"],
           "person": ["Marie Dubois", "Jean Martin", "Léa Bernard", "Paul Petit", "Inès Moreau"]},
}


def plain_article(rng: random.Random, lang: str) -> str:
    """A news-like article of 2-4 paragraphs on one non-trade topic."""
    topics = _EN if lang == "en" else _FR
    slots = _SLOTS[lang]
    pool = topics[rng.choice(sorted(topics))]
    paras = []
    for _ in range(rng.randint(2, 4)):
        sents = []
        for _ in range(rng.randint(2, 5)):
            sents.append(rng.choice(pool).format(
                team=rng.choice(slots["team"]), team2=rng.choice(slots["team"]),
                day=rng.choice(slots["day"]), city=rng.choice(slots["city"]),
                person=rng.choice(slots["person"]), n=rng.randint(0, 5), m=rng.randint(0, 5),
                n2=rng.randint(2, 60), m2=rng.randint(2, 60), age=rng.randint(18, 40),
                big=f"{rng.randint(2, 90)},{rng.randint(0, 999):03d}" if lang == "en"
                else f"{rng.randint(2, 90)} {rng.randint(0, 999):03d}",
                t=rng.randint(-5, 41), p=rng.randint(3, 70)))
        paras.append(" ".join(sents))
    return "\n\n".join(paras)


def mixed(texts: list[dict[str, Any]], mb: float, seed: int = 11) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    out: list[dict[str, Any]] = []
    size, k = 0, 0
    while size < mb * 1e6:
        if k % 10 == 9:
            t = texts[(k // 10) % len(texts)]
            rec = {**t, "id": f"mix{k:06d}-{t['id']}"}
        else:
            lang = rng.choice(["en", "fr"])
            rec = {"id": f"mix{k:06d}", "text": plain_article(rng, lang), "lang": lang,
                   "published": f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"}
        out.append(rec)
        size += len(rec["text"].encode("utf-8"))
        k += 1
    return out


def single(texts: list[dict[str, Any]], size: int, one_line: bool) -> str:
    """One article of about `size` bytes: the English texts as paragraphs (or one line)."""
    pool = [t["text"].strip() for t in texts if t.get("lang") == "en"] or [t["text"].strip() for t in texts]
    parts: list[str] = []
    n, k = 0, 0
    while n < size:
        t = pool[k % len(pool)]
        if one_line:
            t = " ".join(t.split())
        parts.append(t)
        n += len(t.encode("utf-8")) + 2
        k += 1
    return (" " if one_line else "\n\n").join(parts)


# --------------------------------------------------------------------------- running

def run(cmd: list[str], timeout: float, env: dict[str, str]) -> dict[str, Any]:
    """Run `cmd`; wall time, CPU time and peak RSS of its process tree, exit status.

    CPU time: the command's own from wait4 (exact), plus the last sample of every process
    under it (workers of a process pool are children of a fork server, which the command
    does not wait for, so wait4 alone misses them)."""
    import resource

    try:
        import psutil
    except ImportError:  # peak memory and CPU then come from wait4 (the command alone)
        psutil = None
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                            start_new_session=True)
    peak = 0
    timed_out = False
    others: dict[int, float] = {}  # pid -> CPU seconds, last seen (the processes under the command)
    top = psutil.Process(proc.pid) if psutil is not None else None
    while proc.poll() is None:
        if time.perf_counter() - t0 > timeout:
            os.killpg(proc.pid, signal.SIGKILL)
            timed_out = True
            break
        if top is not None:
            try:
                rss = top.memory_info().rss
                for ch in top.children(recursive=True):
                    try:
                        rss += ch.memory_info().rss
                        ct = ch.cpu_times()
                        others[ch.pid] = ct.user + ct.system
                    except psutil.Error:
                        pass
                peak = max(peak, rss)
            except psutil.Error:
                pass
        time.sleep(0.05)
    out, err = proc.communicate()
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    own = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    # A pool's workers are reaped by the fork server, which the command does not wait for:
    # their CPU is not in `own` (checked: with two workers, `own` was the command's share
    # alone), so the samples are added. Up to 50 ms a process can escape the last sample.
    cpu = own + sum(others.values()) if not timed_out else own
    return {"wall": wall, "rc": proc.returncode, "peak": peak or after.ru_maxrss * 1024,
            "timeout": timed_out, "stderr": err.decode("utf-8", "replace"), "cpu": cpu,
            "own": own, "others": sum(others.values())}


def measured(cmd: list[str], timeout: float, timings: Path) -> dict[str, Any]:
    env = dict(os.environ, TRACKER_TIMINGS=str(timings))
    timings.unlink(missing_ok=True)
    res = run(cmd, timeout, env)
    res["stages"] = json.loads(timings.read_text()) if timings.exists() else {}
    return res


def row(name: str, mb: float, n: int, res: dict[str, Any], timeout: float) -> dict[str, Any]:
    r = {"case": name, "mb": round(mb, 3), "articles": n, "wall": round(res["wall"], 2),
         "cpu": round(res["cpu"], 2), "peak_mb": round(res["peak"] / 1e6), "rc": res["rc"],
         "timeout": res["timeout"], "stages": res["stages"]}
    if res["timeout"]:
        r["mbps_core"] = r["mbps"] = r["art_s"] = None
    else:
        r["mbps_core"] = round(mb / res["cpu"], 3) if res["cpu"] else None
        r["mbps"] = round(mb / res["wall"], 3)
        r["art_s"] = round(n / res["wall"], 1)
    last = [ln for ln in res["stderr"].strip().splitlines() if ln.strip()]
    r["said"] = last[-1][:120] if last else ""
    return r


def table(rows: list[dict[str, Any]], timeout: float) -> str:
    head = ("| case | MB | articles | wall s | CPU s | MB/s per core | MB/s wall | articles/s "
            "| peak RSS MB | " + " | ".join(STAGES) + " |")
    lines = [head, "|" + "---|" * (9 + len(STAGES))]
    for r in rows:
        wall = f"> {timeout:g}" if r["timeout"] else f"{r['wall']:.1f}"
        st = [f"{r['stages'][s]:.1f}" if s in r["stages"] else "" for s in STAGES]
        lines.append(f"| {r['case']} | {r['mb']:g} | {r['articles']} | {wall} | {r['cpu']:.1f} | "
                     f"{r['mbps_core'] if r['mbps_core'] is not None else '-'} | "
                     f"{r['mbps'] if r['mbps'] is not None else '-'} | "
                     f"{r['art_s'] if r['art_s'] is not None else '-'} | {r['peak_mb']} | "
                     + " | ".join(st) + " |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    ap.add_argument("--mb", type=float, default=20.0, help="size of case a (MB of text)")
    ap.add_argument("--mixed-mb", type=float, default=None, help="size of case b (default: --mb)")
    ap.add_argument("--sizes", default="10k,100k,1m,10m", help="case c sizes (10k,100k,1m,10m)")
    ap.add_argument("--cases", default="a,rerun,b,c", help="which cases, comma-separated")
    ap.add_argument("--one-line", choices=["yes", "no", "both"], default="both",
                    help="case c: paragraphs, one line, or both")
    ap.add_argument("--args", default="", help="more arguments for `tracker extract`")
    ap.add_argument("--format", default="csv", choices=["csv", "parquet", "jsonl"],
                    help="output table format")
    ap.add_argument("--tracker", default=None,
                    help="the command (default: `tracker` beside this Python)")
    ap.add_argument("--texts", type=Path, default=None, help="folder of real .txt texts")
    ap.add_argument("--timeout", type=float, default=1800.0, help="seconds before a run is killed")
    ap.add_argument("--workdir", type=Path, default=None, help="where inputs and outputs go (kept)")
    ap.add_argument("--json", type=Path, default=None, help="also write the rows as JSON here")
    a = ap.parse_args()

    exe = a.tracker or str(Path(sys.executable).with_name("tracker"))
    if not Path(exe).exists():
        exe = shutil.which("tracker") or exe
    cases = [c.strip() for c in a.cases.split(",") if c.strip()]
    work = a.workdir or Path(tempfile.mkdtemp(prefix="bench_cli_"))
    work.mkdir(parents=True, exist_ok=True)
    texts = real_texts(a.texts)
    extra = shlex.split(a.args)
    rows: list[dict[str, Any]] = []
    timings = work / "timings.json"
    try:
        load = os.getloadavg()
    except OSError:
        load = (0.0, 0.0, 0.0)
    print(f"{exe} {' '.join(extra)}; {os.cpu_count()} cores; load before {load[0]:.2f}; "
          f"work in {work}", file=sys.stderr)

    def go(name: str, inp: Path, mb: float, n: int, store: Path, out: Path) -> None:
        cmd = [exe, "extract", str(inp), "--output", str(out), "--store", str(store), "-q", *extra]
        res = measured(cmd, a.timeout, timings)
        r = row(name, mb, n, res, a.timeout)
        rows.append(r)
        print(f"{name}: {r['wall']} s wall, {r['cpu']} s CPU, {r['mbps_core']} MB/s per core, "
              f"peak {r['peak_mb']} MB, rc {r['rc']}{' TIMEOUT' if r['timeout'] else ''}; "
              f"{r['said']}", file=sys.stderr)

    ext = "." + a.format
    if "a" in cases or "rerun" in cases:
        recs = repeated(texts, a.mb, "a")
        folder = work / "a"
        shutil.rmtree(folder, ignore_errors=True)
        write_shards(folder, recs)
        mb = _mb([r["text"] for r in recs])
        store = work / "a.duckdb"
        for f in (store, Path(str(store) + ".wal")):
            f.unlink(missing_ok=True)
        if "a" in cases:
            go(f"a: real news x{len(recs) // len(texts)}", folder, mb, len(recs), store, work / f"a{ext}")
        if "rerun" in cases:
            if not store.exists():
                go("a (first run)", folder, mb, len(recs), store, work / f"a{ext}")
            go("a: re-run, unchanged", folder, mb, len(recs), store, work / f"a{ext}")
    if "b" in cases:
        recs = mixed(texts, a.mixed_mb if a.mixed_mb is not None else a.mb)
        folder = work / "b"
        shutil.rmtree(folder, ignore_errors=True)
        write_shards(folder, recs)
        store = work / "b.duckdb"
        store.unlink(missing_ok=True)
        go("b: mixed, 9 in 10 without trade", folder, _mb([r["text"] for r in recs]), len(recs),
           store, work / f"b{ext}")
    if "c" in cases:
        variants = {"yes": [True], "no": [False], "both": [False, True]}[a.one_line]
        for size in [s.strip().lower() for s in a.sizes.split(",") if s.strip()]:
            for one_line in variants:
                text = single(texts, SIZES[size], one_line)
                name = f"c: {size}{'-line' if one_line else ''}"
                f = work / f"c-{size}{'-line' if one_line else ''}.txt"
                f.write_text(f"---\nid: c-{size}\nlang: en\npublished: 2024-05-01\n---\n{text}\n",
                             encoding="utf-8")
                store = work / f"c-{size}.duckdb"
                store.unlink(missing_ok=True)
                go(name, f, _mb([text]), 1, store, work / f"c{ext}")
    print(table(rows, a.timeout))
    if a.json:
        a.json.write_text(json.dumps(rows, indent=1))


if __name__ == "__main__":
    main()
