// The grid's colour scales mean the same whatever the other cells hold: memory is a
// fraction of capacity, loads are relative to their mean, and a held scale keeps its
// top while the figures change (docs/explorer.md, "Colour scales").

#include <QTest>

#include <cmath>
#include <limits>

#include "grid/gridscale.h"

using moe::ui::GridMetric;
using moe::ui::GridScale;
using moe::ui::holdScale;
using moe::ui::makeScale;

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
}

class TestGridScale : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void memory_halfCapacityIsMidScale_whateverTheOthers_data()
    {
        QTest::addColumn<double>("other");
        QTest::newRow("other_cell_empty") << 0.0;
        QTest::newRow("other_cell_full") << 80.0;
        QTest::newRow("other_cell_over") << 250.0;
        QTest::newRow("other_cell_idle") << kNaN;
    }
    void memory_halfCapacityIsMidScale_whateverTheOthers()
    {
        QFETCH(double, other);
        // 40 GiB of 80 GiB is 0.5 of the scale, as min-max scaling was not.
        const GridScale s = makeScale(GridMetric::Memory, {40.0, other}, 80.0);
        QCOMPARE(s.kind, GridScale::Kind::Capacity);
        QCOMPARE(s.position(40.0), 0.5);
        QCOMPARE(s.top, 80.0);
    }

    void memory_overCapacityIsBeyond()
    {
        const GridScale s = makeScale(GridMetric::Memory, {90.0}, 80.0);
        QVERIFY(s.beyond(90.0));
        QVERIFY(!s.beyond(80.0));  // exactly full fits
        QCOMPARE(s.position(90.0), 1.0);
    }

    void load_relativeToMean()
    {
        // Tokens 1, 2, 3: mean 2, top max(2 x 2, 3) = 4, so the mean sits mid-scale.
        const GridScale even = makeScale(GridMetric::Tokens, {1.0, 2.0, 3.0, kNaN}, 0.0);
        QCOMPARE(even.kind, GridScale::Kind::Mean);
        QCOMPARE(even.mean, 2.0);
        QCOMPARE(even.top, 4.0);
        QCOMPARE(even.position(even.mean), 0.5);
        // 1, 1, 1, 5: mean 2, but the hot cell (5) is past twice the mean: top 5.
        const GridScale hot = makeScale(GridMetric::Tokens, {1.0, 1.0, 1.0, 5.0}, 0.0);
        QCOMPARE(hot.top, 5.0);
        QCOMPARE(hot.position(2.0), 0.4);
        // An explicit mean (the expert view's mean slot) wins over the values' mean.
        QCOMPARE(makeScale(GridMetric::ExpertLoad, {1.0, 9.0}, 0.0, 1.5).top, 9.0);
        QCOMPARE(makeScale(GridMetric::ExpertLoad, {1.0, 2.0}, 0.0, 1.5).top, 3.0);
    }

    void counts_fromZero()
    {
        const GridScale s = makeScale(GridMetric::Experts, {2.0, 4.0}, 0.0);
        QCOMPARE(s.kind, GridScale::Kind::Zero);
        QCOMPARE(s.position(2.0), 0.5);
        // Every cell 0: nothing to scale, everything at the bottom, nothing beyond.
        const GridScale zero = makeScale(GridMetric::ComputeTime, {0.0, 0.0}, 0.0);
        QCOMPARE(zero.position(0.0), 0.0);
        QVERIFY(!zero.beyond(0.0));
    }

    void held_keepsTopAcrossAnEdit()
    {
        const GridScale held = makeScale(GridMetric::Tokens, {1.0, 2.0, 3.0}, 0.0);
        const GridScale fresh = makeScale(GridMetric::Tokens, {10.0, 20.0, 30.0}, 0.0);
        const GridScale kept = holdScale(held, fresh);
        QCOMPARE(kept.top, 4.0);     // the drag's first colours still mean the same
        QCOMPARE(kept.mean, 20.0);   // but the mean marker follows the figures
        QVERIFY(kept.beyond(30.0));  // and what outgrows the scale says so
        // Memory holds nothing: its top is the capacity, already absolute.
        const GridScale memory = holdScale(makeScale(GridMetric::Memory, {1.0}, 80.0),
                                           makeScale(GridMetric::Memory, {1.0}, 141.0));
        QCOMPARE(memory.top, 141.0);
        // A scale made from no values is not held.
        QCOMPARE(holdScale(makeScale(GridMetric::Tokens, {kNaN}, 0.0), fresh).top, fresh.top);
    }
};

QTEST_GUILESS_MAIN(TestGridScale)
#include "tst_gridscale.moc"
