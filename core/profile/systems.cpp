// The systems library. Every figure below is cited in the sources list beside it and
// in docs/systems.md; efficiencies are measured fractions (achieved over datasheet),
// never values tuned to a validation row. Links are per GPU and per direction.

#include "profile/systems.h"

#include <array>

#include "profile/usersystems.h"

namespace moe {

namespace {

constexpr std::size_t idx(DataType type)
{
    return static_cast<std::size_t>(type);
}

Gpu gpu(const char* name, double memoryGiB, double hbmGBps, double fp4, double fp8, double bf16, double tf32,
        double fp32)
{
    Gpu g;
    g.name = name;
    g.memoryGiB = memoryGiB;
    g.hbmGBps = hbmGBps;
    g.peakTflops = bf16;
    g.peakByType[idx(DataType::Fp4)] = fp4;
    g.peakByType[idx(DataType::Fp8)] = fp8;
    g.peakByType[idx(DataType::Bf16)] = bf16;
    g.peakByType[idx(DataType::Fp16)] = bf16;
    g.peakByType[idx(DataType::Tf32)] = tf32;
    g.peakByType[idx(DataType::Fp32)] = fp32;
    return g;
}

struct Measured {
    std::int64_t sms;
    double gemm;     // large BF16 GEMM over the BF16 peak
    double gemmFp8;  // large FP8 GEMM over the FP8 peak
    double attentionForward;
    double attentionBackward;
    double hbm;  // STREAM-style copy over the HBM datasheet figure
};

KernelEfficiency kernels(const Measured& m)
{
    KernelEfficiency k;
    k.sms = m.sms;
    k.gemm = m.gemm;
    k.gemmFp8 = m.gemmFp8;
    k.attentionForward = m.attentionForward;
    k.attentionBackward = m.attentionBackward;
    k.hbm = m.hbm;
    // Megatron's fused element-wise kernels (norms, bias-dropout-add, activations,
    // softmax) stream their operands at about a copy's rate.
    k.elementwise = m.hbm;
    return k;
}

// Shared citations; docs/systems.md expands each.
constexpr const char* kMamf = "S. Bekman, ml-engineering, compute/accelerator/README.md: maximum achievable matmul "
                              "FLOPS (MAMF), best torch.matmul over a shape sweep";
constexpr const char* kLaunch = "about 4 us per kernel on a busy stream (assumption, docs/systems.md)";
constexpr const char* kFlash2 = "FlashAttention-2 (Dao 2023, arXiv 2307.08691): 50-73% of peak on A100; causal head "
                                "dim 128 taken as 0.60 forward, 0.50 backward";
constexpr const char* kFlash3 = "FlashAttention-3 (Shah et al. 2024, arXiv 2407.08608): up to 75% of the BF16 peak "
                                "forward on H100; causal head dim 128 taken as 0.60 forward, 0.48 backward";
// NVIDIA's HybridEP figures (deepseek-ai/DeepEP, branch hybrid-ep at 94a9f8f,
// docs/README_Hybrid-EP.md, 'Performance Results': 4,096 tokens, hidden 7,168, top-8,
// uniform routing, algorithm bandwidth through the Torch API: the dispatch kernel, the
// copy out of its buffer and a device synchronisation, but not the metadata
// preprocessing, since the benchmark passes the handle of an earlier dispatch;
// tests/test_hybrid_ep.py at 7febc6e, the commit that published the table).
constexpr const char* kHybridEp = "deepseek-ai/DeepEP branch hybrid-ep (94a9f8f), docs/README_Hybrid-EP.md, "
                                  "Performance Results";

// Hopper's FP8 GEMMs with fine-grained scales (DeepSeek-V3's 1 x 128 activation and
// 128 x 128 weight blocks) promote the tensor cores' partial sums to FP32 every 128
// values of K (DeepSeek-V3 report, section 3.3.2): the main loop reaches half speed at
// K = 384, the least-squares fit, with the FP8 ceiling held at its MAMF figure, to
// DeepGEMM's 12 compute-bound published timings on H800 (M from 1,024; docs/systems.md).
constexpr double kHopperBlockFp8HalfK = 384;
constexpr const char* kDeepGemm = "deepseek-ai/DeepGEMM README.md at 55ab91f, 'Performance' (H800); fit in "
                                  "docs/validation.md, 'GEMMs against DeepGEMM'";

constexpr SystemSource kHopperBlockFp8Source = {
    "blockwise FP8 GEMMs: main loop K / (K + 384), fit to DeepGEMM's compute-bound H800 timings", kDeepGemm};

// Every Hopper system: the same SM90 tensor cores promote the same way.
KernelEfficiency withHopperBlockScaledFp8(KernelEfficiency k)
{
    k.gemmFp8BlockHalfK = kHopperBlockFp8HalfK;
    return k;
}

// The expert all-to-all inside the scale-up domain, where a published EP benchmark
// gives it (see kHybridEp).
KernelEfficiency withAllToAll(KernelEfficiency k, double dispatchBf16, double dispatchFp8, double combine)
{
    k.a2aDispatchGBps = dispatchBf16;
    k.a2aDispatchFp8GBps = dispatchFp8;
    k.a2aCombineGBps = combine;
    return k;
}

constexpr SystemSource kA100Sources[] = {
    {"80 GiB HBM2e at 2,039 GB/s; BF16/FP16 312, TF32 156, FP32 19.5 TFLOP/s dense; 108 SMs",
     "NVIDIA A100 datasheet (80GB SXM) and A100 whitepaper"},
    {"NVLink 3: 600 GB/s both directions, 300 each way; 8 x 200 Gb/s HDR per node (25 GB/s per GPU)",
     "NVIDIA DGX A100 datasheet; Narayanan et al. 2021, section 5 (Selene)"},
    {"GEMM 0.83 of 312: cuBLASLt FP16 16384^3 at 256.5 TFLOP/s (fit of the ceiling to the largest size)",
     "Azure/AI-benchmarking-guide, Azure_Results/ND_A100_v4_results.md"},
    {"HBM 0.82: STREAM copy 1.61 to dot 1.75 TB/s of 2.039", "Azure/AI-benchmarking-guide, ND_A100_v4_results.md"},
    {"NVLink all-reduce: 0.757 of 300 GB/s and 10 us per ring step, least-squares fit to the measured bus "
     "bandwidth at 16 MB to 8 GB (109 to 231.6 GB/s)",
     "Azure/AI-benchmarking-guide, ND_A100_v4_results.md (NCCL all-reduce)"},
    {"InfiniBand 0.96: about 24 GB/s per 200 Gb/s NIC", "NVIDIA/nccl-tests issue 119 (NVIDIA's reply)"},
    {"attention 0.60 forward, 0.50 backward", kFlash2},
    {"launch overhead", kLaunch},
};

constexpr SystemSource kH100Sources[] = {
    {"80 GiB HBM3 at 3,350 GB/s; FP8 1,979, BF16 989, TF32 495, FP32 67 TFLOP/s dense; 132 SMs",
     "NVIDIA H100 datasheet (SXM5)"},
    {"NVLink 4: 900 GB/s both directions, 450 each way; 8 x 400 Gb/s ConnectX-7 per node",
     "NVIDIA DGX H100 datasheet; DGX BasePOD reference architecture"},
    {"GEMM: BF16 794.5 of 989 (0.803), FP8 1,402.6 of 1,979 (0.709)", kMamf},
    {"HBM 0.89: STREAM copy 2.90 to dot 3.18 TB/s", "Azure/AI-benchmarking-guide, ND_H100_v5_results.md"},
    {"NVLink 0.82: ring all-reduce 365-370 GB/s bus bandwidth", "NVIDIA/nccl issue 1455; nccl-tests issue 212"},
    {"InfiniBand 0.97: 48-49 GB/s per NDR NIC", "NVIDIA/nccl-tests issue 267 (NVIDIA's reply)"},
    {"attention 0.60 forward, 0.48 backward", kFlash3},
    kHopperBlockFp8Source,
    {"launch overhead", kLaunch},
};

constexpr SystemSource kH800Sources[] = {
    {"compute and memory as H100 SXM5: 80 GiB, 3,350 GB/s, FP8 1,979, BF16 989 TFLOP/s dense, 132 SMs",
     "H800 specifications (export variant of H100 SXM5; no NVIDIA datasheet)"},
    {"NVLink 400 GB/s both directions, 200 each way; 160 GB/s achieved (0.80)",
     "DeepSeek-V3 technical report, arXiv 2412.19437, section 3.2.2; deepseek-ai/DeepSeek-V3 issue 28"},
    {"8 x 400 Gb/s InfiniBand per node; 0.90: DeepEP measures 43-58 GB/s RDMA",
     "DeepSeek-V3 report 3.2.2; deepseek-ai/DeepEP docs (normal kernels, H800)"},
    {"GEMM, HBM and attention as H100 SXM", kMamf},
    kHopperBlockFp8Source,
    {"launch overhead", kLaunch},
};

constexpr SystemSource kH20Sources[] = {
    {"96 GB HBM3 at 4,000 GB/s; FP8 296, BF16 148 TFLOP/s dense; 78 SMs",
     "third-party specification pages (NVIDIA publishes no H20 datasheet)"},
    {"NVLink 900 GB/s both directions, 450 each way; 8 x 400 Gb/s per node", "deepseek-ai/DeepEP issue 16; "
                                                                             "NVIDIA/nccl issue 1244"},
    {"efficiencies assumed as H100 SXM (not measured)", kMamf},
    kHopperBlockFp8Source,
    {"launch overhead", kLaunch},
};

constexpr SystemSource kH200Sources[] = {
    {"141 GB HBM3e at 4,800 GB/s; compute as H100 SXM5; 132 SMs", "NVIDIA H200 datasheet"},
    {"NVLink 900 GB/s both directions; 8 x 400 Gb/s ConnectX-7 per node", "NVIDIA DGX H200 datasheet; DGX BasePOD"},
    {"GEMM: BF16 as H100 (0.803), FP8 1,453.4 of 1,979 (0.734)", kMamf},
    {"HBM 0.875: STREAM copy 4.01 to dot 4.48 TB/s", "Azure/AI-benchmarking-guide, ND_H200_v5_results.md"},
    {"NVLink 0.82: ring all-reduce 367.6 GB/s", "ml-engineering network/README.md (nccl-tests, H200)"},
    {"attention as H100", kFlash3},
    kHopperBlockFp8Source,
    {"launch overhead", kLaunch},
};

constexpr SystemSource kB200Sources[] = {
    {"180 GB HBM3e at 8,000 GB/s; FP4 9,000, FP8 4,500, BF16 2,250, TF32 1,125, FP32 80 TFLOP/s dense; 148 SMs",
     "NVIDIA DGX B200 datasheet; pytorch/ao pull request 4002 (device query)"},
    {"NVLink 5: 1,800 GB/s both directions, 900 each way; 8 x 400 Gb/s ConnectX-7 per node",
     "NVIDIA DGX B200 datasheet; DGX BasePOD"},
    {"GEMM: BF16 1,745 of 2,250 (0.776), FP8 3,432.5 of 4,500 (0.763)", kMamf},
    {"HBM 0.89: no B200 measurement found; a B300 reads 7.12 TB/s", "ademeure/QuickRunCUDA, B300_REFERENCE.md (proxy)"},
    {"NVLink 0.76: ring all-reduce 682 GB/s (NVLS 838)", "ml-engineering network/README.md (p6-b200)"},
    {"InfiniBand 0.90", "coreweave/nccl-tests pull request 92 (2 nodes)"},
    {"expert all-to-all in the node: HybridEP, 8 ranks, 16 SMs: dispatch 535.94 GB/s (BF16), 409.71 GB/s (FP8), "
     "combine 530.86 GB/s",
     kHybridEp},
    {"attention assumed 0.55 forward, 0.45 backward (not measured)", kFlash3},
    {"launch overhead", kLaunch},
};

constexpr SystemSource kGb200Sources[] = {
    {"per GPU 186 GB HBM3e at 8,000 GB/s; FP4 10,000, FP8 5,000, BF16 2,500, TF32 1,250, FP32 80 TFLOP/s dense; "
     "152 SMs",
     "NVIDIA GB200 NVL72 datasheet; benchmark logs headed 'NVIDIA GB200, 152 SMs'"},
    {"72 GPUs in one NVLink domain, 4 per compute tray; NVLink 5 900 GB/s each way; one 400 Gb/s ConnectX-7 per GPU",
     "NVIDIA GB200 NVL72 datasheet; DGX SuperPOD GB200 reference architecture"},
    {"GEMM: BF16 1,822 of 2,500 (0.729), FP8 3,615.6 of 5,000 (0.723)", kMamf},
    {"HBM 0.89 (as B200)", "ademeure/QuickRunCUDA, B300_REFERENCE.md (proxy)"},
    {"NVLink 0.76: ring all-reduce 680 GB/s on a tray (NVLS 835-847 over the rack)",
     "Azure/AI-benchmarking-guide, ND_GB200_v6_results.md; coreweave/nccl-tests pull request 43"},
    {"expert all-to-all in the rack: HybridEP, 36 ranks, 32 SMs: dispatch 479.02 GB/s (BF16), 361.13 GB/s (FP8), "
     "combine 447.89 GB/s",
     kHybridEp},
    {"attention assumed as B200", kFlash3},
    {"launch overhead", kLaunch},
};

constexpr SystemSource kGb300Sources[] = {
    {"per GPU 288 GB HBM3e at 8,000 GB/s; FP4 15,000, FP8 5,000, BF16 2,500 TFLOP/s dense; 148 SMs (B300)",
     "NVIDIA GB300 NVL72 datasheet; ademeure/QuickRunCUDA B300_REFERENCE.md"},
    {"72 GPUs in one NVLink domain, 4 per tray, NVLink 5 900 GB/s each way; one 800 Gb/s ConnectX-8 per GPU",
     "NVIDIA GB300 NVL72 datasheet"},
    {"GEMM: BF16 1,769 (0.708), FP8 3,353 (0.671), measured on HGX B300", kMamf},
    {"NVLink 0.77: 8 x B300 ring all-reduce 695 GB/s", "NVIDIA/nccl issue 2140"},
    {"launch overhead", kLaunch},
};

constexpr SystemSource kMi300xSources[] = {
    {"192 GB HBM3 at 5,300 GB/s; FP8 2,614.9, BF16 1,307.4, TF32 653.7, FP32 163.4 TFLOP/s dense; 304 CUs",
     "AMD Instinct MI300X datasheet; ROCm GPU specifications"},
    {"Infinity Fabric 7 x 64 GB/s each way (448); 8 x 400 Gb/s per node", "ml-engineering network/README.md; "
                                                                         "Azure ND MI300X v5 documentation"},
    {"GEMM 668.4 of 1,307.4 (0.511), FP8 assumed alike", kMamf},
    {"HBM 0.81", "arXiv 2510.27583 (AMD MI300X GPU performance analysis)"},
    {"Infinity Fabric 0.70: RCCL all-reduce 312.9 GB/s", "ml-engineering network/README.md"},
    {"attention assumed 0.45 forward, 0.35 backward (not measured)", kFlash3},
    {"launch overhead", kLaunch},
};

constexpr SystemSource kMi355xSources[] = {
    {"288 GB HBM3E at 8,000 GB/s; FP4 10,100, FP8 5,000, BF16 2,500 TFLOP/s dense; 256 CUs",
     "AMD Instinct MI355X datasheet; ROCm GPU specifications"},
    {"Infinity Fabric 7 x 76.5 GB/s each way (535.5); NICs assumed 8 x 400 Gb/s as MI300X (not found)",
     "ml-engineering network/README.md"},
    {"GEMM 1,565 TFLOP/s BF16 (0.626 of 2,500), FP8 assumed alike", kMamf},
    {"HBM and links assumed as MI300X (not measured)", "arXiv 2510.27583"},
    {"launch overhead", kLaunch},
};

SystemSpec system(std::string_view id, std::string_view description, std::int64_t perNode, std::int64_t domain,
                  Gpu g, Link intra, Link inter, KernelEfficiency k, std::span<const SystemSource> sources)
{
    return SystemSpec{id, description, perNode, domain, std::move(g), intra, inter, k, sources};
}

constexpr double kGB = 1e9 / (1u << 30);  // datasheets give GB; profiles GiB

const std::array<SystemSpec, 10>& library()
{
    // Links: {GB/s each way per GPU, latency per step in us, achieved fraction}.
    static const std::array<SystemSpec, 10> systems = {
        system("dgx-a100-80gb", "8 x A100 SXM4 80GB, NVLink 3, 8 x 200 Gb/s HDR (Selene)", 8, 8,
               gpu("A100 SXM4 80GB", 80, 2039, 0, 0, 312, 156, 19.5), Link{300, 10, 0.757}, Link{25, 5, 0.96},
               kernels({108, 0.83, 0, 0.60, 0.50, 0.82}), kA100Sources),
        system("dgx-h100", "8 x H100 SXM5 80GB, NVLink 4, 8 x 400 Gb/s NDR", 8, 8,
               gpu("H100 SXM5 80GB", 80, 3350, 0, 1979, 989, 495, 67), Link{450, 5, 0.82}, Link{50, 5, 0.97},
               withHopperBlockScaledFp8(kernels({132, 0.803, 0.709, 0.60, 0.48, 0.89})), kH100Sources),
        system("hgx-h800", "8 x H800 SXM5 80GB, NVLink 400 GB/s, 8 x 400 Gb/s InfiniBand", 8, 8,
               gpu("H800 SXM5 80GB", 80, 3350, 0, 1979, 989, 495, 67), Link{200, 5, 0.80}, Link{50, 5, 0.90},
               withHopperBlockScaledFp8(kernels({132, 0.803, 0.709, 0.60, 0.48, 0.89})), kH800Sources),
        system("hgx-h20", "8 x H20 96GB, NVLink 4, 8 x 400 Gb/s", 8, 8,
               gpu("H20 96GB", 96 * kGB, 4000, 0, 296, 148, 74, 44), Link{450, 5, 0.82}, Link{50, 5, 0.97},
               withHopperBlockScaledFp8(kernels({78, 0.803, 0.709, 0.60, 0.48, 0.89})), kH20Sources),
        system("dgx-h200", "8 x H200 SXM 141GB, NVLink 4, 8 x 400 Gb/s NDR", 8, 8,
               gpu("H200 SXM 141GB", 141 * kGB, 4800, 0, 1979, 989, 495, 67), Link{450, 5, 0.82}, Link{50, 5, 0.97},
               withHopperBlockScaledFp8(kernels({132, 0.803, 0.734, 0.60, 0.48, 0.875})), kH200Sources),
        system("dgx-b200", "8 x B200 180GB, NVLink 5, 8 x 400 Gb/s", 8, 8,
               gpu("B200 180GB", 180 * kGB, 8000, 9000, 4500, 2250, 1125, 80), Link{900, 5, 0.76}, Link{50, 5, 0.90},
               withAllToAll(kernels({148, 0.776, 0.763, 0.55, 0.45, 0.89}), 535.94, 409.71, 530.86), kB200Sources),
        system("gb200-nvl72", "GB200 NVL72 rack: 72 B200 in one NVLink domain, 4 per tray, 400 Gb/s per GPU", 4, 72,
               gpu("B200 (GB200) 186GB", 186 * kGB, 8000, 10000, 5000, 2500, 1250, 80), Link{900, 5, 0.76},
               Link{50, 5, 0.90}, withAllToAll(kernels({152, 0.729, 0.723, 0.55, 0.45, 0.89}), 479.02, 361.13, 447.89),
               kGb200Sources),
        system("gb300-nvl72", "GB300 NVL72 rack: 72 B300 in one NVLink domain, 4 per tray, 800 Gb/s per GPU", 4, 72,
               gpu("B300 (GB300) 288GB", 288 * kGB, 8000, 15000, 5000, 2500, 1250, 80), Link{900, 5, 0.77},
               Link{100, 5, 0.90}, kernels({148, 0.708, 0.671, 0.55, 0.45, 0.89}), kGb300Sources),
        system("mi300x-8", "8 x AMD Instinct MI300X 192GB, Infinity Fabric, 8 x 400 Gb/s", 8, 8,
               gpu("MI300X 192GB", 192 * kGB, 5300, 0, 2614.9, 1307.4, 653.7, 163.4), Link{448, 5, 0.70},
               Link{50, 5, 0.90}, kernels({304, 0.511, 0.511, 0.45, 0.35, 0.81}), kMi300xSources),
        system("mi355x-8", "8 x AMD Instinct MI355X 288GB, Infinity Fabric, 8 x 400 Gb/s", 8, 8,
               gpu("MI355X 288GB", 288 * kGB, 8000, 10100, 5000, 2500, 1250, 157.3), Link{535.5, 5, 0.70},
               Link{50, 5, 0.90}, kernels({256, 0.626, 0.626, 0.45, 0.35, 0.81}), kMi355xSources),
    };
    return systems;
}

} // namespace

std::span<const SystemSpec> builtinSystems()
{
    return library();
}

const SystemSpec* findSystem(std::string_view id)
{
    for (const SystemSpec& s : library()) {
        if (s.id == id) {
            return &s;
        }
    }
    // A built-in's id always names the built-in; a user system cannot take one.
    return findUserSystem(id);
}

std::string systemIds()
{
    std::string ids;
    for (const SystemSpec& s : library()) {
        ids += (ids.empty() ? "" : ", ") + std::string(s.id);
    }
    return ids;
}

Cluster clusterFromSystem(const SystemSpec& system, std::int64_t gpuCount)
{
    Cluster c;
    c.system = std::string(system.id);
    c.gpuCount = gpuCount;
    c.gpusPerNode = system.gpusPerNode;
    c.scaleUpDomain = system.scaleUpDomain;
    c.gpu = system.gpu;
    c.intraNode = system.intraNode;
    c.interNode = system.interNode;
    c.kernels = system.kernels;
    return c;
}

} // namespace moe
