// The systems library. Every figure below is cited in the sources list beside it and
// in docs/systems.md; efficiencies are measured fractions (achieved over datasheet),
// never values tuned to a validation row. Links are per GPU and per direction.

#include "systems.h"

#include <array>

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

KernelEfficiency kernels(std::int64_t sms, double gemm, double attentionForward, double attentionBackward, double hbm,
                         double elementwise = 0.46)
{
    KernelEfficiency k;
    k.elementwise = elementwise;
    k.sms = sms;
    k.gemm = gemm;
    k.attentionForward = attentionForward;
    k.attentionBackward = attentionBackward;
    k.hbm = hbm;
    return k;
}

// Shared citations.
constexpr const char* kMamf = "S. Bekman, ml-engineering, compute/accelerator: maximum achievable matmul FLOPS "
                              "(MAMF) measured with mamf-finder.py";
constexpr const char* kLaunch = "kernel launch and tail: about 4 us per kernel on a busy stream (assumption, "
                                "docs/systems.md)";

constexpr SystemSource kA100Sources[] = {
    {"GPU memory 80 GiB, HBM2e 2,039 GB/s, BF16/FP16 312, TF32 156, FP32 19.5 TFLOP/s dense, 108 SMs",
     "NVIDIA A100 Tensor Core GPU datasheet (80GB SXM) and A100 architecture whitepaper"},
    {"NVLink 3: 600 GB/s per GPU both directions, 300 GB/s each way", "NVIDIA DGX A100 datasheet"},
    {"8 x 200 Gb/s HDR InfiniBand per node: 25 GB/s per GPU", "NVIDIA DGX A100 datasheet; Selene as in Korthikanti "
                                                               "et al. 2022, section 5"},
    {"GEMM: 267.9 of 312 TFLOP/s BF16 (0.859)", kMamf},
    {"NVLink all-reduce bus bandwidth 230 GB/s of 300 (0.77)", "nccl-tests on DGX A100 as published by NVIDIA "
                                                              "(DGX A100 user guide, NCCL performance)"},
    {"InfiniBand all-reduce bus bandwidth 23 GB/s of 25 per GPU (0.92)", "nccl-tests across DGX A100 nodes"},
    {"FlashAttention-2 forward 0.60, backward 0.50 of peak (head dim 128, causal, 2k)",
     "Dao 2023, arXiv 2307.08691, Figure 4 (A100)"},
    {"streaming kernels reach 0.85 of HBM bandwidth", "BabelStream/STREAM copy on A100 80GB (about 1.73 TB/s)"},
    {"launch overhead", kLaunch},
};

constexpr SystemSource kH100Sources[] = {
    {"GPU memory 80 GiB, HBM3 3,350 GB/s, FP8 1,979, BF16 989, TF32 495, FP32 67 TFLOP/s dense, 132 SMs",
     "NVIDIA H100 Tensor Core GPU datasheet (SXM5)"},
    {"NVLink 4: 900 GB/s per GPU both directions, 450 GB/s each way", "NVIDIA DGX H100 datasheet"},
    {"8 x 400 Gb/s ConnectX-7 per node: 50 GB/s per GPU", "NVIDIA DGX H100 datasheet"},
    {"GEMM: 792.1 of 989 TFLOP/s BF16 (0.80)", kMamf},
    {"NVLink all-reduce bus bandwidth 360 GB/s of 450 (0.80)", "nccl-tests on DGX H100 (NCCL ring)"},
    {"InfiniBand bus bandwidth 0.9 of 50 GB/s", "nccl-tests across DGX H100 nodes"},
    {"FlashAttention-3 BF16 forward 0.60, backward 0.48 of peak (head dim 128, causal)",
     "Shah et al. 2024, arXiv 2407.08608, Figures 5 and 7"},
    {"streaming kernels reach 0.90 of HBM bandwidth", "STREAM copy on H100 SXM (about 3.0 TB/s)"},
    {"launch overhead", kLaunch},
};

constexpr SystemSource kH800Sources[] = {
    {"compute and memory as H100 SXM5: 80 GiB, 3,350 GB/s, FP8 1,979, BF16 989 TFLOP/s dense, 132 SMs",
     "NVIDIA H800 (export variant of H100 SXM5) specifications"},
    {"NVLink 400 GB/s both directions, 200 GB/s each way", "DeepSeek-V3 technical report, arXiv 2412.19437, "
                                                          "section 3.2.2"},
    {"8 x 400 Gb/s InfiniBand per node: 50 GB/s per GPU", "DeepSeek-V3 technical report, section 3.2.2"},
    {"NVLink reaches 160 GB/s (0.80); InfiniBand 0.9", "DeepSeek-V3 report 3.2.2 (NVLink 160 GB/s achieved); "
                                                     "DeepEP README: 153-158 GB/s NVLink, 43-58 GB/s RDMA"},
    {"GEMM 0.80, attention and HBM as H100 SXM", kMamf},
    {"launch overhead", kLaunch},
};

