// Issue 11, point 7: a search's results arrive in pieces while it runs. runSearch()
// hands the best candidates met so far to a preview callback before the end; the last
// preview is the search's own first results; cancelling from a preview stops the
// search with fewer configurations evaluated than the space holds.

#include <QTest>

#include <atomic>

#include "cli/searchrunner.h"
#include "search/search.h"
#include "testprofiles.h"

using namespace moe;

namespace {

bool sameConfiguration(const Candidate& a, const Candidate& b)
{
    return a.strategy == b.strategy && a.microBatches == b.microBatches && a.recompute == b.recompute
        && a.tokensPerS == b.tokensPerS && a.stepS == b.stepS;
}

} // namespace

class TestSearchPreview : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // The seed's search on two threads: every preview is ranked and holds at most the
    // asked number; the last equals the first results of the finished search.
    void lastPreview_isTheFinishedTop()
    {
        const Profile seed = test::builtin("seed");
        std::vector<std::vector<Candidate>> previews;
        std::vector<std::int64_t> counts;
        const SearchResult result = cli::runSearch(seed, Objective::Throughput, 2, nullptr, {}, {},
                                                   [&](std::vector<Candidate> best, std::int64_t feasible) {
                                                       previews.push_back(std::move(best));
                                                       counts.push_back(feasible);
                                                   },
                                                   50);
        QVERIFY(!previews.empty());
        for (const auto& preview : previews) {
            QVERIFY(preview.size() <= 50);
            for (std::size_t i = 1; i < preview.size(); ++i) {
                QVERIFY(ranksBefore(preview[i - 1], preview[i], Objective::Throughput));
            }
        }
        QCOMPARE(counts.back(), result.feasible);
        QCOMPARE(previews.back().size(), std::size_t(50));
        for (std::size_t i = 0; i < 50; ++i) {
            QVERIFY2(sameConfiguration(previews.back()[i], result.ranked[i]), qPrintable(QString::number(i)));
        }
    }

    // DeepSeek-V3-sized training (over three million configurations, seconds on one
    // thread): previews come while it runs, with fewer feasible than at the end, and
    // each preview's candidates are feasible configurations the search also ranks.
    // Cancelling from the second preview ends the search early.
    void previewsBeforeTheEnd_andCancel()
    {
        const Profile profile = test::profileFrom(test::deepSeekSizedTrainingJson());
        const SearchSize size = estimateSearch(profile);
        std::atomic<bool> cancel{false};
        std::vector<std::int64_t> counts;
        std::vector<Candidate> firstBest;
        const SearchResult result = cli::runSearch(profile, Objective::Throughput, 1, &cancel, {}, {},
                                                   [&](std::vector<Candidate> best, std::int64_t feasible) {
                                                       if (counts.empty()) {
                                                           firstBest = best;
                                                       }
                                                       counts.push_back(feasible);
                                                       if (counts.size() == 2) {
                                                           cancel = true;
                                                       }
                                                   });
        QVERIFY(result.cancelled);
        QVERIFY2(result.evaluated < size.configurations,
                 qPrintable(QStringLiteral("%1 of %2").arg(result.evaluated).arg(size.configurations)));
        QVERIFY(counts.size() >= 2);
        QVERIFY(counts.front() > 0);
        QVERIFY(!firstBest.empty());
        // A preview candidate evaluates as recorded: feasible, with its throughput.
        const Evaluation ev = evaluate(applyCandidate(profile, firstBest.front()));
        QVERIFY(ev.ok);
        QCOMPARE(ev.rates.tokensPerS, firstBest.front().tokensPerS);
    }
};

QTEST_MAIN(TestSearchPreview)
#include "tst_searchpreview.moc"
