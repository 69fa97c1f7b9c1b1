#!/usr/bin/env python3
"""Independent reference implementation of the EvalNumerique IRT/CAT contract.

Plain Python 3 (standard library only: math). Written from the contract text,
NOT from the C# engine. Used to produce the golden files next to this folder.

Model (dichotomous 4PL):
    P(theta) = c + (d - c) / (1 + exp(-D a (theta - b)))
    I(theta) = D^2 a^2 (P - c)^2 (d - P)^2 / ((d - c)^2 P (1 - P))   (exact 4PL)
             = P'^2 / (P Q)  with  P' = D a (P - c)(d - P)/(d - c)

Estimators (request fields as in Golden/*.json):
    EAP  grid of `points` equally spaced on [min, max] inclusive, weights = normal
         density N(mean, sd) at the grid points; theta = posterior mean,
         se = posterior SD.
    MAP  posterior mode with the normal prior; se = 1/sqrt(I(theta) + 1/sd^2).
    MLE  maximiser of the likelihood on [bounds.min, bounds.max]; all-correct gives
         the upper bound, all-wrong the lower one; se = 1/sqrt(I(theta)).
    WLE  Warm (1989): root of  dlogL/dtheta + J(theta)/(2 I(theta)) = 0  on the
         bounds, J = sum P' P'' / (P Q)  (for 1PL/2PL J = I' so this is the
         maximiser of L*sqrt(I); for 3PL/4PL it is Warm's estimating equation,
         which differs slightly from argmax L*sqrt(I)). If the weighted score is
         positive on the whole interval the upper bound is returned, negative ->
         lower bound. se = 1/sqrt(I(theta)) (plain test information).

Root finding: global scan on a fine grid (step 0.005) to bracket the right root,
then bisection until the bracket is below 1e-13 (|theta error| < 1e-12).

Next item: MFI at the current estimate (the method of the request, EAP by
default; before any answer the estimate is the prior mean) among items neither
answered nor excluded; ties -> first listed (strict '>' while scanning in bank
order).

Simulation: fixed length L, MFI, EAP after each answer, start at the prior mean;
examinee j answers item k (bank index) correctly iff uniforms[j][k] < P_k(true_j).

CLI:
    python3 reference_irt.py estimate  < case.json   -> {"theta", "se"}
    python3 reference_irt.py next-item < case.json   -> {"item", "theta", "se", "information"}
    (case.json = one element of the "cases" array of estimates.json / next-items.json)
"""
import json
import math
import sys

DEFAULTS = {
    "method": "EAP",
    "prior": {"mean": 0.0, "sd": 1.0},
    "quadrature": {"points": 61, "min": -6.0, "max": 6.0},
    "bounds": {"min": -4.0, "max": 4.0},
}

SCAN_STEP = 0.005
BISECT_WIDTH = 1e-13


class Ambiguous(Exception):
    """Raised when a case has no single well-defined answer (several optima)."""


# ---------------------------------------------------------------- item model
def _parts(item, theta, D):
    """Return (P, Q, P', P'') computed without cancellation."""
    a, b, c, d = item["a"], item["b"], item["c"], item["d"]
    z = D * a * (theta - b)
    if z >= 0:
        e = math.exp(-z)
        s = 1.0 / (1.0 + e)          # sigma(z)
        t = e / (1.0 + e)            # 1 - sigma(z)
    else:
        e = math.exp(z)
        s = e / (1.0 + e)
        t = 1.0 / (1.0 + e)
    P = c + (d - c) * s
    Q = (1.0 - d) + (d - c) * t
    p1 = D * a * (d - c) * s * t
    p2 = D * D * a * a * (d - c) * s * t * (t - s)
    return P, Q, p1, p2


def prob(item, theta, D=1.0):
    return _parts(item, theta, D)[0]


def information(item, theta, D=1.0):
    P, Q, p1, _ = _parts(item, theta, D)
    return p1 * p1 / (P * Q)


def information_closed_form(item, theta, D=1.0):
    """The contract's formula literally (used as a cross-check)."""
    a, c, d = item["a"], item["c"], item["d"]
    P = prob(item, theta, D)
    return D * D * a * a * (P - c) ** 2 * (d - P) ** 2 / ((d - c) ** 2 * P * (1 - P))


def test_information(items, theta, D):
    return math.fsum(information(it, theta, D) for it in items)


def loglik(items, scores, theta, D):
    total = []
    for it, u in zip(items, scores):
        P, Q, _, _ = _parts(it, theta, D)
        total.append(math.log(P) if u == 1 else math.log(Q))
    return math.fsum(total)


def score_fn(items, scores, theta, D):
    """d logL / d theta = sum (u - P) P' / (P Q)."""
    out = []
    for it, u in zip(items, scores):
        P, Q, p1, _ = _parts(it, theta, D)
        out.append((p1 / P) if u == 1 else (-p1 / Q))
    return math.fsum(out)


def warm_J(items, theta, D):
    out = []
    for it in items:
        P, Q, p1, p2 = _parts(it, theta, D)
        out.append(p1 * p2 / (P * Q))
    return math.fsum(out)


