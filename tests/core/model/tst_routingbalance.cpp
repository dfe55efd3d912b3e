// Measured routing that is perfectly balanced must count as balanced: a row of 64 x 0.1
// sums to 6.4000000000000004 in doubles, and dividing by that sum put each share a hair
// over the capacity of 1/64, so 1.1e-15 of the tokens were "dropped", the
// dropped_tokens check failed and a search found no feasible strategy at all.

#include <QTest>

#include <algorithm>
#include <cmath>
#include <vector>

#include "model/evaluation.h"
#include "model/expertloads.h"
#include "search/search.h"
#include "testprofiles.h"

using namespace moe;
using nlohmann::json;

namespace {

// The small test MoE with 64 experts and one measured row shared by every layer.
Profile withMeasuredRow(const std::vector<double>& row)
{
    json j = test::smallMoeJson();
    j["model"]["experts"] = row.size();
    j["workload"]["capacity_factor"] = 1.0;
    j["workload"]["routing"] = {{"kind", "measured"}, {"loads", {row}}};
    j["strategy"]["ep"] = std::min<std::size_t>(8, row.size());  // EP at most the experts
    return test::profileFrom(j);
}

const Check* findCheck(const Evaluation& ev, CheckKind kind)
{
    for (int i = 0; i < ev.checkCount; ++i) {
        if (ev.checks[static_cast<std::size_t>(i)].kind == kind) {
            return &ev.checks[static_cast<std::size_t>(i)];
        }
    }
    return nullptr;
}

} // namespace

class TestRoutingBalance : public QObject {
    Q_OBJECT

private slots:
    // Equal weights, however they are written, give every expert exactly 1/E: nothing
    // over capacity, nothing dropped (exactly 0, not merely small).
    void equalWeights_equalSharesExactly_data()
    {
        QTest::addColumn<int>("experts");
        QTest::addColumn<double>("weight");
        QTest::newRow("64 x 0.1 (the reported row)") << 64 << 0.1;
        QTest::newRow("64 x 1") << 64 << 1.0;
        QTest::newRow("64 x 0.3") << 64 << 0.3;
        QTest::newRow("48 x 0.1 (not a power of two)") << 48 << 0.1;
        QTest::newRow("256 x 1e-300") << 256 << 1e-300;
        QTest::newRow("256 x 1e300") << 256 << 1e300;
    }
    void equalWeights_equalSharesExactly()
    {
        QFETCH(int, experts);
        QFETCH(double, weight);
        const Profile p = withMeasuredRow(std::vector<double>(static_cast<std::size_t>(experts), weight));
        const ExpertRow row(&p.workload.routing.loads.front(), p.model, p.strategy, 1.0, 100);
        // == rather than QCOMPARE, whose comparison with 0 passes anything under 1e-12.
        QVERIFY2(row.droppedShare() == 0.0, qPrintable(QString::number(row.droppedShare())));
        for (const double share : row.expertShares()) {
            QVERIFY(share == 1.0 / experts);  // exact: the same division as the capacity's
        }
        const Evaluation ev = evaluate(p);
        QVERIFY(ev.valid);
        const Check* dropped = findCheck(ev, CheckKind::DroppedTokens);
        QVERIFY(dropped);
        QVERIFY(dropped->ok);
        QVERIFY(ev.load.droppedTokenShare == 0.0);
    }

    // The tolerance: an expert over its capacity by less than one part in 10^9 of the
    // capacity is rounding and drops nothing; by more, the excess is dropped. With four
    // experts at weights 1 + d, 1, 1, 1 - d (sum exactly 4) and capacity factor 1, the
    // first expert's share is (1 + d) / 4 against a capacity of 1/4: it drops d / 4.
    void excessBeyondTolerance_dropped_data()
    {
        QTest::addColumn<double>("excess");
        QTest::addColumn<double>("dropped");
        QTest::newRow("1e-12: rounding") << 1e-12 << 0.0;
        QTest::newRow("1e-10: rounding") << 1e-10 << 0.0;
        QTest::newRow("1e-8: dropped") << 1e-8 << 1e-8 / 4;
        QTest::newRow("1e-2: dropped") << 1e-2 << 1e-2 / 4;
    }
    void excessBeyondTolerance_dropped()
    {
        QFETCH(double, excess);
        QFETCH(double, dropped);
        const Profile p = withMeasuredRow({1 + excess, 1, 1, 1 - excess});
        const ExpertRow row(&p.workload.routing.loads.front(), p.model, p.strategy, 1.0, 100);
        if (dropped == 0) {
            QVERIFY2(row.droppedShare() == 0.0, qPrintable(QString::number(row.droppedShare())));
        } else {
            QVERIFY2(std::abs(row.droppedShare() - dropped) <= 1e-6 * dropped, qPrintable(QString::number(row.droppedShare())));
        }
    }

    // The search over the reported row finds exactly what it finds over the same row
    // written as 64 x 1: the two rows are the same routing.
    void searchOverScaledRow_sameAsIntegerRow()
    {
        const SearchResult tenths = search(withMeasuredRow(std::vector<double>(64, 0.1)), Objective::Throughput);
        const SearchResult ones = search(withMeasuredRow(std::vector<double>(64, 1.0)), Objective::Throughput);
        QVERIFY(!ones.ranked.empty());
        QCOMPARE(tenths.ranked.size(), ones.ranked.size());
        QCOMPARE(tenths.evaluated, ones.evaluated);
        QCOMPARE(tenths.rejected.byCheck[static_cast<std::size_t>(CheckKind::DroppedTokens)], 0);
    }
};

QTEST_APPLESS_MAIN(TestRoutingBalance)
#include "tst_routingbalance.moc"
