// Each kind of measurement counts equally in the fit (issue 16; docs/calibration.md,
// "Weights"): the weights worked by hand, an nccl-tests log of ten fitted sizes added
// to Selene's five Table 4 layer times does not make the layer times worse, and
// `calibrate` shows the weights.

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <sstream>

#include <nlohmann/json.hpp>

#include "calibration/calibration.h"
#include "cli/cli.h"
#include "profile/systems.h"

using namespace moe;

namespace {

const std::string kValidation = MOE_VALIDATION_DIR;
const std::string kSamples = MOE_CALIBRATION_SAMPLES;

std::vector<Measurement> rowsOf(Quantity quantity, int count)
{
    std::vector<Measurement> rows(static_cast<std::size_t>(count));
    for (Measurement& m : rows) {
        m.quantity = quantity;
    }
    return rows;
}

std::vector<Measurement> load(const std::vector<std::string>& files)
{
    std::vector<Measurement> all;
    for (const std::string& file : files) {
        for (Measurement& m : loadMeasurementFile(file)) {
            all.push_back(std::move(m));
        }
    }
    return all;
}

// The mean |error| after the fit over the rows that are runs.
double runMeanErrorAfter(const CalibrationResult& result)
{
    double sum = 0;
    int runs = 0;
    for (const RowResult& row : result.rows) {
        if (kindOf(row.quantity) == MeasurementKind::Run) {
            sum += std::fabs(RowResult::error(row.after, row.measured));
            ++runs;
        }
    }
    return sum / runs;
}

} // namespace

class TestCalibrationWeights : public QObject {
    Q_OBJECT

private slots:
    // N rows in all, K kinds, n_k of a kind: each row weighs N / (K n_k).
    void weights_byHand()
    {
        // 5 runs and 10 collectives: N = 15, K = 2; runs 15 / 10 = 1.5, collectives
        // 15 / 20 = 0.75; each kind 7.5 in all, 15 together.
        std::vector<Measurement> rows = rowsOf(Quantity::ForwardBackward, 5);
        for (Measurement& m : rowsOf(Quantity::CollectiveTime, 10)) {
            rows.push_back(m);
        }
        auto w = kindWeights(rows);
        QCOMPARE(w.size(), std::size_t{2});
        QCOMPARE(w[0].kind, MeasurementKind::Run);
        QCOMPARE(w[0].rows, std::size_t{5});
        QCOMPARE(w[0].weight, 1.5);
        QCOMPARE(w[1].kind, MeasurementKind::Collective);
        QCOMPARE(w[1].weight, 0.75);
        // Add 6 GEMMs: N = 21, K = 3; runs 21 / 15 = 1.4, collectives 21 / 30 = 0.7,
        // GEMMs 21 / 18 = 1.1667.
        for (Measurement& m : rowsOf(Quantity::GemmTime, 6)) {
            rows.push_back(m);
        }
        w = kindWeights(rows);
        QCOMPARE(w.size(), std::size_t{3});
        QVERIFY(std::fabs(w[0].weight - 1.4) < 1e-12);
        QVERIFY(std::fabs(w[1].weight - 0.7) < 1e-12);
        QVERIFY(std::fabs(w[2].weight - 21.0 / 18.0) < 1e-12);
        // One kind: every weight 1, the unweighted fit. Step times, throughputs and
        // TTFTs are all runs.
        std::vector<Measurement> runs = rowsOf(Quantity::StepTime, 2);
        runs.push_back(rowsOf(Quantity::TokensPerSPerGpu, 1)[0]);
        runs.push_back(rowsOf(Quantity::Ttft, 1)[0]);
        w = kindWeights(runs);
        QCOMPARE(w.size(), std::size_t{1});
        QCOMPARE(w[0].rows, std::size_t{4});
        QCOMPARE(w[0].weight, 1.0);
    }

    // Adding Azure's A100 all-reduce log (ten fitted sizes) to Table 4's five layer
    // times must not make the layer times fit worse than Table 4 alone does. Measured
    // (docs/calibration.md, "Weights"): 0.404% alone; with the log, 0.373% with the
    // weights and 0.399% without them, so this held before the weights too. The 2.9% to
    // 3.3% rise the dialog shows for this pair is the mean over all fifteen rows before
    // and after the fit, set by the all-reduce rows the ring model misses at 32 to
    // 128 MiB, and the weights do not change it.
    void collectiveLog_doesNotWorsenRuns()
    {
        const SystemValues base = valuesOf(*findSystem("dgx-a100-80gb"));
        const CalibrationResult alone = calibrate(base, load({kValidation + "/selene-table4.csv"}));
        const CalibrationResult withLog =
            calibrate(base, load({kValidation + "/selene-table4.csv", kSamples + "/all_reduce_perf_1node.txt"}));
        QVERIFY(!alone.refused && !withLog.refused);
        QCOMPARE(alone.weights.size(), std::size_t{1});
        QCOMPARE(withLog.weights.size(), std::size_t{2});
        const double runsAlone = runMeanErrorAfter(alone);
        const double runsWithLog = runMeanErrorAfter(withLog);
        qInfo("layer times' mean |error| after the fit: %.3f%% alone, %.3f%% with the all-reduce log",
              runsAlone * 100, runsWithLog * 100);
        QVERIFY2(runsWithLog <= runsAlone, qPrintable(QStringLiteral("%1 > %2").arg(runsWithLog).arg(runsAlone)));
    }

    void cli_showsWeights()
    {
        std::ostringstream out;
        std::ostringstream err;
        QTemporaryDir data;  // XDG_DATA_HOME: the system written never touches the real home
        QVERIFY(data.isValid());
        qputenv("XDG_DATA_HOME", data.path().toUtf8());
        const int code = cli::run({"calibrate", kValidation + "/selene-table4.csv", kSamples + "/all_reduce_perf_1node.txt",
                                   "--system", "dgx-a100-80gb", "--out", "weights-test", "--format", "json"},
                                  out, err);
        QVERIFY2(code == 0, err.str().c_str());
        const auto json = nlohmann::json::parse(out.str());
        QCOMPARE(json["weights"].size(), std::size_t{2});
        QCOMPARE(json["weights"][0]["kind"].get<std::string>(), std::string("runs"));
        QCOMPARE(json["weights"][0]["rows"].get<int>(), 5);
        QCOMPARE(json["weights"][1]["kind"].get<std::string>(), std::string("collectives"));
        const int collectives = json["weights"][1]["rows"].get<int>();
        // N / (K n_k), with N = 5 + collectives and K = 2.
        QCOMPARE(json["weights"][0]["weight"].get<double>(), (5.0 + collectives) / (2 * 5));
        QCOMPARE(json["weights"][1]["weight"].get<double>(), (5.0 + collectives) / (2.0 * collectives));
        std::ostringstream table;
        QCOMPARE(cli::run({"calibrate", kValidation + "/selene-table4.csv", kSamples + "/all_reduce_perf_1node.txt",
                           "--system", "dgx-a100-80gb", "--out", "weights-test"},
                          table, err),
                 0);
        QVERIFY2(table.str().find("weights per row: runs 5 x 1.50, collectives 10 x 0.75") != std::string::npos,
                 table.str().c_str());
    }
};

QTEST_GUILESS_MAIN(TestCalibrationWeights)
#include "tst_calibrationweights.moc"
