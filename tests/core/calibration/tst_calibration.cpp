// Calibration (issue 16, docs/calibration.md): measurement files in, a bounded fit,
// a user system out. Expected figures come from the formats' sources (nccl-tests'
// bus bandwidth formula, worked by hand below), the published Selene measurements
// (bench/validation/runs.json), or known parameters the measurements were made from.

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include <nlohmann/json.hpp>

#include "calibration/calibration.h"
#include "cli/cli.h"
#include "profile/profileio.h"
#include "profile/systems.h"
#include "profile/usersystems.h"
#include "accuracy/validationruns.h"

using namespace moe;

namespace {

const std::string kSamples = MOE_CALIBRATION_SAMPLES;
const std::string kValidation = MOE_VALIDATION_DIR;

// A user system with the values of the built-in `base`, as calibrate would save it.
UserSystem userSystemFrom(const char* base, const char* id)
{
    UserSystem user;
    user.values = valuesOf(*findSystem(base));
    user.values.id = id;
    user.description = "test";
    user.calibration.date = "2026-11-29T00:00:00Z";
    user.calibration.basedOn = base;
    user.calibration.measurements = {"runs.csv"};
    return user;
}

std::string writeFile(const QTemporaryDir& dir, const std::string& name, const std::string& text)
{
    const std::string path = dir.path().toStdString() + "/" + name;
    std::ofstream(path) << text;
    return path;
}

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

// Standard normal draws from mt19937, whose output sequence the C++ standard fixes;
// Box-Muller, so the noise is the same with every standard library.
class Noise {
public:
    double next()
    {
        const double u1 = (static_cast<double>(m_engine()) + 0.5) / 4294967296.0;
        const double u2 = (static_cast<double>(m_engine()) + 0.5) / 4294967296.0;
        return std::sqrt(-2 * std::log(u1)) * std::cos(2 * M_PI * u2);
    }

private:
    std::mt19937 m_engine{20261129};
};

Measurement gemmRow(double m, double n, double k)
{
    Measurement row;
    row.quantity = Quantity::GemmTime;
    row.gemm = GemmSample{m, n, k, DataType::Bf16};
    row.label = "gemm";
    return row;
}

Measurement collectiveRow(CollectiveKind kind, std::int64_t ranks, bool across, double bytes)
{
    Measurement row;
    row.quantity = Quantity::CollectiveTime;
    row.collective.kind = kind;
    row.collective.ranks = ranks;
    row.collective.acrossNodes = across;
    row.collective.bytes = bytes;
    row.label = "collective";
    return row;
}

struct Outcome {
    int code = -1;
    std::string out;
    std::string err;
};

Outcome runCli(const std::vector<std::string>& args)
{
    std::ostringstream out;
    std::ostringstream err;
    Outcome o;
    o.code = cli::run(args, out, err);
    o.out = out.str();
    o.err = err.str();
    return o;
}

// Korthikanti et al.'s one GPT 22B layer, TP8, forward and backward: 19.6 ms (Table 4).
// Its step depends on gemm, memory and intra_node_link (the TP8 all-reduces).
Measurement layerRun()
{
    const LoadResult layer = loadProfileFile(kValidation + "/gpt-22b-layer-no-recompute.moeprofile.json");
    if (!layer.ok()) {
        QTest::qFail("the 22B layer's profile does not load", __FILE__, __LINE__);
        return {};
    }
    Measurement run;
    run.quantity = Quantity::ForwardBackward;
    run.profile = *layer.profile;
    run.measured = 19.6e-3;
    return run;
}

} // namespace

class TestCalibration : public QObject {
    Q_OBJECT

    QTemporaryDir m_data;  // XDG_DATA_HOME: user systems never touch the real home

private slots:
    void initTestCase()
    {
        QVERIFY(m_data.isValid());
        qputenv("XDG_DATA_HOME", m_data.path().toUtf8());
    }

