// Issue 9: the latency chart draws the overlap as a credit (a bar left of zero) and
// closes with the step's total; its axis unit follows the data; every bar's label is
// formatSeconds, never exponent notation.

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QTest>
#include <QValueAxis>

#include "model/evaluation.h"
#include "charts/latencychart.h"
#include "shots.h"
#include "testprofiles.h"
#include "base/units.h"

using namespace moe;
using namespace moe::ui;

namespace {

QBarSet* bars(LatencyChart& chart)
{
    auto* series = qobject_cast<QHorizontalBarSeries*>(chart.chart()->series().first());
    return series->barSets().first();
}

QStringList visibleLabels(LatencyChart& chart)
{
    QStringList texts;
    for (QGraphicsItem* item : chart.chart()->childItems()) {
        if (auto* text = qgraphicsitem_cast<QGraphicsSimpleTextItem*>(item); text && text->isVisible()) {
            texts << text->text();
        }
    }
    return texts;
}

} // namespace

class TestLatencyChart : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void overlapIsCredit_totalLast_unitFromData_data()
    {
        QTest::addColumn<QString>("builtin");
        QTest::addColumn<QString>("unit");
        QTest::newRow("training: seconds, mostly hidden") << "deepseek-v3-training-h800" << "s";
        QTest::newRow("decode: milliseconds, partly hidden") << "deepseek-v3-decode-ep144-h800" << "ms";
        QTest::newRow("seed: no overlap") << "seed" << "ms";
    }

    void overlapIsCredit_totalLast_unitFromData()
    {
        QFETCH(QString, builtin);
        QFETCH(QString, unit);
        const Profile profile = test::builtin(qPrintable(builtin));
        const Evaluation ev = evaluate(profile);
        QVERIFY(ev.valid);
        LatencyChart chart;
        chart.resize(700, 420);
        chart.setEvaluation(profile, ev);
        const double perUnit = unit == QLatin1String("s") ? 1.0 : 1e-3;
        QBarSet* set = bars(chart);
        // Bar 0 is the bottom row: the total; bar 1 the overlap credit, drawn negative.
        QCOMPARE(set->at(0), ev.time.total / perUnit);
        QCOMPARE(set->at(1), -ev.time.overlapped / perUnit);
        QVERIFY(set->isBarSelected(1));  // drawn in the credit's colour
        auto* axis = qobject_cast<QValueAxis*>(chart.chart()->axes(Qt::Horizontal).first());
        QVERIFY2(axis->titleText().endsWith(QStringLiteral("(%1)").arg(unit)), qPrintable(axis->titleText()));
        QVERIFY(axis->min() <= set->at(1));
        auto* rows = qobject_cast<QBarCategoryAxis*>(chart.chart()->axes(Qt::Vertical).first());
        QCOMPARE(rows->categories().first(), QStringLiteral("step time (total)"));
        const QStringList labels = visibleLabels(chart);
        QVERIFY(labels.contains(QString::fromStdString(formatSeconds(ev.time.total))));
        QCOMPARE(labels.contains(QStringLiteral("%1 (credit)").arg(QString::fromStdString(formatSeconds(-ev.time.overlapped)))),
                 ev.time.overlapped > 0);
        for (const QString& label : labels) {
            QVERIFY2(!label.contains(QLatin1String("e+")) && !label.contains(QLatin1String("e-")), qPrintable(label));
        }
        // docs/explorer.md shows the training chart at this size.
        if (builtin == QLatin1String("deepseek-v3-training-h800")) {
            chart.resize(500, 370);
            test::saveShot(chart, QStringLiteral("latency-deepseek-v3-training.png"));
        }
    }
};

QTEST_MAIN(TestLatencyChart)
#include "tst_latencychart.moc"
