#include "model/decodealltoall.h"

namespace moe::detail {

bool usesLowLatencyAllToAll(const Context& ctx, std::int64_t peersInNode)
{
    return ctx.kernels.has_value() && ctx.profile.workload.mode == Mode::Decode && peersInNode < ctx.groupSize;
}

double lowLatencyAllToAllSeconds(const Context& ctx, LowLatencyKernel kernel, double bytes)
{
    return lowLatencySeconds(kernel, ctx.groupSize, bytes, ctx.profile.cluster.interNode.bandwidthGBps,
                             ctx.inter.latencyS);
}

void traceLowLatencyAllToAll(const Context& ctx, const StageShape& stage, double dispatchBytes, double combineBytes,
                             const AllToAllCost& cost, Trace& trace)
{
    constexpr const char* kSource = "DeepEP docs/legacy.md, 'Low-latency kernels with pure RDMA' (H800, CX7 400 Gb/s, "
                                    "128 tokens, hidden 7168, top-8)";
    const double layers = static_cast<double>(stage.moeLayers);
    auto row = [&](LowLatencyKernel kernel, double bytes) {
        return num(layers) + " x (" + num(ctx.inter.latencyS) + " s + " + num(bytes) + " B x ("
            + num(lowLatencyAnchorSeconds(kernel, ctx.groupSize)) + " s - alpha) / " + num(lowLatencyAnchorBytes(kernel))
            + " B x 50 / " + num(ctx.profile.cluster.interNode.bandwidthGBps) + "); EP " + num(static_cast<double>(ctx.groupSize));
    };
    trace.add("time_s.a2a_dispatch.per_micro_batch",
              "MoE layers x DeepEP low-latency dispatch: alpha + bytes / B; B = the published table's bytes over its "
              "latency at this EP size (log-interpolated) less alpha, scaled by the NIC over 50 GB/s; bytes = max(sent, "
              "received) with every top-k copy, FP8 with its scales",
              row(LowLatencyKernel::Dispatch, dispatchBytes), cost.dispatch.seconds, "s", kSource);
    trace.add("time_s.a2a_combine.per_micro_batch",
              "MoE layers x DeepEP low-latency combine: alpha + bytes / B, as dispatch, at the combine's data type",
              row(LowLatencyKernel::Combine, combineBytes), cost.combine.seconds, "s", kSource);
}

} // namespace moe::detail
