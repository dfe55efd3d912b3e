<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Calibration</name>
    <message>
        <location filename="../core/calibration/calibrationfit.cpp" line="380"/>
        <source>without one row, %1 measurements are fewer than the %2 fitted parameters</source>
        <translation>去掉一行后，%1 个测量少于 %2 个拟合参数</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <location filename="../core/model/explain.cpp" line="236"/>
        <source>EP x ETP = %1 divides TP x DP = %2; TP %3, PP %4, DP %5, EP %6</source>
        <translation>EP x ETP = %1 整除 TP x DP = %2；TP %3，PP %4，DP %5，EP %6</translation>
    </message>
    <message>
        <location filename="../core/model/explain.cpp" line="240"/>
        <source>%1 of %2 GPUs</source>
        <translation>%1 / %2 个 GPU</translation>
    </message>
    <message>
        <location filename="../core/model/explain.cpp" line="242"/>
        <source>%1 of %2 GPUs: not enough GPUs in the cluster</source>
        <translation>%1 / %2 个 GPU：集群中的 GPU 不够</translation>
    </message>
    <message>
        <location filename="../core/model/explain.cpp" line="245"/>
        <source>%1 GPUs, limit %2</source>
        <translation>%1 个 GPU，上限 %2</translation>
    </message>
    <message>
        <location filename="../core/model/explain.cpp" line="248"/>
        <source>%1 of %2 allowed on GPU %3</source>
        <translation>GPU %3：%1，允许 %2</translation>
    </message>
    <message>
        <location filename="../core/model/explain.cpp" line="251"/>
        <source>%1 of %2 allowed on GPU %3 (over by %4)</source>
        <translation>GPU %3：%1，允许 %2（超出 %4）</translation>
    </message>
    <message>
        <location filename="../core/model/explain.cpp" line="255"/>
        <source>%1 per step, limit %2</source>
        <translation>每步 %1，上限 %2</translation>
    </message>
    <message>
        <location filename="../core/model/explain.cpp" line="258"/>
        <source>%1, at least %2 required</source>
        <translation>%1，要求至少 %2</translation>
    </message>
    <message>
        <location filename="../core/model/explain.cpp" line="260"/>
        <source>busiest EP rank at %1x the mean, limit %2x</source>
        <translation>最忙的 EP rank 为均值的 %1 倍，上限 %2 倍</translation>
    </message>
    <message>
        <location filename="../core/model/explain.cpp" line="264"/>
        <source>no token over expert capacity</source>
        <translation>没有 token 超出专家容量</translation>
    </message>
    <message>
        <location filename="../core/model/explain.cpp" line="266"/>
        <source>%1 of assignments exceed expert capacity and are dropped</source>
        <translation>%1 的分配超出专家容量而被丢弃</translation>
    </message>
</context>
<context>
    <name>CheckName</name>
    <message>
        <location filename="../core/model/explain.cpp" line="207"/>
        <source>strategy</source>
        <translation>策略</translation>
    </message>
    <message>
        <location filename="../core/model/explain.cpp" line="209"/>
        <source>gpu_count</source>
        <translation>GPU 数量</translation>
    </message>
    <message>
        <location filename="../core/model/explain.cpp" line="211"/>
        <source>max_gpus</source>
        <translation>GPU 上限</translation>
    </message>
    <message>
        <location filename="../core/model/explain.cpp" line="213"/>
        <source>memory</source>
        <translation>显存</translation>
    </message>
    <message>
        <location filename="../core/model/explain.cpp" line="215"/>
        <source>latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <location filename="../core/model/explain.cpp" line="217"/>
        <source>throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <location filename="../core/model/explain.cpp" line="219"/>
        <source>imbalance</source>
        <translation>负载不均</translation>
    </message>
    <message>
        <location filename="../core/model/explain.cpp" line="221"/>
        <source>dropped_tokens</source>
        <translation>丢弃的 token</translation>
    </message>
</context>
<context>
    <name>Component</name>
    <message>
        <location filename="../core/model/components.h" line="97"/>
        <source>attention compute</source>
        <translation>注意力计算</translation>
    </message>
    <message>
        <location filename="../core/model/components.h" line="99"/>
        <source>expert compute</source>
        <translation>专家计算</translation>
    </message>
    <message>
        <location filename="../core/model/components.h" line="101"/>
        <source>dense FFN, LM head</source>
        <translation>稠密 FFN、LM 头</translation>
    </message>
    <message>
        <location filename="../core/model/components.h" line="103"/>
        <source>all-to-all dispatch</source>
        <translation>all-to-all 分发</translation>
    </message>
    <message>
        <location filename="../core/model/components.h" line="105"/>
        <source>all-to-all combine</source>
        <translation>all-to-all 合并</translation>
    </message>
    <message>
        <location filename="../core/model/components.h" line="107"/>
        <source>TP collectives</source>
        <translation>TP 集合通信</translation>
    </message>
    <message>
        <location filename="../core/model/components.h" line="109"/>
        <source>pipeline transfers</source>
        <translation>流水线传输</translation>
    </message>
    <message>
        <location filename="../core/model/components.h" line="111"/>
        <source>pipeline bubble</source>
        <translation>流水线气泡</translation>
    </message>
    <message>
        <location filename="../core/model/components.h" line="113"/>
        <source>gradient sync</source>
        <translation>梯度同步</translation>
    </message>
    <message>
        <location filename="../core/model/components.h" line="115"/>
        <source>optimizer step</source>
        <translation>优化器步骤</translation>
    </message>
    <message>
        <location filename="../core/model/components.h" line="117"/>
        <source>hidden by overlap</source>
        <translation>被重叠隐藏</translation>
    </message>
    <message>
        <location filename="../core/model/components.h" line="122"/>
        <source>attention weights</source>
        <translation>注意力权重</translation>
    </message>
    <message>
        <location filename="../core/model/components.h" line="124"/>
        <source>expert weights</source>
        <translation>专家权重</translation>
    </message>
    <message>
        <location filename="../core/model/components.h" line="126"/>
        <source>dense FFN weights</source>
        <translation>稠密 FFN 权重</translation>
    </message>
    <message>
        <location filename="../core/model/components.h" line="128"/>
        <source>embedding, LM head</source>
        <translation>嵌入、LM 头</translation>
    </message>
    <message>
        <location filename="../core/model/components.h" line="130"/>
        <source>gradients</source>
        <translation>梯度</translation>
    </message>
    <message>
        <location filename="../core/model/components.h" line="132"/>
        <source>optimizer state</source>
        <translation>优化器状态</translation>
    </message>
    <message>
        <location filename="../core/model/components.h" line="134"/>
        <source>activations</source>
        <translation>激活值</translation>
    </message>
    <message>
        <location filename="../core/model/components.h" line="136"/>
        <source>KV cache</source>
        <translation>KV 缓存</translation>
    </message>
    <message>
        <location filename="../core/model/components.h" line="138"/>
        <source>comm buffers</source>
        <translation>通信缓冲区</translation>
    </message>
    <message>
        <location filename="../core/model/components.h" line="140"/>
        <source>runtime reserve</source>
        <translation>运行时预留</translation>
    </message>
</context>
<context>
    <name>ExplorerState</name>
    <message>
        <location filename="../ui/document/explorerstate.cpp" line="253"/>
        <source>out of memory evaluating this profile</source>
        <translation>评估此配置文件时内存不足</translation>
    </message>
</context>
<context>
    <name>FailedChecks</name>
    <message>
        <location filename="../ui/window/failedchecks.cpp" line="16"/>
        <source>illegal strategy</source>
        <translation>非法策略</translation>
    </message>
    <message>
        <location filename="../ui/window/failedchecks.cpp" line="18"/>
        <source>needs %L1 GPUs, the cluster has %L2</source>
        <translation>需要 %L1 个 GPU，集群只有 %L2 个</translation>
    </message>
    <message>
        <location filename="../ui/window/failedchecks.cpp" line="20"/>
        <source>uses %L1 GPUs, limit %L2</source>
        <translation>使用 %L1 个 GPU，上限 %L2</translation>
    </message>
    <message>
        <location filename="../ui/window/failedchecks.cpp" line="22"/>
        <source>does not fit: %1 over</source>
        <translation>放不下：超出 %1</translation>
    </message>
    <message>
        <location filename="../ui/window/failedchecks.cpp" line="24"/>
        <source>too slow: %1 per step, limit %2</source>
        <translation>太慢：每步 %1，上限 %2</translation>
    </message>
    <message>
        <location filename="../ui/window/failedchecks.cpp" line="26"/>
        <source>too little throughput: %1 of %2 required</source>
        <translation>吞吐量不足：%1，要求 %2</translation>
    </message>
    <message>
        <location filename="../ui/window/failedchecks.cpp" line="29"/>
        <source>too imbalanced: %L1x the mean, limit %L2x</source>
        <translation>负载过于不均：均值的 %L1 倍，上限 %L2 倍</translation>
    </message>
    <message>
        <location filename="../ui/window/failedchecks.cpp" line="31"/>
        <source>drops %1 of token assignments</source>
        <translation>丢弃了 %1 的 token 分配</translation>
    </message>
</context>
<context>
    <name>Feasibility</name>
    <message>
        <location filename="../core/search/feasibility.cpp" line="75"/>
        <source>, %1 lowered to %2 to fit the %3 GPUs</source>
        <translation>，%1 降为 %2 以适应 %3 个 GPU</translation>
    </message>
    <message>
        <location filename="../core/search/feasibility.cpp" line="87"/>
        <source>, DP at its smallest legal value, %1</source>
        <translation>，DP 取最小合法值 %1</translation>
    </message>
    <message>
        <location filename="../core/search/feasibility.cpp" line="110"/>
        <source>%1 %2 and %3 %4</source>
        <translation>%1 %2 和 %3 %4</translation>
    </message>
    <message>
        <location filename="../core/search/feasibility.cpp" line="114"/>
        <source>needs %1 GPUs</source>
        <translation>需要 %1 个 GPU</translation>
    </message>
    <message>
        <location filename="../core/search/feasibility.cpp" line="115"/>
        <source>With %1, TP x PP x DP = %2; the cluster has %3</source>
        <translation>取 %1 时，TP x PP x DP = %2；集群只有 %3 个</translation>
    </message>
    <message>
        <location filename="../core/search/feasibility.cpp" line="121"/>
        <source>illegal: %1</source>
        <translation>非法：%1</translation>
    </message>
    <message>
        <location filename="../core/search/feasibility.cpp" line="122"/>
        <location filename="../core/search/feasibility.cpp" line="135"/>
        <source>The profile&apos;s own strategy with %1: %2</source>
        <translation>配置文件自身的策略取 %1 时：%2</translation>
    </message>
    <message>
        <location filename="../core/search/feasibility.cpp" line="131"/>
        <source>memory: %1</source>
        <translation>显存：%1</translation>
    </message>
    <message>
        <location filename="../core/search/feasibility.cpp" line="140"/>
        <source>no feasible variant</source>
        <translation>没有可行的变体</translation>
    </message>
    <message>
        <location filename="../core/search/feasibility.cpp" line="141"/>
        <source>The profile&apos;s own strategy with %1 passes, but no searched variant did</source>
        <translation>配置文件自身的策略取 %1 时通过，但搜索的变体都未通过</translation>
    </message>
    <message>
        <location filename="../core/search/feasibility.cpp" line="215"/>
        <source>best: TP%1 PP%2 DP%3 EP%4 ETP%5, %6 micro-batch(es), %7 per step</source>
        <translation>最佳：TP%1 PP%2 DP%3 EP%4 ETP%5，%6 个微批次，每步 %7</translation>
    </message>
</context>
<context>
    <name>FigureName</name>
    <message>
        <location filename="../ui/explain/figurenames.cpp" line="24"/>
        <source>parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <location filename="../ui/explain/figurenames.cpp" line="25"/>
        <source>active parameters per token</source>
        <translation>每 token 激活参数量</translation>
    </message>
    <message>
        <location filename="../ui/explain/figurenames.cpp" line="26"/>
        <source>FLOPs per step</source>
        <translation>每步 FLOPs</translation>
    </message>
    <message>
        <location filename="../ui/explain/figurenames.cpp" line="27"/>
        <source>step time</source>
        <translation>步时间</translation>
    </message>
    <message>
        <location filename="../ui/explain/figurenames.cpp" line="28"/>
        <source>memory per GPU</source>
        <translation>每 GPU 显存</translation>
    </message>
    <message>
        <location filename="../ui/explain/figurenames.cpp" line="29"/>
        <source>throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <location filename="../ui/explain/figurenames.cpp" line="30"/>
        <source>throughput per GPU</source>
        <translation>每 GPU 吞吐量</translation>
    </message>
    <message>
        <location filename="../ui/explain/figurenames.cpp" line="31"/>
        <source>model FLOPs utilisation (MFU)</source>
        <translation>模型算力利用率（MFU）</translation>
    </message>
    <message>
        <location filename="../ui/explain/figurenames.cpp" line="32"/>
        <source>communication share of the step</source>
        <translation>通信占步时间的比例</translation>
    </message>
    <message>
        <location filename="../ui/explain/figurenames.cpp" line="50"/>
        <source>%1 per micro-batch</source>
        <translation>%1（每微批次）</translation>
    </message>
    <message>
        <location filename="../ui/explain/figurenames.cpp" line="69"/>
        <source>GPU %1: %2</source>
        <translation>GPU %1：%2</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <location filename="../ui/widgets/localfigures.cpp" line="61"/>
        <source>tokens/s</source>
        <translation>tokens/s</translation>
    </message>
</context>
<context>
    <name>Formula</name>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="19"/>
        <source>(PP - 1) / v x the slowest stage&apos;s time per micro-batch; (p - 1)/(v m) of the ideal (1F1B: v = 1)</source>
        <translation>(PP - 1) / v x 最慢阶段每微批次的时间；为理想值的 (p - 1)/(v m)（1F1B：v = 1）</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="22"/>
        <source>(communication - overlapped) / step time</source>
        <translation>（通信 - 被重叠部分）/ 步时间</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="23"/>
        <source>(dense layers x [sbh(10 + 24/t) + 5as^2b/t] + MoE layers x home part + expert assignments x (2h + intermediate / ETP)) x in-flight micro-batches x (activation bytes / 2); with sequence parallelism the 10sbh term is divided by t; with FP8 GEMMs each GEMM&apos;s input is kept at 1 byte, plus its scales under a block recipe; recomputing &quot;moe&quot; keeps only each MoE layer&apos;s input</source>
        <translation>(稠密层数 x [sbh(10 + 24/t) + 5as^2b/t] + MoE 层数 x 本地部分 + 专家分配数 x (2h + 中间维度 / ETP)) x 在途微批次数 x (激活字节数 / 2)；使用序列并行时 10sbh 项除以 t；使用 FP8 GEMM 时每个 GEMM 的输入按 1 字节保存，块缩放方案另加其缩放因子；重算“moe”时只保留每个 MoE 层的输入</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="29"/>
        <source>(embedding on the first stage, LM head on the last) / TP x weight bytes</source>
        <translation>（嵌入在第一阶段，LM 头在最后阶段）/ TP x 权重字节数</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="30"/>
        <source>(expert slots x expert params / ETP + MoE layers x (shared experts x expert params / TP + router params)) x weight bytes</source>
        <translation>(专家槽位数 x 专家参数量 / ETP + MoE 层数 x (共享专家数 x 专家参数量 / TP + 路由器参数量)) x 权重字节数</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="33"/>
        <source>(4 + 2 x moment bytes) x (dense params / (DP if distributed optimizer) + expert params / (EDP if distributed))</source>
        <translation>(4 + 2 x 动量字节数) x (稠密参数量 / (使用分布式优化器时除以 DP) + 专家参数量 / (分布式时除以 EDP))</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="36"/>
        <source>MoE layers x passes x (max(send, receive) over max(intra bytes / NVLink, inter bytes / NIC) + alpha); send = tokens per GPU x k x ETP x hidden x activation bytes; intra share (peers - 1) / M, inter share (M - peers) / M (hierarchical dispatch: one copy per remote domain holding one of the token&apos;s experts, %1 per token)</source>
        <translation>MoE 层数 x 遍数 x (max(发送, 接收) 取 max(节点内字节 / NVLink, 节点间字节 / NIC) + alpha)；发送 = 每 GPU token 数 x k x ETP x hidden x 激活字节数；节点内占比 (peers - 1) / M，节点间占比 (M - peers) / M（分层分发：每个持有该 token 某一专家的远端域一份副本，每 token %1 份）</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="41"/>
        <source>MoE layers_stage x (router, top-k, permute, unpermute, shared experts + grouped expert GEMMs of the EP rank&apos;s slots, each with its share of the assignments; in training one GEMM and one cast per slot, four at a time (Transformer Engine&apos;s GroupedLinear))</source>
        <translation>MoE 层数_阶段 x (路由器、top-k、置换、逆置换、共享专家 + 该 EP rank 各槽位的分组专家 GEMM，各按其分配份额；训练时每个槽位一个 GEMM 和一次类型转换，每次四个并行 (Transformer Engine 的 GroupedLinear))</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="45"/>
        <source>all-reduce over DP of dense gradients + all-reduce over EDP of expert gradients: 2(n - 1)/n x S / link + 2(n - 1) x alpha</source>
        <translation>稠密梯度在 DP 上 all-reduce + 专家梯度在 EDP 上 all-reduce：2(n - 1)/n x S / 链路 + 2(n - 1) x alpha</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="48"/>
        <source>all-reduces x (2(TP - 1)/TP x S / link + 2(TP - 1) x alpha); S = tokens x hidden x activation bytes</source>
        <translation>all-reduce 次数 x (2(TP - 1)/TP x S / 链路 + 2(TP - 1) x alpha)；S = token 数 x hidden x 激活字节数</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="51"/>
        <source>as params.total, with top-k routed experts instead of all</source>
        <translation>同 params.total，但只计 top-k 个路由专家而非全部</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="52"/>
        <source>compute + communication + bubble + optimizer step - overlapped</source>
        <translation>计算 + 通信 + 气泡 + 优化器步骤 - 被重叠部分</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="53"/>
        <source>min(overlap x communication, compute); with two-batch overlap in serving, the all-to-all less what SGLang&apos;s stages leave exposed: MoE layers x the stream&apos;s stall beyond compute per layer and micro-batch, the halves&apos; stages alternating (prefill [shared; combine waited; output, prepare, core, router; dispatch] [routed; combine], decode [output, prepare] [core, router] [dispatch; shared] [routed; combine] [combine waited], decode&apos;s second half two stages behind), less share / (1 - share) of it for the SMs the communication kernels hold</source>
        <translation>min(重叠 x 通信, 计算)；服务中使用双批次重叠时，为 all-to-all 减去 SGLang 各阶段未能隐藏的部分：MoE 层数 x 每层每个微批次中计算之外的流停顿，两个半批次的阶段交替执行（预填充 [共享专家; 等待合并; 输出, 准备, 核心, 路由器; 分发] [路由专家; 合并]，解码 [输出, 准备] [核心, 路由器] [分发; 共享专家] [路由专家; 合并] [等待合并]，解码时第二个半批次落后两个阶段），再减去其中 占比 / (1 - 占比) 的部分，用于通信内核占用的 SM</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="60"/>
        <source>dense layers_stage x (norm + FFN GEMMs + activation + residual) + (1 + MTP modules) x (LM head and cross-entropy) + MTP modules x projection</source>
        <translation>稠密层数_阶段 x (归一化 + FFN GEMM + 激活 + 残差) + (1 + MTP 模块数) x (LM 头与交叉熵) + MTP 模块数 x 投影</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="63"/>
        <source>dense layers_stage x dense FFN params / TP x weight bytes</source>
        <translation>稠密层数_阶段 x 稠密 FFN 参数量 / TP x 权重字节数</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="64"/>
        <source>dense layers_stage x roofline(tokens x FFN FLOPs / TP x passes, FFN weights / TP) + LM head roofline</source>
        <translation>稠密层数_阶段 x roofline(token 数 x FFN FLOPs / TP x 遍数, FFN 权重 / TP) + LM 头的 roofline</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="67"/>
        <source>dispatch send buffer + receive buffer of one MoE layer</source>
        <translation>一个 MoE 层分发的发送缓冲区 + 接收缓冲区</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="68"/>
        <source>layers x (attention + norms) + dense layers x dense FFN + MoE layers x (experts + shared experts) x expert FFN + routers + embeddings + LM head</source>
        <translation>层数 x (注意力 + 归一化) + 稠密层数 x 稠密 FFN + MoE 层数 x (专家 + 共享专家) x 专家 FFN + 路由器 + 嵌入 + LM 头</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="71"/>
        <source>layers_stage x (attention params / TP + norm params) x weight bytes</source>
        <translation>层数_阶段 x (注意力参数量 / TP + 归一化参数量) x 权重字节数</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="72"/>
        <source>layers_stage x (norm + QKV GEMM + attention core + output GEMM + residual), forward, backward and recomputation</source>
        <translation>层数_阶段 x (归一化 + QKV GEMM + 注意力核心 + 输出 GEMM + 残差)，前向、反向和重计算</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="75"/>
        <source>layers_stage x 2sbh x in-flight micro-batches x (activation bytes / 2)</source>
        <translation>层数_阶段 x 2sbh x 在途微批次数 x (激活字节数 / 2)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="76"/>
        <source>layers_stage x max(F / (peak x eff), (W + KV) / (HBM x eff)); F = tokens x (2 x attention params + score FLOPs x context) / TP x passes, W = attention params x weight bytes / TP x passes</source>
        <translation>层数_阶段 x max(F / (峰值 x eff), (W + KV) / (HBM x eff))；F = token 数 x (2 x 注意力参数量 + 打分 FLOPs x 上下文) / TP x 遍数，W = 注意力参数量 x 权重字节数 / TP x 遍数</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="80"/>
        <source>micro-batches x the straggler stage&apos;s time per micro-batch</source>
        <translation>微批次数 x 拖后腿阶段每微批次的时间</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="81"/>
        <source>min(overlap x communication, compute); with workload.overlap or a system, what the schedule hides (the expert all-to-all beside the other micro-batch&apos;s compute, less share / (1 - share) of it for the SMs the communication kernels hold), plus the gradient sync each stage hides behind its own last backward pass (all but the last bucket; the step waits for the stage that leaves the most exposed)</source>
        <translation>min(重叠比例 x 通信, 计算)；使用 workload.overlap 或系统时，为调度所隐藏的部分（专家 all-to-all 与另一微批次的计算并行，扣除其中 份额 / (1 - 份额) 用于通信内核所占的 SM），另加每个流水线阶段隐藏在其自身最后一次反向传播之后的梯度同步（除最后一个桶外的全部；该步等待暴露最多的阶段）</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="87"/>
        <source>model FLOPs per step / (step time x GPUs x peak FLOP/s)</source>
        <translation>每步模型 FLOPs / (步时间 x GPU 数 x 峰值 FLOP/s)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="88"/>
        <source>no gradients to synchronise outside training</source>
        <translation>训练之外没有需要同步的梯度</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="89"/>
        <source>no optimizer step outside training</source>
        <translation>训练之外没有优化器步骤</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="90"/>
        <source>not timed by the version 1 model; name a cluster.system for the kernel-level model</source>
        <translation>版本 1 模型不计时；指定 cluster.system 以使用内核级模型</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="91"/>
        <source>one layer&apos;s forward working set (no score matrix, no dropout) x (activation bytes / 2)</source>
        <translation>单层前向工作集（无打分矩阵，无 dropout）x (激活字节数 / 2)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="92"/>
        <source>parameters updated on the GPU x (fp32 gradient, master weight and moments read, written back, working copy, gradient norm, zeroing) / (HBM x efficiency)</source>
        <translation>GPU 上更新的参数量 x (读取 fp32 梯度、主权重和动量，写回，工作副本，梯度范数，清零) / (HBM x 效率)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="95"/>
        <source>params on the GPU x weight bytes (training only)</source>
        <translation>GPU 上的参数量 x 权重字节数（仅训练）</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="96"/>
        <source>reserve_gib x 2^30</source>
        <translation>reserve_gib x 2^30</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="97"/>
        <source>sends x (tokens x hidden x activation bytes / TP / link + alpha)</source>
        <translation>发送次数 x (token 数 x hidden x 激活字节数 / TP / 链路 + alpha)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="98"/>
        <source>sequences per replica x context x KV elements per token per layer x KV bytes x layers_stage / TP share</source>
        <translation>每副本序列数 x 上下文 x 每 token 每层 KV 元素数 x KV 字节数 x 层数_阶段 / TP 份额</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="101"/>
        <source>sum of the components on the GPU with the most memory</source>
        <translation>显存最多的 GPU 上各组件之和</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="102"/>
        <source>sum over MoE layers of roofline(assignments x expert FLOPs / ETP x passes, touched experts x expert weights / ETP) + roofline(shared experts and router); assignments = group tokens x top-k x EP rank&apos;s share (for the step: the slowest rank)</source>
        <translation>对各 MoE 层求和 roofline(分配数 x 专家 FLOPs / ETP x 遍数, 被访问专家数 x 专家权重 / ETP) + roofline(共享专家与路由器)；分配数 = 组内 token 数 x top-k x 该 EP rank 的份额（对整步：最慢的 rank）</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="106"/>
        <source>the mirror of dispatch: every GPU returns what it received</source>
        <translation>分发的镜像：每个 GPU 把收到的内容发回</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="107"/>
        <source>tokens per second / GPUs used</source>
        <translation>每秒 token 数 / 使用的 GPU 数</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="108"/>
        <source>tokens per step / step time; a prefill counts whole prompts (prefix-cache hits included), a decode step the tokens it emits per sequence (1, or with speculation (1 - a^(d+1)) / (1 - a))</source>
        <translation>每步 token 数 / 步时间；预填充计入完整提示（含前缀缓存命中），解码步计入每个序列输出的 token 数（1，或使用推测解码时为 (1 - a^(d+1)) / (1 - a)）</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="112"/>
        <source>tokens x forward FLOPs per token x (3 for training); forward = layers x (2 x attention params + score FLOPs x s) + FFN FLOPs of the top-k and shared experts + 2 V h</source>
        <translation>token 数 x 每 token 前向 FLOPs x（训练时为 3）；前向 = 层数 x (2 x 注意力参数量 + 打分 FLOPs x s) + top-k 专家与共享专家的 FFN FLOPs + 2 V h</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="116"/>
        <source>MoE layers x DeepEP low-latency dispatch: alpha + bytes / B; B = the published table&apos;s bytes over its latency at this EP size (log-interpolated) less alpha, scaled by the NIC over 50 GB/s; bytes = max(sent, received) with every top-k copy, FP8 with its scales</source>
        <translation>MoE 层数 x DeepEP 低延迟分发：alpha + 字节数 / B；B = 公开表格中该 EP 规模下的字节数除以其延迟（对数插值）再扣除 alpha，按 NIC 与 50 GB/s 之比缩放；字节数 = max(发送, 接收)，计入每个 top-k 副本，FP8 含其缩放因子</translation>
    </message>
    <message>
        <location filename="../ui/widgets/formulatexts.cpp" line="120"/>
        <source>MoE layers x DeepEP low-latency combine: alpha + bytes / B, as dispatch, at the combine&apos;s data type</source>
        <translation>MoE 层数 x DeepEP 低延迟合并：alpha + 字节数 / B，同分发，按合并的数据类型计</translation>
    </message>
</context>
<context>
    <name>FormulaSource</name>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="56"/>
        <source>Adam in mixed precision (Rajbhandari et al., ZeRO)</source>
        <translation>混合精度下的 Adam（Rajbhandari et al., ZeRO）</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="57"/>
        <source>DeepEP byte accounting</source>
        <translation>DeepEP 的字节核算</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="58"/>
        <source>DeepEP byte accounting; nccl-tests PERFORMANCE.md</source>
        <translation>DeepEP 的字节核算；nccl-tests PERFORMANCE.md</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="59"/>
        <source>DeepEP docs/legacy.md, &apos;Low-latency kernels with pure RDMA&apos; (H800, CX7 400 Gb/s, 128 tokens, hidden 7168, top-8)</source>
        <translation>DeepEP docs/legacy.md，&apos;Low-latency kernels with pure RDMA&apos;（H800，CX7 400 Gb/s，128 个 token，隐藏维度 7168，top-8）</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="62"/>
        <source>DeepSeek-V2 (arXiv 2405.04434), Table 1</source>
        <translation>DeepSeek-V2（arXiv 2405.04434），表 1</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="63"/>
        <source>DeepSeek-V3 report (arXiv 2412.19437), section 3.2.2: 20 of 132 SMs for communication</source>
        <translation>DeepSeek-V3 技术报告（arXiv 2412.19437），第 3.2.2 节：132 个 SM 中 20 个用于通信</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="65"/>
        <source>DeepSeek-V3 report (arXiv 2412.19437), section 3.2.2: 20 of 132 SMs for communication; SGLang batch_overlap/operations_strategy.py (DeepSeek blog strategies); deepseek-ai/profile-data README</source>
        <translation>DeepSeek-V3 报告（arXiv 2412.19437）第 3.2.2 节：132 个 SM 中 20 个用于通信；SGLang batch_overlap/operations_strategy.py（DeepSeek 博客中的策略）；deepseek-ai/profile-data README</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="69"/>
        <source>Korthikanti et al. 2022, Appendix A</source>
        <translation>Korthikanti et al. 2022，附录 A</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="70"/>
        <source>Korthikanti et al. 2022, Appendix A: 72 B s l h^2 (1 + s/(6h) + V/(12 l h))</source>
        <translation>Korthikanti et al. 2022，附录 A：72 B s l h^2 (1 + s/(6h) + V/(12 l h))</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="71"/>
        <source>Korthikanti et al. 2022, Table 2</source>
        <translation>Korthikanti et al. 2022，表 2</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="72"/>
        <source>Korthikanti et al. 2022, Table 2 (full recomputation)</source>
        <translation>Korthikanti et al. 2022，表 2（完全重计算）</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="73"/>
        <source>Narayanan et al. 2021</source>
        <translation>Narayanan et al. 2021</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="74"/>
        <source>Narayanan et al. 2021, scatter/gather optimisation</source>
        <translation>Narayanan et al. 2021，scatter/gather 优化</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="75"/>
        <source>Narayanan et al. 2021; Mixtral and DeepSeek-V3 architectures</source>
        <translation>Narayanan et al. 2021；Mixtral 与 DeepSeek-V3 的架构</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="76"/>
        <source>kernel-level model: Megatron-Core&apos;s kernels per layer, timed by the system&apos;s efficiency model (docs/model.md, docs/systems.md)</source>
        <translation>内核级模型：Megatron-Core 每层的内核，按系统的效率模型计时（docs/model.md、docs/systems.md）</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="79"/>
        <source>nccl-tests PERFORMANCE.md (ring all-reduce)</source>
        <translation>nccl-tests PERFORMANCE.md（环形 all-reduce）</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="80"/>
        <source>roofline: max(FLOPs / (peak x efficiency), bytes / (HBM x efficiency))</source>
        <translation>roofline：max(FLOPs / (峰值 x 效率), 字节数 / (HBM x 效率))</translation>
    </message>
