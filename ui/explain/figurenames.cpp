#include "explain/figurenames.h"

#include <QCoreApplication>

#include "model/components.h"
#include "widgets/componentlabels.h"

namespace moe::ui {

namespace {

// The names below are marked with QT_TRANSLATE_NOOP for lupdate.
QString translated(const char* text)
{
    return QCoreApplication::translate("FigureName", text);
}

QString summaryName(const std::string& key)
{
    static const struct {
        const char* key;
        const char* name;
    } names[] = {
        {"params.total", QT_TRANSLATE_NOOP("FigureName", "parameters")},
        {"params.active_per_token", QT_TRANSLATE_NOOP("FigureName", "active parameters per token")},
        {"flops_per_step", QT_TRANSLATE_NOOP("FigureName", "FLOPs per step")},
        {"time_s.total", QT_TRANSLATE_NOOP("FigureName", "step time")},
        {"memory_bytes.total", QT_TRANSLATE_NOOP("FigureName", "memory per GPU")},
        {"rates.tokens_per_s", QT_TRANSLATE_NOOP("FigureName", "throughput")},
        {"rates.tokens_per_s_per_gpu", QT_TRANSLATE_NOOP("FigureName", "throughput per GPU")},
        {"rates.mfu", QT_TRANSLATE_NOOP("FigureName", "model FLOPs utilisation (MFU)")},
        {"rates.comm_fraction", QT_TRANSLATE_NOOP("FigureName", "communication share of the step")},
    };
    for (const auto& n : names) {
        if (key == n.key) {
            return translated(n.name);
        }
    }
    return {};
}

QString componentName(const std::string& key)
{
    for (const TimeComponent& c : kTimeComponents) {
        const std::string own = explanationKey(c);
        if (key == own) {
            return componentLabel(c);
        }
        if (key == own + ".per_micro_batch") {
            return QCoreApplication::translate("FigureName", "%1 per micro-batch").arg(componentLabel(c));
        }
    }
    for (const MemoryComponent& c : kMemoryComponents) {
        if (key == explanationKey(c)) {
            return componentLabel(c);
        }
    }
    return {};
}

} // namespace

QString figureName(const std::string& key)
{
    // Per-GPU explanations carry their GPU in front: "gpu 5: memory_bytes.kv_cache".
    const std::string gpuPrefix = "gpu ";
    if (key.rfind(gpuPrefix, 0) == 0) {
        if (const auto colon = key.find(": "); colon != std::string::npos) {
            return QCoreApplication::translate("FigureName", "GPU %1: %2")
                .arg(QString::fromStdString(key.substr(gpuPrefix.size(), colon - gpuPrefix.size())),
                     figureName(key.substr(colon + 2)));
        }
    }
    QString name = summaryName(key);
    if (name.isEmpty()) {
        name = componentName(key);
    }
    return name.isEmpty() ? QString::fromStdString(key) : name;
}

} // namespace moe::ui
