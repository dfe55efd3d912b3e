// Explanations must tell the truth: each explained figure equals the figure the
// evaluation reports, for the built-ins and a spread of strategies.

#include <QTest>

#include <cmath>

#include "profile/builtins.h"
#include "model/evaluation.h"
#include "model/evaluationjson.h"
#include "model/explanation.h"
#include "testprofiles.h"

using namespace moe;
using nlohmann::json;

class TestExplain : public QObject {
    Q_OBJECT

private slots:
    void explanationsMatchFigures_data()
    {
        QTest::addColumn<QString>("builtin");
        QTest::addColumn<int>("tp");
        QTest::addColumn<int>("pp");
        QTest::addColumn<int>("dp");
        QTest::addColumn<int>("ep");
        QTest::newRow("seed") << "seed" << 1 << 1 << 32 << 32;
        QTest::newRow("seed_tp2_pp2") << "seed" << 2 << 2 << 16 << 8;
        QTest::newRow("seed_pp4_ep4") << "seed" << 1 << 4 << 8 << 4;
        QTest::newRow("gpt") << "gpt-145b" << 8 << 8 << 24 << 1;
        QTest::newRow("mixtral") << "mixtral-8x7b-h100" << 1 << 1 << 8 << 8;
        QTest::newRow("mixtral_tp2") << "mixtral-8x7b-h100" << 2 << 1 << 4 << 4;
    }
    void explanationsMatchFigures()
    {
        QFETCH(QString, builtin);
        QFETCH(int, tp);
        QFETCH(int, pp);
        QFETCH(int, dp);
        QFETCH(int, ep);
        Profile p = test::builtin(qPrintable(builtin));
        p.strategy.tp = tp;
        p.strategy.pp = pp;
        p.strategy.dp = dp;
        p.strategy.ep = ep;
        const Evaluation ev = evaluate(p);
        QVERIFY(ev.valid);
        const json figures = evaluationToJson(ev);
        const auto explanations = explain(p);
        int compared = 0;
        for (const Explanation& e : explanations) {
            std::string pointer = "/" + e.key;
            for (char& c : pointer) {
                c = c == '.' ? '/' : c;
            }
            double expected = 0;
            const std::string suffix = "/per_micro_batch";
            if (pointer.ends_with(suffix)) {
                pointer.erase(pointer.size() - suffix.size());
                expected = figures.at(json::json_pointer(pointer)).get<double>() / static_cast<double>(p.workload.microBatches);
            } else {
                expected = figures.at(json::json_pointer(pointer)).get<double>();
            }
            QVERIFY2(std::fabs(e.value - expected) <= 1e-9 * std::max(1.0, std::fabs(expected)),
                     qPrintable(QStringLiteral("%1: explained %2, reported %3")
                                    .arg(QString::fromStdString(e.key))
                                    .arg(e.value)
                                    .arg(expected)));
            ++compared;
        }
        // Every memory component, every time component and the rates are explained.
        QVERIFY2(compared >= 30, qPrintable(QString::number(compared)));
    }
};

QTEST_APPLESS_MAIN(TestExplain)
#include "tst_explain.moc"
