#include "profile.h"

namespace moe {

const char* toString(Mode mode)
{
    switch (mode) {
    case Mode::Training:
        return "training";
    case Mode::Prefill:
        return "prefill";
    case Mode::Decode:
        return "decode";
    }
    return "prefill";
}

const char* toString(Recompute recompute)
{
    switch (recompute) {
    case Recompute::None:
        return "none";
    case Recompute::Selective:
        return "selective";
    case Recompute::Full:
        return "full";
    }
    return "none";
}

const char* toString(PlacementPolicy placement)
{
    switch (placement) {
    case PlacementPolicy::Contiguous:
        return "contiguous";
    case PlacementPolicy::RoundRobin:
        return "round_robin";
    case PlacementPolicy::Balanced:
        return "balanced";
    }
    return "contiguous";
}

std::optional<Mode> modeFromString(const std::string& text)
{
    if (text == "training") {
        return Mode::Training;
    }
    if (text == "prefill") {
        return Mode::Prefill;
    }
    if (text == "decode") {
        return Mode::Decode;
    }
    return std::nullopt;
}

} // namespace moe
