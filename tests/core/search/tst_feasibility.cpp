// The feasibility map over two chosen dimensions: each green cell is the best feasible
// configuration with those two values, found here by scanning the search's results;
// each red cell names what binds, checked against cells worked out by hand for the
// seed (128 GPUs, 32 heads, 64 experts, batch 128, own strategy TP1 PP1 DP32 EP32).

#include <QTest>

#include <map>
#include <numeric>

#include "profile/builtins.h"
#include "search/feasibility.h"
#include "search/search.h"
#include "base/units.h"

using namespace moe;

namespace {

// Independent of the map's own accessor: the candidate applied to the profile, read
// back through the sliders' accessor.
std::int64_t valueOf(const Profile& profile, const Candidate& c, MapDimension d)
{
    Profile applied = applyCandidate(profile, c);
    return dimensionValue(applied, d);
}

const FeasibilityCell& cellAt(const FeasibilityMap& map, std::int64_t row, std::int64_t column)
{
    const auto r = std::find(map.rowValues.begin(), map.rowValues.end(), row) - map.rowValues.begin();
    const auto c = std::find(map.columnValues.begin(), map.columnValues.end(), column) - map.columnValues.begin();
    return map.cells.at(static_cast<std::size_t>(r) * map.columnValues.size() + static_cast<std::size_t>(c));
}

} // namespace

class TestFeasibility : public QObject {
    Q_OBJECT

    Profile m_seed;
    SearchResult m_result;

private Q_SLOTS:
    void initTestCase()
    {
        m_seed = *loadProfileArgument("builtin:seed").profile;
        m_result = search(m_seed, Objective::Throughput);
        QVERIFY(!m_result.ranked.empty());
    }

    // TP takes the divisors of the 32 heads. EP need not divide the 64 experts (uneven
    // placement is legal): every EP from 1 to 64 divides TP x DP with DP = EP, which
    // fits in the 128 GPUs, so all 64 values have feasible configurations.
    void defaultAxesAreTpByEp()
    {
        const FeasibilityMap map = feasibilityMap(m_seed, m_result);
        QCOMPARE(map.rowValues, (std::vector<std::int64_t>{1, 2, 4, 8, 16, 32}));
        std::vector<std::int64_t> everyEp(64);
        std::iota(everyEp.begin(), everyEp.end(), 1);
        QCOMPARE(map.columnValues, everyEp);
        QCOMPARE(map.cells.size(), std::size_t{6 * 64});
    }

