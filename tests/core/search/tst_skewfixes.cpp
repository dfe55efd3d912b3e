// Issue 15, point 7: with skewed routing the search also varies the placement, the
// redundant experts and the capacity factor (search/skewfixes.h), counts what each fix
// makes feasible, and names the cheapest when the profile's own settings make nothing
// feasible: in the search result, the CLI's table and JSON, and the report.

#include <QTest>

#include <QDir>
#include <QFile>

#include <algorithm>
#include <numeric>

#include "../../cli/clirun.h"
#include "profile/profileio.h"
#include "report/report.h"
#include "search/search.h"
#include "testprofiles.h"

using namespace moe;
using nlohmann::json;

namespace {

// A small MoE (8 GPUs, 16 experts before the change below) whose routing sends 5/8 of
// the assignments to expert 0 and 1/8 to each of experts 1, 2 and 3. With capacity
// factor 1 an expert keeps at most replicas/8 of them (docs/model.md section 4, rule 3),
// so expert 0 needs 5 replicas to drop nothing:
//   own settings (contiguous, no redundant experts): expert 0 keeps 1/8, half of all
//     assignments are dropped, nothing is feasible;
//   balanced or EPLB placement without redundant experts: still one replica each;
//   EPLB with 4 redundant experts: replicate_experts gives each extra slot to the expert
//     with the highest share per replica: expert 0 at 5/8, 5/16, 5/24, 5/32 stays above
//     1/8 each time, so all 4 go to it: 5 replicas, nothing dropped;
//   EPLB with 1 or 2 redundant experts (tried at EP 3, and at EP 2 and 5): 2 or 3
//     replicas, 5/8 > 3/8, still dropping; so 4 is the fewest that works.
json skewedJson()
{
    json j = test::smallMoeJson();
    j["model"]["experts"] = 8;
    j["model"]["top_k"] = 1;
    j["workload"]["routing"] = {{"kind", "measured"}, {"loads", {{5, 1, 1, 1, 0, 0, 0, 0}}}};
    j["strategy"] = {{"tp", 1}, {"pp", 1}, {"dp", 4}, {"ep", 4}};
    return j;
}

const SkewFixTally* tallyOf(const SearchResult& result, const SkewFix& fix)
{
    const auto it = std::find_if(result.skewFixes.begin(), result.skewFixes.end(),
                                 [&](const SkewFixTally& t) { return t.fix == fix; });
    return it == result.skewFixes.end() ? nullptr : &*it;
}

} // namespace

class TestSkewFixes : public QObject {
    Q_OBJECT

private slots:
    // The fixes tried at each EP, worked by hand for 16 experts, no redundant experts,
    // contiguous placement, capacity factor 1: EPLB needs 16 + R to be a multiple of EP.
    void fixes_legalForEachEp_data()
    {
        QTest::addColumn<int>("ep");
        QTest::addColumn<QString>("expected");
        // EP 8: EPLB accepts R = 0, so it is a placement fix; the next count is 8.
        QTest::newRow("ep8") << 8 << "own placement:balanced placement:eplb R8 dropless";
        // EP 3: 16 % 3 = 1, so EPLB needs R = 2 (18 slots); no EPLB without it.
        QTest::newRow("ep3") << 3 << "own placement:balanced R2 dropless";
        // EP 32: the next count is 16 (32 slots).
        QTest::newRow("ep32") << 32 << "own placement:balanced R16 dropless";
        // EP 1: one rank holds every slot; only dropless routing can change anything.
        QTest::newRow("ep1") << 1 << "own dropless";
    }
    void fixes_legalForEachEp()
    {
        QFETCH(int, ep);
        QFETCH(QString, expected);
        json j = test::smallMoeJson();
        j["workload"]["routing"] = {{"kind", "zipf"}, {"s", 1.0}};
        const Profile p = test::profileFrom(j);
        QString got;
        for (const SkewFix& fix : skewFixes(p, ep)) {
            got += got.isEmpty() ? QString() : QStringLiteral(" ");
            switch (fix.kind) {
            case SkewFixKind::Own:
                got += QStringLiteral("own");
                break;
            case SkewFixKind::Placement:
                got += QStringLiteral("placement:") + QString::fromLatin1(toString(fix.placement));
                break;
            case SkewFixKind::RedundantExperts:
                QCOMPARE(fix.placement, PlacementPolicy::Eplb);
                got += QStringLiteral("R") + QString::number(fix.redundantExperts);
                break;
            case SkewFixKind::Dropless:
                QCOMPARE(fix.capacityFactor, 1000.0);
                got += QStringLiteral("dropless");
                break;
            }
        }
        QCOMPARE(got, expected);
    }

    // Uniform routing: nothing but the own settings, and no tallies (the search as before).
    void uniformRouting_triesNothingElse()
    {
        const Profile p = test::profileFrom(test::smallMoeJson());
        QCOMPARE(skewFixes(p, 8).size(), std::size_t{1});
        const SearchResult result = search(p, Objective::Throughput);
        QVERIFY(result.skewFixes.empty());
        QVERIFY(cheapestFix(result) == nullptr);
    }

