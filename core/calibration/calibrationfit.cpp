// The fit: projected Levenberg-Marquardt on the logs of the parameters, minimising the
// weighted sum of squared log errors ln(predicted / measured) over every measurement,
// each kind of measurement weighing the same (kindWeights()). Bounds are
// kept by clamping each step and by holding a parameter at its bound while the
// gradient pushes it outwards. Deterministic: finite differences with fixed steps,
// no random starts.

#include <algorithm>
#include <array>
#include <cmath>

#include "calibration/calibration.h"

namespace moe {

namespace {

// A parameter counts as fitted when moving it by 5% moves some prediction by more
// than 0.05% (a sensitivity above 0.01). Below that, no row can tell its value.
constexpr double kProbeStep = 0.05;
constexpr double kMinSensitivity = 0.01;
// The log step of the finite-difference Jacobian.
constexpr double kJacobianStep = 1e-4;
// A prediction the model cannot make (an invalid evaluation) costs as a row 10x off.
constexpr double kFailedResidual = 2.302585;  // ln 10
constexpr int kMaxIterations = 200;
// The library's values are measurements too (docs/systems.md). Each parameter's log
// departure from its library value is one more residual, of this weight: moving a
// parameter by 10% costs as much as a 1% error on one row. It keeps a handful of
// similar rows from trading one parameter against another far from anything
// measured (on Selene's five layer rows alone, without it the GEMM ceiling runs to
// its bound of 1 and Table 5's error doubles; docs/calibration.md).
constexpr double kPriorWeight = 0.1;

struct Problem {
    const SystemValues& base;
    const std::vector<Measurement>& rows;
    std::vector<FitParameter> active;
    std::vector<double> low;   // log bounds
    std::vector<double> high;
    std::vector<double> origin;  // the library's values, as logs
};

SystemValues systemAt(const Problem& p, const std::vector<double>& u)
{
    SystemValues s = p.base;
    for (std::size_t j = 0; j < p.active.size(); ++j) {
        setParameter(s, p.base, p.active[j], std::exp(u[j]));
    }
    return s;
}

double residual(const Measurement& m, const SystemValues& s)
{
    const double predicted = predict(m, s);
    if (!std::isfinite(predicted) || predicted <= 0) {
        return kFailedResidual;
    }
    return std::log(predicted / m.measured);
}

// A row's weight: N / (K n_k) for N rows in all, K kinds among them, n_k of its kind.
double kindWeight(std::size_t rows, std::size_t kinds, std::size_t ofKind)
{
    return static_cast<double>(rows) / (static_cast<double>(kinds) * static_cast<double>(ofKind));
}

// How many of `rows` are of each kind, and how many kinds there are.
std::array<std::size_t, kMeasurementKindCount> countKinds(const std::vector<const Measurement*>& rows,
                                                          std::size_t& kinds)
{
    std::array<std::size_t, kMeasurementKindCount> counts{};
    for (const Measurement* m : rows) {
        ++counts[static_cast<std::size_t>(kindOf(m->quantity))];
    }
    kinds = static_cast<std::size_t>(std::count_if(counts.begin(), counts.end(), [](std::size_t n) { return n > 0; }));
    return counts;
}

// Each row's square root of its kind's weight among `rows` (kindWeights()).
std::vector<double> rowScales(const Problem& p, const std::vector<std::size_t>& rows)
{
    std::vector<const Measurement*> subset;
    subset.reserve(rows.size());
    for (std::size_t i : rows) {
        subset.push_back(&p.rows[i]);
    }
    std::size_t kinds = 0;
    const auto counts = countKinds(subset, kinds);
    std::vector<double> scales;
    scales.reserve(rows.size());
    for (const Measurement* m : subset) {
        const std::size_t ofKind = counts[static_cast<std::size_t>(kindOf(m->quantity))];
        scales.push_back(std::sqrt(kindWeight(rows.size(), kinds, ofKind)));
    }
    return scales;
}

std::vector<double> residuals(const Problem& p, const std::vector<double>& u, const std::vector<std::size_t>& rows)
{
    const SystemValues s = systemAt(p, u);
    const std::vector<double> scales = rowScales(p, rows);
    std::vector<double> r;
    r.reserve(rows.size());
    for (std::size_t k = 0; k < rows.size(); ++k) {
        r.push_back(scales[k] * residual(p.rows[rows[k]], s));
    }
    for (std::size_t j = 0; j < u.size(); ++j) {
        r.push_back(kPriorWeight * (u[j] - p.origin[j]));
    }
    return r;
}

double cost(const std::vector<double>& r)
{
    double sum = 0;
    for (double v : r) {
        sum += v * v;
    }
    return sum;
}

// Solves A x = b for a small dense system by Gaussian elimination with partial
// pivoting; a singular direction gets no step.
std::vector<double> solve(std::vector<std::vector<double>> a, std::vector<double> b)
{
    const std::size_t n = b.size();
    for (std::size_t col = 0; col < n; ++col) {
        std::size_t pivot = col;
        for (std::size_t row = col + 1; row < n; ++row) {
            if (std::fabs(a[row][col]) > std::fabs(a[pivot][col])) {
                pivot = row;
            }
        }
        std::swap(a[col], a[pivot]);
        std::swap(b[col], b[pivot]);
        if (std::fabs(a[col][col]) < 1e-300) {
            continue;
        }
        for (std::size_t row = col + 1; row < n; ++row) {
            const double f = a[row][col] / a[col][col];
            for (std::size_t k = col; k < n; ++k) {
                a[row][k] -= f * a[col][k];
            }
            b[row] -= f * b[col];
        }
    }
    std::vector<double> x(n, 0);
    for (std::size_t i = n; i-- > 0;) {
        if (std::fabs(a[i][i]) < 1e-300) {
            continue;
        }
        double sum = b[i];
        for (std::size_t k = i + 1; k < n; ++k) {
            sum -= a[i][k] * x[k];
        }
        x[i] = sum / a[i][i];
    }
    return x;
}

// Jacobian d r_i / d u_j by forward differences.
std::vector<std::vector<double>> jacobian(const Problem& p, const std::vector<double>& u,
                                          const std::vector<double>& r, const std::vector<std::size_t>& rows)
{
    std::vector<std::vector<double>> j(r.size(), std::vector<double>(u.size(), 0));
    for (std::size_t k = 0; k < u.size(); ++k) {
        std::vector<double> shifted = u;
        // Step inwards at the upper bound, so the probe stays inside the range.
        const double h = u[k] + kJacobianStep > p.high[k] ? -kJacobianStep : kJacobianStep;
        shifted[k] += h;
        const auto moved = residuals(p, shifted, rows);
        for (std::size_t i = 0; i < r.size(); ++i) {
            j[i][k] = (moved[i] - r[i]) / h;
        }
    }
    return j;
}

std::vector<double> fit(const Problem& p, std::vector<double> u, const std::vector<std::size_t>& rows)
{
    const std::size_t n = u.size();
    auto r = residuals(p, u, rows);
    double current = cost(r);
    double lambda = 1e-3;
    for (int iteration = 0; iteration < kMaxIterations; ++iteration) {
        const auto jac = jacobian(p, u, r, rows);
        std::vector<double> g(n, 0);
        std::vector<std::vector<double>> a(n, std::vector<double>(n, 0));
        for (std::size_t i = 0; i < r.size(); ++i) {
            for (std::size_t x = 0; x < n; ++x) {
                g[x] += jac[i][x] * r[i];
                for (std::size_t y = 0; y < n; ++y) {
                    a[x][y] += jac[i][x] * jac[i][y];
                }
            }
        }
        // Held: at a bound with the descent direction (-g) pointing outside.
        std::vector<bool> held(n, false);
        for (std::size_t x = 0; x < n; ++x) {
            held[x] = (u[x] <= p.low[x] + 1e-12 && g[x] > 0) || (u[x] >= p.high[x] - 1e-12 && g[x] < 0);
        }
        bool accepted = false;
        std::vector<double> next = u;
        std::vector<double> nextR;
        double nextCost = current;
        for (int attempt = 0; attempt < 12 && !accepted; ++attempt) {
            auto damped = a;
            std::vector<double> rhs(n, 0);
            for (std::size_t x = 0; x < n; ++x) {
                damped[x][x] += lambda * a[x][x] + 1e-12;
                rhs[x] = held[x] ? 0 : -g[x];
                if (held[x]) {
                    for (std::size_t y = 0; y < n; ++y) {
                        damped[x][y] = damped[y][x] = x == y ? 1 : 0;
                    }
                }
            }
            const auto step = solve(damped, rhs);
            for (std::size_t x = 0; x < n; ++x) {
                next[x] = std::clamp(u[x] + step[x], p.low[x], p.high[x]);
            }
            nextR = residuals(p, next, rows);
            nextCost = cost(nextR);
            if (nextCost < current) {
                accepted = true;
                lambda = std::max(lambda / 3, 1e-9);
            } else {
                lambda *= 4;
            }
        }
        if (!accepted) {
            break;  // no step lowers the cost: a minimum within the bounds
        }
        double moved = 0;
        for (std::size_t x = 0; x < n; ++x) {
            moved = std::max(moved, std::fabs(next[x] - u[x]));
        }
        const double gain = current - nextCost;
        u = next;
        r = nextR;
        current = nextCost;
        if (moved < 1e-9 || gain < 1e-14 * (1 + current)) {
            break;
        }
    }
    return u;
}

ErrorSummary summarise(const std::vector<double>& errors)
{
    ErrorSummary s;
    for (double e : errors) {
        s.mean += std::fabs(e) / static_cast<double>(errors.size());
        s.worst = std::max(s.worst, std::fabs(e));
    }
    return s;
}

// The parameters some row depends on.
std::vector<FitParameter> activeParameters(const SystemValues& base, const std::vector<Measurement>& rows)
{
    std::vector<double> before;
    for (const auto& m : rows) {
        before.push_back(residual(m, base));
    }
    std::vector<FitParameter> active;
    for (std::size_t j = 0; j < kFitParameterCount; ++j) {
        const auto parameter = static_cast<FitParameter>(j);
        const double value = parameterValue(base, parameter);
        if (value <= 0) {
            continue;  // a link the system does not have
        }
        SystemValues probe = base;
        const ParameterBounds bounds = parameterBounds(base, parameter);
        // Probe downwards: a parameter at its upper bound cannot move up.
        setParameter(probe, base, parameter, std::max(bounds.low, value * (1 - kProbeStep)));
        double sensitivity = 0;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            sensitivity = std::max(sensitivity, std::fabs(residual(rows[i], probe) - before[i]) / kProbeStep);
        }
        if (sensitivity > kMinSensitivity) {
            active.push_back(parameter);
        }
    }
    return active;
}

// Why these measurements cannot be fitted, or nothing.
std::optional<std::string> refusal(const SystemValues& base, const std::vector<Measurement>& measurements,
                                   bool someShownOnly)
{
    if (measurements.empty()) {
        return someShownOnly ? "no measurements to fit: nccl-tests rows under 16 MiB are not fitted "
                               "(docs/calibration.md); run the test up to larger sizes (-e 8G)"
                             : "no measurements to fit";
    }
    if (measurements.size() == 1) {
        return "one measurement: a fit needs at least two, and no fewer than the parameters it fits, so that its "
               "error says something";
    }
    for (const auto& m : measurements) {
        if (m.profile && m.profile->cluster.system != base.id) {
            return m.place.toString() + ": the profile runs on "
                + (m.profile->cluster.system.empty() ? std::string("no named system (cluster.system)")
                                                     : "system \"" + m.profile->cluster.system + "\"")
                + "; every run must name the system being calibrated, \"" + base.id + "\"";
        }
    }
    return std::nullopt;
}

std::optional<std::string> tooFewRows(const std::vector<FitParameter>& active, std::size_t rows)
{
    if (active.empty()) {
        return "no measurement depends on any fitted parameter (gemm, attention, memory, intra_node_link, "
               "inter_node_link)";
    }
    if (rows >= active.size()) {
        return std::nullopt;
    }
    std::string names;
    for (auto parameter : active) {
        names += (names.empty() ? "" : ", ") + std::string(toString(parameter));
    }
    return std::to_string(rows) + " measurements cannot fit " + std::to_string(active.size()) + " parameters ("
        + names + "); add measurements";
}

// 0, 1, ..., n - 1: every row.
std::vector<std::size_t> every(std::size_t n)
{
    std::vector<std::size_t> rows(n);
    for (std::size_t i = 0; i < n; ++i) {
        rows[i] = i;
    }
    return rows;
}

// Each fitted row's errors before and after, and by a fit without it.
void reportRows(const Problem& problem, const std::vector<double>& solution, CalibrationResult& result)
{
    const auto& rows = problem.rows;
    const std::size_t n = rows.size();
    std::vector<double> before;
    std::vector<double> after;
    std::vector<double> loo;
    const bool looPossible = n - 1 >= problem.active.size();
    for (std::size_t i = 0; i < n; ++i) {
        const Measurement& m = rows[i];
        RowResult row{m.label, m.quantity, m.measured, predict(m, problem.base), predict(m, result.calibrated),
                      std::nullopt, true};
        before.push_back(RowResult::error(row.before, m.measured));
        after.push_back(RowResult::error(row.after, m.measured));
        if (looPossible) {
            std::vector<std::size_t> others;
            for (std::size_t k = 0; k < n; ++k) {
                if (k != i) {
                    others.push_back(k);
                }
            }
            // From the full fit: the same minimum less one row is near it.
            const auto without = fit(problem, solution, others);
            row.leaveOneOut = predict(m, systemAt(problem, without));
            loo.push_back(RowResult::error(*row.leaveOneOut, m.measured));
        }
        result.rows.push_back(std::move(row));
    }
    result.before = summarise(before);
    result.after = summarise(after);
    if (looPossible) {
        result.leaveOneOut = summarise(loo);
        std::vector<double> weights;
        for (double scale : rowScales(problem, every(n))) {
            weights.push_back(scale * scale);
        }
        result.uncertaintyBand = uncertaintyBandFromErrors(loo, weights);
    } else {
        result.leaveOneOutWhy = Phrase{"Calibration",
                                       MOE_TRANSLATE_NOOP("Calibration", "without one row, %1 measurements are fewer than the %2 fitted parameters"),
                                       {arg::name(std::to_string(n - 1)), arg::name(std::to_string(problem.active.size()))}};
        result.leaveOneOutNote = "no leave-one-out error: " + result.leaveOneOutWhy->english();
    }
}

} // namespace

