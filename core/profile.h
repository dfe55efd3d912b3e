#pragma once

// The inputs of the cost model: what a profile file holds (see
// ../shared/spec/profile-format.md and docs/profile-format.md). Plain values; every
// default here is the documented default of the file format.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace moe {

enum class Mode { Training, Prefill, Decode };
enum class Recompute { None, Selective, Full };
enum class PlacementPolicy { Contiguous, RoundRobin, Balanced };
enum class RoutingKind { Uniform, Zipf, Measured };

struct Link {
    double bandwidthGBps = 0;  // per GPU, 10^9 bytes/s
    double latencyUs = 0;      // one message's start-up cost (alpha)
};

struct Efficiency {
    double compute = 0.5;  // fraction of peak FLOP/s reached by large GEMMs
    double hbm = 0.8;      // fraction of HBM bandwidth reached
    double network = 0.8;  // fraction of link bandwidth reached by collectives
};

struct Gpu {
    std::string name;
    double memoryGiB = 0;
    double peakTflops = 0;  // dense peak at the compute dtype
    double hbmGBps = 0;
};

struct Cluster {
    std::int64_t gpuCount = 0;
    std::int64_t gpusPerNode = 0;
    Gpu gpu;
    Link intraNode{0, 2};  // NVLink-class
    Link interNode{0, 5};  // NIC
    Efficiency efficiency;
    double reserveGiB = 0;
    double overlap = 0;  // fraction of communication hidden under compute
};

// Multi-head latent attention (DeepSeek-V2/V3).
struct Mla {
    std::int64_t qLoraRank = 0;  // 0: queries are projected directly from the hidden state
    std::int64_t kvLoraRank = 0;
    std::int64_t qkNopeHeadDim = 0;
    std::int64_t qkRopeHeadDim = 0;
    std::int64_t vHeadDim = 0;
};

struct Model {
    std::int64_t layers = 0;
    std::int64_t denseLayers = 0;  // the first `denseLayers` layers have no experts
    std::int64_t hidden = 0;
    std::int64_t heads = 0;
    std::int64_t kvHeads = 0;
    std::int64_t headDim = 0;  // hidden / heads unless given
    std::optional<Mla> mla;
    std::int64_t experts = 0;
    std::int64_t sharedExperts = 0;
    std::int64_t topK = 0;
    std::int64_t expertHidden = 0;
    std::int64_t denseHidden = 0;
    bool gatedFfn = false;
    std::int64_t vocab = 0;
    bool tiedEmbeddings = false;
    // GPT-2/3 style layers: biases on every linear and LayerNorm (weight and bias);
    // otherwise bias-free linears and RMSNorm (Llama, Mixtral, DeepSeek).
    bool biases = false;
    std::int64_t positionEmbeddings = 0;  // learned absolute position table rows
    double weightBytes = 2;
    double activationBytes = 2;
    double kvBytes = 2;

    std::int64_t moeLayers() const { return experts > 0 ? layers - denseLayers : 0; }
    bool isMoeLayer(std::int64_t layer) const { return experts > 0 && layer >= denseLayers; }
};

struct Routing {
    RoutingKind kind = RoutingKind::Uniform;
    double zipfS = 1.0;
    // One row for every MoE layer, or one row shared by all; each row has `experts` weights.
    std::vector<std::vector<double>> loads;
};

struct Training {
    Recompute recompute = Recompute::None;
    bool sequenceParallel = false;
    bool distributedOptimizer = false;
};

struct Workload {
    Mode mode = Mode::Prefill;
    std::int64_t batch = 0;   // sequences per step, all data-parallel replicas together
    std::int64_t seqLen = 0;  // tokens per sequence; for decode, the context already cached
    std::int64_t microBatches = 1;
    double capacityFactor = 1.0;
    Routing routing;
    Training training;
};

struct Strategy {
    std::int64_t tp = 1;
    std::int64_t pp = 1;
    std::int64_t dp = 1;
    std::int64_t ep = 1;
    std::int64_t etp = 1;
    PlacementPolicy placement = PlacementPolicy::Contiguous;
    std::int64_t redundantExperts = 0;

    std::int64_t gpusUsed() const { return tp * pp * dp; }
    // How many copies of each expert group exist inside one pipeline stage.
    std::int64_t edp() const { return tp * dp / (ep * etp); }
    bool operator==(const Strategy&) const = default;
};

struct Constraints {
    std::optional<std::int64_t> maxGpus;
    double maxMemoryFraction = 1.0;
    std::optional<double> maxLatencyMs;
    std::optional<double> minTokensPerS;
    std::optional<double> maxImbalance;
};

struct Profile {
    std::string name;
    std::string notes;
    Cluster cluster;
    Model model;
    Workload workload;
    Strategy strategy;
    Constraints constraints;
    std::optional<Strategy> baseline;
    // The document as read, so that keys this version does not know survive a save.
    nlohmann::json source = nlohmann::json::object();
};

const char* toString(Mode mode);
const char* toString(Recompute recompute);
const char* toString(PlacementPolicy placement);
std::optional<Mode> modeFromString(const std::string& text);

} // namespace moe
