// What the component table derives: totals by kind, explanation keys, kind names.

#include "model/components.h"

namespace moe {

namespace {

double sumOfKind(const TimeBreakdown& time, TimeKind kind)
{
    double sum = 0;
    for (const TimeComponent& c : kTimeComponents) {
        if (c.kind == kind) {
            sum += time.*c.field;
        }
    }
    return sum;
}

} // namespace

double MemoryBreakdown::total() const
{
    double sum = 0;
    for (const MemoryComponent& c : kMemoryComponents) {
        sum += this->*c.field;
    }
    return sum;
}

double TimeBreakdown::compute() const
{
    return sumOfKind(*this, TimeKind::Compute);
}

double TimeBreakdown::communication() const
{
    return sumOfKind(*this, TimeKind::Communication);
}

std::string explanationKey(const TimeComponent& component)
{
    return std::string("time_s.") + component.key;
}

std::string explanationKey(const MemoryComponent& component)
{
    return std::string("memory_bytes.") + component.key;
}

const char* toString(TimeKind kind)
{
    switch (kind) {
    case TimeKind::Compute: return "compute";
    case TimeKind::Communication: return "communication";
    case TimeKind::Pipeline: return "pipeline";
    case TimeKind::Optimizer: return "optimizer";
    case TimeKind::OverlapCredit: return "overlap credit";
    }
    return "?";
}

const char* toString(MemoryKind kind)
{
    switch (kind) {
    case MemoryKind::Weights: return "weights";
    case MemoryKind::Optimizer: return "optimizer";
    case MemoryKind::Activations: return "activations";
    case MemoryKind::Cache: return "cache";
    case MemoryKind::Buffers: return "buffers";
    }
    return "?";
}

} // namespace moe