constexpr SystemSource kB200Sources[] = {
    {"GPU memory 180 GB (1,440 GB per DGX B200), HBM3e 8,000 GB/s, FP4 9,000, FP8 4,500, BF16 2,250, TF32 1,100 "
     "TFLOP/s dense, 148 SMs",
     "NVIDIA DGX B200 datasheet; Blackwell architecture technical brief"},
    {"NVLink 5: 1,800 GB/s per GPU both directions, 900 GB/s each way", "NVIDIA DGX B200 datasheet"},
    {"8 x 400 Gb/s ConnectX-7 per node: 50 GB/s per GPU", "NVIDIA DGX B200 datasheet"},
    {"GEMM 0.75 of the BF16 peak; attention 0.55 / 0.45; HBM 0.90", kMamf},
    {"NVLink bus bandwidth 0.80, InfiniBand 0.90", "nccl-tests on DGX B200"},
    {"launch overhead", kLaunch},
};

constexpr SystemSource kGb200Sources[] = {
    {"per GPU: 186 GB HBM3e (13.4 TB per rack), 8,000 GB/s, FP4 10,000, FP8 5,000, BF16 2,500, TF32 1,250 TFLOP/s "
     "dense, 148 SMs",
     "NVIDIA GB200 NVL72 datasheet"},
    {"72 GPUs in one NVLink domain, 4 GPUs per compute tray", "NVIDIA GB200 NVL72 datasheet"},
    {"NVLink 5: 1,800 GB/s per GPU both directions, 900 GB/s each way", "NVIDIA GB200 NVL72 datasheet"},
    {"one 400 Gb/s ConnectX-7 per GPU: 50 GB/s", "NVIDIA GB200 NVL72 reference architecture"},
    {"GEMM 0.75 of the BF16 peak; attention 0.55 / 0.45; HBM 0.90", kMamf},
    {"NVLink bus bandwidth 0.80, InfiniBand 0.90", "nccl-tests on GB200 NVL72"},
    {"launch overhead", kLaunch},
};

constexpr SystemSource kH20Sources[] = {
    {"96 GB HBM3 4,000 GB/s, FP8 296, BF16 148 TFLOP/s dense, 78 SMs", "NVIDIA H20 specifications"},
    {"NVLink 900 GB/s both directions, 450 each way; 8 x 400 Gb/s per node", "NVIDIA HGX H20 specifications"},
    {"efficiencies as H100 SXM", kMamf},
    {"launch overhead", kLaunch},
};

constexpr SystemSource kH200Sources[] = {
    {"141 GB HBM3e 4,800 GB/s; compute as H100 SXM5 (FP8 1,979, BF16 989 TFLOP/s dense, 132 SMs)",
     "NVIDIA H200 Tensor Core GPU datasheet; DGX H200 datasheet"},
    {"NVLink 900 GB/s both directions, 450 each way; 8 x 400 Gb/s per node", "NVIDIA DGX H200 datasheet"},
    {"efficiencies as H100 SXM", kMamf},
    {"launch overhead", kLaunch},
};

constexpr SystemSource kGb300Sources[] = {
    {"per GPU: 288 GB HBM3e 8,000 GB/s, FP4 15,000, FP8 5,000, BF16 2,500 TFLOP/s dense, 160 SMs",
     "NVIDIA GB300 NVL72 datasheet"},
    {"72 GPUs in one NVLink domain, 4 per compute tray, NVLink 5 900 GB/s each way", "NVIDIA GB300 NVL72 datasheet"},
    {"one 800 Gb/s ConnectX-8 per GPU: 100 GB/s", "NVIDIA GB300 NVL72 datasheet"},
    {"efficiencies as GB200", kMamf},
    {"launch overhead", kLaunch},
};

constexpr SystemSource kMi300xSources[] = {
    {"192 GB HBM3 5,300 GB/s, FP8 2,615, BF16 1,307, TF32 654, FP32 163 TFLOP/s dense, 304 CUs",
     "AMD Instinct MI300X datasheet"},
    {"Infinity Fabric: 7 links x 64 GB/s each way (448 GB/s) per GPU; 8 x 400 Gb/s per node",
     "AMD Instinct MI300X platform datasheet"},
    {"GEMM: 781.9 of 1,307 TFLOP/s BF16 (0.60)", kMamf},
    {"launch overhead", kLaunch},
};

constexpr SystemSource kMi355xSources[] = {
    {"288 GB HBM3E 8,000 GB/s, FP4 10,000, FP8 5,000, BF16 2,500 TFLOP/s dense, 256 CUs",
     "AMD Instinct MI355X datasheet"},
    {"Infinity Fabric 7 links, 76.8 GB/s each way per link (538 GB/s); 8 x 400 Gb/s per node",
     "AMD Instinct MI355X platform datasheet"},
    {"efficiencies as MI300X", kMamf},
    {"launch overhead", kLaunch},
};

