#!/usr/bin/env bash
# Rewrites bench/results/README.md and the plots from bench/results/data/runs.jsonl (the latest figure of each
# scenario, name and connection count). gnuplot from Debian (gnuplot-nox) draws the PNGs.
set -euo pipefail
cd "$(dirname "$0")/results"
python3 - <<'PY'
import json, collections
rows = [json.loads(l) for l in open("data/runs.jsonl") if l.strip()]
latest = collections.OrderedDict()
for r in rows:
    latest[(r["scenario"], r["name"], r["conns"])] = r
def ms(v): return f"{v:.1f}" if v is not None else ""
def pct(v): return "" if v is None else f"{v * 100:.0f} %"
out = ["# Benchmark results (issue 15)", "",
       "Made by `bench/run.sh` (see its header); this page is rewritten by `bench/report.sh` from `data/runs.jsonl`,",
       "which keeps every run. Each row: the latest run of that scenario. Ratios are measured in the same run as the",
       "figure: `pgbench -S` with the same connection count, right after it, on the same PostgreSQL server.", ""]
targets = {"list": ("≥ 50 % of pgbench -S, p99 < 50 ms at 64", lambda r: r["ratio"] and r["ratio"] >= .5 and (r["conns"] != 64 or r["p99_ms"] < 50)),
           "home": ("≥ 40 % of pgbench -S", lambda r: r["ratio"] and r["ratio"] >= .4),
           "mixed": ("p95 < 100 ms, zero errors", lambda r: r["p95_ms"] < 100 and r["errors"] == 0),
           "held": ("p95 < 100 ms, zero errors", lambda r: r["p95_ms"] < 100 and r["errors"] == 0)}
out += ["| scenario | what | conns | req/s | p50 ms | p95 ms | p99 ms | errors | pgbench -S TPS | ratio | target | met | commit | date | machine |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---|---|---|"]
for (s, n, c), r in latest.items():
    if "rps" not in r: continue
    t = targets.get(s)
    out.append(f"| {s} | {n} | {c} | {r['rps']:.0f} | {ms(r['p50_ms'])} | {ms(r['p95_ms'])} | {ms(r['p99_ms'])} | {r['errors']} | "
               f"{r['pgbench_tps'] or ''} | {pct(r['ratio'])} | "
               f"{t[0] if t else ''} | {('yes' if t[1](r) else '**no**') if t else ''} | {r['commit']} | {r['date']} | {r['machine']} |")
cold = [r for (s, _, _), r in latest.items() if s == "cold" and "rps" not in r]
if cold:
    out += ["", "## Start and memory", "", "| what | value | target | commit | date | machine |", "|---|---:|---|---|---|---|"]
    for r in cold:
        if "seconds_to_health" in r:
            tgt, lim = ("< 12 s", 12) if "first" in r["name"] else ("< 8 s", 8)
            out.append(f"| {r['name']} | {r['seconds_to_health']:.1f} s | {tgt} {'(met)' if r['seconds_to_health'] < lim else '(**missed**)'} | {r['commit']} | {r['date']} | {r['machine']} |")
        else:
            out.append(f"| {r['name']} | {r['rss_mib']} MiB | < 400 MiB {'(met)' if r['rss_mib'] < 400 else '(**missed**)'} | {r['commit']} | {r['date']} | {r['machine']} |")
first = [r for (s, _, _), r in latest.items() if s == "cold" and "rps" in r]
for r in first:
    out.append(f"| {r['name']}: p99 | {r['p99_ms']:.1f} ms | < 200 ms {'(met)' if r['p99_ms'] < 200 else '(**missed**)'} | {r['commit']} | {r['date']} | {r['machine']} |")
out += ["", "Commands: every row's `command` field in `data/runs.jsonl`; plots: `list-latency.png` (percentiles against",
        "connections), `ratio.png` (share of `pgbench -S`).", "", "![list latency](list-latency.png)", "", "![ratio](ratio.png)", ""]
try:
    out += [open("README.notes.md").read()]
except FileNotFoundError:
    pass
open("README.md", "w").write("\n".join(out) + "\n")
with open("data/list.dat", "w") as f:
    for (s, n, c), r in sorted(latest.items(), key=lambda kv: kv[0][2]):
        if s == "list": f.write(f"{c} {r['p50_ms']} {r['p95_ms']} {r['p99_ms']}\n")
with open("data/ratio.dat", "w") as f:
    for (s, n, c), r in latest.items():
        if r.get("ratio") is not None: f.write(f"\"{n}\\nc={c}\" {r['ratio']*100:.1f}\n")
PY
gnuplot <<'GP'
set terminal pngcairo size 800,480 font "sans,10"
set output "list-latency.png"
set title "GET /api/v1/diaries?per_page=20 — latency against connections"
set xlabel "connections"; set ylabel "ms"; set logscale x 2; set key top left; set grid
plot "data/list.dat" using 1:2 with linespoints title "p50", "" using 1:3 with linespoints title "p95", "" using 1:4 with linespoints title "p99"
set output "ratio.png"
unset logscale x
set title "Share of pgbench -S TPS on the same PostgreSQL, same run"
set ylabel "% of pgbench -S"; set xlabel ""; set style fill solid 0.6; set boxwidth 0.6; set yrange [0:*]
set xtics rotate by -30 font ",8"
plot "data/ratio.dat" using 0:2:xtic(1) with boxes notitle, 50 with lines dt 2 title "list target 50 %", 40 with lines dt 3 title "home target 40 %"
GP
echo "bench: wrote bench/results/README.md and plots"
