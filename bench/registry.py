"""Registry benchmark: import time and resolution latency on a synthetic registry.

    make bench-registry    (or: python bench/registry.py --segments 100000)

The synthetic registry has real-looking structure: cities, streets named with Polish-like
adjectives, each street split among officers by ranges and odd/even sides. Queries are typed
the way residents type: inflected, without diacritics, sometimes with a typo or a flat number.
"""

from __future__ import annotations

import argparse
import csv
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.db.engine import make_engine, make_session_factory, transaction
from bot.db.migrate import upgrade
from bot.registry.importer import AREA_COLUMNS, OFFICER_COLUMNS, import_registry
from bot.registry.service import RegistryService

SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ra",
    "to",
    "wi",
    "no",
    "po",
    "sze",
    "dy",
    "be",
    "gro",
    "stra",
    "lu",
    "ze",
    "ni",
    "ko",
    "wa",
    "pie",
    "tru",
    "sła",
    "ję",
    "dą",
    "ró",
]
SEGMENTS_PER_STREET = 5


def word(rng: random.Random, syllables: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(syllables))


def build_csvs(directory: Path, segments: int, seed: int = 7) -> list[tuple[str, str, int]]:
    """Writes officers.csv and areas.csv; returns (city, street stem, max number) per street."""
    rng = random.Random(seed)
    streets_needed = segments // SEGMENTS_PER_STREET
    cities = sorted({word(rng, 3).capitalize() + "ów" for _ in range(60)})
    names: set[str] = set()
    while len(names) < streets_needed:
        names.add(word(rng, rng.randint(3, 4)).capitalize() + "ska")
    officers = [f"OF-{i:05d}" for i in range(max(1, segments // 20))]
    streets: list[tuple[str, str, int]] = []
    with (directory / "officers.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(OFFICER_COLUMNS)
        for code in officers:
            w.writerow(
                [
                    code,
                    "asp.",
                    "Jan",
                    "Demo",
                    "Komisariat (DEMO)",
                    "+48 000 000 000",
                    "demo@example.org",
                    "pon.–pt. 8:00–16:00",
                ]
            )
    with (directory / "areas.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(AREA_COLUMNS)
        for i, name in enumerate(sorted(names)):
            city = cities[i % len(cities)]
            street = f"ul. {name}"
            specs = ["1-40", "41-80", "81-159 nieparzyste", "82-160 parzyste", "161-"]
            for spec in specs:
                w.writerow([rng.choice(officers), city, street, spec])
            streets.append((city, name, 300))
    return streets


def typed(rng: random.Random, city: str, stem: str, number: int) -> str:
    name = stem[:-1] + "iej" if rng.random() < 0.5 else stem  # 'na Xskiej' or 'Xska'
    if rng.random() < 0.5:
        name = name.replace("ł", "l").replace("ę", "e").replace("ą", "a").replace("ó", "o")
    if rng.random() < 0.2:
        i = rng.randrange(1, len(name) - 1)
        name = name[:i] + name[i + 1 :]  # one letter missing
    flat = rng.choice(["", "", "/4", " m. 12", "a"])
    place = rng.choice([f" w {city}", f", {city}", f" {city.lower()}"])
    return f"{rng.choice(['', 'mieszkam na ', 'ul. ', 'przy '])}{name} {number}{flat}{place}"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--segments", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=20_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        streets = build_csvs(root, args.segments)
        url = f"sqlite:///{root / 'bench.sqlite3'}"
        upgrade(url)
        sessions = make_session_factory(make_engine(url))

        started = time.perf_counter()
        with transaction(sessions) as session:
            report = import_registry(session, root / "officers.csv", root / "areas.csv")
        import_seconds = time.perf_counter() - started

        started = time.perf_counter()
        with transaction(sessions) as session:
            again = import_registry(session, root / "officers.csv", root / "areas.csv")
        reimport_seconds = time.perf_counter() - started

        registry = RegistryService(sessions)
        started = time.perf_counter()
        registry.index()
        index_seconds = time.perf_counter() - started

        rng = random.Random(11)
        queries = [
            typed(rng, *rng.choice(streets)[:2], rng.randint(1, 300)) for _ in range(args.queries)
        ]
        index = registry.index()
        from bot.registry.resolve import resolve

        latencies = []
        outcomes: dict[str, int] = {}
        for query in queries:
            t0 = time.perf_counter()
            result = resolve(index, query)
            latencies.append((time.perf_counter() - t0) * 1000)
            outcomes[result.kind] = outcomes.get(result.kind, 0) + 1
        latencies.sort()
        p50 = statistics.median(latencies)
        p95 = latencies[int(len(latencies) * 0.95)]
        # Through the service (index freshness check included), as the bot calls it.
        service_lat = []
        for query in queries[:2000]:
            t0 = time.perf_counter()
            registry.resolve(query)
            service_lat.append((time.perf_counter() - t0) * 1000)
        service_lat.sort()

    print(
        f"segments: {report.segments_added} on {len(streets)} streets, "
        f"{report.officers_added} officers"
    )
    print(
        f"import: {import_seconds:.1f} s (target < 30 s); re-import of the same files: "
        f"{reimport_seconds:.1f} s, changed={again.changed}"
    )
    print(f"index build: {index_seconds:.2f} s")
    print(
        f"resolve (index): p50 {p50:.3f} ms, p95 {p95:.3f} ms over {len(latencies)} queries "
        "(target p95 < 2 ms)"
    )
    print(
        f"resolve (service, with freshness check): p50 {statistics.median(service_lat):.3f} ms, "
        f"p95 {service_lat[int(len(service_lat) * 0.95)]:.3f} ms"
    )
    print(f"outcomes: {outcomes}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
