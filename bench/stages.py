"""The bench as a list of stages, each naming the artifacts it needs and the artifacts it makes.

An artifact is a name such as `docs:10x` or `builds`; bench.py's Layout says where each lives (a
file, a folder, or a measurement in results.json). The same list serves twice: `check` walks it
without running anything, so that every subset of scales is known to run before a long run starts
(bench/run.sh --plan), and `execute` runs it, verifying on disk before each stage that what it
needs is there and after it that what it promised to make is.
"""
import itertools


class Stage:
    def __init__(self, name, needs, makes, run):
        self.name = name
        self.needs = tuple(needs)
        self.makes = tuple(makes)
        self.run = run

    def __repr__(self):
        return f'{self.name}: needs {", ".join(self.needs) or "nothing"}; makes {", ".join(self.makes) or "measurements"}'


def gaps(stages, given):
    """(stage, artifact) for every artifact a stage needs that neither `given` nor an earlier stage makes."""
    have = set(given)
    lacking = []
    for stage in stages:
        lacking += [(stage.name, need) for need in stage.needs if need not in have]
        have.update(stage.makes)
    return lacking


def subsets(items):
    """Every non-empty subset of items, in their order."""
    return [list(c) for n in range(1, len(items) + 1) for c in itertools.combinations(items, n)]


def execute(stages, exists, log):
    for stage in stages:
        lacking = [need for need in stage.needs if not exists(need)]
        if lacking:
            raise SystemExit(f'bench: stage "{stage.name}" lacks {", ".join(lacking)}')
        log(f'stage: {stage.name}')
        stage.run()
        unmade = [made for made in stage.makes if not exists(made)]
        if unmade:
            raise SystemExit(f'bench: stage "{stage.name}" did not make {", ".join(unmade)}')