    void skewedSearch_namesTheCheapestFix()
    {
        const Profile p = test::profileFrom(skewedJson());
        const SearchResult result = search(p, Objective::Throughput);
        // The count before the search includes every fix tried.
        QCOMPARE(estimateSearch(p).configurations, result.evaluated);
        QVERIFY(!result.skewFixes.empty());
        const SkewFixTally& own = result.skewFixes.front();
        QCOMPARE(own.fix.kind, SkewFixKind::Own);
        QCOMPARE(own.feasible, 0);  // half the assignments dropped everywhere
        QVERIFY(own.evaluated > 0);
        for (const PlacementPolicy placement : {PlacementPolicy::Balanced, PlacementPolicy::Eplb}) {
            const SkewFixTally* t = tallyOf(result, {SkewFixKind::Placement, placement, 0, 1.0});
            QVERIFY(t);
            QCOMPARE(t->feasible, 0);  // one replica each: still dropping
        }
        const SkewFixTally* two = tallyOf(result, {SkewFixKind::RedundantExperts, PlacementPolicy::Eplb, 2, 1.0});
        QVERIFY(two);  // tried at EP 2 and 5 (10 slots)
        QCOMPARE(two->feasible, 0);  // 3 replicas of expert 0
        const SkewFixTally* cheapest = cheapestFix(result);
        QVERIFY(cheapest);
        QCOMPARE(cheapest->fix, (SkewFix{SkewFixKind::RedundantExperts, PlacementPolicy::Eplb, 4, 1.0}));
        QVERIFY(cheapest->feasible > 0);
        const auto& best = cheapest->best[static_cast<std::size_t>(Objective::Throughput)];
        QVERIFY(best);
        QCOMPARE(best->strategy.redundantExperts, 4);
        QCOMPARE(best->strategy.placement, PlacementPolicy::Eplb);
        // Applied, the best configuration is feasible as the search said.
        const Evaluation ev = evaluate(applyCandidate(p, *best));
        QVERIFY(ev.valid && ev.ok);
        // Every feasible result carries a fix: none kept the own settings.
        QCOMPARE(result.feasible, std::accumulate(result.skewFixes.begin(), result.skewFixes.end(), std::int64_t{0},
                                                  [](std::int64_t n, const SkewFixTally& t) { return n + t.feasible; }));
        for (const Candidate& c : result.ranked) {
            QVERIFY(c.strategy.redundantExperts > 0 || c.capacityFactor > 1);
        }
        // Dropless routing comes last in cost order, though it makes everything feasible.
        QCOMPARE(result.skewFixes.back().fix.kind, SkewFixKind::Dropless);
        QVERIFY(result.skewFixes.back().feasible > 0);
    }

    // The CLI's JSON and table, and the report's next steps, name the same fix.
    void cliAndReport_nameTheCheapestFix()
    {
        const Profile p = test::profileFrom(skewedJson());
        const std::string path = QDir::temp().filePath(QStringLiteral("tst_skewfixes.moeprofile.json")).toStdString();
        QVERIFY(!saveProfileFile(path, p));
        const auto jsonRun = test::runCli({"search", path, "--format", "json", "--top", "3"});
        QCOMPARE(jsonRun.code, 0);
        const json out = json::parse(jsonRun.out);
        QVERIFY(out.contains("skew_fixes"));
        QCOMPARE(out["skew_fixes"]["own_settings"]["feasible"].get<int>(), 0);
        QCOMPARE(out["skew_fixes"]["cheapest"]["kind"].get<std::string>(), std::string("redundant_experts"));
        QCOMPARE(out["skew_fixes"]["cheapest"]["redundant_experts"].get<int>(), 4);
        QCOMPARE(out["skew_fixes"]["cheapest"]["best"]["placement"].get<std::string>(), std::string("eplb"));
        const auto table = test::runCli({"search", path});
        QCOMPARE(table.code, 0);
        QVERIFY2(test::contains(table.out, "the cheapest change: add 4 redundant experts (4 in all, placed with EPLB): "),
                 table.out.c_str());
        QVERIFY2(test::contains(table.out, " eplb R4"), table.out.c_str());  // the fix's tag on the results
        const Report report = buildReport(p);
        bool named = false;
        for (const auto& block : report.blocks) {
            if (const auto* list = std::get_if<ReportList>(&block)) {
                for (const auto& item : list->items) {
                    named = named || item.find("the cheapest change is to add 4 redundant experts") != std::string::npos;
                }
            }
        }
        QVERIFY(named);
        QFile::remove(QString::fromStdString(path));
    }
};

QTEST_GUILESS_MAIN(TestSkewFixes)
#include "tst_skewfixes.moc"
