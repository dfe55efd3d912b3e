#include "widgets/formulatexts.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <vector>

#include "widgets/localfigures.h"

namespace moe::ui {

namespace {

// Every formula core writes (model/explain.cpp, memorymodel.cpp, costmodel.cpp,
// layerkernels.cpp), word for word; %1 stands for a number core writes into the text.
// tst_formulatexts fails when a built-in profile's explanation has a formula missing
// here, so that a changed formula is seen and translated.
const char* const kFormulas[] = {
    QT_TRANSLATE_NOOP("Formula",
                      "(PP - 1) / v x the slowest stage's time per micro-batch; (p - 1)/(v m) of the ideal "
                      "(1F1B: v = 1)"),
    QT_TRANSLATE_NOOP("Formula", "(communication - overlapped) / step time"),
    QT_TRANSLATE_NOOP("Formula",
                      "(dense layers x [sbh(10 + 24/t) + 5as^2b/t] + MoE layers x home part + expert assignments "
                      "x (2h + intermediate / ETP)) x in-flight micro-batches x (activation bytes / 2); with "
                      "sequence parallelism the 10sbh term is divided by t; with FP8 GEMMs each GEMM's input is kept "
                      "at 1 byte, plus its scales under a block recipe; recomputing \"moe\" keeps only each MoE "
                      "layer's input"),
    QT_TRANSLATE_NOOP("Formula", "(embedding on the first stage, LM head on the last) / TP x weight bytes"),
    QT_TRANSLATE_NOOP("Formula",
                      "(expert slots x expert params / ETP + MoE layers x (shared experts x expert params / TP + "
                      "router params)) x weight bytes"),
    QT_TRANSLATE_NOOP("Formula",
                      "(4 + 2 x moment bytes) x (dense params / (DP if distributed optimizer) + expert params / (EDP if "
                      "distributed))"),
    QT_TRANSLATE_NOOP("Formula",
                      "MoE layers x passes x (max(send, receive) over max(intra bytes / NVLink, inter bytes / "
                      "NIC) + alpha); send = tokens per GPU x k x ETP x hidden x activation bytes; intra share "
                      "(peers - 1) / M, inter share (M - peers) / M (hierarchical dispatch: one copy per remote "
                      "domain holding one of the token's experts, %1 per token)"),
    QT_TRANSLATE_NOOP("Formula",
                      "MoE layers_stage x (router, top-k, permute, unpermute, shared experts + grouped expert "
                      "GEMMs of the EP rank's slots, each with its share of the assignments; in training one GEMM "
                      "and one cast per slot, four at a time (Transformer Engine's GroupedLinear))"),
    QT_TRANSLATE_NOOP("Formula",
                      "all-reduce over DP of dense gradients + all-reduce over EDP of expert gradients: 2(n - "
                      "1)/n x S / link + 2(n - 1) x alpha"),
    QT_TRANSLATE_NOOP("Formula",
                      "all-reduces x (2(TP - 1)/TP x S / link + 2(TP - 1) x alpha); S = tokens x hidden x "
                      "activation bytes"),
    QT_TRANSLATE_NOOP("Formula", "as params.total, with top-k routed experts instead of all"),
    QT_TRANSLATE_NOOP("Formula", "compute + communication + bubble + optimizer step - overlapped"),
    QT_TRANSLATE_NOOP("Formula",
                      "min(overlap x communication, compute); with two-batch overlap in serving, the all-to-all less "
                      "what SGLang's stages leave exposed: MoE layers x the stream's stall beyond compute per layer "
                      "and micro-batch, the halves' stages alternating (prefill [shared; combine waited; output, "
                      "prepare, core, router; dispatch] [routed; combine], decode [output, prepare] [core, router] "
                      "[dispatch; shared] [routed; combine] [combine waited], decode's second half two stages "
                      "behind), less share / (1 - share) of it for the SMs the communication kernels hold"),
    QT_TRANSLATE_NOOP("Formula",
                      "dense layers_stage x (norm + FFN GEMMs + activation + residual) + (1 + MTP modules) x (LM "
                      "head and cross-entropy) + MTP modules x projection"),
    QT_TRANSLATE_NOOP("Formula", "dense layers_stage x dense FFN params / TP x weight bytes"),
    QT_TRANSLATE_NOOP("Formula",
                      "dense layers_stage x roofline(tokens x FFN FLOPs / TP x passes, FFN weights / TP) + LM "
                      "head roofline"),
    QT_TRANSLATE_NOOP("Formula", "dispatch send buffer + receive buffer of one MoE layer"),
    QT_TRANSLATE_NOOP("Formula",
                      "layers x (attention + norms) + dense layers x dense FFN + MoE layers x (experts + shared "
                      "experts) x expert FFN + routers + embeddings + LM head"),
    QT_TRANSLATE_NOOP("Formula", "layers_stage x (attention params / TP + norm params) x weight bytes"),
    QT_TRANSLATE_NOOP("Formula",
                      "layers_stage x (norm + QKV GEMM + attention core + output GEMM + residual), forward, "
                      "backward and recomputation"),
    QT_TRANSLATE_NOOP("Formula", "layers_stage x 2sbh x in-flight micro-batches x (activation bytes / 2)"),
    QT_TRANSLATE_NOOP("Formula",
                      "layers_stage x max(F / (peak x eff), (W + KV) / (HBM x eff)); F = tokens x (2 x attention "
                      "params + score FLOPs x context) / TP x passes, W = attention params x weight bytes / TP x "
                      "passes"),
    QT_TRANSLATE_NOOP("Formula", "micro-batches x the straggler stage's time per micro-batch"),
    QT_TRANSLATE_NOOP("Formula",
                      "min(overlap x communication, compute); with workload.overlap or a system, what the "
                      "schedule hides (the expert all-to-all beside the other micro-batch's compute, less share "
                      "/ (1 - share) of it for the SMs the communication kernels hold), plus the gradient sync "
                      "each stage hides behind its own last backward pass (all but the last bucket; the step "
                      "waits for the stage that leaves the most exposed)"),
    QT_TRANSLATE_NOOP("Formula", "model FLOPs per step / (step time x GPUs x peak FLOP/s)"),
    QT_TRANSLATE_NOOP("Formula", "no gradients to synchronise outside training"),
    QT_TRANSLATE_NOOP("Formula", "no optimizer step outside training"),
    QT_TRANSLATE_NOOP("Formula", "not timed by the version 1 model; name a cluster.system for the kernel-level model"),
    QT_TRANSLATE_NOOP("Formula", "one layer's forward working set (no score matrix, no dropout) x (activation bytes / 2)"),
    QT_TRANSLATE_NOOP("Formula",
                      "parameters updated on the GPU x (fp32 gradient, master weight and moments read, written "
                      "back, working copy, gradient norm, zeroing) / (HBM x efficiency)"),
    QT_TRANSLATE_NOOP("Formula", "params on the GPU x weight bytes (training only)"),
    QT_TRANSLATE_NOOP("Formula", "reserve_gib x 2^30"),
    QT_TRANSLATE_NOOP("Formula", "sends x (tokens x hidden x activation bytes / TP / link + alpha)"),
    QT_TRANSLATE_NOOP("Formula",
                      "sequences per replica x context x KV elements per token per layer x KV bytes x "
                      "layers_stage / TP share"),
    QT_TRANSLATE_NOOP("Formula", "sum of the components on the GPU with the most memory"),
    QT_TRANSLATE_NOOP("Formula",
                      "sum over MoE layers of roofline(assignments x expert FLOPs / ETP x passes, touched "
                      "experts x expert weights / ETP) + roofline(shared experts and router); assignments = "
                      "group tokens x top-k x EP rank's share (for the step: the slowest rank)"),
    QT_TRANSLATE_NOOP("Formula", "the mirror of dispatch: every GPU returns what it received"),
    QT_TRANSLATE_NOOP("Formula", "tokens per second / GPUs used"),
    QT_TRANSLATE_NOOP("Formula",
                      "tokens per step / step time; a prefill counts whole prompts (prefix-cache hits included), "
                      "a decode step the tokens it emits per sequence (1, or with speculation (1 - a^(d+1)) / (1 "
                      "- a))"),
    QT_TRANSLATE_NOOP("Formula",
                      "tokens x forward FLOPs per token x (3 for training); forward = layers x (2 x attention "
                      "params + score FLOPs x s) + FFN FLOPs of the top-k and shared experts + 2 V h"),
    // DeepEP's low-latency kernels for decode (core/model/decodealltoall.cpp on main).
    QT_TRANSLATE_NOOP("Formula",
                      "MoE layers x DeepEP low-latency dispatch: alpha + bytes / B; B = the published table's "
                      "bytes over its latency at this EP size (log-interpolated) less alpha, scaled by the NIC "
                      "over 50 GB/s; bytes = max(sent, received) with every top-k copy, FP8 with its scales"),
    QT_TRANSLATE_NOOP("Formula",
                      "MoE layers x DeepEP low-latency combine: alpha + bytes / B, as dispatch, at the combine's "
                      "data type"),
};

struct Pattern {
    QRegularExpression regex;
    const char* english;
};

// The formulas with a number in them, as patterns that capture the number.
const std::vector<Pattern>& patterns()
{
    static const std::vector<Pattern> all = [] {
        std::vector<Pattern> list;
        for (const char* english : kFormulas) {
            const QString text = QString::fromUtf8(english);
            if (text.contains(QStringLiteral("%1"))) {
                const QStringList parts = text.split(QStringLiteral("%1"));
                QStringList escaped;
                for (const QString& part : parts) {
                    escaped << QRegularExpression::escape(part);
                }
                const QString pattern = escaped.join(QStringLiteral("([-+0-9.e]+)"));
                list.push_back({QRegularExpression(QLatin1Char('^') + pattern + QLatin1Char('$')), english});
            }
        }
        return list;
    }();
    return all;
}

const char* catalogued(const std::string& english, QString* number)
{
    for (const char* formula : kFormulas) {
        if (english == formula) {
            return formula;
        }
    }
    const QString text = QString::fromStdString(english);
    for (const Pattern& p : patterns()) {
        if (const QRegularExpressionMatch match = p.regex.match(text); match.hasMatch()) {
            *number = match.captured(1);
            return p.english;
        }
    }
    return nullptr;
}

} // namespace

QString formulaText(const std::string& english)
{
    QString number;
    const char* formula = catalogued(english, &number);
    if (!formula) {
        return QString::fromStdString(english);
    }
    const QString translated = QCoreApplication::translate("Formula", formula);
    return number.isEmpty() ? translated : translated.arg(localFigure(number.toStdString()));
}

bool isCataloguedFormula(const std::string& english)
{
    QString number;
    return catalogued(english, &number) != nullptr;
}

} // namespace moe::ui