</context>
<context>
    <name>FormulaValues</name>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="20"/>
        <source>%1 layers, %2 assignments per layer (group tokens %3 x k %4)</source>
        <translation>%1 层，每层 %2 次分配（组内 token 数 %3 x k %4）</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="21"/>
        <source>%1 params x %2</source>
        <translation>%1 个参数 x %2</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="22"/>
        <source>%1 tokens x %2 x %3</source>
        <translation>%1 个 token x %2 x %3</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="23"/>
        <source>%1 tokens x k x ETP x hidden x bytes + received assignments</source>
        <translation>%1 个 token x k x ETP x 隐藏维度 x 字节数 + 接收的分配</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="24"/>
        <source>%1 x %2 s (stage %3)</source>
        <translation>%1 x %2 s（阶段 %3）</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="25"/>
        <source>%1 x %2 x (max(%3, %4) B; M = %5, peers in node = %6; NVLink %7 B/s, NIC %8 B/s; alpha %9 s)</source>
        <translation>%1 x %2 x (max(%3, %4) B；M = %5，节点内对端数 = %6；NVLink %7 B/s，NIC %8 B/s；alpha %9 s)</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="27"/>
        <source>%1 x (%2 + %3) + ... (expert FFN %4)</source>
        <translation>%1 x (%2 + %3) + ...（专家 FFN %4）</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="28"/>
        <source>(%1 + %2 x %3) x (%4 + %5) with sharding off</source>
        <translation>(%1 + %2 x %3) x (%4 + %5)，不分片</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="29"/>
        <source>(%1 + %2 x %3) x (%4 + %5) with sharding on</source>
        <translation>(%1 + %2 x %3) x (%4 + %5)，分片</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="30"/>
        <source>%1 x (common forward %2 ms + backward %3 ms + recompute %4 ms; routed forward %5 ms + backward %6 ms + recompute %7 ms)</source>
        <translation>%1 x（公共部分 前向 %2 ms + 反向 %3 ms + 重计算 %4 ms；路由部分 前向 %5 ms + 反向 %6 ms + 重计算 %7 ms）</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="33"/>
        <source>%1 x (common forward %2 ms; routed forward %3 ms)</source>
        <translation>%1 x（公共部分 前向 %2 ms；路由部分 前向 %3 ms）</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="34"/>
        <source>%1 x (forward %2 ms + backward %3 ms + recompute %4 ms)</source>
        <translation>%1 x（前向 %2 ms + 反向 %3 ms + 重计算 %4 ms）</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="35"/>
        <source>%1 x (forward %2 ms + backward %3 ms + recompute %4 ms) + (%5 + %6) x head (forward %7 ms + backward %8 ms + recompute %9 ms)</source>
        <translation>%1 x（前向 %2 ms + 反向 %3 ms + 重计算 %4 ms）+ (%5 + %6) x 输出头（前向 %7 ms + 反向 %8 ms + 重计算 %9 ms）</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="38"/>
        <source>%1 x (forward %2 ms)</source>
        <translation>%1 x（前向 %2 ms）</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="39"/>
        <source>%1 x (forward %2 ms) + (%3 + %4) x head (forward %5 ms)</source>
        <translation>%1 x（前向 %2 ms）+ (%3 + %4) x 输出头（前向 %5 ms）</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="42"/>
        <source>min(%1 x %2, %3); SM share %4 / %5; decode: %6 x stall(output %7, prepare %8, core %9, router %10, shared %11, routed %12, dispatch %13, combine %14 ms)</source>
        <translation>min(%1 x %2, %3)；SM 占比 %4 / %5；解码：%6 x 停顿（输出 %7，准备 %8，核心 %9，路由器 %10，共享 %11，路由 %12，分发 %13，合并 %14 ms）</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="45"/>
        <source>min(%1 x %2, %3); SM share %4 / %5; prefill: %6 x stall(output %7, prepare %8, core %9, router %10, shared %11, routed %12, dispatch %13, combine %14 ms)</source>
        <translation>min(%1 x %2, %3)；SM 占比 %4 / %5；预填充：%6 x 停顿（输出 %7，准备 %8，核心 %9，路由器 %10，共享 %11，路由 %12，分发 %13，合并 %14 ms）</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="40"/>
        <source>DP %1 x %2 B, EDP %3 x %4 B at %5 B/s</source>
        <translation>DP %1 x %2 B，EDP %3 x %4 B，带宽 %5 B/s</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="41"/>
        <source>min(%1 x %2, %3); SM share %4 / %5</source>
        <translation>min(%1 x %2, %3)；SM 占比 %4 / %5</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationtexts.cpp" line="48"/>
        <source>sbh = %1, t = %2, a = %3, s = %4, dense layer %5 B, MoE home %6 B, %7 assignments x %8 B, in flight %9</source>
        <translation>sbh = %1，t = %2，a = %3，s = %4，稠密层 %5 B，MoE 本地部分 %6 B，%7 次分配 x %8 B，同时在途 %9</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <location filename="../ui/window/gettingstarted.cpp" line="22"/>
        <source>EP, expert parallelism</source>
        <translation>EP，专家并行</translation>
    </message>
    <message>
        <location filename="../ui/window/gettingstarted.cpp" line="23"/>
        <source>The experts of each MoE layer are spread over EP GPUs; every token is sent to the GPUs of its top-k experts and back (the all-to-all dispatch and combine).</source>
        <translation>每个 MoE 层的专家分布在 EP 个 GPU 上；每个 token 被发送到其 top-k 专家所在的 GPU 并返回（all-to-all 分发与合并）。</translation>
    </message>
    <message>
        <location filename="../ui/window/gettingstarted.cpp" line="26"/>
        <source>TP, tensor parallelism</source>
        <translation>TP，张量并行</translation>
    </message>
    <message>
        <location filename="../ui/window/gettingstarted.cpp" line="27"/>
        <source>Each layer&apos;s weight matrices are split over TP GPUs, which add their partial results with an all-reduce (or a reduce-scatter and an all-gather under sequence parallelism) twice per layer and pass.</source>
        <translation>每层的权重矩阵切分到 TP 个 GPU 上，它们每层每遍用两次 all-reduce（序列并行下为 reduce-scatter 加 all-gather）累加部分结果。</translation>
    </message>
    <message>
        <location filename="../ui/window/gettingstarted.cpp" line="31"/>
        <source>PP, pipeline parallelism</source>
        <translation>PP，流水线并行</translation>
    </message>
    <message>
        <location filename="../ui/window/gettingstarted.cpp" line="32"/>
        <source>The layers are cut into PP stages on different GPUs; micro-batches flow through them, and the pipeline fills and drains once per step (the bubble, (PP - 1) / m of the ideal time under 1F1B).</source>
        <translation>各层被切分为位于不同 GPU 上的 PP 个阶段；微批次依次流过，流水线每步填充和排空一次（气泡，在 1F1B 下为理想时间的 (PP - 1) / m）。</translation>
    </message>
    <message>
        <location filename="../ui/window/gettingstarted.cpp" line="36"/>
        <source>DP, data parallelism</source>
        <translation>DP，数据并行</translation>
    </message>
    <message>
        <location filename="../ui/window/gettingstarted.cpp" line="37"/>
        <source>DP replicas of each stage each take a share of the batch and reduce their gradients together after the step&apos;s last micro-batch.</source>
        <translation>每个阶段的 DP 个副本各处理批次的一部分，并在该步最后一个微批次之后共同归约梯度。</translation>
    </message>
    <message>
        <location filename="../ui/window/gettingstarted.cpp" line="40"/>
        <source>ETP, expert tensor parallelism</source>
        <translation>ETP，专家张量并行</translation>
    </message>
    <message>
        <location filename="../ui/window/gettingstarted.cpp" line="41"/>
        <source>Each expert&apos;s matrices are split over ETP GPUs, as TP splits the dense layers; EP x ETP must divide TP x DP.</source>
        <translation>每个专家的矩阵切分到 ETP 个 GPU 上，如同 TP 切分稠密层；EP x ETP 必须整除 TP x DP。</translation>
    </message>
    <message>
        <location filename="../ui/window/gettingstarted.cpp" line="44"/>
        <source>EDP, expert data parallelism</source>
        <translation>EDP，专家数据并行</translation>
    </message>
    <message>
        <location filename="../ui/window/gettingstarted.cpp" line="45"/>
        <source>How many copies of each expert exist: EDP = TP x DP / (EP x ETP). The experts&apos; gradients are reduced over EDP, the other weights&apos; over DP.</source>
        <translation>每个专家的副本数：EDP = TP x DP / (EP x ETP)。专家的梯度在 EDP 上归约，其他权重的梯度在 DP 上归约。</translation>
    </message>
    <message>
        <location filename="../ui/window/gettingstarted.cpp" line="48"/>
        <source>Micro-batch</source>
        <translation>微批次</translation>
    </message>
    <message>
        <location filename="../ui/window/gettingstarted.cpp" line="49"/>
        <source>The part of a replica&apos;s batch that goes through the pipeline at once. More micro-batches shrink the pipeline bubble but keep more activations in flight.</source>
        <translation>一个副本的批次中一次通过流水线的部分。更多微批次会缩小流水线气泡，但同时保留更多激活值。</translation>
    </message>
    <message>
        <location filename="../ui/window/gettingstarted.cpp" line="52"/>
        <source>MFU, model FLOPs utilisation</source>
        <translation>MFU，模型 FLOPs 利用率</translation>
    </message>
    <message>
        <location filename="../ui/window/gettingstarted.cpp" line="53"/>
        <source>The model&apos;s FLOPs per step (without recomputation) divided by the step time and the GPUs&apos; dense peak: how much of the hardware the model itself uses.</source>
        <translation>模型每步的 FLOPs（不含重计算）除以步时间和 GPU 的稠密峰值：模型本身利用了多少硬件。</translation>
    </message>
    <message>
        <location filename="../ui/window/gettingstarted.cpp" line="56"/>
        <source>Straggler</source>
        <translation>拖后腿者</translation>
    </message>
    <message>
        <location filename="../ui/window/gettingstarted.cpp" line="57"/>
        <source>The slowest GPU of a step: every GPU waits for it at the next collective, so its time is the step&apos;s. The grid outlines it and the headline names it.</source>
        <translation>一步中最慢的 GPU：所有 GPU 在下一次集合通信时等待它，因此它的时间就是该步的时间。网格为它描边，标题栏给出它的名称。</translation>
    </message>
    <message>
        <location filename="../ui/window/gettingstarted.cpp" line="82"/>
        <source>Getting started</source>
        <translation>入门</translation>
    </message>
    <message>
        <location filename="../ui/window/gettingstarted.cpp" line="85"/>
        <source>&lt;b&gt;Parameters&lt;/b&gt; (left): drag EP, TP, PP, DP, ETP, the batch, the sequence or the micro-batches. A slider stops only at legal values; the line under it says which. Every move is one undo step (Ctrl+Z).</source>
        <translation>&lt;b&gt;参数&lt;/b&gt;（左侧）：拖动 EP、TP、PP、DP、ETP、批大小、序列或微批次。滑块只停在合法值上，其下方一行列出这些值。每次移动都是一个撤销步骤（Ctrl+Z）。</translation>
    </message>
    <message>
        <location filename="../ui/window/gettingstarted.cpp" line="88"/>
        <source>&lt;b&gt;Headline&lt;/b&gt; (top): step time, throughput, MFU and the fullest GPU&apos;s memory. A failed check is named here in red.</source>
        <translation>&lt;b&gt;标题栏&lt;/b&gt;（顶部）：步时间、吞吐量、MFU 以及最满 GPU 的显存。未通过的检查会在此以红色标出。</translation>
    </message>
    <message>
        <location filename="../ui/window/gettingstarted.cpp" line="90"/>
        <source>&lt;b&gt;GPU grid&lt;/b&gt;: one cell per GPU, grouped by node, coloured by the metric you choose above it. The straggler is outlined; hover a cell for its figures, drag an expert to move it.</source>
        <translation>&lt;b&gt;GPU 网格&lt;/b&gt;：每个 GPU 一格，按节点分组，按上方所选指标着色。拖后腿者带描边；悬停单元格可查看其数值，拖动专家可移动它。</translation>
    </message>
    <message>
        <location filename="../ui/window/gettingstarted.cpp" line="93"/>
        <source>&lt;b&gt;Latency and memory charts&lt;/b&gt; (bottom): where the step time goes, component by component, and what fills the GPUs. Hover a bar for its formula.</source>
        <translation>&lt;b&gt;延迟与显存图&lt;/b&gt;（底部）：步时间按组成部分的去向，以及占满 GPU 的内容。悬停条形可查看其公式。</translation>
    </message>
    <message>
        <location filename="../ui/window/gettingstarted.cpp" line="95"/>
        <source>&lt;b&gt;Explain&lt;/b&gt; (View, Ctrl+2): every figure with its formula, the values put in and the source.</source>
        <translation>&lt;b&gt;解释&lt;/b&gt;（视图，Ctrl+2）：每个数值及其公式、代入的值和来源。</translation>
    </message>
    <message>
        <location filename="../ui/window/gettingstarted.cpp" line="97"/>
        <source>&lt;b&gt;Search&lt;/b&gt; (View, Ctrl+4): every legal strategy ranked, with the Pareto front and a feasibility map; double-click a result to apply it. Strategy &gt; Pin as Baseline compares a proposal with today&apos;s deployment.</source>
        <translation>&lt;b&gt;搜索&lt;/b&gt;（视图，Ctrl+4）：所有合法策略的排名，附帕累托前沿和可行性图；双击结果即可应用。策略 &gt; 固定为基线 可将方案与当前部署进行比较。</translation>
    </message>
    <message>
        <location filename="../ui/window/gettingstarted.cpp" line="100"/>
        <source>&lt;b&gt;Serving&lt;/b&gt; (View, Ctrl+5): for requests of a given input and output length, the front of throughput per GPU against speed per user, the best deployment meeting your TTFT and TPOT targets, and why the others lose.</source>
        <translation>&lt;b&gt;推理服务&lt;/b&gt;（视图，Ctrl+5）：针对给定输入和输出长度的请求，给出每 GPU 吞吐量对每用户速度的前沿、满足 TTFT 和 TPOT 目标的最佳部署，以及其他部署落后的原因。</translation>
    </message>
    <message>
        <location filename="../ui/window/gettingstarted.cpp" line="103"/>
        <source>&lt;b&gt;File&lt;/b&gt;: open a built-in profile (the gallery), compose a new one from the systems and models libraries, save, export charts and a design-review report.</source>
        <translation>&lt;b&gt;文件&lt;/b&gt;：打开内置配置（图库），从系统库和模型库组合新配置，保存，导出图表和设计评审报告。</translation>
    </message>
    <message>
        <location filename="../ui/window/gettingstarted.cpp" line="110"/>
        <source>Glossary</source>
        <translation>术语表</translation>
    </message>
    <message>
        <location filename="../ui/window/gettingstarted.cpp" line="117"/>
        <source>F1 on a slider opens this glossary at its term. docs/ holds every formula with its source.</source>
        <translation>在滑块上按 F1 会在其术语处打开本术语表。docs/ 中给出每个公式及其来源。</translation>
    </message>
</context>
<context>
    <name>GridLegend</name>
    <message>
        <location filename="../ui/grid/gridlegend.cpp" line="44"/>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridlegend.cpp" line="54"/>
        <source>over capacity</source>
        <translation>超出容量</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridlegend.cpp" line="55"/>
        <source>above scale</source>
        <translation>高于色标</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridlegend.cpp" line="64"/>
        <source>│ mean %1</source>
        <translation>│ 均值 %1</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridlegend.cpp" line="68"/>
        <source>%1 (capacity)</source>
        <translation>%1（容量）</translation>
    </message>
</context>
<context>
    <name>GridMetric</name>
    <message>
        <location filename="../ui/grid/gridmetric.cpp" line="94"/>
        <location filename="../ui/grid/gridmetric.cpp" line="151"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridmetric.cpp" line="113"/>
        <source> … (%1 more)</source>
        <translation> …（另有 %1 个）</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridmetric.cpp" line="120"/>
        <source>layer %1: experts %2</source>
        <translation>第 %1 层：专家 %2</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridmetric.cpp" line="130"/>
        <source>layer %1: none (its pipeline stage holds layers %2)</source>
        <translation>第 %1 层：无（其流水线阶段包含第 %2 层）</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridmetric.cpp" line="149"/>
        <source>no MoE layers in its pipeline stage</source>
        <translation>其流水线阶段中没有 MoE 层</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridmetric.cpp" line="152"/>
        <source>%1 experts in each of its %2 MoE layers</source>
        <translation>其 %2 个 MoE 层中每层 %1 个专家</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridmetric.cpp" line="162"/>
        <source>Memory used</source>
        <translation>已用显存</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridmetric.cpp" line="164"/>
        <source>Experts hosted</source>
        <translation>承载的专家</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridmetric.cpp" line="166"/>
        <source>Tokens routed per step</source>
        <translation>每步路由的 token</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridmetric.cpp" line="168"/>
        <source>All-to-all sent per step</source>
        <translation>每步 all-to-all 发送量</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridmetric.cpp" line="170"/>
        <source>Compute time per step</source>
        <translation>每步计算时间</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridmetric.cpp" line="172"/>
        <source>Expert load per slot</source>
        <translation>每个槽位的专家负载</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridmetric.cpp" line="181"/>
        <location filename="../ui/grid/gridmetric.cpp" line="187"/>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridmetric.cpp" line="183"/>
        <source>experts</source>
        <translation>专家</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridmetric.cpp" line="185"/>
        <location filename="../ui/grid/gridmetric.cpp" line="191"/>
        <source>tokens</source>
        <translation>token</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridmetric.cpp" line="189"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridmetric.cpp" line="199"/>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridmetric.cpp" line="296"/>
        <source>GPU %1 · node %2</source>
        <translation>GPU %1 · 节点 %2</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridmetric.cpp" line="299"/>
        <source>idle: the strategy uses the first %1 GPUs</source>
        <translation>空闲：该策略只使用前 %1 个 GPU</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridmetric.cpp" line="300"/>
        <source>idle: the strategy cannot run</source>
        <translation>空闲：该策略无法运行</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridmetric.cpp" line="303"/>
        <source>TP %1 · PP %2 · DP %3 · EP %4</source>
        <translation>TP %1 · PP %2 · DP %3 · EP %4</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridmetric.cpp" line="305"/>
        <source> · ETP %1 · EDP %2</source>
        <translation> · ETP %1 · EDP %2</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridmetric.cpp" line="309"/>
        <source>memory: %1 of %2 (%3)</source>
        <translation>显存：%1 / %2（%3）</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridmetric.cpp" line="314"/>
        <source>tokens routed in this layer: %1 per step</source>
        <translation>本层路由的 token：每步 %1</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridmetric.cpp" line="315"/>
        <source>tokens routed: %1 per step</source>
        <translation>路由的 token：每步 %1</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridmetric.cpp" line="317"/>
        <source>compute: %1 per step</source>
        <translation>计算：每步 %1</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridmetric.cpp" line="318"/>
        <source>all-to-all sent: %1 per step</source>
        <translation>all-to-all 发送：每步 %1</translation>
    </message>
</context>
<context>
    <name>HeatMap</name>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="62"/>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="64"/>
        <source>node</source>
        <translation>节点</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="64"/>
        <source>nodes</source>
        <translation>节点</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="72"/>
        <source>GPUs folded into nodes: %1. </source>
        <translation>GPU 已按节点合并：%1。</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="73"/>
        <source>GPUs folded into blocks of %1 nodes: %2. </source>
        <translation>GPU 已按每 %1 个节点一块合并：%2。</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="88"/>
        <source>Nothing to show: %1</source>
        <translation>无可显示内容：%1</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="91"/>
        <source>Nothing to show: the model has no MoE layers.</source>
        <translation>无可显示内容：该模型没有 MoE 层。</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="129"/>
        <source>Routing share by layer × expert</source>
        <translation>按层 × 专家的路由份额</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="131"/>
        <source>Load by GPU × layer</source>
        <translation>按 GPU × 层的负载</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="133"/>
        <source>All-to-all traffic, GPU × GPU</source>
        <translation>all-to-all 流量，GPU × GPU</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="144"/>
        <source>%1 tokens</source>
        <translation>%1 个 token</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="170"/>
        <source>the same GPU</source>
        <translation>同一 GPU</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="170"/>
        <source>no value (its pipeline stage lacks this layer)</source>
        <translation>无数值（其流水线阶段不含此层）</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="174"/>
        <source> (%1× the mean)</source>
        <translation>（均值的 %1 倍）</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="180"/>
        <source> per step, </source>
        <translation> 每步，</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="180"/>
        <source>inside a node (NVLink)</source>
        <translation>节点内（NVLink）</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="180"/>
        <source>across nodes (NIC)</source>
        <translation>跨节点（NIC）</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="183"/>
        <source>; the hottest</source>
        <translation>；最热</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="196"/>
        <location filename="../ui/heatmaps/heatmap.cpp" line="246"/>
        <source>MoE layer</source>
        <translation>MoE 层</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="197"/>
        <source>expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="223"/>
        <source>Share of each MoE layer&apos;s routed tokens (dropped ones included) by expert; an even spread gives each 1/%1 = %2. Hottest: expert %3 in MoE layer %4, %5.</source>
        <translation>每个 MoE 层路由的 token（含被丢弃的）按专家划分的份额；均匀分布时每个专家为 1/%1 = %2。最热：MoE 层 %4 中的专家 %3，%5。</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="279"/>
        <source>each row shows its busiest GPU</source>
        <translation>每行显示其中最忙的 GPU</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="280"/>
        <source>Token-to-expert assignments each GPU&apos;s expert slots process per step, by MoE layer; hatched: the GPU&apos;s pipeline stage lacks the layer. Mean %1.</source>
        <translation>每个 GPU 的专家槽位每步处理的 token 到专家分配数，按 MoE 层划分；阴影线：该 GPU 的流水线阶段不含此层。均值 %1。</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="285"/>
        <source> Busiest: %1 %2 in MoE layer %3, %4 (%5× the mean).</source>
        <translation>最忙：MoE 层 %3 中的 %1 %2，%4（均值的 %5 倍）。</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="301"/>
        <source>Nothing to show: no all-to-all traffic.</source>
        <translation>无可显示内容：没有 all-to-all 流量。</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="308"/>
        <source>from %1</source>
        <translation>从 %1</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="309"/>
        <source>to %1</source>
        <translation>到 %1</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="329"/>
        <source>a cell sums the bytes between them; the diagonal stays inside a node</source>
        <translation>每个单元格为其间字节数之和；对角线为节点内流量</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="330"/>
        <source>Bytes each GPU sends each other GPU per step in the MoE all-to-alls (dispatch and combine). Outlined squares: links inside a node (NVLink); the rest cross nodes (NIC).</source>
        <translation>每个 GPU 每步在 MoE all-to-all（分发与合并）中发送给其他每个 GPU 的字节数。带边框的方块：节点内链路（NVLink）；其余为跨节点链路（NIC）。</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="333"/>
        <source> No GPU sends to another: expert parallelism is 1.</source>
        <translation>没有 GPU 向其他 GPU 发送：专家并行度为 1。</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="338"/>
        <source> Hottest link: %1 %2 → %1 %3, %4 per step, %5.</source>
        <translation>最热链路：%1 %2 → %1 %3，每步 %4，%5。</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="341"/>
        <source>inside a node</source>
        <translation>节点内</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmap.cpp" line="341"/>
        <source>across nodes</source>
        <translation>跨节点</translation>
    </message>
