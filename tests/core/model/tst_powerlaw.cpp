// Power-law routing (core/model/powerlaw.h): aiconfigurator's bounded power law at fixed
// quantiles, its version 2 key, and the message for a bad alpha.

#include <QTest>

#include <cmath>
#include <numeric>
#include <vector>

#include "model/evaluation.h"
#include "model/powerlaw.h"
#include "profile/profileio.h"
#include "testprofiles.h"

using namespace moe;
using nlohmann::json;

namespace {

json powerLawJson(const json& alpha)
{
    json j = test::smallMoeJson();
    j["workload"]["routing"] = {{"kind", "power_law"}, {"alpha", alpha}};
    return j;
}

} // namespace

class TestPowerLaw : public QObject {
    Q_OBJECT

private slots:
    // Worked by hand from sample_power_law's inverse CDF
    // x(u) = ((xmax^(1-a) - xmin^(1-a)) u + xmin^(1-a))^(1/(1-a)). Four experts, top-1,
    // 12.5 tokens: tokens x k > experts, so xmin = 1 and xmax = 0.8 x 12.5 = 10. With
    // a = 2, x(u) = 1 / (1 - 0.9 u); the quantiles u = 7/8, 5/8, 3/8, 1/8 give
    // 1/0.2125, 1/0.4375, 1/0.6625, 1/0.8875 = 4.70588, 2.28571, 1.50943, 1.12676,
    // which sum to 9.62778: shares 0.48878, 0.23741, 0.15678, 0.11703.
    void quantiles_matchHandWorkedInverseCdf()
    {
        const std::vector<double> share = powerLawWeights(4, 2.0, 12.5, 1);
        const std::vector<double> x{1 / 0.2125, 1 / 0.4375, 1 / 0.6625, 1 / 0.8875};
        const double total = std::accumulate(x.begin(), x.end(), 0.0);
        QCOMPARE(share.size(), std::size_t{4});
        for (std::size_t i = 0; i < 4; ++i) {
            QVERIFY2(std::abs(share[i] - x[i] / total) < 1e-12, qPrintable(QString::number(share[i])));
        }
        QVERIFY(std::abs(share[0] - 0.48878) < 1e-5);
    }

    // alpha = 1, where the formula divides by zero: the log-uniform limit
    // x(u) = xmin (xmax / xmin)^u. Two experts, 12.5 tokens, top-1: x = 10^(3/4), 10^(1/4).
    void alphaOne_logUniform()
    {
        const std::vector<double> share = powerLawWeights(2, 1.0, 12.5, 1);
        const double hot = std::pow(10.0, 0.75);
        const double cold = std::pow(10.0, 0.25);
        QVERIFY(std::abs(share[0] - hot / (hot + cold)) < 1e-12);
    }

    // Few tokens (tokens x k at most the experts): the bounds are [0.01, 2]. And an
    // expert takes each token at most once: with top-4 of 4 experts every share is 1/4.
    void fewTokensAndCap()
    {
        // 1 token, top-1, 4 experts, a = 2: x(u) = 1 / (100 - 99.5 u).
        const std::vector<double> share = powerLawWeights(4, 2.0, 1.0, 1);
        std::vector<double> x;
        for (const double u : {0.875, 0.625, 0.375, 0.125}) {
            x.push_back(1 / (100 - 99.5 * u));
        }
        const double total = std::accumulate(x.begin(), x.end(), 0.0);
        QVERIFY(std::abs(share[0] - x[0] / total) < 1e-12);
        for (const double s : powerLawWeights(4, 3.0, 1000.0, 4)) {
            QVERIFY(std::abs(s - 0.25) < 1e-12);
        }
    }

    // The profile key: version 2 on a save, the same routing back, skew in the
    // evaluation, and bad alphas refused at their JSON pointer.
    void profileKey_roundTripAndErrors()
    {
        const Profile p = test::profileFrom(powerLawJson(1.2));
        QVERIFY(p.workload.routing.kind == RoutingKind::PowerLaw);
        const json saved = profileToJson(p);
        QCOMPARE(saved["version"].get<int>(), 2);
        QCOMPARE(saved["workload"]["routing"]["alpha"].get<double>(), 1.2);
        QCOMPARE(test::profileFrom(saved).workload.routing.powerLawAlpha, 1.2);
        const Evaluation ev = evaluate(p);
        QVERIFY(ev.valid);
        QVERIFY(ev.load.imbalance > 1.0);

        for (const json& bad : {json(0), json(-1), json(11), json("1.2")}) {
            const LoadResult result = parseProfile(powerLawJson(bad).dump(), "test");
            QVERIFY(!result.ok());
            QCOMPARE(result.error.path, std::string("/workload/routing/alpha"));
        }
        json missing = test::smallMoeJson();
        missing["workload"]["routing"] = {{"kind", "power_law"}};
        QCOMPARE(parseProfile(missing.dump(), "test").error.path, std::string("/workload/routing/alpha"));
        // Under another kind alpha is reported as unused and dropped on a save.
        json zipf = powerLawJson(1.2);
        zipf["workload"]["routing"]["kind"] = "zipf";
        const LoadResult other = parseProfile(zipf.dump(), "test");
        QVERIFY(other.ok());
        QVERIFY(!profileToJson(*other.profile)["workload"]["routing"].contains("alpha"));
    }
};

QTEST_APPLESS_MAIN(TestPowerLaw)
#include "tst_powerlaw.moc"