def wle_fn(items, scores, theta, D):
    return score_fn(items, scores, theta, D) + warm_J(items, theta, D) / (2.0 * test_information(items, theta, D))


def normal_pdf(x, mean, sd):
    return math.exp(-0.5 * ((x - mean) / sd) ** 2) / (sd * math.sqrt(2.0 * math.pi))


# ---------------------------------------------------------------- helpers
def _bisect(f, lo, hi):
    flo = f(lo)
    fhi = f(hi)
    if flo == 0:
        return lo
    if fhi == 0:
        return hi
    if (flo > 0) == (fhi > 0):
        raise ValueError("root not bracketed")
    while hi - lo > BISECT_WIDTH:
        mid = 0.5 * (lo + hi)
        if mid <= lo or mid >= hi:
            break
        fm = f(mid)
        if fm == 0:
            return mid
        if (fm > 0) == (flo > 0):
            lo, flo = mid, fm
        else:
            hi, fhi = mid, fm
    return 0.5 * (lo + hi)


def _grid(lo, hi, step):
    n = int(round((hi - lo) / step))
    return [lo + (hi - lo) * k / n for k in range(n + 1)]


def _maxima_of_decreasing_roots(f, lo, hi):
    """Candidates where f (a derivative) goes from + to - on [lo, hi], plus the
    bounds when f points outward there. Returns list of (theta)."""
    xs = _grid(lo, hi, SCAN_STEP)
    fs = [f(x) for x in xs]
    cands = []
    if fs[0] < 0:
        cands.append(lo)
    for i in range(len(xs) - 1):
        if fs[i] > 0 and fs[i + 1] <= 0:
            if fs[i + 1] == 0:
                cands.append(xs[i + 1])
            else:
                cands.append(_bisect(f, xs[i], xs[i + 1]))
    if fs[-1] > 0:
        cands.append(hi)
    return cands


# ---------------------------------------------------------------- estimators
def _resolve(bank, request):
    D = bank.get("D", 1.0)
    by_id = {it["id"]: it for it in bank["items"]}
    items = [by_id[r["item"]] for r in request.get("responses", [])]
    scores = [int(r["score"]) for r in request.get("responses", [])]
    method = request.get("method", DEFAULTS["method"]).upper()
    prior = dict(DEFAULTS["prior"], **request.get("prior", {}))
    quad = dict(DEFAULTS["quadrature"], **request.get("quadrature", {}))
    bounds = dict(DEFAULTS["bounds"], **request.get("bounds", {}))
    return D, items, scores, method, prior, quad, bounds


def eap(items, scores, D, prior, quad):
    n = int(quad["points"])
    lo, hi = float(quad["min"]), float(quad["max"])
    xs = [lo + (hi - lo) * k / (n - 1) for k in range(n)]
    logpost = [math.log(normal_pdf(x, prior["mean"], prior["sd"])) + loglik(items, scores, x, D) for x in xs]
    m = max(logpost)
    w = [math.exp(v - m) for v in logpost]
    sw = math.fsum(w)
    mean = math.fsum(x * wi for x, wi in zip(xs, w)) / sw
    var = math.fsum((x - mean) ** 2 * wi for x, wi in zip(xs, w)) / sw
    return mean, math.sqrt(var)


def mle(items, scores, D, bounds):
    lo, hi = float(bounds["min"]), float(bounds["max"])
    if all(s == 1 for s in scores):
        th = hi
    elif all(s == 0 for s in scores):
        th = lo
    else:
        cands = _maxima_of_decreasing_roots(lambda t: score_fn(items, scores, t, D), lo, hi)
        vals = [(loglik(items, scores, t, D), t) for t in cands]
        vals.sort(reverse=True)
        if len(vals) > 1 and vals[0][0] - vals[1][0] < 1e-6:
            raise Ambiguous("MLE: several maxima with (almost) equal likelihood: %r" % vals)
        th = vals[0][1]
    return th, 1.0 / math.sqrt(test_information(items, th, D))


def map_est(items, scores, D, prior, bounds):
    mu, sd = prior["mean"], prior["sd"]

    def f(t):
        return score_fn(items, scores, t, D) - (t - mu) / (sd * sd)

    def obj(t):
        return loglik(items, scores, t, D) - 0.5 * ((t - mu) / sd) ** 2

    lo, hi = mu - 12 * sd - 10, mu + 12 * sd + 10
    cands = [t for t in _maxima_of_decreasing_roots(f, lo, hi) if lo < t < hi]
    vals = sorted(((obj(t), t) for t in cands), reverse=True)
    if not vals:
        raise Ambiguous("MAP: no interior mode")
    if len(vals) > 1 and vals[0][0] - vals[1][0] < 1e-6:
        raise Ambiguous("MAP: several modes: %r" % vals)
    th = vals[0][1]
    if not (bounds["min"] <= th <= bounds["max"]):
        raise Ambiguous("MAP mode %r outside bounds" % th)
    return th, 1.0 / math.sqrt(test_information(items, th, D) + 1.0 / (sd * sd))


