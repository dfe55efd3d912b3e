#include "profile/choosesystem.h"

#include "profile/systems.h"

namespace moe {

void chooseSystem(Profile& profile, const SystemSpec* system)
{
    // The writer keeps a key the file had as an override of the system (profilewrite.cpp):
    // forget the old cluster's figures, so the new system's apply.
    const nlohmann::json* source = profile.source.get();
    if (source != nullptr && source->is_object() && source->contains("cluster") && source->at("cluster").is_object()) {
        auto edited = std::make_shared<nlohmann::json>(*source);  // shared with other copies: never edit in place
        nlohmann::json& cluster = (*edited)["cluster"];
        for (const char* key : {"system", "gpus_per_node", "scale_up_domain", "gpu", "intra_node", "inter_node",
                                "efficiency"}) {
            cluster.erase(key);
        }
        profile.source = std::move(edited);
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
