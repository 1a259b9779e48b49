#!/usr/bin/env python3
"""How much ECB+ recall any grouping can reach with at most one claim per
source in a finding.

The ECB+ scorer (../shared/eval/ecbplus.py) counts, for every finding, every
pair of its claims from different sources as a pair of sentences; gold pairs
are all sentence pairs of two documents that mention one event. When a
finding holds at most one claim of each source, the pairs a report can get
right between documents A and B form a matching between A's and B's
sentences, where a sentence with k claims can be matched k times. The
largest such matching over the gold pairs, summed over document pairs, is
an upper bound on the pairs any report finds, whatever it aligns. This
script computes it for

  - one claim per sentence;
  - one claim per gold event mention in the sentence (every event, verbal
    or nominal, a claim of its own, each pairing only with claims of the
    same event; counted per event, so a sentence pair two events share may
    count twice, and the true bound is lower still);
  - with --predictions DIR (ecbplus.py --save DIR output), as many claims
    per sentence as that build extracted.

It reads the dataset and the scorer; it writes nothing.

usage: scripts/ecbplus-bound.py [--predictions DIR] [--eval DIR] DATASET_DIR
"""
import argparse
import collections
import glob
import json
import os
import sys


def max_matching(edges, cap_a, cap_b):
    """Largest b-matching of bipartite edges (a, b) with node capacities."""
    graph = collections.defaultdict(dict)

    def arc(u, v, c):
        graph[u][v] = c
        graph[v].setdefault(u, 0)

    for a, b in edges:
        arc("s", ("a", a), cap_a[a])
        arc(("a", a), ("b", b), 1)
        arc(("b", b), "t", cap_b[b])
    flow = 0
    while True:
        prev, queue = {"s": None}, collections.deque(["s"])
        while queue and "t" not in prev:
            u = queue.popleft()
            for v, c in graph[u].items():
                if c > 0 and v not in prev:
                    prev[v] = u
                    queue.append(v)
        if "t" not in prev:
            return flow
        v = "t"
        while prev[v] is not None:
            u = prev[v]
            graph[u][v] -= 1
            graph[v][u] += 1
            v = u
        flow += 1


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("dataset")
    ap.add_argument("--predictions")
    ap.add_argument("--eval", default=os.path.join(here, "..", "..", "shared", "eval"))
    args = ap.parse_args()
    sys.path.insert(0, args.eval)
    import ecbplus as E  # the scorer's own loader: the same sentences and gold

    selected = E.read_selected(os.path.join(args.dataset, "ECBplus_coreference_sentences.csv"))
    gold_total = 0
    found = collections.Counter()
    for tdir in sorted(glob.glob(os.path.join(args.dataset, "ECB+", "*"))):
        topic = os.path.basename(tdir)
        docs, gold_sents, gold = E.load_topic(tdir, topic, selected)
        events = collections.Counter()
        mentions = collections.defaultdict(lambda: collections.defaultdict(set))  # doc → event → sentences
        for path in glob.glob(os.path.join(tdir, "*.xml")):
            stem = os.path.basename(path)[:-4]
            _, instances = E.load_doc(path)
            for iid, sents in instances.items():
                for s in sents:
                    if (stem, s) in gold_sents:
                        events[(stem, s)] += 1
                        mentions[stem][iid].add(s)
        claims = collections.Counter()
        if args.predictions:
            with open(os.path.join(args.predictions, topic + ".json"), encoding="utf-8") as f:
                report = json.load(f)
            stats = collections.Counter()
            for c in report["claims"]:
                for s in E.sentences_of(docs[c["source"]], c["span"], stats):
                    claims[(c["source"], s)] += 1
        by_docs = collections.defaultdict(list)
        for a, b in gold:
            by_docs[(a[0], b[0])].append((a, b))
        one = collections.defaultdict(lambda: 1)
        for (da, db), edges in by_docs.items():
            found["sentence"] += max_matching(edges, one, one)
            # An event's claims pair only with claims of the same event:
            # at most min(|A's mentions|, |B's mentions|) pairs per event.
            per_event = sum(min(len(sa), len(mentions[db].get(e, ()))) for e, sa in mentions[da].items())
            found["event"] += min(per_event, max_matching(edges, events, events))
            if args.predictions:
                found["build"] += max_matching(edges, claims, claims)
        gold_total += len(gold)
    print(f"gold pairs: {gold_total}")
    for key, label in (("sentence", "one claim per sentence"),
                       ("event", "one claim per gold event mention (loose)"),
                       ("build", "this build's claims per sentence")):
        if key not in found:
            continue
        r = found[key] / gold_total
        print(f"{label}: recall <= {r:.3f}, so F1 <= {2 * r / (1 + r):.3f} at precision 1")


if __name__ == "__main__":
    main()