</context>
<context>
    <name>ProfileFile</name>
    <message>
        <location filename="../core/profile/jsonreader.cpp" line="25"/>
        <location filename="../core/profile/usersystemfile.cpp" line="175"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../core/profile/jsonreader.cpp" line="81"/>
        <source>the string &quot;%1&quot;</source>
        <translation>字符串“%1”</translation>
    </message>
    <message>
        <location filename="../core/profile/jsonreader.cpp" line="88"/>
        <source>an object</source>
        <translation>一个对象</translation>
    </message>
    <message>
        <location filename="../core/profile/jsonreader.cpp" line="90"/>
        <source>an array</source>
        <translation>一个数组</translation>
    </message>
    <message>
        <location filename="../core/profile/jsonreader.cpp" line="92"/>
        <source>an unsupported value</source>
        <translation>一个不受支持的值</translation>
    </message>
    <message>
        <location filename="../core/profile/jsonreader.cpp" line="103"/>
        <source>from %1 to %2</source>
        <translation>（%1 到 %2）</translation>
    </message>
    <message>
        <location filename="../core/profile/jsonreader.cpp" line="104"/>
        <source>greater than %1 and at most %2</source>
        <translation>（大于 %1 且不超过 %2）</translation>
    </message>
    <message>
        <location filename="../core/profile/jsonreader.cpp" line="111"/>
        <location filename="../core/profile/jsonreader.cpp" line="116"/>
        <location filename="../core/profile/jsonreader.cpp" line="120"/>
        <source>expected an integer %1, got %2</source>
        <translation>应为整数%1，实际为 %2</translation>
    </message>
    <message>
        <location filename="../core/profile/jsonreader.cpp" line="129"/>
        <location filename="../core/profile/jsonreader.cpp" line="134"/>
        <source>expected a number %1, got %2</source>
        <translation>应为数值%1，实际为 %2</translation>
    </message>
    <message>
        <location filename="../core/profile/jsonreader.cpp" line="149"/>
        <source>expected an object at the top level of the file, got %1</source>
        <translation>文件顶层应为一个对象，实际为 %1</translation>
    </message>
    <message>
        <location filename="../core/profile/jsonreader.cpp" line="150"/>
        <source>expected an object, got %1</source>
        <translation>应为一个对象，实际为 %1</translation>
    </message>
    <message>
        <location filename="../core/profile/jsonreader.cpp" line="170"/>
        <location filename="../core/profile/usersystemfile.cpp" line="56"/>
        <source>required key is missing</source>
        <translation>缺少必需的键</translation>
    </message>
    <message>
        <location filename="../core/profile/jsonreader.cpp" line="220"/>
        <location filename="../core/profile/hfimport.cpp" line="96"/>
        <source>expected true or false, got %1</source>
        <translation>应为 true 或 false，实际为 %1</translation>
    </message>
    <message>
        <location filename="../core/profile/jsonreader.cpp" line="233"/>
        <source>expected a string, got %1</source>
        <translation>应为字符串，实际为 %1</translation>
    </message>
    <message>
        <location filename="../core/profile/jsonreader.cpp" line="253"/>
        <location filename="../core/profile/profileparse.cpp" line="379"/>
        <location filename="../core/profile/recomputemodules.cpp" line="56"/>
        <source>expected one of %1, got %2</source>
        <translation>应为 %1 之一，实际为 %2</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="67"/>
        <source>expected at least one dense peak by data type (fp4, fp8, bf16, fp16, tf32, fp32)</source>
        <translation>应至少给出一种数据类型的稠密峰值（fp4、fp8、bf16、fp16、tf32、fp32）</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="101"/>
        <source>expected a multiple of gpus_per_node (%1), got %2</source>
        <translation>应为 gpus_per_node（%1）的倍数，实际为 %2</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="138"/>
        <source>the flat efficiencies are the version 1 model; with cluster.system the system&apos;s kernel efficiency model times every kernel. Remove one of them</source>
        <translation>统一效率是版本 1 的模型；使用 cluster.system 时，由系统的内核效率模型为每个内核计时。请删除其中之一</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="148"/>
        <source>the runtime reserve (%1 GiB) must be smaller than the GPU memory (%2 GiB)</source>
        <translation>运行时预留（%1 GiB）必须小于 GPU 显存（%2 GiB）</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="179"/>
        <source>unknown model preset &quot;%1&quot;; the built-in models are %2</source>
        <translation>未知模型预设“%1”；内置模型为 %2</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="195"/>
        <source>expected a divisor of heads (%1), got %2</source>
        <translation>应为 heads（%1）的因数，实际为 %2</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="201"/>
        <source>hidden (%1) is not a multiple of heads (%2); give model.head_dim</source>
        <translation>hidden（%1）不是 heads（%2）的倍数；请给出 model.head_dim</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="229"/>
        <source>the experts (%1) must split into equal groups; %2 does not divide them</source>
        <translation>专家（%1 个）必须能均分成组；%2 不能整除它们</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="234"/>
        <source>a model without experts must have dense_layers equal to layers (%1), got %2</source>
        <translation>没有专家的模型的 dense_layers 必须等于 layers（%1），实际为 %2</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="239"/>
        <source>every layer is dense, so experts must be 0; got dense_layers = layers = %1</source>
        <translation>每一层都是稠密层，因此 experts 必须为 0；实际为 dense_layers = layers = %1</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="245"/>
        <source>dense layers need a dense FFN size of at least 1</source>
        <translation>稠密层需要至少为 1 的稠密 FFN 维度</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="311"/>
        <source>expected an array of per-expert load rows, got %1</source>
        <translation>应为按专家的负载行数组，实际为 %1</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="316"/>
        <source>expected 1 row or one per MoE layer (%1), got %2</source>
        <translation>应为 1 行或每个 MoE 层一行（%1 行），实际为 %2</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="323"/>
        <source>%1 values</source>
        <translation>%1 个值</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="325"/>
        <source>expected an array of %1 expert loads, got %2</source>
        <translation>应为包含 %1 个专家负载的数组，实际为 %2</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="336"/>
        <source>expected at least one positive load, got all zeros</source>
        <translation>应至少有一个正负载，实际全为零</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="352"/>
        <source>expected an array of layer counts, one per pipeline stage (or per model chunk), got %1</source>
        <translation>应为层数数组，每个流水线阶段（或每个模型块）一个，实际为 %1</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="353"/>
        <source>an empty array</source>
        <translation>一个空数组</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="357"/>
        <source>lists %1 stages for %2 layers</source>
        <translation>为 %2 层列出了 %1 个阶段</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="367"/>
        <source>the layers listed add up to %1, but the model has %2</source>
        <translation>列出的层数合计为 %1，但模型有 %2 层</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="419"/>
        <source>virtual stages are chunks of the interleaved schedule; set schedule to &quot;interleaved&quot; or virtual_stages to 1</source>
        <translation>虚拟阶段是交错调度的模型块；请将 schedule 设为“interleaved”，或将 virtual_stages 设为 1</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="470"/>
        <source>a prefill computes at least one token of each prompt; %1 of %2 tokens leaves less than one</source>
        <translation>预填充至少要计算每个提示的一个 token；%2 个 token 的 %1 剩下不到一个</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="485"/>
        <source>placement &quot;manual&quot; needs an array with the experts of each EP rank, got %1</source>
        <translation>放置方式“manual”需要一个列出每个 EP rank 专家的数组，实际为 %1</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="493"/>
        <source>expected an array of the expert ids on EP rank %1, got %2</source>
        <translation>应为 EP rank %1 上的专家编号数组，实际为 %2</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="575"/>
        <source>nesting deeper than %1 levels at byte %2; a profile needs only a few</source>
        <translation>在第 %2 字节处嵌套超过 %1 层；配置文件只需要几层</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="598"/>
        <source>line %1, column %2</source>
        <translation>第 %1 行第 %2 列</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="629"/>
        <source>the file is larger than %1 bytes (16 MiB), the limit for a profile</source>
        <translation>文件大于 %1 字节（16 MiB），超出配置文件的上限</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="633"/>
        <source>the file is empty; expected a JSON object with &quot;format&quot;: &quot;moe-explorer-profile&quot;</source>
        <translation>文件为空；应为包含 &quot;format&quot;: &quot;moe-explorer-profile&quot; 的 JSON 对象</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="641"/>
        <source>the file is UTF-16; a profile is UTF-8 text: save it as UTF-8</source>
        <translation>文件为 UTF-16 编码；配置文件是 UTF-8 文本：请另存为 UTF-8</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="646"/>
        <source>not valid JSON: a NUL byte at %1; a profile is UTF-8 text</source>
        <translation>不是有效的 JSON：%1 处有 NUL 字节；配置文件是 UTF-8 文本</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="654"/>
        <source>the key appears twice in one object, first at %1 and again at %2; keep one of them</source>
        <translation>该键在同一对象中出现两次，先在%1，又在%2；请保留其一</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="665"/>
        <source>not valid JSON (the text ends early; is the file truncated?) at %1</source>
        <translation>不是有效的 JSON（文本提前结束；文件是否被截断？），位于%1</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="666"/>
        <source>not valid JSON: extra text after the JSON object at %1</source>
        <translation>不是有效的 JSON：JSON 对象之后有多余文本，位于%1</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="667"/>
        <source>not valid JSON at %1</source>
        <translation>不是有效的 JSON，位于%1</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="675"/>
        <source>not valid JSON: the number %1 is too large for a double at %2</source>
        <translation>不是有效的 JSON：数字 %1 超出 double 范围，位于%2</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="677"/>
        <source>not valid JSON: a number is too large for a double</source>
        <translation>不是有效的 JSON：有数字超出 double 范围</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="686"/>
        <source>expected &quot;moe-explorer-profile&quot;, got %1</source>
        <translation>应为 &quot;moe-explorer-profile&quot;，实际为 %1</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="691"/>
        <source>this file has format version %1; this program reads up to %2. Update MoE Explorer to open it</source>
        <translation>此文件的格式版本为 %1；本程序最高读取版本 %2。请更新 MoE Explorer 后再打开</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="709"/>
        <source>the typed overlap fraction is the version 1 model; workload.overlap derives what is hidden from the schedule. Remove one of them</source>
        <translation>手填的重叠比例是版本 1 的模型；workload.overlap 从调度推导被隐藏的部分。请删除其中之一</translation>
    </message>
    <message>
        <location filename="../core/profile/profileparse.cpp" line="761"/>
        <source>could not read the profile: %1</source>
        <translation>无法读取配置文件：%1</translation>
    </message>
    <message>
        <location filename="../core/profile/profilefile.cpp" line="61"/>
        <source>a folder</source>
        <translation>一个文件夹</translation>
    </message>
    <message>
        <location filename="../core/profile/profilefile.cpp" line="64"/>
        <source>a FIFO (named pipe)</source>
        <translation>一个 FIFO（命名管道）</translation>
    </message>
    <message>
        <location filename="../core/profile/profilefile.cpp" line="67"/>
        <source>a device</source>
        <translation>一个设备</translation>
    </message>
    <message>
        <location filename="../core/profile/profilefile.cpp" line="70"/>
        <source>a socket</source>
        <translation>一个套接字</translation>
    </message>
    <message>
        <location filename="../core/profile/profilefile.cpp" line="72"/>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <location filename="../core/profile/profilefile.cpp" line="143"/>
        <source>cannot open &quot;%1&quot;: it is a symlink loop (its links lead back to themselves, or through more than 40 links)</source>
        <translation>无法打开“%1”：它是符号链接循环（链接指回自身，或经过 40 个以上链接）</translation>
    </message>
    <message>
        <location filename="../core/profile/profilefile.cpp" line="152"/>
        <source>cannot open &quot;%1&quot;: it is a dangling symbolic link to &quot;%2&quot;, which does not exist</source>
        <translation>无法打开“%1”：它是指向不存在的“%2”的悬空符号链接</translation>
    </message>
    <message>
        <location filename="../core/profile/profilefile.cpp" line="156"/>
        <location filename="../core/profile/hfimport.cpp" line="391"/>
        <source>cannot open &quot;%1&quot;: no such file</source>
        <translation>无法打开“%1”：文件不存在</translation>
    </message>
    <message>
        <location filename="../core/profile/profilefile.cpp" line="158"/>
        <source>cannot open &quot;%1&quot; for reading: %2</source>
        <translation>无法打开“%1”进行读取：%2</translation>
    </message>
    <message>
        <location filename="../core/profile/profilefile.cpp" line="167"/>
        <source>no file named: the profile&apos;s file name is empty</source>
        <translation>未指定文件：配置文件的文件名为空</translation>
    </message>
    <message>
        <location filename="../core/profile/profilefile.cpp" line="179"/>
        <location filename="../core/profile/profilefile.cpp" line="199"/>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <location filename="../core/profile/profilefile.cpp" line="184"/>
        <source>&quot;%1&quot; is %2, not a regular file; a profile must be a file</source>
        <translation>“%1”是%2，不是普通文件；配置文件必须是文件</translation>
    </message>
    <message>
        <location filename="../core/profile/profilefile.cpp" line="241"/>
        <source>cannot follow the link &quot;%1&quot;: %2; nothing was written</source>
        <translation>无法跟随链接“%1”：%2；未写入任何内容</translation>
    </message>
    <message>
        <location filename="../core/profile/profilefile.cpp" line="248"/>
        <source>&quot;%1&quot; is %2, not a regular file; nothing was written</source>
        <translation>“%1”是%2，不是普通文件；未写入任何内容</translation>
    </message>
    <message>
        <location filename="../core/profile/profilefile.cpp" line="254"/>
        <source>cannot write in the folder of &quot;%1&quot;: %2; the previous file is unchanged</source>
        <translation>无法在“%1”所在的文件夹中写入：%2；原有文件保持不变</translation>
    </message>
    <message>
        <location filename="../core/profile/profilefile.cpp" line="260"/>
        <source>could not write &quot;%1&quot;: %2; the previous file is unchanged</source>
        <translation>无法写入“%1”：%2；原有文件保持不变</translation>
    </message>
    <message>
        <location filename="../core/profile/profilefile.cpp" line="273"/>
        <source>cannot keep the file&apos;s permissions: %1</source>
        <translation>无法保留文件的权限：%1</translation>
    </message>
    <message>
        <location filename="../core/profile/profilefile.cpp" line="284"/>
        <source>could not replace &quot;%1&quot;: %2; the previous file is unchanged</source>
        <translation>无法替换“%1”：%2；原有文件保持不变</translation>
    </message>
    <message>
        <location filename="../core/profile/builtins.cpp" line="24"/>
        <source>no built-in profile named &quot;%1&quot;; the built-ins are %2</source>
        <translation>没有名为“%1”的内置配置文件；内置的有 %2</translation>
    </message>
    <message>
        <location filename="../core/profile/usersystems.cpp" line="90"/>
        <source>%1: not a regular file</source>
        <translation>%1：不是普通文件</translation>
    </message>
    <message>
        <location filename="../core/profile/usersystems.cpp" line="94"/>
        <source>%1: larger than 1 MiB; not a system file</source>
        <translation>%1：大于 1 MiB；不是系统文件</translation>
    </message>
    <message>
        <location filename="../core/profile/usersystems.cpp" line="99"/>
        <source>%1: cannot open the file for reading</source>
        <translation>%1：无法打开文件进行读取</translation>
    </message>
    <message>
        <location filename="../core/profile/usersystems.cpp" line="195"/>
        <source>the id is empty</source>
        <translation>ID 为空</translation>
    </message>
    <message>
        <location filename="../core/profile/usersystems.cpp" line="198"/>
        <source>the id &quot;%1&quot; is longer than 64 characters</source>
        <translation>ID“%1”超过 64 个字符</translation>
    </message>
    <message>
        <location filename="../core/profile/usersystems.cpp" line="201"/>
        <source>the id &quot;%1&quot; starts with &quot;.&quot;</source>
        <translation>ID“%1”以“.”开头</translation>
    </message>
    <message>
        <location filename="../core/profile/usersystems.cpp" line="207"/>
        <source>the id &quot;%1&quot; holds &quot;%2&quot;; use letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot;</source>
        <translation>ID“%1”含有“%2”；请使用字母、数字、“.”、“_”和“-”</translation>
    </message>
    <message>
        <location filename="../core/profile/usersystems.cpp" line="213"/>
        <source>&quot;%1&quot; is a built-in system; give the calibrated one another name</source>
        <translation>“%1”是内置系统；请为校准后的系统另取名称</translation>
    </message>
    <message>
        <location filename="../core/profile/usersystems.cpp" line="226"/>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <location filename="../core/profile/usersystems.cpp" line="238"/>
        <source>%1: /id: &quot;%2&quot; does not match the file name; a system file is named after its id (%2.json)</source>
        <translation>%1：/id：“%2”与文件名不符；系统文件以其 ID 命名（%2.json）</translation>
    </message>
    <message>
        <location filename="../core/profile/usersystems.cpp" line="262"/>
        <source>no folder for user systems: neither XDG_DATA_HOME nor HOME is set; nothing was written</source>
        <translation>没有用户系统文件夹：XDG_DATA_HOME 和 HOME 均未设置；未写入任何内容</translation>
    </message>
    <message>
        <location filename="../core/profile/usersystems.cpp" line="268"/>
        <source>cannot create the folder &quot;%1&quot;: %2; nothing was written</source>
        <translation>无法创建文件夹“%1”：%2；未写入任何内容</translation>
    </message>
    <message>
        <location filename="../core/profile/usersystems.cpp" line="377"/>
        <source>the user system &quot;%1&quot; does not load: %2</source>
        <translation>用户系统“%1”无法加载：%2</translation>
    </message>
    <message>
        <location filename="../core/profile/usersystems.cpp" line="384"/>
        <source>unknown system &quot;%1&quot;; the built-in systems are %2</source>
        <translation>未知系统“%1”；内置系统为 %2</translation>
    </message>
    <message>
        <location filename="../core/profile/usersystems.cpp" line="387"/>
        <source>unknown system &quot;%1&quot;; the built-in systems are %2; user systems are the ID.json files in %3</source>
        <translation>未知系统“%1”；内置系统为 %2；用户系统是 %3 中的 ID.json 文件</translation>
    </message>
    <message>
        <location filename="../core/profile/usersystemfile.cpp" line="69"/>
        <source>expected [rows, columns], got %1</source>
        <translation>应为 [行, 列]，实际为 %1</translation>
    </message>
    <message>
        <location filename="../core/profile/usersystemfile.cpp" line="98"/>
        <source>expected an array of file names</source>
        <translation>应为文件名数组</translation>
    </message>
    <message>
        <location filename="../core/profile/usersystemfile.cpp" line="102"/>
        <source>expected a file name</source>
        <translation>应为文件名</translation>
    </message>
    <message>
        <location filename="../core/profile/usersystemfile.cpp" line="142"/>
        <source>expected &quot;%1&quot;</source>
        <translation>应为 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/profile/usersystemfile.cpp" line="145"/>
        <source>expected 1, the only version of this format</source>
        <translation>应为 1，这是该格式唯一的版本</translation>
    </message>
    <message>
        <location filename="../core/profile/usersystemfile.cpp" line="168"/>
        <source>%1: unknown key, kept as it is</source>
        <translation>%1：未知的键，原样保留</translation>
    </message>
    <message>
        <location filename="../core/profile/usersystemfile.cpp" line="185"/>
        <source>%1: not valid JSON</source>
        <translation>%1：不是有效的 JSON</translation>
    </message>
    <message>
        <location filename="../core/profile/usersystemfile.cpp" line="189"/>
        <source>%1: could not read the system: %2</source>
        <translation>%1：无法读取该系统：%2</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="71"/>
        <source>missing: the %1 importer needs &quot;%2&quot;</source>
        <translation>缺失：%1 导入器需要“%2”</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="81"/>
        <source>%1 absent or null: %2 (%3)</source>
        <translation>%1 缺失或为 null：%2（%3）</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="90"/>
        <source>%1 absent: %2 (%3)</source>
        <translation>%1 缺失：%2（%3）</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="123"/>
        <source>no key/value head count: multi-head attention</source>
        <translation>未给出键/值头数：多头注意力</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="126"/>
        <source>expected a divisor of num_attention_heads (%1), got %2</source>
        <translation>应为 num_attention_heads（%1）的因数，实际为 %2</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="135"/>
        <source>hidden_size / num_attention_heads</source>
        <translation>hidden_size / num_attention_heads</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="138"/>
        <source>the transformers default for these models</source>
        <translation>这些模型在 transformers 中的默认值</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="146"/>
        <location filename="../core/profile/hfimport.cpp" line="325"/>
        <source>no shared experts</source>
        <translation>没有共享专家</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="150"/>
        <location filename="../core/profile/hfimport.cpp" line="173"/>
        <location filename="../core/profile/hfimport.cpp" line="221"/>
        <location filename="../core/profile/hfimport.cpp" line="329"/>
        <source>every layer has experts</source>
        <translation>每一层都有专家</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="151"/>
        <source>every layer after the dense ones has experts</source>
        <translation>稠密层之后的每一层都有专家</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="152"/>
        <source>%1 is not 1: the model puts all dense layers first; counts are unchanged</source>
        <translation>%1 不为 1：模型把所有稠密层放在最前；计数不变</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="156"/>
        <source>queries projected directly from the hidden state</source>
        <translation>查询直接由隐藏状态投影得到</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="163"/>
        <source>no multi-token-prediction module</source>
        <translation>没有多 token 预测模块</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="178"/>
        <source>expected a list of layer indices, got %1</source>
        <translation>应为层索引列表，实际为 %1</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="184"/>
        <source>the %1 dense layers (decoder_sparse_step, mlp_only_layers) are placed first</source>
        <translation>%1 个稠密层（decoder_sparse_step、mlp_only_layers）放在最前</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="192"/>
        <source>Qwen2-MoE&apos;s q/k/v biases (qkv_bias) and shared-expert gate are left out (a few thousand parameters per layer)</source>
        <translation>Qwen2-MoE 的 q/k/v 偏置（qkv_bias）和共享专家门控未计入（每层几千个参数）</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="200"/>
        <source>%1 %2 is not a multiple of moe_intermediate_size; modelled as %3 experts</source>
        <translation>%1 %2 不是 moe_intermediate_size 的倍数；按 %3 个专家建模</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="206"/>
        <location filename="../core/profile/hfimport.cpp" line="332"/>
        <source>attention q/k/v biases left out (a few thousand parameters per layer)</source>
        <translation>注意力的 q/k/v 偏置未计入（每层几千个参数）</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="220"/>
        <source>shared experts: 1 (Llama4TextMoe always has one; the config has no key for it)</source>
        <translation>共享专家：1（Llama4TextMoe 总有一个；配置中没有对应的键）</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="224"/>
        <source>one layer in %1 has experts (interleave_moe_layer_step); the model puts the %2 dense layers first: counts are unchanged</source>
        <translation>每 %1 层中有一层有专家（interleave_moe_layer_step）；模型把 %2 个稠密层放在最前：计数不变</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="229"/>
        <source>chunked attention (attention_chunk_size) is timed as full causal attention</source>
        <translation>分块注意力（attention_chunk_size）按完整因果注意力计时</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="231"/>
        <source>text model only: the vision encoder is not modelled</source>
        <translation>仅文本模型：未对视觉编码器建模</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="249"/>
        <source>the file is larger than %1 KiB; a config.json is a few KiB</source>
        <translation>文件大于 %1 KiB；config.json 只有几 KiB</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="270"/>
        <source>not JSON: line %1, column %2: %3</source>
        <translation>不是 JSON：第 %1 行第 %2 列：%3</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="276"/>
        <source>expected a JSON object (a config.json), got %1</source>
        <translation>应为 JSON 对象（config.json），实际为 %1</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="281"/>
        <source>expected a list naming the model class, one of %1</source>
        <translation>应为列出模型类的列表，取 %1 之一</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="300"/>
        <location filename="../core/profile/hfimport.cpp" line="315"/>
        <source>bias-free attention</source>
        <translation>无偏置的注意力</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="301"/>
        <source>bias-free MLP</source>
        <translation>无偏置的 MLP</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="306"/>
        <source>missing: the Llama4ForConditionalGeneration importer reads the text model from &quot;text_config&quot;</source>
        <translation>缺失：Llama4ForConditionalGeneration 导入器从 &quot;text_config&quot; 读取文本模型</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="316"/>
        <source>attention sinks (one per head and layer) and the router bias are left out; `biases` gives each RMSNorm a bias: under 0.001% of the parameters</source>
        <translation>注意力汇（每头每层一个）和路由器偏置未计入；`biases` 为每个 RMSNorm 加一个偏置：不到参数的 0.001%</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="319"/>
        <source>sliding-window layers (layer_types, sliding_window) are timed as full causal attention: score FLOPs and KV cache are over-counted for them</source>
        <translation>滑动窗口层（layer_types、sliding_window）按完整因果注意力计时：这些层的得分 FLOPs 和 KV 缓存被多算</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="330"/>
        <source>no multi-token-prediction layer</source>
        <translation>没有多 token 预测层</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="335"/>
        <source>unsupported architecture &quot;%1&quot;; supported: %2</source>
        <translation>不支持的架构“%1”；支持的有：%2</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="342"/>
        <source>experts per token (%1) exceed the experts (%2)</source>
        <translation>每个 token 的专家数（%1）超过专家总数（%2）</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="346"/>
        <source>every layer is dense (%1 of %2), yet the model has experts</source>
        <translation>每一层都是稠密层（%2 层中的 %1 层），但模型有专家</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="355"/>
        <source>expected a string such as &quot;fp8&quot; or &quot;mxfp4&quot;</source>
        <translation>应为字符串，例如 &quot;fp8&quot; 或 &quot;mxfp4&quot;</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="367"/>
        <source>mxfp4: 4.25 bits for every weight, though attention, router and embeddings stay BF16; GEMMs timed in BF16</source>
        <translation>mxfp4：每个权重按 4.25 位计，尽管注意力、路由器和嵌入仍为 BF16；GEMM 按 BF16 计时</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="371"/>
        <source>unsupported quantization &quot;%1&quot;; supported: fp8 (block), mxfp4</source>
        <translation>不支持的量化方式“%1”；支持的有：fp8（分块）、mxfp4</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="375"/>
        <source>/quantization_config absent: BF16 weights (2 bytes)</source>
        <translation>/quantization_config 缺失：BF16 权重（2 字节）</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="395"/>
        <source>&quot;%1&quot; is not a regular file</source>
        <translation>“%1”不是普通文件</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="400"/>
        <source>&quot;%1&quot; is %2 KiB, over the %3 KiB a config.json may have; not read</source>
        <translation>“%1”为 %2 KiB，超过 config.json 允许的 %3 KiB；未读取</translation>
    </message>
    <message>
        <location filename="../core/profile/hfimport.cpp" line="410"/>
        <source>cannot read &quot;%1&quot;</source>
        <translation>无法读取“%1”</translation>
    </message>
    <message>
        <location filename="../core/profile/composeprofile.cpp" line="36"/>
        <source>no system chosen</source>
        <translation>未选择系统</translation>
    </message>
    <message>
        <location filename="../core/profile/composeprofile.cpp" line="40"/>
        <source>the GPU count must be at least 1, got %1</source>
        <translation>GPU 数量必须至少为 1，实际为 %1</translation>
    </message>
    <message>
        <location filename="../core/profile/composeprofile.cpp" line="61"/>
        <source>workload: %1, batch %2 (one sequence per GPU), seq_len %3</source>
        <translation>workload：%1，batch %2（每 GPU 一个序列），seq_len %3</translation>
    </message>
    <message>
        <location filename="../core/profile/composeprofile.cpp" line="62"/>
        <source>workload: %1, batch %2, seq_len %3</source>
        <translation>workload：%1，batch %2，seq_len %3</translation>
    </message>
    <message>
        <location filename="../core/profile/composeprofile.cpp" line="63"/>
        <source>strategy: tp 1, pp 1, dp %1, ep %2</source>
        <translation>strategy：tp 1，pp 1，dp %1，ep %2</translation>
    </message>
    <message>
        <location filename="../core/profile/composeprofile.cpp" line="71"/>
        <source>the generated profile does not load: %1</source>
        <translation>生成的配置文件无法加载：%1</translation>
    </message>
    <message>
        <location filename="../core/profile/recomputemodules.cpp" line="36"/>
        <source>expected an array of module names (%1), got %2</source>
        <translation>应为模块名数组（%1），实际为 %2</translation>
    </message>
    <message>
        <location filename="../core/profile/recomputemodules.cpp" line="44"/>
        <source>expected a module name (%1), got %2</source>
        <translation>应为模块名（%1），实际为 %2</translation>
    </message>
    <message>
        <location filename="../core/profile/recomputemodules.cpp" line="49"/>
        <source>recomputing &quot;%1&quot; is not modelled; use one of %2, or recompute &quot;full&quot;</source>
        <translation>未对“%1”的重计算建模；请使用 %2 之一，或 recompute &quot;full&quot;</translation>
    </message>
    <message>
        <location filename="../core/profile/recomputemodules.cpp" line="60"/>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>“%1”被列出了两次</translation>
    </message>
    <message>
        <location filename="../core/profile/recomputemodules.cpp" line="63"/>
        <source>&quot;mla_up_proj&quot; needs a model with multi-head latent attention (model.mla)</source>
        <translation>&quot;mla_up_proj&quot; 需要使用多头潜在注意力（model.mla）的模型</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <location filename="../ui/document/checkedwrite.cpp" line="12"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n 字节</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/document/checkedwrite.cpp" line="15"/>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <location filename="../ui/document/checkedwrite.cpp" line="17"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location filename="../ui/document/checkedwrite.cpp" line="28"/>
        <source>write failed</source>
        <translation>写入失败</translation>
    </message>
    <message>
        <location filename="../ui/document/checkedwrite.cpp" line="29"/>
        <location filename="../ui/document/checkedwrite.cpp" line="34"/>
        <source>%1 (%2 written of %3)</source>
        <translation>%1（已写入 %2，共 %3）</translation>
    </message>
    <message>
        <location filename="../ui/document/checkedwrite.cpp" line="44"/>
        <location filename="../ui/document/fileset.cpp" line="61"/>
        <location filename="../ui/document/fileset.cpp" line="69"/>
        <location filename="../ui/document/fileset.cpp" line="72"/>
        <location filename="../ui/document/fileset.cpp" line="79"/>
        <location filename="../ui/export/exporter.cpp" line="74"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/document/checkedwrite.cpp" line="48"/>
        <location filename="../ui/document/checkedwrite.cpp" line="51"/>
        <source>cannot write %1: %2; the previous file, if any, is unchanged</source>
        <translation>无法写入 %1：%2；原有文件（如有）保持不变</translation>
    </message>
    <message>
        <location filename="../ui/document/fileset.cpp" line="45"/>
        <source>cannot write %1: too many levels of symbolic links</source>
        <translation>无法写入 %1：符号链接层级过多</translation>
    </message>
    <message>
        <location filename="../ui/document/fileset.cpp" line="49"/>
        <source>cannot write %1: it is a folder or other non-file</source>
        <translation>无法写入 %1：它是文件夹或其他非文件对象</translation>
    </message>
    <message>
        <location filename="../ui/document/fileset.cpp" line="65"/>
        <source>cannot write %1: no free temporary name in its folder</source>
        <translation>无法写入 %1：其文件夹中没有可用的临时文件名</translation>
    </message>
    <message>
        <location filename="../ui/document/fileset.cpp" line="75"/>
        <source>cannot keep the permissions of %1: %2</source>
        <translation>无法保留 %1 的权限：%2</translation>
    </message>
    <message>
        <location filename="../ui/document/fileset.cpp" line="99"/>
        <source>; no file was changed</source>
        <translation>；没有修改任何文件</translation>
    </message>
    <message>
        <location filename="../ui/document/fileset.cpp" line="107"/>
        <source>cannot replace %1: %2</source>
        <translation>无法替换 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/export/exporter.cpp" line="59"/>
        <source>%1: the file name must end in .png, .svg or .pdf</source>
        <translation>%1：文件名必须以 .png、.svg 或 .pdf 结尾</translation>
    </message>
    <message>
        <location filename="../ui/export/exporter.cpp" line="83"/>
        <source>Exported from MoE Explorer</source>
        <translation>由 MoE Explorer 导出</translation>
    </message>
    <message>
        <location filename="../ui/export/exporter.cpp" line="95"/>
        <source>cannot write %1: the drawing came out empty</source>
        <translation>无法写入 %1：绘制结果为空</translation>
    </message>
    <message>
        <location filename="../ui/export/reportexport.cpp" line="84"/>
        <source>%1: the report&apos;s file name must end in .md, .html or .pdf</source>
        <translation>%1：报告文件名必须以 .md、.html 或 .pdf 结尾</translation>
    </message>
    <message>
        <location filename="../ui/export/viewexport.cpp" line="54"/>
        <source>GPU grid: %1</source>
        <translation>GPU 网格：%1</translation>
    </message>
    <message>
        <location filename="../ui/export/viewexport.cpp" line="56"/>
        <source>Step time by component: %1</source>
        <translation>各组件的步时间：%1</translation>
    </message>
    <message>
        <location filename="../ui/export/viewexport.cpp" line="58"/>
        <source>Memory per GPU: %1</source>
        <translation>每 GPU 显存：%1</translation>
    </message>
    <message>
        <location filename="../ui/export/viewexport.cpp" line="62"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/export/exporttitleblock.cpp" line="45"/>
        <source>TP %1 · PP %2 · DP %3 · EP %4 · ETP %5</source>
        <translation>TP %1 · PP %2 · DP %3 · EP %4 · ETP %5</translation>
    </message>
    <message>
        <location filename="../ui/export/exporttitleblock.cpp" line="52"/>
        <source>training, global batch %1 x %2 tokens, %3 micro-batches</source>
        <translation>训练，全局批次 %1 x %2 token，%3 个微批次</translation>
    </message>
    <message>
        <location filename="../ui/export/exporttitleblock.cpp" line="55"/>
        <source>prefill, batch %1 x %2 tokens</source>
        <translation>预填充，批次 %1 x %2 token</translation>
    </message>
    <message>
        <location filename="../ui/export/exporttitleblock.cpp" line="57"/>
        <source>decode, batch %1, context %2 tokens</source>
        <translation>解码，批次 %1，上下文 %2 token</translation>
    </message>
    <message>
        <location filename="../ui/export/searchexport.cpp" line="81"/>
        <source>Search results, throughput per GPU against step time: %1</source>
        <translation>搜索结果，每 GPU 吞吐量与步时间对比：%1</translation>
    </message>
    <message>
        <location filename="../ui/export/searchexport.cpp" line="90"/>
        <source>Feasibility map, %1 by %2: %3</source>
        <translation>可行性图，%1 × %2：%3</translation>
    </message>
    <message>
        <location filename="../ui/export/searchexport.cpp" line="143"/>
        <source>%1: there are no search results to export; run a search first</source>
        <translation>%1：没有可导出的搜索结果；请先运行搜索</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../ui/document/backgroundload.cpp" line="29"/>
        <source>Reading %1 (%2 MB)…</source>
        <translation>正在读取 %1（%2 MB）…</translation>
    </message>
