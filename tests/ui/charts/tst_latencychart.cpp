// Issue 9: the latency chart draws the overlap as a credit (a bar left of zero) and
// closes with the step's total; its axis unit follows the data; every bar's label is
// formatSeconds, never exponent notation.

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QTest>
#include <QValueAxis>

#include <cmath>

#include "model/evaluation.h"
#include "charts/latencychart.h"
#include "shots.h"
#include "testprofiles.h"
#include "base/units.h"
#include "shots.h"

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
        // Laid out as on screen: the labels take the longest form the plot has room for.
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
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

    // Issue 12, point 5: a baseline far slower than the current strategy (here a
    // training step of seconds against a decode step of milliseconds: the chart draws
    // any two evaluations) used to set the axis, leaving the current bars a few pixels
    // long and unlabelled. The axis is now the current strategy's, every bar keeps its
    // label, and the baseline's outlines stop at the axis's end with their value named.
    void baselineFarSlower_currentStaysReadable()
    {
        const Profile profile = test::builtin("deepseek-v3-decode-ep144-h800");
        const Evaluation ev = evaluate(profile);
        const Evaluation slow = evaluate(test::builtin("deepseek-v3-training-h800"));
        QVERIFY(ev.valid && slow.valid);
        QVERIFY(slow.time.total > 100 * ev.time.total);
        LatencyChart chart;
        chart.resize(700, 420);
        chart.show();  // laid out: a label takes its short form where the plot has no room
        chart.setEvaluation(profile, ev, &slow);
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        test::saveShot(chart, QStringLiteral("latency-baseline-slower.png"));
        QBarSet* set = bars(chart);
        auto* axis = qobject_cast<QValueAxis*>(chart.chart()->axes(Qt::Horizontal).first());
        // The axis ends near the current data: at most twice its longest bar (1.3 times
        // for the label, rounded up to a nice number).
        QVERIFY2(axis->max() <= 2.0 * set->at(0), qPrintable(QStringLiteral("%1 vs %2").arg(axis->max()).arg(set->at(0))));
        // The total's bar spans at least half the axis right of zero (it was a few
        // pixels of it).
        const QRectF plot = chart.chart()->plotArea();
        const QPointF zero = chart.chart()->mapToPosition(QPointF(0, 0));
        const QPointF total = chart.chart()->mapToPosition(QPointF(set->at(0), 0));
        QVERIFY2(total.x() - zero.x() >= 0.5 * (plot.right() - zero.x()), qPrintable(QString::number(total.x() - zero.x())));
        // Every bar keeps its value label; the total's names the baseline beyond the axis.
        const QStringList labels = visibleLabels(chart);
        const QString totalLabel = QString::fromStdString(formatSeconds(ev.time.total));
        const QString baselineTotal = QString::fromStdString(formatSeconds(slow.time.total));
        QVERIFY2(labels.contains(QStringLiteral("%1 · baseline %2 ▸").arg(totalLabel, baselineTotal)), qPrintable(labels.join(QStringLiteral(" | "))));
        QVERIFY(chart.baselineOffScale(0));
        // The outline is drawn, cut at the plot's right edge.
        QGraphicsRectItem* outline = chart.baselineOutline(0);
        QVERIFY(outline);
        QVERIFY(outline->rect().right() <= plot.right() + 1.0);
        QVERIFY(outline->rect().right() >= plot.right() - 1.0);
        QVERIFY(chart.titleText().contains(QStringLiteral("), dashed")));
    }

    // The other way round: a baseline faster than now is drawn whole, its outline
    // ending where its value falls on the axis, and no label claims it is off-scale.
    void baselineFaster_outlineEndsAtItsValue()
    {
        const Profile profile = test::builtin("deepseek-v3-training-h800");
        const Evaluation ev = evaluate(profile);
        const Evaluation fast = evaluate(test::builtin("deepseek-v3-decode-ep144-h800"));
        QVERIFY(ev.valid && fast.valid);
        LatencyChart chart;
        chart.resize(700, 420);
        chart.setEvaluation(profile, ev, &fast);
        QBarSet* set = bars(chart);
        QVERIFY(!chart.baselineOffScale(0));
        QGraphicsRectItem* outline = chart.baselineOutline(0);
        QVERIFY(outline);
        // The training step is in seconds: the decode step's total, in s on this axis.
        const QPointF zero = chart.chart()->mapToPosition(QPointF(0, 0));
        const QPointF end = chart.chart()->mapToPosition(QPointF(fast.time.total, 0));
        QVERIFY2(std::abs(outline->rect().width() - (end.x() - zero.x())) < 1.0, qPrintable(QString::number(outline->rect().width())));
        for (const QString& label : visibleLabels(chart)) {
            QVERIFY2(!label.contains(QStringLiteral("▸")), qPrintable(label));
        }
        QVERIFY(visibleLabels(chart).contains(QString::fromStdString(formatSeconds(ev.time.total))));
        QCOMPARE(set->at(0), ev.time.total);
        // Without a baseline the outlines go.
        chart.setEvaluation(profile, ev);
        QVERIFY(!chart.baselineOutline(0));
    }

    // Issue 12's leftover: on the seed against its baseline (TP1 PP1 DP3 EP3, 2.68 s
    // against 246 ms) the labels "49.5 ms · baseline 532 ms ▸" were pushed left over
    // their bars when the chart was as narrow as at 1366x768, and "10.1 ms" ran
    // through the end of its baseline's dashed outline. No label may cover a bar
    // (except inside its own bar's end, in white), cross a whole outline's end, or
    // another label, at the window's sizes and wider.
    void baselineLabels_neverOverBars_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("as at 1366x768") << QSize(430, 240);
        QTest::newRow("as at 1920x1080") << QSize(690, 330);
        QTest::newRow("wide") << QSize(900, 420);
    }

    void baselineLabels_neverOverBars()
    {
        QFETCH(QSize, size);
        const Profile profile = test::builtin("seed");
        QVERIFY(profile.baseline.has_value());
        Profile baselineProfile = profile;
        baselineProfile.strategy = *profile.baseline;
        const Evaluation ev = evaluate(profile);
        const Evaluation baseline = evaluate(baselineProfile);
        QVERIFY(ev.valid && baseline.valid);
        QVERIFY(baseline.time.total > 5 * ev.time.total);  // off the current axis
        LatencyChart chart;
        chart.resize(size);
        chart.show();
        chart.setEvaluation(profile, ev, &baseline);
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        test::saveShot(chart, QStringLiteral("latency-seed-baseline-%1x%2.png").arg(size.width()).arg(size.height()));
        const QList<QGraphicsSimpleTextItem*> labels = chart.valueLabels();
        const QRectF plot = chart.chart()->plotArea();
        const int bars = static_cast<int>(labels.size());
        // A label's text line: its ascent high (an accent may meet the next row's
        // descender, as the row names may; tst_windowlayout).
        const auto lineOf = [](const QGraphicsSimpleTextItem* label) {
            const QRectF box = label->mapRectToParent(label->boundingRect());
            const double ascent = QFontMetricsF(label->font()).ascent();
            return QRectF(box.left(), box.center().y() - ascent / 2.0, box.width(), ascent);
        };
        int shown = 0;
        for (int row = 0; row < bars; ++row) {
            const QGraphicsSimpleTextItem* label = labels[row];
            if (!label->isVisible()) {
                continue;
            }
            ++shown;
            const QRectF line = lineOf(label);
            const auto where = [&](const QString& what) {
                return qPrintable(QStringLiteral("\"%1\" at %2..%3: %4").arg(label->text()).arg(line.left()).arg(line.right()).arg(what));
            };
            for (int index = 0; index < bars; ++index) {
                const QRectF bar = chart.barRect(index);
                if (bar.width() < 1.0) {
                    continue;
                }
                const bool inOwnBar = label->brush().color() == Qt::white && bar.contains(QPointF(line.left(), bar.center().y()))
                    && bar.contains(QPointF(line.right(), bar.center().y()));
                QVERIFY2(!line.intersects(bar) || inOwnBar, where(QStringLiteral("over bar %1 (%2..%3)").arg(index).arg(bar.left()).arg(bar.right())));
            }
            // An outline cut at the plot's edge has no end to cross.
            for (int other = 0; other < bars; ++other) {
                if (const QGraphicsRectItem* outline = chart.baselineOutline(other); outline && outline->rect().right() < plot.right() - 1.0) {
                    const double end = outline->rect().right();
                    const QRectF edge(end - 0.5, outline->rect().top(), 1.0, outline->rect().height());
                    QVERIFY2(!line.intersects(edge), where(QStringLiteral("across the end of outline %1 at %2").arg(other).arg(end)));
                }
            }
            for (int other = row + 1; other < bars; ++other) {
                if (labels[other]->isVisible()) {
                    QVERIFY2(!line.intersects(lineOf(labels[other])), where(QStringLiteral("over \"%1\"").arg(labels[other]->text())));
                }
            }
        }
        QVERIFY(shown >= 4);  // attention, experts, the two all-to-alls, the total
    }
};

QTEST_MAIN(TestLatencyChart)
#include "tst_latencychart.moc"
