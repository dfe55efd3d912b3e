#include "window/failedchecks.h"

#include <QStringList>

#include "base/units.h"
#include "widgets/localfigures.h"

namespace moe::ui {

QString FailedChecks::words(const Check& check)
{
    const auto bytes = [](double b) { return localBytes(b); };
    const auto seconds = [](double ms) { return localSeconds(ms / 1e3); };
    switch (check.kind) {
    case CheckKind::Strategy:
        return tr("illegal strategy");
    case CheckKind::GpuCount:
        return tr("needs %L1 GPUs, the cluster has %L2").arg(check.value, 0, 'f', 0).arg(check.limit, 0, 'f', 0);
    case CheckKind::MaxGpus:
        return tr("uses %L1 GPUs, limit %L2").arg(check.value, 0, 'f', 0).arg(check.limit, 0, 'f', 0);
    case CheckKind::Memory:
        return tr("does not fit: %1 over").arg(bytes(check.value - check.limit));
    case CheckKind::Latency:
        return tr("too slow: %1 per step, limit %2").arg(seconds(check.value), seconds(check.limit));
    case CheckKind::Throughput:
        return tr("too little throughput: %1 of %2 required")
            .arg(localRate(check.value), localRate(check.limit));
    case CheckKind::Imbalance:
        return tr("too imbalanced: %L1x the mean, limit %L2x").arg(check.value, 0, 'f', 2).arg(check.limit, 0, 'f', 2);
    case CheckKind::DroppedTokens:
        return tr("drops %1 of token assignments").arg(localPercent(check.value));
    }
    return {};
}

QString FailedChecks::headline(const Evaluation& ev)
{
    if (!ev.valid || ev.ok) {
        return {};
    }
    QStringList failed;
    for (int i = 0; i < ev.checkCount; ++i) {
        const Check& check = ev.checks[static_cast<std::size_t>(i)];
        if (!check.ok) {
            failed << words(check);
        }
    }
    return QStringLiteral("✗ ") + failed.join(QStringLiteral("; "));
}

} // namespace moe::ui
