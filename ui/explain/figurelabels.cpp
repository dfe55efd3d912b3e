#include "explain/figurelabels.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include "model/components.h"
#include "widgets/componentlabels.h"

namespace moe::ui {

namespace {

// The context under which lupdate finds these names.
class FigureLabel {
    Q_DECLARE_TR_FUNCTIONS(FigureLabel)
};

// The summary's figures that are not components (core/model/explain.cpp).
QString summaryLabel(const QString& key)
{
    if (key == QLatin1String("time_s.total")) {
        return FigureLabel::tr("step time (total)");
    }
    if (key == QLatin1String("memory_bytes.total")) {
        return FigureLabel::tr("memory of the fullest GPU (total)");
    }
    if (key == QLatin1String("params.total")) {
        return FigureLabel::tr("parameters");
    }
    if (key == QLatin1String("params.active_per_token")) {
        return FigureLabel::tr("active parameters per token");
    }
    if (key == QLatin1String("flops_per_step")) {
        return FigureLabel::tr("model FLOPs per step");
    }
    if (key == QLatin1String("rates.tokens_per_s")) {
        return FigureLabel::tr("throughput");
    }
    if (key == QLatin1String("rates.tokens_per_s_per_gpu")) {
        return FigureLabel::tr("throughput per GPU");
    }
    if (key == QLatin1String("rates.mfu")) {
        return FigureLabel::tr("MFU (model FLOPs utilisation)");
    }
    if (key == QLatin1String("rates.comm_fraction")) {
        return FigureLabel::tr("exposed communication share");
    }
    return {};
}

QString componentName(const QString& key)
{
    for (const TimeComponent& c : kTimeComponents) {
        if (key == QString::fromStdString(explanationKey(c))) {
            return componentLabel(c);
        }
    }
    for (const MemoryComponent& c : kMemoryComponents) {
        if (key == QString::fromStdString(explanationKey(c))) {
            return componentLabel(c);
        }
    }
    return summaryLabel(key);
}

} // namespace

QString figureLabel(const QString& key)
{
    // "gpu 3: memory_bytes.kv_cache": the selected GPU's own figures.
    static const QRegularExpression gpuPrefix(QStringLiteral("^gpu (\\d+): (.*)$"));
    if (const auto match = gpuPrefix.match(key); match.hasMatch()) {
        return FigureLabel::tr("GPU %1: %2").arg(match.captured(1), figureLabel(match.captured(2)));
    }
    static const QString perMicroBatch = QStringLiteral(".per_micro_batch");
    if (key.endsWith(perMicroBatch)) {
        return FigureLabel::tr("%1 per micro-batch").arg(figureLabel(key.chopped(perMicroBatch.size())));
    }
    if (const QString name = componentName(key); !name.isEmpty()) {
        return name;
    }
    // A figure with no name of its own yet: its key, made readable.
    QString readable = key;
    readable.replace(QLatin1Char('_'), QLatin1Char(' '));
    readable.replace(QLatin1Char('.'), QStringLiteral(" › "));
    return readable;
}

} // namespace moe::ui