SystemSpec system(std::string_view id, std::string_view description, std::int64_t perNode, std::int64_t domain,
                  Gpu g, Link intra, Link inter, KernelEfficiency k, std::span<const SystemSource> sources)
{
    return SystemSpec{id, description, perNode, domain, std::move(g), intra, inter, k, sources};
}

const std::array<SystemSpec, 10>& library()
{
    static const std::array<SystemSpec, 10> systems = {
        system("dgx-a100-80gb", "8 x A100 SXM4 80GB, NVLink 3, 8 x 200 Gb/s HDR (Selene)", 8, 8,
               gpu("A100 SXM4 80GB", 80, 2039, 0, 0, 312, 156, 19.5), Link{300, 10, 0.757}, Link{25, 5, 0.96},
               kernels(108, 0.83, 0.60, 0.50, 0.82, 0.82), kA100Sources),
        system("dgx-h100", "8 x H100 SXM5 80GB, NVLink 4, 8 x 400 Gb/s NDR", 8, 8,
               gpu("H100 SXM5 80GB", 80, 3350, 0, 1979, 989, 495, 67), Link{450, 2, 0.80}, Link{50, 5, 0.90},
               kernels(132, 0.80, 0.60, 0.48, 0.90), kH100Sources),
        system("hgx-h800", "8 x H800 SXM5 80GB, NVLink 400 GB/s, 8 x 400 Gb/s InfiniBand", 8, 8,
               gpu("H800 SXM5 80GB", 80, 3350, 0, 1979, 989, 495, 67), Link{200, 2, 0.80}, Link{50, 5, 0.90},
               kernels(132, 0.80, 0.60, 0.48, 0.90), kH800Sources),
        system("hgx-h20", "8 x H20 96GB, NVLink 4, 8 x 400 Gb/s", 8, 8,
               gpu("H20 96GB", 96 * 1e9 / (1u << 30), 4000, 0, 296, 148, 74, 44), Link{450, 2, 0.80},
               Link{50, 5, 0.90}, kernels(78, 0.80, 0.60, 0.48, 0.90), kH20Sources),
        system("dgx-h200", "8 x H200 SXM 141GB, NVLink 4, 8 x 400 Gb/s NDR", 8, 8,
               gpu("H200 SXM 141GB", 141 * 1e9 / (1u << 30), 4800, 0, 1979, 989, 495, 67), Link{450, 2, 0.80},
               Link{50, 5, 0.90}, kernels(132, 0.80, 0.60, 0.48, 0.90), kH200Sources),
        system("dgx-b200", "8 x B200 180GB, NVLink 5, 8 x 400 Gb/s", 8, 8,
               gpu("B200 180GB", 180 * 1e9 / (1u << 30), 8000, 9000, 4500, 2250, 1100, 75), Link{900, 2, 0.80},
               Link{50, 5, 0.90}, kernels(148, 0.75, 0.55, 0.45, 0.90), kB200Sources),
        system("gb200-nvl72", "GB200 NVL72 rack: 72 B200 in one NVLink domain, 4 per tray, 400 Gb/s per GPU", 4, 72,
               gpu("B200 (GB200) 186GB", 186 * 1e9 / (1u << 30), 8000, 10000, 5000, 2500, 1250, 80),
               Link{900, 2, 0.80}, Link{50, 5, 0.90}, kernels(148, 0.75, 0.55, 0.45, 0.90), kGb200Sources),
        system("gb300-nvl72", "GB300 NVL72 rack: 72 B300 in one NVLink domain, 4 per tray, 800 Gb/s per GPU", 4, 72,
               gpu("B300 (GB300) 288GB", 288 * 1e9 / (1u << 30), 8000, 15000, 5000, 2500, 1250, 80),
               Link{900, 2, 0.80}, Link{100, 5, 0.90}, kernels(160, 0.75, 0.55, 0.45, 0.90), kGb300Sources),
        system("mi300x-8", "8 x AMD Instinct MI300X 192GB, Infinity Fabric, 8 x 400 Gb/s", 8, 8,
               gpu("MI300X 192GB", 192 * 1e9 / (1u << 30), 5300, 0, 2615, 1307, 654, 163), Link{448, 3, 0.70},
               Link{50, 5, 0.90}, kernels(304, 0.60, 0.45, 0.35, 0.85), kMi300xSources),
        system("mi355x-8", "8 x AMD Instinct MI355X 288GB, Infinity Fabric, 8 x 400 Gb/s", 8, 8,
               gpu("MI355X 288GB", 288 * 1e9 / (1u << 30), 8000, 10000, 5000, 2500, 1250, 157), Link{538, 3, 0.70},
               Link{50, 5, 0.90}, kernels(256, 0.60, 0.45, 0.35, 0.85), kMi355xSources),
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
    return nullptr;
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
