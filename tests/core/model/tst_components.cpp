// Issue 9: every component of the table (core/model/components.h) shows up in every
// core view with the value the evaluation holds: the JSON, the CLI table, the report's
// latency, memory and baseline tables and the explanation. A view that lists components by
// hand instead of iterating the table misses a new one, and this test fails.
// (tests/ui/charts/tst_componentviews.cpp does the same for the charts.)

#include <QTest>

#include <algorithm>
#include <cmath>
#include <set>
#include <sstream>

#include "base/units.h"
#include "cli/tablereport.h"
#include "model/evaluationjson.h"
#include "model/explanation.h"
#include "profile/builtins.h"
#include "report/report.h"

using namespace moe;

namespace {

// The first line of `text` that starts with `prefix`, or empty.
std::string lineWith(const std::string& text, const std::string& prefix)
{
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind(prefix, 0) == 0) {
            return line;
        }
    }
    return {};
}

std::string reportMarkdown(const Profile& profile)
{
    ReportInputs inputs;
    inputs.scalingStudy = false;
    inputs.search = [](const Profile&, Objective, const SearchBounds&) { return SearchResult{}; };
    return reportToMarkdown(buildReport(profile, inputs), [](const std::string& chart) { return chart + ".png"; });
}

} // namespace

class TestComponents : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // The table itself: keys unique, labels unique, the credit last and alone.
    void tableIsConsistent()
    {
        std::set<std::string> keys;
        std::set<std::string> labels;
        int credits = 0;
        for (const TimeComponent& c : kTimeComponents) {
            QVERIFY2(keys.insert(std::string("t.") + c.key).second, c.key);
            QVERIFY2(labels.insert(c.label).second, c.label);
            credits += c.kind == TimeKind::OverlapCredit;
        }
        QCOMPARE(credits, 1);
        for (const MemoryComponent& c : kMemoryComponents) {
            QVERIFY2(keys.insert(std::string("m.") + c.key).second, c.key);
        }
        // The keys of cli.md version 1 keep their names (../shared/spec/cli.md).
        for (const char* key : {"attention_compute", "expert_compute", "dense_compute", "a2a_dispatch", "a2a_combine", "tp_comm",
                                "pp_comm", "pp_bubble", "dp_comm", "overlapped"}) {
            QVERIFY2(keys.count(std::string("t.") + key), key);
        }
        for (const char* key : {"attention_weights", "expert_weights", "dense_weights", "embedding", "gradients", "optimizer",
                                "activations", "kv_cache", "comm_buffers", "reserve"}) {
            QVERIFY2(keys.count(std::string("m.") + key), key);
        }
    }

    void everyComponentInEveryView_data()
    {
        QTest::addColumn<QString>("id");
        // Training with overlap (a credit), prefill, decode, and the source scenario.
        for (const char* id : {"deepseek-v3-training-h800", "seed", "deepseek-v3-day6-prefill-h800", "deepseek-v3-day6-decode-h800"}) {
            QTest::newRow(id) << QString::fromLatin1(id);
        }
    }

    void everyComponentInEveryView()
    {
        QFETCH(QString, id);
        const LoadResult loaded = loadProfileArgument("builtin:" + id.toStdString());
        QVERIFY(loaded.ok());
        const Profile& profile = *loaded.profile;
        const Evaluation ev = evaluate(profile);
        QVERIFY(ev.valid);

        const nlohmann::json json = evaluationToJson(ev, false);
        std::ostringstream table;
        cli::printEvaluationTable(table, profile, ev);
        const std::string report = reportMarkdown(profile);
        // Each table in its section: the assumptions table also names some inputs
        // ("runtime reserve") that share a label.
        const std::string latencyMd = report.substr(report.find("## Latency breakdown"));
        const std::string memoryMd = report.substr(report.find("## Memory per GPU"));
        const std::vector<Explanation> explanations = explain(profile, profile.strategy);
        const auto explained = [&](const std::string& key) {
            return std::any_of(explanations.begin(), explanations.end(), [&](const Explanation& e) { return e.key == key; });
        };

        for (const TimeComponent& c : kTimeComponents) {
            const double seconds = ev.time.*c.field;
            QCOMPARE(json.at("time_s").at(c.key).get<double>(), seconds);
            QVERIFY2(explained(explanationKey(c)), c.key);
            if (c.kind == TimeKind::OverlapCredit && seconds == 0) {
                continue;  // the table and report print the credit only when there is one
            }
            // The CLI row: the label, then the signed time as formatSeconds writes it.
            const std::string cliRow = lineWith(table.str(), std::string("  ") + c.label + " ");
            QVERIFY2(!cliRow.empty(), c.label);
            QVERIFY2(cliRow.find(" " + formatSeconds(signedSeconds(ev.time, c)) + " ") != std::string::npos, cliRow.c_str());
            const std::string mdRow = lineWith(latencyMd, std::string("| ") + c.label + (c.kind == TimeKind::OverlapCredit ? " (credit)" : "") + " |");
            QVERIFY2(!mdRow.empty(), c.label);
            QVERIFY2(mdRow.find("| " + formatSeconds(signedSeconds(ev.time, c)) + " |") != std::string::npos, mdRow.c_str());
        }
        // The baseline comparison, component by component, where the profile has one.
        if (profile.baseline) {
            const Evaluation base = evaluate(profile, *profile.baseline);
            QVERIFY(base.valid);
            const std::string baselineMd = report.substr(report.find("## Comparison with the baseline"));
            for (const TimeComponent& c : kTimeComponents) {
                if (ev.time.*c.field == 0 && base.time.*c.field == 0) {
                    continue;
                }
                const std::string label = std::string(c.label) + (c.kind == TimeKind::OverlapCredit ? " (credit)" : "");
                const std::string mdRow = lineWith(baselineMd, "| " + label + " |");
                QVERIFY2(mdRow.find("| " + formatSeconds(signedSeconds(ev.time, c)) + " | "
                                    + formatSeconds(signedSeconds(base.time, c)) + " |")
                             != std::string::npos,
                         label.c_str());
            }
        }
        for (const MemoryComponent& c : kMemoryComponents) {
            const double bytes = ev.memory.*c.field;
            QCOMPARE(json.at("memory_bytes").at(c.key).get<double>(), bytes);
            QVERIFY2(explained(explanationKey(c)), c.key);
            const std::string cliRow = lineWith(table.str(), std::string("  ") + c.label + " ");
            QVERIFY2(cliRow.find(" " + formatBytes(bytes) + " ") != std::string::npos, c.label);
            const std::string mdRow = lineWith(memoryMd, std::string("| ") + c.label + " |");
            QVERIFY2(mdRow.find("| " + formatBytes(bytes) + " |") != std::string::npos, c.label);
        }
    }

    // The kinds the table gives sum to what the model's own totals say: compute and
    // communication as the evaluator adds them, and the step as every signed part.
    void kindsAndSignedPartsAddUp()
    {
        const LoadResult loaded = loadProfileArgument("builtin:deepseek-v3-training-h800");
        QVERIFY(loaded.ok());
        const Evaluation ev = evaluate(*loaded.profile);
        const TimeBreakdown& t = ev.time;
        QVERIFY(t.overlapped > 0);
        QCOMPARE(t.compute(), t.attentionCompute + t.expertCompute + t.denseCompute);
        QCOMPARE(t.communication(), t.a2aDispatch + t.a2aCombine + t.tpComm + t.ppComm + t.dpComm);
        double sum = 0;
        for (const TimeComponent& c : kTimeComponents) {
            sum += signedSeconds(t, c);
        }
        QVERIFY2(std::abs(sum - t.total) <= 1e-9 * t.total, qPrintable(QString::number(sum - t.total)));
    }
};

QTEST_APPLESS_MAIN(TestComponents)
#include "tst_components.moc"
