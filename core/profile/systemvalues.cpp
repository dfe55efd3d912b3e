// A system's owned values, and the names of the parameters a calibration fits.

#include "profile/systemvalues.h"
#include "profile/systems.h"

namespace moe {

SystemValues valuesOf(const SystemSpec& system)
{
    return SystemValues{std::string(system.id), system.gpusPerNode, system.scaleUpDomain, system.gpu,
                        system.intraNode,      system.interNode,   system.kernels};
}

const char* toString(FitParameter parameter)
{
    switch (parameter) {
    case FitParameter::Gemm: return "gemm";
    case FitParameter::Attention: return "attention";
    case FitParameter::Memory: return "memory";
    case FitParameter::IntraLink: return "intra_node_link";
    case FitParameter::InterLink: return "inter_node_link";
    }
    return "?";
}

} // namespace moe
