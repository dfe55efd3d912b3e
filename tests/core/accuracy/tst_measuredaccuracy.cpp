// How close the model came on measured runs like a profile's (accuracy/measuredaccuracy.h):
// the kind of work a profile describes, the errors as throughputs whatever the metric,
// the runs on the profile's own system first, and the counts of each kind, which come
// from bench/validation/runs.json's sections (A 8 dense steps and A4 5 dense layers; B 5
// and X 9 MoE training runs; C 1 prefill and 1 decode; CX 2 prefills and 2 decodes).

#include <QTest>

#include <algorithm>
#include <cmath>
#include <sstream>

#include "accuracy/measuredaccuracy.h"
#include "accuracy/validationruns.h"
#include "cli/accuracyoutput.h"
#include "report/report.h"
#include "testprofiles.h"

using namespace moe;

namespace {

Profile shipped(const std::string& id)
{
    for (const validation::Run& run : validation::shippedRuns()) {
        if (run.id == id) {
            LoadResult loaded = validation::loadShippedProfile(run);
            if (loaded.ok()) {
                return std::move(*loaded.profile);
            }
        }
    }
    qFatal("no shipped run %s", id.c_str());
    return {};
}

} // namespace

class TestMeasuredAccuracy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // A time's rate is its inverse: measured 2.0 s against predicted 1.6 s is a
    // throughput 2.0 / 1.6 = 1.25 times the run's, +25%; 150 tokens/s predicted
    // against 100 measured, +50%.
    void errorsAreThroughputs()
    {
        validation::Result step{{}, 1.6, {}};
        step.run.metric = "step_s";
        step.run.measured = 2.0;
        QCOMPARE(step.throughputError(), 0.25);
        step.run.metric = "layer_ms";
        QCOMPARE(step.throughputError(), 0.25);
        validation::Result rate{{}, 150, {}};
        rate.run.metric = "tokens_per_s_per_gpu";
        rate.run.measured = 100;
        QCOMPARE(rate.throughputError(), 0.5);
    }

    void kindOfWork()
    {
        Profile p = test::builtin("deepseek-v3-training-h800");
        QVERIFY(runKind(p) == RunKind::MoeTraining);
        p.workload.mode = Mode::Prefill;
        QVERIFY(runKind(p) == RunKind::Prefill);
        p.workload.mode = Mode::Decode;
        QVERIFY(runKind(p) == RunKind::Decode);
        QVERIFY(runKind(shipped("gpt-175b-full")) == RunKind::DenseTraining);
    }

    // Every shipped run names a system; version 1's flat efficiencies are checked by none.
    void withoutSystemNothingIsChecked()
    {
        const MeasuredAccuracy a = measuredAccuracy(test::builtin("seed"));
        QVERIFY(!a.checked);
        QVERIFY(a.runs.empty());
        std::ostringstream out;
        cli::printAccuracy(out, a, "");
        QVERIFY2(out.str().find("not checked") != std::string::npos, out.str().c_str());
        // evaluate's JSON holds no null (one there is a NaN): what does not apply is absent.
        const nlohmann::json j = cli::accuracyToJson(a, "");
        QVERIFY2(!j.contains("system") && !j.contains("lowest") && !j.contains("highest") && !j.contains("mean_absolute"),
                 j.dump().c_str());
        QCOMPARE(j["checked"].get<bool>(), false);
        QVERIFY(j["runs"].empty());
    }

    void countsOfEachKind_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("runs");
        QTest::addColumn<int>("onSameSystem");
        QTest::newRow("dense training, Selene") << "gpt-175b-full" << 13 << 13;
        // dgx-h100: the 25.09 DeepSeek-V3 row, the 25.11 Qwen3 row and three Qwen3
        // cross-checks.
        QTest::newRow("MoE training, H100") << "deepseek-v3-h100-fp8" << 14 << 5;
        // hgx-h800: Day 6 and DeepSeek's traces; SGLang's runs are on dgx-h100.
        QTest::newRow("prefill, H800") << "deepseek-v3-prefill-day6" << 3 << 2;
        QTest::newRow("decode, H800") << "deepseek-v3-decode-day6" << 3 << 2;
    }
    void countsOfEachKind()
    {
        QFETCH(QString, id);
        QFETCH(int, runs);
        QFETCH(int, onSameSystem);
        const Profile profile = shipped(id.toStdString());
        const MeasuredAccuracy a = measuredAccuracy(profile);
        QVERIFY(a.checked);
        QCOMPARE(static_cast<int>(a.runs.size()), runs);
        QCOMPARE(static_cast<int>(a.onSameSystem), onSameSystem);
        // The profile's own system first, then the others.
        for (std::size_t i = 0; i < a.runs.size(); ++i) {
            QCOMPARE(a.runs[i].system == profile.cluster.system, i < a.onSameSystem);
        }
        // The summary is of the listed errors, each the run's own prediction.
        double low = 1e9, high = -1e9, sum = 0;
        for (const RunAccuracy& r : a.runs) {
            for (const validation::Run& run : validation::shippedRuns()) {
                if (run.id == r.id) {
                    QCOMPARE(r.error, validation::predict(run).throughputError());
                }
            }
            low = std::min(low, r.error);
            high = std::max(high, r.error);
            sum += std::fabs(r.error);
        }
        QCOMPARE(a.lowest, low);
        QCOMPARE(a.highest, high);
        QVERIFY(std::fabs(a.meanAbsolute - sum / static_cast<double>(a.runs.size())) < 1e-12);
    }

    // A kind with no run on the profile's system lists none one by one and says so
    // (dense training on dgx-h100: every dense run is Selene's); its risk is judged on
    // the kind's runs on every system, which are within 15%.
    void noRunOnTheSystem()
    {
        Profile dense = shipped("gpt-175b-full");
        dense.cluster.system = "dgx-h100";
        const MeasuredAccuracy a = measuredAccuracy(dense);
        QVERIFY(a.checked);
        QCOMPARE(a.runs.size(), std::size_t{13});
        QCOMPARE(a.onSameSystem, std::size_t{0});
        std::ostringstream out;
        cli::printAccuracy(out, a, dense.cluster.system);
        QVERIFY2(out.str().find("none on dgx-h100") != std::string::npos, out.str().c_str());
    }

    // The report's section lists the runs on the profile's system; a kind whose runs
    // miss the 15% is named among the risks.
    void reportSection()
    {
        // Not searched: the section needs none, and a 1,024-GPU search is slow under ASan.
        ReportInputs inputs;
        inputs.scalingStudy = false;
        inputs.search = [](const Profile&, Objective, const SearchBounds&) { return SearchResult{}; };
        const auto markdownOf = [](const Report& r) {
            return reportToMarkdown(r, [](const std::string& chart) { return chart + ".svg"; });
        };
        const std::string markdown = markdownOf(buildReport(shipped("deepseek-v3-h100-fp8"), inputs));
        QVERIFY(markdown.find("## Accuracy on measured runs") != std::string::npos);
        QVERIFY(markdown.find("| measured run on dgx-h100 | throughput error |") != std::string::npos);
        QVERIFY(markdown.find("| DeepSeek-V3, 1024 DGX H100, FP8 (release 25.09) |") != std::string::npos);
        QVERIFY(markdown.find("Model accuracy: on measured runs of this kind") != std::string::npos);
        // Selene's dense rows are all within 6% (tst_validation): no such risk.
        const std::string dense = markdownOf(buildReport(shipped("gpt-175b-full"), inputs));
        QVERIFY(dense.find("## Accuracy on measured runs") != std::string::npos);
        QVERIFY(dense.find("Model accuracy:") == std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestMeasuredAccuracy)
#include "tst_measuredaccuracy.moc"