</context>
<context>
    <name>Ranking</name>
    <message>
        <location filename="../core/report/reportbuilder.h" line="66"/>
        <source>%1 less headroom; most of it %2 (+%3)</source>
        <translation>余量少 %1；主要是 %2（+%3）</translation>
    </message>
    <message>
        <location filename="../core/report/reportbuilder.h" line="88"/>
        <source>%1 throughput</source>
        <translation>吞吐量 %1</translation>
    </message>
    <message>
        <location filename="../core/report/reportbuilder.h" line="91"/>
        <source>%1 step time</source>
        <translation>步时间 %1</translation>
    </message>
    <message>
        <location filename="../core/report/reportbuilder.h" line="94"/>
        <source>%1 throughput per GPU</source>
        <translation>每 GPU 吞吐量 %1</translation>
    </message>
    <message>
        <location filename="../core/report/reportbuilder.h" line="103"/>
        <source>; on %1 GPUs against %2 (%3 per GPU)</source>
        <translation>；使用 %1 个 GPU，对比 %2 个（每 GPU %3）</translation>
    </message>
    <message>
        <location filename="../core/report/reportbuilder.h" line="112"/>
        <source>; mostly %1 (+%2 of GPU time per step)</source>
        <translation>；主要是%1（每步 GPU 时间 +%2）</translation>
    </message>
    <message>
        <location filename="../core/report/reportbuilder.h" line="115"/>
        <source>; mostly %1 (+%2)</source>
        <translation>；主要是%1（+%2）</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../core/report/reportbuilder.h" line="36"/>
        <source>%1, %2 micro-batch, recompute %3</source>
        <translation>%1，%2 个微批次，重计算 %3</translation>
    </message>
    <message>
        <location filename="../core/report/reportbuilder.h" line="38"/>
        <source>%1, %2 micro-batches, recompute %3</source>
        <translation>%1，%2 个微批次，重计算 %3</translation>
    </message>
    <message>
        <location filename="../core/report/reportbuilder.h" line="41"/>
        <source>%1, %2 micro-batch</source>
        <translation>%1，%2 个微批次</translation>
    </message>
    <message>
        <location filename="../core/report/reportbuilder.h" line="42"/>
        <source>%1, %2 micro-batches</source>
        <translation>%1，%2 个微批次</translation>
    </message>
    <message>
        <location filename="../core/report/reportbuilder.h" line="200"/>
        <source>the space has over %1 configurations, the search limit (docs/cli.md)</source>
        <translation>搜索空间超过 %1 个配置，即搜索上限（docs/cli.md）</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="84"/>
        <source>%1… (the first %2 of %3 characters)</source>
        <translation>%1…（%3 个字符中的前 %2 个）</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="95"/>
        <source>this strategy was not ranked: %1</source>
        <translation>此策略未参与排名：%1</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="96"/>
        <source>it was not ranked: %1</source>
        <translation>它未参与排名：%1</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="101"/>
        <source>this strategy is not among the %1 feasible configurations</source>
        <translation>此策略不在 %1 个可行配置之中</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="102"/>
        <source>it is not among the %1 feasible configurations</source>
        <translation>它不在 %1 个可行配置之中</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="106"/>
        <source>, on the Pareto front of throughput per GPU against step time</source>
        <translation>，位于每 GPU 吞吐量与步时间的帕累托前沿上</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="109"/>
        <source>this strategy ranks %1 of %2 feasible configurations by %3%4</source>
        <translation>按%3，此策略在 %2 个可行配置中排第 %1%4</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="111"/>
        <source>it ranks %1 of %2 feasible configurations by %3%4</source>
        <translation>按%3，它在 %2 个可行配置中排第 %1%4</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="117"/>
        <source>Parallel strategy review: %1</source>
        <translation>并行策略评审：%1</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="138"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="141"/>
        <source>The strategy %1 cannot run: %2: %3.</source>
        <translation>策略 %1 无法运行：%2：%3。</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="145"/>
        <source>It passes all %1 checks.</source>
        <translation>它通过了全部 %1 项检查。</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="147"/>
        <source>It fails:</source>
        <translation>未通过：</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="151"/>
        <source> %1 (%2)</source>
        <translation> %1（%2）</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="155"/>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="157"/>
        <source>Strategy %1 on %2 of %3 GPUs: step time %4%5, throughput %6 (%7 per GPU), MFU %8; </source>
        <translation>策略 %1 使用 %3 个 GPU 中的 %2 个：步时间 %4%5，吞吐量 %6（每 GPU %7），MFU %8；</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="162"/>
        <source>the fullest GPU holds %1 of %2. %3</source>
        <translation>最满的 GPU 占用 %2 中的 %1。%3</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="166"/>
        <source>An exhaustive search evaluated %1 configurations; %2 are feasible; %3. </source>
        <translation>穷举搜索评估了 %1 个配置；其中 %2 个可行；%3。</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="169"/>
        <source>The best is %1 on %2 GPUs at %3 and %4 per step.</source>
        <translation>最佳为 %1，使用 %2 个 GPU，%3，每步 %4。</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="179"/>
        <source>Hardware</source>
        <translation>硬件</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="181"/>
        <source>%1 GB/s per GPU, %2 us</source>
        <translation>每 GPU %1 GB/s，%2 µs</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="183"/>
        <location filename="../core/report/report.cpp" line="233"/>
        <source>item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="183"/>
        <location filename="../core/report/report.cpp" line="233"/>
        <location filename="../core/report/report.cpp" line="392"/>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="184"/>
        <location filename="../core/report/reportsections.cpp" line="116"/>
        <location filename="../core/report/reportserving.cpp" line="92"/>
        <source>GPUs</source>
        <translation>GPU 数</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="185"/>
        <source>%1 in %2 nodes of %3</source>
        <translation>%1 个，分布在 %2 个节点上，每节点 %3 个</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="189"/>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="190"/>
        <source>memory per GPU</source>
        <translation>每 GPU 显存</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="191"/>
        <source>peak compute</source>
        <translation>峰值算力</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="192"/>
        <source>HBM bandwidth</source>
        <translation>HBM 带宽</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="193"/>
        <source>intra-node link</source>
        <translation>节点内链路</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="194"/>
        <source>inter-node link</source>
        <translation>节点间链路</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="195"/>
        <source>efficiency (compute, HBM, network)</source>
        <translation>效率（计算、HBM、网络）</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="197"/>
        <source>communication overlap</source>
        <translation>通信重叠</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="198"/>
        <source>runtime reserve</source>
        <translation>运行时预留</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="207"/>
        <source>Model and workload</source>
        <translation>模型与工作负载</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="208"/>
        <source>MLA, latent %1</source>
        <translation>MLA，潜在维度 %1</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="211"/>
        <source>%1 routed (top-%2), %3 shared, FFN %4, gated</source>
        <translation>%1 个路由专家（top-%2），%3 个共享专家，FFN %4，门控</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="213"/>
        <source>%1 routed (top-%2), %3 shared, FFN %4</source>
        <translation>%1 个路由专家（top-%2），%3 个共享专家，FFN %4</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="216"/>
        <source>layers</source>
        <translation>层数</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="217"/>
        <source>%1 (%2 dense, %3 MoE)</source>
        <translation>%1（%2 个稠密层，%3 个 MoE 层）</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="218"/>
        <source>hidden size</source>
        <translation>隐藏维度</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="219"/>
        <source>attention</source>
        <translation>注意力</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="220"/>
        <source>%1 heads, %2 KV heads, %3</source>
        <translation>%1 个头，%2 个 KV 头，%3</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="221"/>
        <source>experts</source>
        <translation>专家</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="222"/>
        <source>parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="223"/>
        <source>%1 total, %2 active per token</source>
        <translation>共 %1，每 token 激活 %2</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="225"/>
        <source>bytes per weight, activation, KV element</source>
        <translation>每个权重、激活、KV 元素的字节数</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="227"/>
        <source>workload</source>
        <translation>工作负载</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="228"/>
        <source>%1, batch %2 x %3 tokens, %4 micro-batch(es)</source>
        <translation>%1，批次 %2 x %3 个 token，%4 个微批次</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="231"/>
        <source>recomputation</source>
        <translation>重计算</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="252"/>
        <source>The chosen strategy and why</source>
        <translation>所选策略及理由</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="255"/>
        <location filename="../core/report/reportsections.cpp" line="42"/>
        <source>GPUs used</source>
        <translation>使用的 GPU 数</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="255"/>
        <source>placement</source>
        <translation>放置方式</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="261"/>
        <source>Search: %1.</source>
        <translation>搜索：%1。</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="265"/>
        <source>Against the best (%1): %2.</source>
        <translation>与最佳（%1）相比：%2。</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="269"/>
        <source>Memory headroom on the fullest GPU: %1.</source>
        <translation>最满 GPU 的显存余量：%1。</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="271"/>
        <source>Exposed communication: %1 of the step.</source>
        <translation>暴露的通信：占步时间的 %1。</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="283"/>
        <source> ±%1 (%2 to %3, the leave-one-out band of calibrated system &quot;%4&quot;)</source>
        <translation> ±%1（%2 至 %3，校准系统“%4”的留一法区间）</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="293"/>
        <source>Latency breakdown</source>
        <translation>延迟分解</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="294"/>
        <source>Step time by component (%1%2 in all)</source>
        <translation>各组件的步时间（合计 %1%2）</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="296"/>
        <source>component</source>
        <translation>组件</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="296"/>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="297"/>
        <source>share of the step</source>
        <translation>占步时间的份额</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="311"/>
        <location filename="../core/report/reportsections.cpp" line="66"/>
        <source>%1 (credit)</source>
        <translation>%1（抵扣）</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="315"/>
        <location filename="../core/report/report.cpp" line="379"/>
        <source>total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="326"/>
        <source>Accuracy on measured runs</source>
        <translation>实测运行上的准确度</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="329"/>
        <source>No measured run checks these figures: the profile names no system, and every run in docs/validation.md is predicted with a system&apos;s kernel-level model.</source>
        <translation>没有实测运行检验这些数字：此配置未指定系统，而 docs/validation.md 中的每个运行都用某个系统的内核级模型预测。</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="338"/>
        <source>No measured run of this kind (%1) is in docs/validation.md.</source>
        <translation>docs/validation.md 中没有此类（%1）的实测运行。</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="341"/>
        <source>On %1 measured runs of this kind (%2) on %3 systems (docs/validation.md), the predicted throughput differed from the measured by %4 to %5, by %6 on average either way; a positive difference is a prediction faster than the run.</source>
        <translation>在 %3 个系统上的 %1 个此类（%2）实测运行中（docs/validation.md），预测吞吐量与实测值相差 %4 至 %5，平均偏差 %6（不论方向）；正值表示预测比实际运行快。</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="347"/>
        <source>None of them ran on %1.</source>
        <translation>其中没有在 %1 上运行的。</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="350"/>
        <source>measured run on %1</source>
        <translation>%1 上的实测运行</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="351"/>
        <source>throughput error</source>
        <translation>吞吐量误差</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="364"/>
        <source>Memory per GPU</source>
        <translation>每 GPU 显存</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="365"/>
        <source>Memory by component against the GPU&apos;s capacity</source>
        <translation>各组件显存与 GPU 容量对比</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="366"/>
        <source>component (GPU %1, the fullest)</source>
        <translation>组件（GPU %1，最满）</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="367"/>
        <source>memory</source>
        <translation>显存</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="367"/>
        <source>share</source>
        <translation>份额</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="380"/>
        <source>%1 of %2</source>
        <translation>%2 的 %1</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="389"/>
        <source>Load balance</source>
        <translation>负载均衡</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="390"/>
        <source>Every GPU of the cluster, coloured by its load: the tokens routed to its experts per step; hatched GPUs are idle</source>
        <translation>集群中的每个 GPU，按其负载着色：每步路由到其专家的 token 数；带阴影线的 GPU 处于空闲</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="392"/>
        <source>measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="393"/>
        <source>busiest EP rank over the mean</source>
        <translation>最忙 EP rank 相对均值</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="394"/>
        <source>%1x</source>
        <translation>%1 倍</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="395"/>
        <source>expert slots per GPU</source>
        <translation>每 GPU 专家槽位数</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="396"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="398"/>
        <source>assignments dropped over capacity</source>
        <translation>超出容量被丢弃的分配</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="406"/>
        <source>Constraint checks</source>
        <translation>约束检查</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="407"/>
        <source>check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="407"/>
        <source>result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="408"/>
        <source>detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="413"/>
        <location filename="../core/report/reportsections.cpp" line="36"/>
        <source>pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="413"/>
        <location filename="../core/report/reportsections.cpp" line="37"/>
        <source>FAIL</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="15"/>
        <source>Comparison with the baseline</source>
        <translation>与基线的比较</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="17"/>
        <source>The profile names no baseline deployment.</source>
        <translation>该配置文件未指定基线部署。</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="23"/>
        <source>The baseline %1 cannot run: %2: %3.</source>
        <translation>基线 %1 无法运行：%2：%3。</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="33"/>
        <source>chosen</source>
        <translation>所选</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="34"/>
        <source>baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="35"/>
        <source>change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="39"/>
        <source>figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="40"/>
        <location filename="../core/report/reportsections.cpp" line="115"/>
        <source>strategy</source>
        <translation>策略</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="45"/>
        <location filename="../core/report/reportsections.cpp" line="117"/>
        <source>step time</source>
        <translation>步时间</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="47"/>
        <location filename="../core/report/reportsections.cpp" line="116"/>
        <source>throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="49"/>
        <source>throughput per GPU</source>
        <translation>每 GPU 吞吐量</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="51"/>
        <source>fullest GPU&apos;s memory</source>
        <translation>最满 GPU 的显存</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="53"/>
        <source>verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="58"/>
        <source>step time by component</source>
        <translation>各组件的步时间</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="69"/>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="78"/>
        <source>The baseline fails %1: %2.</source>
        <translation>基线未通过%1：%2。</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="88"/>
        <source>Alternatives the search ranked</source>
        <translation>搜索排名的备选方案</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="90"/>
        <source>Not searched: %1.</source>
        <translation>未搜索：%1。</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="94"/>
        <source>No configuration satisfies every constraint.</source>
        <translation>没有配置满足全部约束。</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="100"/>
        <source>%1 by %2</source>
        <translation>%1 个因%2</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="100"/>
        <source>, %1 by %2</source>
        <translation>，%1 个因%2</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="108"/>
        <source>Evaluated %1 configurations: %2 feasible, %3 rejected. </source>
        <translation>评估了 %1 个配置：%2 个可行，%3 个被排除。</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="110"/>
        <source>Evaluated %1 configurations: %2 feasible, %3 rejected (%4). </source>
        <translation>评估了 %1 个配置：%2 个可行，%3 个被排除（%4）。</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="112"/>
        <source>Ranked by %1; * marks the Pareto front.</source>
        <translation>按%1排名；* 表示帕累托前沿。</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="115"/>
        <source>rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="117"/>
        <source>fullest GPU</source>
        <translation>最满 GPU</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="118"/>
        <source>why it ranks below the first</source>
        <translation>排在第一名之后的原因</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="123"/>
        <source>the best</source>
        <translation>最佳</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="136"/>
        <source>Risks</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="145"/>
        <source>Memory: %1 left of %2 on GPU %3 (under 10%); longer sequences or a larger batch will not fit.</source>
        <translation>显存：GPU %3 上 %2 中仅剩 %1（不足 10%）；更长的序列或更大的批次将放不下。</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="150"/>
        <source>Communication: %1 of the step is exposed communication (over 30%); link bandwidth decides the step.</source>
        <translation>通信：步时间的 %1 为暴露的通信（超过 30%）；链路带宽决定步时间。</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="155"/>
        <source>Pipeline bubble: %1 of the step (over 10%); more micro-batches would shrink it.</source>
        <translation>流水线气泡：占步时间的 %1（超过 10%）；更多微批次可将其缩小。</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="160"/>
        <source>Load imbalance: the busiest EP rank carries %1x the mean (over 1.1x).</source>
        <translation>负载不均衡：最忙的 EP rank 承担均值的 %1 倍（超过 1.1 倍）。</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="164"/>
        <source>Dropped tokens: %1 of assignments exceed expert capacity.</source>
        <translation>被丢弃的 token：%1 的分配超出专家容量。</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="182"/>
        <source>Model accuracy: on measured runs of this kind the predicted throughput differed by %1 to %2, beyond the target of 15% either way; see &quot;Accuracy on measured runs&quot;.</source>
        <translation>模型准确度：在此类实测运行中，预测吞吐量相差 %1 至 %2，超出 ±15% 的目标；见“实测运行上的准确度”。</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="188"/>
        <source>Utilisation: %1 of %2 GPUs stay idle.</source>
        <translation>利用率：%2 个 GPU 中有 %1 个闲置。</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="193"/>
        <source>None above the thresholds (memory headroom under 10%, exposed communication over 30%, bubble over 10%, imbalance over 1.1x, dropped tokens, half the GPUs idle, the model off measured runs of this kind by over 15%).</source>
        <translation>均未超过阈值（显存余量不足 10%、暴露的通信超过 30%、气泡超过 10%、不均衡超过 1.1 倍、丢弃 token、半数 GPU 闲置、模型在此类实测运行上偏差超过 15%）。</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="203"/>
        <source>Next scaling steps</source>
        <translation>下一步扩展</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="210"/>
        <source>Nothing is feasible with the profile&apos;s own placement, redundant experts and capacity factor; the cheapest change is to %1.</source>
        <translation>在该配置文件自身的放置方式、冗余专家和容量因子下没有可行配置；代价最小的改动是：%1。</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="225"/>
        <source>No larger cluster studied: %1 GPUs is above the cap of %2 GPUs a profile may name.</source>
        <translation>未研究更大的集群：%1 个 GPU 超过了配置文件可指定的上限 %2 个 GPU。</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="230"/>
        <source>No larger cluster studied: on %1 GPUs the space has over %2 configurations, the search limit (docs/cli.md).</source>
        <translation>未研究更大的集群：在 %1 个 GPU 上搜索空间超过 %2 个配置，即搜索上限（docs/cli.md）。</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="242"/>
        <source>With %1 GPUs the best configuration would be %2 on %3 GPUs: %4 (%5 against today&apos;s best), %6 per step.</source>
        <translation>若有 %1 个 GPU，最佳配置将是 %2，使用 %3 个 GPU：%4（相对当前最佳 %5），每步 %6。</translation>
    </message>
    <message>
        <location filename="../core/report/reportsections.cpp" line="250"/>
        <source>On today&apos;s cluster, moving to the search&apos;s best gains %1 throughput.</source>
        <translation>在当前集群上，改用搜索得到的最佳配置可使吞吐量变化 %1。</translation>
    </message>
    <message>
        <location filename="../core/report/reportserving.cpp" line="28"/>
        <source>%1 prefill %2 x%3 + %4 decode %5</source>
        <translation>%1 个预填充 %2 x%3 + %4 个解码 %5</translation>
    </message>
    <message>
        <location filename="../core/report/reportserving.cpp" line="36"/>
        <source>%1 on %2 GPUs: TTFT %3, TPOT %4, %5 output tokens/s per GPU</source>
        <translation>%1，使用 %2 个 GPU：TTFT %3，TPOT %4，每 GPU %5 输出 token/s</translation>
    </message>
    <message>
        <location filename="../core/report/reportserving.cpp" line="48"/>
        <source>Serving</source>
        <translation>推理服务</translation>
    </message>
    <message>
        <location filename="../core/report/reportserving.cpp" line="50"/>
        <source>The profile states no serving targets: add workload.serving (isl, osl and optionally ttft_ms, tpot_ms) to plan serving against them (docs/serving.md).</source>
        <translation>该配置文件未给出服务目标：添加 workload.serving（isl、osl，以及可选的 ttft_ms、tpot_ms）即可据此规划服务（docs/serving.md）。</translation>
    </message>
    <message>
        <location filename="../core/report/reportserving.cpp" line="58"/>
        <source>, TTFT at most %1</source>
        <translation>，TTFT 不超过 %1</translation>
    </message>
    <message>
        <location filename="../core/report/reportserving.cpp" line="61"/>
        <source>, TPOT at most %1</source>
        <translation>，TPOT 不超过 %1</translation>
    </message>
    <message>
        <location filename="../core/report/reportserving.cpp" line="67"/>
        <source>Disaggregated serving of requests of %1 input and %2 output tokens%3: %4 deployments timed (docs/serving.md).</source>
        <translation>分离式服务，请求为 %1 个输入 token 和 %2 个输出 token%3：计算了 %4 种部署（docs/serving.md）。</translation>
    </message>
    <message>
        <location filename="../core/report/reportserving.cpp" line="70"/>
        <source>Aggregated serving of requests of %1 input and %2 output tokens%3: %4 deployments timed (docs/serving.md).</source>
        <translation>聚合式服务，请求为 %1 个输入 token 和 %2 个输出 token%3：计算了 %4 种部署（docs/serving.md）。</translation>
    </message>
    <message>
        <location filename="../core/report/reportserving.cpp" line="74"/>
        <source>Best meeting the targets: %1. %2</source>
        <translation>满足目标的最佳部署：%1。%2</translation>
    </message>
    <message>
        <source>Best meeting the targets: %1.</source>
        <translation type="vanished">满足目标的最佳部署：%1。</translation>
    </message>
    <message>
        <location filename="../core/report/reportserving.cpp" line="77"/>
        <source>%1; closest: %2.</source>
        <translation>%1；最接近的：%2。</translation>
    </message>
    <message>
        <location filename="../core/report/reportserving.cpp" line="84"/>
        <source>This profile&apos;s own deployment, with its batch as the concurrency: %1; it meets the targets.</source>
        <translation>该配置文件自身的部署（以其批次作为并发数）：%1；满足目标。</translation>
    </message>
    <message>
        <location filename="../core/report/reportserving.cpp" line="87"/>
        <source>This profile&apos;s own deployment, with its batch as the concurrency: %1; it misses a target.</source>
        <translation>该配置文件自身的部署（以其批次作为并发数）：%1；未满足某项目标。</translation>
    </message>
    <message>
        <location filename="../core/report/reportserving.cpp" line="91"/>
        <source>tokens/s per user</source>
        <translation>每用户 token/s</translation>
    </message>
    <message>
        <location filename="../core/report/reportserving.cpp" line="92"/>
        <source>output tokens/s per GPU</source>
        <translation>每 GPU 输出 token/s</translation>
    </message>
    <message>
        <location filename="../core/report/reportserving.cpp" line="93"/>
        <source>deployment</source>
        <translation>部署</translation>
    </message>
    <message>
        <location filename="../core/report/reportserving.cpp" line="98"/>
        <source>The first %1 of the front&apos;s %2 points, by output tokens/s per GPU:</source>
        <translation>前沿 %2 个点中的前 %1 个，按每 GPU 输出 token/s 排序：</translation>
    </message>
    <message>
        <location filename="../core/report/reportserving.cpp" line="110"/>
        <source>%1 (best)</source>
        <translation>%1（最佳）</translation>
    </message>
</context>
<context>
    <name>ReportName</name>
    <message>
        <location filename="../core/report/report.cpp" line="18"/>
        <source>throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="20"/>
        <source>latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="22"/>
        <source>throughput-per-gpu</source>
        <translation>每 GPU 吞吐量</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="24"/>
        <source>headroom</source>
        <translation>余量</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="33"/>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="35"/>
        <source>prefill</source>
        <translation>预填充</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="37"/>
        <source>decode</source>
        <translation>解码</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="46"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="48"/>
        <source>selective</source>
        <translation>选择性</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="50"/>
        <source>full</source>
        <translation>完全</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="59"/>
        <source>contiguous</source>
        <translation>连续</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="61"/>
        <source>round_robin</source>
        <translation>轮转</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="63"/>
        <source>balanced</source>
        <translation>均衡</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="65"/>
        <source>eplb</source>
        <translation>EPLB</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="67"/>
        <source>manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="334"/>
        <source>dense training</source>
        <translation>稠密训练</translation>
    </message>
    <message>
        <location filename="../core/report/report.cpp" line="335"/>
        <source>MoE training</source>
        <translation>MoE 训练</translation>
    </message>
</context>
<context>
    <name>ServingPlan</name>
    <message>
        <location filename="../core/search/servingplan.cpp" line="349"/>
        <source>TTFT &lt;= %1 or TPOT &lt;= %2</source>
        <translation>TTFT &lt;= %1 或 TPOT &lt;= %2</translation>
    </message>
    <message>
        <location filename="../core/search/servingplan.cpp" line="353"/>
        <source>TTFT &lt;= %1 and TPOT &lt;= %2</source>
        <translation>TTFT &lt;= %1 且 TPOT &lt;= %2</translation>
    </message>
    <message>
        <location filename="../core/search/servingplan.cpp" line="357"/>
        <source>TTFT &lt;= %1</source>
        <translation>TTFT &lt;= %1</translation>
    </message>
    <message>
        <location filename="../core/search/servingplan.cpp" line="360"/>
        <source>TPOT &lt;= %1</source>
        <translation>TPOT &lt;= %1</translation>
    </message>
    <message>
        <location filename="../core/search/servingplan.cpp" line="483"/>
        <source>No deployment gives more output tokens/s per GPU.</source>
        <translation>没有部署的每 GPU 输出 tokens/s 更多。</translation>
    </message>
    <message>
        <location filename="../core/search/servingplan.cpp" line="488"/>
        <source>The one deployment giving more per GPU misses %1, though faster per user too; the rest give no more per GPU.</source>
        <translation>每 GPU 产出更多的那一个部署未达到 %1，尽管其每用户也更快；其余部署每 GPU 产出不更多。</translation>
    </message>
    <message>
        <location filename="../core/search/servingplan.cpp" line="492"/>
        <source>The one deployment giving more per GPU misses %1; the rest give no more per GPU.</source>
        <translation>每 GPU 产出更多的那一个部署未达到 %1；其余部署每 GPU 产出不更多。</translation>
    </message>
    <message>
        <location filename="../core/search/servingplan.cpp" line="498"/>
        <source>The %1 deployments giving more per GPU each miss %2 (%3 of them are faster per user too); the rest give no more per GPU.</source>
        <translation>每 GPU 产出更多的 %1 个部署都未达到 %2（其中 %3 个每用户也更快）；其余部署每 GPU 产出不更多。</translation>
    </message>
    <message>
        <location filename="../core/search/servingplan.cpp" line="503"/>
        <source>The %1 deployments giving more per GPU each miss %2; the rest give no more per GPU.</source>
        <translation>每 GPU 产出更多的 %1 个部署都未达到 %2；其余部署每 GPU 产出不更多。</translation>
    </message>
    <message>
        <source>The %1 deployments giving more per GPU each miss %2 (%3 of them are faster per user too); the rest give less per GPU.</source>
        <translation type="vanished">每 GPU 产出更多的 %1 个部署都未达到 %2（其中 %3 个每用户也更快）；其余部署每 GPU 产出更少。</translation>
    </message>
    <message>
        <source>The %1 deployments giving more per GPU each miss %2; the rest give less per GPU.</source>
        <translation type="vanished">每 GPU 产出更多的 %1 个部署都未达到 %2；其余部署每 GPU 产出更少。</translation>
    </message>
    <message>
        <location filename="../core/search/servingplan.cpp" line="573"/>
        <source>no prefill worker and decode worker fit the cluster&apos;s %1 GPUs together; serve aggregated</source>
        <translation>集群的 %1 个 GPU 容纳不下一个预填充 worker 加一个解码 worker；请使用聚合部署</translation>
    </message>
    <message>
        <location filename="../core/search/servingplan.cpp" line="588"/>
        <source>aggregated serving cannot keep up: even one sequence per DP replica needs %1 prompt tokens prefilled per step, more than a whole prompt&apos;s %2, as each request ends within a step; give more output tokens, or serve disaggregated</source>
        <translation>聚合服务跟不上：即使每个 DP 副本只有一个序列，每步也需要预填充 %1 个提示 token，多于整个提示的 %2 个，因为每个请求在一步内结束；请增加输出 token，或采用分离式服务</translation>
    </message>
    <message>
        <location filename="../core/search/servingplan.cpp" line="594"/>
        <source>aggregated serving cannot keep up: even one sequence per DP replica needs %1 prompt tokens prefilled per step, more than the chunk of %2; give longer chunks, or serve disaggregated</source>
        <translation>聚合服务跟不上：即使每个 DP 副本只有一个序列，每步也需要预填充 %1 个提示 token，多于 %2 的分块；请使用更长的分块，或采用分离式服务</translation>
    </message>
    <message>
        <location filename="../core/search/servingplan.cpp" line="603"/>
        <source>no strategy that decodes these requests also fits the prefill of %1 prompt tokens per DP replica beside it; give shorter chunks, or serve disaggregated</source>
        <translation>能解码这些请求的策略都无法同时容纳每个 DP 副本 %1 个提示 token 的预填充；请使用更短的分块，或采用分离式服务</translation>
    </message>
    <message>
        <location filename="../core/search/servingplan.cpp" line="611"/>
        <source>no strategy of the cluster holds the model with one sequence per GPU at %1 tokens of context</source>
        <translation>集群的任何策略都无法在每 GPU 一个序列、%1 个 token 上下文时容纳该模型</translation>
    </message>
    <message>
        <location filename="../core/search/servingplan.cpp" line="616"/>
        <source>nothing meets %1</source>
        <translation>没有部署满足 %1</translation>
    </message>
