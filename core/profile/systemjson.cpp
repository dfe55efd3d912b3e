#include "profile/systemjson.h"

namespace moe {

nlohmann::json linkToJson(const Link& link)
{
    return {{"bandwidth_gbps", link.bandwidthGBps}, {"latency_us", link.latencyUs}, {"efficiency", link.efficiency}};
}

nlohmann::json systemValuesToJson(const SystemValues& v)
{
    nlohmann::json peaks = nlohmann::json::object();
    for (std::size_t i = 0; i < kDataTypeCount; ++i) {
        if (v.gpu.peakByType[i] > 0) {
            peaks[toString(static_cast<DataType>(i))] = v.gpu.peakByType[i];
        }
    }
    const KernelEfficiency& k = v.kernels;
    return {{"gpus_per_node", v.gpusPerNode},
            {"scale_up_domain", v.scaleUpDomain},
            {"gpu",
             {{"name", v.gpu.name}, {"memory_gib", v.gpu.memoryGiB}, {"hbm_gbps", v.gpu.hbmGBps}, {"peak_tflops", peaks}}},
            {"intra_node", linkToJson(v.intraNode)},
            {"inter_node", linkToJson(v.interNode)},
            {"kernels",
             {{"sms", k.sms},
              {"tile", {k.tileM, k.tileN}},
              {"gemm", k.gemm},
              {"gemm_fp8", k.gemmFp8},
              {"gemm_half_k", k.gemmHalfK},
              {"gemm_fp8_block_half_k", k.gemmFp8BlockHalfK},
              {"attention_forward", k.attentionForward},
              {"attention_backward", k.attentionBackward},
              {"hbm", k.hbm},
              {"elementwise", k.elementwise},
              {"launch_us", k.launchUs},
              {"a2a_dispatch_gbps", k.a2aDispatchGBps},
              {"a2a_dispatch_fp8_gbps", k.a2aDispatchFp8GBps},
              {"a2a_combine_gbps", k.a2aCombineGBps}}}};
}

} // namespace moe