MeasurementKind kindOf(Quantity quantity)
{
    switch (quantity) {
    case Quantity::CollectiveTime: return MeasurementKind::Collective;
    case Quantity::GemmTime: return MeasurementKind::Gemm;
    default: return MeasurementKind::Run;
    }
}

const char* toString(MeasurementKind kind)
{
    switch (kind) {
    case MeasurementKind::Run: return "runs";
    case MeasurementKind::Collective: return "collectives";
    case MeasurementKind::Gemm: return "gemms";
    }
    return "?";
}

std::vector<KindWeight> kindWeights(const std::vector<Measurement>& measurements)
{
    std::vector<const Measurement*> rows;
    for (const Measurement& m : measurements) {
        rows.push_back(&m);
    }
    std::size_t kinds = 0;
    const auto counts = countKinds(rows, kinds);
    std::vector<KindWeight> weights;
    for (std::size_t k = 0; k < kMeasurementKindCount; ++k) {
        if (counts[k] > 0) {
            weights.push_back({static_cast<MeasurementKind>(k), counts[k], kindWeight(rows.size(), kinds, counts[k])});
        }
    }
    return weights;
}

double uncertaintyBandFromErrors(const std::vector<double>& errors, const std::vector<double>& weights)
{
    double squares = 0;
    double total = 0;
    for (std::size_t i = 0; i < errors.size(); ++i) {
        const double w = i < weights.size() ? weights[i] : 1.0;
        squares += w * std::log1p(errors[i]) * std::log1p(errors[i]);
        total += w;
    }
    return total > 0 ? std::expm1(std::sqrt(squares / total)) : 0.0;
}