</context>
<context>
    <name>SkewFix</name>
    <message>
        <location filename="../core/search/skewfixes.cpp" line="80"/>
        <source>the profile&apos;s own placement, redundant experts and capacity factor</source>
        <translation>配置文件自身的放置方式、冗余专家和容量因子</translation>
    </message>
    <message>
        <location filename="../core/search/skewfixes.cpp" line="82"/>
        <source>place experts with EPLB</source>
        <translation>用 EPLB 放置专家</translation>
    </message>
    <message>
        <location filename="../core/search/skewfixes.cpp" line="83"/>
        <source>place experts balanced</source>
        <translation>均衡放置专家</translation>
    </message>
    <message>
        <location filename="../core/search/skewfixes.cpp" line="85"/>
        <source>route dropless (capacity factor %1)</source>
        <translation>无丢弃路由（容量因子 %1）</translation>
    </message>
    <message>
        <location filename="../core/search/skewfixes.cpp" line="92"/>
        <source>add %1 redundant expert (%2 in all, placed with EPLB)</source>
        <translation>增加 %1 个冗余专家（共 %2 个，用 EPLB 放置）</translation>
    </message>
    <message>
        <location filename="../core/search/skewfixes.cpp" line="93"/>
        <source>add %1 redundant experts (%2 in all, placed with EPLB)</source>
        <translation>增加 %1 个冗余专家（共 %2 个，用 EPLB 放置）</translation>
    </message>
    <message>
        <location filename="../core/search/skewfixsummary.cpp" line="34"/>
        <source>%1: %2 configuration becomes feasible, best %3 at %4, step %5</source>
        <translation>%1：%2 个配置变为可行，最佳为 %3，%4，步时间 %5</translation>
    </message>
    <message>
        <location filename="../core/search/skewfixsummary.cpp" line="35"/>
        <source>%1: %2 configurations become feasible, best %3 at %4, step %5</source>
        <translation>%1：%2 个配置变为可行，最佳为 %3，%4，步时间 %5</translation>
    </message>
    <message>
        <location filename="../core/search/skewfixsummary.cpp" line="37"/>
        <source>%1: %2 configuration becomes feasible</source>
        <translation>%1：%2 个配置变为可行</translation>
    </message>
    <message>
        <location filename="../core/search/skewfixsummary.cpp" line="38"/>
        <source>%1: %2 configurations become feasible</source>
        <translation>%1：%2 个配置变为可行</translation>
    </message>
</context>
<context>
    <name>StrategyCheck</name>
    <message>
        <location filename="../core/profile/strategycheck.cpp" line="45"/>
        <source>placement &quot;manual&quot; lists the experts of %1 EP ranks, but EP is %2: choose another placement to change EP</source>
        <translation>放置方式 &quot;manual&quot; 列出了 %1 个 EP rank 的专家，但 EP 为 %2：要更改 EP，请选择其他放置方式</translation>
    </message>
    <message>
        <location filename="../core/profile/strategycheck.cpp" line="55"/>
        <source>EP rank %1 has no slot: every GPU of an EP group hosts at least one expert</source>
        <translation>EP rank %1 没有槽位：EP 组中的每个 GPU 至少承载一个专家</translation>
    </message>
    <message>
        <location filename="../core/profile/strategycheck.cpp" line="63"/>
        <source>expert %1 does not exist: the model has experts 0 to %2</source>
        <translation>专家 %1 不存在：模型的专家编号为 0 到 %2</translation>
    </message>
    <message>
        <location filename="../core/profile/strategycheck.cpp" line="73"/>
        <source>the slots list %1 experts; the model&apos;s %2 experts + %3 redundant make %4</source>
        <translation>槽位列出了 %1 个专家；模型的 %2 个专家 + %3 个冗余专家应为 %4 个</translation>
    </message>
    <message>
        <location filename="../core/profile/strategycheck.cpp" line="80"/>
        <source>expert %1 has no slot: every expert needs at least one</source>
        <translation>专家 %1 没有槽位：每个专家至少需要一个槽位</translation>
    </message>
    <message>
        <location filename="../core/profile/strategycheck.cpp" line="100"/>
        <source>TP x PP x DP = %1 GPUs is more than the supported %2</source>
        <translation>TP x PP x DP = %1 个 GPU，超过了支持的上限 %2</translation>
    </message>
    <message>
        <location filename="../core/profile/strategycheck.cpp" line="104"/>
        <source>TP (%1) must divide the attention heads (%2)</source>
        <translation>TP（%1）必须整除注意力头数（%2）</translation>
    </message>
    <message>
        <location filename="../core/profile/strategycheck.cpp" line="108"/>
        <source>TP (%1) and the KV heads (%2) must divide one another (KV heads are split, or replicated when fewer than TP)</source>
        <translation>TP（%1）与 KV 头数（%2）必须能互相整除（KV 头被切分，少于 TP 时则被复制）</translation>
    </message>
    <message>
        <location filename="../core/profile/strategycheck.cpp" line="114"/>
        <source>TP (%1) must divide the dense FFN hidden size (%2)</source>
        <translation>TP（%1）必须整除稠密 FFN 的隐藏维度（%2）</translation>
    </message>
    <message>
        <location filename="../core/profile/strategycheck.cpp" line="118"/>
        <source>TP (%1) must divide the shared experts&apos; hidden size (%2)</source>
        <translation>TP（%1）必须整除共享专家的隐藏维度（%2）</translation>
    </message>
    <message>
        <location filename="../core/profile/strategycheck.cpp" line="122"/>
        <source>PP (%1) cannot exceed the layers (%2): every stage needs at least one layer</source>
        <translation>PP（%1）不能超过层数（%2）：每个阶段至少需要一层</translation>
    </message>
    <message>
        <location filename="../core/profile/strategycheck.cpp" line="131"/>
        <source>PP (%1) does not fit workload.pipeline.layout, which lists %2 stages (PP or PP x virtual stages = %3 expected); change PP or the layout</source>
        <translation>PP（%1）与 workload.pipeline.layout 不符，后者列出了 %2 个阶段（应为 PP 或 PP x 虚拟阶段数 = %3）；请修改 PP 或该布局</translation>
    </message>
    <message>
        <location filename="../core/profile/strategycheck.cpp" line="137"/>
        <source>PP (%1) does not fit workload.pipeline.layout, which lists %2 stages; change PP or the layout</source>
        <translation>PP（%1）与 workload.pipeline.layout 不符，后者列出了 %2 个阶段；请修改 PP 或该布局</translation>
    </message>
    <message>
        <location filename="../core/profile/strategycheck.cpp" line="148"/>
        <source>pipeline stage %1 gets no layer; every stage needs at least one</source>
        <translation>流水线阶段 %1 没有分到层；每个阶段至少需要一层</translation>
    </message>
    <message>
        <location filename="../core/profile/strategycheck.cpp" line="156"/>
        <source>the model has no experts, so EP must be 1, got %1</source>
        <translation>模型没有专家，因此 EP 必须为 1，实际为 %1</translation>
    </message>
    <message>
        <location filename="../core/profile/strategycheck.cpp" line="160"/>
        <source>the model has no experts, so ETP must be 1, got %1</source>
        <translation>模型没有专家，因此 ETP 必须为 1，实际为 %1</translation>
    </message>
    <message>
        <location filename="../core/profile/strategycheck.cpp" line="164"/>
        <source>the model has no experts to replicate</source>
        <translation>模型没有可复制的专家</translation>
    </message>
    <message>
        <location filename="../core/profile/strategycheck.cpp" line="168"/>
        <source>EP x ETP (%1 x %2 = %3) must divide the GPUs of a pipeline stage, TP x DP (%4 x %5 = %6)</source>
        <translation>EP x ETP（%1 x %2 = %3）必须整除一个流水线阶段的 GPU 数，即 TP x DP（%4 x %5 = %6）</translation>
    </message>
    <message>
        <location filename="../core/profile/strategycheck.cpp" line="173"/>
        <source>EP (%1) exceeds the expert slots (%2 experts + %3 redundant): some GPUs would host no expert</source>
        <translation>EP（%1）超过了专家槽位数（%2 个专家 + %3 个冗余专家）：部分 GPU 将没有专家</translation>
    </message>
    <message>
        <location filename="../core/profile/strategycheck.cpp" line="178"/>
        <source>ETP (%1) must divide the expert hidden size (%2)</source>
        <translation>ETP（%1）必须整除专家的隐藏维度（%2）</translation>
    </message>
    <message>
        <location filename="../core/profile/strategycheck.cpp" line="185"/>
        <source>EPLB gives every EP rank the same number of slots: the %1 experts + %2 redundant must be a multiple of EP (%3)</source>
        <translation>EPLB 为每个 EP rank 分配相同数量的槽位：%1 个专家 + %2 个冗余专家必须是 EP（%3）的倍数</translation>
    </message>
    <message>
        <location filename="../core/profile/strategycheck.cpp" line="196"/>
        <source>at most one redundant replica per expert outside EPLB: %1 replicas for %2 experts</source>
        <translation>EPLB 之外每个专家最多一个冗余副本：%1 个副本对应 %2 个专家</translation>
    </message>
    <message>
        <location filename="../core/profile/strategycheck.cpp" line="204"/>
        <source>training needs the global batch (%1) divisible by DP x micro-batches (%2 x %3 = %4)</source>
        <translation>训练要求全局批大小（%1）能被 DP x 微批次数（%2 x %3 = %4）整除</translation>
    </message>
    <message>
        <location filename="../core/profile/strategycheck.cpp" line="210"/>
        <source>DP (%1) exceeds the batch (%2 sequences): some replicas would have nothing to do</source>
        <translation>DP（%1）超过了批大小（%2 条序列）：部分副本将无事可做</translation>
    </message>
    <message>
        <location filename="../core/profile/strategycheck.cpp" line="217"/>
        <source>micro-batches (%1) exceed the sequences per replica (%2)</source>
        <translation>微批次数（%1）超过了每副本的序列数（%2）</translation>
    </message>
</context>
<context>
    <name>UserPrompts</name>
    <message>
        <location filename="../ui/document/userprompts.cpp" line="34"/>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../ui/document/userprompts.cpp" line="35"/>
        <source>Do you want to save the changes to “%1”?</source>
        <translation>是否保存对“%1”的更改？</translation>
    </message>
    <message>
        <location filename="../ui/document/userprompts.cpp" line="38"/>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>如果不保存，您的更改将会丢失。</translation>
    </message>
    <message>
        <location filename="../ui/document/userprompts.cpp" line="52"/>
        <source>Revert to Saved</source>
        <translation>还原为已保存版本</translation>
    </message>
    <message>
        <location filename="../ui/document/userprompts.cpp" line="53"/>
        <source>Revert “%1” to the saved version?</source>
        <translation>将“%1”还原为已保存的版本？</translation>
    </message>
    <message>
        <location filename="../ui/document/userprompts.cpp" line="54"/>
        <source>Your changes and their undo history will be lost.</source>
        <translation>您的更改及其撤销历史将会丢失。</translation>
    </message>
    <message>
        <location filename="../ui/document/userprompts.cpp" line="55"/>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/document/userprompts.cpp" line="63"/>
        <source>Open Profile</source>
        <translation>打开配置文件</translation>
    </message>
    <message>
        <location filename="../ui/document/userprompts.cpp" line="68"/>
        <source>Save Profile As</source>
        <translation>配置文件另存为</translation>
    </message>
    <message>
        <location filename="../ui/document/userprompts.cpp" line="99"/>
        <source>over %L1</source>
        <translation>超过 %L1</translation>
    </message>
    <message>
        <location filename="../ui/document/userprompts.cpp" line="99"/>
        <source>%L1</source>
        <translation>%L1</translation>
    </message>
    <message>
        <location filename="../ui/document/userprompts.cpp" line="100"/>
        <source>Large search</source>
        <translation>大型搜索</translation>
    </message>
    <message>
        <location filename="../ui/document/userprompts.cpp" line="101"/>
        <source>The search space has %1 configurations, above the limit of %L2. It may take minutes and much memory. Search anyway?</source>
        <translation>搜索空间有 %1 种配置，超过上限 %L2。可能需要数分钟并占用大量内存。仍要搜索吗？</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/explorer/main.cpp" line="60"/>
        <source>Explore how a Mixture-of-Experts model runs on a GPU cluster.</source>
        <translation>探索混合专家（MoE）模型在 GPU 集群上的运行方式。</translation>
    </message>
    <message>
        <location filename="../app/explorer/main.cpp" line="64"/>
        <source>A profile file, or builtin:NAME (default: the profile shown last, else builtin:seed).</source>
        <translation>配置文件，或 builtin:NAME（默认：上次显示的配置文件，否则为 builtin:seed）。</translation>
    </message>
    <message>
        <location filename="../app/explorer/main.cpp" line="77"/>
        <source>Cannot open profile</source>
        <translation>无法打开配置文件</translation>
    </message>
</context>
<context>
    <name>moe::ui::BuiltinGalleryDialog</name>
    <message>
        <location filename="../ui/document/builtingallerydialog.cpp" line="26"/>
        <source>New from Built-in</source>
        <translation>从内置配置新建</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerydialog.cpp" line="29"/>
        <source>Built-in profiles, each evaluated with its own strategy. Choose one to start from; saving it writes a file of your own.</source>
        <translation>内置配置文件，各自以其自身策略评估。选择一个作为起点；保存时会写入您自己的文件。</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerydialog.cpp" line="43"/>
        <source>Double-click a profile to open it</source>
        <translation>双击配置文件以打开</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerydialog.cpp" line="47"/>
        <source>The selected profile&apos;s sources and assumptions</source>
        <translation>所选配置文件的来源与假设</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerydialog.cpp" line="109"/>
        <source>Model: %1, %2 parameters, %3 active per token; %4 layers; experts: %5.&lt;br&gt;System: %6. Cluster: %7. Mode: %8.</source>
        <translation>模型：%1，%2 参数，每 token 激活 %3；%4 层；专家：%5。&lt;br&gt;系统：%6。集群：%7。模式：%8。</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerydialog.cpp" line="114"/>
        <source>Step time %1, throughput %2, fullest GPU %3. Verdict: %4.</source>
        <translation>步时间 %1，吞吐量 %2，最满的 GPU %3。结论：%4。</translation>
    </message>
</context>
<context>
    <name>moe::ui::BuiltinGalleryModel</name>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="30"/>
        <source>dense</source>
        <translation>稠密</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="32"/>
        <source>%1, top-%2</source>
        <translation>%1，top-%2</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="34"/>
        <source> + %1 shared</source>
        <translation> + %1 个共享</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="43"/>
        <source>✗ not evaluated</source>
        <translation>✗ 未评估</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="57"/>
        <source>✓ pass</source>
        <translation>✓ 通过</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="58"/>
        <source>✗ fail: %1</source>
        <translation>✗ 未通过：%1</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="78"/>
        <source>✗ does not load</source>
        <translation>✗ 无法加载</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="92"/>
        <source>model.preset %1 from the model library</source>
        <translation>模型库中的 model.preset %1</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="94"/>
        <location filename="../ui/document/builtingallerymodel.cpp" line="104"/>
        <source>own figures</source>
        <translation>自有数值</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="95"/>
        <source>The profile gives its own architecture figures (no model.preset)</source>
        <translation>该配置文件给出自己的架构数值（无 model.preset）</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="105"/>
        <source>The profile gives its own hardware figures (no cluster.system)</source>
        <translation>该配置文件给出自己的硬件数值（无 cluster.system）</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="111"/>
        <location filename="../ui/document/builtingallerymodel.cpp" line="208"/>
        <source>Parameters each token passes through</source>
        <translation>每个 token 经过的参数</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="116"/>
        <source>Routed experts per MoE layer, and how many each token uses</source>
        <translation>每个 MoE 层的路由专家数，以及每个 token 使用多少个</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="117"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="119"/>
        <source>%1 GPUs, %2 per node, %3 GiB each</source>
        <translation>%1 个 GPU，每节点 %2 个，每个 %3 GiB</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="133"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="135"/>
        <source>The fullest GPU (GPU %1) against its capacity</source>
        <translation>最满的 GPU（GPU %1）与其容量之比</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="198"/>
        <source>Profile</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="198"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="198"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="198"/>
        <source>Active</source>
        <translation>激活</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="199"/>
        <source>Layers</source>
        <translation>层数</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="199"/>
        <source>Experts</source>
        <translation>专家</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="199"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="199"/>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="200"/>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="200"/>
        <source>Step time</source>
        <translation>步时间</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="200"/>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="200"/>
        <source>Fullest GPU</source>
        <translation>最满的 GPU</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="201"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="205"/>
        <source>The profile&apos;s name</source>
        <translation>配置文件的名称</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="206"/>
        <source>The model library&apos;s entry the profile names (model.preset)</source>
        <translation>配置文件引用的模型库条目（model.preset）</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="207"/>
        <source>Parameters of the whole model</source>
        <translation>整个模型的参数</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="209"/>
        <source>Transformer layers</source>
        <translation>Transformer 层</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="210"/>
        <source>Routed experts per MoE layer, top-k per token</source>
        <translation>每个 MoE 层的路由专家数，每 token 的 top-k</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="211"/>
        <source>The systems library&apos;s entry the profile names (cluster.system)</source>
        <translation>配置文件引用的系统库条目（cluster.system）</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="212"/>
        <source>GPUs in the cluster and their kind</source>
        <translation>集群中的 GPU 及其型号</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="213"/>
        <source>Training iteration, prefill of the batch, or one decode step</source>
        <translation>训练迭代、整批预填充，或一次解码步骤</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="214"/>
        <source>Time of one step with the profile&apos;s own strategy</source>
        <translation>以配置文件自身策略运行一步的时间</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="215"/>
        <source>Tokens per second, all GPUs together</source>
        <translation>每秒 token 数，全部 GPU 合计</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="216"/>
        <source>Memory of the fullest GPU against its capacity</source>
        <translation>最满 GPU 的显存与其容量之比</translation>
    </message>
    <message>
        <location filename="../ui/document/builtingallerymodel.cpp" line="217"/>
        <source>The constraint checks</source>
        <translation>约束检查</translation>
    </message>
