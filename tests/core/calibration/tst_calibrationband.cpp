// The uncertainty band of predictions on a calibrated system (issue 16, point 2;
// docs/calibration.md, "The uncertainty band"): its formula worked by hand, recorded in
// the system file, and shown by `evaluate` and the report only on a calibrated system.

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <fstream>
#include <sstream>
#include <variant>

#include <nlohmann/json.hpp>

#include "calibration/calibration.h"
#include "cli/cli.h"
#include "profile/builtins.h"
#include "profile/profileio.h"
#include "profile/systems.h"
#include "profile/uncertaintyband.h"
#include "profile/usersystems.h"
#include "report/report.h"

using namespace moe;

namespace {

const std::string kValidation = MOE_VALIDATION_DIR;

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

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

// A small TP8 training profile on `system` (one dense layer: quick to evaluate and to search).
std::string layerProfile(const std::string& system)
{
    return R"({"format": "moe-explorer-profile", "version": 2, "name": "band test",
               "cluster": {"system": ")" + system + R"(", "gpu_count": 8},
               "model": {"layers": 1, "dense_layers": 1, "hidden": 1024, "heads": 8, "experts": 0, "top_k": 0,
                         "expert_hidden": 0, "dense_hidden": 4096, "vocab": 0, "weight_bytes": 2},
               "workload": {"mode": "training", "batch": 8, "seq_len": 1024},
               "strategy": {"tp": 8, "pp": 1, "dp": 1, "ep": 1}})";
}

UserSystem userSystem(const std::string& id, std::optional<double> band)
{
    UserSystem user;
    user.values = valuesOf(*findSystem("dgx-a100-80gb"));
    user.values.id = id;
    user.description = "test";
    user.calibration.date = "2026-11-30T00:00:00Z";
    user.calibration.basedOn = "dgx-a100-80gb";
    user.calibration.measurements = {"runs.csv"};
    user.calibration.uncertaintyBand = band;
    return user;
}

std::string reportText(const Report& report)
{
    std::string text;
    for (const ReportBlock& block : report.blocks) {
        if (const auto* p = std::get_if<ReportParagraph>(&block)) {
            text += p->text + "\n";
        } else if (const auto* f = std::get_if<ReportFigure>(&block)) {
            text += f->caption + "\n";
        }
    }
    return text;
}

} // namespace

class TestCalibrationBand : public QObject {
    Q_OBJECT

    QTemporaryDir m_data;  // XDG_DATA_HOME: user systems never touch the real home

private slots:
    void initTestCase()
    {
        QVERIFY(m_data.isValid());
        qputenv("XDG_DATA_HOME", m_data.path().toUtf8());
    }

    // Three leave-one-out errors, +2%, -3% and +5%, worked by hand:
    //   ln 1.02 = 0.0198026, ln 0.97 = -0.0304592, ln 1.05 = 0.0487902
    //   squares 0.00039214 + 0.00092776 + 0.00238048 = 0.00370039; / 3 = 0.00123346
    //   b = sqrt(0.00123346) = 0.0351207; w = exp(b) - 1 = 0.0357447
    void band_threeLeaveOneOutErrorsByHand()
    {
        const double w = uncertaintyBandFromErrors({0.02, -0.03, 0.05});
        QVERIFY2(std::fabs(w - 0.0357447) < 1e-6, std::to_string(w).c_str());
        // The interval is symmetric on the log scale: 1 s reads 0.96549 s to 1.03574 s.
        const UncertaintyBand band{"x", w};
        QVERIFY(std::fabs(band.low(1.0) - 1 / 1.0357447) < 1e-9);
        QVERIFY(std::fabs(band.high(1.0) - 1.0357447) < 1e-6);
        // Weighted as the fit weighs them: the first two rows runs, the third a
        // collective, so N = 3, K = 2 and the weights are 3 / 4 = 0.75, 0.75 and 3 / 2 = 1.5:
        //   0.75 x 0.00039214 + 0.75 x 0.00092776 + 1.5 x 0.00238048 = 0.00456065
        //   b = sqrt(0.00456065 / 3) = 0.0389900; w = exp(b) - 1 = 0.0397600
        const double weighted = uncertaintyBandFromErrors({0.02, -0.03, 0.05}, {0.75, 0.75, 1.5});
        QVERIFY2(std::fabs(weighted - 0.0397600) < 1e-6, std::to_string(weighted).c_str());
        // Every row 5% over: b = ln 1.05, so w = 5% exactly.
        QVERIFY(std::fabs(uncertaintyBandFromErrors({0.05, 0.05, 0.05}) - 0.05) < 1e-12);
        QCOMPARE(uncertaintyBandFromErrors({}), 0.0);
    }