def wle(items, scores, D, bounds):
    lo, hi = float(bounds["min"]), float(bounds["max"])
    cands = _maxima_of_decreasing_roots(lambda t: wle_fn(items, scores, t, D), lo, hi)
    if len(cands) != 1:
        raise Ambiguous("WLE: %d candidate roots %r" % (len(cands), cands))
    th = cands[0]
    return th, 1.0 / math.sqrt(test_information(items, th, D))


def wle_argmax_L_sqrtI(items, scores, D, bounds):
    """argmax of log L + 0.5 log I on the bounds (for documentation only)."""
    lo, hi = float(bounds["min"]), float(bounds["max"])

    def obj(t):
        return loglik(items, scores, t, D) + 0.5 * math.log(test_information(items, t, D))

    def f(t, h=1e-6):
        return (obj(t + h) - obj(t - h)) / (2 * h)

    xs = _grid(lo, hi, SCAN_STEP)
    best = max(xs, key=obj)
    if best in (lo, hi):
        return best
    return _bisect(f, best - SCAN_STEP, best + SCAN_STEP)


def estimate(bank, request):
    D, items, scores, method, prior, quad, bounds = _resolve(bank, request)
    if method == "EAP":
        if not items:
            _, se = eap(items, scores, D, prior, quad)
            return {"theta": float(prior["mean"]), "se": se}
        th, se = eap(items, scores, D, prior, quad)
    elif method == "MAP":
        if not items:
            return {"theta": float(prior["mean"]), "se": float(prior["sd"])}
        th, se = map_est(items, scores, D, prior, bounds)
    elif method == "MLE":
        th, se = mle(items, scores, D, bounds)
    elif method == "WLE":
        th, se = wle(items, scores, D, bounds)
    else:
        raise ValueError(method)
    return {"theta": th, "se": se}


def next_item(bank, request):
    """Returns dict(item, theta, se, information, runner_up_gap, tie)."""
    D = bank.get("D", 1.0)
    method = request.get("method", DEFAULTS["method"]).upper()
    prior = dict(DEFAULTS["prior"], **request.get("prior", {}))
    if request.get("responses"):
        est = estimate(bank, request)
    elif method in ("EAP", "MAP"):
        est = estimate(bank, request)
    else:
        est = {"theta": float(prior["mean"]), "se": None}
    th = est["theta"]
    answered = {r["item"] for r in request.get("responses", [])}
    excluded = set(request.get("exclude", []))
    best = None
    infos = []
    for it in bank["items"]:
        if it["id"] in answered or it["id"] in excluded:
            continue
        inf = information(it, th, D)
        infos.append((inf, it["id"]))
        if best is None or inf > best[0]:
            best = (inf, it["id"])
    if best is None:
        return {"item": None, "theta": th, "se": est["se"], "information": None}
    others = [v for v, i in infos if i != best[1]]
    tie = any(v == best[0] for v in others)
    strictly_lower = [v for v in others if v < best[0]]
    gap = (best[0] - max(strictly_lower)) / best[0] if strictly_lower else None
    return {"item": best[1], "theta": th, "se": est["se"], "information": best[0],
            "tie": tie, "runner_up_relative_gap": gap}


def simulate(bank, true_thetas, uniforms, length, prior=None, quad=None):
    """Fixed-length MFI CAT with EAP after each answer. Returns per-examinee dicts
    and the smallest relative information gap / |u - P| seen (fragility check)."""
    D = bank.get("D", 1.0)
    prior = dict(DEFAULTS["prior"], **(prior or {}))
    quad = dict(DEFAULTS["quadrature"], **(quad or {}))
    index = {it["id"]: k for k, it in enumerate(bank["items"])}
    results = []
    min_gap = float("inf")
    min_margin = float("inf")
    for j, true_theta in enumerate(true_thetas):
        responses = []
        th = float(prior["mean"])
        se = None
        for _ in range(length):
            req = {"responses": responses, "method": "EAP", "prior": prior, "quadrature": quad}
            nxt = next_item(bank, req)
            if nxt["tie"]:
                raise Ambiguous("exact tie in simulation")
            if nxt["runner_up_relative_gap"] is not None:
                min_gap = min(min_gap, nxt["runner_up_relative_gap"])
            item = bank["items"][index[nxt["item"]]]
            p = prob(item, true_theta, D)
            u = uniforms[j][index[nxt["item"]]]
            min_margin = min(min_margin, abs(u - p))
            responses = responses + [{"item": item["id"], "score": 1 if u < p else 0}]
            est = estimate(bank, {"responses": responses, "method": "EAP", "prior": prior, "quadrature": quad})
            th, se = est["theta"], est["se"]
        results.append({"examinee": j, "trueTheta": true_theta,
                        "items": [r["item"] for r in responses],
                        "scores": [r["score"] for r in responses],
                        "theta": th, "se": se})
    return results, min_gap, min_margin


def _main(argv):
    if len(argv) < 2 or argv[1] not in ("estimate", "next-item"):
        print(__doc__)
        return 2
    case = json.load(sys.stdin)
    if argv[1] == "estimate":
        out = estimate(case["bank"], case["request"])
    else:
        out = next_item(case["bank"], case["request"])
    json.dump(out, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv))