</context>
<context>
    <name>moe::ui::CalibrationDialog</name>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="57"/>
        <source>runs</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="58"/>
        <source>collectives</source>
        <translation>集合通信</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="59"/>
        <source>GEMMs</source>
        <translation>GEMM</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="72"/>
        <source>%1 tok/s</source>
        <translation>%1 tok/s</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="75"/>
        <source>%1 us</source>
        <translation>%1 us</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="78"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="80"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="119"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="125"/>
        <source>No fit: %1</source>
        <translation>无拟合结果：%1</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="138"/>
        <source>&amp;Add Files...</source>
        <translation>添加文件(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="139"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="141"/>
        <source>&amp;Fit</source>
        <translation>拟合(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="144"/>
        <source>Measurement</source>
        <translation>测量</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="144"/>
        <source>Measured</source>
        <translation>实测</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="144"/>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="145"/>
        <source>Before</source>
        <translation>拟合前</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="144"/>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="145"/>
        <source>After</source>
        <translation>拟合后</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="144"/>
        <source>Leave-one-out</source>
        <translation>留一法</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="145"/>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="145"/>
        <source>Bounds</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="145"/>
        <source>Fitted</source>
        <translation>拟合值</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="149"/>
        <source>&amp;Save as User System</source>
        <translation>另存为用户系统(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="150"/>
        <source>A&amp;pply to Profile</source>
        <translation>应用到配置文件(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="153"/>
        <source>Calibrate a System</source>
        <translation>校准系统</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="156"/>
        <source>Measured runs (CSV or JSON), nccl-tests logs and GEMM sweeps; docs/calibration.md gives each format</source>
        <translation>实测运行（CSV 或 JSON）、nccl-tests 日志和 GEMM 扫描；各格式见 docs/calibration.md</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="159"/>
        <source>The system the measurements ran on: the fit starts from its figures</source>
        <translation>测量所运行的系统：拟合从其数值开始</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="163"/>
        <source>Fit the system&apos;s efficiencies to the measurements</source>
        <translation>将系统的效率拟合到测量值</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="168"/>
        <source>e.g. my-h100</source>
        <translation>例如 my-h100</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="169"/>
        <source>The id profiles name in cluster.system; letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>配置文件在 cluster.system 中引用的 id；字母、数字、&apos;.&apos;、&apos;_&apos; 和 &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="171"/>
        <source>Write the calibrated system to your user systems folder</source>
        <translation>将校准后的系统写入您的用户系统文件夹</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="172"/>
        <source>Make the open profile name the saved system (one undo step)</source>
        <translation>让当前配置文件引用已保存的系统（一步撤销）</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="173"/>
        <source>Each measurement&apos;s error: predicted / measured − 1, by the system before the fit, after it, and by a fit that did not see the row (leave-one-out)</source>
        <translation>每项测量的误差：预测 / 实测 − 1，分别按拟合前的系统、拟合后的系统，以及未见过该行的拟合（留一法）计算</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="175"/>
        <source>The efficiencies fitted, each bounded to its physical range</source>
        <translation>拟合得到的效率，每项都限制在其物理范围内</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="177"/>
        <source>Measurements</source>
        <translation>测量</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="186"/>
        <source>Ran on &amp;system:</source>
        <translation>运行所在系统(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="208"/>
        <source>Calibrated system</source>
        <translation>校准后的系统</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="210"/>
        <source>&amp;Id:</source>
        <translation>&amp;Id：</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="236"/>
        <source>Add the measurement files, choose the system they ran on, and press Fit.</source>
        <translation>添加测量文件，选择其运行所在的系统，然后按“拟合”。</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="272"/>
        <source>Add Measurement Files</source>
        <translation>添加测量文件</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="273"/>
        <source>Measurements (*.csv *.json *.txt *.log);;All files (*)</source>
        <translation>测量文件 (*.csv *.json *.txt *.log);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="287"/>
        <source>Choose the system the measurements ran on.</source>
        <translation>请选择测量所运行的系统。</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="287"/>
        <source>Add a measurement file.</source>
        <translation>请添加测量文件。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calibration/calibrationdialog.cpp" line="295"/>
        <source>Fitting %n file(s)...</source>
        <translation>
            <numerusform>正在拟合 %n 个文件...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calibration/calibrationdialog.cpp" line="319"/>
        <source>Fitted %1 to %n measurement(s).</source>
        <translation>
            <numerusform>已将 %1 拟合到 %n 项测量。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="324"/>
        <source>%1
Nothing was fitted.</source>
        <translation>%1
未拟合任何内容。</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="352"/>
        <source>%1 (not fitted)</source>
        <translation>%1（未拟合）</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="358"/>
        <source>Collectives under 16 MiB are shown but not fitted (docs/calibration.md)</source>
        <translation>16 MiB 以下的集合通信会显示但不参与拟合（docs/calibration.md）</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="362"/>
        <source>mean |error|</source>
        <translation>平均 |误差|</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="364"/>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="367"/>
        <source>Over the fitted rows</source>
        <translation>基于参与拟合的行</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="365"/>
        <source>worst |error|</source>
        <translation>最大 |误差|</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="383"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="384"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="384"/>
        <source>no: no measurement depends on it</source>
        <translation>否：没有测量依赖于它</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="390"/>
        <source>Mean error %1 before the fit, %2 after.</source>
        <translation>平均误差：拟合前 %1，拟合后 %2。</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="392"/>
        <source>Leave-one-out %1: what to expect on a run the fit has not seen.</source>
        <translation>留一法 %1：在拟合未见过的运行上可预期的误差。</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="394"/>
        <source>No leave-one-out error: %1</source>
        <translation>无留一法误差：%1</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="397"/>
        <source>%1 %2 × %3</source>
        <translation>%1 %2 × %3</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="401"/>
        <source>Weight of each row (each kind of measurement counts equally): %1.</source>
        <translation>每行的权重（每类测量同等计入）：%1。</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="406"/>
        <source>Predictions on the saved system carry ±%1 (the weighted RMS of the leave-one-out errors).</source>
        <translation>基于已保存系统的预测带有 ±%1 的误差（留一法误差的加权 RMS）。</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="420"/>
        <source>A user system “%1” exists: saving replaces it (the old file stays until the new one is written).</source>
        <translation>用户系统“%1”已存在：保存会替换它（新文件写入前旧文件保持不变）。</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="438"/>
        <source>The id “%1” cannot be used: %2</source>
        <translation>无法使用 id“%1”：%2</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="449"/>
        <source>The system was not saved: %1</source>
        <translation>系统未保存：%1</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="453"/>
        <source>Saved %1 as %2. Profiles can name it in cluster.system; Apply makes this profile use it.</source>
        <translation>已将 %1 保存为 %2。配置文件可在 cluster.system 中引用它；“应用”使此配置文件使用它。</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="465"/>
        <source>Save the system first: profiles name it by its id.</source>
        <translation>请先保存系统：配置文件通过 id 引用它。</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="470"/>
        <source>Apply calibrated system %1</source>
        <translation>应用校准后的系统 %1</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationdialog.cpp" line="471"/>
        <source>The profile now runs on %1.</source>
        <translation>配置文件现在运行在 %1 上。</translation>
    </message>
</context>
<context>
    <name>moe::ui::CalibrationScatter</name>
    <message>
        <location filename="../ui/calibration/calibrationscatter.cpp" line="50"/>
        <source>Predicted against measured</source>
        <translation>预测值与实测值对比</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationscatter.cpp" line="51"/>
        <source>y = x</source>
        <translation>y = x</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationscatter.cpp" line="53"/>
        <source>±10%</source>
        <translation>±10%</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationscatter.cpp" line="58"/>
        <source>before</source>
        <translation>拟合前</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationscatter.cpp" line="63"/>
        <source>after</source>
        <translation>拟合后</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationscatter.cpp" line="72"/>
        <source>Measured (s, or tokens/s per GPU)</source>
        <translation>实测（s，或每 GPU tokens/s）</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationscatter.cpp" line="73"/>
        <source>Predicted</source>
        <translation>预测</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationscatter.cpp" line="87"/>
        <source>Each measurement&apos;s prediction against the measured value: on the line is exact. Hover a point for its measurement</source>
        <translation>每项测量的预测值与实测值对比：落在直线上即为精确。悬停在点上可查看其测量</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationscatter.cpp" line="136"/>
        <source>%1
before %2, after %3</source>
        <translation>%1
拟合前 %2，拟合后 %3</translation>
    </message>
    <message>
        <location filename="../ui/calibration/calibrationscatter.cpp" line="141"/>
        <source>, leave-one-out %1</source>
        <translation>，留一法 %1</translation>
    </message>
</context>
<context>
    <name>moe::ui::ChartView</name>
    <message>
        <location filename="../ui/widgets/chartview.cpp" line="102"/>
        <source>Explain...</source>
        <translation>解释...</translation>
    </message>
    <message>
        <location filename="../ui/widgets/chartview.cpp" line="104"/>
        <source>Export as PNG, SVG or PDF...</source>
        <translation>导出为 PNG、SVG 或 PDF...</translation>
    </message>
</context>
<context>
    <name>moe::ui::CollapsibleSection</name>
    <message>
        <location filename="../ui/widgets/collapsiblesection.cpp" line="21"/>
        <source>Show or hide the %1 settings</source>
        <translation>显示或隐藏 %1 设置</translation>
    </message>
</context>
<context>
    <name>moe::ui::DocumentController</name>
    <message>
        <location filename="../ui/document/documentcontroller.cpp" line="87"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../ui/document/documentcontroller.cpp" line="109"/>
        <source>Cannot Open Profile</source>
        <translation>无法打开配置文件</translation>
    </message>
    <message>
        <location filename="../ui/document/documentcontroller.cpp" line="122"/>
        <source>Cannot Open Built-in Profile</source>
        <translation>无法打开内置配置文件</translation>
    </message>
    <message>
        <location filename="../ui/document/documentcontroller.cpp" line="122"/>
        <source>“%1” could not be opened.</source>
        <translation>无法打开“%1”。</translation>
    </message>
    <message>
        <location filename="../ui/document/documentcontroller.cpp" line="134"/>
        <source>File Not Found</source>
        <translation>找不到文件</translation>
    </message>
    <message>
        <location filename="../ui/document/documentcontroller.cpp" line="135"/>
        <source>“%1” no longer exists.</source>
        <translation>“%1”已不存在。</translation>
    </message>
    <message>
        <location filename="../ui/document/documentcontroller.cpp" line="136"/>
        <source>It was removed from the recent files.

%1</source>
        <translation>已将其从最近文件中移除。

%1</translation>
    </message>
    <message>
        <location filename="../ui/document/documentcontroller.cpp" line="153"/>
        <source>Cannot Revert</source>
        <translation>无法还原</translation>
    </message>
    <message>
        <location filename="../ui/document/documentcontroller.cpp" line="157"/>
        <source>Reverted to the saved %1</source>
        <translation>已还原为已保存的 %1</translation>
    </message>
    <message>
        <location filename="../ui/document/documentcontroller.cpp" line="173"/>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../ui/document/documentcontroller.cpp" line="181"/>
        <source>Any earlier file of that name is unchanged.</source>
        <translation>同名的原有文件保持不变。</translation>
    </message>
    <message>
        <location filename="../ui/document/documentcontroller.cpp" line="183"/>
        <source>Cannot Save Profile</source>
        <translation>无法保存配置文件</translation>
    </message>
    <message>
        <location filename="../ui/document/documentcontroller.cpp" line="184"/>
        <source>“%1” was not saved.</source>
        <translation>“%1”未保存。</translation>
    </message>
    <message>
        <location filename="../ui/document/documentcontroller.cpp" line="186"/>
        <source>The window keeps your changes: save them in another folder, or make room and save again.</source>
        <translation>窗口保留了您的更改：请保存到其他文件夹，或腾出空间后再次保存。</translation>
    </message>
    <message>
        <location filename="../ui/document/documentcontroller.cpp" line="194"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../ui/document/documentcontroller.cpp" line="251"/>
        <source>New profile %1: not saved yet</source>
        <translation>新配置文件 %1：尚未保存</translation>
    </message>
    <message>
        <location filename="../ui/document/documentcontroller.cpp" line="260"/>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location filename="../ui/document/documentcontroller.cpp" line="266"/>
        <source>Opened %1.</source>
        <translation>已打开 %1。</translation>
    </message>
    <message>
        <location filename="../ui/document/documentcontroller.cpp" line="268"/>
        <source>Keys this version does not know, kept for saving: %1.</source>
        <translation>本版本不认识的键已保留以便保存：%1。</translation>
    </message>
    <message>
        <location filename="../ui/document/documentcontroller.cpp" line="271"/>
        <source>Keys not used with the file&apos;s other settings, kept for saving: %1.</source>
        <translation>在文件其他设置下未使用的键已保留以便保存：%1。</translation>
    </message>
    <message>
        <source>Opened %1. Keys this version does not know, kept for saving: %2</source>
        <translation type="vanished">已打开 %1。本版本不认识的键已保留以便保存：%2</translation>
    </message>
    <message>
        <location filename="../ui/document/documentcontroller.cpp" line="280"/>
        <source>Problem: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <location filename="../ui/document/documentcontroller.cpp" line="281"/>
        <source>At %1: %2</source>
        <translation>位置 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/document/documentcontroller.cpp" line="283"/>
        <source>“%1” is not a profile MoE Explorer can open.</source>
        <translation>“%1”不是 MoE Explorer 能打开的配置文件。</translation>
    </message>
    <message>
        <location filename="../ui/document/documentcontroller.cpp" line="284"/>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <location filename="../ui/document/documentcontroller.cpp" line="285"/>
        <source>The profile in the window is unchanged.</source>
        <translation>窗口中的配置文件保持不变。</translation>
    </message>
</context>
<context>
    <name>moe::ui::ExplainDock</name>
    <message>
        <location filename="../ui/explain/explaindock.cpp" line="26"/>
        <source>Explain</source>
        <translation>解释</translation>
    </message>
    <message>
        <location filename="../ui/explain/explaindock.cpp" line="55"/>
        <source>Each figure with its value and formula; click a row for the formula with the values and its source</source>
        <translation>每个数值及其值和公式；单击一行可查看代入数值后的公式及其来源</translation>
    </message>
    <message>
        <location filename="../ui/explain/explaindock.cpp" line="57"/>
        <source>The selected figure: its formula with the values and its source</source>
        <translation>所选数值：代入数值后的公式及其来源</translation>
    </message>
    <message>
        <location filename="../ui/explain/explaindock.cpp" line="58"/>
        <source>Click a row for the formula with its values and the source</source>
        <translation>单击一行可查看代入数值后的公式及来源</translation>
    </message>
    <message>
        <location filename="../ui/explain/explaindock.cpp" line="59"/>
        <source>Filter figures, e.g. memory or a2a</source>
        <translation>筛选数值，例如 memory 或 a2a</translation>
    </message>
    <message>
        <location filename="../ui/explain/explaindock.cpp" line="61"/>
        <source>Show only the rows that contain this text</source>
        <translation>只显示包含此文本的行</translation>
    </message>
    <message>
        <location filename="../ui/explain/explaindock.cpp" line="198"/>
        <source>&lt;b&gt;%1&lt;/b&gt; = %2&lt;br&gt;&lt;i&gt;%3&lt;/i&gt;&lt;br&gt;= %4&lt;br&gt;%5&lt;br&gt;&lt;small&gt;%6&lt;/small&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; = %2&lt;br&gt;&lt;i&gt;%3&lt;/i&gt;&lt;br&gt;= %4&lt;br&gt;%5&lt;br&gt;&lt;small&gt;%6&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../ui/explain/explaindock.cpp" line="202"/>
        <source>Source: the model&apos;s own definition</source>
        <translation>来源：模型自身的定义</translation>
    </message>
    <message>
        <location filename="../ui/explain/explaindock.cpp" line="202"/>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
</context>
<context>
    <name>moe::ui::ExplanationModel</name>
    <message>
        <location filename="../ui/explain/explanationmodel.cpp" line="26"/>
        <source>parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationmodel.cpp" line="105"/>
        <source>Figure</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationmodel.cpp" line="107"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationmodel.cpp" line="109"/>
        <source>Formula</source>
        <translation>公式</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationmodel.cpp" line="111"/>
        <source>With the values</source>
        <translation>代入数值</translation>
    </message>
    <message>
        <location filename="../ui/explain/explanationmodel.cpp" line="113"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>moe::ui::ExplorerState</name>
    <message>
        <location filename="../ui/document/explorerstate.cpp" line="169"/>
        <source>Edit profile</source>
        <translation>编辑配置文件</translation>
    </message>
    <message>
        <location filename="../ui/document/explorerstate.cpp" line="178"/>
        <source>Change strategy</source>
        <translation>更改策略</translation>
    </message>
</context>
<context>
    <name>moe::ui::FeasibilityLegend</name>
    <message>
        <location filename="../ui/search/feasibilitylegend.cpp" line="24"/>
        <source>Best throughput:</source>
        <translation>最佳吞吐量：</translation>
    </message>
    <message>
        <location filename="../ui/search/feasibilitylegend.cpp" line="29"/>
        <source>nothing fits</source>
        <translation>均不可行</translation>
    </message>
    <message>
        <location filename="../ui/search/feasibilitylegend.cpp" line="34"/>
        <source>★ best   ● you are here</source>
        <translation>★ 最佳   ● 当前位置</translation>
    </message>
    <message>
        <location filename="../ui/search/feasibilitylegend.cpp" line="77"/>
        <source>%1 M tokens/s</source>
        <translation>%1 M tokens/s</translation>
    </message>
    <message>
        <location filename="../ui/search/feasibilitylegend.cpp" line="80"/>
        <source>%1 k tokens/s</source>
        <translation>%1 k tokens/s</translation>
    </message>
    <message>
        <location filename="../ui/search/feasibilitylegend.cpp" line="82"/>
        <source>%1 tokens/s</source>
        <translation>%1 tokens/s</translation>
    </message>
    <message>
        <location filename="../ui/search/feasibilitylegend.cpp" line="88"/>
        <source>Feasible cells are coloured by their best throughput, from the map&apos;s lowest (dark) to its highest (yellow)</source>
        <translation>可行单元格按其最佳吞吐量着色，从图中最低（深色）到最高（黄色）</translation>
    </message>
</context>
<context>
    <name>moe::ui::GettingStartedDialog</name>
    <message>
        <location filename="../ui/window/gettingstarted.cpp" line="127"/>
        <source>Getting Started</source>
        <translation>入门</translation>
    </message>
</context>
<context>
    <name>moe::ui::GpuGridWidget</name>
    <message>
        <location filename="../ui/grid/gpugridexperts.cpp" line="245"/>
        <source>… (%1 more)</source>
        <translation>…（另有 %1 个）</translation>
    </message>
    <message>
        <location filename="../ui/grid/gpugridexperts.cpp" line="248"/>
        <source>expert %1 · layer %2</source>
        <translation>专家 %1 · 第 %2 层</translation>
    </message>
    <message>
        <location filename="../ui/grid/gpugridexperts.cpp" line="249"/>
        <source>%1 of the layer&apos;s routed tokens · %2 tokens per step on this slot</source>
        <translation>占该层路由 token 的 %1 · 此槽位每步 %2 个 token</translation>
    </message>
    <message>
        <location filename="../ui/grid/gpugridexperts.cpp" line="253"/>
        <source>%1 replicas in this EP group, on GPUs %2</source>
        <translation>此 EP 组中有 %1 个副本，位于 GPU %2</translation>
    </message>
    <message>
        <location filename="../ui/grid/gpugridexperts.cpp" line="254"/>
        <source>no replica: only on GPU %1 in this EP group</source>
        <translation>无副本：此 EP 组中仅在 GPU %1 上</translation>
    </message>
    <message>
        <location filename="../ui/grid/gpugridexperts.cpp" line="255"/>
        <source>dropped over capacity: %1 of its tokens</source>
        <translation>因超出容量而丢弃：其 token 的 %1</translation>
    </message>
    <message>
        <location filename="../ui/grid/gpugridexperts.cpp" line="258"/>
        <source>the hottest expert (outlined in red)</source>
        <translation>最热的专家（红色勾勒）</translation>
    </message>
    <message>
        <location filename="../ui/grid/gpugridwidget.cpp" line="37"/>
        <source>GPU grid</source>
        <translation>GPU 网格</translation>
    </message>
    <message>
        <location filename="../ui/grid/gpugridwidget.cpp" line="38"/>
        <source>Every GPU of the cluster, grouped by node. Hover a cell for its ranks, experts and memory; click or use the arrow keys to select it.</source>
        <translation>集群中的每个 GPU，按节点分组。悬停在单元格上可查看其 rank、专家和显存；单击或用方向键选中它。</translation>
    </message>
    <message>
        <location filename="../ui/grid/gpugridwidget.cpp" line="40"/>
        <source>The GPU grid shows every GPU of the cluster as a cell, grouped by node and coloured by the chosen metric from 0 (dark) to the top of the scale (yellow): memory against the GPU&apos;s capacity, token loads against twice their mean (marked on the legend). Hatched cells are idle GPUs, or GPUs whose pipeline stage lacks the selected layer. Thick lines separate pipeline stages, thin ones expert-parallel groups. Colour by expert load to see each GPU&apos;s expert slots; click one to outline all replicas of its expert. With many GPUs each node folds into one cell showing the largest value of its GPUs.</source>
        <translation>GPU 网格将集群中的每个 GPU 显示为一个单元格，按节点分组，并按所选指标从 0（深色）到色标上限（黄色）着色：显存相对于 GPU 容量，token 负载相对于其均值的两倍（在图例上标出）。带阴影线的单元格是空闲 GPU，或其流水线阶段不含所选层的 GPU。粗线分隔流水线阶段，细线分隔专家并行组。按专家负载着色可查看每个 GPU 的专家槽位；单击其中一个可勾勒出该专家的所有副本。GPU 很多时，每个节点折叠为一个单元格，显示其各 GPU 中的最大值。</translation>
    </message>
    <message>
        <location filename="../ui/grid/gpugridwidget.cpp" line="128"/>
        <location filename="../ui/grid/gpugridwidget.cpp" line="270"/>
        <source>node %1</source>
        <translation>节点 %1</translation>
    </message>
    <message>
        <location filename="../ui/grid/gpugridwidget.cpp" line="372"/>
        <source>No per-GPU figures: %1</source>
        <translation>没有每 GPU 数值：%1</translation>
    </message>
    <message>
        <location filename="../ui/grid/gpugridwidget.cpp" line="377"/>
        <source>layer %1</source>
        <translation>第 %1 层</translation>
    </message>
    <message>
        <location filename="../ui/grid/gpugridwidget.cpp" line="378"/>
        <source>all layers</source>
        <translation>所有层</translation>
    </message>
    <message>
        <location filename="../ui/grid/gpugridwidget.cpp" line="381"/>
        <source> · hottest: expert %1 of layer %2</source>
        <translation> · 最热：第 %2 层的专家 %1</translation>
    </message>
    <message>
        <location filename="../ui/grid/gpugridwidget.cpp" line="386"/>
        <source> · busiest slot per GPU (enlarge to see each expert)</source>
        <translation> · 每个 GPU 最忙的槽位（放大可查看每个专家）</translation>
    </message>
    <message>
        <location filename="../ui/grid/gpugridwidget.cpp" line="390"/>
        <source> · straggler: GPU %1 (red)</source>
        <translation> · 拖后腿者：GPU %1（红色）</translation>
    </message>
    <message>
        <location filename="../ui/grid/gpugridwidget.cpp" line="393"/>
        <source> · largest per node</source>
        <translation> · 每节点最大值</translation>
    </message>
    <message>
        <location filename="../ui/grid/gpugridwidget.cpp" line="411"/>
        <source>idle or no layer</source>
        <translation>空闲或无该层</translation>
    </message>
    <message>
        <location filename="../ui/grid/gpugridwidget.cpp" line="412"/>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../ui/grid/gpugridwidget.cpp" line="426"/>
        <source>the straggler: the step waits for this GPU&apos;s compute</source>
        <translation>拖后腿者：该步要等待此 GPU 的计算</translation>
    </message>
    <message>
        <location filename="../ui/grid/gpugridwidget.cpp" line="445"/>
        <source>node %1 · GPUs %2 to %3</source>
        <translation>节点 %1 · GPU %2 至 %3</translation>
    </message>
    <message>
        <location filename="../ui/grid/gpugridwidget.cpp" line="446"/>
        <source>nodes %1 to %2 · GPUs %3 to %4</source>
        <translation>节点 %1 至 %2 · GPU %3 至 %4</translation>
    </message>
    <message>
        <location filename="../ui/grid/gpugridwidget.cpp" line="447"/>
        <source>%1 of %2 GPUs in use</source>
        <translation>使用中的 GPU：%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/grid/gpugridwidget.cpp" line="450"/>
        <source>%1: largest %2, smallest %3</source>
        <translation>%1：最大 %2，最小 %3</translation>
    </message>
    <message>
        <location filename="../ui/grid/gpugridwidget.cpp" line="453"/>
        <source>Enlarge the grid to see each GPU.</source>
        <translation>放大网格以查看每个 GPU。</translation>
    </message>
</context>
<context>
    <name>moe::ui::GridPanel</name>
    <message>
        <location filename="../ui/grid/gridpanel.cpp" line="42"/>
        <source>What the colour of each GPU shows</source>
        <translation>每个 GPU 的颜色表示什么</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridpanel.cpp" line="43"/>
        <source>Show expert placement and load for one MoE layer, or all layers together</source>
        <translation>显示单个 MoE 层或所有层合计的专家放置与负载</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridpanel.cpp" line="45"/>
        <source>Export...</source>
        <translation>导出...</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridpanel.cpp" line="46"/>
        <source>Export the grid as PNG, SVG or PDF</source>
        <translation>将网格导出为 PNG、SVG 或 PDF</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridpanel.cpp" line="48"/>
        <source>Rescale</source>
        <translation>重新缩放</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridpanel.cpp" line="49"/>
        <source>Fit the colour scale to the figures shown now. The scale is otherwise kept while you edit, so that colours stay comparable; it is refitted when you change the metric or the layer, or open a profile.</source>
        <translation>将色标适配到当前显示的数值。否则编辑时色标保持不变，使颜色可以相互比较；更改指标或层、或打开配置文件时会重新适配。</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridpanel.cpp" line="54"/>
        <source>Heat Maps</source>
        <translation>热图</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridpanel.cpp" line="55"/>
        <source>Show the routing share by layer and expert, the load by GPU and layer, or the all-to-all traffic matrix beside the grid (View &gt; Heat Maps)</source>
        <translation>在网格旁显示按层和专家的路由份额、按 GPU 和层的负载，或 all-to-all 流量矩阵（视图 &gt; 热图）</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridpanel.cpp" line="57"/>
        <source>&amp;Colour by</source>
        <translation>着色依据(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridpanel.cpp" line="59"/>
        <source>MoE &amp;layer</source>
        <translation>MoE 层(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridpanel.cpp" line="103"/>
        <source>Explain GPU %1...</source>
        <translation>解释 GPU %1...</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridpanel.cpp" line="105"/>
        <source>Export as PNG, SVG or PDF...</source>
        <translation>导出为 PNG、SVG 或 PDF...</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridpanel.cpp" line="151"/>
        <source>Move expert %1 from EP rank %2 to %3</source>
        <translation>将专家 %1 从 EP rank %2 移到 %3</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridpanel.cpp" line="168"/>
        <source>Move expert from EP rank %1 to %2</source>
        <translation>将专家从 EP rank %1 移到 %2</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridpanel.cpp" line="177"/>
        <source>Move expert</source>
        <translation>移动专家</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridpanel.cpp" line="192"/>
        <source>all layers</source>
        <translation>所有层</translation>
    </message>
    <message>
        <location filename="../ui/grid/gridpanel.cpp" line="194"/>
        <source>MoE layer %1 (layer %2)</source>
        <translation>MoE 第 %1 层（第 %2 层）</translation>
    </message>
</context>
<context>
    <name>moe::ui::HeatMapWidget</name>
    <message>
        <location filename="../ui/heatmaps/heatmapwidget.cpp" line="213"/>
        <source>no value</source>
        <translation>无数值</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmapwidget.cpp" line="232"/>
        <source>mean %1</source>
        <translation>均值 %1</translation>
    </message>
</context>
<context>
    <name>moe::ui::HeatMapsDock</name>
    <message>
        <location filename="../ui/heatmaps/heatmapsdock.cpp" line="15"/>
        <source>Heat Maps</source>
        <translation>热图</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmapsdock.cpp" line="24"/>
        <source>Which heat map to show</source>
        <translation>要显示的热图</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmapsdock.cpp" line="25"/>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmapsdock.cpp" line="28"/>
        <source>Export...</source>
        <translation>导出...</translation>
    </message>
    <message>
        <location filename="../ui/heatmaps/heatmapsdock.cpp" line="29"/>
        <source>Export this heat map as PNG, SVG or PDF</source>
        <translation>将此热图导出为 PNG、SVG 或 PDF</translation>
    </message>
</context>
<context>
    <name>moe::ui::LatencyChart</name>
    <message>
        <location filename="../ui/charts/latencychart.cpp" line="82"/>
        <source>time per step</source>
        <translation>每步时间</translation>
    </message>
    <message>
        <location filename="../ui/charts/latencychart.cpp" line="88"/>
        <source>Step time by component for the straggler GPU; hover a bar for its formula</source>
        <translation>拖后腿 GPU 各组件的步时间；悬停在条形上可查看其公式</translation>
    </message>
    <message>
        <location filename="../ui/charts/latencychart.cpp" line="120"/>
        <location filename="../ui/charts/latencychart.cpp" line="485"/>
        <source>step time (total)</source>
        <translation>步时间（合计）</translation>
    </message>
    <message>
        <location filename="../ui/charts/latencychart.cpp" line="135"/>
        <location filename="../ui/charts/latencychart.cpp" line="229"/>
        <source>time per step (%1)</source>
        <translation>每步时间（%1）</translation>
    </message>
    <message>
        <location filename="../ui/charts/latencychart.cpp" line="229"/>
        <source>time per token (%1)</source>
        <translation>每 token 时间（%1）</translation>
    </message>
    <message>
        <location filename="../ui/charts/latencychart.cpp" line="231"/>
        <source>Not evaluated: %1</source>
        <translation>未评估：%1</translation>
    </message>
    <message>
        <location filename="../ui/charts/latencychart.cpp" line="234"/>
        <source>Time per token %1 · %2 · MFU %3</source>
        <translation>每 token 时间 %1 · %2 · MFU %3</translation>
    </message>
    <message>
        <location filename="../ui/charts/latencychart.cpp" line="234"/>
        <source>Step time %1 · %2 · MFU %3</source>
        <translation>步时间 %1 · %2 · MFU %3</translation>
    </message>
    <message>
        <location filename="../ui/charts/latencychart.cpp" line="239"/>
        <source>Decode step %1 (%2/token) · %3 · MFU %4</source>
        <translation>解码步 %1（%2/token）· %3 · MFU %4</translation>
    </message>
    <message>
        <location filename="../ui/charts/latencychart.cpp" line="246"/>
        <source> · baseline %1 (%2), dashed</source>
        <translation> · 基线 %1（%2），虚线</translation>
    </message>
    <message>
        <location filename="../ui/charts/latencychart.cpp" line="249"/>
        <source> · baseline: not evaluated</source>
        <translation> · 基线：未评估</translation>
    </message>
    <message>
        <location filename="../ui/charts/latencychart.cpp" line="297"/>
        <location filename="../ui/charts/latencychart.cpp" line="486"/>
        <source>%1 (credit)</source>
        <translation>%1（抵扣）</translation>
    </message>
    <message>
        <location filename="../ui/charts/latencychart.cpp" line="304"/>
        <source>%1 · baseline %2 ◂</source>
        <translation>%1 · 基线 %2 ◂</translation>
    </message>
    <message>
        <location filename="../ui/charts/latencychart.cpp" line="304"/>
        <source>%1 · baseline %2 ▸</source>
        <translation>%1 · 基线 %2 ▸</translation>
    </message>
    <message>
        <location filename="../ui/charts/latencychart.cpp" line="306"/>
        <source>%1 · %2 ◂</source>
        <translation>%1 · %2 ◂</translation>
    </message>
    <message>
        <location filename="../ui/charts/latencychart.cpp" line="306"/>
        <source>%1 · %2 ▸</source>
        <translation>%1 · %2 ▸</translation>
    </message>
    <message>
        <location filename="../ui/charts/latencychart.cpp" line="372"/>
        <source>%1 ±%2</source>
        <translation>%1 ±%2</translation>
    </message>
    <message>
        <location filename="../ui/charts/latencychart.cpp" line="491"/>
        <source>&lt;br&gt;±%1: between %2 and %3, the leave-one-out band of the calibrated system &quot;%4&quot;</source>
        <translation>&lt;br&gt;±%1：介于 %2 和 %3 之间，即校准系统“%4”的留一法区间</translation>
    </message>
    <message>
        <location filename="../ui/charts/latencychart.cpp" line="496"/>
        <source> (baseline %1)</source>
        <translation>（基线 %1）</translation>
    </message>
    <message>
        <location filename="../ui/charts/latencychart.cpp" line="499"/>
        <source>&lt;br&gt;communication hidden under compute, subtracted from the sum</source>
        <translation>&lt;br&gt;被计算掩盖的通信，从总和中扣除</translation>
    </message>
</context>
<context>
    <name>moe::ui::MainWindow</name>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="207"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="209"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="212"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="216"/>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="219"/>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="222"/>
        <source>Ctrl+6</source>
        <translation>Ctrl+6</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="225"/>
        <source>Focus the &amp;Grid</source>
        <translation>聚焦网格(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="225"/>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="228"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="229"/>
        <source>&amp;Getting Started</source>
        <translation>入门(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="242"/>
        <source>&amp;About MoE Explorer</source>
        <translation>关于 MoE Explorer(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="243"/>
        <source>About MoE Explorer</source>
        <translation>关于 MoE Explorer</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="244"/>
        <source>&lt;p&gt;&lt;b&gt;MoE Explorer&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;An analytic cost model for Mixture-of-Experts deployments. Every figure is computed from the profile&apos;s inputs; the Explain panel shows each formula with its values and its source.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;MoE Explorer&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;混合专家（MoE）部署的解析成本模型。每个数值都由配置文件的输入计算得出；“解释”面板显示每个公式及其代入值和来源。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="263"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="264"/>
        <source>New &amp;Profile...</source>
        <translation>新建配置文件(&amp;P)...</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="264"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="267"/>
        <source>Choose a model, a system, a GPU count and a workload</source>
        <translation>选择模型、系统、GPU 数量和工作负载</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="268"/>
        <source>&amp;New from Built-in...</source>
        <translation>从内置配置新建(&amp;N)...</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="271"/>
        <source>Start from one of the built-in profiles, the source scenario first</source>
        <translation>从内置配置文件之一开始，来源场景排在最前</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="272"/>
        <source>&amp;Open...</source>
        <translation>打开(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="279"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="281"/>
        <source>Save &amp;As...</source>
        <translation>另存为(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="281"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="284"/>
        <source>Re&amp;vert to Saved</source>
        <translation>还原为已保存版本(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="286"/>
        <source>Throw away the unsaved changes and reload the profile</source>
        <translation>丢弃未保存的更改并重新加载配置文件</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="288"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="289"/>
        <source>&amp;GPU Grid...</source>
        <translation>GPU 网格(&amp;G)...</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="289"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="290"/>
        <source>&amp;Latency Chart...</source>
        <translation>延迟图(&amp;L)...</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="291"/>
        <source>&amp;Memory Chart...</source>
        <translation>显存图(&amp;M)...</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="292"/>
        <source>&amp;Routing Heat Map...</source>
        <translation>路由热图(&amp;R)...</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="293"/>
        <source>Load &amp;by GPU Heat Map...</source>
        <translation>按 GPU 负载热图(&amp;B)...</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="294"/>
        <source>All-to-All &amp;Traffic Heat Map...</source>
        <translation>all-to-all 流量热图(&amp;T)...</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="296"/>
        <source>Search &amp;Scatter...</source>
        <translation>搜索散点图(&amp;S)...</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="297"/>
        <source>&amp;Feasibility Map...</source>
        <translation>可行性图(&amp;F)...</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="298"/>
        <source>Search Results as &amp;CSV...</source>
        <translation>搜索结果为 CSV(&amp;C)...</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="300"/>
        <source>Design-Review &amp;Report...</source>
        <translation>设计评审报告(&amp;R)...</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="300"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="302"/>
        <source>The analysis as Markdown, HTML or PDF, every number computed, the charts embedded</source>
        <translation>以 Markdown、HTML 或 PDF 输出分析，所有数字均为计算所得，并嵌入图表</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="304"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="310"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="311"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="315"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="317"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="317"/>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="321"/>
        <source>Undo &amp;History</source>
        <translation>撤销历史(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="322"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="323"/>
        <source>Every edit since the profile was opened; click one to go back to it</source>
        <translation>自打开配置文件以来的每次编辑；单击其中一次可回到该状态</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="329"/>
        <source>&amp;Strategy</source>
        <translation>策略(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="330"/>
        <source>&amp;Search All Strategies</source>
        <translation>搜索所有策略(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="330"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="335"/>
        <source>Evaluate every legal strategy and rank them</source>
        <translation>评估每个合法策略并排序</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="337"/>
        <source>&amp;Pin as Baseline</source>
        <translation>固定为基线(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="337"/>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="338"/>
        <source>Compare every later figure with the current strategy</source>
        <translation>将之后的每个数值与当前策略比较</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="339"/>
        <source>&amp;Clear Baseline</source>
        <translation>清除基线(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="340"/>
        <source>Stop comparing with a baseline</source>
        <translation>停止与基线比较</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="345"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="346"/>
        <source>&amp;Calibrate...</source>
        <translation>校准(&amp;C)...</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="348"/>
        <source>Fit a system to your measurements and save it as a user system</source>
        <translation>将系统拟合到您的测量值，并保存为用户系统</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="365"/>
        <source>Pin baseline</source>
        <translation>固定基线</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="372"/>
        <source>Clear baseline</source>
        <translation>清除基线</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="472"/>
        <source>%1[*] — MoE Explorer</source>
        <translation>%1[*] — MoE Explorer</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="503"/>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="503"/>
        <source>PDF document (*.pdf);;HTML page (*.html);;Markdown (*.md)</source>
        <translation>PDF 文档 (*.pdf);;HTML 页面 (*.html);;Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="521"/>
        <source>Report cancelled; %1 was not written</source>
        <translation>报告已取消；未写入 %1</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="523"/>
        <source>Report failed</source>
        <translation>报告失败</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="523"/>
        <source>The report was not written.</source>
        <translation>报告未写入。</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="525"/>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="546"/>
        <location filename="../ui/window/mainwindow.cpp" line="569"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="547"/>
        <location filename="../ui/window/mainwindow.cpp" line="570"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;SVG 绘图 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="553"/>
        <location filename="../ui/window/mainwindow.cpp" line="576"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="570"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
</context>
<context>
    <name>moe::ui::MemoryChart</name>
    <message>
        <location filename="../ui/charts/memorychart.cpp" line="46"/>
        <source>GPU %1 (selected)</source>
        <translation>GPU %1（已选）</translation>
    </message>
    <message>
        <location filename="../ui/charts/memorychart.cpp" line="46"/>
        <source>sel</source>
        <translation>选</translation>
    </message>
    <message>
        <location filename="../ui/charts/memorychart.cpp" line="58"/>
        <source>stage %1: GPU %2</source>
        <translation>阶段 %1：GPU %2</translation>
    </message>
    <message>
        <location filename="../ui/charts/memorychart.cpp" line="60"/>
        <source>GPU %1 (fullest)</source>
        <translation>GPU %1（最满）</translation>
    </message>
    <message>
        <location filename="../ui/charts/memorychart.cpp" line="60"/>
        <source>top</source>
        <translation>最满</translation>
    </message>
    <message>
        <location filename="../ui/charts/memorychart.cpp" line="74"/>
        <source>Memory per GPU by component against its capacity (the line)</source>
        <translation>每 GPU 各组件显存与其容量（线）对比</translation>
    </message>
    <message>
        <location filename="../ui/charts/memorychart.cpp" line="83"/>
        <source>capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <location filename="../ui/charts/memorychart.cpp" line="87"/>
        <source>memory per GPU (GiB)</source>
        <translation>每 GPU 显存（GiB）</translation>
    </message>
    <message>
        <location filename="../ui/charts/memorychart.cpp" line="120"/>
        <source>stage (top: fullest)</source>
        <translation>阶段（最满：最满的 GPU）</translation>
    </message>
    <message>
        <location filename="../ui/charts/memorychart.cpp" line="166"/>
        <source>Not evaluated: %1</source>
        <translation>未评估：%1</translation>
    </message>
    <message>
        <location filename="../ui/charts/memorychart.cpp" line="174"/>
        <source>baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <location filename="../ui/charts/memorychart.cpp" line="174"/>
        <source>base</source>
        <translation>基线</translation>
    </message>
    <message>
        <location filename="../ui/charts/memorychart.cpp" line="176"/>
        <source>baseline:&lt;br&gt;not evaluated</source>
        <translation>基线：&lt;br&gt;未评估</translation>
    </message>
    <message>
        <location filename="../ui/charts/memorychart.cpp" line="176"/>
        <source>base: n/a</source>
        <translation>基线：无</translation>
    </message>
    <message>
        <location filename="../ui/charts/memorychart.cpp" line="120"/>
        <source>stage (sel: selected GPU, top: fullest)</source>
        <translation>阶段（选：所选 GPU，最满：最满的 GPU）</translation>
    </message>
    <message>
        <location filename="../ui/charts/memorychart.cpp" line="224"/>
        <source>limit %1</source>
        <translation>上限 %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/memorychart.cpp" line="224"/>
        <source>capacity %1</source>
        <translation>容量 %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/memorychart.cpp" line="229"/>
        <source>Over capacity: GPU %1 needs %2 of %3 allowed (%4 too much)</source>
        <translation>超出容量：GPU %1 需要 %2，允许 %3（多出 %4）</translation>
    </message>
    <message>
        <location filename="../ui/charts/memorychart.cpp" line="232"/>
        <source>Memory per GPU: fullest GPU %1 uses %2 of %3 (%4)</source>
        <translation>每 GPU 显存：最满的 GPU %1 使用 %2 / %3（%4）</translation>
    </message>
</context>
<context>
    <name>moe::ui::NewProfileDialog</name>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="53"/>
        <source>%1 parameters, %2 active per token</source>
        <translation>%1 参数，每 token 激活 %2</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="83"/>
        <source>New Profile</source>
        <translation>新建配置文件</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="86"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="90"/>
        <source>From a Hugging Face config.json...</source>
        <translation>从 Hugging Face config.json...</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="91"/>
        <source>A model of the library (docs/models.md), or a config.json to import</source>
        <translation>模型库中的模型（docs/models.md），或要导入的 config.json</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="92"/>
        <source>config.json of the model</source>
        <translation>模型的 config.json</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="93"/>
        <source>Mixtral, DeepSeek-V2/V3, Qwen2/Qwen3 MoE, Llama 3/4, gpt-oss and GLM-4.5 MoE configurations are read</source>
        <translation>可读取 Mixtral、DeepSeek-V2/V3、Qwen2/Qwen3 MoE、Llama 3/4、gpt-oss 和 GLM-4.5 MoE 配置</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="95"/>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="101"/>
        <source>The hardware, from the systems library (docs/systems.md) or your calibrated systems</source>
        <translation>硬件，来自系统库（docs/systems.md）或您校准的系统</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="103"/>
        <source>GPUs in the cluster</source>
        <translation>集群中的 GPU</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="104"/>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="105"/>
        <source>prefill</source>
        <translation>预填充</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="106"/>
        <source>decode</source>
        <translation>解码</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="108"/>
        <source>Training iteration, prefill of the batch, or one decode step</source>
        <translation>训练迭代、整批预填充，或一次解码步骤</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="109"/>
        <source>Sequences per step, all data-parallel replicas together</source>
        <translation>每步的序列数，所有数据并行副本合计</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="110"/>
        <source>Tokens per sequence; for decode, the context already cached</source>
        <translation>每个序列的 token 数；解码时为已缓存的上下文</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="111"/>
        <source>The profile&apos;s name, shown in the title until it is saved</source>
        <translation>配置文件的名称，保存前显示在标题中</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="116"/>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="120"/>
        <source>Start from real hardware and a real model: every hardware and architecture figure comes from the libraries, with its source.</source>
        <translation>从真实硬件和真实模型开始：每个硬件和架构数值都来自库，并附来源。</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="125"/>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="126"/>
        <source>config.json:</source>
        <translation>config.json：</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="127"/>
        <source>&amp;System:</source>
        <translation>系统(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="128"/>
        <source>&amp;GPUs:</source>
        <translation>GPU(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="129"/>
        <source>&amp;Workload:</source>
        <translation>工作负载(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="130"/>
        <source>&amp;Batch:</source>
        <translation>批大小(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="131"/>
        <source>Se&amp;quence length:</source>
        <translation>序列长度(&amp;Q)：</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="132"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="142"/>
        <source>Import config.json</source>
        <translation>导入 config.json</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="143"/>
        <source>Model configurations (*.json);;All files (*)</source>
        <translation>模型配置 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="213"/>
        <source>default: %1</source>
        <translation>默认：%1</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="216"/>
        <source>approximated: %1</source>
        <translation>近似：%1</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="218"/>
        <source>Imported %1.</source>
        <translation>已导入 %1。</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="221"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="246"/>
        <source>Choose a config.json to import.</source>
        <translation>请选择要导入的 config.json。</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="254"/>
        <source>Choose a model.</source>
        <translation>请选择模型。</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="266"/>
        <source>Imported model</source>
        <translation>导入的模型</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="269"/>
        <source>%1 on %2 × %3, %4</source>
        <translation>%1，%2 × %3，%4</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="284"/>
        <source>The system “%1” is not in the library.</source>
        <translation>系统“%1”不在库中。</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="303"/>
        <source>Step time %1, %2; fullest GPU %3 of %4; checks: %5.</source>
        <translation>步时间 %1，%2；最满的 GPU %3 / %4；检查：%5。</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="306"/>
        <source>all pass</source>
        <translation>全部通过</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="306"/>
        <source>some fail (the verdict says which)</source>
        <translation>部分未通过（结论中列出）</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="308"/>
        <source>Not evaluated: %1</source>
        <translation>未评估：%1</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="315"/>
        <source>%1 on %2 × %3.</source>
        <translation>%1，%2 × %3。</translation>
    </message>
    <message>
        <location filename="../ui/document/newprofiledialog.cpp" line="317"/>
        <source>Starting point: %1. Strategy &gt; Search finds the fastest strategy.</source>
        <translation>起点：%1。“策略 &gt; 搜索”可找到最快的策略。</translation>
    </message>
</context>
<context>
    <name>moe::ui::ParameterSlider</name>
    <message>
        <location filename="../ui/window/parameterslider.cpp" line="36"/>
        <source>The legal values with the other parameters held as they are</source>
        <translation>其他参数保持不变时的合法取值</translation>
    </message>
    <message>
        <location filename="../ui/window/parameterslider.cpp" line="57"/>
        <source>nearest legal:</source>
        <translation>最近的合法值：</translation>
    </message>
    <message>
        <location filename="../ui/window/parameterslider.cpp" line="61"/>
        <source>Use this legal value instead</source>
        <translation>改用此合法值</translation>
    </message>
    <message>
        <location filename="../ui/window/parameterslider.cpp" line="88"/>
        <source>steps: %1 to %2; any value can be typed</source>
        <translation>步进：%1 至 %2；可输入任意值</translation>
    </message>
    <message>
        <location filename="../ui/window/parameterslider.cpp" line="90"/>
        <source>no legal value with the other parameters</source>
        <translation>在其他参数下没有合法值</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/window/parameterslider.cpp" line="91"/>
        <source>legal: %1 to %2 (%n value(s))</source>
        <translation>
            <numerusform>合法：%1 至 %2（%n 个值）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/window/parameterslider.cpp" line="94"/>
        <source>; %1 is not legal</source>
        <translation>；%1 不合法</translation>
    </message>
    <message>
        <location filename="../ui/window/parameterslider.cpp" line="167"/>
        <source>%1
F1: the glossary (Help &gt; Getting Started)</source>
        <translation>%1
F1：术语表（帮助 &gt; 入门）</translation>
    </message>
</context>
<context>
    <name>moe::ui::ParametersDock</name>
    <message>
        <location filename="../ui/window/parametersdock.cpp" line="57"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../ui/window/parametersdock.cpp" line="91"/>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../ui/window/parametersdock.cpp" line="91"/>
        <source>prefill</source>
        <translation>预填充</translation>
    </message>
    <message>
        <location filename="../ui/window/parametersdock.cpp" line="91"/>
        <source>decode</source>
        <translation>解码</translation>
    </message>
    <message>
        <location filename="../ui/window/parametersdock.cpp" line="92"/>
        <source>Training iteration, prefill of the batch, or one decode step</source>
        <translation>训练迭代、整批预填充，或一次解码步骤</translation>
    </message>
    <message>
        <location filename="../ui/window/parametersdock.cpp" line="93"/>
        <source>&amp;Mode</source>
        <translation>模式(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/window/parametersdock.cpp" line="98"/>
        <source>Set mode to %1</source>
        <translation>将模式设为 %1</translation>
    </message>
    <message>
        <location filename="../ui/window/parametersdock.cpp" line="106"/>
        <source>&amp;EP</source>
        <translation>&amp;EP</translation>
    </message>
    <message>
        <location filename="../ui/window/parametersdock.cpp" line="106"/>
        <source>Expert parallelism: GPUs an expert layer&apos;s experts are spread over</source>
        <translation>专家并行（EP）：一个专家层的专家分布在多少个 GPU 上</translation>
    </message>
    <message>
        <location filename="../ui/window/parametersdock.cpp" line="107"/>
        <source>&amp;TP</source>
        <translation>&amp;TP</translation>
    </message>
    <message>
        <location filename="../ui/window/parametersdock.cpp" line="107"/>
        <source>Tensor parallelism: GPUs each layer&apos;s matrices are split over</source>
        <translation>张量并行（TP）：每层的矩阵切分到多少个 GPU 上</translation>
    </message>
    <message>
        <location filename="../ui/window/parametersdock.cpp" line="108"/>
        <source>&amp;PP</source>
        <translation>&amp;PP</translation>
    </message>
    <message>
        <location filename="../ui/window/parametersdock.cpp" line="108"/>
        <source>Pipeline parallelism: stages the layers are cut into</source>
        <translation>流水线并行（PP）：各层被切分成多少个阶段</translation>
    </message>
    <message>
        <location filename="../ui/window/parametersdock.cpp" line="109"/>
        <source>&amp;DP</source>
        <translation>&amp;DP</translation>
    </message>
    <message>
        <location filename="../ui/window/parametersdock.cpp" line="109"/>
        <source>Data parallelism: replicas of each pipeline stage&apos;s attention</source>
        <translation>数据并行（DP）：每个流水线阶段注意力部分的副本数</translation>
    </message>
    <message>
        <location filename="../ui/window/parametersdock.cpp" line="110"/>
        <source>ET&amp;P</source>
        <translation>ET&amp;P</translation>
    </message>
    <message>
        <location filename="../ui/window/parametersdock.cpp" line="110"/>
        <source>Expert tensor parallelism: GPUs each expert is split over</source>
        <translation>专家张量并行（ETP）：每个专家切分到多少个 GPU 上</translation>
    </message>
    <message>
        <location filename="../ui/window/parametersdock.cpp" line="111"/>
        <source>&amp;Batch</source>
        <translation>批大小(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/window/parametersdock.cpp" line="111"/>
        <source>Sequences per step, all replicas together</source>
        <translation>每步的序列数，所有副本合计</translation>
    </message>
    <message>
        <location filename="../ui/window/parametersdock.cpp" line="112"/>
        <source>&amp;Sequence</source>
        <translation>序列(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/window/parametersdock.cpp" line="112"/>
        <source>Tokens per sequence; for decode, the context already cached</source>
        <translation>每个序列的 token 数；解码时为已缓存的上下文</translation>
    </message>
    <message>
        <location filename="../ui/window/parametersdock.cpp" line="113"/>
        <source>Micro-b&amp;atches</source>
        <translation>微批次(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/window/parametersdock.cpp" line="113"/>
        <source>Micro-batches per replica and step, for pipelining</source>
        <translation>每个副本每步的微批次数，用于流水线</translation>
    </message>
    <message>
        <location filename="../ui/window/parametersdock.cpp" line="132"/>
        <source>Set %1 to %2</source>
        <translation>将 %1 设为 %2</translation>
    </message>
</context>
<context>
    <name>moe::ui::PopOutTabs</name>
    <message>
        <location filename="../ui/search/popouttabs.cpp" line="44"/>
        <location filename="../ui/search/popouttabs.cpp" line="111"/>
        <source>Pop out</source>
        <translation>弹出</translation>
    </message>
    <message>
        <location filename="../ui/search/popouttabs.cpp" line="45"/>
        <source>Show this view in a window of its own, as large as you like; close the window to bring it back</source>
        <translation>在单独的窗口中显示此视图，大小随意；关闭该窗口即可将其放回</translation>
    </message>
    <message>
        <location filename="../ui/search/popouttabs.cpp" line="86"/>
        <source>Shown in its own window; close it (or press Pop out again) to bring it back here.</source>
        <translation>已在单独窗口中显示；关闭该窗口（或再次按“弹出”）即可将其放回此处。</translation>
    </message>
    <message>
        <location filename="../ui/search/popouttabs.cpp" line="93"/>
        <source>Bring back</source>
        <translation>放回</translation>
    </message>
</context>
<context>
    <name>moe::ui::ProfileForm</name>
    <message>
        <location filename="../ui/window/profileform.cpp" line="54"/>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="55"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="56"/>
        <source>Workload and limits</source>
        <translation>工作负载与限制</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="77"/>
        <source>custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="78"/>
        <source>Set system to %1</source>
        <translation>将系统设为 %1</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="127"/>
        <source>Not used with system %1: its kernel efficiency model times every kernel. Choose Custom to use these.</source>
        <translation>系统 %1 不使用此项：其内核效率模型为每个内核计时。选择“自定义”以使用这些值。</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="135"/>
        <source>Set by system %1 (docs/systems.md). Type a value to override it.</source>
        <translation>由系统 %1 设定（docs/systems.md）。输入数值可覆盖它。</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="140"/>
        <source>Overrides system %1, which sets %2.</source>
        <translation>覆盖系统 %1，其设定为 %2。</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="156"/>
        <source>Set %1 to %2</source>
        <translation>将 %1 设为 %2</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="209"/>
        <location filename="../ui/window/profileform.cpp" line="280"/>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="209"/>
        <location filename="../ui/window/profileform.cpp" line="280"/>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="237"/>
        <source>The attention core (Megatron&apos;s default; nothing to rerun with FlashAttention)</source>
        <translation>注意力核心（Megatron 的默认值；使用 FlashAttention 时无需重新计算）</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="238"/>
        <source>Each layer&apos;s two norms: their outputs are not kept</source>
        <translation>每层的两个归一化：不保存其输出</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="239"/>
        <source>MLA&apos;s up-projections: Q, K and V are rebuilt from the latents</source>
        <translation>MLA 的上投影：Q、K、V 由潜在向量重新计算</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="240"/>
        <source>The dense layers&apos; FFNs: only their input is kept</source>
        <translation>稠密层的 FFN：只保存其输入</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="241"/>
        <source>The routed experts&apos; activation function: its output is not kept</source>
        <translation>路由专家的激活函数：不保存其输出</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="242"/>
        <source>The shared experts: only their input is kept</source>
        <translation>共享专家：只保存其输入</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="243"/>
        <source>The whole MoE layer, its all-to-all included: only its input is kept</source>
        <translation>整个 MoE 层，包括其全交换：只保留其输入</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="248"/>
        <source>Recomputed modules</source>
        <translation>重计算的模块</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="283"/>
        <source>With selective recomputation: the modules the backward pass runs again</source>
        <translation>选择性重计算时：反向传播中再次运行的模块</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="296"/>
        <source>Custom (the values below)</source>
        <translation>自定义（下列数值）</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="297"/>
        <source>A system from the systems library (docs/systems.md) or one you calibrated: it sets the hardware figures below</source>
        <translation>来自系统库（docs/systems.md）或您校准的系统：它设定下列硬件数值</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="299"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="301"/>
        <source>GPUs</source>
        <translation>GPU 数</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="301"/>
        <source>GPUs in the cluster</source>
        <translation>集群中的 GPU</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="304"/>
        <location filename="../ui/window/profileform.cpp" line="342"/>
        <source>GPUs per node</source>
        <translation>每节点 GPU 数</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="304"/>
        <source>GPUs joined by the intra-node (NVLink-class) fabric</source>
        <translation>由节点内（NVLink 类）互连连接的 GPU</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="307"/>
        <location filename="../ui/window/profileform.cpp" line="343"/>
        <source>GPU memory</source>
        <translation>GPU 显存</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="307"/>
        <source>Memory capacity per GPU</source>
        <translation>每 GPU 的显存容量</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="307"/>
        <location filename="../ui/window/profileform.cpp" line="340"/>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="312"/>
        <location filename="../ui/window/profileform.cpp" line="344"/>
        <source>Peak compute</source>
        <translation>峰值算力</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="312"/>
        <source>Dense peak FLOP/s at the compute data type</source>
        <translation>计算数据类型下的稠密峰值 FLOP/s</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="313"/>
        <source> TFLOP/s</source>
        <translation> TFLOP/s</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="315"/>
        <location filename="../ui/window/profileform.cpp" line="345"/>
        <source>HBM bandwidth</source>
        <translation>HBM 带宽</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="315"/>
        <source>Memory bandwidth per GPU</source>
        <translation>每 GPU 的显存带宽</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="315"/>
        <location filename="../ui/window/profileform.cpp" line="318"/>
        <location filename="../ui/window/profileform.cpp" line="323"/>
        <source> GB/s</source>
        <translation> GB/s</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="317"/>
        <location filename="../ui/window/profileform.cpp" line="346"/>
        <source>Intra-node link</source>
        <translation>节点内链路</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="317"/>
        <source>NVLink-class bandwidth per GPU, one direction</source>
        <translation>每 GPU 的 NVLink 类带宽，单向</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="320"/>
        <location filename="../ui/window/profileform.cpp" line="347"/>
        <source>Intra-node latency</source>
        <translation>节点内延迟</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="320"/>
        <source>Start-up cost of one intra-node message</source>
        <translation>一条节点内消息的启动开销</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="321"/>
        <location filename="../ui/window/profileform.cpp" line="327"/>
        <source> us</source>
        <translation> us</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="323"/>
        <location filename="../ui/window/profileform.cpp" line="348"/>
        <source>Inter-node link</source>
        <translation>节点间链路</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="323"/>
        <source>NIC bandwidth per GPU, one direction</source>
        <translation>每 GPU 的网卡带宽，单向</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="326"/>
        <location filename="../ui/window/profileform.cpp" line="349"/>
        <source>Inter-node latency</source>
        <translation>节点间延迟</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="326"/>
        <source>Start-up cost of one message across nodes</source>
        <translation>一条跨节点消息的启动开销</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="329"/>
        <location filename="../ui/window/profileform.cpp" line="350"/>
        <source>Compute efficiency</source>
        <translation>计算效率</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="329"/>
        <source>Fraction of peak FLOP/s that large GEMMs reach</source>
        <translation>大型 GEMM 达到的峰值 FLOP/s 比例</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="332"/>
        <location filename="../ui/window/profileform.cpp" line="350"/>
        <source>HBM efficiency</source>
        <translation>HBM 效率</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="332"/>
        <source>Fraction of HBM bandwidth reached</source>
        <translation>达到的 HBM 带宽比例</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="334"/>
        <location filename="../ui/window/profileform.cpp" line="350"/>
        <source>Network efficiency</source>
        <translation>网络效率</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="334"/>
        <source>Fraction of link bandwidth collectives reach</source>
        <translation>集合通信达到的链路带宽比例</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="337"/>
        <source>Overlap</source>
        <translation>重叠</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="337"/>
        <source>Fraction of communication hidden under compute</source>
        <translation>被计算掩盖的通信比例</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="339"/>
        <source>Runtime reserve</source>
        <translation>运行时预留</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="339"/>
        <source>Memory the runtime keeps for itself on every GPU</source>
        <translation>运行时在每个 GPU 上为自己保留的显存</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="364"/>
        <source>Layers</source>
        <translation>层数</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="364"/>
        <source>Transformer layers</source>
        <translation>Transformer 层</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="365"/>
        <source>Dense layers</source>
        <translation>稠密层</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="365"/>
        <source>The first layers, without experts</source>
        <translation>最前面不含专家的层</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="366"/>
        <source>Hidden size</source>
        <translation>隐藏维度</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="366"/>
        <source>Model (embedding) dimension h</source>
        <translation>模型（嵌入）维度 h</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="367"/>
        <source>Attention heads</source>
        <translation>注意力头</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="367"/>
        <source>Query heads</source>
        <translation>查询头</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="368"/>
        <source>KV heads</source>
        <translation>KV 头</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="368"/>
        <source>Key/value heads: equal to heads for MHA, fewer for GQA, 1 for MQA</source>
        <translation>键/值头：MHA 与头数相同，GQA 更少，MQA 为 1</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="370"/>
        <source>Experts</source>
        <translation>专家</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="370"/>
        <source>Routed experts per MoE layer; 0 for a dense model</source>
        <translation>每个 MoE 层的路由专家数；稠密模型为 0</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="371"/>
        <source>Shared experts</source>
        <translation>共享专家</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="371"/>
        <source>Experts every token passes through</source>
        <translation>每个 token 都经过的专家</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="372"/>
        <source>Top-k</source>
        <translation>Top-k</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="372"/>
        <source>Routed experts per token</source>
        <translation>每个 token 的路由专家数</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="373"/>
        <source>Expert FFN size</source>
        <translation>专家 FFN 维度</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="373"/>
        <source>Hidden size of one expert&apos;s FFN</source>
        <translation>单个专家 FFN 的隐藏维度</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="374"/>
        <source>Dense FFN size</source>
        <translation>稠密 FFN 维度</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="374"/>
        <source>Hidden size of a dense layer&apos;s FFN</source>
        <translation>稠密层 FFN 的隐藏维度</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="375"/>
        <source>Vocabulary</source>
        <translation>词表</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="375"/>
        <source>Vocabulary size (0: no embeddings counted)</source>
        <translation>词表大小（0：不计嵌入）</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="376"/>
        <source>Gated FFN</source>
        <translation>门控 FFN</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="376"/>
        <source>Three matrices (SwiGLU) instead of two</source>
        <translation>三个矩阵（SwiGLU）而非两个</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="378"/>
        <source>Tied embeddings</source>
        <translation>共享嵌入</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="378"/>
        <source>The LM head shares the embedding table</source>
        <translation>LM 头与嵌入表共享权重</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="382"/>
        <source>Bytes per element: 2 for BF16, 1 for FP8, 0.5 for 4-bit</source>
        <translation>每个元素的字节数：BF16 为 2，FP8 为 1，4 位为 0.5</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="383"/>
        <source> B</source>
        <translation> B</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="386"/>
        <source>Weight bytes</source>
        <translation>权重字节数</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="387"/>
        <source>Activation bytes</source>
        <translation>激活字节数</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="388"/>
        <source>KV-cache bytes</source>
        <translation>KV 缓存字节数</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="389"/>
        <source>FP8 scaling</source>
        <translation>FP8 缩放</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="390"/>
        <source>How FP8 GEMM inputs are scaled (Megatron&apos;s fp8_recipe); used when the GEMMs run in FP8 on wider activations, which are cast. Current scaling reads each input once more for its amax; block recipes store scales beside it</source>
        <translation>FP8 GEMM 输入的缩放方式（Megatron 的 fp8_recipe）；GEMM 以 FP8 运行且激活更宽、需要转换时生效。当前缩放为求 amax 多读一遍每个输入；块缩放方案在旁边存放缩放因子</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="393"/>
        <source>delayed</source>
        <translation>延迟</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="393"/>
        <source>current (tensorwise)</source>
        <translation>当前（逐张量）</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="393"/>
        <source>blockwise</source>
        <translation>分块</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="393"/>
        <source>MXFP8</source>
        <translation>MXFP8</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="403"/>
        <source>Capacity factor</source>
        <translation>容量因子</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="403"/>
        <source>Tokens an expert accepts, as a multiple of the mean; the rest are dropped</source>
        <translation>专家可接受的 token 数，以均值的倍数表示；其余被丢弃</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="406"/>
        <source>Routing</source>
        <translation>路由</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="406"/>
        <source>How tokens choose experts</source>
        <translation>token 如何选择专家</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="406"/>
        <source>uniform</source>
        <translation>均匀</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="406"/>
        <source>Zipf</source>
        <translation>Zipf</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="406"/>
        <source>measured (from the file)</source>
        <translation>实测（来自文件）</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="406"/>
        <source>power law</source>
        <translation>幂律</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="415"/>
        <source>Zipf exponent</source>
        <translation>Zipf 指数</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="415"/>
        <source>s in weight(i) = 1 / (i + 1)^s; larger is more skewed</source>
        <translation>weight(i) = 1 / (i + 1)^s 中的 s；越大越偏斜</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="417"/>
        <source>Placement</source>
        <translation>放置</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="417"/>
        <source>How experts are laid out over the EP ranks</source>
        <translation>专家如何分布到各 EP rank 上</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="418"/>
        <source>contiguous</source>
        <translation>连续</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="418"/>
        <source>round robin</source>
        <translation>轮询</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="418"/>
        <source>balanced</source>
        <translation>均衡</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="418"/>
        <source>EPLB</source>
        <translation>EPLB</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="418"/>
        <source>manual (drag experts in the grid)</source>
        <translation>手动（在网格中拖动专家）</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="427"/>
        <source>Redundant experts</source>
        <translation>冗余专家</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="427"/>
        <source>Extra replicas of the hottest experts</source>
        <translation>最热专家的额外副本</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="430"/>
        <source>Recomputation</source>
        <translation>重计算</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="430"/>
        <source>Training: activation recomputation</source>
        <translation>训练：激活重计算</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="430"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="430"/>
        <source>selective</source>
        <translation>选择性</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="430"/>
        <source>full</source>
        <translation>完全</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="434"/>
        <source>Sequence parallel</source>
        <translation>序列并行</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="434"/>
        <source>Training: split norms and dropout over the TP ranks</source>
        <translation>训练：将归一化和 dropout 切分到各 TP rank</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="437"/>
        <source>Distributed optimizer</source>
        <translation>分布式优化器</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="437"/>
        <source>Training: shard optimizer state over DP (ZeRO-1)</source>
        <translation>训练：在 DP 上切分优化器状态（ZeRO-1）</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="440"/>
        <source>Adam moments</source>
        <translation>Adam 动量</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="441"/>
        <source>Training: the optimizer&apos;s two moments in FP32 (12 bytes of state per parameter with the master weight) or BF16 (8 bytes), as DeepSeek-V3 and Megatron&apos;s precision-aware optimizer keep them</source>
        <translation>训练：优化器的两个动量用 FP32（连同主权重每个参数 12 字节状态）或 BF16（8 字节），如 DeepSeek-V3 和 Megatron 的精度感知优化器所用</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="443"/>
        <source>FP32</source>
        <translation>FP32</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="443"/>
        <source>BF16</source>
        <translation>BF16</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="446"/>
        <source>Memory limit</source>
        <translation>显存上限</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="446"/>
        <source>Fraction of GPU memory a plan may use</source>
        <translation>方案可使用的 GPU 显存比例</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="449"/>
        <source>Latency limit</source>
        <translation>延迟上限</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="449"/>
        <source>Largest acceptable step time; 0 for none</source>
        <translation>可接受的最长步时间；0 表示不限</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="449"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="452"/>
        <source>Throughput floor</source>
        <translation>吞吐量下限</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="452"/>
        <source>Smallest acceptable throughput; 0 for none</source>
        <translation>可接受的最低吞吐量；0 表示不限</translation>
    </message>
    <message>
        <location filename="../ui/window/profileform.cpp" line="452"/>
        <source> tokens/s</source>
        <translation> tokens/s</translation>
    </message>
</context>
<context>
    <name>moe::ui::RecentFilesMenu</name>
    <message>
        <location filename="../ui/document/recentfilesmenu.cpp" line="11"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/document/recentfilesmenu.cpp" line="25"/>
        <source>No recent files</source>
        <translation>没有最近文件</translation>
    </message>
    <message>
        <location filename="../ui/document/recentfilesmenu.cpp" line="48"/>
        <source>&amp;Clear Menu</source>
        <translation>清除菜单(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/document/recentfilesmenu.cpp" line="49"/>
        <source>Forget the recent files (the files stay)</source>
        <translation>忘记最近文件（文件本身保留）</translation>
    </message>
</context>
<context>
    <name>moe::ui::ReportJob</name>
    <message>
        <location filename="../ui/export/reportjob.cpp" line="30"/>
        <source>Searching every strategy for the report...</source>
        <translation>正在为报告搜索所有策略...</translation>
    </message>
    <message>
        <location filename="../ui/export/reportjob.cpp" line="30"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/export/reportjob.cpp" line="31"/>
        <source>Design-Review Report</source>
        <translation>设计评审报告</translation>
    </message>
</context>
<context>
    <name>moe::ui::SearchDock</name>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="70"/>
        <source>Apply TP%1 PP%2 DP%3 EP%4</source>
        <translation>应用 TP%1 PP%2 DP%3 EP%4</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="75"/>
        <source>, %1 micro-batches</source>
        <translation>，%1 个微批次</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="107"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="124"/>
        <location filename="../ui/search/searchdock.cpp" line="560"/>
        <source>Every feasible configuration; double-click or press Enter to apply one</source>
        <translation>每个可行配置；双击或按 Enter 应用其中一个</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="125"/>
        <source>Best throughput for each pair of values, or why none fits; double-click a coloured cell to apply its best</source>
        <translation>每对取值的最佳吞吐量，或为何都不可行；双击彩色单元格可应用其最佳配置</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="129"/>
        <source>Filter rows, e.g. 128 or selective</source>
        <translation>筛选行，例如 128 或 选择性</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="131"/>
        <source>Show only rows that contain this text</source>
        <translation>只显示包含此文本的行</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="146"/>
        <source>Scatter</source>
        <translation>散点图</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="146"/>
        <source>Search: throughput per GPU against step time</source>
        <translation>搜索：每 GPU 吞吐量与步时间对比</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="147"/>
        <source>Feasibility map</source>
        <translation>可行性图</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="147"/>
        <source>Search: feasibility map</source>
        <translation>搜索：可行性图</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="156"/>
        <source>Scatter: %1</source>
        <translation>散点图：%1</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="196"/>
        <source>The map&apos;s rows</source>
        <translation>图的行</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="197"/>
        <source>The map&apos;s columns</source>
        <translation>图的列</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="198"/>
        <source>Map &amp;rows</source>
        <translation>图的行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="200"/>
        <source>c&amp;olumns</source>
        <translation>列(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="251"/>
        <source>throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="252"/>
        <source>latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="253"/>
        <source>throughput per GPU</source>
        <translation>每 GPU 吞吐量</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="254"/>
        <source>memory headroom</source>
        <translation>显存余量</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="255"/>
        <source>What ranks the results</source>
        <translation>结果的排序依据</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="256"/>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="257"/>
        <source>Evaluate every legal strategy for this profile</source>
        <translation>为此配置文件评估每个合法策略</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="258"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="259"/>
        <source>Stop the running search</source>
        <translation>停止正在运行的搜索</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="261"/>
        <source>Re-run on changes</source>
        <translation>更改时重新运行</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="262"/>
        <source>Search again when the cluster, model or workload changes</source>
        <translation>集群、模型或工作负载改变时重新搜索</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="264"/>
        <source>Search progress</source>
        <translation>搜索进度</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="268"/>
        <source>Not searched yet</source>
        <translation>尚未搜索</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="270"/>
        <source>Rank by</source>
        <translation>排序依据</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="296"/>
        <source>Not searched: the space has over %L1 configurations (the limit)%2</source>
        <translation>未搜索：搜索空间超过 %L1 种配置（上限）%2</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="298"/>
        <source>; press Search to search it anyway</source>
        <translation>；按“搜索”仍可搜索</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="311"/>
        <source>Searching...</source>
        <translation>正在搜索...</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="357"/>
        <source>Stopped: the search ran out of memory. Narrow it (Constraints, max GPUs).</source>
        <translation>已停止：搜索耗尽了内存。请缩小范围（约束、最大 GPU 数）。</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="397"/>
        <source>Scatter: best %L1 so far</source>
        <translation>散点图：目前最佳的 %L1 个</translation>
    </message>
    <message>
        <source>Best %L1 so far</source>
        <translation type="vanished">目前最佳的 %L1 个</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="398"/>
        <source>Searching: %L1 feasible so far; the best %L2 so far are shown</source>
        <translation>正在搜索：目前 %L1 个可行；显示目前最佳的 %L2 个</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="438"/>
        <source>Cancelled after %L1 configurations: </source>
        <translation>在 %L1 种配置后取消：</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="438"/>
        <source>Evaluated %L1 configurations: </source>
        <translation>已评估 %L1 种配置：</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="439"/>
        <source>%L1 feasible, %L2 rejected</source>
        <translation>%L1 个可行，%L2 个被拒绝</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="490"/>
        <source>; the current strategy is not feasible</source>
        <translation>；当前策略不可行</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="493"/>
        <source>; the current strategy ranks %L1 of %L2%3</source>
        <translation>；当前策略排名第 %L1，共 %L2 个%3</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="496"/>
        <source>, on the Pareto front</source>
        <translation>，位于帕累托前沿</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="499"/>
        <source>: %1</source>
        <translation>：%1</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="523"/>
        <source>Results for %1; search again</source>
        <translation>%1 的结果；请重新搜索</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="529"/>
        <source>cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="530"/>
        <source>model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="531"/>
        <source>workload</source>
        <translation>工作负载</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="532"/>
        <source>constraints</source>
        <translation>约束</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="546"/>
        <source>Results for %1 before these changed: %2; search again</source>
        <translation>%1 的结果，之后以下内容已更改：%2；请重新搜索</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="559"/>
        <source>These results are for other inputs and cannot be applied; search again</source>
        <translation>这些结果属于其他输入，无法应用；请重新搜索</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="619"/>
        <source>● you are here · %1</source>
        <translation>● 当前位置 · %1</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="639"/>
        <source>★ best · %1</source>
        <translation>★ 最佳 · %1</translation>
    </message>
    <message>
        <location filename="../ui/search/searchdock.cpp" line="705"/>
        <source>%1 tokens/s; %2</source>
        <translation>%1 tokens/s；%2</translation>
    </message>
</context>
<context>
    <name>moe::ui::SearchResultsModel</name>
    <message>
        <location filename="../ui/search/searchresultsmodel.cpp" line="23"/>
        <source>contiguous</source>
        <translation>连续</translation>
    </message>
    <message>
        <location filename="../ui/search/searchresultsmodel.cpp" line="25"/>
        <source>round robin</source>
        <translation>轮询</translation>
    </message>
    <message>
        <location filename="../ui/search/searchresultsmodel.cpp" line="27"/>
        <source>balanced</source>
        <translation>均衡</translation>
    </message>
    <message>
        <location filename="../ui/search/searchresultsmodel.cpp" line="29"/>
        <source>EPLB</source>
        <translation>EPLB</translation>
    </message>
    <message>
        <location filename="../ui/search/searchresultsmodel.cpp" line="31"/>
        <source>manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../ui/search/searchresultsmodel.cpp" line="41"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/search/searchresultsmodel.cpp" line="43"/>
        <source>selective</source>
        <translation>选择性</translation>
    </message>
    <message>
        <location filename="../ui/search/searchresultsmodel.cpp" line="45"/>
        <source>full</source>
        <translation>完全</translation>
    </message>
    <message>
        <location filename="../ui/search/searchresultsmodel.cpp" line="185"/>
        <source>, %1 redundant</source>
        <translation>，%1 个冗余</translation>
    </message>
    <message>
        <location filename="../ui/search/searchresultsmodel.cpp" line="187"/>
        <source>, capacity %1</source>
        <translation>，容量 %1</translation>
    </message>
    <message>
        <location filename="../ui/search/searchresultsmodel.cpp" line="224"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../ui/search/searchresultsmodel.cpp" line="235"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../ui/search/searchresultsmodel.cpp" line="235"/>
        <source>TP</source>
        <translation>TP</translation>
    </message>
    <message>
        <location filename="../ui/search/searchresultsmodel.cpp" line="235"/>
        <source>PP</source>
        <translation>PP</translation>
    </message>
    <message>
        <location filename="../ui/search/searchresultsmodel.cpp" line="235"/>
        <source>DP</source>
        <translation>DP</translation>
    </message>
    <message>
        <location filename="../ui/search/searchresultsmodel.cpp" line="235"/>
        <source>EP</source>
        <translation>EP</translation>
    </message>
    <message>
        <location filename="../ui/search/searchresultsmodel.cpp" line="236"/>
        <source>ETP</source>
        <translation>ETP</translation>
    </message>
    <message>
        <location filename="../ui/search/searchresultsmodel.cpp" line="236"/>
        <source>Micro-batches</source>
        <translation>微批次</translation>
    </message>
    <message>
        <location filename="../ui/search/searchresultsmodel.cpp" line="236"/>
        <source>Recompute</source>
        <translation>重计算</translation>
    </message>
    <message>
        <location filename="../ui/search/searchresultsmodel.cpp" line="236"/>
        <source>Placement</source>
        <translation>放置</translation>
    </message>
    <message>
        <location filename="../ui/search/searchresultsmodel.cpp" line="236"/>
        <source>GPUs</source>
        <translation>GPU 数</translation>
    </message>
    <message>
        <location filename="../ui/search/searchresultsmodel.cpp" line="236"/>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <location filename="../ui/search/searchresultsmodel.cpp" line="237"/>
        <source>Step time</source>
        <translation>步时间</translation>
    </message>
    <message>
        <location filename="../ui/search/searchresultsmodel.cpp" line="237"/>
        <source>Per GPU</source>
        <translation>每 GPU</translation>
    </message>
    <message>
        <location filename="../ui/search/searchresultsmodel.cpp" line="237"/>
        <source>Fullest GPU</source>
        <translation>最满的 GPU</translation>
    </message>
    <message>
        <location filename="../ui/search/searchresultsmodel.cpp" line="237"/>
        <source>Headroom</source>
        <translation>余量</translation>
    </message>
    <message>
        <location filename="../ui/search/searchresultsmodel.cpp" line="237"/>
        <source>Pareto</source>
        <translation>帕累托</translation>
    </message>
</context>
<context>
    <name>moe::ui::SearchScatter</name>
    <message>
        <location filename="../ui/search/searchscatter.cpp" line="65"/>
        <source>feasible</source>
        <translation>可行</translation>
    </message>
    <message>
        <location filename="../ui/search/searchscatter.cpp" line="67"/>
        <source>Pareto front</source>
        <translation>帕累托前沿</translation>
    </message>
    <message>
        <location filename="../ui/search/searchscatter.cpp" line="72"/>
        <source>you are here</source>
        <translation>当前位置</translation>
    </message>
    <message>
        <location filename="../ui/search/searchscatter.cpp" line="177"/>
        <source>Throughput per GPU against step time: the front shows what each millisecond less costs in GPUs. The ring marks the current strategy. Hover a point for its strategy, click to apply it</source>
        <translation>每 GPU 吞吐量与步时间对比：前沿显示每少一毫秒需要多少 GPU。圆环标出当前策略。悬停在点上可查看其策略，单击以应用</translation>
    </message>
    <message>
        <location filename="../ui/search/searchscatter.cpp" line="280"/>
        <source>step time (%1)</source>
        <translation>步时间（%1）</translation>
    </message>
    <message>
        <location filename="../ui/search/searchscatter.cpp" line="148"/>
        <source>#%1 TP%2 PP%3 DP%4 EP%5 ETP%6, %7 micro-batch(es) on %8 GPUs: %9, %10 per GPU, %11</source>
        <translation>#%1 TP%2 PP%3 DP%4 EP%5 ETP%6，%7 个微批次，%8 个 GPU：%9，每 GPU %10，%11</translation>
    </message>
    <message>
        <location filename="../ui/search/searchscatter.cpp" line="160"/>
        <source> (Pareto front)</source>
        <translation>（帕累托前沿）</translation>
    </message>
    <message>
        <location filename="../ui/search/searchscatter.cpp" line="163"/>
        <source>You are here: %1</source>
        <translation>当前位置：%1</translation>
    </message>
    <message>
        <location filename="../ui/search/searchscatter.cpp" line="165"/>
        <source>; click to apply</source>
        <translation>；单击以应用</translation>
    </message>
    <message>
        <source>step time (ms)</source>
        <translation type="vanished">步时间（ms）</translation>
    </message>
    <message>
        <location filename="../ui/search/searchscatter.cpp" line="283"/>
        <source>tokens/s/GPU</source>
        <translation>tokens/s/GPU</translation>
    </message>
    <message>
        <location filename="../ui/search/searchscatter.cpp" line="289"/>
        <source>Best %L1 of %L2 feasible</source>
        <translation>最佳 %L1 个，共 %L2 个可行</translation>
    </message>
    <message>
        <location filename="../ui/search/searchscatter.cpp" line="290"/>
        <source>%L1 feasible</source>
        <translation>%L1 个可行</translation>
    </message>
</context>
<context>
    <name>moe::ui::ServingDock</name>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="55"/>
        <source>Serving</source>
        <translation>推理服务</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="64"/>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="64"/>
        <source>TPOT</source>
        <translation>TPOT</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="64"/>
        <source>tokens/s/user</source>
        <translation>tokens/s/用户</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="64"/>
        <source>tokens/s/GPU</source>
        <translation>tokens/s/GPU</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="64"/>
        <source>GPUs</source>
        <translation>GPU 数</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="64"/>
        <source>deployment</source>
        <translation>部署</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="68"/>
        <source>Time per output token: the mean step, with the prefill chunks that ride on decode steps, over the tokens a step emits. The headline&apos;s time per output token is the decode step alone</source>
        <translation>每输出 token 时间：平均步长（含搭载在解码步上的预填充分块）除以每步输出的 token 数。顶部显示的每输出 token 时间只计解码步本身</translation>
    </message>
    <message>
        <source>The Pareto front, most throughput per GPU first. Double-click a row to apply it</source>
        <translation type="vanished">帕累托前沿，每 GPU 吞吐量最高者在前。双击一行以应用</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="117"/>
        <source>Sequences in flight (the profile&apos;s batch): 1, 2, 4 ... 1,024 per DP replica. The ring and the TTFT and TPOT below follow it</source>
        <translation>在途序列数（配置文件的批次）：每个 DP 副本 1、2、4 ... 1,024 个。圆环以及下方的 TTFT 和 TPOT 随之变化</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="121"/>
        <location filename="../ui/serving/servingdock.cpp" line="142"/>
        <source>%L1 sequences (%L2 per DP replica)</source>
        <translation>%L1 个序列（每个 DP 副本 %L2 个）</translation>
    </message>
    <message>
        <source>&amp;Concurrency</source>
        <translation type="vanished">并发度(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="73"/>
        <source>The Pareto front, most throughput per GPU first, after the best (or closest) point where the front leaves it out. Double-click a row to apply it</source>
        <translation>帕累托前沿，每 GPU 吞吐量最高者在前；若最佳（或最接近）点不在前沿上，则列在最前。双击一行以应用</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="122"/>
        <source>Conc&amp;urrency</source>
        <translation>并发度(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="158"/>
        <source>Serving concurrency %L1</source>
        <translation>推理服务并发度 %L1</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="171"/>
        <source> tokens</source>
        <translation> 个 token</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="179"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="180"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="187"/>
        <source>Input tokens per request (ISL)</source>
        <translation>每个请求的输入 token 数（ISL）</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="188"/>
        <source>Output tokens per request (OSL)</source>
        <translation>每个请求的输出 token 数（OSL）</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="189"/>
        <source>Time to first token each request must get at most; none for no target</source>
        <translation>每个请求首 token 时间的上限；无表示不设目标</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="190"/>
        <source>Time per output token each request must get at most; none for no target</source>
        <translation>每个请求每输出 token 时间的上限；无表示不设目标</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="191"/>
        <source>Disaggregated</source>
        <translation>分离式</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="192"/>
        <source>Separate prefill and decode workers, in the ratio that balances their rates</source>
        <translation>将预填充和解码分给不同的工作节点，比例使二者速率平衡</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="196"/>
        <source>Prompt tokens each DP replica prefills per step beside the decoding (chunked prefill), from the profile&apos;s workload.serving.chunk_tokens; unset, each prompt is prefilled whole. Disaggregated workers prefill whole prompts</source>
        <translation>每个 DP 副本在解码之外每步预填充的提示 token 数（分块预填充），取自配置文件的 workload.serving.chunk_tokens；未设置时每个提示整体预填充。分离式 worker 整体预填充提示</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="199"/>
        <source>Pla&amp;n</source>
        <translation>规划(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="200"/>
        <source>Time every feasible strategy and concurrency for these requests</source>
        <translation>为这些请求计时每个可行的策略和并发度</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="206"/>
        <source>&amp;ISL</source>
        <translation>&amp;ISL</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="206"/>
        <source>&amp;OSL</source>
        <translation>&amp;OSL</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="206"/>
        <source>&amp;TTFT at most</source>
        <translation>TTFT 上限(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="206"/>
        <source>T&amp;POT at most</source>
        <translation>TPOT 上限(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="249"/>
        <source>prefill: whole prompts (disaggregated)</source>
        <translation>预填充：整个提示（分离式）</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="251"/>
        <source>prefill: chunk %1 tokens</source>
        <translation>预填充：每块 %1 个 token</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="253"/>
        <source>prefill: whole prompts</source>
        <translation>预填充：整个提示</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="284"/>
        <source>The profile cannot be evaluated: %1</source>
        <translation>无法评估该配置文件：%1</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="290"/>
        <source>Planning...</source>
        <translation>正在规划...</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="345"/>
        <source>best: %1</source>
        <translation>最佳：%1</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="347"/>
        <source>closest: %1</source>
        <translation>最接近：%1</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="351"/>
        <source>%1 (misses %2)</source>
        <translation>%1（未达到 %2）</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="369"/>
        <source>(off the front)</source>
        <translation>（不在前沿上）</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="396"/>
        <source>Best meeting the targets: %1 on %L2 GPUs: TTFT %3, TPOT %4, %5 output tokens/s per GPU.</source>
        <translation>满足目标的最佳方案：%1，%L2 个 GPU：TTFT %3，TPOT %4，每 GPU %5 输出 tokens/s。</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="397"/>
        <source>Most output tokens/s per GPU (no targets set): %1 on %L2 GPUs: TTFT %3, TPOT %4, %5 output tokens/s per GPU.</source>
        <translation>每 GPU 输出 tokens/s 最多（未设目标）：%1，%L2 个 GPU：TTFT %3，TPOT %4，每 GPU %5 输出 tokens/s。</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="417"/>
        <source>This profile, served aggregated with prompts prefilled beside its decoding (%1): TTFT %2, TPOT %3, %4 output tokens/s per GPU%5</source>
        <translation>此配置文件以聚合方式服务，提示预填充与解码并行（%1）：TTFT %2，TPOT %3，每 GPU %4 输出 tokens/s%5</translation>
    </message>
    <message>
        <source>Best meeting the targets: %1 on %L2 GPUs: TTFT %3, TPOT %4, %L5 output tokens/s per GPU.</source>
        <translation type="vanished">满足目标的最佳方案：%1，%L2 个 GPU：TTFT %3，TPOT %4，每 GPU %L5 输出 tokens/s。</translation>
    </message>
    <message>
        <source>Most output tokens/s per GPU (no targets set): %1 on %L2 GPUs: TTFT %3, TPOT %4, %L5 output tokens/s per GPU.</source>
        <translation type="vanished">每 GPU 输出 tokens/s 最多（未设目标）：%1，%L2 个 GPU：TTFT %3，TPOT %4，每 GPU %L5 输出 tokens/s。</translation>
    </message>
    <message>
        <source>This profile, served aggregated with prompts prefilled beside its decoding (%1): TTFT %2, TPOT %3, %L4 output tokens/s per GPU%5</source>
        <translation type="vanished">此配置文件以聚合方式服务，提示预填充与解码并行（%1）：TTFT %2，TPOT %3，每 GPU %L4 输出 tokens/s%5</translation>
    </message>
    <message>
        <source>%1 (misses a target)</source>
        <translation type="vanished">%1（未达到某个目标）</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="388"/>
        <source>Give the requests&apos; input and output lengths and the targets, then Plan.</source>
        <translation>请给出请求的输入和输出长度以及目标，然后点击“规划”。</translation>
    </message>
    <message>
        <source>Best meeting the targets: %1 on %L2 GPUs: TTFT %3, TPOT %4, %L5 output tokens/s per GPU. Front points to its right are faster per user but give less per GPU; any giving more per GPU miss a target.</source>
        <translation type="vanished">满足目标的最佳方案：%1，%L2 个 GPU：TTFT %3，TPOT %4，每 GPU %L5 输出 tokens/s。前沿上其右侧的点每用户更快，但每 GPU 产出更少；每 GPU 产出更多的点都未达到某个目标。</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="407"/>
        <source>; closest: %1: TTFT %2, TPOT %3</source>
        <translation>；最接近：%1：TTFT %2，TPOT %3</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="411"/>
        <source>Planned for other inputs (the cluster, model or serving settings changed); Plan again. %1</source>
        <translation>规划针对的是其他输入（集群、模型或服务设置已更改）；请重新规划。%1</translation>
    </message>
    <message>
        <source>This profile (%1): TTFT %2, TPOT %3, %L4 output tokens/s per GPU%5</source>
        <translation type="vanished">此配置文件（%1）：TTFT %2，TPOT %3，每 GPU %L4 输出 tokens/s%5</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="421"/>
        <source>; misses a target</source>
        <translation>；未达到某个目标</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingdock.cpp" line="479"/>
        <source>Apply serving deployment %1</source>
        <translation>应用服务部署 %1</translation>
    </message>
</context>
<context>
    <name>moe::ui::ServingScatter</name>
    <message>
        <location filename="../ui/serving/servingscatter.cpp" line="46"/>
        <source>%1 x%L2</source>
        <translation>%1 x%L2</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingscatter.cpp" line="50"/>
        <source>%1 prefill %2 x%L3 + %4 decode %5</source>
        <translation>%1 预填充 %2 x%L3 + %4 解码 %5</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingscatter.cpp" line="69"/>
        <source>meets targets</source>
        <translation>满足目标</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingscatter.cpp" line="71"/>
        <source>misses one</source>
        <translation>未达到某个目标</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingscatter.cpp" line="75"/>
        <source>front</source>
        <translation>前沿</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingscatter.cpp" line="77"/>
        <location filename="../ui/serving/servingscatter.cpp" line="172"/>
        <source>best</source>
        <translation>最佳</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingscatter.cpp" line="81"/>
        <source>TPOT limit</source>
        <translation>TPOT 上限</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingscatter.cpp" line="83"/>
        <source>current</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingscatter.cpp" line="96"/>
        <source>Output tokens/s per GPU against tokens/s per user: up and right is better. The front shows what each token/s of speed per user costs in throughput. Hover a point for its deployment, click to apply it</source>
        <translation>每 GPU 输出 tokens/s 与每用户 tokens/s 对比：越往右上越好。前沿显示每用户每 token/s 的速度要付出多少吞吐量。悬停在点上可查看其部署，单击以应用</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingscatter.cpp" line="128"/>
        <source>Best: </source>
        <translation>最佳：</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingscatter.cpp" line="128"/>
        <source>Closest: </source>
        <translation>最接近：</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingscatter.cpp" line="131"/>
        <source>You are here: </source>
        <translation>当前位置：</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingscatter.cpp" line="136"/>
        <source>%1%2 on %L3 GPUs: TTFT %4, TPOT %5, %L6 tokens/s per user, %L7 output tokens/s per GPU%8</source>
        <translation>%1%2，%L3 个 GPU：TTFT %4，TPOT %5，每用户 %L6 tokens/s，每 GPU %L7 输出 tokens/s%8</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingscatter.cpp" line="143"/>
        <source> (misses a target)</source>
        <translation>（未达到某个目标）</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingscatter.cpp" line="172"/>
        <source>closest</source>
        <translation>最接近</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingscatter.cpp" line="211"/>
        <source>tokens/s per user</source>
        <translation>每用户 tokens/s</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingscatter.cpp" line="212"/>
        <source>tokens/s per GPU</source>
        <translation>每 GPU tokens/s</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingscatter.cpp" line="215"/>
        <source>%L1 deployments, %L2 on the front; the TPOT limit is off the chart, at %L3 tokens/s per user</source>
        <translation>%L1 个部署，前沿上 %L2 个；TPOT 上限超出图表范围，位于每用户 %L3 tokens/s</translation>
    </message>
    <message>
        <location filename="../ui/serving/servingscatter.cpp" line="219"/>
        <source>%L1 deployments, %L2 on the front</source>
        <translation>%L1 个部署，%L2 个位于前沿</translation>
    </message>
</context>
<context>
    <name>moe::ui::StartupProfile</name>
    <message>
        <location filename="../ui/document/startupprofile.cpp" line="28"/>
        <source>%1: %2; opening %3 instead</source>
        <translation>%1：%2；改为打开 %3</translation>
    </message>
</context>
<context>
    <name>moe::ui::SummaryBar</name>
    <message>
        <location filename="../ui/window/summarybar.cpp" line="32"/>
        <source>dense training</source>
        <translation>稠密训练</translation>
    </message>
    <message>
        <location filename="../ui/window/summarybar.cpp" line="34"/>
        <source>MoE training</source>
        <translation>MoE 训练</translation>
    </message>
    <message>
        <location filename="../ui/window/summarybar.cpp" line="36"/>
        <source>prefill</source>
        <translation>预填充</translation>
    </message>
    <message>
        <location filename="../ui/window/summarybar.cpp" line="38"/>
        <source>decode</source>
        <translation>解码</translation>
    </message>
    <message>
        <location filename="../ui/window/summarybar.cpp" line="51"/>
        <source>No measured run checks this figure: the profile names no system, and every run in docs/validation.md uses a system&apos;s kernel-level model</source>
        <translation>没有实测运行检验这个数字：此配置未指定系统，而 docs/validation.md 中的每个运行都使用某个系统的内核级模型</translation>
    </message>
    <message>
        <location filename="../ui/window/summarybar.cpp" line="57"/>
        <source>On %L1 measured %2 runs (docs/validation.md), the predicted throughput was off by %3 to %4; a positive difference is a prediction faster than the run</source>
        <translation>在 %L1 个实测%2运行上（docs/validation.md），预测吞吐量相差 %3 至 %4；正值表示预测比实际运行快</translation>
    </message>
    <message>
        <location filename="../ui/window/summarybar.cpp" line="67"/>
        <source>On %1: %2</source>
        <translation>%1 上：%2</translation>
    </message>
    <message>
        <location filename="../ui/window/summarybar.cpp" line="94"/>
        <source>This configuration fails these checks; the verdict below gives the numbers</source>
        <translation>此配置未通过这些检查；下方的结论给出具体数字</translation>
    </message>
    <message>
        <location filename="../ui/window/summarybar.cpp" line="149"/>
        <source>Decode step</source>
        <translation>解码步</translation>
    </message>
    <message>
        <location filename="../ui/window/summarybar.cpp" line="149"/>
        <source>Time per token</source>
        <translation>每 token 时间</translation>
    </message>
    <message>
        <location filename="../ui/window/summarybar.cpp" line="149"/>
        <source>Step time</source>
        <translation>步时间</translation>
    </message>
    <message>
        <location filename="../ui/window/summarybar.cpp" line="150"/>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <location filename="../ui/window/summarybar.cpp" line="150"/>
        <source>Per GPU</source>
        <translation>每 GPU</translation>
    </message>
    <message>
        <location filename="../ui/window/summarybar.cpp" line="150"/>
        <source>MFU</source>
        <translation>MFU</translation>
    </message>
    <message>
        <location filename="../ui/window/summarybar.cpp" line="150"/>
        <source>Fullest GPU</source>
        <translation>最满的 GPU</translation>
    </message>
    <message>
        <location filename="../ui/window/summarybar.cpp" line="153"/>
        <source>%1 (%2 per output token)</source>
        <translation>%1（每输出 token %2）</translation>
    </message>
    <message>
        <location filename="../ui/window/summarybar.cpp" line="170"/>
        <source> (%1 vs baseline)</source>
        <translation>（相对基线 %1）</translation>
    </message>
    <message>
        <location filename="../ui/window/summarybar.cpp" line="186"/>
        <source> ±%1</source>
        <translation> ±%1</translation>
    </message>
    <message>
        <location filename="../ui/window/summarybar.cpp" line="187"/>
        <source>±%1: between %2 and %3, the leave-one-out band of the calibrated system &quot;%4&quot;</source>
        <translation>±%1：介于 %2 和 %3 之间，即校准系统“%4”的留一法区间</translation>
    </message>
    <message>
        <location filename="../ui/window/summarybar.cpp" line="195"/>
        <source>baseline: not evaluated</source>
        <translation>基线：未评估</translation>
    </message>
    <message>
        <location filename="../ui/window/summarybar.cpp" line="196"/>
        <source>baseline: %1</source>
        <translation>基线：%1</translation>
    </message>
    <message>
        <location filename="../ui/window/summarybar.cpp" line="201"/>
        <source>Change against the pinned baseline</source>
        <translation>相对于固定基线的变化</translation>
    </message>
</context>
<context>
    <name>moe::ui::SystemComboBox</name>
    <message>
        <location filename="../ui/widgets/systemcombobox.cpp" line="41"/>
        <source>%1 (not found)</source>
        <translation>%1（未找到）</translation>
    </message>
    <message>
        <location filename="../ui/widgets/systemcombobox.cpp" line="42"/>
        <source>No built-in system and no user system file has this id</source>
        <translation>没有内置系统或用户系统文件使用此 id</translation>
    </message>
    <message>
        <location filename="../ui/widgets/systemcombobox.cpp" line="55"/>
        <source>The cluster gives its own figures</source>
        <translation>集群给出自己的数值</translation>
    </message>
    <message>
        <location filename="../ui/widgets/systemcombobox.cpp" line="58"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/systemcombobox.cpp" line="77"/>
        <source>%1 · calibrated %2</source>
        <translation>%1 · 已校准 %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/systemcombobox.cpp" line="79"/>
        <source>%1
Calibrated from %2 on %3</source>
        <translation>%1
于 %3 由 %2 校准</translation>
    </message>
</context>
<context>
    <name>moe::ui::UndoHistoryDock</name>
    <message>
        <location filename="../ui/document/undohistorydock.cpp" line="9"/>
        <source>Undo History</source>
        <translation>撤销历史</translation>
    </message>
    <message>
        <location filename="../ui/document/undohistorydock.cpp" line="13"/>
        <source>&lt;as opened&gt;</source>
        <translation>&lt;打开时&gt;</translation>
    </message>
    <message>
        <location filename="../ui/document/undohistorydock.cpp" line="16"/>
        <source>Every edit since the profile was opened; click one to go back to it</source>
        <translation>自打开配置文件以来的每次编辑；单击其中一次可回到该状态</translation>
    </message>
</context>
<context>
    <name>moe::ui::UserPrompts</name>
    <message>
        <location filename="../ui/document/userprompts.cpp" line="16"/>
        <source>MoE Explorer profiles (*.moeprofile.json);;JSON files (*.json);;All files (*)</source>
        <translation>MoE Explorer 配置文件 (*.moeprofile.json);;JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>moe::ui::VerdictBar</name>
    <message>
        <location filename="../ui/window/verdictbar.cpp" line="31"/>
        <source>The constraint checks of the current configuration</source>
        <translation>当前配置的约束检查</translation>
    </message>
    <message>
        <location filename="../ui/window/verdictbar.cpp" line="74"/>
        <source>passes</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../ui/window/verdictbar.cpp" line="74"/>
        <source>fails</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../ui/window/verdictbar.cpp" line="83"/>
        <source>baseline: not evaluated: %1</source>
        <translation>基线：未评估：%1</translation>
    </message>
    <message>
        <location filename="../ui/window/verdictbar.cpp" line="89"/>
        <source>The pinned baseline cannot run with these inputs; the current strategy is evaluated without it. Pin another baseline or clear it (Strategy menu)</source>
        <translation>固定的基线无法以这些输入运行；当前策略在没有基线的情况下评估。请固定其他基线或清除它（“策略”菜单）</translation>
    </message>
    <message>
        <location filename="../ui/window/verdictbar.cpp" line="104"/>
        <source>not evaluated</source>
        <translation>未评估</translation>
    </message>
</context>
</TS>