    void builtinSystem_hasNoBand()
    {
        const LoadResult onBuiltin = parseProfile(layerProfile("dgx-a100-80gb"), "t");
        QVERIFY2(onBuiltin.ok(), onBuiltin.error.toString().c_str());
        QVERIFY(!uncertaintyBand(*onBuiltin.profile));
        // A version 1 profile names no system.
        for (const auto& builtin : builtinProfiles()) {
            const LoadResult loaded = parseProfile(builtin.text, std::string(builtin.id));
            QVERIFY(loaded.ok());
            QVERIFY2(!uncertaintyBand(*loaded.profile), std::string(builtin.id).c_str());
        }
        // `evaluate` output is as before: no key, no line.
        QTemporaryDir dir;
        const std::string path = dir.path().toStdString() + "/p.json";
        std::ofstream(path) << layerProfile("dgx-a100-80gb");
        const Outcome json = runCli({"evaluate", path, "--format", "json"});
        QCOMPARE(json.code, 0);
        QVERIFY(!nlohmann::json::parse(json.out).contains("uncertainty"));
        const Outcome table = runCli({"evaluate", path});
        QVERIFY(!contains(table.out, "+/-"));
    }

    void systemFile_keepsBand_oldFileWithoutItLoads()
    {
        std::string written;
        QVERIFY(!saveUserSystem(userSystem("banded", 0.0357447), written));
        std::ifstream in(written);
        const auto file = nlohmann::json::parse(in);
        QCOMPARE(file["calibration"]["uncertainty_band"].get<double>(), 0.0357447);
        const LoadResult profile = parseProfile(layerProfile("banded"), "t");
        QVERIFY2(profile.ok(), profile.error.toString().c_str());
        const auto band = uncertaintyBand(*profile.profile);
        QVERIFY(band);
        QCOMPARE(band->band, 0.0357447);
        QCOMPARE(band->system, std::string("banded"));
        // A file written before the band existed: loads, and shows none.
        QVERIFY(!saveUserSystem(userSystem("unbanded", std::nullopt), written));
        std::ifstream again(written);
        QVERIFY(!nlohmann::json::parse(again)["calibration"].contains("uncertainty_band"));
        const LoadResult old = parseProfile(layerProfile("unbanded"), "t");
        QVERIFY2(old.ok(), old.error.toString().c_str());
        QVERIFY(!uncertaintyBand(*old.profile));
    }

    // Selene's Table 4 calibrates a system; its band is the RMS of the leave-one-out
    // log errors the calibration printed, and evaluate and the report carry it.
    void calibratedSystem_bandInEvaluateAndReport()
    {
        const Outcome calibration = runCli({"calibrate", kValidation + "/selene-table4.csv", "--system", "dgx-a100-80gb",
                                            "--out", "selene-band", "--format", "json"});
        QVERIFY2(calibration.code == 0, calibration.err.c_str());
        const auto result = nlohmann::json::parse(calibration.out);
        std::vector<double> loo;
        for (const auto& row : result["rows"]) {
            loo.push_back(row["error_leave_one_out"].get<double>());
        }
        QCOMPARE(loo.size(), std::size_t{5});
        const double w = result["uncertainty_band"].get<double>();
        QCOMPARE(w, uncertaintyBandFromErrors(loo));
        // Table 4's leave-one-out errors are all under 1% (docs/calibration.md), so is the band.
        QVERIFY2(w > 0 && w < 0.01, std::to_string(w).c_str());

        QTemporaryDir dir;
        const std::string path = dir.path().toStdString() + "/p.json";
        std::ofstream(path) << layerProfile("selene-band");
        const Outcome json = runCli({"evaluate", path, "--format", "json"});
        QVERIFY2(json.code == 0, json.err.c_str());
        const auto ev = nlohmann::json::parse(json.out);
        QVERIFY(ev.contains("uncertainty"));
        const auto& u = ev["uncertainty"];
        QCOMPARE(u["system"].get<std::string>(), std::string("selene-band"));
        QCOMPARE(u["band"].get<double>(), w);
        const double total = ev["time_s"]["total"].get<double>();
        QCOMPARE(u["time_s_total"]["low"].get<double>(), total / (1 + w));
        QCOMPARE(u["time_s_total"]["high"].get<double>(), total * (1 + w));
        const double rate = ev["rates"]["tokens_per_s"].get<double>();
        QCOMPARE(u["tokens_per_s"]["high"].get<double>(), rate * (1 + w));

        const Outcome table = runCli({"evaluate", path});
        QVERIFY2(contains(table.out, "total +/-"), table.out.c_str());
        QVERIFY2(contains(table.out, "calibrated system \"selene-band\""), table.out.c_str());

        const LoadResult profile = parseProfile(layerProfile("selene-band"), "t");
        QVERIFY(profile.ok());
        ReportInputs inputs;
        inputs.scalingStudy = false;
        const std::string report = reportText(buildReport(*profile.profile, inputs));
        QVERIFY2(contains(report, "±") && contains(report, "calibrated system \"selene-band\""), report.c_str());
    }
};

QTEST_GUILESS_MAIN(TestCalibrationBand)
#include "tst_calibrationband.moc"
