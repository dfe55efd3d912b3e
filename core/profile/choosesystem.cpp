#include "profile/choosesystem.h"

#include "profile/systems.h"

namespace moe {

void chooseSystem(Profile& profile, const SystemSpec* system)
{
    // The writer keeps a key the file had as an override of the system (profilewrite.cpp):
    // forget the old cluster's figures, so the new system's apply.
    if (profile.source.is_object() && profile.source.contains("cluster") && profile.source["cluster"].is_object()) {
        nlohmann::json& cluster = profile.source["cluster"];
        for (const char* key : {"system", "gpus_per_node", "scale_up_domain", "gpu", "intra_node", "inter_node",
                                "efficiency"}) {
            cluster.erase(key);
        }
    }
    Cluster& c = profile.cluster;
    if (system == nullptr) {
        c.system.clear();
        c.kernels.reset();
        return;
    }
    Cluster next = clusterFromSystem(*system, c.gpuCount);
    next.reserveGiB = c.reserveGiB;
    next.overlap = c.overlap;
    c = std::move(next);
}

} // namespace moe
