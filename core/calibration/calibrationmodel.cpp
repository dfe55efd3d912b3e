// The calibration's parameters and its predictions of each kind of measurement.

#include <algorithm>
#include <cmath>

#include "calibration/calibration.h"
#include "model/evaluation.h"
#include "model/kerneltimer.h"
#include "profile/systems.h"

namespace moe {

namespace {

// The lowest fraction of a datasheet figure a fit may reach. Not a measured floor:
// it keeps the search on the log scale finite; a fit that ends there is reported.
constexpr double kLowestFraction = 0.05;

// Collective time in seconds for nccl-tests' size S, with the ring steps of
// doc/PERFORMANCE.md and the latency per step the model charges (core/model/collectives.h):
// all-reduce 2(n-1)/n S over 2(n-1) steps; all-gather and reduce-scatter (n-1)/n S
// over n-1 steps; all-to-all (n-1)/n S in one step of pairwise sends.
double collectiveSeconds(const CollectiveSample& c, const SystemValues& system)
{
    const Link& link = c.acrossNodes ? system.interNode : system.intraNode;
    const double bytesPerSecond = link.bandwidthGBps * 1e9 * link.efficiency;
    const double n = static_cast<double>(c.ranks);
    if (c.ranks <= 1 || bytesPerSecond <= 0) {
        return 0;
    }
    const double moved = busBandwidthFactor(c.kind, c.ranks) * c.bytes;
    const double steps = c.kind == CollectiveKind::AllReduce ? 2 * (n - 1)
        : c.kind == CollectiveKind::AllToAll                 ? 1
                                                             : n - 1;
    return moved / bytesPerSecond + steps * link.latencyUs * 1e-6;
}

double gemmSeconds(const GemmSample& g, const SystemValues& system)
{
    const detail::KernelTimer timer(system.gpu, system.kernels);
    const double bytes = bytesOf(g.type);
    return timer.gemm(detail::GemmShape{g.m, g.n, g.k, g.groups, 0, g.blockScaled}, g.type, bytes, bytes);
}

double runQuantity(const Measurement& m, const SystemValues& system)
{
    Profile profile = *m.profile;
    applySystem(profile, system);
    const Evaluation ev = evaluate(profile);
    if (!ev.valid) {
        return std::nan("");
    }
    switch (m.quantity) {
    case Quantity::StepTime:
    case Quantity::Ttft: return ev.time.total;
    case Quantity::ForwardBackward: return ev.time.total - ev.time.optimizer;
    case Quantity::TokensPerSPerGpu: return ev.rates.tokensPerSPerGpu;
    case Quantity::Tpot: return ev.rates.timePerOutputTokenS;
    default: return std::nan("");
    }
}

} // namespace

double parameterValue(const SystemValues& s, FitParameter parameter)
{
    switch (parameter) {
    case FitParameter::Gemm: return s.kernels.gemm;
    case FitParameter::Attention: return s.kernels.attentionForward;
    case FitParameter::Memory: return s.kernels.hbm;
    case FitParameter::IntraLink: return s.intraNode.efficiency;
    case FitParameter::InterLink: return s.interNode.efficiency;
    }
    return 0;
}

void setParameter(SystemValues& s, const SystemValues& base, FitParameter parameter, double value)
{
    const double scale = value / parameterValue(base, parameter);
    switch (parameter) {
    case FitParameter::Gemm:
        s.kernels.gemm = value;
        s.kernels.gemmFp8 = base.kernels.gemmFp8 * scale;  // 0 (as BF16) stays 0
        break;
    case FitParameter::Attention:
        s.kernels.attentionForward = value;
        s.kernels.attentionBackward = base.kernels.attentionBackward * scale;
        break;
    case FitParameter::Memory:
        s.kernels.hbm = value;
        s.kernels.elementwise = base.kernels.elementwise * scale;
        break;
    case FitParameter::IntraLink: s.intraNode.efficiency = value; break;
    case FitParameter::InterLink: s.interNode.efficiency = value; break;
    }
}

ParameterBounds parameterBounds(const SystemValues& base, FitParameter parameter)
{
    const double value = parameterValue(base, parameter);
    double tied = 0;
    switch (parameter) {
    case FitParameter::Gemm: tied = base.kernels.gemmFp8; break;
    case FitParameter::Attention: tied = base.kernels.attentionBackward; break;
    case FitParameter::Memory: tied = base.kernels.elementwise; break;
    default: break;
    }
    // A tied value above its parameter reaches 1 first.
    const double high = tied > value && value > 0 ? value / tied : 1.0;
    return ParameterBounds{kLowestFraction, high};
}

double predict(const Measurement& m, const SystemValues& system)
{
    switch (m.quantity) {
    case Quantity::CollectiveTime: return collectiveSeconds(m.collective, system);
    case Quantity::GemmTime: return gemmSeconds(m.gemm, system);
    default: return runQuantity(m, system);
    }
}

void applySystem(Profile& profile, const SystemValues& s)
{
    Cluster& c = profile.cluster;
    if (c.kernels) {
        c.kernels->gemm = s.kernels.gemm;
        c.kernels->gemmFp8 = s.kernels.gemmFp8;
        c.kernels->attentionForward = s.kernels.attentionForward;
        c.kernels->attentionBackward = s.kernels.attentionBackward;
        c.kernels->hbm = s.kernels.hbm;
        c.kernels->elementwise = s.kernels.elementwise;
    }
    c.intraNode.efficiency = s.intraNode.efficiency;
    c.interNode.efficiency = s.interNode.efficiency;
}

} // namespace moe
