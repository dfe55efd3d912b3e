#include "systemslisting.h"

#include <cstdio>

#include "systems.h"

namespace moe::cli {

namespace {

nlohmann::json linkToJson(const Link& link)
{
    return {{"bandwidth_gbps", link.bandwidthGBps}, {"latency_us", link.latencyUs}, {"efficiency", link.efficiency}};
}

} // namespace

nlohmann::json systemsToJson()
{
    nlohmann::json list = nlohmann::json::array();
    for (const SystemSpec& s : builtinSystems()) {
        nlohmann::json peaks = nlohmann::json::object();
        for (std::size_t i = 0; i < kDataTypeCount; ++i) {
            if (s.gpu.peakByType[i] > 0) {
                peaks[toString(static_cast<DataType>(i))] = s.gpu.peakByType[i];
            }
        }
        const KernelEfficiency& k = s.kernels;
        nlohmann::json sources = nlohmann::json::array();
        for (const SystemSource& source : s.sources) {
            sources.push_back({{"figure", std::string(source.figure)}, {"source", std::string(source.source)}});
        }
        list.push_back({{"id", std::string(s.id)},
                        {"description", std::string(s.description)},
                        {"gpus_per_node", s.gpusPerNode},
                        {"scale_up_domain", s.scaleUpDomain},
                        {"gpu",
                         {{"name", s.gpu.name},
                          {"memory_gib", s.gpu.memoryGiB},
                          {"hbm_gbps", s.gpu.hbmGBps},
                          {"peak_tflops", peaks}}},
                        {"intra_node", linkToJson(s.intraNode)},
                        {"inter_node", linkToJson(s.interNode)},
                        {"kernels",
                         {{"sms", k.sms},
                          {"tile", {k.tileM, k.tileN}},
                          {"gemm", k.gemm},
                          {"gemm_fp8", k.gemmFp8},
                          {"gemm_half_k", k.gemmHalfK},
                          {"attention_forward", k.attentionForward},
                          {"attention_backward", k.attentionBackward},
                          {"hbm", k.hbm},
                          {"elementwise", k.elementwise},
                          {"launch_us", k.launchUs}}},
                        {"sources", sources}});
    }
    return list;
}

void printSystemsTable(std::ostream& out)
{
    char line[256];
    std::snprintf(line, sizeof line, "%-14s %-20s %8s %9s %9s %9s %14s %12s\n", "id", "GPU", "GiB", "BF16 TF/s",
                  "FP8 TF/s", "HBM GB/s", "NVLink GB/s", "NIC GB/s");
    out << line;
    for (const SystemSpec& s : builtinSystems()) {
        const double fp8 = s.gpu.peakByType[static_cast<std::size_t>(DataType::Fp8)];
        char fp8Text[32] = "-";
        if (fp8 > 0) {
            std::snprintf(fp8Text, sizeof fp8Text, "%g", fp8);
        }
        char nvlink[32];
        std::snprintf(nvlink, sizeof nvlink, "%g x %lld", s.intraNode.bandwidthGBps,
                      static_cast<long long>(s.scaleUpDomain));
        std::snprintf(line, sizeof line, "%-14s %-20s %8.1f %9g %9s %9g %14s %12g\n", std::string(s.id).c_str(),
                      s.gpu.name.c_str(), s.gpu.memoryGiB, s.gpu.peakFor(DataType::Bf16),
                      fp8Text, s.gpu.hbmGBps, nvlink,
                      s.interNode.bandwidthGBps);
        out << line;
    }
    out << "\nNVLink: GB/s each way per GPU x GPUs in the domain. Every figure's source: --format json, or "
           "docs/systems.md.\n";
}

} // namespace moe::cli
