#!/usr/bin/env python3
"""Prints the benchmark table (Markdown) from Benchmarks/results: inprocess-*.tsv and pty.json."""
import glob, json, os, re, statistics, sys

results = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "results")

inproc = {}
info = {}
for path in sorted(glob.glob(os.path.join(results, "inprocess-*.tsv"))):
    for line in open(path):
        parts = line.rstrip("\n").split("\t")
        if parts[0] == "RESULT":
            name, n, med, lo, hi, p99 = parts[1], int(parts[2]), *map(float, parts[3:7])
            inproc[name] = dict(n=n, median=med, min=lo, max=hi, p99=p99)
        elif parts[0] == "INFO":
            info[parts[1]] = parts[2]
pty = json.load(open(os.path.join(results, "pty.json")))


def stats(values):
    return statistics.median(values), min(values), max(values)


def fmt(x, digits=2):
    if x >= 100:
        return f"{x:.0f}"
    if x >= 10:
        return f"{x:.1f}"
    return f"{x:.{digits}f}"


def mmm(values, scale=1.0, digits=2):
    med, lo, hi = stats([v * scale for v in values])
    return f"{fmt(med, digits)} ({fmt(lo, digits)}–{fmt(hi, digits)})"


def verdict(ok):
    return "met" if ok else "**not met**"


rows = []
print("### Whole program, in a pseudo-terminal at 80x24 (median (min–max))\n")
print(f"{len(pty['first_screen_ms dialog'])} runs each of casework and `dialog --checklist` (50 items), interleaved in one run.\n")
print("| Figure | casework | dialog | ratio | target | |")
print("|---|---|---|---|---|---|")
d_first = stats(pty["first_screen_ms dialog"])[0]
for store in ("store-100", "store-1000", "store-10000"):
    values = pty[f"first_screen_ms casework {store}"]
    ratio = stats(values)[0] / d_first
    target = "≤ 1.5x dialog" if store == "store-10000" else ""
    ok = verdict(ratio <= 1.5) if store == "store-10000" else ""
    print(f"| First screen, ms, {store.split('-')[1]} cases | {mmm(values)} | {mmm(pty['first_screen_ms dialog'])} | {ratio:.2f}x | {target} | {ok} |")
if "version_ms casework" in pty:
    values = pty["version_ms casework"]
    print(f"| Start and exit at once (`--version`, no terminal): the floor, ms | {mmm(values)} | "
          f"{mmm(pty['version_ms dialog'])} | {stats(values)[0] / stats(pty['version_ms dialog'])[0]:.2f}x | | |")
values = pty["quit_ms casework store-10000"]
print(f"| Quit (q until exit), ms, 10000 cases | {mmm(values)} | {mmm(pty['quit_ms dialog'])} (Enter) | "
      f"{stats(values)[0] / stats(pty['quit_ms dialog'])[0]:.2f}x | ≤ 5 ms | {verdict(stats(values)[0] <= 5)} |")
for store in ("store-100", "store-10000"):
    values = pty[f"quit_ms casework {store} case open"]
    print(f"| Quit with the largest case open, ms, {store.split('-')[1]} cases | {mmm(values)} | | | ≤ 5 ms | {verdict(stats(values)[0] <= 5)} |")
values = pty["first_screen_bytes casework store-10000"]
print(f"| First screen, bytes | {mmm(values, digits=0)} | {mmm(pty['first_screen_bytes dialog'], digits=0)} | "
      f"{stats(values)[0] / stats(pty['first_screen_bytes dialog'])[0]:.2f}x | ≤ 6144 | {verdict(stats(values)[0] <= 6144)} |")
values = pty["down_bytes_in_page casework store-50"]
dvalues = pty["down_bytes_in_page dialog"]
print(f"| Bytes per Down within the page (first 10 presses) | {mmm(values, digits=0)} | {mmm(dvalues, digits=0)} | "
      f"{stats(values)[0] / stats(dvalues)[0]:.2f}x | ≤ 200 | {verdict(stats(values)[0] <= 200)} |")
values = pty["down_bytes casework store-50"]
dvalues = pty["down_bytes dialog"]
print(f"| Bytes per Down, all 49 presses (scrolling included) | {mmm(values, digits=0)} | {mmm(dvalues, digits=0)} | "
      f"{stats(values)[0] / stats(dvalues)[0]:.2f}x | | |")
print(f"| Bytes per Down, mean (scrolling included) | {statistics.mean(values):.0f} | {statistics.mean(dvalues):.0f} | "
      f"{statistics.mean(values) / statistics.mean(dvalues):.2f}x | | |")
dpeak = pty["peak_kb dialog"]
for label, key, target in (("Peak memory (VmHWM), MB, list of 100 cases", "peak_kb casework store-100", None),
                           ("Peak memory (VmHWM), MB, list of 10000 cases", "peak_kb casework store-10000", None),
                           ("Peak memory, MB, 200-item case open, 100-case store", "peak_kb casework store-100 case open", 15.0),
                           ("Peak memory, MB, 200-item case open, 10000-case store", "peak_kb casework store-10000 case open", 15.0)):
    values = pty[key]
    med = stats(values)[0] / 1024
    print(f"| {label} | {mmm(values, 1 / 1024, 1)} | {mmm(dpeak, 1 / 1024, 1)} | {med / (stats(dpeak)[0] / 1024):.2f}x | "
          f"{'≤ 15 MB' if target else ''} | {verdict(med <= target) if target else ''} |")

