// Issue 9: every component of the table (core/model/components.h) is a series of the
// charts, under its label and colour, with the evaluation's value, and the grid's
// tooltips name a GPU's largest memory components from it. A chart that lists
// components by hand misses a new one, and this test fails. The core views are
// checked by tests/core/model/tst_components.cpp.

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalBarSeries>
#include <QStackedBarSeries>
#include <QTest>

#include "charts/latencychart.h"
#include "charts/memorychart.h"
#include "grid/gridmetric.h"
#include "model/evaluation.h"
#include "base/units.h"
#include "profile/builtins.h"

using namespace moe;
using namespace moe::ui;

class TestComponentViews : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void latencyChartHasEveryTimeComponent()
    {
        const LoadResult loaded = loadProfileArgument("builtin:deepseek-v3-training-h800");
        QVERIFY(loaded.ok());
        const Evaluation ev = evaluate(*loaded.profile);
        QVERIFY(ev.valid && ev.time.overlapped > 0);
        LatencyChart chart;
        chart.setEvaluation(*loaded.profile, ev, nullptr);

        const QStringList keys = LatencyChart::componentKeys();
        const QList<qreal> ms = chart.values();
        QCOMPARE(keys.size(), static_cast<qsizetype>(kTimeComponentCount));
        auto* series = qobject_cast<QHorizontalBarSeries*>(chart.chart()->series().first());
        QVERIFY(series);
        auto* axis = qobject_cast<QBarCategoryAxis*>(chart.chart()->axes(Qt::Vertical).first());
        QVERIFY(axis);
        const QStringList categories = axis->categories();
        QBarSet* bars = series->barSets().first();
        // Bars run from the total at the bottom (index 0) up to the first component.
        const auto barOf = [](int row) { return static_cast<int>(kTimeComponentCount) - row; };
        const double scale = bars->at(barOf(static_cast<int>(kTimeComponentCount))) / ev.time.total;
        for (std::size_t i = 0; i < kTimeComponentCount; ++i) {
            const TimeComponent& c = kTimeComponents[i];
            const int row = static_cast<int>(i);
            QCOMPARE(keys[row], QString::fromStdString(explanationKey(c)));
            QCOMPARE(ms[row], ev.time.*c.field * 1e3);
            QCOMPARE(categories[barOf(row)], QString::fromUtf8(c.label));
            // The bar is the signed part in the axis unit: the credit runs left of zero.
            QCOMPARE(bars->at(barOf(row)), signedSeconds(ev.time, c) * scale);
        }
        QVERIFY(bars->at(barOf(static_cast<int>(kTimeComponentCount) - 1)) < 0);
    }

    void memoryChartHasEveryMemoryComponent()
    {
        const LoadResult loaded = loadProfileArgument("builtin:deepseek-v3-training-h800");
        QVERIFY(loaded.ok());
        const Evaluation ev = evaluate(*loaded.profile, loaded.profile->strategy, Detail::PerGpu);
        QVERIFY(ev.valid);
        MemoryChart chart;
        chart.setEvaluation(*loaded.profile, ev, -1, nullptr);

        QCOMPARE(MemoryChart::componentCount(), static_cast<int>(kMemoryComponentCount));
        auto* series = qobject_cast<QStackedBarSeries*>(chart.chart()->series().first());
        QVERIFY(series);
        const qsizetype fullest = chart.shownGpus().indexOf(ev.memoryGpu);
        QVERIFY(fullest >= 0);
        constexpr double kGiB = 1024.0 * 1024.0 * 1024.0;
        for (std::size_t i = 0; i < kMemoryComponentCount; ++i) {
            const MemoryComponent& c = kMemoryComponents[i];
            const int component = static_cast<int>(i);
            QCOMPARE(MemoryChart::componentName(component), QString::fromUtf8(c.label));
            QCOMPARE(series->barSets()[component]->label(), QString::fromUtf8(c.label));
            QCOMPARE(series->barSets()[component]->color(), QColor(QRgb(c.colour)));
            QCOMPARE(chart.componentValues(component)[fullest], ev.memory.*c.field / kGiB);
        }
    }

    // A GPU's tooltip in the grid names its largest memory components, from the table.
    void gridTooltipNamesTheLargestMemoryComponent()
    {
        const LoadResult loaded = loadProfileArgument("builtin:deepseek-v3-training-h800");
        QVERIFY(loaded.ok());
        const Evaluation ev = evaluate(*loaded.profile, loaded.profile->strategy, Detail::PerGpu);
        const GpuState& gpu = ev.gpus[static_cast<std::size_t>(ev.memoryGpu)];
        const MemoryComponent* largest = &kMemoryComponents[0];
        for (const MemoryComponent& c : kMemoryComponents) {
            if (gpu.memory.*c.field > gpu.memory.*largest->field) {
                largest = &c;
            }
        }
        const QString tooltip = describeGpu(ev, *loaded.profile, ev.memoryGpu, -1);
        const QString expected = QString::fromUtf8(largest->label) + QLatin1Char(' ')
            + QString::fromStdString(formatBytes(gpu.memory.*largest->field));
        QVERIFY2(tooltip.contains(expected), qPrintable(tooltip));
    }
};

QTEST_MAIN(TestComponentViews)
#include "tst_componentviews.moc"
