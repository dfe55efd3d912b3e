// The busiest bin under random routing (core/model/maxload.h): the Poisson approximation
// of the expected maximum matches a Monte Carlo estimate, and the evaluation applies it.

#include <QTest>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

#include "model/evaluation.h"
#include "model/expertloads.h"
#include "model/maxload.h"
#include "testprofiles.h"

using namespace moe;
using nlohmann::json;

namespace {

// E[max count] of `balls` thrown uniformly into `bins` (a multinomial), by simulation
// with a fixed seed: the reference the approximation must meet.
double monteCarloMax(int balls, int bins, int trials)
{
    std::mt19937_64 rng(20261129);
    std::uniform_int_distribution<int> pick(0, bins - 1);
    std::vector<int> counts(static_cast<std::size_t>(bins));
    double total = 0;
    for (int t = 0; t < trials; ++t) {
        std::fill(counts.begin(), counts.end(), 0);
        for (int b = 0; b < balls; ++b) {
            ++counts[static_cast<std::size_t>(pick(rng))];
        }
        total += *std::max_element(counts.begin(), counts.end());
    }
    return total / trials;
}

} // namespace

class TestMaxLoad : public QObject {
    Q_OBJECT

private slots:
    // T token-expert assignments routed uniformly over E experts: the expected busiest
    // expert within 2% of 20,000 simulated steps (their own standard error is well
    // under 0.5% for these sizes), from one assignment per expert to 64.
    void uniformRouting_matchesMonteCarlo_data()
    {
        QTest::addColumn<int>("assignments");
        QTest::addColumn<int>("experts");
        QTest::newRow("T 8, E 8") << 8 << 8;
        QTest::newRow("T 16, E 8") << 16 << 8;
        QTest::newRow("T 8, E 64") << 8 << 64;
        QTest::newRow("T 32, E 64") << 32 << 64;
        QTest::newRow("T 64, E 256") << 64 << 256;
        QTest::newRow("T 256, E 64") << 256 << 64;
        QTest::newRow("T 1024, E 32") << 1024 << 32;
        QTest::newRow("T 16384, E 256 (normal integral)") << 16384 << 256;
    }
    void uniformRouting_matchesMonteCarlo()
    {
        QFETCH(int, assignments);
        QFETCH(int, experts);
        const std::vector<PoissonBins> bins{{static_cast<double>(assignments) / experts, experts}};
        const double model = expectedMaxPoisson(bins);
        const double simulated = monteCarloMax(assignments, experts, assignments > 4096 ? 2000 : 20000);
        qInfo("T %d, E %d: model %.4f, Monte Carlo %.4f", assignments, experts, model, simulated);
        QVERIFY2(std::abs(model / simulated - 1) < 0.02,
                 qPrintable(QStringLiteral("model %1, Monte Carlo %2").arg(model).arg(simulated)));
    }

    // Bins of different means (a skewed row): the exact sum and the Monte Carlo agree
    // too. Two bins of mean 6 and 2 (T = 8 balls, probabilities 3/4 and 1/4).
    void unequalBins_matchMonteCarlo()
    {
        std::mt19937_64 rng(7);
        std::bernoulli_distribution first(0.75);
        double total = 0;
        const int trials = 200000;
        for (int t = 0; t < trials; ++t) {
            int a = 0;
            for (int b = 0; b < 8; ++b) {
                a += first(rng) ? 1 : 0;
            }
            total += std::max(a, 8 - a);
        }
        const double model = expectedMaxPoisson(std::vector<PoissonBins>{{6.0, 1}, {2.0, 1}});
        QVERIFY2(std::abs(model / (total / trials) - 1) < 0.02,
                 qPrintable(QStringLiteral("model %1, Monte Carlo %2").arg(model).arg(total / trials)));
    }

    // Large means: the busiest bin tends to its expected share (the law of large
    // numbers), and no bins give 0.
    void limits()
    {
        const double mean = 1e8;
        const double max = expectedMaxPoisson(std::vector<PoissonBins>{{mean, 8}});
        QVERIFY(max > mean && max < mean * 1.001);
        QCOMPARE(expectedMaxPoisson(std::vector<PoissonBins>{}), 0.0);
        QCOMPARE(expectedMaxPoisson(std::vector<PoissonBins>{{0.0, 3}}), 0.0);
    }

    // A decode step with few tokens: the busiest EP rank's step share is above its
    // expected share, step_imbalance above imbalance, and the step slower than the
    // same profile's expected shares alone would make it. The small MoE (16 experts,
    // top-2, EP 8) decoding 8 sequences: 16 assignments, 2 expected per rank.
    void decodeStep_showsRandomImbalance()
    {
        json j = test::smallMoeJson();
        j["workload"] = {{"mode", "decode"}, {"batch", 8}, {"seq_len", 512}};
        const Profile p = test::profileFrom(j);
        const ExpertLoads loads(p, p.strategy, 8);
        const ExpertRow& row = loads.row(0);
        QCOMPARE(row.maxShare(), 1.0 / 8);
        // The model itself: 8 ranks of Poisson(2).
        const double expected = expectedMaxPoisson(std::vector<PoissonBins>{{2.0, 8}}) / 16;
        QCOMPARE(row.stepMaxShare(), expected);
        QVERIFY(row.stepMaxShare() > 1.5 / 8);  // the max of 8 Poisson(2) is near 4
        const Evaluation ev = evaluate(p);
        QVERIFY(ev.valid);
        QCOMPARE(ev.load.imbalance, 1.0);
        QVERIFY(ev.load.stepImbalance > 1.5);
        // Prefill (16 sequences of 512 tokens: 2,048 assignments per rank) keeps the
        // expected shares: the random excess is applied to decode steps only.
        const Evaluation prefill = evaluate(test::profileFrom(test::smallMoeJson()));
        QCOMPARE(prefill.load.stepImbalance, 1.0);
    }
};

QTEST_APPLESS_MAIN(TestMaxLoad)
#include "tst_maxload.moc"