danon = pty["anon_kb dialog"]
for label, key in (("Private memory (RssAnon), MB, list of 100 cases", "anon_kb casework store-100"),
                   ("Private memory (RssAnon), MB, list of 10000 cases", "anon_kb casework store-10000"),
                   ("Private memory (RssAnon), MB, 200-item case open, 100-case store", "anon_kb casework store-100 case open"),
                   ("Private memory (RssAnon), MB, 200-item case open, 10000-case store", "anon_kb casework store-10000 case open")):
    values = pty.get(key)
    if values:
        print(f"| {label} | {mmm(values, 1 / 1024, 1)} | {mmm(danon, 1 / 1024, 1)} | "
              f"{stats(values)[0] / stats(danon)[0]:.2f}x | | |")
print("\n### In process (Benchmarks/Sources/casework-bench), ms: median (min–max), p99\n")
print("| Figure | 100 cases | 1,000 cases | 10,000 cases | target | |")
print("|---|---|---|---|---|---|")


def cell(name):
    r = inproc.get(name)
    if not r:
        return "–"
    return f"{fmt(r['median'] / 1000, 3)} ({fmt(r['min'] / 1000, 3)}–{fmt(r['max'] / 1000, 3)}), p99 {fmt(r['p99'] / 1000, 3)}"


def cpu_name(name):
    parts = name.split(" ", 1)
    return parts[0] + " " + parts[1] + " [cpu]"


def row(label, base, target=None, check=None):
    cells = [cell(f"{base} cases={n}") for n in (100, 1000, 10000)]
    r = inproc.get(f"{base} cases=10000")
    ok = verdict(check(r)) if (check and r) else ""
    print(f"| {label} | " + " | ".join(cells) + f" | {target or ''} | {ok} |")
    cpu = [cell(f"{base} cases={n} [cpu]") for n in (100, 1000, 10000)]
    rc = inproc.get(f"{base} cases=10000 [cpu]")
    okc = verdict(check(rc)) if (check and rc) else ""
    print(f"| &nbsp;&nbsp;CPU time of the same | " + " | ".join(cpu) + f" | {target or ''} | {okc} |")


row("List every case (fresh index)", "list.warm", "< 100 ms", lambda r: r["median"] < 100_000)
row("List every case (no index: rebuilt)", "list.cold")
row("List from the index alone (first screen)", "list.index-only")
row("Start: settings, templates, list from index, first view", "startup.first-view")
row("Key on the case list: update + view + diff", "key.list.down", "median < 1 ms, p99 < 3 ms",
    lambda r: r["median"] < 1000 and r["p99"] < 3000)
for items in (200, 100, 50):
    tag = f"items={items}"
    size = info.get(f"case.bytes {tag} cases=10000")
    suffix = f", {int(size) // 1024} KB file" if size else ""
    row(f"Open a {items}-item case (read + decode){suffix}", f"open.load {tag}",
        "< 5 ms" if items == 200 else None, (lambda r: r["median"] < 5000) if items == 200 else None)
    row(f"Open it in the workbench (hold + read)", f"open.effect {tag}")
    row(f"Save one change (lock, file unchanged since read, diff, encode, durable write)", f"save.full {tag}",
        "< 5 ms" if items == 200 else None, (lambda r: r["median"] < 5000) if items == 200 else None)
    row(f"Save after another session saved (lock, re-read and decode, diff, encode, write)", f"save.reread {tag}")
    row("  of which: diff for history", f"save.diff {tag}")
    row("  of which: encode", f"save.encode {tag}")
    row("  of which: durable write (2 fsyncs)", f"save.durable-write {tag}")
    row(f"Summary (largest profile), built + rendered", f"summary {tag}",
        "< 10 ms" if items == 200 else None, (lambda r: r["median"] < 10_000) if items == 200 else None)
    row("Key in the checklist (Down): update + view + diff", f"key.checklist.down {tag}",
        "median < 1 ms, p99 < 3 ms" if items == 200 else None,
        (lambda r: r["median"] < 1000 and r["p99"] < 3000) if items == 200 else None)
    row("Typing in a note: update + view + diff", f"key.checklist.type {tag}",
        "median < 1 ms, p99 < 3 ms" if items == 200 else None,
        (lambda r: r["median"] < 1000 and r["p99"] < 3000) if items == 200 else None)

print("\n### Growth: 10,000 cases against 1,000 (10 would be linear)\n")
print("Ratios of CPU-time medians (wall-clock medians on a shared machine move with the neighbours' load).\n")
print("| Figure | 1,000 → 10,000 | |")
print("|---|---|---|")
for base in ("list.warm", "list.cold", "list.index-only", "startup.first-view", "key.list.down"):
    a, b = inproc.get(f"{base} cases=1000 [cpu]"), inproc.get(f"{base} cases=10000 [cpu]")
    if a and b:
        ratio = b["median"] / a["median"]
        print(f"| {base} | {ratio:.1f}x | {verdict(ratio <= 12)} |")
a = pty.get("first_screen_ms casework store-1000")
b = pty.get("first_screen_ms casework store-10000")
if a and b:
    print(f"| first screen (whole program) | {stats(b)[0] / stats(a)[0]:.1f}x | {verdict(stats(b)[0] / stats(a)[0] <= 12)} |")
for base in ("open.load", "save.full", "summary", "key.checklist.down"):
    a, b = inproc.get(f"{base} items=100 cases=10000 [cpu]"), inproc.get(f"{base} items=200 cases=10000 [cpu]")
    if a and b:
        ratio = b["median"] / a["median"]
        print(f"| {base}, 100 → 200 items (2 would be linear) | {ratio:.1f}x | {verdict(ratio <= 2.4)} |")
