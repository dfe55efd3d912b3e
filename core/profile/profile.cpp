#include "profile/profile.h"

#include <algorithm>

namespace moe {

double Speculative::tokensPerStep() const
{
    double tokens = 1;
    double accepted = 1;
    for (std::int64_t i = 0; i < draftTokens; ++i) {
        accepted *= acceptance;
        tokens += accepted;
    }
    return tokens;
}

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

const char* toString(RecomputeModule module)
{
    switch (module) {
    case RecomputeModule::CoreAttention:
        return "core_attn";
    case RecomputeModule::LayerNorm:
        return "layernorm";
    case RecomputeModule::MlaUpProjection:
        return "mla_up_proj";
    case RecomputeModule::DenseMlp:
        return "mlp";
    case RecomputeModule::MoeActivation:
        return "moe_act";
    case RecomputeModule::SharedExperts:
        return "shared_experts";
    case RecomputeModule::Moe:
        return "moe";
    }
    return "core_attn";
}

std::vector<RecomputeModule> Training::selectiveModules() const
{
    return recomputeModules.value_or(std::vector<RecomputeModule>{RecomputeModule::CoreAttention});
}

bool Training::recomputes(RecomputeModule module) const
{
    if (recompute != Recompute::Selective) {
        return false;
    }
    // Not through selectiveModules(): this runs per kernel on the slider's path, and a
    // copy of the list each time is not needed to look.
    if (!recomputeModules) {
        return module == RecomputeModule::CoreAttention;
    }
    return std::find(recomputeModules->begin(), recomputeModules->end(), module) != recomputeModules->end();
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
    case PlacementPolicy::Eplb:
        return "eplb";
    case PlacementPolicy::Manual:
        return "manual";
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

const char* toString(DataType type)
{
    switch (type) {
    case DataType::Fp4:
        return "fp4";
    case DataType::Fp8:
        return "fp8";
    case DataType::Bf16:
        return "bf16";
    case DataType::Fp16:
        return "fp16";
    case DataType::Tf32:
        return "tf32";
    case DataType::Fp32:
        return "fp32";
    }
    return "bf16";
}

const char* toString(PipelineSchedule schedule)
{
    switch (schedule) {
    case PipelineSchedule::OneFOneB:
        return "1f1b";
    case PipelineSchedule::Interleaved:
        return "interleaved";
    case PipelineSchedule::DualPipe:
        return "dualpipe";
    }
    return "1f1b";
}

const char* toString(ExpertOverlap overlap)
{
    switch (overlap) {
    case ExpertOverlap::None:
        return "none";
    case ExpertOverlap::OneFOneB:
        return "1f1b";
    case ExpertOverlap::DualPipe:
        return "dualpipe";
    case ExpertOverlap::TwoBatch:
        return "two_batch";
    }
    return "none";
}

const char* toString(AttentionKernel kernel)
{
    return kernel == AttentionKernel::Unfused ? "unfused" : "flash";
}

const char* toString(Fp8Recipe recipe)
{
    switch (recipe) {
    case Fp8Recipe::Delayed:
        return "delayed";
    case Fp8Recipe::Tensorwise:
        return "tensorwise";
    case Fp8Recipe::Blockwise:
        return "blockwise";
    case Fp8Recipe::Mxfp8:
        return "mxfp8";
    }
    return "delayed";
}

std::optional<DataType> dataTypeFromString(const std::string& text)
{
    for (std::size_t i = 0; i < kDataTypeCount; ++i) {
        const auto type = static_cast<DataType>(i);
        if (text == toString(type)) {
            return type;
        }
    }
    return std::nullopt;
}

std::optional<Fp8Recipe> fp8RecipeFromString(const std::string& text)
{
    for (const auto recipe : {Fp8Recipe::Delayed, Fp8Recipe::Tensorwise, Fp8Recipe::Blockwise, Fp8Recipe::Mxfp8}) {
        if (text == toString(recipe)) {
            return recipe;
        }
    }
    return std::nullopt;
}

double bytesOf(DataType type)
{
    switch (type) {
    case DataType::Fp4:
        return 0.5;
    case DataType::Fp8:
        return 1;
    case DataType::Bf16:
    case DataType::Fp16:
        return 2;
    case DataType::Tf32:
    case DataType::Fp32:
        return 4;
    }
    return 2;
}

double fp8ScaleBytes(Fp8Recipe recipe)
{
    return recipe == Fp8Recipe::Blockwise || recipe == Fp8Recipe::Mxfp8 ? 1.0 / 32 : 0.0;
}

DataType dataTypeForBytes(double bytes)
{
    return bytes <= 1 ? DataType::Fp8 : DataType::Bf16;
}

} // namespace moe