CalibrationResult calibrate(const SystemValues& base, const std::vector<Measurement>& all)
{
    CalibrationResult result;
    result.calibrated = base;
    std::vector<Measurement> measurements;
    std::vector<const Measurement*> shownOnly;
    for (const auto& m : all) {
        if (m.fitted) {
            measurements.push_back(m);
        } else {
            shownOnly.push_back(&m);
        }
    }
    if ((result.refused = refusal(base, measurements, !shownOnly.empty()))) {
        return result;
    }
    Problem problem{base, measurements, activeParameters(base, measurements), {}, {}, {}};
    if ((result.refused = tooFewRows(problem.active, measurements.size()))) {
        return result;
    }
    std::vector<double> start;
    for (auto parameter : problem.active) {
        const ParameterBounds b = parameterBounds(base, parameter);
        problem.low.push_back(std::log(b.low));
        problem.high.push_back(std::log(b.high));
        start.push_back(std::clamp(std::log(parameterValue(base, parameter)), problem.low.back(), problem.high.back()));
        problem.origin.push_back(start.back());
    }
    result.weights = kindWeights(measurements);
    const auto solution = fit(problem, start, every(measurements.size()));
    result.calibrated = systemAt(problem, solution);
    for (std::size_t j = 0; j < kFitParameterCount; ++j) {
        const auto parameter = static_cast<FitParameter>(j);
        const bool fitted = std::find(problem.active.begin(), problem.active.end(), parameter) != problem.active.end();
        result.parameters.push_back({parameter, parameterValue(base, parameter),
                                     parameterValue(result.calibrated, parameter), parameterBounds(base, parameter),
                                     fitted});
    }
    reportRows(problem, solution, result);
    for (const Measurement* m : shownOnly) {
        result.rows.push_back(
            {m->label, m->quantity, m->measured, predict(*m, base), predict(*m, result.calibrated), std::nullopt, false});
    }
    return result;
}

} // namespace moe