    // Every green cell holds the highest throughput among the results with its two
    // values; every red cell has no result with them.
    void cellsAgreeWithTheResults_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("columns");
        QTest::newRow("TP x EP") << static_cast<int>(MapDimension::Tp) << static_cast<int>(MapDimension::Ep);
        QTest::newRow("PP x DP") << static_cast<int>(MapDimension::Pp) << static_cast<int>(MapDimension::Dp);
        QTest::newRow("EP x micro-batches") << static_cast<int>(MapDimension::Ep) << static_cast<int>(MapDimension::MicroBatches);
        QTest::newRow("ETP x TP") << static_cast<int>(MapDimension::Etp) << static_cast<int>(MapDimension::Tp);
    }
    void cellsAgreeWithTheResults()
    {
        QFETCH(int, rows);
        QFETCH(int, columns);
        const auto r = static_cast<MapDimension>(rows);
        const auto c = static_cast<MapDimension>(columns);
        const FeasibilityMap map = feasibilityMap(m_seed, m_result, r, c);
        std::map<std::pair<std::int64_t, std::int64_t>, double> best;
        for (const Candidate& candidate : m_result.ranked) {
            double& b = best[{valueOf(m_seed, candidate, r), valueOf(m_seed, candidate, c)}];
            b = std::max(b, candidate.tokensPerS);
        }
        std::size_t green = 0;
        for (const FeasibilityCell& cell : map.cells) {
            const std::pair key{map.rowValues[static_cast<std::size_t>(cell.row)], map.columnValues[static_cast<std::size_t>(cell.column)]};
            const auto it = best.find(key);
            QCOMPARE(cell.feasible, it != best.end());
            if (cell.feasible) {
                ++green;
                QCOMPARE(cell.text, formatRate(it->second));
                const Candidate& picked = m_result.ranked.at(static_cast<std::size_t>(cell.best));
                QCOMPARE(valueOf(m_seed, picked, r), key.first);
                QCOMPARE(valueOf(m_seed, picked, c), key.second);
            } else {
                QCOMPARE(cell.best, std::int64_t{-1});
                QVERIFY(!cell.text.empty());
            }
        }
        QCOMPARE(green, best.size());  // every pair the results use has its cell
    }

    // EP 64 with DP 1: TP x DP is at most 32 (TP divides 32 heads), so EP x ETP = 64
    // can never divide it; the profile's own strategy with them breaks the EP rule.
    void illegalCellNamesTheRule()
    {
        const FeasibilityMap map = feasibilityMap(m_seed, m_result, MapDimension::Ep, MapDimension::Dp);
        const FeasibilityCell& cell = cellAt(map, 64, 1);
        QVERIFY(!cell.feasible);
        QCOMPARE(cell.text, std::string("illegal: ep"));
        QVERIFY2(cell.detail.find("must divide") != std::string::npos, cell.detail.c_str());
    }

    // PP 16 with DP 128 at the own TP 1 needs 16 x 128 = 2,048 GPUs of the 128.
    void oversizedCellSaysHowManyGpus()
    {
        const FeasibilityMap map = feasibilityMap(m_seed, m_result, MapDimension::Pp, MapDimension::Dp);
        const FeasibilityCell& cell = cellAt(map, 16, 128);
        QVERIFY(!cell.feasible);
        QCOMPARE(cell.text, std::string("needs 2048 GPUs"));
    }

    // TP 32 x EP 5: EP x ETP = 5 must divide TP x DP = 32 x DP, so DP is a multiple
    // of 5; the fewest GPUs are 32 x 5 = 160, more than the 128 (the own DP 32 would
    // say 1,024).
    void impossibleCellSaysTheFewestGpus()
    {
        const FeasibilityMap map = feasibilityMap(m_seed, m_result);
        const FeasibilityCell& cell = cellAt(map, 32, 5);
        QVERIFY(!cell.feasible);
        QCOMPARE(cell.text, std::string("needs 160 GPUs"));
    }

    // TP 8 x EP 1 with the own DP 32 would need 256 GPUs; the largest DP that fits the
    // 128 with EP x ETP = 1 dividing TP x DP is 16. With EP 1 and ETP 1 every GPU then
    // holds all 64 experts of the 16 layers (275 GB of BF16 weights, over 64 GiB). A
    // latency limit no configuration meets keeps every cell red.
    void oversizedCellIsFittedBeforeItIsExplained()
    {
        Profile profile = m_seed;
        profile.constraints.maxLatencyMs = 0.001;
        const SearchResult result = search(profile, Objective::Throughput);
        QVERIFY(result.ranked.empty());
        const FeasibilityMap map = feasibilityMap(profile, result);
        const FeasibilityCell& cell = cellAt(map, 8, 1);
        QCOMPARE(cell.text, std::string("memory: expert weights"));
        QVERIFY2(cell.detail.find("DP lowered to 16 to fit the 128 GPUs") != std::string::npos, cell.detail.c_str());
    }

    // The source's 3-GPU deployment (TP1 PP1 DP3 EP3) with the cluster limited to 3
    // GPUs: 64 experts x 16 layers x 2 x 4096 x 16384 weights x 2 bytes = 275 GB of
    // expert weights over 3 GPUs is 91.6 GB each, over the 64 GiB; expert weights are
    // the largest term. Nothing with DP 3 and EP 3 fits, so the cell explains why.
    void memoryCellNamesTheLargestTerm()
    {
        Profile baseline = m_seed;
        baseline.strategy = *m_seed.baseline;
        baseline.constraints.maxGpus = 3;
        const SearchResult result = search(baseline, Objective::Throughput);
        const FeasibilityMap map = feasibilityMap(baseline, result, MapDimension::Dp, MapDimension::Ep);
        const FeasibilityCell& cell = cellAt(map, 3, 3);
        QVERIFY(!cell.feasible);
        QCOMPARE(cell.text, std::string("memory: expert weights"));
    }
};

QTEST_APPLESS_MAIN(TestFeasibility)
#include "tst_feasibility.moc"