    // tests/core/calibration/samples/all_reduce_perf_1node.txt is typed in the format of
    // nccl-tests src/util.cu (a0b82b2): writeBenchmarkLinePreamble "%12li  %12li  %8s
    // %6s  %6s", writeBenchmarkLineBody "  %7s  %6s  %6s  %6g" per placement, the
    // device lines of writeDeviceReport. Its bus bandwidths are the published 8 x A100
    // all-reduce of Azure/AI-benchmarking-guide (ND_A100_v4_results.md, "NCCL
    // Bandwidth", 1M to 8G), each time worked back by doc/PERFORMANCE.md's
    // busbw = S / t x 2(n-1)/n. Last row by hand: 8589934592 B / 64912.3 us
    // = 132.33 GB/s; x 14/8 = 231.58 GB/s.
    void ncclAllReduce_parsesBusBandwidths()
    {
        const auto rows = loadMeasurementFile(kSamples + "/all_reduce_perf_1node.txt");
        QCOMPARE(rows.size(), std::size_t{14});
        const double published[] = {36.22,  53.54,  71.43,  89.99,  109.22, 132.77, 166.63,
                                    174.18, 213.87, 221.58, 228.10, 230.22, 230.48, 231.58};
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const CollectiveSample& c = rows[i].collective;
            QCOMPARE(rows[i].quantity, Quantity::CollectiveTime);
            QVERIFY(c.kind == CollectiveKind::AllReduce);
            QCOMPARE(c.ranks, std::int64_t{8});
            QVERIFY(!c.acrossNodes);
            QCOMPARE(c.bytes, std::ldexp(1.0, 20 + static_cast<int>(i)));
            QCOMPARE(c.busBandwidthGBps, published[i]);
            // The time column reproduces the printed bus bandwidth (to its rounding).
            const double busbw = c.bytes / rows[i].measured / 1e9 * busBandwidthFactor(c.kind, c.ranks);
            QVERIFY2(std::fabs(busbw - published[i]) < 0.01, std::to_string(busbw).c_str());
            // 1 to 8 MiB are listed, not fitted (kSmallestFittedCollectiveBytes).
            QCOMPARE(rows[i].fitted, i >= 4);
        }
        QCOMPARE(rows.back().measured, 64912.3e-6);
    }

    // The 2019 format (nccl-tests 0f17323, src/all_gather.cu print_line_header
    // "%12li  %12li  %6s", src/common.cu "  %7s  %6.2f  %6.2f  %5.0le", "#   Rank %2d Pid
    // %6d on %10s device %2d [0x%02x] %s"): no redop or root column and no "Collective
    // test starting" line, so the collective comes from the file name. 16 ranks on two
    // hosts. Last row by hand: 536870912 B / 22410.0 us = 23.96 GB/s; x 15/16 = 22.46.
    void ncclAllGather_olderFormatAcrossNodes()
    {
        const auto rows = loadMeasurementFile(kSamples + "/all_gather_perf_2nodes.txt");
        QCOMPARE(rows.size(), std::size_t{4});
        const double printed[] = {15.11, 20.01, 22.07, 22.46};
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const CollectiveSample& c = rows[i].collective;
            QVERIFY(c.kind == CollectiveKind::AllGather);
            QCOMPARE(c.ranks, std::int64_t{16});
            QVERIFY(c.acrossNodes);
            QCOMPARE(c.busBandwidthGBps, printed[i]);
            const double busbw = c.bytes / rows[i].measured / 1e9 * busBandwidthFactor(c.kind, c.ranks);
            QVERIFY2(std::fabs(busbw - printed[i]) < 0.01, std::to_string(busbw).c_str());
        }
    }

    void gemmSweepAndRunsFiles_load()
    {
        // 2 x 16384^3 FLOPs at 256.5 TFLOP/s (the row's figure) is 34.29 ms.
        const auto gemm = loadMeasurementFile(kSamples + "/gemm-sweep.csv");
        QCOMPARE(gemm.size(), std::size_t{6});
        QVERIFY(std::fabs(gemm[0].measured - 2 * std::pow(16384.0, 3) / 256.5e12) < 1e-12);
        QVERIFY(gemm[0].gemm.type == DataType::Fp16);
        const auto csv = loadMeasurementFile(kSamples + "/runs.csv");
        const auto json = loadMeasurementFile(kSamples + "/runs.json");
        QCOMPARE(csv.size(), json.size());
        QCOMPARE(csv.size(), std::size_t{3});
        QCOMPARE(csv[0].profile->strategy.tp, std::int64_t{8});
        QCOMPARE(csv[2].quantity, Quantity::TokensPerSPerGpu);
    }

    void badFiles_areRefusedWithPlace_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown_column") << "runs.csv" << "profile,step_time,tp\nbuiltin:seed,1.0,8\n"
                                        << "runs.csv:1:9" << "unknown column \"step_time\"";
        QTest::newRow("no_profile_column") << "runs.csv" << "label,step_time_s\nx,1.0\n" << "runs.csv:1:1"
                                           << "no profile column";
        QTest::newRow("unknown_profile") << "runs.csv" << "profile,step_time_s\nbuiltin:nope,1.0\n" << "runs.csv:2:1"
                                         << "no built-in profile named \"nope\"";
        QTest::newRow("missing_profile_file") << "runs.csv" << "profile,step_time_s\nabsent.json,1.0\n"
                                              << "runs.csv:2:1" << "cannot open";
        QTest::newRow("zero_time") << "runs.csv" << "profile,step_time_s\nbuiltin:seed,0\n" << "runs.csv:2:14"
                                   << "above zero";
        QTest::newRow("negative_time") << "runs.csv" << "profile,step_time_s\nbuiltin:seed, -1.5\n"
                                       << "runs.csv:2:15" << "above zero";
        QTest::newRow("infinite_time") << "runs.csv" << "profile,step_time_s\nbuiltin:seed,inf\n" << "runs.csv:2:14"
                                       << "finite";
        QTest::newRow("nan_time") << "runs.csv" << "profile,step_time_s\nbuiltin:seed,nan\n" << "runs.csv:2:14"
                                  << "finite";
        QTest::newRow("short_row") << "runs.csv" << "profile,tp,step_time_s\nbuiltin:seed,8\n" << "runs.csv:2:"
                                   << "2 cells where the header (line 1) has 3";
        QTest::newRow("nothing_measured") << "runs.csv" << "profile,tp,step_time_s\nbuiltin:seed,8,\n"
                                          << "runs.csv:2:1" << "nothing measured";
        QTest::newRow("bad_override") << "runs.csv" << "profile,tp,step_time_s\nbuiltin:seed,0,1\n"
                                      << "runs.csv:2:14" << "tp: expected a whole number";
        QTest::newRow("json_negative") << "runs.json"
                                       << "{\"format\": \"moe-explorer-measured-runs\", \"version\": 1,\n \"runs\": "
                                          "[{\"profile\": \"builtin:seed\", \"step_time_s\": -2}]}"
                                       << "runs.json: /runs/0/step_time_s" << "above zero";
        QTest::newRow("json_unknown_key") << "runs.json"
                                          << "{\"format\": \"moe-explorer-measured-runs\", \"version\": 1, \"runs\": "
                                             "[{\"profile\": \"builtin:seed\", \"step\": 2}]}"
                                          << "runs.json: /runs/0/step" << "unknown key";
        QTest::newRow("json_duplicate_key") << "runs.json"
                                            << "{\"format\": \"moe-explorer-measured-runs\", \"version\": 1, \"runs\": "
                                               "[{\"profile\": \"builtin:seed\",\n \"step_time_s\": 1, \"step_time_s\": 2}]}"
                                            << "runs.json:2:20" << "/runs/0/step_time_s: the key appears twice";
        QTest::newRow("bom_then_unknown_column") << "runs.csv" << "\xEF\xBB\xBFprofile,step\nbuiltin:seed,1\n"
                                                 << "runs.csv:1:9" << "unknown column \"step\"";
        QTest::newRow("json_syntax") << "runs.json" << "{\"format\": \"moe-explorer-measured-runs\",\n \"runs\": [}"
                                     << "runs.json:2:" << "not valid JSON";
        QTest::newRow("gemm_zero_rate") << "gemm.csv" << "m,n,k,dtype,tflops\n8192,8192,8192,bf16,0\n"
                                        << "gemm.csv:2:21" << "above zero";
        QTest::newRow("gemm_bad_dtype") << "gemm.csv" << "m,n,k,dtype,tflops\n8192,8192,8192,bf17,300\n"
                                        << "gemm.csv:2:16" << "dtype";
        QTest::newRow("gemm_zero_groups") << "gemm.csv" << "m,n,k,groups,dtype,tflops\n8192,8192,8192,0,bf16,300\n"
                                          << "gemm.csv:2:16" << "groups";
        QTest::newRow("gemm_bad_recipe")
            << "gemm.csv" << "m,n,k,dtype,fp8_recipe,tflops\n8192,8192,8192,fp8,block,300\n"
            << "gemm.csv:2:20" << "fp8_recipe: expected delayed, tensorwise, blockwise or mxfp8";
        QTest::newRow("nccl_bad_time")
            << "all_reduce_perf.txt"
            << "# nThread 1 nGpus 2 minBytes 8 maxBytes 8 step: 2(factor) warmup iters: 5 iters: 20\n"
               "#  Rank  0 Group  0 Pid      1 on      host1 device  0 [0000:07:00] GPU\n"
               "#  Rank  1 Group  0 Pid      1 on      host1 device  1 [0000:0f:00] GPU\n"
               "#       size         count      type   redop    root     time   algbw   busbw  #wrong     time   algbw"
               "   busbw  #wrong\n"
               "     1048576        262144     float     sum      -1     -4.0   27.22   47.64       0    37.90   27.67"
               "   48.42       0\n"
            << "all_reduce_perf.txt:5:58" << "time (us)";
        QTest::newRow("nccl_no_ranks")
            << "all_reduce_perf.txt"
            << "# nThread 1 nGpus 2 minBytes 8 maxBytes 8 step: 2(factor) warmup iters: 5 iters: 20\n"
               "#       size         count      type   redop    root     time   algbw   busbw  #wrong\n"
               "     1048576        262144     float     sum      -1    38.52   27.22   47.64       0\n"
            << "all_reduce_perf.txt:1:1" << "Rank";
    }
    void badFiles_areRefusedWithPlace()
    {
        QFETCH(QString, name);
        QFETCH(QString, text);
        QFETCH(QString, place);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const std::string path = writeFile(dir, name.toStdString(), text.toStdString());
        try {
            loadMeasurementFile(path);
            QFAIL("accepted a bad file");
        } catch (const MeasurementError& e) {
            const std::string shown = e.toString();
            const std::string where = dir.path().toStdString() + "/" + place.toStdString();
            QVERIFY2(shown.starts_with(where), shown.c_str());
            QVERIFY2(contains(shown, message.toStdString()), shown.c_str());
        }
    }

    // The kernel model's GEMM against DeepGEMM's FP8 GEMMs on one H800, 18 plain and 10
    // grouped (bench/validation/deepgemm-h800.csv, from the DeepGEMM README at 55ab91f),
    // predicted on the built-in hgx-h800. Two figures were chosen on this table: Hopper's
    // block-scaled FP8 main loop K / (K + 384), fitted to the 12 compute-bound rows (M from
    // 1,024; docs/systems.md), and the operand intensity from which a tile runs at full
    // rate, 51.2, picked among the tile set's (docs/model.md): each of the 12 stays within
    // 10% (worst 7.9%), and the 16 rows of 64 to 512 tokens within 12% on average (9.6%).
    // Before the narrow tiles of few-token GEMMs and the rate by intensity their mean was
    // 18% and the worst +66% (m 64, n 2,112, k 7,168: 15.6 us against 9.4 us); without the
    // 64-row tiles 46%.
    void gemmsAgainstDeepGemmOnH800()
    {
        const std::string path = std::string(MOE_VALIDATION_DIR) + "/deepgemm-h800.csv";
        std::ifstream in(path);
        std::stringstream text;
        text << in.rdbuf();
        const std::vector<Measurement> rows = parseGemmSweepCsv(text.str(), path);
        QCOMPARE(rows.size(), std::size_t{28});
        const SystemValues h800 = valuesOf(*findSystem("hgx-h800"));
        double heldOutSum = 0;
        int heldOut = 0;
        for (const Measurement& row : rows) {
            const double error = predict(row, h800) / row.measured - 1;
            QVERIFY(row.gemm.blockScaled);
            if (row.gemm.m >= 1024) {
                QVERIFY2(std::fabs(error) <= 0.10,
                         qPrintable(QString::fromStdString(row.label) + QStringLiteral(": %1").arg(error)));
            } else {
                heldOutSum += std::fabs(error);
                ++heldOut;
            }
        }
        QCOMPARE(heldOut, 16);
        QVERIFY2(heldOutSum / heldOut <= 0.12, qPrintable(QStringLiteral("mean |error| %1").arg(heldOutSum / heldOut)));
    }

    void oneRow_fitRefusedWithReason()
    {
        const SystemValues base = valuesOf(*findSystem("dgx-a100-80gb"));
        Measurement row = gemmRow(8192, 8192, 8192);
        row.measured = 5e-3;
        const CalibrationResult result = calibrate(base, {row});
        QVERIFY(result.refused);
        QVERIFY2(contains(*result.refused, "one measurement"), result.refused->c_str());
    }

    void fewerRowsThanParameters_fitRefused()
    {
        // One GPT 22B layer step depends on gemm, memory and intra_node_link (its TP8
        // all-reduces); with one GEMM beside it, two rows cannot fit three parameters.
        const SystemValues base = valuesOf(*findSystem("dgx-a100-80gb"));
        const Measurement run = layerRun();
        Measurement gemm = gemmRow(8192, 8192, 8192);
        gemm.measured = 5e-3;
        const CalibrationResult result = calibrate(base, {run, gemm});
        QVERIFY(result.refused);
        QVERIFY2(contains(*result.refused, "2 measurements cannot fit 3 parameters (gemm, memory, intra_node_link)"),
                 result.refused->c_str());
    }

    // Three rows for the same three parameters fit, but leaving one out leaves two: no
    // leave-one-out error, and the reason as a phrase the window translates, whose
    // English is the CLI's note after its "no leave-one-out error: ".
    void asManyRowsAsParameters_noLeaveOneOutWithReason()
    {
        const SystemValues base = valuesOf(*findSystem("dgx-a100-80gb"));
        const Measurement run = layerRun();
        Measurement gemm = gemmRow(8192, 8192, 8192);
        gemm.measured = 5e-3;
        Measurement other = gemmRow(4096, 8192, 8192);
        other.measured = 2.6e-3;
        const CalibrationResult result = calibrate(base, {run, gemm, other});
        QVERIFY2(!result.refused, result.refused ? result.refused->c_str() : "");
        QVERIFY(!result.leaveOneOut);
        QVERIFY(result.leaveOneOutWhy);
        QCOMPARE(result.leaveOneOutWhy->english(),
                 std::string("without one row, 2 measurements are fewer than the 3 fitted parameters"));
        QCOMPARE(result.leaveOneOutNote, "no leave-one-out error: " + result.leaveOneOutWhy->english());
    }

    // Measurements made from known parameters with 3% log-normal noise (fixed seed)
    // are fitted back within 5% of them; the leave-one-out error is within twice the
    // noise.
    void recovery_knownParametersWithNoise()
    {
        const SystemValues base = valuesOf(*findSystem("dgx-a100-80gb"));
        SystemValues truth = base;
        const std::pair<FitParameter, double> known[] = {{FitParameter::Gemm, 0.70},
                                                         {FitParameter::Attention, 0.50},
                                                         {FitParameter::Memory, 0.70},
                                                         {FitParameter::IntraLink, 0.65},
                                                         {FitParameter::InterLink, 0.85}};
        for (const auto& [parameter, value] : known) {
            setParameter(truth, base, parameter, value);
        }
        std::vector<Measurement> rows;
        // Compute-bound GEMMs (with 128 x 256 tiles, a GEMM of few rows is about as
        // compute- as memory-bound on an A100, so memory is left to the decode steps).
        for (double size : {4096.0, 8192.0, 12288.0, 16384.0}) {
            rows.push_back(gemmRow(size, size, 8192));
            rows.push_back(gemmRow(8192, size, size));
        }
        for (double bytes : {64e6, 256e6, 1e9, 4e9}) {
            rows.push_back(collectiveRow(CollectiveKind::AllReduce, 8, false, bytes));
            rows.push_back(collectiveRow(CollectiveKind::AllGather, 16, true, bytes));
        }
        // Training steps of one GPT 22B layer (Korthikanti et al. 2022's shape) with
        // FlashAttention at long sequences, where attention is a large share.
        const LoadResult layer = loadProfileFile(kValidation + "/gpt-22b-layer-no-recompute.moeprofile.json");
        QVERIFY(layer.ok());
        for (std::int64_t seq : {16384, 32768, 65536, 131072}) {
            for (std::int64_t batch : {1, 2, 4}) {
                Measurement run;
                run.quantity = Quantity::ForwardBackward;
                run.profile = *layer.profile;
                run.profile->workload.attentionKernel = AttentionKernel::Flash;
                run.profile->workload.seqLen = seq;
                run.profile->workload.batch = batch;
                run.label = "layer";
                rows.push_back(std::move(run));
            }
        }
        // Decode steps of the same layer: weights and KV cache streamed from HBM.
        for (std::int64_t seq : {2048, 8192, 32768}) {
            for (std::int64_t batch : {8, 32, 128}) {
                Measurement run;
                run.quantity = Quantity::StepTime;
                run.profile = *layer.profile;
                run.profile->workload.mode = Mode::Decode;
                run.profile->workload.attentionKernel = AttentionKernel::Flash;
                run.profile->workload.seqLen = seq;
                run.profile->workload.batch = batch;
                run.label = "decode";
                rows.push_back(std::move(run));
            }
        }
        Noise noise;
        for (auto& row : rows) {
            row.measured = predict(row, truth) * std::exp(0.03 * noise.next());
            QVERIFY(row.measured > 0);
        }
        const CalibrationResult result = calibrate(base, rows);
        QVERIFY2(!result.refused, result.refused.value_or("").c_str());
        for (const auto& [parameter, value] : known) {
            const double fitted = parameterValue(result.calibrated, parameter);
            qInfo("%s: known %.3f, fitted %.4f (%+.2f%%)", toString(parameter), value, fitted,
                  (fitted / value - 1) * 100);
            QVERIFY2(std::fabs(fitted / value - 1) <= 0.05, toString(parameter));
        }
        QVERIFY(result.leaveOneOut);
        qInfo("mean |error| before %.2f%%, after %.2f%%, leave-one-out %.2f%%", result.before.mean * 100,
              result.after.mean * 100, result.leaveOneOut->mean * 100);
        QVERIFY(result.leaveOneOut->mean <= 2 * 0.03);
        QVERIFY(result.after.mean < result.before.mean);
    }

    // Selene: dgx-a100-80gb calibrated on Table 4's five layer rows alone (Korthikanti
    // et al. 2022), then Table 5's eight iteration times predicted with it: the mean
    // error is no worse than the uncalibrated system's.
    void selene_tableFourCalibratesTableFive()
    {
        const auto runs = validation::loadRuns(kValidation);
        const SystemValues base = valuesOf(*findSystem("dgx-a100-80gb"));
        const auto measured = loadMeasurementFile(kValidation + "/selene-table4.csv");
        QCOMPARE(measured.size(), std::size_t{5});
        // The CSV holds runs.json's A4 figures, in seconds.
        std::size_t a4 = 0;
        for (const auto& run : runs) {
            if (run.section == "A4") {
                QCOMPARE(measured[a4++].measured, run.measured / 1e3);
            }
        }
        QCOMPARE(a4, std::size_t{5});
        const CalibrationResult result = calibrate(base, measured);
        QVERIFY2(!result.refused, result.refused.value_or("").c_str());
        for (const RowResult& row : result.rows) {
            qInfo("%-60s measured %7.2f ms  before %+6.2f%%  after %+6.2f%%  leave-one-out %+6.2f%%", row.label.c_str(),
                  row.measured * 1e3, RowResult::error(row.before, row.measured) * 100,
                  RowResult::error(row.after, row.measured) * 100,
                  row.leaveOneOut ? RowResult::error(*row.leaveOneOut, row.measured) * 100 : 0.0);
        }
        double before = 0;
        double after = 0;
        int count = 0;
        for (const auto& run : runs) {
            if (run.section != "A") {
                continue;
            }
            const LoadResult loaded = loadProfileFile(kValidation + "/" + run.profile);
            QVERIFY(loaded.ok());
            Measurement step;
            step.quantity = Quantity::StepTime;
            step.profile = *loaded.profile;
            const double b = predict(step, base);
            const double a = predict(step, result.calibrated);
            qInfo("%-32s measured %7.2f s  before %+6.2f%%  after %+6.2f%%", run.id.c_str(), run.measured,
                  (b / run.measured - 1) * 100, (a / run.measured - 1) * 100);
            before += std::fabs(b / run.measured - 1);
            after += std::fabs(a / run.measured - 1);
            ++count;
        }
        QCOMPARE(count, 8);
        qInfo("Table 5 mean |error|: uncalibrated %.2f%%, calibrated on Table 4 %.2f%%", before / 8 * 100,
              after / 8 * 100);
        QVERIFY(after <= before);
    }

    void userSystem_savedLoadsByIdAndIsListed()
    {
        const SystemValues base = valuesOf(*findSystem("dgx-a100-80gb"));
        UserSystem user = userSystemFrom("dgx-a100-80gb", "my-a100");
        setParameter(user.values, base, FitParameter::Gemm, 0.75);
        std::string written;
        QVERIFY(!saveUserSystem(user, written));
        QCOMPARE(written, m_data.path().toStdString() + "/moe-explorer/systems/my-a100.json");
        const SystemSpec* found = findSystem("my-a100");
        QVERIFY(found);
        QCOMPARE(found->kernels.gemm, 0.75);
        // A profile names it like a built-in.
        const LoadResult profile = parseProfile(
            R"({"format": "moe-explorer-profile", "version": 2, "cluster": {"system": "my-a100", "gpu_count": 8},
                "model": {"layers": 1, "dense_layers": 1, "hidden": 1024, "heads": 8, "experts": 0, "top_k": 0,
                          "expert_hidden": 0, "dense_hidden": 4096, "vocab": 0, "weight_bytes": 2},
                "workload": {"mode": "training", "batch": 8, "seq_len": 1024},
                "strategy": {"tp": 8, "pp": 1, "dp": 1, "ep": 1}})",
            "t");
        QVERIFY2(profile.ok(), profile.error.toString().c_str());
        QCOMPARE(profile.profile->cluster.kernels->gemm, 0.75);
        bool listed = false;
        for (const auto& entry : listUserSystems()) {
            listed = listed || (entry.system && entry.system->values.id == "my-a100");
        }
        QVERIFY(listed);
        // Saving again keeps one file and replaces it whole.
        setParameter(user.values, base, FitParameter::Gemm, 0.7);
        QVERIFY(!saveUserSystem(user, written));
        QCOMPARE(findSystem("my-a100")->kernels.gemm, 0.7);
    }

    // A Hopper system's block-scaled FP8 main loop (gemm_fp8_block_half_k) is saved
    // with a user system; a file written before the key existed loads without it (0:
    // such GEMMs run the plain main loop).
    void userSystem_blockScaledMainLoopIsSavedAndOptional()
    {
        const UserSystem user = userSystemFrom("hgx-h800", "my-h800");
        QCOMPARE(user.values.kernels.gemmFp8BlockHalfK, 384.0);
        std::string written;
        QVERIFY(!saveUserSystem(user, written));
        QCOMPARE(findSystem("my-h800")->kernels.gemmFp8BlockHalfK, 384.0);
        std::ifstream in(written);
        nlohmann::json file = nlohmann::json::parse(in);
        QVERIFY(file["kernels"].contains("gemm_fp8_block_half_k"));
        file["kernels"].erase("gemm_fp8_block_half_k");
        file["id"] = "older-h800";
        writeFile(m_data, "moe-explorer/systems/older-h800.json", file.dump());
        const SystemSpec* older = findSystem("older-h800");
        QVERIFY2(older, describeUnknownSystem("older-h800").c_str());
        QCOMPARE(older->kernels.gemmFp8BlockHalfK, 0.0);
    }

    void userSystem_malformedIsReportedAndBuiltinsStay()
    {
        QTemporaryDir dir;
        writeFile(m_data, "moe-explorer/systems/broken.json",
                  R"({"format": "moe-explorer-system", "version": 1, "id": "broken", "gpus_per_node": -8})");
        QVERIFY(!findSystem("broken"));
        const std::string why = describeUnknownSystem("broken");
        QVERIFY2(contains(why, "broken.json: /gpus_per_node"), why.c_str());
        QVERIFY(findSystem("dgx-a100-80gb"));
        // A profile that names it hears why it does not load.
        const LoadResult profile = parseProfile(
            R"({"format": "moe-explorer-profile", "version": 2, "cluster": {"system": "broken", "gpu_count": 8},
                "model": {"layers": 1, "hidden": 1024, "heads": 8, "vocab": 0, "weight_bytes": 2},
                "workload": {"mode": "training", "batch": 8, "seq_len": 1024},
                "strategy": {"tp": 8, "pp": 1, "dp": 1, "ep": 1}})",
            "t");
        QVERIFY(!profile.ok());
        QCOMPARE(profile.error.path, std::string("/cluster/system"));
        QVERIFY2(contains(profile.error.message, "broken.json: /gpus_per_node"), profile.error.message.c_str());
        const Outcome listing = runCli({"systems", "--format", "json"});
        QCOMPARE(listing.code, 0);
        QVERIFY2(contains(listing.err, "broken.json: /gpus_per_node"), listing.err.c_str());
        QVERIFY(contains(listing.out, "\"dgx-a100-80gb\""));
        std::filesystem::remove(m_data.path().toStdString() + "/moe-explorer/systems/broken.json");
    }

    void cli_calibrateWritesSystemAndListsIt()
    {
        const Outcome run = runCli({"calibrate", kValidation + "/selene-table4.csv", "--system", "dgx-a100-80gb", "--out",
                                    "selene-cal", "--format", "json"});
        QVERIFY2(run.code == 0, run.err.c_str());
        const auto json = nlohmann::json::parse(run.out);
        QCOMPARE(json["rows"].size(), std::size_t{5});
        QVERIFY(json["error_after"]["mean"].get<double>() <= json["error_before"]["mean"].get<double>());
        const Outcome listing = runCli({"systems", "--format", "json"});
        bool found = false;
        for (const auto& system : nlohmann::json::parse(listing.out)) {
            if (system["id"] == "selene-cal") {
                found = true;
                QCOMPARE(system["calibrated"]["based_on"].get<std::string>(), std::string("dgx-a100-80gb"));
                QCOMPARE(system["calibrated"]["date"].get<std::string>().size(), std::size_t{20});
                QCOMPARE(system["calibrated"]["measurements"][0].get<std::string>(),
                         kValidation + "/selene-table4.csv");
            } else if (system["id"] == "dgx-a100-80gb") {
                QVERIFY(system["calibrated"] == false);
            }
        }
        QVERIFY(found);
        const Outcome table = runCli({"systems"});
        QVERIFY2(contains(table.out, "selene-cal: calibrated "), table.out.c_str());
    }

    void cli_badMeasurementFile_exit2NothingWritten_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zero_time") << "profile,step_time_s\nbuiltin:seed,0\n" << "bad.csv:2:14: step_time_s";
        QTest::newRow("one_row") << "profile,step_time_s\nbuiltin:seed,1.5\n" << "no fit: one measurement";
    }
    void cli_badMeasurementFile_exit2NothingWritten()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const std::string path = writeFile(dir, "bad.csv", text.toStdString());
        const Outcome run = runCli({"calibrate", path, "--system", "dgx-h100", "--out", "never-written"});
        QCOMPARE(run.code, 2);
        QVERIFY2(contains(run.err, expected.toStdString()), run.err.c_str());
        QVERIFY2(contains(run.err, "nothing was written"), run.err.c_str());
        QVERIFY(!std::filesystem::exists(m_data.path().toStdString() + "/moe-explorer/systems/never-written.json"));
    }

    void cli_failedCalibration_keepsPreviousSystemFile()
    {
        const Outcome first = runCli({"calibrate", kValidation + "/selene-table4.csv", "--system", "dgx-a100-80gb",
                                      "--out", "kept"});
        QVERIFY2(first.code == 0, first.err.c_str());
        const std::string path = m_data.path().toStdString() + "/moe-explorer/systems/kept.json";
        std::ifstream before(path);
        const std::string previous((std::istreambuf_iterator<char>(before)), std::istreambuf_iterator<char>());
        QVERIFY(!previous.empty());
        QTemporaryDir dir;
        const std::string bad = writeFile(dir, "bad.csv", "profile,step_time_s\nbuiltin:seed,nan\n");
        const Outcome second = runCli({"calibrate", bad, "--system", "dgx-a100-80gb", "--out", "kept"});
        QCOMPARE(second.code, 2);
        std::ifstream after(path);
        const std::string now((std::istreambuf_iterator<char>(after)), std::istreambuf_iterator<char>());
        QCOMPARE(now, previous);
    }

    void cli_outNamingBuiltin_refused()
    {
        const Outcome run = runCli({"calibrate", kValidation + "/selene-table4.csv", "--system", "dgx-a100-80gb",
                                    "--out", "dgx-h100"});
        QCOMPARE(run.code, 2);
        QVERIFY2(contains(run.err, "is a built-in system"), run.err.c_str());
    }
};

QTEST_GUILESS_MAIN(TestCalibration)
#include "tst_calibration.moc"
